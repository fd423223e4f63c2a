import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { mijnWerkSchema } from '../../contract/mijn-werk';
import { getMijnWerk } from '../../services/mijn-werk.service';
import { auditAantalPersonen } from '../audit.plugin';

export async function mijnWerkRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/mijn-werk',
    {
      schema: {
        tags: ['Organisatie'],
        operationId: 'getMijnWerk',
        summary: 'Wat nu om mij vraagt, mijn teams of dossiers, en de tellingen voor het menu',
        response: { 200: mijnWerkSchema },
      },
    },
    async (request) => {
      const werk = await getMijnWerk(request.db, request.gebruiker!);
      // Requests and signals name people; each item names at most one.
      auditAantalPersonen(
        request,
        werk.nu.filter((i) => i.soort === 'inzetverzoek' || i.pad.startsWith('/medewerkers/')).length,
      );
      return werk;
    },
  );
}
