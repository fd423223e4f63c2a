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
import { formaatQuery, idParam } from '../../contract/velden';
import { begrotingsprogrammasTabel } from '../../reports/lijst-exports';
import * as begroting from '../../services/begroting.service';
import { auditExport, stuurExport } from '../export';
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
        summary: "Begrotingsprogramma's met hun beleidsdoelen; ?formaat=csv of xlsx geeft ze als bestand",
        querystring: begrotingsprogrammasQuery.extend({ formaat: formaatQuery }),
        response: { 200: begrotingsprogrammasSchema },
      },
    },
    async (request, reply) => {
      const resultaten = await begroting.listProgrammas(request.db, request.query.begrotingsjaar);
      if (request.query.formaat === 'json') return { resultaten };
      auditExport(request, 0);
      return stuurExport(
        reply,
        request.query.formaat,
        begrotingsprogrammasTabel(resultaten, request.query.begrotingsjaar),
      );
    },
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
