import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  nieuwProgrammaSchema,
  programmaSchema,
  programmasSchema,
  programmaWijzigingSchema,
} from '../../contract/programma';
import { formaatQuery, idParam } from '../../contract/velden';
import { programmaTabel } from '../../reports/lijst-tabellen';
import * as service from '../../services/programma.service';
import { telPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ["Programma's"];

export async function programmaRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/programmas',
    {
      schema: {
        tags,
        operationId: 'listProgrammas',
        summary:
          "Programma's met hun programmaregisseur en het aantal dossiers; ?formaat=csv of xlsx geeft ze als bestand",
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: programmasSchema },
      },
    },
    async (request, reply) => {
      const resultaten = await service.listProgrammas(request.db);
      if (request.query.formaat === 'json') return { resultaten };
      auditExport(
        request,
        telPersonen(resultaten, (p) => p.programmaregisseur?.medewerkerId),
      );
      return stuurExport(reply, request.query.formaat, programmaTabel(resultaten));
    },
  );

  app.post(
    '/programmas',
    {
      schema: {
        tags,
        operationId: 'createProgramma',
        summary: 'Programma toevoegen',
        body: nieuwProgrammaSchema,
        response: { 201: programmaSchema },
      },
    },
    async (request, reply) => {
      const p = await service.createProgramma(request.db, request.body);
      setEtag(reply, p.versie);
      return reply.code(201).header('Location', `/api/v1/programmas/${p.id}`).send(p);
    },
  );

  app.get(
    '/programmas/:programmaId',
    {
      schema: {
        tags,
        operationId: 'getProgramma',
        summary: 'Eén programma',
        params: z.object({ programmaId: idParam }),
        response: { 200: programmaSchema },
      },
    },
    async (request, reply) => {
      const p = await service.getProgramma(request.db, assertId(request.params.programmaId, 'Programma'));
      setEtag(reply, p.versie);
      return p;
    },
  );

  app.patch(
    '/programmas/:programmaId',
    {
      schema: {
        tags,
        operationId: 'updateProgramma',
        summary: 'Programma wijzigen (met If-Match)',
        params: z.object({ programmaId: idParam }),
        body: programmaWijzigingSchema,
        response: { 200: programmaSchema },
      },
    },
    async (request, reply) => {
      const p = await service.updateProgramma(
        request.db,
        assertId(request.params.programmaId, 'Programma'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, p.versie);
      return p;
    },
  );
}
