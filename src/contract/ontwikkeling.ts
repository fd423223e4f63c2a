import { z } from 'zod';
import { ACTIVITEIT_SOORTEN, ACTIVITEIT_STATUSSEN, DOEL_STATUSSEN } from '../domain/ontwikkeling';
import { datum, formaatQuery, idVeld, links, optioneleTekst, tekst } from './velden';

/**
 * Ontwikkeling (issue 14, items 1, 3 and 4): development plans of a medewerker (also leadership
 * development) and of a team, with goals and activities; the organisation's development themes; the
 * ontwikkelbudget and its overview with the kadernota request. Amounts in euro with two decimals
 * (stored as cents), hours as numbers. Rules: src/domain/ontwikkeling.ts, docs/ontwikkeling.md.
 */
const tweeDecimalen = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
const euro = (max: number) =>
  z
    .number({ error: 'Geef het bedrag in euro als getal, bijvoorbeeld 1250.50.' })
    .min(0, { error: 'Het bedrag is niet negatief.' })
    .max(max, { error: `Het bedrag is hoogstens ${max.toLocaleString('nl-NL')} euro.` })
    .refine(tweeDecimalen, { error: 'Gebruik hoogstens twee decimalen (centen).' });
const jaar = z
  .number({ error: 'Geef het jaar, bijvoorbeeld 2026.' })
  .int({ error: 'Geef het jaar als geheel getal.' })
  .min(2000, { error: 'Het jaar ligt tussen 2000 en 2100.' })
  .max(2100, { error: 'Het jaar ligt tussen 2000 en 2100.' });
const uren = z
  .number({ error: 'Geef de uren als getal, bijvoorbeeld 16.' })
  .min(0, { error: 'Het aantal uren is niet negatief.' })
  .max(10_000, { error: 'Het aantal uren is hoogstens 10.000.' })
  .refine(tweeDecimalen, { error: 'Gebruik hoogstens twee decimalen.' });
const activiteitSoort = z.enum(ACTIVITEIT_SOORTEN, {
  error: `Kies een soort: ${ACTIVITEIT_SOORTEN.join(', ')}.`,
});
const activiteitStatus = z.enum(ACTIVITEIT_STATUSSEN, {
  error: `Kies een status: ${ACTIVITEIT_STATUSSEN.join(', ')}.`,
});
const doelStatus = z.enum(DOEL_STATUSSEN, { error: `Kies een status: ${DOEL_STATUSSEN.join(', ')}.` });

export const jaarQuery = z.strictObject({
  jaar: z.coerce
    .number({ error: 'Geef het jaar, bijvoorbeeld 2026.' })
    .int({ error: 'Geef het jaar als geheel getal.' })
    .min(2000, { error: 'Het jaar ligt tussen 2000 en 2100.' })
    .max(2100, { error: 'Het jaar ligt tussen 2000 en 2100.' })
    .optional()
    .describe('Het jaar (standaard: dit jaar)'),
});
export const budgetOverzichtQuery = jaarQuery.extend({ formaat: formaatQuery });

// --- themes ---------------------------------------------------------------------------------------

export const ontwikkelthemaSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    omschrijving: z.string().nullable(),
    actief: z
      .boolean()
      .describe('Uitgezet: blijft bij bestaande doelen staan, maar is niet te kiezen voor een nieuw doel'),
    versie: z.number().int(),
    _links: links,
  })
  .meta({ id: 'Ontwikkelthema' });
export const ontwikkelthemasSchema = z
  .object({
    resultaten: z.array(ontwikkelthemaSchema),
    mag: z.object({
      aanmaken: z.boolean().describe('Thema’s vastleggen (P&O, directie)'),
      wijzigen: z.boolean().describe('Thema’s hernoemen en uit- of aanzetten (P&O, directie)'),
    }),
  })
  .meta({ id: 'Ontwikkelthemas' });
