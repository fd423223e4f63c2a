import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  evaluatieActieSchema,
  evaluatieActieWijzigingSchema,
  evaluatieFilterSchema,
  evaluatieSchema,
  evaluatiesSchema,
  evaluatieVaststellingSchema,
  evaluatieWijzigingSchema,
  nieuweEvaluatieActieSchema,
  nieuweEvaluatieSchema,
} from '../../contract/evaluatie';
import { idParam } from '../../contract/velden';
import * as service from '../../services/evaluatie.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId } from '../ids';

const tags = ['Evaluaties'];

/**
 * Evaluaties (issue 15, item 2; reach in src/access/evaluatie.ts). A concept is changed with PATCH
 * and vastgesteld with a POST on its version; after that every change is a 409 that says what to do
 * instead, and only the follow-up actions' progress moves (PATCH with `status`).
 */
export async function evaluatieRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const evaluatieId = (x: string) => assertId(x, 'Evaluatie');
  const params = z.object({ evaluatieId: idParam });

  app.get(
    '/evaluaties',
    {
      schema: {
        tags,
        operationId: 'listEvaluaties',
        summary:
          'Evaluaties, de nieuwste eerst, met hun vervolgacties geteld (filter op onderwerp en status)',
        querystring: evaluatieFilterSchema,
        response: { 200: evaluatiesSchema },
      },
    },
    async (request) => service.listEvaluaties(request.db, request.gebruiker!, request.query),
  );

  app.post(
    '/evaluaties',
    {
      schema: {
        tags,
        operationId: 'createEvaluatie',
        summary: 'Een evaluatie vastleggen als concept (directeur, programmaregisseur, P&O)',
        body: nieuweEvaluatieSchema,
        response: { 201: evaluatieSchema },
      },
    },
    async (request, reply) => {
      const e = await service.createEvaluatie(request.db, request.gebruiker!, request.body);
      request.auditObject = { type: 'evaluatie', id: e.id };
      setEtag(reply, e.versie);
      return reply.code(201).header('Location', `/api/v1/evaluaties/${e.id}`).send(e);
    },
  );

  app.get(
    '/evaluaties/:evaluatieId',
    {
      schema: {
        tags,
        operationId: 'getEvaluatie',
        summary: 'Eén evaluatie met vragen, bevindingen en vervolgacties, zoals ze is vastgesteld',
        params,
        response: { 200: evaluatieSchema },
      },
    },
    async (request, reply) => {
      const e = await service.getEvaluatie(
        request.db,
        request.gebruiker!,
        evaluatieId(request.params.evaluatieId),
      );
      setEtag(reply, e.versie);
      return e;
    },
  );

  app.patch(
    '/evaluaties/:evaluatieId',
    {
      schema: {
        tags,
        operationId: 'updateEvaluatie',
        summary:
          'Een concept wijzigen (met If-Match; vragen en bevindingen worden als geheel vervangen; vastgesteld: 409)',
        params,
        body: evaluatieWijzigingSchema,
        response: { 200: evaluatieSchema },
      },
    },
    async (request, reply) => {
      const id = evaluatieId(request.params.evaluatieId);
      const e = await service.updateEvaluatie(
        request.db,
        request.gebruiker!,
        id,
        requireIfMatch(request),
        request.body,
      );
      request.auditObject = { type: 'evaluatie', id };
      setEtag(reply, e.versie);
      return e;
    },
  );

  app.post(
    '/evaluaties/:evaluatieId/vaststellingen',
    {
      config: { versie: 'vereist' },
      schema: {
        tags,
        operationId: 'stelEvaluatieVast',
        summary:
          'De evaluatie vaststellen (400 met alles wat ontbreekt; daarna onveranderlijk, alleen de voortgang van acties loopt door)',
        params,
        body: evaluatieVaststellingSchema,
        response: { 201: evaluatieSchema },
      },
    },
    async (request, reply) => {
      const id = evaluatieId(request.params.evaluatieId);
      const e = await service.stelEvaluatieVast(request.db, request.gebruiker!, id, requireIfMatch(request));
      request.auditObject = { type: 'evaluatie', id };
      setEtag(reply, e.versie);
      return reply.code(201).send(e);
    },
  );

  app.post(
    '/evaluaties/:evaluatieId/acties',
    {
      schema: {
        tags,
        operationId: 'createEvaluatieActie',
        summary: 'Een vervolgactie toevoegen met eigenaar en datum (alleen in een concept)',
        params,
        body: nieuweEvaluatieActieSchema,
        response: { 201: evaluatieActieSchema },
      },
    },
    async (request, reply) => {
      const id = evaluatieId(request.params.evaluatieId);
      const a = await service.addActie(request.db, request.gebruiker!, id, request.body);
      request.auditObject = { type: 'evaluatie', id };
      request.auditDetails = { actieId: a.id };
      setEtag(reply, a.versie);
      return reply.code(201).header('Location', `/api/v1/evaluaties/${id}`).send(a);
    },
  );

  app.patch(
    '/evaluaties/:evaluatieId/acties/:actieId',
    {
      schema: {
        tags,
        operationId: 'updateEvaluatieActie',
        summary:
          "Een vervolgactie wijzigen (concept) of gereed melden met status 'gereed' (ook de eigenaar; met If-Match)",
        params: z.object({ evaluatieId: idParam, actieId: idParam }),
        body: evaluatieActieWijzigingSchema,
        response: { 200: evaluatieActieSchema },
      },
    },
    async (request, reply) => {
      const id = evaluatieId(request.params.evaluatieId);
      const actieId = assertId(request.params.actieId, 'Actie');
      const a = await service.updateActie(
        request.db,
        request.gebruiker!,
        id,
        actieId,
        requireIfMatch(request),
        request.body,
      );
      request.auditObject = { type: 'evaluatie', id };
      request.auditDetails = { actieId };
      setEtag(reply, a.versie);
      return a;
    },
  );
}
