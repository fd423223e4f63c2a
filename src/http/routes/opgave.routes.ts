import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BETROKKENHEID,
  EIGENAARSCHAP,
  INVLOED,
  OPGAVE_STATUSSEN,
  OVERHEIDSROLLEN,
} from '../../domain/opgave';
import * as capaciteit from '../../services/capaciteitsvraag.service';
import * as service from '../../services/opgave.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId, idParam, idVeld } from '../ids';
import { datum, optioneleTekst, tekst } from '../schemas';
import {
  assertMagStap,
  capaciteitsvraagInvoer,
  capaciteitsvraagSchema,
  optioneleIfMatch,
  overgangSchema,
  persoonRef,
  stapInvoer,
} from './dossier-schemas';

const tags = ['Opgaven'];
const status = z.enum(OPGAVE_STATUSSEN);
const rol = z.enum(OVERHEIDSROLLEN, { error: `Kies een van: ${OVERHEIDSROLLEN.join(', ')}.` });

const velden = {
  omschrijving: optioneleTekst(8000),
  programmaId: idVeld.nullable().optional(),
  programmaregisseurMedewerkerId: idVeld.nullable().optional(),
  strategie: optioneleTekst(8000),
  aanpak: optioneleTekst(8000),
  evaluatie: optioneleTekst(8000),
  ambitieIds: z.array(idVeld).max(50).optional(),
};

const opgaveKort = {
  id: z.string(),
  titel: z.string(),
  omschrijving: z.string().nullable(),
  status,
  volgendeStatussen: z.array(status).describe('De stappen die vanuit de huidige fase mogelijk zijn'),
  programma: z.object({ id: z.string(), naam: z.string() }).nullable(),
  programmaregisseur: persoonRef.nullable(),
  rolbepaling: z
    .object({
      eigenaarschap: z.enum(EIGENAARSCHAP),
      overheidsrolPrimair: rol,
      overheidsrolSecundair: z.array(rol),
      datum: z.string(),
      besluit: z.string().describe('Kenmerk van het collegebesluit'),
    })
    .nullable(),
  strategie: z.string().nullable(),
  aanpak: z.string().nullable(),
  evaluatie: z.string().nullable(),
  urenGevraagd: z.number().describe('Som van de capaciteitsvragen'),
  versie: z.number().int(),
};
const opgaveLijstItem = z.object(opgaveKort).meta({ id: 'OpgaveSamenvatting' });
const opgaveSchema = z
  .object({
    ...opgaveKort,
    stakeholders: z.array(
      z.object({
        id: z.string(),
        naam: z.string(),
        soort: z.enum(['intern', 'extern']),
        belang: z.string().nullable(),
        invloed: z.enum(INVLOED),
        betrokkenheid: z.enum(BETROKKENHEID),
      }),
    ),
    bevindingen: z.array(z.object({ id: z.string(), datum: z.string(), tekst: z.string() })),
    ambities: z.array(z.object({ id: z.string(), titel: z.string() })),
    capaciteitsvragen: z.array(capaciteitsvraagSchema),
    overgangen: z.array(overgangSchema),
  })
  .meta({ id: 'Opgave' });

