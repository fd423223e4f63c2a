import { z } from 'zod';
import { datum, links, optioneleTekst } from './velden';

/**
 * Loonsom (issue 13, second slice): salary tables, werkgeverslasten, loonsombudgetten and the
 * loonsom per organisation, team and medewerker. Amounts in euro (two decimals), percentages as
 * numbers (17.05 is 17,05 %). How the figures are made: src/domain/loonsom.ts and docs/loonsom.md.
 */
const tweeDecimalen = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
const euro = (max: number, melding: string) =>
  z
    .number({ error: 'Geef het bedrag in euro als getal, bijvoorbeeld 4123.45.' })
    .min(0, { error: 'Het bedrag is niet negatief.' })
    .max(max, { error: melding })
    .refine(tweeDecimalen, { error: 'Gebruik hoogstens twee decimalen (centen).' });
const percentage = (min = 0, max = 100) =>
  z
    .number({ error: 'Geef het percentage als getal, bijvoorbeeld 17.05.' })
    .min(min, { error: `Het percentage is minstens ${min}.` })
    .max(max, { error: `Het percentage is hoogstens ${max}.` })
    .refine((n) => Math.abs(Math.round(n * 1000) - n * 1000) < 1e-6, {
      error: 'Gebruik hoogstens drie decimalen.',
    });
const schaal = z
  .string({ error: 'Geef de salarisschaal, bijvoorbeeld 10.' })
  .trim()
  .regex(/^[0-9A-Za-z.+-]{1,10}$/, { error: 'Geef de salarisschaal als code, bijvoorbeeld 10 of 10A.' });
const trede = z
  .number({ error: 'Geef de trede als geheel getal.' })
  .int({ error: 'Geef de trede als geheel getal.' })
  .min(0)
  .max(99);
export const jaarVeld = z.coerce
  .number({ error: 'Geef het jaar, bijvoorbeeld 2026.' })
  .int({ error: 'Geef het jaar als geheel getal.' })
  .min(2000, { error: 'Het jaar ligt tussen 2000 en 2100.' })
  .max(2100, { error: 'Het jaar ligt tussen 2000 en 2100.' });

// --- salary tables --------------------------------------------------------------------------------

export const salaristabelSamenvattingSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    geldigVanaf: z.string(),
    aantalSchalen: z.number().int(),
    aantalBedragen: z.number().int(),
    versie: z.number().int(),
    _links: links,
  })
  .meta({ id: 'SalaristabelSamenvatting' });

export const salaristabelSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    geldigVanaf: z.string(),
    bedragen: z
      .array(z.object({ schaal: z.string(), trede: z.number().int(), bedrag: z.number() }))
      .describe('Het maandbedrag bij een volledige werkweek (36 uur), per schaal en trede'),
    versie: z.number().int(),
    mag: z.object({ wijzigen: z.boolean().describe('Bedragen wijzigen en tabellen laden (P&O, directie)') }),
    _links: links,
  })
  .meta({ id: 'Salaristabel' });

export const salaristabellenSchema = z
  .object({ resultaten: z.array(salaristabelSamenvattingSchema), mag: z.object({ wijzigen: z.boolean() }) })
  .meta({ id: 'Salaristabellen' });

export const salaristabelLaadQuery = z.strictObject({
  geldigVanaf: datum.describe('Vanaf welke datum de tabel geldt (de maand waarin die valt telt mee)'),
  naam: optioneleTekst(200).describe('Naam van de tabel, bijvoorbeeld "Cao Gemeenten per 1 juli 2026"'),
});

export const bedragWijzigingSchema = z.strictObject({
  schaal,
  trede,
  bedrag: euro(99_999.99, 'Een maandbedrag is hoogstens 99.999,99 euro.').refine((n) => n > 0, {
    error: 'Het bedrag is groter dan 0.',
  }),
});

// --- werkgeverslasten -------------------------------------------------------------------------------

