import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../contract/velden';
import {
  nieuweZoWerkenWePaginaSchema,
  zoWerkenWeLijstQuery,
  zoWerkenWePaginaSchema,
  zoWerkenWePaginasSchema,
  zoWerkenWePaginaWijzigingSchema,
  zoWerkenWeVerschilQuery,
  zoWerkenWeVerschilSchema,
  zoWerkenWeVersieInhoudSchema,
  zoWerkenWeVersiesSchema,
} from '../../contract/zo-werken-we';
import * as service from '../../services/zo-werken-we.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId } from '../ids';

const tags = ['Zo werken we'];

/**
 * "Zo werken we" (issue 15, item 3): the organisation philosophy as versioned pages. Every write is
 * audited by the audit plugin with the page as its object; reads are no reads of personal data.
 */
export async function zoWerkenWeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const paginaId = (x: string) => assertId(x, 'Pagina');

  app.get(
    '/zo-werken-we-paginas',
    {
      schema: {
        tags,
        operationId: 'listZoWerkenWePaginas',
        summary: 'De pagina’s van Zo werken we in hun volgorde (?gearchiveerd=true: het archief)',
        querystring: zoWerkenWeLijstQuery,
        response: { 200: zoWerkenWePaginasSchema },
      },
    },
    async (request) =>
      service.listPaginas(request.db, request.gebruiker!, {
        gearchiveerd: request.query.gearchiveerd === 'true',
      }),
  );

  app.post(
    '/zo-werken-we-paginas',
    {
      schema: {
        tags,
        operationId: 'createZoWerkenWePagina',
        summary: 'Een pagina toevoegen met haar eerste versie (directie, P&O)',
        body: nieuweZoWerkenWePaginaSchema,
        response: { 201: zoWerkenWePaginaSchema },
      },
    },
    async (request, reply) => {
      const p = await service.createPagina(request.db, request.gebruiker!, request.body);
      request.auditObject = { type: 'zoWerkenWePagina', id: p.id };
      setEtag(reply, p.versie);
      return reply.code(201).header('Location', `/api/v1/zo-werken-we-paginas/${p.id}`).send(p);
    },
  );

  app.get(
    '/zo-werken-we-paginas/:paginaId',
    {
      schema: {
        tags,
        operationId: 'getZoWerkenWePagina',
        summary: 'Eén pagina met haar huidige tekst (Markdown en veilige HTML)',
        params: z.object({ paginaId: idParam }),
        response: { 200: zoWerkenWePaginaSchema },
      },
    },
    async (request, reply) => {
      const p = await service.getPagina(request.db, request.gebruiker!, paginaId(request.params.paginaId));
      setEtag(reply, p.versie);
      return p;
    },
  );

  app.patch(
    '/zo-werken-we-paginas/:paginaId',
    {
      schema: {
        tags,
        operationId: 'updateZoWerkenWePagina',
        summary:
          'Een nieuwe versie opslaan (titel, samenvatting, tekst, notitie), archiveren, terughalen of verplaatsen (met If-Match; directie, P&O)',
        params: z.object({ paginaId: idParam }),
        body: zoWerkenWePaginaWijzigingSchema,
        response: { 200: zoWerkenWePaginaSchema },
      },
    },
    async (request, reply) => {
      const id = paginaId(request.params.paginaId);
      const p = await service.updatePagina(
        request.db,
        request.gebruiker!,
        id,
        requireIfMatch(request),
        request.body,
      );
      request.auditDetails = {
        versieNummer: p.versieNummer,
        ...(request.body.gearchiveerd === undefined ? {} : { gearchiveerd: request.body.gearchiveerd }),
      };
      setEtag(reply, p.versie);
      return p;
    },
  );

  app.get(
    '/zo-werken-we-paginas/:paginaId/versies',
    {
      schema: {
        tags,
        operationId: 'listZoWerkenWeVersies',
        summary: 'De geschiedenis van een pagina: alle versies, nieuwste eerst, met wie, wanneer en waarom',
        params: z.object({ paginaId: idParam }),
        response: { 200: zoWerkenWeVersiesSchema },
      },
    },
    async (request) => service.listVersies(request.db, paginaId(request.params.paginaId)),
  );

  app.get(
    '/zo-werken-we-paginas/:paginaId/versies/:versieNummer',
    {
      schema: {
        tags,
        operationId: 'getZoWerkenWeVersie',
        summary: 'Eén versie van een pagina zoals die toen was',
        params: z.object({
          paginaId: idParam,
          versieNummer: z.coerce.number({ error: 'Geef het versienummer.' }).int().min(1).max(100_000),
        }),
        response: { 200: zoWerkenWeVersieInhoudSchema },
      },
    },
    async (request) =>
      service.getVersie(request.db, paginaId(request.params.paginaId), request.params.versieNummer),
  );

  app.get(
    '/zo-werken-we-paginas/:paginaId/verschillen',
    {
      schema: {
        tags,
        operationId: 'getZoWerkenWeVerschil',
        summary: 'Wat er veranderde tussen twee versies (?van=1&naar=2), per regel en per woord',
        params: z.object({ paginaId: idParam }),
        querystring: zoWerkenWeVerschilQuery,
        response: { 200: zoWerkenWeVerschilSchema },
      },
    },
    async (request) =>
      service.getVerschil(
        request.db,
        paginaId(request.params.paginaId),
        request.query.van,
        request.query.naar,
      ),
  );
}
