import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from '../../services/team.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId, idParam, idVeld } from '../ids';
import { lijstQuery, lijstSchema, pagina, parseSortering } from '../pagination';
import { datum, leiderschapSchema, links, metLinks, optioneleTekst, tekst } from '../schemas';

const soort = z.enum(['directie', 'basisteam'], { error: "Kies 'directie' of 'basisteam'." });

const teamSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    soort,
    parentId: z.string().nullable(),
    parentNaam: z.string().nullable(),
    omschrijving: z.string().nullable(),
    opgehevenOp: z.string().nullable(),
    nietProductiefAandeel: z
      .number()
      .nullable()
      .describe('Eigen niet-productief aandeel van het team; leeg = dat van de organisatie'),
    robuustReservering: z
      .number()
      .nullable()
      .describe(
        'Deel van de capaciteit dat het team voor robuust werk reserveert; leeg = de standaard van de organisatie',
      ),
    versie: z.number().int(),
    aantalMedewerkers: z.number().int(),
    fte: z.number(),
    leidinggevenden: z.array(leiderschapSchema),
    mag: z
      .object({
        plannen: z.boolean().describe('Resultaatdoelen, inzet en de reservering van het team plannen'),
        volledigZien: z
          .boolean()
          .describe(
            'Het team volledig zien: uren van de leden, beschikbaarheid, planning en expertisematrix',
          ),
      })
      .describe('Wat de vrager met dit team mag'),
    _links: links,
  })
  .meta({ id: 'Team' });

const nieuwTeam = z.strictObject({
  naam: tekst(200),
  soort,
  parentId: idVeld.nullable().optional(),
  omschrijving: optioneleTekst(2000),
});

const teamWijziging = z.strictObject({
  naam: tekst(200).optional(),
  parentId: idVeld.nullable().optional(),
  omschrijving: optioneleTekst(2000),
  opgehevenOp: datum.nullable().optional(),
  nietProductiefAandeel: z
    .number({ error: 'Geef een getal van 0 tot 1, bijvoorbeeld 0,15.' })
    .min(0, { error: 'Het aandeel kan niet negatief zijn.' })
    .max(0.9, { error: 'Hoogstens 0,9: anders blijft er geen tijd over.' })
    .nullable()
    .optional(),
});

const lidSchema = z
  .object({
    lidmaatschapId: z.string(),
    medewerkerId: z.string(),
    naam: z.string(),
    functie: z.string(),
    urenPerWeek: z.number().nullable(),
    fte: z.number().nullable(),
    ingangsdatum: z.string(),
    einddatum: z.string().nullable(),
  })
  .meta({ id: 'Teamlid' });

const matrixSchema = z
  .object({
    expertises: z.array(z.object({ id: z.string(), naam: z.string(), categorie: z.string() })),
    rijen: z.array(
      z.object({
        medewerkerId: z.string(),
        naam: z.string(),
        cellen: z.array(
          z.object({ expertiseId: z.string(), niveau: z.number().int(), ambitie: z.boolean() }),
        ),
      }),
    ),
  })
  .meta({ id: 'ExpertiseMatrix' });

const teamParams = z.object({ teamId: idParam });
const href = (id: string) => `/api/v1/teams/${id}`;
const tags = ['Teams'];

