import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '../../contract/velden';
import {
  nieuweVeranderActieSchema,
  nieuweVeranderFaseSchema,
  nieuwVeranderThemaLidSchema,
  nieuwVeranderThemaSchema,
  veranderActieSchema,
  veranderActieWijzigingSchema,
  veranderFaseSchema,
  veranderFasesSchema,
  veranderFaseWijzigingSchema,
  veranderprogrammaSchema,
  veranderThemaLidSchema,
  veranderThemaLidWijzigingSchema,
  veranderThemaSchema,
  veranderThemaWijzigingSchema,
} from '../../contract/veranderprogramma';
import * as service from '../../services/veranderprogramma.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId } from '../ids';

const tags = ['Veranderprogramma'];

/**
 * The veranderprogramma (issue 15, item 1; reach in src/access/veranderprogramma.ts). Every change
 * needs the version it was based on (If-Match; 412 when someone else was first), 400 lists every
 * problem at once. A transitieteam member's hours are inzet: adding, changing or removing a member
 * changes the capacity figures in the same transaction.
 */
export async function veranderprogrammaRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const faseId = (x: string) => assertId(x, 'Fase');
  const themaId = (x: string) => assertId(x, 'Thema');
  const faseParams = z.object({ faseId: idParam });
  const themaParams = z.object({ themaId: idParam });
  const lidParams = z.object({ themaId: idParam, lidId: idParam });
  const actieParams = z.object({ themaId: idParam, actieId: idParam });

  app.get(
    '/veranderprogramma',
    {
      schema: {
        tags,
        operationId: 'getVeranderprogramma',
        summary: 'Het veranderprogramma: fasen en per thema waar het staat, met acties en mijlpalen',
        response: { 200: veranderprogrammaSchema },
      },
    },
    async (request) => service.getVeranderprogramma(request.db, request.gebruiker!),
  );

  // --- phases -------------------------------------------------------------------------------------------

  app.get(
    '/verander-fases',
    {
      schema: {
        tags,
        operationId: 'listVeranderFases',
        summary: 'De fasen van het veranderprogramma (0 tot en met 5)',
        response: { 200: veranderFasesSchema },
      },
    },
    async (request) => service.listFases(request.db, request.gebruiker!),
  );

  app.post(
    '/verander-fases',
    {
      schema: {
        tags,
        operationId: 'createVeranderFase',
        summary: 'Een fase toevoegen (één fase per nummer, één lopende fase tegelijk)',
        body: nieuweVeranderFaseSchema,
        response: { 201: veranderFaseSchema },
      },
    },
    async (request, reply) => {
      const f = await service.createFase(request.db, request.gebruiker!, request.body);
      request.auditObject = { type: 'verander_fase', id: f.id };
      setEtag(reply, f.versie);
      return reply.code(201).header('Location', `/api/v1/verander-fases/${f.id}`).send(f);
    },
  );

  app.patch(
    '/verander-fases/:faseId',
    {
      schema: {
        tags,
        operationId: 'updateVeranderFase',
        summary: 'Een fase wijzigen (met If-Match)',
        params: faseParams,
        body: veranderFaseWijzigingSchema,
        response: { 200: veranderFaseSchema },
      },
    },
    async (request, reply) => {
      const f = await service.updateFase(
        request.db,
        request.gebruiker!,
        faseId(request.params.faseId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, f.versie);
      return f;
    },
  );

  app.delete(
    '/verander-fases/:faseId',
    {
      schema: {
        tags,
        operationId: 'deleteVeranderFase',
        summary: 'Een fase verwijderen (met If-Match; 409 zolang er thema’s aan hangen)',
        params: faseParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteFase(
        request.db,
        request.gebruiker!,
        faseId(request.params.faseId),
        requireIfMatch(request),
      );
      return reply.code(204).send(null);
    },
  );

  // --- themes ---------------------------------------------------------------------------------------------

  app.post(
    '/verander-themas',
    {
      schema: {
        tags,
        operationId: 'createVeranderThema',
        summary: 'Een thema toevoegen, met trekker en (optioneel) fase',
        body: nieuwVeranderThemaSchema,
        response: { 201: veranderThemaSchema },
      },
    },
    async (request, reply) => {
      const t = await service.createThema(request.db, request.gebruiker!, request.body);
      request.auditObject = { type: 'verander_thema', id: t.id };
      setEtag(reply, t.versie);
      return reply.code(201).header('Location', `/api/v1/verander-themas/${t.id}`).send(t);
    },
  );

  app.get(
    '/verander-themas/:themaId',
    {
      schema: {
        tags,
        operationId: 'getVeranderThema',
        summary: 'Eén thema met transitieteam, acties en mijlpalen',
        params: themaParams,
        response: { 200: veranderThemaSchema },
      },
    },
    async (request, reply) => {
      const t = await service.getThema(request.db, request.gebruiker!, themaId(request.params.themaId));
      setEtag(reply, t.versie);
      return t;
    },
  );

  app.patch(
    '/verander-themas/:themaId',
    {
      schema: {
        tags,
        operationId: 'updateVeranderThema',
        summary: 'Naam, omschrijving, trekker, fase of status van een thema wijzigen (met If-Match)',
        params: themaParams,
        body: veranderThemaWijzigingSchema,
        response: { 200: veranderThemaSchema },
      },
    },
    async (request, reply) => {
      const t = await service.updateThema(
        request.db,
        request.gebruiker!,
        themaId(request.params.themaId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, t.versie);
      return t;
    },
  );

  app.delete(
    '/verander-themas/:themaId',
    {
      schema: {
        tags,
        operationId: 'deleteVeranderThema',
        summary:
          'Een thema met zijn acties verwijderen (met If-Match; 409 zolang het een transitieteam of evaluaties heeft)',
        params: themaParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteThema(
        request.db,
        request.gebruiker!,
        themaId(request.params.themaId),
        requireIfMatch(request),
      );
      return reply.code(204).send(null);
    },
  );

  // --- transitieteam ----------------------------------------------------------------------------------------

  app.post(
    '/verander-themas/:themaId/leden',
    {
      schema: {
        tags,
        operationId: 'createVeranderThemaLid',
        summary:
          'Een medewerker aan het transitieteam toevoegen; de uren per week worden inzet (wendbaar) en tellen in de capaciteit',
        params: themaParams,
        body: nieuwVeranderThemaLidSchema,
        response: { 201: veranderThemaLidSchema },
      },
    },
    async (request, reply) => {
      const id = themaId(request.params.themaId);
      const l = await service.addLid(request.db, request.gebruiker!, id, request.body);
      request.auditObject = { type: 'verander_thema', id };
      request.auditDetails = { lidId: l.id };
      setEtag(reply, l.versie);
      return reply.code(201).header('Location', `/api/v1/verander-themas/${id}`).send(l);
    },
  );

  app.patch(
    '/verander-themas/:themaId/leden/:lidId',
    {
      schema: {
        tags,
        operationId: 'updateVeranderThemaLid',
        summary: 'Rol, uren of periode van een lid wijzigen (met If-Match; de inzet verandert mee)',
        params: lidParams,
        body: veranderThemaLidWijzigingSchema,
        response: { 200: veranderThemaLidSchema },
      },
    },
    async (request, reply) => {
      const l = await service.updateLid(
        request.db,
        request.gebruiker!,
        themaId(request.params.themaId),
        assertId(request.params.lidId, 'Lid van het transitieteam'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, l.versie);
      return l;
    },
  );

  app.delete(
    '/verander-themas/:themaId/leden/:lidId',
    {
      schema: {
        tags,
        operationId: 'deleteVeranderThemaLid',
        summary: 'Een lid uit het transitieteam halen (met If-Match; de inzet vervalt)',
        params: lidParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.removeLid(
        request.db,
        request.gebruiker!,
        themaId(request.params.themaId),
        assertId(request.params.lidId, 'Lid van het transitieteam'),
        requireIfMatch(request),
      );
      return reply.code(204).send(null);
    },
  );

  // --- actions and milestones ---------------------------------------------------------------------------------

  app.post(
    '/verander-themas/:themaId/acties',
    {
      schema: {
        tags,
        operationId: 'createVeranderActie',
        summary: 'Een actie of mijlpaal toevoegen, met eigenaar en datum',
        params: themaParams,
        body: nieuweVeranderActieSchema,
        response: { 201: veranderActieSchema },
      },
    },
    async (request, reply) => {
      const id = themaId(request.params.themaId);
      const a = await service.addActie(request.db, request.gebruiker!, id, request.body);
      request.auditObject = { type: 'verander_thema', id };
      request.auditDetails = { actieId: a.id };
      setEtag(reply, a.versie);
      return reply.code(201).header('Location', `/api/v1/verander-themas/${id}`).send(a);
    },
  );

  app.patch(
    '/verander-themas/:themaId/acties/:actieId',
    {
      schema: {
        tags,
        operationId: 'updateVeranderActie',
        summary: 'Een actie of mijlpaal wijzigen of gereed melden (met If-Match)',
        params: actieParams,
        body: veranderActieWijzigingSchema,
        response: { 200: veranderActieSchema },
      },
    },
    async (request, reply) => {
      const a = await service.updateActie(
        request.db,
        request.gebruiker!,
        themaId(request.params.themaId),
        assertId(request.params.actieId, 'Actie'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, a.versie);
      return a;
    },
  );

  app.delete(
    '/verander-themas/:themaId/acties/:actieId',
    {
      schema: {
        tags,
        operationId: 'deleteVeranderActie',
        summary: 'Een actie of mijlpaal verwijderen (met If-Match)',
        params: actieParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.removeActie(
        request.db,
        request.gebruiker!,
        themaId(request.params.themaId),
        assertId(request.params.actieId, 'Actie'),
        requireIfMatch(request),
      );
      return reply.code(204).send(null);
    },
  );
}
