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
import { idParam } from '../../contract/velden';
import * as service from '../../services/expertise.service';
import { requireIfMatch, setEtag } from '../etag';
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
        summary: 'De expertisecatalogus',
        querystring: expertisesQuery,
        response: { 200: expertiseLijstSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const sortering = parseSortering(
        q.sorteer,
        ['naam', 'categorie', 'aantalMedewerkers'] as const,
        'naam',
      );
      const p = { pagina: q.pagina, paginaGrootte: q.paginaGrootte };
      const resultaat = await service.listExpertises(
        request.db,
        { zoek: q.zoek, categorie: q.categorie, status: q.status },
        sortering,
        p,
      );
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
