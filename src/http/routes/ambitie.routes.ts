import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from '../../services/ambitie.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId, idParam, idVeld } from '../ids';
import { optioneleTekst, tekst } from '../schemas';

const tags = ['Bestuurlijke ambities'];
const bron = z.enum(['coalitieakkoord', 'collegeprogramma', 'nieuw'], {
  error: 'Kies coalitieakkoord, collegeprogramma of nieuw.',
});
const dossierRef = z.object({ id: z.string(), titel: z.string(), status: z.string() });
const ambitieSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    tekst: z.string().nullable(),
    bron,
    portefeuillehouder: z.string(),
    voortgang: z.number().int().nullable().describe('Voortgang in procenten'),
    voortgangToelichting: z.string().nullable(),
    opgaven: z.array(dossierRef),
    bestuursopdrachten: z.array(dossierRef),
    versie: z.number().int(),
  })
  .meta({ id: 'BestuurlijkeAmbitie' });
const velden = {
  tekst: optioneleTekst(8000),
  voortgang: z
    .number({ error: 'Geef de voortgang als percentage.' })
    .int({ error: 'Geef een heel percentage.' })
    .min(0, { error: 'De voortgang is minstens 0%.' })
    .max(100, { error: 'De voortgang is hoogstens 100%.' })
    .nullable()
    .optional(),
  voortgangToelichting: optioneleTekst(4000),
  opgaveIds: z.array(idVeld).max(50).optional(),
};

export async function ambitieRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ambitieId = (x: string) => assertId(x, 'Bestuurlijke ambitie');

  app.get(
    '/bestuurlijke-ambities',
    {
      schema: {
        tags,
        operationId: 'listAmbities',
        summary: 'Bestuurlijke ambities met hun opgaven en bestuursopdrachten',
        response: { 200: z.object({ resultaten: z.array(ambitieSchema) }) },
      },
    },
    async (request) => ({ resultaten: await service.listAmbities(request.db) }),
  );

  app.post(
    '/bestuurlijke-ambities',
    {
      schema: {
        tags,
        operationId: 'createAmbitie',
        summary: 'Bestuurlijke ambitie vastleggen',
        body: z.strictObject({ titel: tekst(300), bron, portefeuillehouder: tekst(200), ...velden }),
        response: { 201: ambitieSchema },
      },
    },
    async (request, reply) => {
      const a = await service.createAmbitie(request.db, request.body);
      setEtag(reply, a.versie);
      return reply.code(201).header('Location', `/api/v1/bestuurlijke-ambities/${a.id}`).send(a);
    },
  );

  app.get(
    '/bestuurlijke-ambities/:ambitieId',
    {
      schema: {
        tags,
        operationId: 'getAmbitie',
        summary: 'Eén bestuurlijke ambitie',
        params: z.object({ ambitieId: idParam }),
        response: { 200: ambitieSchema },
      },
    },
    async (request, reply) => {
      const a = await service.getAmbitie(request.db, ambitieId(request.params.ambitieId));
      setEtag(reply, a.versie);
      return a;
    },
  );

  app.patch(
    '/bestuurlijke-ambities/:ambitieId',
    {
      schema: {
        tags,
        operationId: 'updateAmbitie',
        summary: 'Bestuurlijke ambitie of haar voortgang bijwerken (met If-Match)',
        params: z.object({ ambitieId: idParam }),
        body: z.strictObject({
          titel: tekst(300).optional(),
          bron: bron.optional(),
          portefeuillehouder: tekst(200).optional(),
          ...velden,
        }),
        response: { 200: ambitieSchema },
      },
    },
    async (request, reply) => {
      const a = await service.updateAmbitie(
        request.db,
        ambitieId(request.params.ambitieId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, a.versie);
      return a;
    },
  );
}