export const werkgeverslastenSchema = z
  .object({
    id: z.string(),
    geldigVanaf: z.string(),
    ikbPercentage: z.number().describe('Individueel Keuzebudget, % van het salaris (Cao: 17,05)'),
    pensioenPercentage: z.number().describe('Werkgeversdeel pensioenpremie, % van het salaris'),
    socialePremiesPercentage: z.number().describe('Sociale premies werkgever, % van het salaris'),
    opslagPerFte: z.number().nullable().describe('Opslag voor overhead per fte per jaar, in euro'),
    loonstijgingPercentage: z
      .number()
      .describe('Verwachte loonstijging per jaar, vanaf elke 1 januari na de nieuwste salaristabel'),
    vacatureTrede: z
      .number()
      .int()
      .nullable()
      .describe('Trede waartegen een vacature wordt berekend (leeg: de middelste trede van de schaal)'),
    versie: z.number().int(),
    _links: links,
  })
  .meta({ id: 'Werkgeverslasten' });

export const werkgeverslastenLijstSchema = z
  .object({ resultaten: z.array(werkgeverslastenSchema), mag: z.object({ wijzigen: z.boolean() }) })
  .meta({ id: 'WerkgeverslastenLijst' });

const lastenVelden = {
  ikbPercentage: percentage(),
  pensioenPercentage: percentage(),
  socialePremiesPercentage: percentage(),
  opslagPerFte: euro(1_000_000, 'Een opslag is hoogstens 1.000.000 euro per fte.').nullable(),
  loonstijgingPercentage: percentage(-50, 50),
  vacatureTrede: trede.nullable(),
};

export const nieuweWerkgeverslastenSchema = z.strictObject({
  geldigVanaf: datum,
  ikbPercentage: lastenVelden.ikbPercentage.default(17.05),
  pensioenPercentage: lastenVelden.pensioenPercentage,
  socialePremiesPercentage: lastenVelden.socialePremiesPercentage,
  opslagPerFte: lastenVelden.opslagPerFte.optional(),
  loonstijgingPercentage: lastenVelden.loonstijgingPercentage.default(0),
  vacatureTrede: lastenVelden.vacatureTrede.optional(),
});

export const werkgeverslastenWijzigingSchema = z.strictObject({
  geldigVanaf: datum.optional(),
  ikbPercentage: lastenVelden.ikbPercentage.optional(),
  pensioenPercentage: lastenVelden.pensioenPercentage.optional(),
  socialePremiesPercentage: lastenVelden.socialePremiesPercentage.optional(),
  opslagPerFte: lastenVelden.opslagPerFte.optional(),
  loonstijgingPercentage: lastenVelden.loonstijgingPercentage.optional(),
  vacatureTrede: lastenVelden.vacatureTrede.optional(),
});

// --- loonsombudget --------------------------------------------------------------------------------

export const loonsombudgetSchema = z
  .object({
    id: z.string(),
    teamId: z.string(),
    jaar: z.number().int(),
    bedrag: z.number(),
    versie: z.number().int(),
    _links: links,
  })
  .meta({ id: 'Loonsombudget' });

const budgetBedrag = euro(999_999_999_999.99, 'Een budget is hoogstens 999.999.999.999,99 euro.');
export const nieuwLoonsombudgetSchema = z.strictObject({
  jaar: z
    .number({ error: 'Geef het jaar, bijvoorbeeld 2026.' })
    .int({ error: 'Geef het jaar als geheel getal.' })
    .min(2000, { error: 'Het jaar ligt tussen 2000 en 2100.' })
    .max(2100, { error: 'Het jaar ligt tussen 2000 en 2100.' }),
  bedrag: budgetBedrag,
});
export const loonsombudgetWijzigingSchema = z.strictObject({ bedrag: budgetBedrag });

// --- the loonsom ----------------------------------------------------------------------------------

const jaarCijfers = z.object({
  jaar: z.number().int(),
  bezetting: z.number().describe('Kosten van de geplaatste medewerkers (hun fte-aandeel)'),
  vacatures: z.number().describe('Kosten van het niet vervulde deel, tegen de vacaturetrede'),
  totaal: z.number(),
  budget: z.number().nullable().describe('Het loonsombudget (leeg: geen budget vastgelegd)'),
  ruimte: z
    .number()
    .nullable()
    .describe('Budget min loonsom: positief is ruimte, negatief een overschrijding'),
});

export const loonsomJaarSchema = jaarCijfers.meta({ id: 'LoonsomJaar' });

