import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as begroting from '../../services/begroting.service';
import { assertId, idParam } from '../ids';
import { optioneleTekst, tekst } from '../schemas';

// Listed with the resultaatdoelen in the API documentation: the goals serve these beleidsdoelen.
const tags = ['Resultaatdoelen'];

const programmaSchema = z
  .object({
    id: z.string(),
    begrotingsjaar: z.number().int(),
    code: z.string(),
    naam: z.string(),
    beleidsdoelen: z.array(
      z.object({ id: z.string(), naam: z.string(), omschrijving: z.string().nullable() }),
    ),
  })
  .meta({ id: 'Begrotingsprogramma' });

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
        querystring: z.strictObject({
          begrotingsjaar: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
        response: { 200: z.object({ resultaten: z.array(programmaSchema) }) },
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
        body: z.strictObject({
          begrotingsjaar: z
            .number({ error: 'Geef het begrotingsjaar, bijvoorbeeld 2026.' })
            .int()
            .min(2000)
            .max(2100),
          code: tekst(20),
          naam: tekst(200),
        }),
        response: { 201: programmaSchema },
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
        body: z.strictObject({ naam: tekst(300), omschrijving: optioneleTekst(4000) }),
        response: { 201: programmaSchema },
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
