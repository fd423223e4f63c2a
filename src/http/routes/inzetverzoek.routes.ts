import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Gebruiker } from '../../access/gebruiker';
import {
  afwijzingSchema,
  type Inzetverzoek,
  inzetverzoekenQuery,
  inzetverzoekLijstSchema,
  inzetverzoekSchema,
  inzetverzoekStatistiekSchema,
  kandidatenSchema,
  legeStapSchema,
  nieuwInzetverzoekSchema,
  tegenvoorstelSchema,
} from '../../contract/inzetverzoek';
import { formaatQuery, idParam } from '../../contract/velden';
import type { Database } from '../../db/schema';
import { kandidatenTabel } from '../../reports/lijst-exports-rest';
import * as service from '../../services/inzetverzoek.service';
import { kandidaten } from '../../services/kandidaten.service';
import { auditAantalPersonen, telPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, HELE_LIJST, stuurExport } from '../export';
import { assertId } from '../ids';
import { pagina, parseSortering } from '../pagination';

const tags = ['Inzetverzoeken'];

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
          'Kandidaten voor een capaciteitsvraag: op passendheid, vrije uren naast de teamreservering, ambitie en lopende dossiers, met uitleg; ?formaat=csv of xlsx geeft ze als bestand',
        params: z.object({ capaciteitsvraagId: idParam }),
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: kandidatenSchema },
      },
    },
    async (request, reply) => {
      const r = await kandidaten(request.db, assertId(request.params.capaciteitsvraagId, 'Capaciteitsvraag'));
      const personen = telPersonen(r.kandidaten, (k) => k.medewerker.id);
      if (request.query.formaat !== 'json') {
        auditExport(request, personen);
        return stuurExport(reply, request.query.formaat, kandidatenTabel(r));
      }
      auditAantalPersonen(request, personen);
      return r;
    },
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
        body: nieuwInzetverzoekSchema,
        response: { 201: inzetverzoekSchema },
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
        querystring: inzetverzoekenQuery.extend({ formaat: formaatQuery }),
        response: { 200: inzetverzoekLijstSchema },
      },
    },
    async (request, reply) => {
      const { pagina: nummer, paginaGrootte, sorteer, formaat, ...filter } = request.query;
      const p = formaat === 'json' ? { pagina: nummer, paginaGrootte } : HELE_LIJST;
      const sortering = parseSortering(
        sorteer ?? '-aangevraagdOp',
        ['aangevraagdOp'] as const,
        'aangevraagdOp',
      );
      const lijst = await service.listInzetverzoeken(request.db, request.gebruiker!, filter, sortering, p);
      if (formaat !== 'json') {
        auditExport(
          request,
          telPersonen(lijst.rijen, (v) => v.medewerker.id),
        );
        return stuurExport(reply, formaat, {
          titel: 'Inzetverzoeken',
          kolommen: [
            { kop: 'Dossier', waarde: (v) => v.capaciteitsvraag.dossier.titel, breedte: 36 },
            { kop: 'Expertise', waarde: (v) => v.capaciteitsvraag.expertise, breedte: 24 },
            { kop: 'Medewerker', waarde: (v) => v.medewerker.naam, breedte: 28 },
            { kop: 'Team', waarde: (v) => v.team.naam, breedte: 28 },
            { kop: 'Status', waarde: (v) => v.status },
            { kop: 'Van week', waarde: (v) => v.vanWeek },
            { kop: 'Tot week', waarde: (v) => v.totWeek },
            { kop: 'Uren per week', waarde: (v) => v.urenPerWeek, formaat: '0.00' },
            { kop: 'Aangevraagd door', waarde: (v) => v.aangevraagdDoor, breedte: 24 },
            { kop: 'Aangevraagd op', waarde: (v) => v.aangevraagdOp.slice(0, 10) },
            { kop: 'Beslist door', waarde: (v) => v.beslistDoor, breedte: 24 },
            { kop: 'Beslist op', waarde: (v) => v.beslistOp?.slice(0, 10) ?? null },
            { kop: 'Wachtdagen', waarde: (v) => v.wachtdagen },
            { kop: 'Toelichting', waarde: (v) => v.toelichting, breedte: 40 },
            { kop: 'Reden', waarde: (v) => v.reden, breedte: 40 },
          ],
          rijen: lijst.rijen,
        });
      }
      auditAantalPersonen(
        request,
        telPersonen(lijst.rijen, (v) => v.medewerker.id),
      );
      return pagina(request, p, lijst);
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
        response: { 200: inzetverzoekSchema },
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
    ) => Promise<Inzetverzoek>,
  ) {
    app.post(
      `/inzetverzoeken/:inzetverzoekId/${pad}`,
      {
        // A step on the request's version: If-Match is required (versie.plugin.ts).
        config: { versie: 'vereist' },
        schema: { tags, operationId, summary, params, body, response: { 201: inzetverzoekSchema } },
      },
      async (request, reply) => {
        const v = await doe(
          request.db,
          verzoekId(request.params.inzetverzoekId),
          request.body as z.infer<B>,
          request.gebruiker!,
          requireIfMatch(request),
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
    legeStapSchema,
    (db, id, _b, g, versie) => service.stemIn(db, id, g, versie),
  );
  actie(
    'afwijzingen',
    'wijsInzetAf',
    'Afwijzen met een reden (teamleider)',
    afwijzingSchema,
    (db, id, b, g, versie) => service.wijsAf(db, id, b.reden, g, versie),
  );
  actie(
    'tegenvoorstellen',
    'stelInzetTegenvoor',
    'Andere uren voorstellen (teamleider); de aanvrager aanvaardt of trekt in',
    tegenvoorstelSchema,
    (db, id, b, g, versie) => service.stelTegenvoor(db, id, b, g, versie),
  );
  actie(
    'aanvaardingen',
    'aanvaardTegenvoorstel',
    'Het tegenvoorstel aanvaarden (aanvrager): de inzet wordt gemaakt met de voorgestelde uren',
    legeStapSchema,
    (db, id, _b, g, versie) => service.aanvaardTegenvoorstel(db, id, g, versie),
  );
  actie(
    'intrekkingen',
    'trekInzetverzoekIn',
    'Het verzoek intrekken (aanvrager)',
    legeStapSchema,
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
        response: { 200: inzetverzoekStatistiekSchema },
      },
    },
    async (request) => ({ resultaten: await service.inzetverzoekStatistiek(request.db) }),
  );
}
