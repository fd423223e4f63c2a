import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BESLUIT_UITKOMSTEN } from '../../domain/bestuursopdracht';
import { listBesluiten } from '../../services/bestuursopdracht.service';
import { portfolio } from '../../services/portfolio.service';
import { kwartaal } from './dossier-schemas';

const tags = ['Portfolio'];

export async function portfolioRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const jaar = new Date().getFullYear();

  app.get(
    '/portfolio',
    {
      schema: {
        tags,
        operationId: 'getPortfolio',
        summary:
          'Alle opgaven en bestuursopdrachten: fase, eigenaar, gevraagde uren per kwartaal, totalen en mijlpalen',
        querystring: z.strictObject({
          van: kwartaal.default(`${jaar}-Q1`),
          tot: kwartaal.default(`${jaar}-Q4`),
        }),
        response: {
          200: z
            .object({
              perioden: z.array(z.object({ sleutel: z.string(), van: z.string(), tot: z.string() })),
              dossiers: z.array(
                z.object({
                  soort: z.enum(['opgave', 'bestuursopdracht']),
                  id: z.string(),
                  titel: z.string(),
                  status: z.string(),
                  programma: z.object({ id: z.string(), naam: z.string() }).nullable(),
                  eigenaar: z.string().nullable(),
                  vraag: z.array(z.object({ periode: z.string(), uren: z.number() })),
                  totaalUren: z.number(),
                }),
              ),
              totalen: z.array(z.object({ periode: z.string(), uren: z.number() })),
              mijlpalen: z.array(
                z.object({
                  bestuursopdracht: z.object({ id: z.string(), titel: z.string() }),
                  titel: z.string(),
                  datum: z.string(),
                }),
              ),
            })
            .meta({ id: 'Portfolio' }),
        },
      },
    },
    async (request) => portfolio(request.db, request.query.van, request.query.tot),
  );

  app.get(
    '/besluiten',
    {
      schema: {
        tags,
        operationId: 'listBesluiten',
        summary: 'Alle besluiten van het college over bestuursopdrachten, nieuwste eerst',
        response: {
          200: z.object({
            resultaten: z.array(
              z.object({
                id: z.string(),
                bestuursopdracht: z.object({ id: z.string(), titel: z.string() }),
                versie: z.number().int(),
                uitkomst: z.enum(BESLUIT_UITKOMSTEN),
                besluitnummer: z.string(),
                datum: z.string(),
                voorwaarden: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ resultaten: await listBesluiten(request.db) }),
  );
}
