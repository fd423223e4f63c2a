import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bedragWijzigingSchema,
  loonsombudgetSchema,
  loonsombudgetWijzigingSchema,
  loonsomQuery,
  medewerkerLoonkostenSchema,
  nieuweWerkgeverslastenSchema,
  nieuwLoonsombudgetSchema,
  organisatieLoonsomSchema,
  salaristabelLaadQuery,
  salaristabellenSchema,
  salaristabelSchema,
  teamLoonsomSchema,
  werkgeverslastenLijstSchema,
  werkgeverslastenSchema,
  werkgeverslastenWijzigingSchema,
} from '../../contract/loonsom';
import { formaatQuery, idParam } from '../../contract/velden';
import { salaristabellenTabel, werkgeverslastenTabel } from '../../reports/lijst-exports';
import { teamLoonsomTabel } from '../../reports/lijst-exports-rest';
import { organisatieLoonsomTabel } from '../../reports/lijst-tabellen';
import { XLSX_MIME } from '../../reports/salaristabel-bestand';
import * as service from '../../services/loonsom.service';
import { auditAantalPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';
import { HttpProblem } from '../problem';

const tags = ['Loonsom'];

/**
 * A salary table file is far below this (a Cao table is about 300 amounts: some kB as CSV, some
 * tens of kB as XLSX); the rest of the API keeps its 100 kB.
 */
const BESTAND_LIMIET = 512 * 1024;

/** Salary tables, werkgeverslasten, loonsombudgetten and the loonsom (issue 13, second slice). */
export async function loonsomRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  // Only within this plugin: a salary table arrives as the file itself, not wrapped in JSON.
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: BESTAND_LIMIET }, (_r, body, klaar) =>
    klaar(null, body),
  );
  app.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer', bodyLimit: BESTAND_LIMIET }, (_r, body, klaar) =>
    klaar(null, body),
  );

  app.get(
    '/salaristabellen',
    {
      schema: {
        tags,
        operationId: 'getSalaristabellen',
        summary: 'De geladen salaristabellen, oudste eerst; ?formaat=csv of xlsx geeft ze als bestand',
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: salaristabellenSchema },
      },
    },
    async (request, reply) => {
      const s = await service.lijstSalaristabellen(request.db, request.gebruiker!);
      if (request.query.formaat === 'json') return s;
      auditExport(request, 0);
      return stuurExport(reply, request.query.formaat, salaristabellenTabel(s));
    },
  );

  app.post(
    '/salaristabellen',
    {
      bodyLimit: BESTAND_LIMIET,
      schema: {
        tags,
        operationId: 'createSalaristabel',
        summary: 'Salaristabel laden uit een CSV- of XLSX-bestand (kolommen schaal, trede, bedrag)',
        description:
          'Stuur het bestand zelf als body, met Content-Type text/csv (UTF-8, puntkomma of komma) of ' +
          `${XLSX_MIME} (het eerste werkblad met de kop schaal, trede, bedrag). Elke foute rij wordt gemeld (rij, kolom, wat er mis is); ` +
          'bij een fout wordt niets geladen. Hoogstens 512 kB.',
        querystring: salaristabelLaadQuery,
        response: { 201: salaristabelSchema },
      },
    },
    async (request, reply) => {
      const type = String(request.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim()
        .toLowerCase();
      const body = request.body as unknown;
      const formaat = type === 'text/csv' ? 'csv' : type === XLSX_MIME ? 'xlsx' : null;
      if (!formaat || !(typeof body === 'string' || Buffer.isBuffer(body))) {
        throw new HttpProblem(
          415,
          'niet-ondersteund-mediatype',
          'Niet ondersteund mediatype',
          `Stuur de salaristabel als text/csv of als ${XLSX_MIME}.`,
        );
      }
      const t = await service.laadSalaristabel(request.db, request.gebruiker!, {
        geldigVanaf: request.query.geldigVanaf,
        naam: request.query.naam,
        formaat,
        inhoud: body,
      });
      setEtag(reply, t.versie);
      return reply.code(201).header('Location', t._links.self.href).send(t);
    },
  );

  app.get(
    '/salaristabellen/:salaristabelId',
    {
      schema: {
        tags,
        operationId: 'getSalaristabel',
        summary: 'Eén salaristabel met alle bedragen per schaal en trede',
        params: z.object({ salaristabelId: idParam }),
        response: { 200: salaristabelSchema },
      },
    },
    async (request, reply) => {
      const t = await service.getSalaristabel(
        request.db,
        request.gebruiker!,
        assertId(request.params.salaristabelId, 'Salaristabel'),
      );
      setEtag(reply, t.versie);
      return t;
    },
  );

  app.patch(
    '/salaristabellen/:salaristabelId',
    {
      schema: {
        tags,
        operationId: 'updateSalaristabelBedrag',
        summary: 'Eén bedrag van een salaristabel vervangen (met If-Match)',
        params: z.object({ salaristabelId: idParam }),
        body: bedragWijzigingSchema,
        response: { 200: salaristabelSchema },
      },
    },
    async (request, reply) => {
      const t = await service.wijzigBedrag(
        request.db,
        request.gebruiker!,
        assertId(request.params.salaristabelId, 'Salaristabel'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, t.versie);
      return t;
    },
  );

  app.get(
    '/werkgeverslasten',
    {
      schema: {
        tags,
        operationId: 'getWerkgeverslastenLijst',
        summary:
          'De werkgeverslasten (IKB, pensioen, sociale premies, opslag) met hun ingangsdatum; ?formaat=csv of xlsx geeft ze als bestand',
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: werkgeverslastenLijstSchema },
      },
    },
    async (request, reply) => {
      const w = await service.lijstWerkgeverslasten(request.db, request.gebruiker!);
      if (request.query.formaat === 'json') return w;
      auditExport(request, 0);
      return stuurExport(reply, request.query.formaat, werkgeverslastenTabel(w));
    },
  );

  app.post(
    '/werkgeverslasten',
    {
      schema: {
        tags,
        operationId: 'createWerkgeverslasten',
        summary: 'Werkgeverslasten vastleggen die gelden vanaf een datum',
        body: nieuweWerkgeverslastenSchema,
        response: { 201: werkgeverslastenSchema },
      },
    },
    async (request, reply) => {
      const w = await service.createWerkgeverslasten(request.db, request.gebruiker!, request.body);
      setEtag(reply, w.versie);
      return reply.code(201).header('Location', w._links.self.href).send(w);
    },
  );

  app.get(
    '/werkgeverslasten/:werkgeverslastenId',
    {
      schema: {
        tags,
        operationId: 'getWerkgeverslasten',
        summary: 'Eén rij werkgeverslasten',
        params: z.object({ werkgeverslastenId: idParam }),
        response: { 200: werkgeverslastenSchema },
      },
    },
    async (request, reply) => {
      const w = await service.getWerkgeverslasten(
        request.db,
        assertId(request.params.werkgeverslastenId, 'Werkgeverslasten'),
      );
      setEtag(reply, w.versie);
      return w;
    },
  );

  app.patch(
    '/werkgeverslasten/:werkgeverslastenId',
    {
      schema: {
        tags,
        operationId: 'updateWerkgeverslasten',
        summary: 'Werkgeverslasten wijzigen (met If-Match)',
        params: z.object({ werkgeverslastenId: idParam }),
        body: werkgeverslastenWijzigingSchema,
        response: { 200: werkgeverslastenSchema },
      },
    },
    async (request, reply) => {
      const w = await service.updateWerkgeverslasten(
        request.db,
        request.gebruiker!,
        assertId(request.params.werkgeverslastenId, 'Werkgeverslasten'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, w.versie);
      return w;
    },
  );

  app.post(
    '/teams/:teamId/loonsombudgetten',
    {
      schema: {
        tags,
        operationId: 'createLoonsombudget',
        summary: 'Het loonsombudget van een team voor een jaar vastleggen',
        params: z.object({ teamId: idParam }),
        body: nieuwLoonsombudgetSchema,
        response: { 201: loonsombudgetSchema },
      },
    },
    async (request, reply) => {
      const b = await service.createLoonsombudget(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
        request.body,
      );
      setEtag(reply, b.versie);
      return reply.code(201).header('Location', b._links.self.href).send(b);
    },
  );

  app.get(
    '/loonsombudgetten/:loonsombudgetId',
    {
      schema: {
        tags,
        operationId: 'getLoonsombudget',
        summary: 'Eén loonsombudget',
        params: z.object({ loonsombudgetId: idParam }),
        response: { 200: loonsombudgetSchema },
      },
    },
    async (request, reply) => {
      const b = await service.getLoonsombudget(
        request.db,
        request.gebruiker!,
        assertId(request.params.loonsombudgetId, 'Loonsombudget'),
      );
      setEtag(reply, b.versie);
      return b;
    },
  );

  app.patch(
    '/loonsombudgetten/:loonsombudgetId',
    {
      schema: {
        tags,
        operationId: 'updateLoonsombudget',
        summary: 'Een loonsombudget wijzigen (met If-Match)',
        params: z.object({ loonsombudgetId: idParam }),
        body: loonsombudgetWijzigingSchema,
        response: { 200: loonsombudgetSchema },
      },
    },
    async (request, reply) => {
      const b = await service.updateLoonsombudget(
        request.db,
        request.gebruiker!,
        assertId(request.params.loonsombudgetId, 'Loonsombudget'),
        requireIfMatch(request),
        request.body.bedrag,
      );
      setEtag(reply, b.versie);
      return b;
    },
  );

  app.get(
    '/organisatie/loonsom',
    {
      schema: {
        tags,
        operationId: 'getOrganisatieLoonsom',
        summary:
          'De loonsom van de organisatie voor vier jaar, tegen het budget, en per team; ?formaat=csv of xlsx geeft team × jaar als bestand',
        querystring: loonsomQuery.extend({ formaat: formaatQuery }),
        response: { 200: organisatieLoonsomSchema },
      },
    },
    async (request, reply) => {
      const l = await service.organisatieLoonsom(request.db, request.gebruiker!, request.query.jaar);
      if (request.query.formaat === 'json') return l;
      // Totals per team and year: no individual salary data.
      auditExport(request, 0);
      return stuurExport(reply, request.query.formaat, organisatieLoonsomTabel(l));
    },
  );

  app.get(
    '/teams/:teamId/loonsom',
    {
      schema: {
        tags,
        operationId: 'getTeamLoonsom',
        summary:
          'De loonsom van een team voor vier jaar, per formatieplaats en (P&O, directie) per medewerker; ?formaat=csv of xlsx geeft ze als bestand',
        params: z.object({ teamId: idParam }),
        querystring: loonsomQuery.extend({ formaat: formaatQuery }),
        response: { 200: teamLoonsomSchema },
      },
    },
    async (request, reply) => {
      const l = await service.teamLoonsom(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
        request.query.jaar,
      );
      const personen = new Set((l.medewerkers ?? []).map((m) => m.medewerker.id)).size;
      if (request.query.formaat !== 'json') {
        // Individual salary costs only where the JSON has them (P&O, directie).
        auditExport(request, personen);
        return stuurExport(reply, request.query.formaat, teamLoonsomTabel(l));
      }
      auditAantalPersonen(request, personen);
      return l;
    },
  );

  app.get(
    '/medewerkers/:medewerkerId/loonkosten',
    {
      schema: {
        tags,
        operationId: 'getMedewerkerLoonkosten',
        summary: 'Wat één medewerker de werkgever kost, per maand, voor vier jaar (P&O, directie, zelf)',
        params: z.object({ medewerkerId: idParam }),
        querystring: loonsomQuery,
        response: { 200: medewerkerLoonkostenSchema },
      },
    },
    async (request) =>
      service.medewerkerLoonkosten(
        request.db,
        request.gebruiker!,
        assertId(request.params.medewerkerId, 'Medewerker'),
        request.query.jaar,
      ),
  );
}
