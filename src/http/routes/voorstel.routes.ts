import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formaatQuery, idParam } from '../../contract/velden';
import {
  voorstelDocumentQuery,
  voorstelDocumentSchema,
  voorstelLijstSchema,
  voorstelSchema,
} from '../../contract/voorstel';
import { voorstellenTabel } from '../../reports/lijst-exports-rest';
import * as service from '../../services/voorstel.service';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Voorstellen'];

/** The onderbouwd voorstel: frozen snapshots of a scenario and their DOCX and PDF (issue 13, item 6). */
export async function voorstelRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/scenarios/:scenarioId/voorstellen',
    {
      schema: {
        tags,
        operationId: 'createVoorstel',
        summary:
          'Een onderbouwd voorstel vastleggen: een momentopname van het scenario nu, met documentnummer (400 als aanleiding of gevraagd besluit ontbreekt, 409 voor een verworpen scenario)',
        params: z.object({ scenarioId: idParam }),
        response: { 201: voorstelSchema },
      },
    },
    async (request, reply) => {
      const scenarioId = assertId(request.params.scenarioId, 'Scenario');
      const v = await service.maakVoorstel(request.db, request.gebruiker!, scenarioId);
      // The object of this write is the new voorstel, not the scenario in the path.
      request.auditObject = { type: 'voorstel', id: v.id };
      request.auditDetails = {
        ...request.auditDetails,
        scenarioId,
        documentnummer: v.documentnummer,
        sha256: v.sha256,
      };
      return reply.code(201).header('Location', v._links.self.href).send(v);
    },
  );

  app.get(
    '/scenarios/:scenarioId/voorstellen',
    {
      schema: {
        tags,
        operationId: 'listVoorstellen',
        summary:
          'De vastgelegde voorstellen van een scenario, nieuwste eerst; ?formaat=csv of xlsx geeft ze als bestand',
        params: z.object({ scenarioId: idParam }),
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: voorstelLijstSchema },
      },
    },
    async (request, reply) => {
      const l = await service.lijstVoorstellen(
        request.db,
        request.gebruiker!,
        assertId(request.params.scenarioId, 'Scenario'),
      );
      if (request.query.formaat === 'json') return l;
      // The file names who made each voorstel.
      auditExport(request, new Set(l.resultaten.map((v) => v.aangemaaktDoor)).size);
      return stuurExport(reply, request.query.formaat, voorstellenTabel(l));
    },
  );

  app.get(
    '/voorstellen/:voorstelId',
    {
      schema: {
        tags,
        operationId: 'getVoorstel',
        summary: 'Eén vastgelegd voorstel: documentnummer, tijdstip, kenmerk en de links naar DOCX en PDF',
        params: z.object({ voorstelId: idParam }),
        response: { 200: voorstelSchema },
      },
    },
    async (request) =>
      service.getVoorstel(request.db, request.gebruiker!, assertId(request.params.voorstelId, 'Voorstel')),
  );

  app.get(
    '/voorstellen/:voorstelId/document',
    {
      schema: {
        tags,
        operationId: 'getVoorstelDocument',
        summary:
          'Het voorstel als DOCX of PDF, gemaakt uit de bewaarde momentopname: bij elke download byte voor byte hetzelfde',
        params: z.object({ voorstelId: idParam }),
        querystring: voorstelDocumentQuery,
        response: { 200: voorstelDocumentSchema },
      },
    },
    async (request, reply) => {
      const d = await service.voorstelDocument(
        request.db,
        request.gebruiker!,
        assertId(request.params.voorstelId, 'Voorstel'),
        request.query.formaat,
      );
      // A document that leaves the system is recorded as every export is; it names no person.
      auditExport(request, 0);
      return reply
        .header('Content-Disposition', `attachment; filename="${d.bestandsnaam}"`)
        .type(d.type)
        .send(d.inhoud as never);
    },
  );
}
