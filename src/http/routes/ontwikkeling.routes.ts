import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  budgetOverzichtQuery,
  jaarQuery,
  nieuweOntwikkelactiviteitSchema,
  nieuwMedewerkerplanSchema,
  nieuwOntwikkelbudgetSchema,
  nieuwOntwikkeldoelSchema,
  nieuwOntwikkelthemaSchema,
  nieuwTeamplanSchema,
  type OntwikkelbudgetOverzicht,
  ontwikkelactiviteitSchema,
  ontwikkelactiviteitWijzigingSchema,
  ontwikkelbudgetOverzichtSchema,
  ontwikkelbudgetSchema,
  ontwikkelbudgetWijzigingSchema,
  ontwikkeldoelSchema,
  ontwikkeldoelWijzigingSchema,
  ontwikkelplannenSchema,
  ontwikkelplanSchema,
  ontwikkelthemaSchema,
  ontwikkelthemasSchema,
  ontwikkelthemaWijzigingSchema,
} from '../../contract/ontwikkeling';
import { formaatQuery, idParam } from '../../contract/velden';
import { ontwikkelplannenTabel } from '../../reports/lijst-exports';
import type { Tabel } from '../../reports/tabel-export';
import * as service from '../../services/ontwikkeling.service';
import { auditAantalPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Ontwikkeling'];

type BudgetRij = { team: string } & Pick<
  OntwikkelbudgetOverzicht['teams'][number],
  'budget' | 'toegezegd' | 'besteed' | 'ruimte'
>;

/** The overview as a file: one row per team, the organisation's own line and the total. */
function budgetTabel(o: OntwikkelbudgetOverzicht): Tabel<BudgetRij> {
  const euro = '#,##0.00';
  return {
    titel: `Ontwikkelbudget ${o.jaar}`,
    kolommen: [
      { kop: 'Team', waarde: (r) => r.team, breedte: 32 },
      { kop: 'Budget (euro)', waarde: (r) => r.budget, formaat: euro, breedte: 16 },
      { kop: 'Toegezegd (euro)', waarde: (r) => r.toegezegd, formaat: euro, breedte: 16 },
      { kop: 'Besteed (euro)', waarde: (r) => r.besteed, formaat: euro, breedte: 16 },
      { kop: 'Ruimte (euro)', waarde: (r) => r.ruimte, formaat: euro, breedte: 16 },
    ],
    rijen: [
      ...o.teams.map((t) => ({ team: t.teamNaam, ...t })),
      ...(o.organisatieNiveau ? [{ team: 'Organisatie (eigen budget)', ...o.organisatieNiveau }] : []),
      ...(o.totaal ? [{ team: 'Totaal organisatie', ...o.totaal }] : []),
    ],
  };
}

/** Development plans, goals, activities, themes and the ontwikkelbudget (issue 14). */
export async function ontwikkelingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const id = (waarde: string, soort: string) => assertId(waarde, soort);

  app.get(
    '/ontwikkelthemas',
    {
      schema: {
        tags,
        operationId: 'getOntwikkelthemas',
        summary: 'De ontwikkelthema’s van de organisatie',
        response: { 200: ontwikkelthemasSchema },
      },
    },
    async (request) => service.lijstThemas(request.db, request.gebruiker!),
  );

  app.post(
    '/ontwikkelthemas',
    {
      schema: {
        tags,
        operationId: 'createOntwikkelthema',
        summary: 'Een ontwikkelthema vastleggen (P&O, directie)',
        body: nieuwOntwikkelthemaSchema,
        response: { 201: ontwikkelthemaSchema },
      },
    },
    async (request, reply) => {
      const t = await service.maakThema(request.db, request.gebruiker!, request.body);
      request.auditObject = { type: 'ontwikkelthema', id: t.id };
      return reply.code(201).send(t);
    },
  );

  app.patch(
    '/ontwikkelthemas/:themaId',
    {
      schema: {
        tags,
        operationId: 'updateOntwikkelthema',
        summary:
          'Een ontwikkelthema hernoemen, beschrijven of uit- en aanzetten (P&O, directie; met If-Match). Uitgezet blijft het bij bestaande doelen staan, maar is het niet te kiezen voor een nieuw doel.',
        params: z.object({ themaId: idParam }),
        body: ontwikkelthemaWijzigingSchema,
        response: { 200: ontwikkelthemaSchema },
      },
    },
    async (request, reply) => {
      const t = await service.wijzigThema(
        request.db,
        request.gebruiker!,
        id(request.params.themaId, 'Ontwikkelthema'),
        requireIfMatch(request),
        request.body,
      );
      request.auditObject = { type: 'ontwikkelthema', id: t.id };
      setEtag(reply, t.versie);
      return t;
    },
  );

  app.get(
    '/medewerkers/:medewerkerId/ontwikkelplannen',
    {
      schema: {
        tags,
        operationId: 'getMedewerkerOntwikkelplannen',
        summary:
          'Het ontwikkelplan (en leiderschapsplan) van een medewerker in een jaar; ?formaat=csv of xlsx geeft de doelen als bestand',
        params: z.object({ medewerkerId: idParam }),
        querystring: jaarQuery.extend({ formaat: formaatQuery }),
        response: { 200: ontwikkelplannenSchema },
      },
    },
    async (request, reply) => {
      const p = await service.medewerkerPlannen(
        request.db,
        request.gebruiker!,
        id(request.params.medewerkerId, 'Medewerker'),
        request.query.jaar,
      );
      if (request.query.formaat === 'json') return p;
      auditExport(request, new Set(p.resultaten.map((r) => r.medewerkerId).filter(Boolean)).size);
      return stuurExport(reply, request.query.formaat, ontwikkelplannenTabel(p));
    },
  );

  app.post(
    '/medewerkers/:medewerkerId/ontwikkelplannen',
    {
      schema: {
        tags,
        operationId: 'createMedewerkerOntwikkelplan',
        summary: 'Een ontwikkelplan of leiderschapsplan voor een medewerker en jaar aanmaken',
        params: z.object({ medewerkerId: idParam }),
        body: nieuwMedewerkerplanSchema,
        response: { 201: ontwikkelplanSchema },
      },
    },
    async (request, reply) => {
      const p = await service.maakMedewerkerplan(
        request.db,
        request.gebruiker!,
        id(request.params.medewerkerId, 'Medewerker'),
        request.body,
      );
      setEtag(reply, p.versie);
      return reply.code(201).header('Location', p._links.self.href).send(p);
    },
  );

  app.get(
    '/teams/:teamId/ontwikkelplannen',
    {
      schema: {
        tags,
        operationId: 'getTeamOntwikkelplannen',
        summary:
          'Het ontwikkelplan van een team en de leiderschapsplannen van zijn leidinggevenden; ?formaat=csv of xlsx geeft de doelen als bestand',
        params: z.object({ teamId: idParam }),
        querystring: jaarQuery.extend({ formaat: formaatQuery }),
        response: { 200: ontwikkelplannenSchema },
      },
    },
    async (request, reply) => {
      const p = await service.teamPlannen(
        request.db,
        request.gebruiker!,
        id(request.params.teamId, 'Team'),
        request.query.jaar,
      );
      const personen = new Set(p.resultaten.map((r) => r.medewerkerId).filter(Boolean)).size;
      if (request.query.formaat !== 'json') {
        auditExport(request, personen);
        return stuurExport(reply, request.query.formaat, ontwikkelplannenTabel(p));
      }
      auditAantalPersonen(request, personen);
      return p;
    },
  );

  app.post(
    '/teams/:teamId/ontwikkelplannen',
    {
      schema: {
        tags,
        operationId: 'createTeamOntwikkelplan',
        summary: 'Een ontwikkelplan voor een team en jaar aanmaken',
        params: z.object({ teamId: idParam }),
        body: nieuwTeamplanSchema,
        response: { 201: ontwikkelplanSchema },
      },
    },
    async (request, reply) => {
      const p = await service.maakTeamplan(
        request.db,
        request.gebruiker!,
        id(request.params.teamId, 'Team'),
        request.body,
      );
      setEtag(reply, p.versie);
      return reply.code(201).header('Location', p._links.self.href).send(p);
    },
  );

  app.get(
    '/ontwikkelplannen/:ontwikkelplanId',
    {
      schema: {
        tags,
        operationId: 'getOntwikkelplan',
        summary: 'Eén ontwikkelplan met doelen en activiteiten',
        params: z.object({ ontwikkelplanId: idParam }),
        response: { 200: ontwikkelplanSchema },
      },
    },
    async (request, reply) => {
      const p = await service.getPlan(
        request.db,
        request.gebruiker!,
        id(request.params.ontwikkelplanId, 'Ontwikkelplan'),
      );
      setEtag(reply, p.versie);
      return p;
    },
  );

  app.post(
    '/ontwikkelplannen/:ontwikkelplanId/doelen',
    {
      schema: {
        tags,
        operationId: 'createOntwikkeldoel',
        summary: 'Een doel aan een ontwikkelplan toevoegen',
        params: z.object({ ontwikkelplanId: idParam }),
        body: nieuwOntwikkeldoelSchema,
        response: { 201: ontwikkeldoelSchema },
      },
    },
    async (request, reply) => {
      const d = await service.maakDoel(
        request.db,
        request.gebruiker!,
        id(request.params.ontwikkelplanId, 'Ontwikkelplan'),
        request.body,
      );
      setEtag(reply, d.versie);
      return reply.code(201).header('Location', d._links.self.href).send(d);
    },
  );

  app.patch(
    '/ontwikkeldoelen/:ontwikkeldoelId',
    {
      schema: {
        tags,
        operationId: 'updateOntwikkeldoel',
        summary: 'Een doel wijzigen (met If-Match)',
        params: z.object({ ontwikkeldoelId: idParam }),
        body: ontwikkeldoelWijzigingSchema,
        response: { 200: ontwikkeldoelSchema },
      },
    },
    async (request, reply) => {
      const d = await service.wijzigDoel(
        request.db,
        request.gebruiker!,
        id(request.params.ontwikkeldoelId, 'Ontwikkeldoel'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, d.versie);
      return d;
    },
  );

  app.delete(
    '/ontwikkeldoelen/:ontwikkeldoelId',
    {
      schema: {
        tags,
        operationId: 'deleteOntwikkeldoel',
        summary: 'Een doel verwijderen (met If-Match); zijn activiteiten blijven, zonder doel',
        params: z.object({ ontwikkeldoelId: idParam }),
        response: { 204: z.null().describe('Verwijderd') },
      },
    },
    async (request, reply) => {
      await service.verwijderDoel(
        request.db,
        request.gebruiker!,
        id(request.params.ontwikkeldoelId, 'Ontwikkeldoel'),
        requireIfMatch(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/ontwikkelplannen/:ontwikkelplanId/activiteiten',
    {
      schema: {
        tags,
        operationId: 'createOntwikkelactiviteit',
        summary: 'Een activiteit (training, cursus, coaching …) aan een ontwikkelplan toevoegen',
        params: z.object({ ontwikkelplanId: idParam }),
        body: nieuweOntwikkelactiviteitSchema,
        response: { 201: ontwikkelactiviteitSchema },
      },
    },
    async (request, reply) => {
      const a = await service.maakActiviteit(
        request.db,
        request.gebruiker!,
        id(request.params.ontwikkelplanId, 'Ontwikkelplan'),
        request.body,
      );
      setEtag(reply, a.versie);
      return reply.code(201).header('Location', a._links.self.href).send(a);
    },
  );

  app.patch(
    '/ontwikkelactiviteiten/:ontwikkelactiviteitId',
    {
      schema: {
        tags,
        operationId: 'updateOntwikkelactiviteit',
        summary: 'Een activiteit wijzigen, ook haar status (met If-Match)',
        params: z.object({ ontwikkelactiviteitId: idParam }),
        body: ontwikkelactiviteitWijzigingSchema,
        response: { 200: ontwikkelactiviteitSchema },
      },
    },
    async (request, reply) => {
      const a = await service.wijzigActiviteit(
        request.db,
        request.gebruiker!,
        id(request.params.ontwikkelactiviteitId, 'Ontwikkelactiviteit'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, a.versie);
      return a;
    },
  );

  app.delete(
    '/ontwikkelactiviteiten/:ontwikkelactiviteitId',
    {
      schema: {
        tags,
        operationId: 'deleteOntwikkelactiviteit',
        summary: 'Een activiteit verwijderen (met If-Match)',
        params: z.object({ ontwikkelactiviteitId: idParam }),
        response: { 204: z.null().describe('Verwijderd') },
      },
    },
    async (request, reply) => {
      await service.verwijderActiviteit(
        request.db,
        request.gebruiker!,
        id(request.params.ontwikkelactiviteitId, 'Ontwikkelactiviteit'),
        requireIfMatch(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/organisatie/ontwikkelbudget',
    {
      schema: {
        tags,
        operationId: 'getOntwikkelbudgetOverzicht',
        summary:
          'Het ontwikkelbudget van een jaar tegen toegezegd en besteed, per team en voor de organisatie, met de kadernota-aanvraag; ?formaat=csv of xlsx als bestand',
        querystring: budgetOverzichtQuery,
        response: { 200: ontwikkelbudgetOverzichtSchema },
      },
    },
    async (request, reply) => {
      const o = await service.budgetOverzicht(request.db, request.gebruiker!, request.query.jaar);
      if (request.query.formaat === 'json') return o;
      // Totals per team and for the organisation: nobody is named.
      auditExport(request, 0);
      return stuurExport(reply, request.query.formaat, budgetTabel(o));
    },
  );

  app.post(
    '/ontwikkelbudgetten',
    {
      schema: {
        tags,
        operationId: 'createOntwikkelbudget',
        summary:
          'Het ontwikkelbudget van een team (of met teamId leeg: de organisatie) voor een jaar vastleggen',
        body: nieuwOntwikkelbudgetSchema,
        response: { 201: ontwikkelbudgetSchema },
      },
    },
    async (request, reply) => {
      const b = await service.maakBudget(request.db, request.gebruiker!, request.body);
      setEtag(reply, b.versie);
      return reply.code(201).header('Location', b._links.self.href).send(b);
    },
  );

  app.patch(
    '/ontwikkelbudgetten/:ontwikkelbudgetId',
    {
      schema: {
        tags,
        operationId: 'updateOntwikkelbudget',
        summary: 'Een ontwikkelbudget wijzigen (met If-Match)',
        params: z.object({ ontwikkelbudgetId: idParam }),
        body: ontwikkelbudgetWijzigingSchema,
        response: { 200: ontwikkelbudgetSchema },
      },
    },
    async (request, reply) => {
      const b = await service.wijzigBudget(
        request.db,
        request.gebruiker!,
        id(request.params.ontwikkelbudgetId, 'Ontwikkelbudget'),
        requireIfMatch(request),
        request.body.bedrag,
      );
      setEtag(reply, b.versie);
      return b;
    },
  );
}
