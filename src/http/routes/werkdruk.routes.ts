import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formaatQuery, idParam } from '../../contract/velden';
import { organisatieWerkdrukSchema, teamWerkdrukSchema, werkdrukQuery } from '../../contract/werkdruk';
import { teamWerkdrukTabel } from '../../reports/lijst-exports-rest';
import * as service from '../../services/werkdruk.service';
import { auditExport, stuurExport } from '../export';
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
          'Het werkdruksignaal per team en maand (heatmap); een teamleider ziet de eigen teams en de kleuren van de organisatie; ?formaat=csv of xlsx geeft team × maand als bestand',
        querystring: werkdrukQuery.extend({ formaat: formaatQuery }),
        response: { 200: organisatieWerkdrukSchema },
      },
    },
    async (request, reply) => {
      const { formaat, ...q } = request.query;
      const w = await service.organisatieWerkdruk(request.db, request.gebruiker!, q);
      if (formaat === 'json') return w;
      // The same teams the heatmap shows this caller (a teamleider: the own teams), one row per cell.
      auditExport(request, 0);
      return stuurExport(reply, formaat, {
        titel: `Werkdruk ${w.maanden[0] ?? ''} ${w.maanden.at(-1) ?? ''}`.trim(),
        kolommen: [
          { kop: 'Team', waarde: (r) => r.team, breedte: 32 },
          { kop: 'Maand', waarde: (r) => r.maand },
          { kop: 'Signaal', waarde: (r) => r.niveau },
          { kop: 'Verhoogde delen', waarde: (r) => r.redenen.join(', '), breedte: 40 },
        ],
        rijen: w.teams.flatMap((t) => t.cellen.map((c) => ({ ...c, team: t.naam }))),
      });
    },
  );

  app.get(
    '/teams/:teamId/werkdruk',
    {
      schema: {
        tags,
        operationId: 'getTeamWerkdruk',
        summary:
          'Het werkdruksignaal van een team per maand, met elk deel, zijn waarde en drempels; ?formaat=csv of xlsx geeft maand × deel als bestand',
        params: z.object({ teamId: idParam }),
        querystring: werkdrukQuery.extend({ formaat: formaatQuery }),
        response: { 200: teamWerkdrukSchema },
      },
    },
    async (request, reply) => {
      const teamId = assertId(request.params.teamId, 'Team');
      const { formaat, ...q } = request.query;
      const w = await service.teamWerkdruk(request.db, request.gebruiker!, teamId, q);
      if (formaat === 'json') return w;
      auditExport(request, 0);
      return stuurExport(reply, formaat, teamWerkdrukTabel(w));
    },
  );
}
