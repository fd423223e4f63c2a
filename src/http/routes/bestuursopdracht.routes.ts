import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  besluitenVanOpdrachtSchema,
  bestuursopdrachtenQuery,
  bestuursopdrachtenSchema,
  bestuursopdrachtSchema,
  bestuursopdrachtStapSchema,
  bestuursopdrachtVersieSchema,
  bestuursopdrachtWijzigingSchema,
  collegevoorstelQuery,
  collegevoorstelSchema,
  nieuwBesluitSchema,
  nieuweBestuursopdrachtSchema,
  verschillenQuery,
  verschillenSchema,
  versiesSchema,
} from '../../contract/bestuursopdracht';
import {
  capaciteitsvraagSchema,
  capaciteitsvragenSchema,
  nieuweCapaciteitsvraagSchema,
} from '../../contract/capaciteitsvraag';
import { formaatQuery, idParam } from '../../contract/velden';
import { collegevoorstelDocx } from '../../reports/collegevoorstel';
import { bestuursopdrachtTabel } from '../../reports/lijst-tabellen';
import * as service from '../../services/bestuursopdracht.service';
import * as capaciteit from '../../services/capaciteitsvraag.service';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Bestuursopdrachten'];

export async function bestuursopdrachtRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const opdrachtId = (x: string) => assertId(x, 'Bestuursopdracht');
  const params = z.object({ bestuursopdrachtId: idParam });
  const versieParams = z.object({
    bestuursopdrachtId: idParam,
    versieNummer: z.coerce.number({ error: 'Geef het versienummer.' }).int().min(1).max(100_000),
  });

  app.get(
    '/bestuursopdrachten',
    {
      schema: {
        tags,
        operationId: 'listBestuursopdrachten',
        summary:
          'Bestuursopdrachten, nieuwste eerst; ?status=ter-besluitvorming geeft wat op het college wacht; ?formaat=csv of xlsx geeft ze als bestand',
        querystring: bestuursopdrachtenQuery.extend({ formaat: formaatQuery }),
        response: { 200: bestuursopdrachtenSchema },
      },
    },
    async (request, reply) => {
      const { status, formaat } = request.query;
      const resultaten = (await service.listBestuursopdrachten(request.db, status)).map((b) =>
        service.metMag(request.gebruiker!, b),
      );
      if (formaat === 'json') return { resultaten };
      // The opdrachtgevers are people, held by name.
      const personen = new Set(
        resultaten.flatMap((b) => [b.bestuurlijkOpdrachtgever, b.ambtelijkOpdrachtgever]).filter(Boolean),
      );
      auditExport(request, personen.size);
      return stuurExport(reply, formaat, bestuursopdrachtTabel(resultaten));
    },
  );

  app.post(
    '/bestuursopdrachten',
    {
      schema: {
        tags,
        operationId: 'createBestuursopdracht',
        summary: 'Bestuursopdracht beginnen (als concept)',
        body: nieuweBestuursopdrachtSchema,
        response: { 201: bestuursopdrachtSchema },
      },
    },
    async (request, reply) => {
      const b = service.metMag(
        request.gebruiker!,
        await service.createBestuursopdracht(request.db, request.body, request.gebruiker!.accountId),
      );
      setEtag(reply, b.versie);
      return reply.code(201).header('Location', `/api/v1/bestuursopdrachten/${b.id}`).send(b);
    },
  );

  app.get(
    '/bestuursopdrachten/:bestuursopdrachtId',
    {
      schema: {
        tags,
        operationId: 'getBestuursopdracht',
        summary: 'Het dossier: de werkversie, de ingediende versies, de besluiten en de stappen',
        params,
        response: { 200: bestuursopdrachtSchema },
      },
    },
    async (request, reply) => {
      const b = service.metMag(
        request.gebruiker!,
        await service.getBestuursopdracht(request.db, opdrachtId(request.params.bestuursopdrachtId)),
      );
      setEtag(reply, b.versie);
      return b;
    },
  );

  app.patch(
    '/bestuursopdrachten/:bestuursopdrachtId',
    {
      schema: {
        tags,
        operationId: 'updateBestuursopdracht',
        summary:
          'De werkversie wijzigen, per onderdeel (met If-Match; 409 zodra ze is ingediend of besloten)',
        params,
        body: bestuursopdrachtWijzigingSchema,
        response: { 200: bestuursopdrachtSchema },
      },
    },
    async (request, reply) => {
      const b = service.metMag(
        request.gebruiker!,
        await service.updateBestuursopdracht(
          request.db,
          opdrachtId(request.params.bestuursopdrachtId),
          requireIfMatch(request),
          request.body,
        ),
      );
      setEtag(reply, b.versie);
      return b;
    },
  );

  app.post(
    '/bestuursopdrachten/:bestuursopdrachtId/overgangen',
    {
      // A step on the dossier's version: If-Match is required (versie.plugin.ts).
      config: { versie: 'vereist' },
      schema: {
        tags,
        operationId: 'stapBestuursopdracht',
        summary:
          "Een stap zetten; naar 'ter-besluitvorming' bevriest een onveranderlijke versie (400 met alles wat ontbreekt; 409 met de toegestane stappen)",
        params,
        body: bestuursopdrachtStapSchema,
        response: { 201: bestuursopdrachtSchema },
      },
    },
    async (request, reply) => {
      const b = service.metMag(
        request.gebruiker!,
        await service.zetBestuursopdrachtStap(
          request.db,
          opdrachtId(request.params.bestuursopdrachtId),
          request.body.naar,
          request.body.toelichting,
          request.gebruiker!,
          requireIfMatch(request),
        ),
      );
      setEtag(reply, b.versie);
      return reply.code(201).send(b);
    },
  );

  app.get(
    '/bestuursopdrachten/:bestuursopdrachtId/capaciteitsvragen',
    {
      schema: {
        tags,
        operationId: 'listBestuursopdrachtCapaciteitsvragen',
        summary: 'De gevraagde capaciteit (mensen) van een bestuursopdracht',
        params,
        response: { 200: capaciteitsvragenSchema },
      },
    },
    async (request) => {
      const id = opdrachtId(request.params.bestuursopdrachtId);
      await service.getBestuursopdracht(request.db, id);
      return {
        resultaten: await capaciteit.listCapaciteitsvragen(request.db, { soort: 'bestuursopdracht', id }),
      };
    },
  );

  app.post(
    '/bestuursopdrachten/:bestuursopdrachtId/capaciteitsvragen',
    {
      schema: {
        tags,
        operationId: 'addBestuursopdrachtCapaciteitsvraag',
        summary: 'Capaciteitsvraag toevoegen (alleen zolang de opdracht bewerkbaar is)',
        params,
        body: nieuweCapaciteitsvraagSchema,
        response: { 201: capaciteitsvraagSchema },
      },
    },
    async (request, reply) => {
      const c = await capaciteit.addCapaciteitsvraag(
        request.db,
        { soort: 'bestuursopdracht', id: opdrachtId(request.params.bestuursopdrachtId) },
        request.body,
      );
      setEtag(reply, c.versie);
      return reply.code(201).header('Location', `/api/v1/capaciteitsvragen/${c.id}`).send(c);
    },
  );

  app.get(
    '/bestuursopdrachten/:bestuursopdrachtId/versies',
    {
      schema: {
        tags,
        operationId: 'listVersies',
        summary: 'De ingediende (bevroren) versies met hun besluit',
        params,
        response: { 200: versiesSchema },
      },
    },
    async (request) => ({
      resultaten: (
        await service.getBestuursopdracht(request.db, opdrachtId(request.params.bestuursopdrachtId))
      ).versies,
    }),
  );

  app.get(
    '/bestuursopdrachten/:bestuursopdrachtId/versies/:versieNummer',
    {
      schema: {
        tags,
        operationId: 'getVersie',
        summary: 'Eén ingediende versie, precies zoals ingediend (tekst en SHA-256)',
        params: versieParams,
        response: { 200: bestuursopdrachtVersieSchema },
      },
    },
    async (request) =>
      service.getVersie(
        request.db,
        opdrachtId(request.params.bestuursopdrachtId),
        request.params.versieNummer,
      ),
  );

  app.get(
    '/bestuursopdrachten/:bestuursopdrachtId/versies/:versieNummer/verschillen',
    {
      schema: {
        tags,
        operationId: 'getVerschillen',
        summary:
          'Wat er veranderde tussen deze versie en een andere (?met=2), of de werkversie (?met=concept)',
        params: versieParams,
        querystring: verschillenQuery,
        response: { 200: verschillenSchema },
      },
    },
    async (request) =>
      service.getVerschillen(
        request.db,
        opdrachtId(request.params.bestuursopdrachtId),
        request.params.versieNummer,
        request.query.met,
      ),
  );

  app.get(
    '/bestuursopdrachten/:bestuursopdrachtId/besluiten',
    {
      schema: {
        tags,
        operationId: 'listBesluitenVanOpdracht',
        summary: 'De besluiten van het college over deze bestuursopdracht',
        params,
        response: { 200: besluitenVanOpdrachtSchema },
      },
    },
    async (request) => ({
      resultaten: (
        await service.getBestuursopdracht(request.db, opdrachtId(request.params.bestuursopdrachtId))
      ).besluiten,
    }),
  );

  app.post(
    '/bestuursopdrachten/:bestuursopdrachtId/besluiten',
    {
      schema: {
        tags,
        operationId: 'neemBesluit',
        summary:
          'Het besluit van het college over de versie die ter besluitvorming ligt (409 voor een andere versie)',
        params,
        body: nieuwBesluitSchema,
        response: { 201: bestuursopdrachtSchema },
      },
    },
    async (request, reply) => {
      const b = service.metMag(
        request.gebruiker!,
        await service.neemBesluit(
          request.db,
          opdrachtId(request.params.bestuursopdrachtId),
          request.body,
          request.gebruiker!.accountId,
        ),
      );
      setEtag(reply, b.versie);
      return reply.code(201).send(b);
    },
  );

  app.get(
    '/bestuursopdrachten/:bestuursopdrachtId/collegevoorstel',
    {
      schema: {
        tags,
        operationId: 'getCollegevoorstel',
        summary:
          'Het collegevoorstel als Word-document (DOCX): de laatst ingediende versie, of ?versie=n; zonder ingediende versie de werkversie',
        params,
        querystring: collegevoorstelQuery,
        response: { 200: collegevoorstelSchema },
      },
    },
    async (request, reply) => {
      const { bestandsnaam, invoer } = await service.collegevoorstel(
        request.db,
        opdrachtId(request.params.bestuursopdrachtId),
        request.query.versie,
      );
      return reply
        .header('Content-Disposition', `attachment; filename="${bestandsnaam}"`)
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .send((await collegevoorstelDocx(invoer)) as never);
    },
  );
}
