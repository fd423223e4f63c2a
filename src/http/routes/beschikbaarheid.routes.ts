import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from '../../services/beschikbaarheid.service';
import { requireIfMatch, setEtag } from '../etag';
import { formaatQuery, stuurExport } from '../export';
import { assertId, idParam } from '../ids';

const tags = ['Beschikbaarheid'];

const cel = z.object({
  periode: z.string(),
  contractUren: z.number(),
  feestdagUren: z.number(),
  brutoUren: z.number().describe('Contracturen min feestdagen'),
  afwezigheidUren: z.number(),
  nietProductiefUren: z.number(),
  beschikbaar: z.number(),
  ingezetRobuust: z.number().describe('Gepland op resultaatdoelen van de teams'),
  ingezetWendbaar: z.number().describe('Gepland op opgaven en bestuursopdrachten'),
  vrij: z.number().describe('Beschikbaar min ingezet; negatief bij overboeking'),
  overboekt: z.boolean(),
});
const celSchema = cel.meta({ id: 'BeschikbaarheidCel' });
const periode = z.object({ sleutel: z.string(), van: z.string(), tot: z.string() });
const bereikQuery = z.strictObject({
  per: z.enum(['week', 'maand'], { error: "Kies 'week' of 'maand'." }).default('week'),
  van: z.string().max(10).describe('Eerste week (2026-W01) of maand (2026-01)'),
  tot: z.string().max(10).describe('Laatste week of maand (inclusief)'),
  formaat: formaatQuery,
});
const instellingenSchema = z
  .object({
    nietProductiefAandeel: z
      .number()
      .describe('Deel van de tijd dat niet productief is (overleg, scholing); 0,15 = 15%'),
    bevrijdingsdag: z
      .enum(['jaarlijks', 'lustrum'])
      .describe('Bevrijdingsdag elk jaar vrij, of alleen elke vijf jaar'),
    robuustReservering: z
      .number()
      .describe('Deel van de teamcapaciteit dat standaard voor robuust werk gereserveerd blijft; 0,6 = 60%'),
    versie: z.number().int(),
  })
  .meta({ id: 'Instellingen' });
const uren = (kop: string, k: keyof service.Cel) => ({
  kop,
  waarde: (c: service.Cel) => c[k] as number,
  formaat: '0.00',
});
const UREN_KOLOMMEN = [
  uren('Contracturen', 'contractUren'),
  uren('Feestdagen', 'feestdagUren'),
  uren('Afwezig', 'afwezigheidUren'),
  uren('Niet-productief', 'nietProductiefUren'),
  uren('Beschikbaar', 'beschikbaar'),
  uren('Ingezet robuust', 'ingezetRobuust'),
  uren('Ingezet wendbaar', 'ingezetWendbaar'),
  uren('Vrij', 'vrij'),
];
const week = z.string().regex(/^\d{4}-W\d{2}$/, { error: 'Geef een week als 2026-W05.' });

