import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Gebruiker } from '../../access/gebruiker';
import {
  nieuweRaadsbriefSchema,
  type RaadsbriefDetail,
  raadsbriefDetailSchema,
  raadsbriefDocumentQuery,
  raadsbriefDocumentSchema,
  raadsbriefMomentopnameVerzoekSchema,
  raadsbriefVaststellingSchema,
  raadsbriefVerzendingSchema,
  raadsbriefWijzigingSchema,
  raadsbrievenSchema,
} from '../../contract/raadsbrief';
import { idParam } from '../../contract/velden';
import type { Database } from '../../db/schema';
import * as service from '../../services/raadsbrief.service';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport } from '../export';
import { assertId } from '../ids';

const tags = ['Raadsbrieven'];
type Db = Kysely<Database>;

/**
 * The raadsbrief (issue 15, item 5; reach in src/access/raadsbrief.ts). Steps are POSTs on the
 * letter's version (If-Match): 409 names what is possible from here, 400 lists every problem.
 */
export async function raadsbriefRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const briefId = (x: string) => assertId(x, 'Raadsbrief');
  const params = z.object({ raadsbriefId: idParam });

  app.get(
    '/raadsbrieven',
    {
      schema: {
        tags,
        operationId: 'listRaadsbrieven',
        summary: 'Raadsbrieven, nieuwste eerst (de OR ziet alleen verzonden brieven)',
        response: { 200: raadsbrievenSchema },
      },
    },
    async (request) => service.listRaadsbrieven(request.db, request.gebruiker!),
  );

  app.post(
    '/raadsbrieven',
    {
      schema: {
        tags,
        operationId: 'createRaadsbrief',
        summary:
          'Een raadsbrief opstellen als concept, met een eerste momentopname van de cijfers (directeur, P&O)',
        body: nieuweRaadsbriefSchema,
        response: { 201: raadsbriefDetailSchema },
      },
    },
    async (request, reply) => {
      const b = await service.createRaadsbrief(request.db, request.gebruiker!, request.body);
      request.auditObject = { type: 'raadsbrief', id: b.id };
      request.auditDetails = { ...request.auditDetails, documentnummer: b.documentnummer };
      setEtag(reply, b.versie);
      return reply.code(201).header('Location', b._links.self.href).send(b);
    },
  );

  app.get(
    '/raadsbrieven/:raadsbriefId',
    {
      schema: {
        tags,
        operationId: 'getRaadsbrief',
        summary: 'Eén raadsbrief met secties, status, momentopname en de gegenereerde delen',
        params,
        response: { 200: raadsbriefDetailSchema },
      },
    },
    async (request, reply) => {
      const b = await service.getRaadsbrief(
        request.db,
        request.gebruiker!,
        briefId(request.params.raadsbriefId),
      );
      setEtag(reply, b.versie);
      return b;
    },
  );

  app.patch(
    '/raadsbrieven/:raadsbriefId',
    {
      schema: {
        tags,
        operationId: 'updateRaadsbrief',
        summary: 'De secties van een concept wijzigen (met If-Match; na vaststelling 409)',
        params,
        body: raadsbriefWijzigingSchema,
        response: { 200: raadsbriefDetailSchema },
      },
    },
    async (request, reply) => {
      const b = await service.updateRaadsbrief(
        request.db,
        request.gebruiker!,
        briefId(request.params.raadsbriefId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, b.versie);
      return b;
    },
  );

  /** A step on the letter: same shape for each, If-Match required, answers the letter. */
  const stap = <B extends z.ZodType>(
    pad: string,
    operationId: string,
    summary: string,
    body: B,
    doe: (db: Db, g: Gebruiker, id: string, versie: number, body: z.output<B>) => Promise<RaadsbriefDetail>,
  ) =>
    app.post(
      `/raadsbrieven/:raadsbriefId/${pad}`,
      {
        config: { versie: 'vereist' },
        schema: { tags, operationId, summary, params, body, response: { 201: raadsbriefDetailSchema } },
      },
      async (request, reply) => {
        const id = briefId(request.params.raadsbriefId);
        const b = await doe(
          request.db,
          request.gebruiker!,
          id,
          requireIfMatch(request),
          request.body as z.output<B>,
        );
        request.auditObject = { type: 'raadsbrief', id };
        request.auditDetails = {
          ...request.auditDetails,
          documentnummer: b.documentnummer,
          status: b.status,
          momentopname: b.momentopname?.nummer ?? null,
          sha256: b.momentopname?.sha256 ?? null,
        };
        setEtag(reply, b.versie);
        return reply.code(201).send(b);
      },
    );

  stap(
    'momentopnamen',
    'vernieuwRaadsbriefMomentopname',
    'Een nieuwe momentopname van de cijfers nemen (alleen als concept; eerdere blijven bewaard)',
    raadsbriefMomentopnameVerzoekSchema,
    (db, g, id, versie) => service.vernieuwMomentopname(db, g, id, versie),
  );
  stap(
    'vaststellingen',
    'stelRaadsbriefVast',
    'De brief vaststellen (het college; 400 met alles wat ontbreekt): secties en momentopname liggen daarna vast',
    raadsbriefVaststellingSchema,
    service.stelVast,
  );
  stap(
    'verzendingen',
    'verzendRaadsbrief',
    'De verzending aan de raad vastleggen (directeur of college): DOCX en PDF worden bewaard zoals verzonden',
    raadsbriefVerzendingSchema,
    service.verzend,
  );

  app.get(
    '/raadsbrieven/:raadsbriefId/document',
    {
      schema: {
        tags,
        operationId: 'getRaadsbriefDocument',
        summary:
          'De brief als DOCX of PDF: een verzonden brief precies zoals verzonden, anders gemaakt uit secties en momentopname',
        params,
        querystring: raadsbriefDocumentQuery,
        response: { 200: raadsbriefDocumentSchema },
      },
    },
    async (request, reply) => {
      const d = await service.raadsbriefDocument(
        request.db,
        request.gebruiker!,
        briefId(request.params.raadsbriefId),
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
