import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zetReservering } from '../../services/inzetruimte.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId, idParam } from '../ids';

const tags = ['Inzetverzoeken'];

/** PUT /teams/{teamId}/reservering: the share of a team's capacity kept for robust work. */
export async function teamreserveringRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.put(
    '/teams/:teamId/reservering',
    {
      schema: {
        tags,
        operationId: 'zetTeamreservering',
        summary:
          'Het deel van de teamcapaciteit dat voor robuust werk gereserveerd blijft (teamleider van het team of directie; met If-Match)',
        params: z.object({ teamId: idParam }),
        body: z.strictObject({
          robuustReservering: z
            .number({ error: 'Geef een getal van 0 tot 1, bijvoorbeeld 0,6.' })
            .min(0, { error: 'De reservering kan niet negatief zijn.' })
            .max(1, { error: 'De reservering is hoogstens 1 (alles robuust).' })
            .nullable()
            .describe('Leeg: de standaard van de organisatie'),
        }),
        response: {
          200: z.object({
            teamId: z.string(),
            robuustReservering: z.number().nullable(),
            versie: z.number().int(),
          }),
        },
      },
    },
    async (request, reply) => {
      const r = await zetReservering(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
        requireIfMatch(request),
        request.body.robuustReservering,
      );
      setEtag(reply, r.versie);
      return r;
    },
  );
}
