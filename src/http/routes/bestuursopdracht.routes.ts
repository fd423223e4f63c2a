import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BESLUIT_UITKOMSTEN, BESTUURSOPDRACHT_STATUSSEN, PC_MOMENTEN } from '../../domain/bestuursopdracht';
import { collegevoorstelDocx } from '../../reports/collegevoorstel';
import * as service from '../../services/bestuursopdracht.service';
import * as capaciteit from '../../services/capaciteitsvraag.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId, idParam, idVeld } from '../ids';
import { datum, optioneleTekst, tekst } from '../schemas';
import {
  assertMagStap,
  capaciteitsvraagInvoer,
  capaciteitsvraagSchema,
  optioneleIfMatch,
  overgangSchema,
  stapInvoer,
} from './dossier-schemas';

const tags = ['Bestuursopdrachten'];
const status = z.enum(BESTUURSOPDRACHT_STATUSSEN);
const uitkomst = z.enum(BESLUIT_UITKOMSTEN, { error: `Kies een van: ${BESLUIT_UITKOMSTEN.join(', ')}.` });
const korteTekst = optioneleTekst(8000);

const verkenning = z.strictObject({
  doel: korteTekst.transform((x) => x ?? null),
  wens: korteTekst.transform((x) => x ?? null),
  probleemEnOorzaak: korteTekst.transform((x) => x ?? null),
  beeldVanSucces: korteTekst.transform((x) => x ?? null),
  gewensteAanpak: korteTekst.transform((x) => x ?? null),
  collegeleden: z.array(tekst(200)).max(12).default([]),
});
const secties = {
  verkenning: verkenning.optional(),
  doelstellingen: z
    .array(
      z.strictObject({
        omschrijving: tekst(2000),
        indicator: optioneleTekst(500).transform((x) => x ?? null),
      }),
    )
    .max(50)
    .optional(),
  mijlpalen: z
    .array(z.strictObject({ titel: tekst(300), datum }))
    .max(100)
    .optional(),
  budget: z
    .array(
      z.strictObject({
        begrotingsprogrammaId: idVeld,
        bedrag: z
          .number({ error: 'Geef het bedrag in euro als getal.' })
          .min(0, { error: 'Een bedrag kan niet negatief zijn.' })
          .max(1_000_000_000),
        toelichting: optioneleTekst(2000).transform((x) => x ?? null),
      }),
    )
    .max(50)
    .optional(),
  rollen: z
    .strictObject({
      bestuurlijkOpdrachtgever: optioneleTekst(200).transform((x) => x ?? null),
      ambtelijkOpdrachtgever: optioneleTekst(200).transform((x) => x ?? null),
      opdrachtnemer: optioneleTekst(200).transform((x) => x ?? null),
      teams: z
        .array(z.strictObject({ teamId: idVeld, rol: tekst(500) }))
        .max(50)
        .default([]),
    })
    .optional(),
  verantwoording: z
    .array(
      z.strictObject({
        moment: z.enum(PC_MOMENTEN, { error: `Kies een van: ${PC_MOMENTEN.join(', ')}.` }),
        omschrijving: tekst(2000),
      }),
    )
    .max(50)
    .optional(),
  besluitvormingsproces: korteTekst,
};
const koppelingen = { ambitieId: idVeld.nullable().optional(), programmaId: idVeld.nullable().optional() };

const probleem = z.object({ veld: z.string(), code: z.string(), melding: z.string() });
const besluitSchema = z
  .object({
    id: z.string(),
    versie: z.number().int(),
    uitkomst,
    besluitnummer: z.string(),
    datum: z.string(),
    voorwaarden: z.string().nullable(),
  })
  .meta({ id: 'Besluit' });
