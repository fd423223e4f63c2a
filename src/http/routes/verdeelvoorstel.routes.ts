import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formaatQuery, idParam } from '../../contract/velden';
import {
  nieuwVerdeelvoorstelSchema,
  omgezetSchema,
  omzettingSchema,
  verdeelvoorstellenSchema,
  verdeelvoorstelSchema,
} from '../../contract/verdeelvoorstel';
import { verdeelvoorstelTabel } from '../../reports/lijst-tabellen';
import * as service from '../../services/verdeelvoorstel.service';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Verdeelvoorstellen'];

export async function verdeelvoorstelRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ verdeelvoorstelId: idParam });

  app.post(
    '/verdeelvoorstellen',
    {
      // The scenario must be committed before its worker starts computing on the pool; the worker's
      // own writes (progress, result) are each one statement.
      config: { transactie: 'eigen' },
      schema: {
        tags,
        operationId: 'startVerdeelvoorstel',
        summary:
          'Een verdeelvoorstel berekenen voor een kwartaal (202: het rekent op de achtergrond; live gegevens blijven onaangeroerd)',
        body: nieuwVerdeelvoorstelSchema,
        response: { 202: verdeelvoorstelSchema },
      },
    },
    async (request, reply) => {
      const v = await service.startVerdeelvoorstel(request.db, request.body, request.gebruiker!);
      return reply.code(202).header('Location', `/api/v1/verdeelvoorstellen/${v.id}`).send(v);
    },
  );

  app.get(
    '/verdeelvoorstellen',
    {
      schema: {
        tags,
        operationId: 'listVerdeelvoorstellen',
        summary:
          'De laatste 50 verdeelvoorstellen, elk samengevat (de regels staan bij het voorstel zelf); ?formaat=csv of xlsx geeft ze als bestand',
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: verdeelvoorstellenSchema },
      },
    },
    async (request, reply) => {
      const resultaten = await service.listVerdeelvoorstellen(request.db);
      if (request.query.formaat === 'json') return { resultaten };
      // The summaries name no one (the rules with their people stay with each voorstel).
      auditExport(request, 0);
      return stuurExport(reply, request.query.formaat, verdeelvoorstelTabel(resultaten));
    },
  );

  app.get(
    '/verdeelvoorstellen/:verdeelvoorstelId',
    {
      schema: {
        tags,
        operationId: 'getVerdeelvoorstel',
        summary:
          'Eén verdeelvoorstel: voortgang tijdens het rekenen, daarna de regels met hun reden en de onvervulde vraag',
        params,
        response: { 200: verdeelvoorstelSchema },
      },
    },
    async (request) =>
      service.getVerdeelvoorstel(request.db, assertId(request.params.verdeelvoorstelId, 'Verdeelvoorstel')),
  );

  app.post(
    '/verdeelvoorstellen/:verdeelvoorstelId/inzetverzoeken',
    {
      schema: {
        tags,
        operationId: 'zetVerdeelvoorstelOm',
        summary: 'Gekozen regels in één keer omzetten in inzetverzoeken (alles of niets)',
        params,
        body: omzettingSchema,
        response: { 201: omgezetSchema },
      },
    },
    async (request, reply) => {
      const omgezet = await service.zetOmInVerzoeken(
        request.db,
        assertId(request.params.verdeelvoorstelId, 'Verdeelvoorstel'),
        request.body.regels,
        request.gebruiker!,
      );
      return reply.code(201).send(omgezet);
    },
  );
}
