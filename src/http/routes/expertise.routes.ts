import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  expertiseDetailSchema,
  expertiseLijstSchema,
  expertisesQuery,
  expertiseWijzigingSchema,
  nieuweExpertiseSchema,
} from '../../contract/expertise';
import { formaatQuery, idParam } from '../../contract/velden';
import { expertiseTabel } from '../../reports/lijst-tabellen';
import * as service from '../../services/expertise.service';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, HELE_LIJST, stuurExport } from '../export';
import { assertId } from '../ids';
import { pagina, parseSortering } from '../pagination';
import { metLinks } from '../schemas';

const href = (id: string) => `/api/v1/expertises/${id}`;
const tags = ['Expertises'];
const params = z.object({ expertiseId: idParam });

export async function expertiseRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/expertises',
    {
      schema: {
        tags,
        operationId: 'listExpertises',
        summary: 'De expertisecatalogus; ?formaat=csv of xlsx geeft alle gevonden expertises als bestand',
        querystring: expertisesQuery.extend({ formaat: formaatQuery }),
        response: { 200: expertiseLijstSchema },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const sortering = parseSortering(
        q.sorteer,
        ['naam', 'categorie', 'aantalMedewerkers'] as const,
        'naam',
      );
      const p = q.formaat !== 'json' ? HELE_LIJST : { pagina: q.pagina, paginaGrootte: q.paginaGrootte };
      const resultaat = await service.listExpertises(
        request.db,
        { zoek: q.zoek, categorie: q.categorie, status: q.status },
        sortering,
        p,
      );
      if (q.formaat !== 'json') {
        auditExport(request, 0);
        return stuurExport(reply, q.formaat, expertiseTabel(resultaat.rijen));
      }
      return pagina(request, p, { ...resultaat, rijen: resultaat.rijen.map((e) => metLinks(e, href(e.id))) });
    },
  );

  app.get(
    '/expertises/:expertiseId',
    {
      schema: {
        tags,
        operationId: 'getExpertise',
        summary: 'Eén expertise',
        params,
        response: { 200: expertiseDetailSchema },
      },
    },
    async (request, reply) => {
      const e = await service.getExpertise(request.db, assertId(request.params.expertiseId, 'Expertise'));
      setEtag(reply, e.versie);
      return metLinks(e, href(e.id));
    },
  );

  app.post(
    '/expertises',
    {
      schema: {
        tags,
        operationId: 'createExpertise',
        summary: 'Expertise aan de catalogus toevoegen',
        body: nieuweExpertiseSchema,
        response: { 201: expertiseDetailSchema },
      },
    },
    async (request, reply) => {
      const e = await service.createExpertise(request.db, request.body);
      setEtag(reply, e.versie);
      return reply
        .code(201)
        .header('Location', href(e.id))
        .send(metLinks(e, href(e.id)));
    },
  );

  app.patch(
    '/expertises/:expertiseId',
    {
      schema: {
        tags,
        operationId: 'updateExpertise',
        summary: 'Expertise wijzigen of laten vervallen (met If-Match)',
        params,
        body: expertiseWijzigingSchema,
        response: { 200: expertiseDetailSchema },
      },
    },
    async (request, reply) => {
      const e = await service.updateExpertise(
        request.db,
        assertId(request.params.expertiseId, 'Expertise'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, e.versie);
      return metLinks(e, href(e.id));
    },
  );
}
