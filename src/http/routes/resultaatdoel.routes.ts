import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  nieuweVoortgangSchema,
  nieuwResultaatdoelSchema,
  prioriteringSchema,
  resultaatdoelenQuery,
  resultaatdoelenSchema,
  resultaatdoelSchema,
  resultaatdoelWijzigingSchema,
  voortgangLijstSchema,
} from '../../contract/resultaatdoel';
import { formaatQuery, idParam } from '../../contract/velden';
import { resultaatdoelenTabel } from '../../reports/lijst-exports';
import * as service from '../../services/resultaatdoel.service';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Resultaatdoelen'];

export async function resultaatdoelRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/teams/:teamId/resultaatdoelen',
    {
      schema: {
        tags,
        operationId: 'listResultaatdoelen',
        summary:
          'Resultaatdoelen van een team, in volgorde van prioriteit; ?formaat=csv of xlsx geeft ze als bestand',
        params: z.object({ teamId: idParam }),
        querystring: resultaatdoelenQuery.extend({ formaat: formaatQuery }),
        response: { 200: resultaatdoelenSchema },
      },
    },
    async (request, reply) => {
      const resultaten = await service.listResultaatdoelen(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
        request.query.periode,
      );
      if (request.query.formaat === 'json') return { resultaten };
      // The file names the goals' owners: counted as the people it names.
      auditExport(request, new Set(resultaten.map((r) => r.eigenaar?.medewerkerId).filter(Boolean)).size);
      return stuurExport(reply, request.query.formaat, resultaatdoelenTabel(resultaten));
    },
  );

  app.post(
    '/teams/:teamId/resultaatdoelen',
    {
      schema: {
        tags,
        operationId: 'createResultaatdoel',
        summary: 'Resultaatdoel toevoegen (achteraan in de prioriteiten, of op een vrije plaats)',
        params: z.object({ teamId: idParam }),
        body: nieuwResultaatdoelSchema,
        response: { 201: resultaatdoelSchema },
      },
    },
    async (request, reply) => {
      const teamId = assertId(request.params.teamId, 'Team');
      const r = await service.createResultaatdoel(request.db, request.gebruiker!, teamId, request.body);
      setEtag(reply, r.versie);
      return reply.code(201).header('Location', `/api/v1/resultaatdoelen/${r.id}`).send(r);
    },
  );

  app.post(
    '/teams/:teamId/prioriteringen',
    {
      schema: {
        tags,
        operationId: 'herordenResultaatdoelen',
        summary:
          'De volgorde van de resultaatdoelen van een periode vastleggen (de hele lijst, hoogste prioriteit eerst)',
        params: z.object({ teamId: idParam }),
        body: prioriteringSchema,
        response: { 201: resultaatdoelenSchema },
      },
    },
    async (request, reply) => {
      return reply.code(201).send({
        resultaten: await service.herordenResultaatdoelen(
          request.db,
          request.gebruiker!,
          assertId(request.params.teamId, 'Team'),
          request.body.periode,
          request.body.volgorde,
        ),
      });
    },
  );

  app.get(
    '/resultaatdoelen/:resultaatdoelId',
    {
      schema: {
        tags,
        operationId: 'getResultaatdoel',
        summary: 'Eén resultaatdoel',
        params: z.object({ resultaatdoelId: idParam }),
        response: { 200: resultaatdoelSchema },
      },
    },
    async (request, reply) => {
      const r = await service.getResultaatdoel(
        request.db,
        request.gebruiker!,
        assertId(request.params.resultaatdoelId, 'Resultaatdoel'),
      );
      setEtag(reply, r.versie);
      return r;
    },
  );

  app.patch(
    '/resultaatdoelen/:resultaatdoelId',
    {
      schema: {
        tags,
        operationId: 'updateResultaatdoel',
        summary: 'Resultaatdoel wijzigen (met If-Match)',
        params: z.object({ resultaatdoelId: idParam }),
        body: resultaatdoelWijzigingSchema,
        response: { 200: resultaatdoelSchema },
      },
    },
    async (request, reply) => {
      const r = await service.updateResultaatdoel(
        request.db,
        request.gebruiker!,
        assertId(request.params.resultaatdoelId, 'Resultaatdoel'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, r.versie);
      return r;
    },
  );

  app.get(
    '/resultaatdoelen/:resultaatdoelId/voortgang',
    {
      schema: {
        tags,
        operationId: 'listVoortgang',
        summary: 'Voortgang van een resultaatdoel, nieuwste eerst',
        params: z.object({ resultaatdoelId: idParam }),
        response: { 200: voortgangLijstSchema },
      },
    },
    async (request) => ({
      resultaten: await service.listVoortgang(
        request.db,
        assertId(request.params.resultaatdoelId, 'Resultaatdoel'),
      ),
    }),
  );

  app.post(
    '/resultaatdoelen/:resultaatdoelId/voortgang',
    {
      schema: {
        tags,
        operationId: 'addVoortgang',
        summary: 'Voortgang vastleggen (de geschiedenis blijft bewaard)',
        params: z.object({ resultaatdoelId: idParam }),
        body: nieuweVoortgangSchema,
        response: { 201: voortgangLijstSchema },
      },
    },
    async (request, reply) => {
      return reply.code(201).send({
        resultaten: await service.addVoortgang(
          request.db,
          request.gebruiker!,
          assertId(request.params.resultaatdoelId, 'Resultaatdoel'),
          request.body,
        ),
      });
    },
  );
}
