import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from '../../services/expertise.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId, idParam } from '../ids';
import { lijstQuery, lijstSchema, pagina, parseSortering } from '../pagination';
import { links, metLinks, optioneleTekst, tekst } from '../schemas';

const velden = {
  id: z.string(),
  naam: z.string(),
  categorie: z.string(),
  omschrijving: z.string().nullable(),
  vervallen: z.boolean(),
  aantalMedewerkers: z.number().int(),
  versie: z.number().int(),
  _links: links,
};
const expertiseSchema = z.object(velden).meta({ id: 'Expertise' });
const expertiseDetailSchema = z
  .object({
    ...velden,
    perNiveau: z.object({
      '1': z.number().int(),
      '2': z.number().int(),
      '3': z.number().int(),
      '4': z.number().int(),
    }),
    ambitie: z.number().int(),
  })
  .meta({ id: 'ExpertiseDetail' });

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
        querystring: z.strictObject({
          ...lijstQuery,
          zoek: z.string().max(100).optional(),
          categorie: z.string().max(100).optional(),
          status: z.enum(['actief', 'vervallen', 'alle']).default('actief'),
        }),
        response: { 200: lijstSchema(expertiseSchema) },
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
        body: z.strictObject({ naam: tekst(120), categorie: tekst(100), omschrijving: optioneleTekst(2000) }),
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
        body: z.strictObject({
          naam: tekst(120).optional(),
          categorie: tekst(100).optional(),
          omschrijving: optioneleTekst(2000),
          vervallen: z.boolean().optional(),
        }),
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
