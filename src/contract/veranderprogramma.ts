import { z } from 'zod';
import {
  ACTIE_SOORTEN,
  ACTIE_STATUSSEN,
  FASE_STATUSSEN,
  MAX_FASE,
  MAX_UREN_PER_WEEK,
  MIN_FASE,
  THEMA_STANDEN,
  THEMA_STATUSSEN,
} from '../domain/veranderprogramma';
import { datum, idVeld, optioneleTekst, tekst } from './velden';

/** The veranderprogramma (issue 15, item 1): phases, themes, transitieteams, actions and milestones. */

const kies = <T extends readonly [string, ...string[]]>(w: T) =>
  z.enum(w, { error: `Kies een van: ${w.join(', ')}.` });
const faseStatus = kies(FASE_STATUSSEN);
const themaStatus = kies(THEMA_STATUSSEN);
const actieSoort = kies(ACTIE_SOORTEN);
const actieStatus = kies(ACTIE_STATUSSEN);
const persoon = z.object({ id: z.string(), naam: z.string() });

// --- answers -----------------------------------------------------------------------------------------

export const veranderFaseSchema = z
  .object({
    id: z.string(),
    volgnummer: z.number().int(),
    naam: z.string(),
    doel: z.string(),
    van: z.string().nullable(),
    tot: z.string().nullable(),
    status: faseStatus,
    versie: z.number().int(),
    mag: z.object({ wijzigen: z.boolean(), verwijderen: z.boolean() }),
  })
  .meta({ id: 'VeranderFase' });

export const veranderThemaLidSchema = z
  .object({
    id: z.string(),
    medewerker: persoon,
    rol: z.string().describe('De rol in het transitieteam'),
    urenPerWeek: z.number(),
    van: z.string(),
    tot: z.string(),
    versie: z.number().int(),
  })
  .meta({ id: 'VeranderThemaLid' });

export const veranderActieSchema = z
  .object({
    id: z.string(),
    soort: actieSoort,
    titel: z.string(),
    toelichting: z.string(),
    eigenaar: persoon.nullable(),
    datum: z.string().nullable().describe('Deadline van een actie, datum van een mijlpaal'),
    status: actieStatus,
    gereedOp: z.string().nullable(),
    verlopen: z.boolean().describe('Open en de datum is voorbij'),
    versie: z.number().int(),
  })
  .meta({ id: 'VeranderActie' });

const telling = z.object({ open: z.number().int(), gereed: z.number().int(), verlopen: z.number().int() });
const mijlpaal = z
  .object({ id: z.string(), titel: z.string(), datum: z.string(), verlopen: z.boolean() })
  .nullable();

export const veranderThemaSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    omschrijving: z.string(),
    status: themaStatus,
    stand: z.enum(THEMA_STANDEN).describe('Waar het thema staat, afgeleid van de acties en mijlpalen'),
    fase: z.object({ id: z.string(), volgnummer: z.number().int(), naam: z.string() }).nullable(),
    trekker: persoon.nullable(),
    leden: z
      .array(veranderThemaLidSchema)
      .nullable()
      .describe('Het transitieteam; null voor de OR en het college, die alleen de omvang zien'),
    team: z.object({ aantalLeden: z.number().int(), urenPerWeek: z.number() }).describe('Het team vandaag'),
    acties: z.array(veranderActieSchema),
    telling,
    volgendeMijlpaal: mijlpaal,
    versie: z.number().int(),
    mag: z.object({
      wijzigen: z.boolean().describe('Naam, trekker, fase en status (directeur, programmaregisseur)'),
      beheren: z.boolean().describe('Acties en transitieteam (ook de trekker)'),
      verwijderen: z
        .boolean()
        .describe(
          'Het thema verwijderen: zonder transitieteam en zonder evaluaties (directeur, programmaregisseur)',
        ),
    }),
  })
  .meta({ id: 'VeranderThema' });

export const veranderprogrammaSchema = z
  .object({
    fases: z.array(veranderFaseSchema),
    themas: z.array(veranderThemaSchema),
    mag: z.object({ beheren: z.boolean() }),
  })
  .meta({ id: 'Veranderprogramma' });

export const veranderFasesSchema = z
  .object({ resultaten: z.array(veranderFaseSchema), mag: z.object({ aanmaken: z.boolean() }) })
  .meta({ id: 'VeranderFases' });

// --- bodies --------------------------------------------------------------------------------------------

