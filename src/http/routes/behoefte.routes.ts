import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { behoefteQuery, organisatieBehoefteSchema, teamBehoefteSchema } from '../../contract/behoefte';
import { idParam } from '../../contract/velden';
import * as service from '../../services/behoefte.service';
import { assertId } from '../ids';

const tags = ['Behoefte'];

/** Need against capacity, in hours, FTE and euro (issue 13, item 4). Reads only; no person's figure. */
export async function behoefteRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/teams/:teamId/behoefte',
    {
      schema: {
        tags,
        operationId: 'getTeamBehoefte',
        summary:
          'De vraag aan een team (resultaatdoelen, ingestemde inzet, open capaciteitsvragen) tegen zijn beschikbaarheid, per maand of kwartaal, in uren, fte en euro',
        params: z.object({ teamId: idParam }),
        querystring: behoefteQuery,
        response: { 200: teamBehoefteSchema },
      },
    },
    async (request) =>
      service.teamBehoefte(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
        request.query,
      ),
  );

  app.get(
    '/organisatie/behoefte',
    {
      schema: {
        tags,
        operationId: 'getOrganisatieBehoefte',
        summary:
          'De vraag tegen de beschikbaarheid per basisteam en voor de organisatie, per maand of kwartaal, in uren, fte en euro',
        querystring: behoefteQuery,
        response: { 200: organisatieBehoefteSchema },
      },
    },
    async (request) => service.organisatieBehoefte(request.db, request.gebruiker!, request.query),
  );
}