export const nieuwOntwikkelthemaSchema = z.strictObject({
  naam: tekst(200),
  omschrijving: optioneleTekst(2000),
});
export const ontwikkelthemaWijzigingSchema = z.strictObject({
  naam: tekst(200).optional(),
  omschrijving: optioneleTekst(2000),
  actief: z.boolean({ error: 'Geef true of false.' }).optional(),
});

// --- plans, goals, activities ----------------------------------------------------------------------

export const ontwikkeldoelSchema = z
  .object({
    id: z.string(),
    omschrijving: z.string(),
    status: doelStatus,
    themaId: z.string().nullable(),
    themaNaam: z.string().nullable(),
    versie: z.number().int(),
    _links: links,
  })
  .meta({ id: 'Ontwikkeldoel' });

export const ontwikkelactiviteitSchema = z
  .object({
    id: z.string(),
    doelId: z.string().nullable(),
    soort: activiteitSoort,
    titel: z.string(),
    van: z.string(),
    tot: z.string(),
    kosten: z.number().describe('Kosten in euro'),
    uren: z.number(),
    status: activiteitStatus,
    teltAlsAfwezigheid: z
      .boolean()
      .describe(
        'De uren gaan af van de productieve capaciteit (instelling ontwikkeling.telt_als_afwezigheid)',
      ),
    versie: z.number().int(),
    _links: links,
  })
  .meta({ id: 'Ontwikkelactiviteit' });

const kosten = z.object({
  toegezegd: z.number().describe('Geplande en lopende activiteiten, euro'),
  besteed: z.number().describe('Afgeronde activiteiten, euro'),
});

export const ontwikkelplanSchema = z
  .object({
    id: z.string(),
    jaar: z.number().int(),
    soort: z.enum(['medewerker', 'team', 'leiderschap']),
    medewerkerId: z.string().nullable(),
    medewerkerNaam: z.string().nullable(),
    teamId: z.string().nullable(),
    teamNaam: z.string().nullable(),
    budgetTeamId: z
      .string()
      .nullable()
      .describe('Het team wiens ontwikkelbudget betaalt (leeg: de organisatie)'),
    doelen: z.array(ontwikkeldoelSchema),
    activiteiten: z.array(ontwikkelactiviteitSchema),
    kosten,
    versie: z.number().int(),
    mag: z.object({ wijzigen: z.boolean().describe('Doelen en activiteiten toevoegen en wijzigen') }),
    _links: links,
  })
  .meta({ id: 'Ontwikkelplan' });

export const ontwikkelplannenSchema = z
  .object({
    jaar: z.number().int(),
    resultaten: z.array(ontwikkelplanSchema),
    mag: z.object({ aanmaken: z.boolean() }),
  })
  .meta({ id: 'Ontwikkelplannen' });

export const nieuwMedewerkerplanSchema = z.strictObject({
  jaar,
  soort: z
    .enum(['medewerker', 'leiderschap'], { error: "Kies 'medewerker' of 'leiderschap'." })
    .default('medewerker'),
});
export const nieuwTeamplanSchema = z.strictObject({ jaar });

export const nieuwOntwikkeldoelSchema = z.strictObject({
  omschrijving: tekst(1000),
  status: doelStatus.default('open'),
  themaId: idVeld.nullable().optional(),
});
export const ontwikkeldoelWijzigingSchema = z.strictObject({
  omschrijving: tekst(1000).optional(),
  status: doelStatus.optional(),
  themaId: idVeld.nullable().optional(),
});

export const nieuweOntwikkelactiviteitSchema = z.strictObject({
  soort: activiteitSoort,
  titel: tekst(300),
  van: datum,
  tot: datum,
  kosten: euro(1_000_000_000).default(0),
  uren: uren.default(0),
  status: activiteitStatus.default('gepland'),
  doelId: idVeld.nullable().optional(),
});
export const ontwikkelactiviteitWijzigingSchema = z.strictObject({
  soort: activiteitSoort.optional(),
  titel: tekst(300).optional(),
  van: datum.optional(),
  tot: datum.optional(),
  kosten: euro(1_000_000_000).optional(),
  uren: uren.optional(),
  status: activiteitStatus.optional(),
  doelId: idVeld.nullable().optional(),
});

