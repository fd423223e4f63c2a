import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  mijnPulsRondesSchema,
  nieuwePulsRondeSchema,
  pulsAntwoordInvoerSchema,
  pulsDeelnameSchema,
  pulsResultatenSchema,
  pulsRondeSchema,
  pulsRondeStapSchema,
  pulsRondesSchema,
  pulsRondeWijzigingSchema,
  pulsTrendSchema,
} from '../../contract/puls';
import { formaatQuery, idParam } from '../../contract/velden';
import { pulsRondesTabel, pulsTrendTabel } from '../../reports/lijst-exports-rest';
import * as service from '../../services/puls.service';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Pulsmeting'];
const rondeParams = z.object({ rondeId: idParam });

/**
 * The pulsmeting (issue 14, item 5): P&O's rounds, one anonymous answer per medewerker per round,
 * and results of at least five answers (src/domain/puls-anonimiteit.ts). No route returns an answer.
 */
export async function pulsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const rondeId = (id: string) => assertId(id, 'Pulsmeting');

  app.get(
    '/puls-rondes',
    {
      schema: {
        tags,
        operationId: 'listPulsRondes',
        summary:
          'Pulsmetingen: P&O ziet ook de concepten, wie uitslagen leest de open en gesloten rondes; ?formaat=csv of xlsx geeft ze als bestand',
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: pulsRondesSchema },
      },
    },
    async (request, reply) => {
      const l = await service.listRondes(request.db, request.gebruiker!);
      if (request.query.formaat === 'json') return l;
      auditExport(request, 0);
      return stuurExport(reply, request.query.formaat, pulsRondesTabel(l));
    },
  );

  app.post(
    '/puls-rondes',
    {
      schema: {
        tags,
        operationId: 'createPulsRonde',
        summary: 'Een pulsmeting aanmaken (concept); zonder vragen krijgt ze de vier standaardvragen',
        body: nieuwePulsRondeSchema,
        response: { 201: pulsRondeSchema },
      },
    },
    async (request, reply) => {
      const r = await service.maakRonde(request.db, request.gebruiker!, request.body);
      setEtag(reply, r.versie);
      return reply.code(201).header('Location', `/api/v1/puls-rondes/${r.id}`).send(r);
    },
  );

  app.get(
    '/puls-rondes/:rondeId',
    {
      schema: {
        tags,
        operationId: 'getPulsRonde',
        summary: 'Eén pulsmeting met haar vragen (een concept alleen voor P&O)',
        params: rondeParams,
        response: { 200: pulsRondeSchema },
      },
    },
    async (request, reply) => {
      const r = await service.getRonde(request.db, request.gebruiker!, rondeId(request.params.rondeId));
      setEtag(reply, r.versie);
      return r;
    },
  );

  app.patch(
    '/puls-rondes/:rondeId',
    {
      schema: {
        tags,
        operationId: 'updatePulsRonde',
        summary:
          'Titel, vragen of open vraag wijzigen, zolang de ronde een concept is (met If-Match; 409 daarna)',
        params: rondeParams,
        body: pulsRondeWijzigingSchema,
        response: { 200: pulsRondeSchema },
      },
    },
    async (request, reply) => {
      const r = await service.wijzigRonde(
        request.db,
        request.gebruiker!,
        rondeId(request.params.rondeId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, r.versie);
      return r;
    },
  );

  app.post(
    '/puls-rondes/:rondeId/overgangen',
    {
      // A step on the round's version: If-Match is required (versie.plugin.ts).
      config: { versie: 'vereist' },
      schema: {
        tags,
        operationId: 'stapPulsRonde',
        summary: 'Een pulsmeting openen (vanuit concept) of sluiten (vanuit open); 409 bij een andere stap',
        params: rondeParams,
        body: pulsRondeStapSchema,
        response: { 201: pulsRondeSchema },
      },
    },
    async (request, reply) => {
      const r = await service.zetStap(
        request.db,
        request.gebruiker!,
        rondeId(request.params.rondeId),
        requireIfMatch(request),
        request.body.naar,
      );
      setEtag(reply, r.versie);
      return reply.code(201).send(r);
    },
  );

  app.post(
    '/puls-rondes/:rondeId/antwoorden',
    {
      schema: {
        tags,
        operationId: 'beantwoordPulsRonde',
        summary:
          'De pulsmeting invullen, anoniem: het antwoord wordt zonder persoon of tijdstip bewaard (409 bij een tweede keer of een niet-open ronde)',
        params: rondeParams,
        body: pulsAntwoordInvoerSchema,
        response: { 201: pulsDeelnameSchema },
      },
    },
    async (request, reply) => {
      const id = rondeId(request.params.rondeId);
      // The audit record names the round (its path), never an answer: an answer has no id to name.
      const r = await service.beantwoord(request.db, request.gebruiker!, id, request.body);
      return reply.code(201).send(r);
    },
  );

  app.get(
    '/puls-rondes/:rondeId/resultaten',
    {
      schema: {
        tags,
        operationId: 'getPulsResultaten',
        summary:
          'De uitslag van een gesloten ronde: organisatie en teams, alleen groepen van minstens vijf antwoorden, kleine teams als "overig"; ?formaat=csv of xlsx geeft de gemiddelden per groep en vraag als bestand',
        params: rondeParams,
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: pulsResultatenSchema },
      },
    },
    async (request, reply) => {
      const r = await service.resultaten(request.db, request.gebruiker!, rondeId(request.params.rondeId));
      if (request.query.formaat === 'json') return r;
      // Exactly the groups of the JSON (each of at least five answers, small teams merged) and
      // never the open answers: the file is as anonymous as the page.
      auditExport(request, 0);
      const groepen = [
        ...(r.organisatie ? [{ ...r.organisatie, groep: 'Organisatie' }] : []),
        ...r.teams.map((t) => ({ ...t, groep: t.teamNaam })),
        ...(r.overig ? [{ ...r.overig, groep: `Overig (${r.overig.aantalTeams} teams samen)` }] : []),
      ];
      return stuurExport(reply, request.query.formaat, {
        titel: `Puls ${r.ronde.titel}`,
        kolommen: [
          { kop: 'Groep', waarde: (g) => g.groep, breedte: 32 },
          { kop: 'Antwoorden', waarde: (g) => g.aantal },
          ...r.vragen.map((v) => ({
            kop: v.tekst,
            waarde: (g: (typeof groepen)[number]) =>
              g.scores.find((s) => s.code === v.code)?.gemiddelde ?? null,
            formaat: '0.0',
            breedte: 24,
          })),
        ],
        rijen: groepen,
      });
    },
  );

  app.get(
    '/organisatie/puls-trend',
    {
      schema: {
        tags,
        operationId: 'getPulsTrend',
        summary:
          'De uitslagen van de gesloten rondes naast elkaar, per team (alleen groepen van minstens vijf); ?formaat=csv of xlsx geeft groep × ronde als bestand',
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: pulsTrendSchema },
      },
    },
    async (request, reply) => {
      const t = await service.trend(request.db, request.gebruiker!);
      if (request.query.formaat === 'json') return t;
      // Only the groups of the JSON (each of at least five answers): aggregates, no person.
      auditExport(request, 0);
      return stuurExport(reply, request.query.formaat, pulsTrendTabel(t));
    },
  );

  app.get(
    '/mijn-puls-rondes',
    {
      schema: {
        tags,
        operationId: 'listMijnPulsRondes',
        summary: 'De open pulsmetingen van de ingelogde gebruiker, met of die al zijn ingevuld',
        response: { 200: mijnPulsRondesSchema },
      },
    },
    async (request) => service.mijnRondes(request.db, request.gebruiker!),
  );
}
