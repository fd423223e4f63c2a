import { z } from 'zod';
import { datum, optioneleTekst, tekst } from './velden';

/** The gesprekscyclus (issue 14, item 2): conversations, agreed actions and the medewerker's notes. */

const status = z.enum(['gepland', 'gevoerd', 'vastgesteld'], {
  error: 'Kies gepland, gevoerd of vastgesteld.',
});
const eigenaar = z.enum(['medewerker', 'leidinggevende'], {
  error: 'Kies medewerker of leidinggevende.',
});
const persoonRef = z.object({ id: z.string(), naam: z.string() }).nullable();

export const gesprekssoortSchema = z
  .object({
    code: z.string(),
    naam: z.string(),
    actief: z
      .boolean()
      .describe('Uitgezet: blijft bij bestaande gesprekken staan, maar is niet te kiezen voor een nieuw'),
    versie: z.number().int(),
  })
  .meta({ id: 'Gesprekssoort' });
export const gesprekssoortenSchema = z.object({
  resultaten: z.array(gesprekssoortSchema),
  mag: z.object({
    wijzigen: z.boolean().describe('Soorten toevoegen, hernoemen en uit- of aanzetten (P&O, beheerder)'),
  }),
});
export const nieuweGesprekssoortSchema = z.strictObject({
  code: z
    .string({ error: 'Geef een code.' })
    .regex(/^[a-z][a-z0-9-]{0,39}$/, {
      error: 'Een code is kleine letters, cijfers en -, hoogstens 40 tekens.',
    })
    .optional()
    .describe('Zonder code maakt Wendbaar er een uit de naam (Exitgesprek → exitgesprek)'),
  naam: tekst(100),
  actief: z.boolean().optional(),
});
/** Renaming and switching off or on; the code stays, because conversations refer to it. */
export const gesprekssoortWijzigingSchema = z.strictObject({
  naam: tekst(100).optional(),
  actief: z.boolean({ error: 'Geef true of false.' }).optional(),
});

export const gesprekActieSchema = z
  .object({
    id: z.string(),
    omschrijving: z.string(),
    eigenaar,
    deadline: z.string().nullable(),
    afgerondOp: z.string().nullable(),
    verlopen: z.boolean().describe('Niet afgerond en de deadline is voorbij'),
    versie: z.number().int(),
    mag: z.object({ wijzigen: z.boolean(), afronden: z.boolean() }),
  })
  .meta({ id: 'GesprekActie' });

export const gesprekNotitieSchema = z
  .object({ id: z.string(), tekst: z.string(), aangemaaktOp: z.string() })
  .meta({ id: 'GesprekNotitie' });

export const gesprekSchema = z
  .object({
    id: z.string(),
    medewerker: z.object({ id: z.string(), naam: z.string() }),
    soort: z.string(),
    soortNaam: z.string(),
    datum: z.string(),
    team: persoonRef.describe('Het basisteam van de medewerker op de datum van het gesprek'),
    leidinggevende: persoonRef.describe('De teamleider op de datum van het gesprek'),
    deelnemers: z.string(),
    verslag: z.string(),
    status,
    acties: z.array(gesprekActieSchema),
    notities: z.array(gesprekNotitieSchema).describe('Eigen notities van de medewerker'),
    versie: z.number().int(),
    mag: z.object({
      wijzigen: z.boolean().describe('Verslag, datum, status en acties (leidinggevende, P&O)'),
      notitieToevoegen: z.boolean().describe('Eigen notitie (alleen de medewerker)'),
    }),
  })
  .meta({ id: 'Gesprek' });

export const gesprekkenSchema = z
  .object({
    resultaten: z.array(gesprekSchema),
    mag: z.object({ vastleggen: z.boolean().describe('Een nieuw gesprek vastleggen') }),
  })
  .meta({ id: 'Gesprekken' });

const wijzigbaar = {
  deelnemers: optioneleTekst(1000),
  verslag: optioneleTekst(20000),
  status: status.optional(),
};
export const nieuwGesprekSchema = z.strictObject({
  soort: z.string({ error: 'Kies een soort gesprek.' }).min(1, { error: 'Kies een soort gesprek.' }),
  datum,
  ...wijzigbaar,
});
export const gesprekWijzigingSchema = z.strictObject({
  soort: z.string().min(1, { error: 'Kies een soort gesprek.' }).optional(),
  datum: datum.optional(),
  ...wijzigbaar,
});

export const nieuweActieSchema = z.strictObject({
  omschrijving: tekst(1000),
  eigenaar,
  deadline: datum.nullable().optional(),
});
export const actieWijzigingSchema = z.strictObject({
  omschrijving: tekst(1000).optional(),
  eigenaar: eigenaar.optional(),
  deadline: datum.nullable().optional(),
  afgerond: z.boolean({ error: 'Geef true of false.' }).optional(),
});

export const nieuweNotitieSchema = z.strictObject({ tekst: tekst(4000) });

export const verlopenActieSchema = z
  .object({
    actie: gesprekActieSchema,
    gesprekId: z.string(),
    gesprekDatum: z.string(),
    soortNaam: z.string(),
    medewerker: z.object({ id: z.string(), naam: z.string() }),
    dagenVerlopen: z.number().int(),
  })
  .meta({ id: 'VerlopenGesprekActie' });
export const verlopenActiesSchema = z.object({ resultaten: z.array(verlopenActieSchema) });

export type Gesprekssoort = z.output<typeof gesprekssoortSchema>;
export type Gesprekssoorten = z.output<typeof gesprekssoortenSchema>;
export type NieuweGesprekssoort = z.output<typeof nieuweGesprekssoortSchema>;
export type GesprekssoortWijziging = z.output<typeof gesprekssoortWijzigingSchema>;
export type Gesprek = z.output<typeof gesprekSchema>;
export type Gesprekken = z.output<typeof gesprekkenSchema>;
export type GesprekActie = z.output<typeof gesprekActieSchema>;
export type GesprekNotitie = z.output<typeof gesprekNotitieSchema>;
export type NieuwGesprek = z.output<typeof nieuwGesprekSchema>;
export type GesprekWijziging = z.output<typeof gesprekWijzigingSchema>;
export type NieuweActie = z.output<typeof nieuweActieSchema>;
export type ActieWijziging = z.output<typeof actieWijzigingSchema>;
export type NieuweNotitie = z.output<typeof nieuweNotitieSchema>;
export type VerlopenActie = z.output<typeof verlopenActieSchema>;
export type VerlopenActies = z.output<typeof verlopenActiesSchema>;

const telling = z.object({
  aantalMedewerkers: z.number().int(),
  aantalMetGesprek: z.number().int().describe('Medewerkers met minstens één gevoerd gesprek dit jaar'),
});
export const gesprekDekkingSchema = z
  .object({
    jaar: z.number().int(),
    minimumGroep: z.number().int().describe('Groepen kleiner dan dit worden samengevoegd in overig'),
    teams: z.array(telling.extend({ teamId: z.string(), naam: z.string() })),
    overig: telling.nullable().describe('Kleine teams samen (ook aangevuld tot de minimumgroep)'),
    totaal: telling.nullable(),
  })
  .meta({ id: 'GesprekDekking' });
export const gesprekDekkingQuery = z.strictObject({
  jaar: z.coerce
    .number({ error: 'Geef een jaar.' })
    .int({ error: 'Geef een jaar.' })
    .min(2000, { error: 'Kies een jaar vanaf 2000.' })
    .max(2199, { error: 'Kies een jaar tot 2200.' })
    .optional(),
});
export type GesprekDekking = z.output<typeof gesprekDekkingSchema>;
