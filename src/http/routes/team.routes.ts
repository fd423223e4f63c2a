import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { leiderschapWijzigingSchema } from '../../contract/leiderschap';
import {
  expertiseMatrixSchema,
  leiderschapEindeSchema,
  leidinggevendenSchema,
  nieuwLeiderschapSchema,
  nieuwTeamSchema,
  teamLijstSchema,
  teamledenQuery,
  teamledenSchema,
  teamSchema,
  teamsQuery,
  teamWijzigingAntwoordSchema,
  teamWijzigingSchema,
} from '../../contract/team';
import { formaatQuery, idParam } from '../../contract/velden';
import { teamledenTabel } from '../../reports/lijst-exports';
import { teamTabel } from '../../reports/lijst-tabellen';
import * as service from '../../services/team.service';
import { auditAantalPersonen, auditTerugwerkend, telPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, HELE_LIJST, stuurExport } from '../export';
import { assertId } from '../ids';
import { pagina, parseSortering } from '../pagination';
import { metLinks } from '../schemas';

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
        summary: 'Teams zoeken en bladeren; ?formaat=csv of xlsx geeft alle gevonden teams als bestand',
        querystring: teamsQuery.extend({ formaat: formaatQuery }),
        response: { 200: teamLijstSchema },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const sortering = parseSortering(q.sorteer, ['naam', 'soort', 'aantalMedewerkers'] as const, 'naam');
      const p = q.formaat !== 'json' ? HELE_LIJST : { pagina: q.pagina, paginaGrootte: q.paginaGrootte };
      const resultaat = await service.listTeams(
        request.db,
        request.gebruiker!,
        { soort: q.soort, zoek: q.zoek, status: q.status, parentId: q.parentId },
        sortering,
        p,
      );
      if (q.formaat !== 'json') {
        // The file names the teams' leaders.
        const leiders = resultaat.rijen.flatMap((t) => t.leidinggevenden.filter((l) => !l.einddatum));
        auditExport(
          request,
          telPersonen(leiders, (l) => l.medewerkerId),
        );
        return stuurExport(reply, q.formaat, teamTabel(resultaat.rijen));
      }
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
        body: nieuwTeamSchema,
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
        summary: 'Team wijzigen of opheffen (met If-Match; een opheffingsdatum ver terug vraagt een reden)',
        params: teamParams,
        body: teamWijzigingSchema,
        response: { 200: teamWijzigingAntwoordSchema },
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
      auditTerugwerkend(request, team.terugwerkend);
      return metLinks(team, href(team.id));
    },
  );

  app.get(
    '/teams/:teamId/leden',
    {
      schema: {
        tags,
        operationId: 'listTeamleden',
        summary: 'Leden van een team op een peildatum; ?formaat=csv of xlsx geeft ze als bestand',
        params: teamParams,
        querystring: teamledenQuery.extend({ formaat: formaatQuery }),
        response: { 200: teamledenSchema },
      },
    },
    async (request, reply) => {
      const resultaten = await service.listLeden(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
        request.query.peildatum,
      );
      const personen = telPersonen(resultaten, (r) => r.medewerkerId);
      if (request.query.formaat !== 'json') {
        auditExport(request, personen);
        return stuurExport(reply, request.query.formaat, teamledenTabel(resultaten, request.query.peildatum));
      }
      auditAantalPersonen(request, personen);
      return { resultaten };
    },
  );

  app.get(
    '/teams/:teamId/expertise-matrix',
    {
      schema: {
        tags,
        operationId: 'getExpertiseMatrix',
        summary: 'Expertisematrix van een team',
        params: teamParams,
        response: { 200: expertiseMatrixSchema },
      },
    },
    async (request) => {
      const matrix = await service.getExpertiseMatrix(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
      );
      auditAantalPersonen(
        request,
        telPersonen(matrix.rijen, (r) => r.medewerkerId),
      );
      return matrix;
    },
  );

  app.get(
    '/teams/:teamId/leidinggevenden',
    {
      schema: {
        tags,
        operationId: 'listLeidinggevenden',
        summary: 'Teamleiders of directeuren van een team, met historie',
        params: teamParams,
        response: { 200: leidinggevendenSchema },
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
        summary: 'Teamleider of directeur aanstellen (If-Match van het team als die wordt meegestuurd)',
        description:
          'Eén teamleider per basisteam tegelijk en één gemeentesecretaris tegelijk. Verder terug dan ' +
          'de instelling terugwerkendeDagen alleen met een reden. Verhoogt de versie van het team.',
        params: teamParams,
        body: nieuwLeiderschapSchema,
        response: { 201: leiderschapWijzigingSchema },
      },
    },
    async (request, reply) => {
      const teamId = assertId(request.params.teamId, 'Team');
      // If-Match is optional on an appointment (it overwrites nothing); sent, it must be current.
      const versie = request.headers['if-match'] ? requireIfMatch(request) : undefined;
      const l = await service.addLeidinggevende(request.db, teamId, request.body, versie);
      auditTerugwerkend(request, l.terugwerkend);
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
        summary: 'Leiderschap beëindigen, eventueel met opvolger (If-Match van het team)',
        description:
          'Een basisteam heeft op elke datum een teamleider: de enige teamleider beëindigen kan alleen met ' +
          'een opvolger vanaf de volgende dag (in hetzelfde verzoek) of als het team dan is opgeheven. ' +
          'If-Match is de ETag van het team; het antwoord geeft de nieuwe versie van het team.',
        params: z.object({ teamId: idParam, leiderschapId: idParam }),
        body: leiderschapEindeSchema,
        response: { 200: leiderschapWijzigingSchema },
      },
    },
    async (request) => {
      const l = await service.endLeidinggevende(
        request.db,
        assertId(request.params.teamId, 'Team'),
        assertId(request.params.leiderschapId, 'Leiderschap'),
        requireIfMatch(request),
        request.body,
      );
      auditTerugwerkend(request, l.terugwerkend);
      return l;
    },
  );
}