export async function beschikbaarheidRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/instellingen',
    {
      schema: {
        tags,
        operationId: 'getInstellingen',
        summary: 'Organisatie-instellingen voor beschikbaarheid',
        response: { 200: instellingenSchema },
      },
    },
    async (request, reply) => {
      const i = await service.getInstellingen(request.db);
      setEtag(reply, i.versie);
      return i;
    },
  );

  app.patch(
    '/instellingen',
    {
      schema: {
        tags,
        operationId: 'updateInstellingen',
        summary: 'Organisatie-instellingen wijzigen (met If-Match)',
        body: z.strictObject({
          nietProductiefAandeel: z
            .number({ error: 'Geef een getal van 0 tot 1, bijvoorbeeld 0,15.' })
            .min(0, { error: 'Het aandeel kan niet negatief zijn.' })
            .max(0.9, { error: 'Hoogstens 0,9: anders blijft er geen tijd over.' })
            .optional(),
          bevrijdingsdag: z
            .enum(['jaarlijks', 'lustrum'], { error: "Kies 'jaarlijks' of 'lustrum'." })
            .optional(),
          robuustReservering: z
            .number({ error: 'Geef een getal van 0 tot 1, bijvoorbeeld 0,6.' })
            .min(0, { error: 'De reservering kan niet negatief zijn.' })
            .max(1, { error: 'De reservering is hoogstens 1 (alles robuust).' })
            .optional(),
        }),
        response: { 200: instellingenSchema },
      },
    },
    async (request, reply) => {
      const i = await service.updateInstellingen(request.db, requireIfMatch(request), request.body);
      setEtag(reply, i.versie);
      return i;
    },
  );

  app.get(
    '/teams/:teamId/beschikbaarheid',
    {
      schema: {
        tags,
        operationId: 'getTeamBeschikbaarheid',
        summary: 'Beschikbare uren van de leden van een team per week of maand, met teamtotalen',
        params: z.object({ teamId: idParam }),
        querystring: bereikQuery,
        response: {
          200: z
            .object({
              teamId: z.string(),
              per: z.enum(['week', 'maand']),
              nietProductiefAandeel: z.number(),
              perioden: z.array(periode),
              medewerkers: z.array(
                z.object({
                  medewerkerId: z.string(),
                  naam: z.string(),
                  functie: z.string(),
                  cellen: z.array(celSchema),
                  totaal: celSchema,
                }),
              ),
              totalen: z.array(celSchema),
              overboekt: z
                .array(
                  z.object({
                    medewerkerId: z.string(),
                    naam: z.string(),
                    perioden: z.array(z.object({ periode: z.string(), vrij: z.number() })),
                  }),
                )
                .describe('Wie in welke perioden meer is ingepland dan beschikbaar'),
            })
            .meta({ id: 'TeamBeschikbaarheid' }),
        },
      },
    },
    async (request, reply) => {
      const teamId = assertId(request.params.teamId, 'Team');
      const q = request.query;
      const grid = await service.getTeamBeschikbaarheid(
        request.db,
        request.gebruiker!,
        teamId,
        q.per,
        q.van,
        q.tot,
      );
      if (q.formaat === 'json') return grid;
      const rijen = grid.medewerkers.flatMap((m) =>
        m.cellen.map((c) => ({ ...c, naam: m.naam, functie: m.functie })),
      );
      return stuurExport(reply, q.formaat, {
        titel: `Beschikbaarheid ${q.van} tot ${q.tot}`,
        kolommen: [
          { kop: 'Medewerker', waarde: (r) => r.naam, breedte: 28 },
          { kop: 'Functie', waarde: (r) => r.functie, breedte: 24 },
          { kop: 'Periode', waarde: (r) => r.periode },
          ...UREN_KOLOMMEN,
        ],
        rijen,
      });
    },
  );

  app.get(
    '/medewerkers/:medewerkerId/beschikbaarheid',
    {
      schema: {
        tags,
        operationId: 'getMedewerkerBeschikbaarheid',
        summary: 'Beschikbare uren van één medewerker per week of maand',
        params: z.object({ medewerkerId: idParam }),
        querystring: bereikQuery,
        response: {
          200: z.object({
            medewerkerId: z.string(),
            per: z.enum(['week', 'maand']),
            nietProductiefAandeel: z.number(),
            perioden: z.array(periode),
            cellen: z.array(celSchema),
            totaal: celSchema,
          }),
        },
      },
    },
    async (request, reply) => {
      const id = assertId(request.params.medewerkerId, 'Medewerker');
      const q = request.query;
      const r = await service.medewerkerBeschikbaarheid(
        request.db,
        request.gebruiker!,
        id,
        q.per,
        q.van,
        q.tot,
      );
      if (q.formaat === 'json') return r;
      return stuurExport(reply, q.formaat, {
        titel: `Beschikbaarheid ${q.van} tot ${q.tot}`,
        kolommen: [{ kop: 'Periode', waarde: (c) => c.periode }, ...UREN_KOLOMMEN],
        rijen: r.cellen,
      });
    },
  );

  app.get(
    '/medewerkers/:medewerkerId/afwezigheid',
    {
      schema: {
        tags,
        operationId: 'listAfwezigheid',
        summary: 'Afwezigheid in uren per week (nooit een reden)',
        params: z.object({ medewerkerId: idParam }),
        querystring: z.strictObject({ van: week, tot: week }),
        response: {
          200: z.object({
            resultaten: z.array(z.object({ week: z.string(), uren: z.number(), versie: z.number().int() })),
          }),
        },
      },
    },
    async (request) => {
      const id = assertId(request.params.medewerkerId, 'Medewerker');
      const { van, tot } = request.query;
      return { resultaten: await service.listAfwezigheid(request.db, request.gebruiker!, id, van, tot) };
    },
  );

  app.put(
    '/medewerkers/:medewerkerId/afwezigheid/:week',
    {
      schema: {
        tags,
        operationId: 'setAfwezigheid',
        summary: 'Afwezige uren van één week vastleggen; een bestaande week alleen met If-Match',
        params: z.object({ medewerkerId: idParam, week: z.string().max(10) }),
        body: z.strictObject({
          uren: z
            .number({ error: 'Geef het aantal uren als getal.' })
            .min(0, { error: 'Afwezigheid kan niet negatief zijn.' })
            .max(60, { error: 'Een week heeft hoogstens 60 uur afwezigheid.' })
            .multipleOf(0.01, { error: 'Gebruik hoogstens twee decimalen.' }),
        }),
        response: { 200: z.object({ week: z.string(), uren: z.number(), versie: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const id = assertId(request.params.medewerkerId, 'Medewerker');
      const versie = request.headers['if-match'] === undefined ? null : requireIfMatch(request);
      const a = await service.zetAfwezigheid(
        request.db,
        request.gebruiker!,
        id,
        request.params.week,
        request.body.uren,
        versie,
      );
      setEtag(reply, a.versie);
      return a;
    },
  );
}
