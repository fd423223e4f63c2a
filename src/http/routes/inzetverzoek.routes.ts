import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Gebruiker } from '../../access/gebruiker';
import type { Database } from '../../db/schema';
import { INZETVERZOEK_STATUSSEN } from '../../domain/inzetverzoek';
import * as service from '../../services/inzetverzoek.service';
import { kandidaten } from '../../services/kandidaten.service';
import { setEtag } from '../etag';
import { assertId, idParam, idVeld } from '../ids';
import { lijstQuery, lijstSchema, pagina, parseSortering } from '../pagination';
import { optioneleTekst, tekst } from '../schemas';
import { capaciteitsvraagSchema, optioneleIfMatch } from './dossier-schemas';

const tags = ['Inzetverzoeken'];
const week = z.string().regex(/^\d{4}-W\d{2}$/, { error: 'Geef een week als 2027-W05.' });
const uren = z
  .number({ error: 'Geef de uren per week als getal.' })
  .gt(0, { error: 'Vraag meer dan 0 uur per week.' })
  .max(60, { error: 'Een week heeft voor inzet hoogstens 60 uur.' });
const status = z.enum(INZETVERZOEK_STATUSSEN);
const verzoekSchema = z
  .object({
    id: z.string(),
    status,
    capaciteitsvraag: z.object({
      id: z.string(),
      expertise: z.string(),
      minimumNiveau: z.number().int(),
      periode: z.string(),
      dossier: z.object({ soort: z.enum(['opgave', 'bestuursopdracht']), id: z.string(), titel: z.string() }),
    }),
    medewerker: z.object({ id: z.string(), naam: z.string() }),
    team: z.object({ id: z.string(), naam: z.string() }),
    vanWeek: z.string(),
    totWeek: z.string(),
    urenPerWeek: z.number(),
    toelichting: z.string().nullable(),
    reden: z.string().nullable(),
    tegenvoorstel: z.object({ vanWeek: z.string(), totWeek: z.string(), urenPerWeek: z.number() }).nullable(),
    reserveringOverschreden: z.boolean().describe('Gevraagd boven de reservering van het team (met reden)'),
    overschrijdingReden: z.string().nullable(),
    bovenBeschikbaar: z.boolean().describe('Meer uren dan de medewerker in een van de weken vrij heeft'),
    aangevraagdDoor: z.string().nullable(),
    aangevraagdDoorAccountId: z.string().nullable().describe('Het account dat het verzoek deed'),
    aangevraagdOp: z.string(),
    beslistDoor: z.string().nullable(),
    beslistOp: z.string().nullable(),
    wachtdagen: z.number(),
    versie: z.number().int(),
  })
  .meta({ id: 'Inzetverzoek' });

