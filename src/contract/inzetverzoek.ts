import { z } from 'zod';
import { INZETVERZOEK_STATUSSEN } from '../domain/inzetverzoek';
import { capaciteitsvraagSchema } from './capaciteitsvraag';
import { lijstQuery, lijstSchema } from './lijst';
import { idVeld, isoWeekVeld, optioneleTekst, tekst } from './velden';

const week = isoWeekVeld;
const uren = z
  .number({ error: 'Geef de uren per week als getal.' })
  .min(0.01, { error: 'Vraag minstens 0,01 uur per week (uren worden op twee decimalen bewaard).' })
  .max(60, { error: 'Een week heeft voor inzet hoogstens 60 uur.' });
const status = z.enum(INZETVERZOEK_STATUSSEN);

/**
 * What consent would do, so nobody approves blind: the hours on the table (the counter-proposal once
 * there is one), the person's free hours in those weeks and the share of the team's capacity left
 * for robust work, before and after. Each part is null for a caller who may not see it.
 */
const gevolgenSchema = z
  .object({
    vanWeek: z.string(),
    totWeek: z.string(),
    urenPerWeek: z.number(),
    uren: z.number().describe('urenPerWeek × het aantal weken'),
    medewerker: z
      .object({
        vrij: z.number().describe('Vrije uren in de weken nu (overboeking telt negatief mee)'),
        vrijNa: z.number().describe('Vrije uren na instemming'),
        tekortWeken: z.array(z.string()).describe('Weken waarin de gevraagde uren meer zijn dan vrij'),
      })
      .nullable()
      .describe('null: de vrager mag de beschikbaarheid van deze medewerker niet zien'),
    team: z
      .object({
        reservering: z.number().describe('Het deel van de capaciteit dat het team voor robuust werk houdt'),
        robuustVoor: z.number().nullable().describe('Deel van de capaciteit nu niet wendbaar ingezet'),
        robuustNa: z.number().nullable().describe('Hetzelfde na instemming'),
        onderReserveringWeken: z
          .array(z.string())
          .describe('Weken waarin instemming onder de reservering van het team komt'),
      })
      .nullable()
      .describe('null: de vrager mag dit team niet volledig zien'),
  })
  .meta({ id: 'InzetverzoekGevolgen' });

export const inzetverzoekSchema = z
  .object({
    id: z.string(),
    status,
    capaciteitsvraag: z.object({
      id: z.string(),
      expertise: z.string(),
      minimumNiveau: z.number().int(),
      periode: z.string(),
      dossier: z.object({ soort: z.enum(['opgave', 'bestuursopdracht']), id: z.string(), titel: z.string() }),
    }),
    medewerker: z.object({ id: z.string(), naam: z.string() }),
    team: z.object({ id: z.string(), naam: z.string() }),
    vanWeek: z.string(),
    totWeek: z.string(),
    urenPerWeek: z.number(),
    toelichting: z.string().nullable(),
    reden: z.string().nullable(),
    tegenvoorstel: z.object({ vanWeek: z.string(), totWeek: z.string(), urenPerWeek: z.number() }).nullable(),
    reserveringOverschreden: z.boolean().describe('Gevraagd boven de reservering van het team (met reden)'),
    overschrijdingReden: z.string().nullable(),
    bovenBeschikbaar: z.boolean().describe('Meer uren dan de medewerker in een van de weken vrij heeft'),
    aangevraagdDoor: z.string().nullable(),
    aangevraagdDoorAccountId: z.string().nullable().describe('Het account dat het verzoek deed'),
    aangevraagdOp: z.string(),
    beslistDoor: z.string().nullable(),
    beslistOp: z.string().nullable(),
    wachtdagen: z.number(),
    gevolgen: gevolgenSchema
      .nullable()
      .describe('Wat instemming zou doen (bij een open verzoek; anders null), voor wie dat mag zien'),
    versie: z.number().int(),
    mag: z
      .object({
        beslissen: z
          .boolean()
          .describe('De vrager beslist over dit verzoek (teamleider van het team of directie)'),
        instemmen: z.boolean(),
        afwijzen: z.boolean(),
        tegenvoorstellen: z.boolean(),
        aanvaarden: z.boolean(),
        intrekken: z.boolean(),
      })
      .describe('De stappen die de vrager nu op dit verzoek mag zetten (rol, reikwijdte en status)'),
  })
  .meta({ id: 'Inzetverzoek' });