const versieSamenvatting = z.object({
  nummer: z.number().int(),
  sha256: z.string(),
  ingediendOp: z.string(),
  besluit: besluitSchema.nullable(),
});
const kort = {
  id: z.string(),
  titel: z.string(),
  status,
  volgendeStatussen: z.array(status),
  bewerkbaar: z.boolean().describe('Alleen een concept of verkende opdracht kan worden gewijzigd'),
  ambitie: z.object({ id: z.string(), titel: z.string() }).nullable(),
  programma: z.object({ id: z.string(), naam: z.string() }).nullable(),
  bestuurlijkOpdrachtgever: z.string().nullable(),
  ambtelijkOpdrachtgever: z.string().nullable(),
  mijlpalen: z.array(z.object({ titel: z.string(), datum: z.string() })),
  ingediendeVersie: z.number().int().nullable().describe('Nummer van de laatst ingediende versie'),
  versie: z.number().int(),
};
const lijstItem = z.object(kort).meta({ id: 'BestuursopdrachtSamenvatting' });
const bestuursopdrachtSchema = z
  .object({
    ...kort,
    verkenning: z.object({
      doel: z.string().nullable(),
      wens: z.string().nullable(),
      probleemEnOorzaak: z.string().nullable(),
      beeldVanSucces: z.string().nullable(),
      gewensteAanpak: z.string().nullable(),
      collegeleden: z.array(z.string()),
    }),
    doelstellingen: z.array(z.object({ omschrijving: z.string(), indicator: z.string().nullable() })),
    budget: z.array(
      z.object({ begrotingsprogrammaId: z.string(), bedrag: z.number(), toelichting: z.string().nullable() }),
    ),
    rollen: z.object({
      bestuurlijkOpdrachtgever: z.string().nullable(),
      ambtelijkOpdrachtgever: z.string().nullable(),
      opdrachtnemer: z.string().nullable(),
      teams: z.array(z.object({ teamId: z.string(), rol: z.string() })),
    }),
    verantwoording: z.array(z.object({ moment: z.enum(PC_MOMENTEN), omschrijving: z.string() })),
    besluitvormingsproces: z.string().nullable(),
    capaciteitsvragen: z.array(capaciteitsvraagSchema),
    ontbreektVoorIndiening: z
      .array(probleem)
      .describe('Wat nog ontbreekt voordat de opdracht naar het college kan'),
    versies: z.array(versieSamenvatting),
    besluiten: z.array(besluitSchema),
    overgangen: z.array(overgangSchema),
  })
  .meta({ id: 'Bestuursopdracht' });

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
          'Bestuursopdrachten, nieuwste eerst; ?status=ter-besluitvorming geeft wat op het college wacht',
        querystring: z.strictObject({ status: status.optional() }),
        response: { 200: z.object({ resultaten: z.array(lijstItem) }) },
      },
    },
    async (request) => ({
      resultaten: await service.listBestuursopdrachten(request.db, request.query.status),
    }),
  );

  app.post(
    '/bestuursopdrachten',
    {
      schema: {
        tags,
        operationId: 'createBestuursopdracht',
        summary: 'Bestuursopdracht beginnen (als concept)',
        body: z.strictObject({ titel: tekst(300), ...koppelingen, ...secties }),
        response: { 201: bestuursopdrachtSchema },
      },
    },
    async (request, reply) => {
      const b = await service.createBestuursopdracht(request.db, request.body, request.gebruiker!.accountId);
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
      const b = await service.getBestuursopdracht(request.db, opdrachtId(request.params.bestuursopdrachtId));
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
        body: z.strictObject({ titel: tekst(300).optional(), ...koppelingen, ...secties }),
        response: { 200: bestuursopdrachtSchema },
      },
    },
    async (request, reply) => {
      const b = await service.updateBestuursopdracht(
        request.db,
        opdrachtId(request.params.bestuursopdrachtId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, b.versie);
      return b;
    },
  );

  app.post(
    '/bestuursopdrachten/:bestuursopdrachtId/overgangen',
    {
      schema: {
        tags,
        operationId: 'stapBestuursopdracht',
        summary:
          "Een stap zetten; naar 'ter-besluitvorming' bevriest een onveranderlijke versie (400 met alles wat ontbreekt; 409 met de toegestane stappen)",
        params,
        body: stapInvoer(BESTUURSOPDRACHT_STATUSSEN),
        response: { 201: bestuursopdrachtSchema },
      },
    },
    async (request, reply) => {
      assertMagStap(request.gebruiker!.rollen, 'bestuursopdracht', request.body.naar);
      const b = await service.zetBestuursopdrachtStap(
        request.db,
        opdrachtId(request.params.bestuursopdrachtId),
        request.body.naar,
        request.body.toelichting,
        request.gebruiker!.accountId,
        optioneleIfMatch(request),
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
        response: { 200: z.object({ resultaten: z.array(capaciteitsvraagSchema) }) },
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
        body: capaciteitsvraagInvoer,
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
        response: { 200: z.object({ resultaten: z.array(versieSamenvatting) }) },
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
        response: {
          200: z
            .object({
              nummer: z.number().int(),
              sha256: z.string(),
              ingediendOp: z.string(),
              tekst: z.string().describe('De versie als canonieke JSON, byte voor byte zoals ingediend'),
              inhoud: z.record(z.string(), z.unknown()),
              besluit: besluitSchema.nullable(),
            })
            .meta({ id: 'BestuursopdrachtVersie' }),
        },
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
        querystring: z.strictObject({
          met: z
            .union([z.literal('concept'), z.coerce.number().int().min(1).max(100_000)], {
              error: "Geef een versienummer of 'concept'.",
            })
            .default('concept'),
        }),
        response: {
          200: z.object({
            van: z.number().int(),
            naar: z.union([z.number().int(), z.literal('concept')]),
            verschillen: z.array(
              z.object({
                veld: z.string(),
                oud: z.union([z.string(), z.number(), z.boolean()]).nullable(),
                nieuw: z.union([z.string(), z.number(), z.boolean()]).nullable(),
              }),
            ),
          }),
        },
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
        response: { 200: z.object({ resultaten: z.array(besluitSchema) }) },
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
        body: z.strictObject({
          versie: z.number({ error: 'Noem het nummer van de versie waarover besloten is.' }).int().min(1),
          uitkomst,
          besluitnummer: tekst(100),
          datum,
          voorwaarden: optioneleTekst(8000),
        }),
        response: { 201: bestuursopdrachtSchema },
      },
    },
    async (request, reply) => {
      const b = await service.neemBesluit(
        request.db,
        opdrachtId(request.params.bestuursopdrachtId),
        request.body,
        request.gebruiker!.accountId,
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
        querystring: z.strictObject({ versie: z.coerce.number().int().min(1).max(100_000).optional() }),
        response: { 200: z.any().describe('DOCX') },
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
