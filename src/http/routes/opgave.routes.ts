import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  capaciteitsvraagSchema,
  capaciteitsvragenSchema,
  nieuweCapaciteitsvraagSchema,
} from '../../contract/capaciteitsvraag';
import {
  bevindingWijzigingSchema,
  nieuweBevindingSchema,
  nieuweOpgaveSchema,
  nieuweStakeholderSchema,
  opgavenQuery,
  opgavenSchema,
  opgaveSchema,
  opgaveStapSchema,
  opgaveWijzigingSchema,
  rolbepalingBevestigingSchema,
  rolbepalingSchema,
} from '../../contract/opgave';
import { formaatQuery, idParam } from '../../contract/velden';
import { opgaveTabel } from '../../reports/lijst-tabellen';
import * as capaciteit from '../../services/capaciteitsvraag.service';
import * as service from '../../services/opgave.service';
import { telPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Opgaven'];

export async function opgaveRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const opgaveId = (id: string) => assertId(id, 'Opgave');

  app.get(
    '/opgaven',
    {
      schema: {
        tags,
        operationId: 'listOpgaven',
        summary:
          'Opgaven, nieuwste eerst, te filteren op fase en programma; ?formaat=csv of xlsx geeft ze als bestand',
        querystring: opgavenQuery.extend({ formaat: formaatQuery }),
        response: { 200: opgavenSchema },
      },
    },
    async (request, reply) => {
      const { formaat, ...filter } = request.query;
      const resultaten = (await service.listOpgaven(request.db, filter)).map((o) =>
        service.metMag(request.gebruiker!, o),
      );
      if (formaat === 'json') return { resultaten };
      auditExport(
        request,
        telPersonen(resultaten, (o) => o.programmaregisseur?.medewerkerId),
      );
      return stuurExport(reply, formaat, opgaveTabel(resultaten));
    },
  );

  app.post(
    '/opgaven',
    {
      schema: {
        tags,
        operationId: 'createOpgave',
        summary: 'Opgave signaleren (begint in de fase signalering)',
        body: nieuweOpgaveSchema,
        response: { 201: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = service.metMag(
        request.gebruiker!,
        await service.createOpgave(request.db, request.body, request.gebruiker!.accountId),
      );
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
      const o = service.metMag(
        request.gebruiker!,
        await service.getOpgave(request.db, opgaveId(request.params.opgaveId)),
      );
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
        body: opgaveWijzigingSchema,
        response: { 200: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = service.metMag(
        request.gebruiker!,
        await service.updateOpgave(
          request.db,
          opgaveId(request.params.opgaveId),
          requireIfMatch(request),
          request.body,
        ),
      );
      setEtag(reply, o.versie);
      return o;
    },
  );

  app.post(
    '/opgaven/:opgaveId/overgangen',
    {
      // A step on the dossier's version: If-Match is required (versie.plugin.ts).
      config: { versie: 'vereist' },
      schema: {
        tags,
        operationId: 'stapOpgave',
        summary:
          'De opgave naar een volgende fase brengen (409 met de toegestane fasen als de stap niet kan; 400 met wat ontbreekt)',
        params: z.object({ opgaveId: idParam }),
        body: opgaveStapSchema,
        response: { 201: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = service.metMag(
        request.gebruiker!,
        await service.zetOpgaveStap(
          request.db,
          opgaveId(request.params.opgaveId),
          request.body.naar,
          request.body.toelichting,
          request.gebruiker!,
          requireIfMatch(request),
        ),
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
        body: nieuweStakeholderSchema,
        response: { 201: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = service.metMag(
        request.gebruiker!,
        await service.addStakeholder(request.db, opgaveId(request.params.opgaveId), request.body),
      );
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
        body: nieuweBevindingSchema,
        response: { 201: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = service.metMag(
        request.gebruiker!,
        await service.addBevinding(
          request.db,
          opgaveId(request.params.opgaveId),
          request.body,
          request.gebruiker!.accountId,
        ),
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
        body: bevindingWijzigingSchema,
        response: { 200: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = service.metMag(
        request.gebruiker!,
        await service.updateBevinding(
          request.db,
          opgaveId(request.params.opgaveId),
          assertId(request.params.bevindingId, 'Bevinding'),
          requireIfMatch(request),
          request.body,
        ),
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
          'De rolbepaling: mate van eigenaarschap en overheidsrol(len). Het college legt haar vast als besluit, met datum en kenmerk van het collegebesluit; de programmaregisseur of directeur stelt haar voor, zonder datum en besluit, en het college bevestigt (met If-Match)',
        params: z.object({ opgaveId: idParam }),
        body: rolbepalingSchema,
        response: { 200: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = service.metMag(
        request.gebruiker!,
        await service.zetRolbepaling(
          request.db,
          opgaveId(request.params.opgaveId),
          requireIfMatch(request),
          request.body,
          request.gebruiker!,
        ),
      );
      setEtag(reply, o.versie);
      return o;
    },
  );

  app.post(
    '/opgaven/:opgaveId/rolbepaling/bevestigingen',
    {
      // A step on the opgave's version: the college confirms the proposal it read (versie.plugin.ts).
      config: { versie: 'vereist' },
      schema: {
        tags,
        operationId: 'bevestigRolbepaling',
        summary:
          'Het college bevestigt de voorgestelde rolbepaling, met de datum en het kenmerk van het collegebesluit (met If-Match; 409 als er geen voorstel ligt)',
        params: z.object({ opgaveId: idParam }),
        body: rolbepalingBevestigingSchema,
        response: { 201: opgaveSchema },
      },
    },
    async (request, reply) => {
      const o = service.metMag(
        request.gebruiker!,
        await service.bevestigRolbepaling(
          request.db,
          opgaveId(request.params.opgaveId),
          requireIfMatch(request),
          request.body,
          request.gebruiker!,
        ),
      );
      setEtag(reply, o.versie);
      return reply.code(201).send(o);
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
        response: { 200: capaciteitsvragenSchema },
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
        body: nieuweCapaciteitsvraagSchema,
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