export const inzetverzoekLijstSchema = lijstSchema(inzetverzoekSchema);

export const inzetverzoekenQuery = z.strictObject({
  status: status.optional(),
  teamId: idVeld.optional(),
  capaciteitsvraagId: idVeld.optional(),
  medewerkerId: idVeld.optional(),
  aangevraagdDoor: idVeld.optional().describe('Alleen de verzoeken van dit account'),
  ...lijstQuery,
  sorteer: lijstQuery.sorteer.describe('aangevraagdOp; standaard -aangevraagdOp: het nieuwste eerst'),
});

export const nieuwInzetverzoekSchema = z.strictObject({
  medewerkerId: idVeld,
  urenPerWeek: uren,
  vanWeek: week,
  totWeek: week,
  toelichting: optioneleTekst(2000),
  /** Explicitly ask past the team's reservering for robust work (audited, with a reason). */
  overschrijdReservering: z.boolean().optional(),
  overschrijdingReden: optioneleTekst(2000),
});
export const afwijzingSchema = z.strictObject({ reden: tekst(2000) });
export const tegenvoorstelSchema = z.strictObject({
  urenPerWeek: uren,
  vanWeek: week,
  totWeek: week,
  reden: optioneleTekst(2000),
});
/** The body of a step that needs nothing but the step itself (consent, acceptance, withdrawal). */
export const legeStapSchema = z.strictObject({});

/** Per team: how many requests, how they ended and how long they waited (for the directie). */
export const inzetverzoekStatistiekSchema = z.object({
  resultaten: z.array(
    z.object({
      team: z.object({ id: z.string(), naam: z.string() }),
      aantal: z.number().int(),
      ingestemd: z.number().int(),
      afgewezen: z.number().int(),
      open: z.number().int(),
      gemiddeldeWachtdagen: z.number(),
    }),
  ),
});

const kandidaatSchema = z.object({
  medewerker: z.object({ id: z.string(), naam: z.string(), functie: z.string() }),
  team: z.object({
    id: z.string(),
    naam: z.string(),
    ruimtePerWeek: z.number(),
    reservering: z.number(),
  }),
  niveau: z.number().int(),
  ambitie: z.boolean(),
  vrijPerWeek: z.number(),
  gemiddeldVrijPerWeek: z.number(),
  inzetbaarPerWeek: z.number(),
  aantalDossiers: z.number().int(),
  alOpDossier: z.boolean(),
  passendheid: z.number(),
  score: z.number(),
  uitleg: z.string(),
});
export const kandidatenSchema = z
  .object({
    capaciteitsvraag: capaciteitsvraagSchema,
    prioriteit: z.number().int(),
    vanWeek: z.string(),
    totWeek: z.string(),
    urenPerWeekGevraagd: z.number(),
    aantal: z.number().int(),
    uitleg: z.string().nullable().describe('Waarom er geen of geen inzetbare kandidaten zijn'),
    kandidaten: z.array(kandidaatSchema),
  })
  .meta({ id: 'Kandidaten' });

export type Inzetverzoek = z.output<typeof inzetverzoekSchema>;
export type InzetverzoekFilter = Omit<z.output<typeof inzetverzoekenQuery>, keyof typeof lijstQuery>;
export type InzetverzoekInvoer = z.output<typeof nieuwInzetverzoekSchema>;
export type TegenvoorstelInvoer = z.output<typeof tegenvoorstelSchema>;
export type InzetverzoekStatistiek = z.output<typeof inzetverzoekStatistiekSchema>['resultaten'][number];
export type Kandidaten = z.output<typeof kandidatenSchema>;
export type Kandidaat = z.output<typeof kandidaatSchema>;
export type InzetverzoekGevolgen = z.output<typeof gevolgenSchema>;
