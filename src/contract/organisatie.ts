import { z } from 'zod';
import { kalenderperiodeSchema } from './beschikbaarheid';
import { formaatQuery } from './velden';

const teamInfo = z.object({
  id: z.string(),
  naam: z.string(),
  aantalMedewerkers: z.number().int(),
  fte: z.number(),
});
const treffer = z.object({ id: z.string(), naam: z.string(), omschrijving: z.string().nullable() });

const persoon = z.object({ medewerkerId: z.string(), naam: z.string() });

const lidmaatschapsgat = persoon
  .extend({
    vanaf: z.string().describe('De eerste dag zonder team (ligt in het verleden als het gat nu al loopt)'),
    tot: z.string().nullable().describe('De laatste dag zonder team; null: geen einde bekend'),
    vorigTeam: z.object({ id: z.string(), naam: z.string() }).nullable(),
  })
  .meta({ id: 'Lidmaatschapsgat' });

const leiderschapsgat = z
  .object({
    teamId: z.string(),
    teamnaam: z.string(),
    vanaf: z.string().describe('De eerste dag zonder teamleider'),
    tot: z.string().nullable().describe('De laatste dag zonder teamleider; null: geen opvolger bekend'),
    vertrekkendeTeamleiders: z
      .array(persoon)
      .describe(
        'Wie de dag ervoor stopt; leeg als het team nooit een teamleider had of uw rol geen namen mag zien',
      ),
  })
  .meta({ id: 'Leiderschapsgat' });

const inzetNaEinde = persoon
  .extend({
    soort: z.enum(['uitDienst', 'contracturen']),
    einddatum: z.string().describe('De laatste dag in dienst, of de laatste dag met contracturen'),
    uren: z.number().describe('Geplande uren na de einddatum, vanaf vandaag'),
    inzet: z.array(
      z.object({
        soort: z.enum(['robuust', 'wendbaar']),
        werk: z
          .object({
            soort: z.enum(['resultaatdoel', 'opgave', 'bestuursopdracht']),
            id: z.string(),
            titel: z.string(),
          })
          .nullable(),
        van: z.string().describe('Het deel na de einddatum: eerste dag'),
        tot: z.string(),
        urenPerWeek: z.number(),
        uren: z.number(),
      }),
    ),
  })
  .meta({ id: 'InzetNaEinde' });

export const organisatieoverzichtSchema = z
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
      horizon: z
        .object({ van: z.string(), tot: z.string() })
        .describe('De periode die de komende signalen beslaan: vandaag tot en met 12 maanden verder'),
      lidmaatschapsgaten: z
        .array(lidmaatschapsgat)
        .describe(
          'Medewerkers in dienst die vanaf een datum in de horizon (of nu al) geen team hebben: de eerste 100 op datum, alleen wie uw rol op naam mag zien',
        ),
      aantalLidmaatschapsgaten: z.number().int().describe('Hoeveel gaten er in totaal zijn'),
      leiderschapsgaten: z
        .array(leiderschapsgat)
        .describe('Basisteams die vanaf een datum in de horizon (of nu al) geen teamleider hebben'),
      inzetNaEinde: z
        .array(inzetNaEinde)
        .describe(
          'Medewerkers van wie het dienstverband of de contracturen eindigen terwijl er daarna nog inzet gepland staat: de eerste 100 op datum, alleen wie uw rol op naam mag zien',
        ),
      aantalInzetNaEinde: z.number().int().describe('Hoeveel er in totaal zijn'),
    }),
    persoonsgegevensVerborgen: z
      .boolean()
      .describe(
        'Waar: open wijzigingen en signalen over personen zijn (deels) weggelaten, omdat uw rol die niet mag zien; de aantallen tellen iedereen',
      ),
  })
  .meta({ id: 'Organisatieoverzicht' });

export const organogramSchema = z
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

export const organisatieCapaciteitQuery = z.strictObject({
  jaar: z.coerce.number().int().min(2000, { error: 'Kies een jaar vanaf 2000.' }).max(2100),
  formaat: formaatQuery,
});

export const organisatieCapaciteitSchema = z
  .object({
    jaar: z.number().int(),
    perioden: z.array(kalenderperiodeSchema),
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
  .meta({ id: 'OrganisatieCapaciteit' });

export const zoekQuery = z.strictObject({
  zoekterm: z.string().trim().min(1, { error: 'Vul een zoekterm in.' }).max(100),
});
export const zoekresultatenSchema = z.object({
  medewerkers: z.array(treffer),
  teams: z.array(treffer),
  expertises: z.array(treffer),
});

export type Organisatieoverzicht = z.output<typeof organisatieoverzichtSchema>;
export type Organogram = z.output<typeof organogramSchema>;
export type OrganisatieCapaciteit = z.output<typeof organisatieCapaciteitSchema>;
export type Zoekresultaten = z.output<typeof zoekresultatenSchema>;