export const loonsomQuery = z.strictObject({
  jaar: jaarVeld.optional().describe('Het eerste jaar van de meerjarenraming (standaard dit jaar)'),
});

export const organisatieLoonsomSchema = z
  .object({
    jaar: z.number().int(),
    jaren: z.array(loonsomJaarSchema).describe('Het jaar en de drie jaren erna (meerjarenraming)'),
    teams: z
      .array(z.object({ teamId: z.string(), naam: z.string(), jaren: z.array(loonsomJaarSchema) }))
      .describe(
        'Per team, voor wie de teams mag zien (P&O en directie alle, een teamleider de eigen); de OR alleen het totaal',
      ),
    maandenZonderTabel: z
      .number()
      .int()
      .describe('Maanden waarin voor een schaal geen salaristabel gold (als 0 geteld): laad de tabel'),
  })
  .meta({ id: 'OrganisatieLoonsom' });

export const teamLoonsomSchema = z
  .object({
    teamId: z.string(),
    jaar: z.number().int(),
    jaren: z.array(loonsomJaarSchema),
    formatieplaatsen: z.array(
      z.object({
        id: z.string(),
        functie: z.string(),
        salarisschaal: z.string(),
        fte: z.number(),
        jaren: z.array(
          z.object({
            jaar: z.number().int(),
            bezetting: z
              .number()
              .nullable()
              .describe(
                'Leeg voor wie geen individuele salarisgegevens mag zien (de bezetting noemt personen)',
              ),
            vacatures: z.number(),
            totaal: z.number().nullable(),
          }),
        ),
      }),
    ),
    medewerkers: z
      .array(
        z.object({
          medewerker: z.object({ id: z.string(), naam: z.string() }),
          formatieplaatsId: z.string(),
          jaren: z.array(z.object({ jaar: z.number().int(), totaal: z.number() })),
        }),
      )
      .nullable()
      .describe('Per medewerker per plaats; alleen voor P&O en de directie (gelezen wordt gelogd)'),
    budgetten: z.array(loonsombudgetSchema),
    maandenZonderTabel: z.number().int(),
    mag: z.object({
      individueel: z.boolean().describe('Individuele salarisgegevens zien'),
      budgetWijzigen: z.boolean(),
    }),
  })
  .meta({ id: 'TeamLoonsom' });

export const medewerkerLoonkostenSchema = z
  .object({
    medewerkerId: z.string(),
    schaal: z.number().int(),
    trede: z
      .number()
      .int()
      .describe('De trede van dit jaar; elk jaar op 1 januari een hoger, tot het maximum'),
    jaren: z.array(
      z.object({
        jaar: z.number().int(),
        maanden: z.array(z.number()).describe('De werkgeverskosten per maand, januari tot en met december'),
        totaal: z.number(),
      }),
    ),
    maandenZonderTabel: z.number().int(),
  })
  .meta({ id: 'MedewerkerLoonkosten' });

export type SalaristabelSamenvatting = z.output<typeof salaristabelSamenvattingSchema>;
export type Salaristabel = z.output<typeof salaristabelSchema>;
export type Salaristabellen = z.output<typeof salaristabellenSchema>;
export type BedragWijziging = z.output<typeof bedragWijzigingSchema>;
export type Werkgeverslasten = z.output<typeof werkgeverslastenSchema>;
export type WerkgeverslastenLijst = z.output<typeof werkgeverslastenLijstSchema>;
export type NieuweWerkgeverslasten = z.output<typeof nieuweWerkgeverslastenSchema>;
export type WerkgeverslastenWijziging = z.output<typeof werkgeverslastenWijzigingSchema>;
export type Loonsombudget = z.output<typeof loonsombudgetSchema>;
export type NieuwLoonsombudget = z.output<typeof nieuwLoonsombudgetSchema>;
export type LoonsomJaar = z.output<typeof loonsomJaarSchema>;
export type OrganisatieLoonsom = z.output<typeof organisatieLoonsomSchema>;
export type TeamLoonsom = z.output<typeof teamLoonsomSchema>;
export type MedewerkerLoonkosten = z.output<typeof medewerkerLoonkostenSchema>;
