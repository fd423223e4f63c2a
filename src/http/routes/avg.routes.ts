import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { anonimiseringSchema, persoonsgegevensSchema } from '../../contract/avg';
import { idParam } from '../../contract/velden';
import * as avg from '../../services/avg.service';
import { assertId } from '../ids';

export async function avgRoutes(
  fastify: FastifyInstance,
  { bewaartermijnJaren }: { bewaartermijnJaren: number },
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/accounts/huidig/persoonsgegevens',
    {
      schema: {
        tags: ['Privacy'],
        operationId: 'exportPersoonsgegevens',
        summary: 'Inzage: alle gegevens die over mij bewaard worden (AVG art. 15), als JSON',
        response: { 200: persoonsgegevensSchema },
      },
    },
    async (request, reply) => {
      reply.header('Content-Disposition', 'attachment; filename="mijn-gegevens-wendbaar.json"');
      return avg.exportPersoonsgegevens(request.db, request.gebruiker!);
    },
  );

  app.post(
    '/medewerkers/:medewerkerId/anonimiseringen',
    {
      schema: {
        tags: ['Privacy'],
        operationId: 'anonimiseerMedewerker',
        summary: `Een vertrokken medewerker anonimiseren na de bewaartermijn (${bewaartermijnJaren} jaar na uit dienst)`,
        params: z.object({ medewerkerId: idParam }),
        response: { 201: anonimiseringSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await avg.anonimiseer(
            request.db,
            assertId(request.params.medewerkerId, 'Medewerker'),
            bewaartermijnJaren,
          ),
        ),
  );
}
