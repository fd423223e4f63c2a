import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from '../../services/inzet.service';
import { prioriteitslijn } from '../../services/prioriteitslijn.service';
import { requireIfMatch, setEtag } from '../etag';
import { formaatQuery, stuurExport } from '../export';
import { assertId, idParam } from '../ids';

const tags = ['Inzet'];
const week = z.string().regex(/^\d{4}-W\d{2}$/, { error: 'Geef een week als 2026-W05.' });
const reeksSchema = z
  .object({
    medewerkerId: z.string(),
    resultaatdoelId: z.string(),
    versie: z
      .number()
      .int()
      .describe('Stuur terug in If-Match bij een wijziging; 0 als er nog niets gepland is'),
    reeksen: z.array(z.object({ van: z.string(), tot: z.string(), urenPerWeek: z.number() })),
  })
  .meta({ id: 'Inzet' });
const params = z.object({ resultaatdoelId: idParam, medewerkerId: idParam });

export async function inzetRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/teams/:teamId/inzet',
    {
      schema: {
        tags,
        operationId: 'listTeamInzet',
        summary: 'Geplande uren op de resultaatdoelen van een team, per medewerker en doel',
        params: z.object({ teamId: idParam }),
        querystring: z.strictObject({ van: week, tot: week }),
        response: { 200: z.object({ resultaten: z.array(reeksSchema) }) },
      },
    },
    async (request) => {
      const teamId = assertId(request.params.teamId, 'Team');
      const { van, tot } = request.query;
      return { resultaten: await service.teamInzet(request.db, request.gebruiker!, teamId, van, tot) };
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
        response: { 200: reeksSchema },
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
        body: z.strictObject({
          vanWeek: week,
          totWeek: week,
          urenPerWeek: z
            .number({ error: 'Geef het aantal uren per week als getal.' })
            .min(0, { error: 'Uren kunnen niet negatief zijn.' })
            .max(60, { error: 'Hoogstens 60 uur in een week.' })
            .multipleOf(0.01, { error: 'Gebruik hoogstens twee decimalen.' }),
        }),
        response: { 200: reeksSchema },
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
        querystring: z.strictObject({
          periode: z
            .string()
            .regex(/^\d{4}(-Q[1-4])?$/, { error: 'Geef een jaar (2026) of kwartaal (2026-Q2).' }),
          formaat: formaatQuery,
        }),
        response: {
          200: z
            .object({
              teamId: z.string(),
              periode: z.string(),
              capaciteit: z.number().describe('Beschikbare uren van het team in de periode'),
              vraag: z.number().describe('Geschatte uren van alle resultaatdoelen samen'),
              tekort: z.number(),
              resultaatdoelen: z.array(
                z.object({
                  resultaatdoelId: z.string(),
                  prioriteit: z.number().int(),
                  titel: z.string(),
                  status: z.string(),
                  geschatteUren: z.number(),
                  ingezetUren: z.number(),
                  cumulatief: z.number(),
                  bovenDeLijn: z.boolean(),
                }),
              ),
            })
            .meta({ id: 'Prioriteitslijn' }),
        },
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