const volgnummer = z
  .number({ error: `Geef een fasenummer van ${MIN_FASE} tot en met ${MAX_FASE}.` })
  .int({ error: `Geef een fasenummer van ${MIN_FASE} tot en met ${MAX_FASE}.` })
  .min(MIN_FASE, { error: `Geef een fasenummer van ${MIN_FASE} tot en met ${MAX_FASE}.` })
  .max(MAX_FASE, { error: `Geef een fasenummer van ${MIN_FASE} tot en met ${MAX_FASE}.` });
const uren = z
  .number({ error: 'Geef het aantal uren per week als getal.' })
  .positive({ error: 'Geef meer dan 0 uur per week.' })
  .max(MAX_UREN_PER_WEEK, { error: `Hoogstens ${MAX_UREN_PER_WEEK} uur per week.` })
  .refine((x) => Math.round(x * 100) === x * 100, { error: 'Gebruik hoogstens twee decimalen.' });

export const nieuweVeranderFaseSchema = z.strictObject({
  volgnummer,
  naam: tekst(200),
  doel: optioneleTekst(4000),
  van: datum.nullable().optional(),
  tot: datum.nullable().optional(),
  status: faseStatus.optional(),
});
export const veranderFaseWijzigingSchema = z.strictObject({
  volgnummer: volgnummer.optional(),
  naam: tekst(200).optional(),
  doel: optioneleTekst(4000),
  van: datum.nullable().optional(),
  tot: datum.nullable().optional(),
  status: faseStatus.optional(),
});

export const nieuwVeranderThemaSchema = z.strictObject({
  naam: tekst(200),
  omschrijving: optioneleTekst(4000),
  trekkerMedewerkerId: idVeld.nullable().optional(),
  faseId: idVeld.nullable().optional(),
  status: themaStatus.optional(),
});
export const veranderThemaWijzigingSchema = nieuwVeranderThemaSchema.partial().extend({
  naam: tekst(200).optional(),
});

export const nieuwVeranderThemaLidSchema = z.strictObject({
  medewerkerId: idVeld,
  rol: optioneleTekst(200),
  urenPerWeek: uren,
  van: datum.describe('Afgerond naar de maandag van die week: inzet telt in hele weken'),
  tot: datum.describe('Afgerond naar de zondag van die week'),
});
export const veranderThemaLidWijzigingSchema = z.strictObject({
  rol: optioneleTekst(200),
  urenPerWeek: uren.optional(),
  van: datum.optional(),
  tot: datum.optional(),
});

export const nieuweVeranderActieSchema = z.strictObject({
  soort: actieSoort,
  titel: tekst(300),
  toelichting: optioneleTekst(4000),
  eigenaarMedewerkerId: idVeld.nullable().optional(),
  datum: datum.nullable().optional(),
});
export const veranderActieWijzigingSchema = z.strictObject({
  soort: actieSoort.optional(),
  titel: tekst(300).optional(),
  toelichting: optioneleTekst(4000),
  eigenaarMedewerkerId: idVeld.nullable().optional(),
  datum: datum.nullable().optional(),
  status: actieStatus.optional(),
  gereedOp: datum.nullable().optional().describe('Bij gereed: de dag dat het af was (standaard vandaag)'),
});

export type VeranderFase = z.output<typeof veranderFaseSchema>;
export type VeranderFases = z.output<typeof veranderFasesSchema>;
export type VeranderThema = z.output<typeof veranderThemaSchema>;
export type VeranderThemaLid = z.output<typeof veranderThemaLidSchema>;
export type VeranderActie = z.output<typeof veranderActieSchema>;
export type Veranderprogramma = z.output<typeof veranderprogrammaSchema>;
export type NieuweVeranderFase = z.output<typeof nieuweVeranderFaseSchema>;
export type VeranderFaseWijziging = z.output<typeof veranderFaseWijzigingSchema>;
export type NieuwVeranderThema = z.output<typeof nieuwVeranderThemaSchema>;
export type VeranderThemaWijziging = z.output<typeof veranderThemaWijzigingSchema>;
export type NieuwVeranderThemaLid = z.output<typeof nieuwVeranderThemaLidSchema>;
export type VeranderThemaLidWijziging = z.output<typeof veranderThemaLidWijzigingSchema>;
export type NieuweVeranderActie = z.output<typeof nieuweVeranderActieSchema>;
export type VeranderActieWijziging = z.output<typeof veranderActieWijzigingSchema>;
