import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { capaciteitsvraagSchema, capaciteitsvraagWijzigingSchema } from '../../contract/capaciteitsvraag';
import { idParam } from '../../contract/velden';
import * as service from '../../services/capaciteitsvraag.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId } from '../ids';

const tags = ['Capaciteitsvragen'];

export async function capaciteitsvraagRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const id = (x: string) => assertId(x, 'Capaciteitsvraag');

  app.get(
    '/capaciteitsvragen/:capaciteitsvraagId',
    {
      schema: {
        tags,
        operationId: 'getCapaciteitsvraag',
        summary: 'Eén capaciteitsvraag',
        params: z.object({ capaciteitsvraagId: idParam }),
        response: { 200: capaciteitsvraagSchema },
      },
    },
    async (request, reply) => {
      const c = await service.getCapaciteitsvraag(request.db, id(request.params.capaciteitsvraagId));
      setEtag(reply, c.versie);
      return c;
    },
  );

  app.patch(
    '/capaciteitsvragen/:capaciteitsvraagId',
    {
      schema: {
        tags,
        operationId: 'updateCapaciteitsvraag',
        summary: 'Capaciteitsvraag wijzigen (met If-Match; niet meer bij een ingediende bestuursopdracht)',
        params: z.object({ capaciteitsvraagId: idParam }),
        body: capaciteitsvraagWijzigingSchema,
        response: { 200: capaciteitsvraagSchema },
      },
    },
    async (request, reply) => {
      const c = await service.updateCapaciteitsvraag(
        request.db,
        id(request.params.capaciteitsvraagId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, c.versie);
      return c;
    },
  );

  app.delete(
    '/capaciteitsvragen/:capaciteitsvraagId',
    {
      schema: {
        tags,
        operationId: 'deleteCapaciteitsvraag',
        summary: 'Capaciteitsvraag intrekken (met If-Match; niet meer bij een ingediende bestuursopdracht)',
        params: z.object({ capaciteitsvraagId: idParam }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteCapaciteitsvraag(
        request.db,
        id(request.params.capaciteitsvraagId),
        requireIfMatch(request),
      );
      return reply.code(204).send(null);
    },
  );
}
