import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from '../../services/resultaatdoel.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId, idParam, idVeld } from '../ids';
import { datum, optioneleTekst, tekst } from '../schemas';

const tags = ['Resultaatdoelen'];
const periode = z
  .string()
  .regex(/^\d{4}(-Q[1-4])?$/, { error: 'Geef een jaar (2026) of kwartaal (2026-Q2).' });
const status = z.enum(['gepland', 'actief', 'behaald', 'niet-behaald', 'vervallen'], {
  error: 'Kies gepland, actief, behaald, niet-behaald of vervallen.',
});
const koppelingen = z
  .array(
    z.strictObject({
      beleidsdoelId: idVeld,
      gewicht: z
        .number({ error: 'Geef het gewicht als getal tussen 0 en 1.' })
        .gt(0, { error: 'Het gewicht is groter dan 0.' })
        .max(1, { error: 'Het gewicht is hoogstens 1.' }),
    }),
  )
  .min(1, { error: 'Een resultaatdoel dient minstens één beleidsdoel.' })
  .max(20);
const velden = {
  omschrijving: optioneleTekst(4000),
  indicator: optioneleTekst(500),
  doelwaarde: z.number({ error: 'Geef de doelwaarde als getal.' }).nullable().optional(),
  eenheid: optioneleTekst(50),
  geschatteUren: z
    .number({ error: 'Geef de geschatte uren als getal.' })
    .min(0, { error: 'Uren kunnen niet negatief zijn.' })
    .max(100_000)
    .optional(),
  eigenaarMedewerkerId: idVeld.nullable().optional(),
  status: status.optional(),
};

const resultaatdoelSchema = z
  .object({
    id: z.string(),
    teamId: z.string(),
    periode: z.string(),
    prioriteit: z.number().int(),
    titel: z.string(),
    omschrijving: z.string().nullable(),
    indicator: z.string().nullable(),
    doelwaarde: z.number().nullable(),
    eenheid: z.string().nullable(),
    geschatteUren: z.number(),
    eigenaar: z.object({ medewerkerId: z.string(), naam: z.string() }).nullable(),
    status,
    beleidsdoelen: z.array(z.object({ beleidsdoelId: z.string(), naam: z.string(), gewicht: z.number() })),
    laatsteVoortgang: z
      .object({ datum: z.string(), waarde: z.number().nullable(), toelichting: z.string().nullable() })
      .nullable(),
    versie: z.number().int(),
    mag: z
      .object({
        plannen: z
          .boolean()
          .describe('Het doel wijzigen, voortgang vastleggen en er inzet op plannen (het eigen team)'),
      })
      .describe('Wat de vrager met dit resultaatdoel mag'),
  })
  .meta({ id: 'Resultaatdoel' });
const voortgangSchema = z.object({
  id: z.string(),
  datum: z.string(),
  waarde: z.number().nullable(),
  toelichting: z.string().nullable(),
  vastgelegdOp: z.string(),
});

export async function resultaatdoelRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/teams/:teamId/resultaatdoelen',
    {
      schema: {
        tags,
        operationId: 'listResultaatdoelen',
        summary: 'Resultaatdoelen van een team, in volgorde van prioriteit',
        params: z.object({ teamId: idParam }),
        querystring: z.strictObject({ periode: periode.optional() }),
        response: { 200: z.object({ resultaten: z.array(resultaatdoelSchema) }) },
      },
    },
    async (request) => ({
      resultaten: await service.listResultaatdoelen(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
        request.query.periode,
      ),
    }),
  );

  app.post(
    '/teams/:teamId/resultaatdoelen',
    {
      schema: {
        tags,
        operationId: 'createResultaatdoel',
        summary: 'Resultaatdoel toevoegen (achteraan in de prioriteiten, of op een vrije plaats)',
        params: z.object({ teamId: idParam }),
        body: z.strictObject({
          periode,
          titel: tekst(300),
          prioriteit: z.number().int().min(1).optional(),
          beleidsdoelen: koppelingen,
          ...velden,
        }),
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
        body: z.strictObject({ periode, volgorde: z.array(idVeld).min(1).max(500) }),
        response: { 201: z.object({ resultaten: z.array(resultaatdoelSchema) }) },
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
        body: z.strictObject({
          titel: tekst(300).optional(),
          beleidsdoelen: koppelingen.optional(),
          ...velden,
        }),
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
        response: { 200: z.object({ resultaten: z.array(voortgangSchema) }) },
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
        body: z.strictObject({
          datum,
          waarde: z.number({ error: 'Geef de waarde als getal.' }).nullable().optional(),
          toelichting: optioneleTekst(4000),
        }),
        response: { 201: z.object({ resultaten: z.array(voortgangSchema) }) },
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
