import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  nieuweScenarioOpmerkingSchema,
  nieuweScenarioWijzigingSchema,
  nieuwScenarioSchema,
  scenarioAanpassingSchema,
  scenarioLijstSchema,
  scenarioSchema,
  scenarioVergelijkingQuery,
  scenarioVergelijkingSchema,
  vaststellingSchema,
  vergelijkingQuery,
} from '../../contract/scenario';
import { formaatQuery, idParam } from '../../contract/velden';
import { scenariosTabel } from '../../reports/lijst-exports';
import { scenarioVergelijkingTabel } from '../../reports/lijst-exports-rest';
import * as service from '../../services/scenario.service';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ["Scenario's"];

/** Scenario's on the formatie: what-ifs, their comparison, comments and adoption (issue 13, item 5). */
export async function scenarioRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const scenarioId = z.object({ scenarioId: idParam });

  app.get(
    '/scenarios',
    {
      schema: {
        tags,
        operationId: 'listScenarios',
        summary:
          "Scenario's op de formatie (het college ziet de voorgestelde en vastgestelde); ?formaat=csv of xlsx geeft ze als bestand",
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: scenarioLijstSchema },
      },
    },
    async (request, reply) => {
      const l = await service.lijstScenarios(request.db, request.gebruiker!);
      if (request.query.formaat === 'json') return l;
      // Names and counts of scenario's only: the file names nobody.
      auditExport(request, 0);
      return stuurExport(reply, request.query.formaat, scenariosTabel(l));
    },
  );

  app.post(
    '/scenarios',
    {
      schema: {
        tags,
        operationId: 'createScenario',
        summary: 'Een scenario maken: een wat-als op de formatie vanaf een peildatum',
        body: nieuwScenarioSchema,
        response: { 201: scenarioSchema },
      },
    },
    async (request, reply) => {
      const s = await service.createScenario(request.db, request.gebruiker!, request.body);
      setEtag(reply, s.versie);
      return reply.code(201).header('Location', s._links.self.href).send(s);
    },
  );

  app.get(
    '/scenarios/:scenarioId',
    {
      schema: {
        tags,
        operationId: 'getScenario',
        summary: 'Eén scenario met zijn wijzigingen (en wat daar nu mis mee is), opmerkingen en besluit',
        params: scenarioId,
        response: { 200: scenarioSchema },
      },
    },
    async (request, reply) => {
      const s = await service.getScenario(
        request.db,
        request.gebruiker!,
        assertId(request.params.scenarioId, 'Scenario'),
      );
      setEtag(reply, s.versie);
      return s;
    },
  );

  app.patch(
    '/scenarios/:scenarioId',
    {
      schema: {
        tags,
        operationId: 'updateScenario',
        summary: 'Naam, peildatum, toelichting of status van een scenario wijzigen (met If-Match)',
        params: scenarioId,
        body: scenarioAanpassingSchema,
        response: { 200: scenarioSchema },
      },
    },
    async (request, reply) => {
      const s = await service.updateScenario(
        request.db,
        request.gebruiker!,
        assertId(request.params.scenarioId, 'Scenario'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, s.versie);
      return s;
    },
  );

  app.post(
    '/scenarios/:scenarioId/wijzigingen',
    {
      schema: {
        tags,
        operationId: 'createScenarioWijziging',
        summary:
          'Een wijziging aan het scenario toevoegen: plaats toevoegen, beëindigen, verplaatsen, herschalen of een budget wijzigen',
        params: scenarioId,
        body: nieuweScenarioWijzigingSchema,
        response: { 201: scenarioSchema },
      },
    },
    async (request, reply) => {
      const s = await service.addWijziging(
        request.db,
        request.gebruiker!,
        assertId(request.params.scenarioId, 'Scenario'),
        request.body,
      );
      setEtag(reply, s.versie);
      return reply.code(201).header('Location', s._links.self.href).send(s);
    },
  );

  app.delete(
    '/scenarios/:scenarioId/wijzigingen/:wijzigingId',
    {
      schema: {
        tags,
        operationId: 'deleteScenarioWijziging',
        summary: 'Een wijziging uit het scenario halen (met If-Match op het scenario)',
        params: z.object({ scenarioId: idParam, wijzigingId: idParam }),
        response: { 200: scenarioSchema },
      },
    },
    async (request, reply) => {
      const s = await service.deleteWijziging(
        request.db,
        request.gebruiker!,
        assertId(request.params.scenarioId, 'Scenario'),
        requireIfMatch(request),
        assertId(request.params.wijzigingId, 'Wijziging'),
      );
      setEtag(reply, s.versie);
      return s;
    },
  );

  app.post(
    '/scenarios/:scenarioId/opmerkingen',
    {
      schema: {
        tags,
        operationId: 'createScenarioOpmerking',
        summary: 'Een opmerking bij een scenario plaatsen',
        params: scenarioId,
        body: nieuweScenarioOpmerkingSchema,
        response: { 201: scenarioSchema },
      },
    },
    async (request, reply) => {
      const s = await service.addOpmerking(
        request.db,
        request.gebruiker!,
        assertId(request.params.scenarioId, 'Scenario'),
        request.body.tekst,
      );
      setEtag(reply, s.versie);
      return reply.code(201).header('Location', s._links.self.href).send(s);
    },
  );

  app.get(
    '/scenarios/:scenarioId/vergelijking',
    {
      schema: {
        tags,
        operationId: 'getScenarioVergelijking',
        summary: 'Het scenario naast de huidige formatie: fte, vacatures en de loonsom over vier jaar',
        params: scenarioId,
        querystring: vergelijkingQuery,
        response: { 200: scenarioVergelijkingSchema },
      },
    },
    async (request) =>
      service.vergelijkMetHuidig(
        request.db,
        request.gebruiker!,
        assertId(request.params.scenarioId, 'Scenario'),
        request.query,
      ),
  );

  app.get(
    '/scenario-vergelijking',
    {
      schema: {
        tags,
        operationId: 'getScenarioVergelijkingen',
        summary:
          "Twee of meer scenario's naast elkaar en naast de huidige formatie; ?formaat=csv of xlsx geeft kolom × team als bestand",
        querystring: scenarioVergelijkingQuery.extend({ formaat: formaatQuery }),
        response: { 200: scenarioVergelijkingSchema },
      },
    },
    async (request, reply) => {
      const { scenarios, formaat, ...query } = request.query;
      const ids = scenarios
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '')
        .map((id) => assertId(id, 'Scenario'));
      const v = await service.vergelijkScenarios(request.db, request.gebruiker!, ids, query);
      if (formaat === 'json') return v;
      // Team and organisation totals: no person is named.
      auditExport(request, 0);
      return stuurExport(reply, formaat, scenarioVergelijkingTabel(v));
    },
  );

  app.post(
    '/scenarios/:scenarioId/vaststellingen',
    {
      schema: {
        tags,
        operationId: 'createScenarioVaststelling',
        summary:
          'De directie stelt het scenario vast (met If-Match): de wijzigingen worden in één keer formatiewijzigingen met hun ingangsdatum, met het besluit vastgelegd',
        params: scenarioId,
        body: vaststellingSchema,
        response: { 201: scenarioSchema },
      },
      config: { versie: 'vereist' },
    },
    async (request, reply) => {
      const { scenario, samenvatting } = await service.stelVast(
        request.db,
        request.gebruiker!,
        assertId(request.params.scenarioId, 'Scenario'),
        requireIfMatch(request),
        request.body,
      );
      request.auditDetails = {
        ...request.auditDetails,
        besluitKenmerk: request.body.kenmerk,
        besluitdatum: request.body.besluitdatum,
        ...samenvatting,
      };
      setEtag(reply, scenario.versie);
      return reply.code(201).header('Location', scenario._links.self.href).send(scenario);
    },
  );
}
