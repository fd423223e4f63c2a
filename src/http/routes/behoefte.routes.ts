import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { behoefteQuery, organisatieBehoefteSchema, teamBehoefteSchema } from '../../contract/behoefte';
import { formaatQuery, idParam } from '../../contract/velden';
import { behoefteGroep, behoefteTabel } from '../../reports/lijst-exports';
import * as service from '../../services/behoefte.service';
import { auditExport, stuurExport } from '../export';
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
          'De vraag aan een team (resultaatdoelen, ingestemde inzet, open capaciteitsvragen) tegen zijn beschikbaarheid, per maand of kwartaal, in uren, fte en euro; ?formaat=csv of xlsx geeft ze als bestand',
        params: z.object({ teamId: idParam }),
        querystring: behoefteQuery.extend({ formaat: formaatQuery }),
        response: { 200: teamBehoefteSchema },
      },
    },
    async (request, reply) => {
      const { formaat, ...q } = request.query;
      const b = await service.teamBehoefte(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
        q,
      );
      if (formaat === 'json') return b;
      // Team figures only, no person's: the file names nobody.
      auditExport(request, 0);
      return stuurExport(reply, formaat, behoefteTabel(`Behoefte ${b.van} ${b.tot}`, [behoefteGroep(b.rij)]));
    },
  );

  app.get(
    '/organisatie/behoefte',
    {
      schema: {
        tags,
        operationId: 'getOrganisatieBehoefte',
        summary:
          'De vraag tegen de beschikbaarheid per basisteam en voor de organisatie, per maand of kwartaal, in uren, fte en euro; ?formaat=csv of xlsx geeft ze als bestand',
        querystring: behoefteQuery.extend({ formaat: formaatQuery }),
        response: { 200: organisatieBehoefteSchema },
      },
    },
    async (request, reply) => {
      const { formaat, ...q } = request.query;
      const b = await service.organisatieBehoefte(request.db, request.gebruiker!, q);
      if (formaat === 'json') return b;
      // The teams this caller may see, the capaciteitsvragen without team, and the organisation.
      auditExport(request, 0);
      return stuurExport(
        reply,
        formaat,
        behoefteTabel(`Behoefte ${b.van} ${b.tot}`, [
          ...b.teams.map((r) => behoefteGroep(r)),
          ...(b.zonderTeam ? [behoefteGroep(b.zonderTeam)] : []),
          { groep: 'Organisatie', cellen: b.totalen, totaal: b.totaal },
        ]),
      );
    },
  );
}
