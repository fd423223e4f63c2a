import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  inzetInvoerSchema,
  inzetSchema,
  prioriteitslijnQuery,
  prioriteitslijnSchema,
  teamInzetQuery,
  teamInzetSchema,
} from '../../contract/inzet';
import { formaatQuery, idParam } from '../../contract/velden';
import { teamInzetTabel } from '../../reports/lijst-exports-rest';
import * as service from '../../services/inzet.service';
import { teamInzetNamen } from '../../services/inzet-export.service';
import { prioriteitslijn } from '../../services/prioriteitslijn.service';
import { auditAantalPersonen, telPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Inzet'];
const params = z.object({ resultaatdoelId: idParam, medewerkerId: idParam });

export async function inzetRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/teams/:teamId/inzet',
    {
      schema: {
        tags,
        operationId: 'listTeamInzet',
        summary:
          'Geplande uren op de resultaatdoelen van een team, per medewerker en doel; ?formaat=csv of xlsx geeft elke reeks als bestand',
        params: z.object({ teamId: idParam }),
        querystring: teamInzetQuery.extend({ formaat: formaatQuery }),
        response: { 200: teamInzetSchema },
      },
    },
    async (request, reply) => {
      const teamId = assertId(request.params.teamId, 'Team');
      const { van, tot, formaat } = request.query;
      const resultaten = await service.teamInzet(request.db, request.gebruiker!, teamId, van, tot);
      const personen = telPersonen(resultaten, (r) => r.medewerkerId);
      if (formaat !== 'json') {
        auditExport(request, personen);
        const namen = await teamInzetNamen(request.db, teamId, resultaten);
        return stuurExport(reply, formaat, teamInzetTabel(van, tot, resultaten, namen));
      }
      auditAantalPersonen(request, personen);
      return { resultaten };
    },
  );

  app.get(
    '/resultaatdoelen/:resultaatdoelId/inzet/:medewerkerId',
    {
      schema: {
        tags,
        operationId: 'getInzet',
        summary: 'De geplande uren van één medewerker op één resultaatdoel',
        params,
        response: { 200: inzetSchema },
      },
    },
    async (request, reply) => {
      const r = await service.getInzet(
        request.db,
        request.gebruiker!,
        assertId(request.params.resultaatdoelId, 'Resultaatdoel'),
        assertId(request.params.medewerkerId, 'Medewerker'),
      );
      setEtag(reply, r.versie);
      return r;
    },
  );

  app.put(
    '/resultaatdoelen/:resultaatdoelId/inzet/:medewerkerId',
    {
      schema: {
        tags,
        operationId: 'setInzet',
        summary:
          'Uren per week van een medewerker op een resultaatdoel vastleggen voor een reeks weken (0 wist ze); met If-Match',
        params,
        body: inzetInvoerSchema,
        response: { 200: inzetSchema },
      },
    },
    async (request, reply) => {
      const r = await service.zetInzet(
        request.db,
        request.gebruiker!,
        {
          ...request.body,
          resultaatdoelId: assertId(request.params.resultaatdoelId, 'Resultaatdoel'),
          medewerkerId: assertId(request.params.medewerkerId, 'Medewerker'),
        },
        requireIfMatch(request),
      );
      setEtag(reply, r.versie);
      return r;
    },
  );

  app.get(
    '/teams/:teamId/prioriteitslijn',
    {
      schema: {
        tags,
        operationId: 'getPrioriteitslijn',
        summary: 'De prioriteitslijn: resultaatdoelen op volgorde, opgeteld tegen de capaciteit van het team',
        params: z.object({ teamId: idParam }),
        querystring: prioriteitslijnQuery,
        response: { 200: prioriteitslijnSchema },
      },
    },
    async (request, reply) => {
      const lijn = await prioriteitslijn(
        request.db,
        assertId(request.params.teamId, 'Team'),
        request.query.periode,
      );
      if (request.query.formaat === 'json') return lijn;
      return stuurExport(reply, request.query.formaat, {
        titel: `Prioriteitslijn ${lijn.periode}`,
        kolommen: [
          { kop: 'Prioriteit', waarde: (r) => r.prioriteit },
          { kop: 'Resultaatdoel', waarde: (r) => r.titel, breedte: 40 },
          { kop: 'Status', waarde: (r) => r.status },
          { kop: 'Geschatte uren', waarde: (r) => r.geschatteUren, formaat: '0.00' },
          { kop: 'Ingezet', waarde: (r) => r.ingezetUren, formaat: '0.00' },
          { kop: 'Cumulatief', waarde: (r) => r.cumulatief, formaat: '0.00' },
          {
            kop: `Boven de lijn (capaciteit ${lijn.capaciteit})`,
            waarde: (r) => (r.bovenDeLijn ? 'ja' : 'nee'),
          },
        ],
        rijen: lijn.resultaatdoelen,
      });
    },
  );
}
