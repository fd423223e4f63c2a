import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { besluitenSchema } from '../../contract/bestuursopdracht';
import { portfolioQuery, portfolioSchema } from '../../contract/portfolio';
import { listBesluiten } from '../../services/bestuursopdracht.service';
import { portfolio } from '../../services/portfolio.service';

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
        querystring: portfolioQuery(jaar),
        response: { 200: portfolioSchema },
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
        response: { 200: besluitenSchema },
      },
    },
    async (request) => ({ resultaten: await listBesluiten(request.db) }),
  );
}
