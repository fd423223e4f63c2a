import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organisatieCapaciteit } from '../../services/beschikbaarheid.service';
import * as service from '../../services/organisatie.service';
import { formaatQuery, stuurExport } from '../export';

const teamInfo = z.object({
  id: z.string(),
  naam: z.string(),
  aantalMedewerkers: z.number().int(),
  fte: z.number(),
});
const treffer = z.object({ id: z.string(), naam: z.string(), omschrijving: z.string().nullable() });

const overzichtSchema = z
  .object({
    peildatum: z.string(),
    aantalTeams: z.number().int(),
    aantalBasisteams: z.number().int(),
    aantalMedewerkers: z.number().int(),
    fte: z.number(),
    teams: z.array(
      teamInfo.extend({
        soort: z.enum(['directie', 'basisteam']),
        teamleiders: z.array(z.object({ medewerkerId: z.string(), naam: z.string() })),
      }),
    ),
    openWijzigingen: z.array(
      z.object({
        soort: z.enum(['teamwissel', 'contractwijziging', 'uitDienst', 'inDienst']),
        datum: z.string(),
        medewerkerId: z.string(),
        naam: z.string(),
        omschrijving: z.string(),
      }),
    ),
    signalen: z.object({
      teamsZonderTeamleider: z.array(z.object({ id: z.string(), naam: z.string() })),
      medewerkersZonderTeam: z
        .array(z.object({ id: z.string(), naam: z.string() }))
        .describe('De eerste 100 op naam'),
      aantalMedewerkersZonderTeam: z.number().int().describe('Hoeveel het er in totaal zijn'),
    }),
    persoonsgegevensVerborgen: z
      .boolean()
      .describe(
        'Waar: open wijzigingen en medewerkers zonder team zijn weggelaten, omdat uw rol die niet mag zien',
      ),
  })
  .meta({ id: 'Organisatieoverzicht' });

const organogramSchema = z
  .object({
    directie: z.array(
      z.object({
        id: z.string(),
        naam: z.string(),
        directeuren: z.array(
          z.object({ medewerkerId: z.string(), naam: z.string(), gemeentesecretaris: z.boolean() }),
        ),
      }),
    ),
    teamleiders: z.array(z.object({ medewerkerId: z.string(), naam: z.string(), teams: z.array(teamInfo) })),
    teamsZonderTeamleider: z.array(teamInfo),
  })
  .meta({ id: 'Organogram' });

const capaciteitCel = z.object({
  periode: z.string(),
  capaciteit: z.number().describe('Beschikbare uren'),
  vraag: z
    .number()
    .describe('Geschatte uren van de resultaatdoelen, gelijk verdeeld over de maanden van hun periode'),
  ingezet: z.number().describe('Geplande uren, robuust en wendbaar'),
  ingezetWendbaar: z.number(),
  benutting: z.number().nullable().describe('Ingezet gedeeld door capaciteit'),
  vraagDekking: z.number().nullable().describe('Vraag gedeeld door capaciteit'),
});

export async function organisatieRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/organisatie/capaciteit',
    {
      schema: {
        tags: ['Organisatie'],
        operationId: 'getOrganisatieCapaciteit',
        summary: 'Elk basisteam × maand: capaciteit, vraag, inzet en benutting',
        querystring: z.strictObject({
          jaar: z.coerce.number().int().min(2000, { error: 'Kies een jaar vanaf 2000.' }).max(2100),
          formaat: formaatQuery,
        }),
        response: {
          200: z
            .object({
              jaar: z.number().int(),
              perioden: z.array(z.object({ sleutel: z.string(), van: z.string(), tot: z.string() })),
              teams: z.array(
                z.object({
                  teamId: z.string(),
                  naam: z.string(),
                  cellen: z.array(capaciteitCel),
                  totaal: capaciteitCel,
                }),
              ),
              totalen: z.array(capaciteitCel),
            })
            .meta({ id: 'OrganisatieCapaciteit' }),
        },
      },
    },
    async (request, reply) => {
      const r = await organisatieCapaciteit(request.db, request.query.jaar);
      if (request.query.formaat === 'json') return r;
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
        response: { 200: overzichtSchema },
      },
    },
    async (request) => service.getOverzicht(request.db, request.gebruiker!),
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
        summary: 'Zoeken in medewerkers, teams en expertises',
        querystring: z.strictObject({
          zoekterm: z.string().trim().min(1, { error: 'Vul een zoekterm in.' }).max(100),
        }),
        response: {
          200: z.object({
            medewerkers: z.array(treffer),
            teams: z.array(treffer),
            expertises: z.array(treffer),
          }),
        },
      },
    },
    async (request) => service.searchAll(request.db, request.query.zoekterm),
  );
}
