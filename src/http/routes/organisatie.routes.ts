import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  organisatieCapaciteitQuery,
  organisatieCapaciteitSchema,
  organisatieoverzichtSchema,
  organogramSchema,
  zoekQuery,
  zoekresultatenSchema,
} from '../../contract/organisatie';
import { formaatQuery } from '../../contract/velden';
import { zoekTabel } from '../../reports/lijst-tabellen';
import { organisatieCapaciteit } from '../../services/beschikbaarheid.service';
import * as service from '../../services/organisatie.service';
import { auditAantalPersonen, telPersonen } from '../audit.plugin';
import { auditExport, HELE_LIJST, stuurExport } from '../export';

export async function organisatieRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/organisatie/capaciteit',
    {
      schema: {
        tags: ['Organisatie'],
        operationId: 'getOrganisatieCapaciteit',
        summary: 'Elk basisteam × maand: capaciteit, vraag, inzet en benutting',
        querystring: organisatieCapaciteitQuery,
        response: { 200: organisatieCapaciteitSchema },
      },
    },
    async (request, reply) => {
      const r = await organisatieCapaciteit(request.db, request.query.jaar);
      if (request.query.formaat === 'json') return r;
      // Team figures only: the file names nobody, but it leaves the application (one bulk record).
      auditExport(request, 0);
      const getal = (
        kop: string,
        waarde: (c: (typeof r.totalen)[number] & { team: string }) => number | null,
      ) => ({ kop, waarde, formaat: '0.00' });
      return stuurExport(reply, request.query.formaat, {
        titel: `Capaciteit organisatie ${r.jaar}`,
        kolommen: [
          { kop: 'Team', waarde: (c) => c.team, breedte: 32 },
          { kop: 'Maand', waarde: (c) => c.periode },
          getal('Capaciteit', (c) => c.capaciteit),
          getal('Vraag', (c) => c.vraag),
          getal('Ingezet', (c) => c.ingezet),
          getal('Ingezet wendbaar', (c) => c.ingezetWendbaar),
          getal('Benutting', (c) => c.benutting),
        ],
        rijen: r.teams.flatMap((t) => t.cellen.map((c) => ({ ...c, team: t.naam }))),
      });
    },
  );

  app.get(
    '/organisatie',
    {
      schema: {
        tags: ['Organisatie'],
        operationId: 'getOrganisatieoverzicht',
        summary: 'Kerncijfers, teams, open wijzigingen en signalen',
        response: { 200: organisatieoverzichtSchema },
      },
    },
    async (request) => {
      const overzicht = await service.getOverzicht(request.db, request.gebruiker!);
      const { openWijzigingen, signalen } = overzicht;
      auditAantalPersonen(
        request,
        telPersonen(
          [
            ...openWijzigingen.map((w) => w.medewerkerId),
            ...signalen.medewerkersZonderTeam.map((m) => m.id),
            ...signalen.lidmaatschapsgaten.map((g) => g.medewerkerId),
          ],
          (id) => id,
        ),
      );
      return overzicht;
    },
  );

  app.get(
    '/organisatie/organogram',
    {
      schema: {
        tags: ['Organisatie'],
        operationId: 'getOrganogram',
        summary: 'Directie → teamleiders → basisteams',
        response: { 200: organogramSchema },
      },
    },
    async (request) => service.getOrganogram(request.db),
  );

  app.get(
    '/zoekresultaten',
    {
      schema: {
        tags: ['Organisatie'],
        operationId: 'search',
        summary:
          'Zoeken in medewerkers, teams en expertises; ?formaat=csv of xlsx geeft alle treffers (niet alleen de eerste tien) als bestand',
        querystring: zoekQuery.extend({ formaat: formaatQuery }),
        response: { 200: zoekresultatenSchema },
      },
    },
    async (request, reply) => {
      const { zoekterm, formaat } = request.query;
      const treffers = await service.searchAll(
        request.db,
        zoekterm,
        formaat === 'json' ? undefined : HELE_LIJST.paginaGrootte,
      );
      if (formaat !== 'json') {
        auditExport(request, treffers.medewerkers.length);
        return stuurExport(reply, formaat, zoekTabel(zoekterm, treffers));
      }
      auditAantalPersonen(request, treffers.medewerkers.length);
      return treffers;
    },
  );
}
