import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from '../../services/programma.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId, idParam, idVeld } from '../ids';
import { optioneleTekst, tekst } from '../schemas';
import { persoonRef } from './dossier-schemas';

const tags = ["Programma's"];
const programmaSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    omschrijving: z.string().nullable(),
    programmaregisseur: persoonRef.nullable(),
    aantalOpgaven: z.number().int(),
    aantalBestuursopdrachten: z.number().int(),
    versie: z.number().int(),
  })
  .meta({ id: 'Programma' });
const velden = {
  omschrijving: optioneleTekst(4000),
  programmaregisseurMedewerkerId: idVeld.nullable().optional(),
};

export async function programmaRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/programmas',
    {
      schema: {
        tags,
        operationId: 'listProgrammas',
        summary: "Programma's met hun programmaregisseur en het aantal dossiers",
        response: { 200: z.object({ resultaten: z.array(programmaSchema) }) },
      },
    },
    async (request) => ({ resultaten: await service.listProgrammas(request.db) }),
  );

  app.post(
    '/programmas',
    {
      schema: {
        tags,
        operationId: 'createProgramma',
        summary: 'Programma toevoegen',
        body: z.strictObject({ naam: tekst(200), ...velden }),
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
        body: z.strictObject({ naam: tekst(200).optional(), ...velden }),
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