export async function opgaveRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const opgaveId = (id: string) => assertId(id, 'Opgave');

  app.get(
    '/opgaven',
    {
      schema: {
        tags,
        operationId: 'listOpgaven',
        summary: 'Opgaven, nieuwste eerst, te filteren op fase en programma',
        querystring: z.strictObject({ status: status.optional(), programmaId: idVeld.optional() }),
        response: { 200: z.object({ resultaten: z.array(opgaveLijstItem) }) },
      },
    },
    async (request) => ({ resultaten: await service.listOpgaven(request.db, request.query) }),
  );

  app.post(
    '/opgaven',
    {
      schema: {
        tags,
        operationId: 'createOpgave',
        summary: 'Opgave signaleren (begint in de fase signalering)',
        body: z.strictObject({ titel: tekst(300), ...velden }),
        response: { 201: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = await service.createOpgave(request.db, request.body, request.gebruiker!.accountId);
      setEtag(reply, o.versie);
      return reply.code(201).header('Location', `/api/v1/opgaven/${o.id}`).send(o);
    },
  );

  app.get(
    '/opgaven/:opgaveId',
    {
      schema: {
        tags,
        operationId: 'getOpgave',
        summary: 'Het dossier van een opgave: verkenning, rolbepaling, aanpak, capaciteitsvraag en stappen',
        params: z.object({ opgaveId: idParam }),
        response: { 200: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = await service.getOpgave(request.db, opgaveId(request.params.opgaveId));
      setEtag(reply, o.versie);
      return o;
    },
  );

  app.patch(
    '/opgaven/:opgaveId',
    {
      schema: {
        tags,
        operationId: 'updateOpgave',
        summary: 'Opgave wijzigen (met If-Match)',
        params: z.object({ opgaveId: idParam }),
        body: z.strictObject({ titel: tekst(300).optional(), ...velden }),
        response: { 200: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = await service.updateOpgave(
        request.db,
        opgaveId(request.params.opgaveId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, o.versie);
      return o;
    },
  );

  app.post(
    '/opgaven/:opgaveId/overgangen',
    {
      schema: {
        tags,
        operationId: 'stapOpgave',
        summary:
          'De opgave naar een volgende fase brengen (409 met de toegestane fasen als de stap niet kan; 400 met wat ontbreekt)',
        params: z.object({ opgaveId: idParam }),
        body: stapInvoer(OPGAVE_STATUSSEN),
        response: { 201: opgaveSchema },
      },
    },
    async (request, reply) => {
      assertMagStap(request.gebruiker!.rollen, 'opgave', request.body.naar);
      const o = await service.zetOpgaveStap(
        request.db,
        opgaveId(request.params.opgaveId),
        request.body.naar,
        request.body.toelichting,
        request.gebruiker!.accountId,
        optioneleIfMatch(request),
      );
      setEtag(reply, o.versie);
      return reply.code(201).send(o);
    },
  );

  app.post(
    '/opgaven/:opgaveId/stakeholders',
    {
      schema: {
        tags,
        operationId: 'addStakeholder',
        summary: 'Stakeholder van de verkenning vastleggen',
        params: z.object({ opgaveId: idParam }),
        body: z.strictObject({
          naam: tekst(200),
          soort: z.enum(['intern', 'extern'], { error: 'Kies intern of extern.' }),
          belang: optioneleTekst(2000),
          invloed: z.enum(INVLOED, { error: 'Kies laag, midden of hoog.' }),
          betrokkenheid: z.enum(BETROKKENHEID, { error: `Kies een van: ${BETROKKENHEID.join(', ')}.` }),
        }),
        response: { 201: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = await service.addStakeholder(request.db, opgaveId(request.params.opgaveId), request.body);
      setEtag(reply, o.versie);
      return reply.code(201).send(o);
    },
  );

  app.delete(
    '/opgaven/:opgaveId/stakeholders/:stakeholderId',
    {
      schema: {
        tags,
        operationId: 'removeStakeholder',
        summary: 'Stakeholder verwijderen',
        params: z.object({ opgaveId: idParam, stakeholderId: idParam }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.removeStakeholder(
        request.db,
        opgaveId(request.params.opgaveId),
        assertId(request.params.stakeholderId, 'Stakeholder'),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/opgaven/:opgaveId/bevindingen',
    {
      schema: {
        tags,
        operationId: 'addBevinding',
        summary: 'Bevinding van de verkenning vastleggen',
        params: z.object({ opgaveId: idParam }),
        body: z.strictObject({ datum: datum.optional(), tekst: tekst(8000) }),
        response: { 201: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = await service.addBevinding(
        request.db,
        opgaveId(request.params.opgaveId),
        request.body,
        request.gebruiker!.accountId,
      );
      setEtag(reply, o.versie);
      return reply.code(201).send(o);
    },
  );

  const bevindingParams = z.object({ opgaveId: idParam, bevindingId: idParam });

  app.patch(
    '/opgaven/:opgaveId/bevindingen/:bevindingId',
    {
      schema: {
        tags,
        operationId: 'updateBevinding',
        summary:
          'Een bevinding corrigeren: datum, tekst of beide (met If-Match van de opgave; zolang de opgave niet is afgerond)',
        params: bevindingParams,
        body: z.strictObject({ datum: datum.optional(), tekst: tekst(8000).optional() }),
        response: { 200: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = await service.updateBevinding(
        request.db,
        opgaveId(request.params.opgaveId),
        assertId(request.params.bevindingId, 'Bevinding'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, o.versie);
      return o;
    },
  );

  app.delete(
    '/opgaven/:opgaveId/bevindingen/:bevindingId',
    {
      schema: {
        tags,
        operationId: 'removeBevinding',
        summary: 'Een bevinding verwijderen (zolang de opgave niet is afgerond)',
        params: bevindingParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.removeBevinding(
        request.db,
        opgaveId(request.params.opgaveId),
        assertId(request.params.bevindingId, 'Bevinding'),
      );
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/opgaven/:opgaveId/rolbepaling',
    {
      schema: {
        tags,
        operationId: 'zetRolbepaling',
        summary:
          'De rolbepaling zoals het college die besloot: mate van eigenaarschap, overheidsrol(len), datum en besluit (met If-Match)',
        params: z.object({ opgaveId: idParam }),
        body: z.strictObject({
          eigenaarschap: z.enum(EIGENAARSCHAP, { error: 'Kies laag, midden of hoog.' }),
          overheidsrolPrimair: rol,
          overheidsrolSecundair: z.array(rol).max(3).default([]),
          datum,
          besluit: tekst(200).describe('Kenmerk van het collegebesluit'),
        }),
        response: { 200: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = await service.zetRolbepaling(
        request.db,
        opgaveId(request.params.opgaveId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, o.versie);
      return o;
    },
  );

  app.get(
    '/opgaven/:opgaveId/capaciteitsvragen',
    {
      schema: {
        tags,
        operationId: 'listOpgaveCapaciteitsvragen',
        summary: 'De capaciteitsvraag van een opgave: uren per kwartaal per expertise en minimumniveau',
        params: z.object({ opgaveId: idParam }),
        response: { 200: z.object({ resultaten: z.array(capaciteitsvraagSchema) }) },
      },
    },
    async (request) => {
      const id = opgaveId(request.params.opgaveId);
      await service.getOpgave(request.db, id);
      return { resultaten: await capaciteit.listCapaciteitsvragen(request.db, { soort: 'opgave', id }) };
    },
  );

  app.post(
    '/opgaven/:opgaveId/capaciteitsvragen',
    {
      schema: {
        tags,
        operationId: 'addOpgaveCapaciteitsvraag',
        summary: 'Capaciteitsvraag toevoegen',
        params: z.object({ opgaveId: idParam }),
        body: capaciteitsvraagInvoer,
        response: { 201: capaciteitsvraagSchema },
      },
    },
    async (request, reply) => {
      const c = await capaciteit.addCapaciteitsvraag(
        request.db,
        { soort: 'opgave', id: opgaveId(request.params.opgaveId) },
        request.body,
      );
      setEtag(reply, c.versie);
      return reply.code(201).header('Location', `/api/v1/capaciteitsvragen/${c.id}`).send(c);
    },
  );
}
