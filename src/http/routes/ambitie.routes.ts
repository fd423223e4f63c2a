import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ambitieSchema,
  ambitiesSchema,
  ambitieWijzigingSchema,
  nieuweAmbitieSchema,
} from '../../contract/ambitie';
import { formaatQuery, idParam } from '../../contract/velden';
import { ambitieTabel } from '../../reports/lijst-tabellen';
import * as service from '../../services/ambitie.service';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Bestuurlijke ambities'];

export async function ambitieRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ambitieId = (x: string) => assertId(x, 'Bestuurlijke ambitie');

  app.get(
    '/bestuurlijke-ambities',
    {
      schema: {
        tags,
        operationId: 'listAmbities',
        summary:
          'Bestuurlijke ambities met hun opgaven en bestuursopdrachten; ?formaat=csv of xlsx geeft ze als bestand',
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: ambitiesSchema },
      },
    },
    async (request, reply) => {
      const resultaten = await service.listAmbities(request.db);
      if (request.query.formaat === 'json') return { resultaten };
      // The portefeuillehouders are people, held by name.
      auditExport(request, new Set(resultaten.map((a) => a.portefeuillehouder)).size);
      return stuurExport(reply, request.query.formaat, ambitieTabel(resultaten));
    },
  );

  app.post(
    '/bestuurlijke-ambities',
    {
      schema: {
        tags,
        operationId: 'createAmbitie',
        summary: 'Bestuurlijke ambitie vastleggen',
        body: nieuweAmbitieSchema,
        response: { 201: ambitieSchema },
      },
    },
    async (request, reply) => {
      const a = await service.createAmbitie(request.db, request.body);
      setEtag(reply, a.versie);
      return reply.code(201).header('Location', `/api/v1/bestuurlijke-ambities/${a.id}`).send(a);
    },
  );

  app.get(
    '/bestuurlijke-ambities/:ambitieId',
    {
      schema: {
        tags,
        operationId: 'getAmbitie',
        summary: 'Eén bestuurlijke ambitie',
        params: z.object({ ambitieId: idParam }),
        response: { 200: ambitieSchema },
      },
    },
    async (request, reply) => {
      const a = await service.getAmbitie(request.db, ambitieId(request.params.ambitieId));
      setEtag(reply, a.versie);
      return a;
    },
  );

  app.patch(
    '/bestuurlijke-ambities/:ambitieId',
    {
      schema: {
        tags,
        operationId: 'updateAmbitie',
        summary: 'Bestuurlijke ambitie of haar voortgang bijwerken (met If-Match)',
        params: z.object({ ambitieId: idParam }),
        body: ambitieWijzigingSchema,
        response: { 200: ambitieSchema },
      },
    },
    async (request, reply) => {
      const a = await service.updateAmbitie(
        request.db,
        ambitieId(request.params.ambitieId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, a.versie);
      return a;
    },
  );
}
