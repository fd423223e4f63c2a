import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../contract/velden';
import { organisatieWerkdrukSchema, teamWerkdrukSchema, werkdrukQuery } from '../../contract/werkdruk';
import * as service from '../../services/werkdruk.service';
import { assertId } from '../ids';

const tags = ['Werkdruk'];

/** The werkdruksignaal per team and month (issue 14, item 6): the heatmap and a team's parts. */
export async function werkdrukRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/organisatie/werkdruk',
    {
      schema: {
        tags,
        operationId: 'getOrganisatieWerkdruk',
        summary:
          'Het werkdruksignaal per team en maand (heatmap); een teamleider ziet de eigen teams en de kleuren van de organisatie',
        querystring: werkdrukQuery,
        response: { 200: organisatieWerkdrukSchema },
      },
    },
    async (request) => service.organisatieWerkdruk(request.db, request.gebruiker!, request.query),
  );

  app.get(
    '/teams/:teamId/werkdruk',
    {
      schema: {
        tags,
        operationId: 'getTeamWerkdruk',
        summary: 'Het werkdruksignaal van een team per maand, met elk deel, zijn waarde en drempels',
        params: z.object({ teamId: idParam }),
        querystring: werkdrukQuery,
        response: { 200: teamWerkdrukSchema },
      },
    },
    async (request) => {
      const teamId = assertId(request.params.teamId, 'Team');
      return service.teamWerkdruk(request.db, request.gebruiker!, teamId, request.query);
    },
  );
}
