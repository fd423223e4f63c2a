import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  formatieplaatsSchema,
  formatieplaatsWijzigingSchema,
  formatieVerloopQuery,
  formatieVerloopSchema,
  nieuweFormatieplaatsSchema,
  nieuwePlaatsingSchema,
  organisatieFormatieSchema,
  peildatumQuery,
  plaatsingSchema,
  plaatsingWijzigingSchema,
  teamFormatieSchema,
} from '../../contract/formatie';
import { formaatQuery, idParam } from '../../contract/velden';
import {
  formatieVerloopTabel,
  organisatieFormatieTabel,
  teamFormatieTabel,
} from '../../reports/lijst-tabellen';
import * as service from '../../services/formatie.service';
import { getTeam } from '../../services/team.service';
import { auditAantalPersonen, telPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Formatie'];

/** Formatieplaatsen, plaatsingen and the formatie figures per date (issue 13). */
export async function formatieRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/organisatie/formatie',
    {
      schema: {
        tags,
        operationId: 'getOrganisatieFormatie',
        summary:
          'Formatie, bezetting, vacatures en boventalligheid van de organisatie op een datum; ?formaat=csv of xlsx geeft de teams als bestand',
        querystring: peildatumQuery.extend({ formaat: formaatQuery }),
        response: { 200: organisatieFormatieSchema },
      },
    },
    async (request, reply) => {
      const f = await service.organisatieFormatie(request.db, request.gebruiker!, request.query.peildatum);
      if (request.query.formaat === 'json') return f;
      // Figures per team, no names of people.
      auditExport(request, 0);
      return stuurExport(reply, request.query.formaat, organisatieFormatieTabel(f));
    },
  );

  app.get(
    '/organisatie/formatie/verloop',
    {
      schema: {
        tags,
        operationId: 'getOrganisatieFormatieVerloop',
        summary:
          'De formatie in de tijd: formatie, bezetting, vacatures en boventalligheid op de eerste van elke maand; ?formaat=csv of xlsx geeft ze als bestand',
        querystring: formatieVerloopQuery.extend({ formaat: formaatQuery }),
        response: { 200: formatieVerloopSchema },
      },
    },
    async (request, reply) => {
      const { formaat, ...q } = request.query;
      const v = await service.organisatieFormatieVerloop(request.db, request.gebruiker!, q);
      if (formaat === 'json') return v;
      // Figures per team and month, no names of people.
      auditExport(request, 0);
      return stuurExport(reply, formaat, formatieVerloopTabel(v));
    },
  );

  app.get(
    '/teams/:teamId/formatie',
    {
      schema: {
        tags,
        operationId: 'getTeamFormatie',
        summary:
          'De formatieplaatsen van een team op een datum, met wie ze vervullen en de vacatures; ?formaat=csv of xlsx geeft ze als bestand',
        params: z.object({ teamId: idParam }),
        querystring: peildatumQuery.extend({ formaat: formaatQuery }),
        response: { 200: teamFormatieSchema },
      },
    },
    async (request, reply) => {
      const teamId = assertId(request.params.teamId, 'Team');
      const f = await service.teamFormatie(request.db, request.gebruiker!, teamId, request.query.peildatum);
      const personen = telPersonen(
        f.formatieplaatsen.flatMap((p) => p.plaatsingen),
        (p) => p.medewerker.id,
      );
      if (request.query.formaat === 'json') {
        auditAantalPersonen(request, personen);
        return f;
      }
      // The file names who fills each place; reach is the JSON answer's (teamFormatie refused others).
      auditExport(request, personen);
      const team = await getTeam(request.db, request.gebruiker!, teamId);
      return stuurExport(reply, request.query.formaat, teamFormatieTabel(team.naam, f));
    },
  );

  app.post(
    '/teams/:teamId/formatieplaatsen',
    {
      schema: {
        tags,
        operationId: 'createFormatieplaats',
        summary: 'Formatieplaats toevoegen aan een team',
        params: z.object({ teamId: idParam }),
        body: nieuweFormatieplaatsSchema,
        response: { 201: formatieplaatsSchema },
      },
    },
    async (request, reply) => {
      const f = await service.createFormatieplaats(
        request.db,
        request.gebruiker!,
        assertId(request.params.teamId, 'Team'),
        request.body,
      );
      setEtag(reply, f.versie);
      return reply.code(201).header('Location', f._links.self.href).send(f);
    },
  );

  app.get(
    '/formatieplaatsen/:formatieplaatsId',
    {
      schema: {
        tags,
        operationId: 'getFormatieplaats',
        summary: 'Eén formatieplaats met al haar plaatsingen; de cijfers op de peildatum',
        params: z.object({ formatieplaatsId: idParam }),
        querystring: peildatumQuery,
        response: { 200: formatieplaatsSchema },
      },
    },
    async (request, reply) => {
      const f = await service.getFormatieplaats(
        request.db,
        request.gebruiker!,
        assertId(request.params.formatieplaatsId, 'Formatieplaats'),
        request.query.peildatum,
      );
      auditAantalPersonen(
        request,
        telPersonen(f.plaatsingen, (p) => p.medewerker.id),
      );
      setEtag(reply, f.versie);
      return f;
    },
  );

  app.patch(
    '/formatieplaatsen/:formatieplaatsId',
    {
      schema: {
        tags,
        operationId: 'updateFormatieplaats',
        summary: 'Formatieplaats wijzigen of beëindigen (met If-Match)',
        params: z.object({ formatieplaatsId: idParam }),
        body: formatieplaatsWijzigingSchema,
        response: { 200: formatieplaatsSchema },
      },
    },
    async (request, reply) => {
      const f = await service.updateFormatieplaats(
        request.db,
        request.gebruiker!,
        assertId(request.params.formatieplaatsId, 'Formatieplaats'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, f.versie);
      return f;
    },
  );

  app.post(
    '/formatieplaatsen/:formatieplaatsId/plaatsingen',
    {
      schema: {
        tags,
        operationId: 'createPlaatsing',
        summary: 'Een medewerker (voor een deel) op een formatieplaats plaatsen',
        params: z.object({ formatieplaatsId: idParam }),
        body: nieuwePlaatsingSchema,
        response: { 201: plaatsingSchema },
      },
    },
    async (request, reply) => {
      const p = await service.createPlaatsing(
        request.db,
        request.gebruiker!,
        assertId(request.params.formatieplaatsId, 'Formatieplaats'),
        request.body,
      );
      setEtag(reply, p.versie);
      return reply.code(201).header('Location', p._links.self.href).send(p);
    },
  );

  app.get(
    '/plaatsingen/:plaatsingId',
    {
      schema: {
        tags,
        operationId: 'getPlaatsing',
        summary: 'Eén plaatsing',
        params: z.object({ plaatsingId: idParam }),
        response: { 200: plaatsingSchema },
      },
    },
    async (request, reply) => {
      const p = await service.getPlaatsing(
        request.db,
        request.gebruiker!,
        assertId(request.params.plaatsingId, 'Plaatsing'),
      );
      setEtag(reply, p.versie);
      return p;
    },
  );

  app.patch(
    '/plaatsingen/:plaatsingId',
    {
      schema: {
        tags,
        operationId: 'updatePlaatsing',
        summary: 'Plaatsing wijzigen of beëindigen (met If-Match)',
        params: z.object({ plaatsingId: idParam }),
        body: plaatsingWijzigingSchema,
        response: { 200: plaatsingSchema },
      },
    },
    async (request, reply) => {
      const p = await service.updatePlaatsing(
        request.db,
        request.gebruiker!,
        assertId(request.params.plaatsingId, 'Plaatsing'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, p.versie);
      return p;
    },
  );
}