export async function inzetverzoekRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const verzoekId = (x: string) => assertId(x, 'Inzetverzoek');
  const params = z.object({ inzetverzoekId: idParam });

  app.get(
    '/capaciteitsvragen/:capaciteitsvraagId/kandidaten',
    {
      schema: {
        tags,
        operationId: 'listKandidaten',
        summary:
          'Kandidaten voor een capaciteitsvraag: op passendheid, vrije uren naast de teamreservering, ambitie en lopende dossiers, met uitleg',
        params: z.object({ capaciteitsvraagId: idParam }),
        response: {
          200: z
            .object({
              capaciteitsvraag: capaciteitsvraagSchema,
              prioriteit: z.number().int(),
              vanWeek: z.string(),
              totWeek: z.string(),
              urenPerWeekGevraagd: z.number(),
              aantal: z.number().int(),
              uitleg: z.string().nullable().describe('Waarom er geen of geen inzetbare kandidaten zijn'),
              kandidaten: z.array(
                z.object({
                  medewerker: z.object({ id: z.string(), naam: z.string(), functie: z.string() }),
                  team: z.object({
                    id: z.string(),
                    naam: z.string(),
                    ruimtePerWeek: z.number(),
                    reservering: z.number(),
                  }),
                  niveau: z.number().int(),
                  ambitie: z.boolean(),
                  vrijPerWeek: z.number(),
                  gemiddeldVrijPerWeek: z.number(),
                  inzetbaarPerWeek: z.number(),
                  aantalDossiers: z.number().int(),
                  alOpDossier: z.boolean(),
                  passendheid: z.number(),
                  score: z.number(),
                  uitleg: z.string(),
                }),
              ),
            })
            .meta({ id: 'Kandidaten' }),
        },
      },
    },
    async (request) =>
      kandidaten(request.db, assertId(request.params.capaciteitsvraagId, 'Capaciteitsvraag')),
  );

  app.post(
    '/capaciteitsvragen/:capaciteitsvraagId/inzetverzoeken',
    {
      schema: {
        tags,
        operationId: 'vraagInzetAan',
        summary:
          'Inzet aanvragen bij de teamleider van de medewerker (409 als het de teamreservering breekt, tenzij met overschrijdReservering en reden)',
        params: z.object({ capaciteitsvraagId: idParam }),
        body: z.strictObject({
          medewerkerId: idVeld,
          urenPerWeek: uren,
          vanWeek: week,
          totWeek: week,
          toelichting: optioneleTekst(2000),
          overschrijdReservering: z.boolean().optional(),
          overschrijdingReden: optioneleTekst(2000),
        }),
        response: { 201: verzoekSchema },
      },
    },
    async (request, reply) => {
      const v = await service.vraagInzetAan(
        request.db,
        assertId(request.params.capaciteitsvraagId, 'Capaciteitsvraag'),
        request.body,
        request.gebruiker!,
      );
      setEtag(reply, v.versie);
      return reply.code(201).header('Location', `/api/v1/inzetverzoeken/${v.id}`).send(v);
    },
  );

  app.get(
    '/inzetverzoeken',
    {
      schema: {
        tags,
        operationId: 'listInzetverzoeken',
        summary:
          'Inzetverzoeken: alle voor programmaregisseurs en directie, die van de eigen teams voor een teamleider, de eigen voor een medewerker',
        querystring: z.strictObject({
          status: status.optional(),
          teamId: idVeld.optional(),
          capaciteitsvraagId: idVeld.optional(),
          medewerkerId: idVeld.optional(),
          aangevraagdDoor: idVeld.optional().describe('Alleen de verzoeken van dit account'),
          ...lijstQuery,
          sorteer: lijstQuery.sorteer.describe('aangevraagdOp; standaard -aangevraagdOp: het nieuwste eerst'),
        }),
        response: { 200: lijstSchema(verzoekSchema) },
      },
    },
    async (request) => {
      const { pagina: nummer, paginaGrootte, sorteer, ...filter } = request.query;
      const p = { pagina: nummer, paginaGrootte };
      const sortering = parseSortering(
        sorteer ?? '-aangevraagdOp',
        ['aangevraagdOp'] as const,
        'aangevraagdOp',
      );
      return pagina(
        request,
        p,
        await service.listInzetverzoeken(request.db, request.gebruiker!, filter, sortering, p),
      );
    },
  );

  app.get(
    '/inzetverzoeken/:inzetverzoekId',
    {
      schema: {
        tags,
        operationId: 'getInzetverzoek',
        summary: 'Eén inzetverzoek',
        params,
        response: { 200: verzoekSchema },
      },
    },
    async (request, reply) => {
      const v = await service.getInzetverzoek(
        request.db,
        verzoekId(request.params.inzetverzoekId),
        request.gebruiker!,
      );
      setEtag(reply, v.versie);
      return v;
    },
  );

  /** A step on a request: POST …/{pad}, answered with the request as it now stands. */
  function actie<B extends z.ZodType>(
    pad: string,
    operationId: string,
    summary: string,
    body: B,
    doe: (
      db: Kysely<Database>,
      id: string,
      b: z.infer<B>,
      g: Gebruiker,
      versie: number | undefined,
    ) => Promise<service.InzetverzoekView>,
  ) {
    app.post(
      `/inzetverzoeken/:inzetverzoekId/${pad}`,
      { schema: { tags, operationId, summary, params, body, response: { 201: verzoekSchema } } },
      async (request, reply) => {
        const v = await doe(
          request.db,
          verzoekId(request.params.inzetverzoekId),
          request.body as z.infer<B>,
          request.gebruiker!,
          optioneleIfMatch(request),
        );
        setEtag(reply, v.versie);
        return reply.code(201).send(v);
      },
    );
  }

  actie(
    'instemmingen',
    'stemInMetInzet',
    'Instemmen (teamleider): de inzet wordt gemaakt en staat meteen in beide roosters',
    z.strictObject({}),
    (db, id, _b, g, versie) => service.stemIn(db, id, g, versie),
  );
  actie(
    'afwijzingen',
    'wijsInzetAf',
    'Afwijzen met een reden (teamleider)',
    z.strictObject({ reden: tekst(2000) }),
    (db, id, b, g, versie) => service.wijsAf(db, id, b.reden, g, versie),
  );
  actie(
    'tegenvoorstellen',
    'stelInzetTegenvoor',
    'Andere uren voorstellen (teamleider); de aanvrager aanvaardt of trekt in',
    z.strictObject({ urenPerWeek: uren, vanWeek: week, totWeek: week, reden: optioneleTekst(2000) }),
    (db, id, b, g, versie) => service.stelTegenvoor(db, id, b, g, versie),
  );
  actie(
    'aanvaardingen',
    'aanvaardTegenvoorstel',
    'Het tegenvoorstel aanvaarden (aanvrager): de inzet wordt gemaakt met de voorgestelde uren',
    z.strictObject({}),
    (db, id, _b, g, versie) => service.aanvaardTegenvoorstel(db, id, g, versie),
  );
  actie(
    'intrekkingen',
    'trekInzetverzoekIn',
    'Het verzoek intrekken (aanvrager)',
    z.strictObject({}),
    (db, id, _b, g, versie) => service.trekIn(db, id, g, versie),
  );

  app.get(
    '/organisatie/inzetverzoeken',
    {
      schema: {
        tags,
        operationId: 'getInzetverzoekStatistiek',
        summary:
          'Per team: aantal verzoeken, ingestemd, afgewezen, open en de gemiddelde wachttijd (directie)',
        response: {
          200: z.object({
            resultaten: z.array(
              z.object({
                team: z.object({ id: z.string(), naam: z.string() }),
                aantal: z.number().int(),
                ingestemd: z.number().int(),
                afgewezen: z.number().int(),
                open: z.number().int(),
                gemiddeldeWachtdagen: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ resultaten: await service.inzetverzoekStatistiek(request.db) }),
  );
}