// --- budget ---------------------------------------------------------------------------------------

export const ontwikkelbudgetSchema = z
  .object({
    id: z.string(),
    jaar: z.number().int(),
    teamId: z.string().nullable().describe('Leeg: het budget van de organisatie zelf'),
    bedrag: z.number(),
    versie: z.number().int(),
    _links: links,
  })
  .meta({ id: 'Jaarontwikkelbudget' });
export const nieuwOntwikkelbudgetSchema = z.strictObject({
  jaar,
  teamId: idVeld.nullable().default(null),
  bedrag: euro(1_000_000_000_000),
});
export const ontwikkelbudgetWijzigingSchema = z.strictObject({ bedrag: euro(1_000_000_000_000) });

const positie = z.object({
  budget: z.number().nullable().describe('Leeg: geen budget vastgelegd'),
  toegezegd: z.number(),
  besteed: z.number(),
  ruimte: z.number().nullable().describe('Budget − toegezegd − besteed; negatief is een overschrijding'),
});

export const ontwikkelbudgetOverzichtSchema = z
  .object({
    jaar: z.number().int(),
    teams: z
      .array(
        positie.extend({
          teamId: z.string(),
          teamNaam: z.string(),
          budgetId: z.string().nullable(),
          budgetVersie: z.number().int().nullable().describe('De versie van het budget (If-Match)'),
        }),
      )
      .describe('Per team (P&O en directie alle, een teamleider de eigen teams; de OR geen)'),
    organisatieNiveau: positie
      .extend({ budgetId: z.string().nullable(), budgetVersie: z.number().int().nullable() })
      .nullable()
      .describe('Het eigen budget van de organisatie en de plannen die geen team betaalt'),
    totaal: positie.nullable().describe('De teams en het organisatieniveau samen'),
    kadernota: z
      .object({
        jaar: z.number().int(),
        bedrag: z.number(),
        gepland: z.number(),
        normPerFte: z.number(),
        normBron: z.enum(['instelling', 'afgeleid', 'geen']),
        fteZonderPlan: z.number(),
        aanvullend: z.number(),
        basis: z.string().describe('De onderbouwing in woorden'),
      })
      .nullable()
      .describe('De aanvraag voor de kadernota van het volgende jaar'),
    mag: z.object({ budgetWijzigen: z.boolean() }),
  })
  .meta({ id: 'OntwikkelbudgetOverzicht' });

export type Ontwikkelthema = z.output<typeof ontwikkelthemaSchema>;
export type Ontwikkelthemas = z.output<typeof ontwikkelthemasSchema>;
export type NieuwOntwikkelthema = z.output<typeof nieuwOntwikkelthemaSchema>;
export type OntwikkelthemaWijziging = z.output<typeof ontwikkelthemaWijzigingSchema>;
export type Ontwikkeldoel = z.output<typeof ontwikkeldoelSchema>;
export type Ontwikkelactiviteit = z.output<typeof ontwikkelactiviteitSchema>;
export type Ontwikkelplan = z.output<typeof ontwikkelplanSchema>;
export type Ontwikkelplannen = z.output<typeof ontwikkelplannenSchema>;
export type NieuwOntwikkeldoel = z.output<typeof nieuwOntwikkeldoelSchema>;
export type OntwikkeldoelWijziging = z.output<typeof ontwikkeldoelWijzigingSchema>;
export type NieuweOntwikkelactiviteit = z.output<typeof nieuweOntwikkelactiviteitSchema>;
export type OntwikkelactiviteitWijziging = z.output<typeof ontwikkelactiviteitWijzigingSchema>;
export type Ontwikkelbudget = z.output<typeof ontwikkelbudgetSchema>;
export type NieuwOntwikkelbudget = z.output<typeof nieuwOntwikkelbudgetSchema>;
export type OntwikkelbudgetOverzicht = z.output<typeof ontwikkelbudgetOverzichtSchema>;
