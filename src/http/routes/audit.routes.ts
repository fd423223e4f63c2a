import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditregelLijstSchema, auditregelsQuery, auditVerificatieSchema } from '../../contract/audit';
import * as service from '../../services/audit.service';
import { auditAantalPersonen } from '../audit.plugin';
import { auditExport, stuurExport } from '../export';
import { pagina } from '../pagination';

const tags = ['Audit'];

export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/auditregels',
    {
      schema: {
        tags,
        operationId: 'listAuditregels',
        summary: 'Het auditlog doorzoeken; ?formaat=csv of xlsx geeft een export',
        querystring: auditregelsQuery,
        response: { 200: auditregelLijstSchema },
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
        const { csv, aantalPersonen } = await service.exportAuditregels(request.db, filter);
        auditAantalPersonen(request, aantalPersonen);
        reply.header('Content-Disposition', 'attachment; filename="auditlog.csv"');
        // A string with its own content type bypasses the JSON serializer (and its schema).
        return reply.type('text/csv; charset=utf-8').send(csv as never);
      }
      if (formaat === 'xlsx') {
        const { tabel, aantalPersonen } = await service.exportAuditTabel(request.db, filter);
        auditExport(request, aantalPersonen);
        return stuurExport(reply, formaat, tabel);
      }
      const resultaat = await service.zoekAudit(request.db, filter, { pagina: p, paginaGrootte });
      auditAantalPersonen(
        request,
        new Set(resultaat.rijen.flatMap((r) => (r.actorAccountId ? [r.actorAccountId] : []))).size,
      );
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
        response: { 200: auditVerificatieSchema },
      },
    },
    async (request) => service.verifieer(request.db),
  );
}
