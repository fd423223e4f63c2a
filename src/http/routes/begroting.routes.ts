import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  begrotingsprogrammaSchema,
  begrotingsprogrammasQuery,
  begrotingsprogrammasSchema,
  nieuwBegrotingsprogrammaSchema,
  nieuwBeleidsdoelSchema,
} from '../../contract/begroting';
import { idParam } from '../../contract/velden';
import * as begroting from '../../services/begroting.service';
import { assertId } from '../ids';

// Listed with the resultaatdoelen in the API documentation: the goals serve these beleidsdoelen.
const tags = ['Resultaatdoelen'];

/** The programme budget: begrotingsprogramma's and their beleidsdoelen. */
export async function begrotingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/begrotingsprogrammas',
    {
      schema: {
        tags,
        operationId: 'listBegrotingsprogrammas',
        summary: "Begrotingsprogramma's met hun beleidsdoelen",
        querystring: begrotingsprogrammasQuery,
        response: { 200: begrotingsprogrammasSchema },
      },
    },
    async (request) => ({
      resultaten: await begroting.listProgrammas(request.db, request.query.begrotingsjaar),
    }),
  );

  app.post(
    '/begrotingsprogrammas',
    {
      schema: {
        tags,
        operationId: 'createBegrotingsprogramma',
        summary: 'Begrotingsprogramma toevoegen',
        body: nieuwBegrotingsprogrammaSchema,
        response: { 201: begrotingsprogrammaSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await begroting.createProgramma(request.db, request.body)),
  );

  app.post(
    '/begrotingsprogrammas/:begrotingsprogrammaId/beleidsdoelen',
    {
      schema: {
        tags,
        operationId: 'addBeleidsdoel',
        summary: 'Beleidsdoel aan een begrotingsprogramma toevoegen',
        params: z.object({ begrotingsprogrammaId: idParam }),
        body: nieuwBeleidsdoelSchema,
        response: { 201: begrotingsprogrammaSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await begroting.addBeleidsdoel(
            request.db,
            assertId(request.params.begrotingsprogrammaId, 'Begrotingsprogramma'),
            request.body,
          ),
        ),
  );
}
