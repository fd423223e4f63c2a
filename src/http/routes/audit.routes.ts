import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from '../../services/audit.service';
import { lijstQuery, lijstSchema, pagina } from '../pagination';

const tags = ['Audit'];
const regelSchema = z
  .object({
    id: z.number().int(),
    tijdstempel: z.string().describe('UTC, ISO 8601'),
    actorAccountId: z.string().nullable(),
    actor: z.string(),
    actorNaam: z.string().nullable().describe('De naam van het account, als dat nog bestaat'),
    actie: z.string(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    resultaat: z.enum(['gelukt', 'geweigerd', 'mislukt']),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'Auditregel' });

export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/auditregels',
    {
      schema: {
        tags,
        operationId: 'listAuditregels',
        summary: 'Het auditlog doorzoeken; ?formaat=csv geeft een export',
        querystring: z.strictObject({
          ...lijstQuery,
          van: z.iso.datetime({ offset: true }).optional(),
          tot: z.iso.datetime({ offset: true }).optional(),
          actorAccountId: z.string().max(64).optional(),
          actie: z.string().max(200).optional(),
          objectType: z.string().max(64).optional(),
          objectId: z.string().max(64).optional(),
          resultaat: z.enum(['gelukt', 'geweigerd', 'mislukt']).optional(),
          formaat: z.enum(['json', 'csv']).default('json'),
        }),
        response: { 200: lijstSchema(regelSchema) },
      },
    },
    async (request, reply) => {
      const { pagina: p, paginaGrootte, formaat, van, tot, sorteer: _sorteer, ...rest } = request.query;
      const filter = {
        ...rest,
        ...(van ? { van: new Date(van) } : {}),
        ...(tot ? { tot: new Date(tot) } : {}),
      };
      if (formaat === 'csv') {
        reply.header('Content-Disposition', 'attachment; filename="auditlog.csv"');
        // A string with its own content type bypasses the JSON serializer (and its schema).
        return reply
          .type('text/csv; charset=utf-8')
          .send((await service.exportCsv(request.db, filter)) as never);
      }
      const resultaat = await service.zoekAudit(request.db, filter, { pagina: p, paginaGrootte });
      return pagina(request, { pagina: p, paginaGrootte }, resultaat);
    },
  );

  app.get(
    '/auditregels/verificatie',
    {
      schema: {
        tags,
        operationId: 'verifyAuditlog',
        summary: 'De hashketen van het auditlog controleren',
        response: {
          200: z.object({
            gecontroleerd: z.number().int(),
            intact: z.boolean(),
            fouten: z.array(z.object({ id: z.number().int(), soort: z.string(), melding: z.string() })),
          }),
        },
      },
    },
    async (request) => service.verifieer(request.db),
  );
}