export async function teamRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/teams',
    {
      schema: {
        tags,
        operationId: 'listTeams',
        summary: 'Teams zoeken en bladeren',
        querystring: z.strictObject({
          ...lijstQuery,
          soort: soort.optional(),
          zoek: z.string().max(100).optional(),
          status: z.enum(['actief', 'opgeheven', 'alle']).default('actief'),
          parentId: idVeld.optional(),
        }),
        response: { 200: lijstSchema(teamSchema) },
      },
    },
    async (request) => {
      const q = request.query;
      const sortering = parseSortering(q.sorteer, ['naam', 'soort', 'aantalMedewerkers'] as const, 'naam');
      const p = { pagina: q.pagina, paginaGrootte: q.paginaGrootte };
      const resultaat = await service.listTeams(
        request.db,
        request.gebruiker!,
        { soort: q.soort, zoek: q.zoek, status: q.status, parentId: q.parentId },
        sortering,
        p,
      );
      return pagina(request, p, { ...resultaat, rijen: resultaat.rijen.map((t) => metLinks(t, href(t.id))) });
    },
  );

  app.get(
    '/teams/:teamId',
    {
      schema: {
        tags,
        operationId: 'getTeam',
        summary: 'Eén team',
        params: teamParams,
        response: { 200: teamSchema },
      },
    },
    async (request, reply) => {
      const team = await service.getTeam(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
      );
      setEtag(reply, team.versie);
      return metLinks(team, href(team.id));
    },
  );

  app.post(
    '/teams',
    {
      schema: {
        tags,
        operationId: 'createTeam',
        summary: 'Team toevoegen',
        body: nieuwTeam,
        response: { 201: teamSchema },
      },
    },
    async (request, reply) => {
      const team = await service.createTeam(request.db, request.gebruiker!, request.body);
      setEtag(reply, team.versie);
      return reply
        .code(201)
        .header('Location', href(team.id))
        .send(metLinks(team, href(team.id)));
    },
  );

  app.patch(
    '/teams/:teamId',
    {
      schema: {
        tags,
        operationId: 'updateTeam',
        summary: 'Team wijzigen of opheffen (met If-Match)',
        params: teamParams,
        body: teamWijziging,
        response: { 200: teamSchema },
      },
    },
    async (request, reply) => {
      const id = assertId(request.params.teamId, 'Team');
      const team = await service.updateTeam(
        request.db,
        request.gebruiker!,
        id,
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, team.versie);
      return metLinks(team, href(team.id));
    },
  );

  app.get(
    '/teams/:teamId/leden',
    {
      schema: {
        tags,
        operationId: 'listTeamleden',
        summary: 'Leden van een team op een peildatum',
        params: teamParams,
        querystring: z.strictObject({ peildatum: datum.optional() }),
        response: { 200: z.object({ resultaten: z.array(lidSchema) }) },
      },
    },
    async (request) => ({
      resultaten: await service.listLeden(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
        request.query.peildatum,
      ),
    }),
  );

  app.get(
    '/teams/:teamId/expertise-matrix',
    {
      schema: {
        tags,
        operationId: 'getExpertiseMatrix',
        summary: 'Expertisematrix van een team',
        params: teamParams,
        response: { 200: matrixSchema },
      },
    },
    async (request) =>
      service.getExpertiseMatrix(request.db, request.gebruiker!, assertId(request.params.teamId, 'Team')),
  );

  app.get(
    '/teams/:teamId/leidinggevenden',
    {
      schema: {
        tags,
        operationId: 'listLeidinggevenden',
        summary: 'Teamleiders of directeuren van een team, met historie',
        params: teamParams,
        response: { 200: z.object({ resultaten: z.array(leiderschapSchema) }) },
      },
    },
    async (request) => ({
      resultaten: await service.listLeidinggevenden(request.db, assertId(request.params.teamId, 'Team')),
    }),
  );

  app.post(
    '/teams/:teamId/leidinggevenden',
    {
      schema: {
        tags,
        operationId: 'addLeidinggevende',
        summary: 'Teamleider of directeur aanstellen',
        params: teamParams,
        body: z.strictObject({
          medewerkerId: idVeld,
          rol: z.enum(['teamleider', 'directeur'], { error: "Kies 'teamleider' of 'directeur'." }),
          gemeentesecretaris: z.boolean().optional(),
          ingangsdatum: datum,
        }),
        response: { 201: leiderschapSchema },
      },
    },
    async (request, reply) => {
      const teamId = assertId(request.params.teamId, 'Team');
      const l = await service.addLeidinggevende(request.db, teamId, request.body);
      return reply
        .code(201)
        .header('Location', `${href(teamId)}/leidinggevenden/${l.id}`)
        .send(l);
    },
  );

  app.patch(
    '/teams/:teamId/leidinggevenden/:leiderschapId',
    {
      schema: {
        tags,
        operationId: 'endLeidinggevende',
        summary: 'Leiderschap beëindigen',
        params: z.object({ teamId: idParam, leiderschapId: idParam }),
        body: z.strictObject({ einddatum: datum }),
        response: { 200: leiderschapSchema },
      },
    },
    async (request) =>
      service.endLeidinggevende(
        request.db,
        assertId(request.params.teamId, 'Team'),
        assertId(request.params.leiderschapId, 'Leiderschap'),
        request.body.einddatum,
      ),
  );
}
