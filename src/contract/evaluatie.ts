import { z } from 'zod';
import {
  ACTIE_STATUSSEN,
  BEVINDING_SOORTEN,
  EVALUATIE_STATUSSEN,
  ONDERWERP_SOORTEN,
} from '../domain/evaluatie';
import { datum, idVeld, optioneleTekst, tekst } from './velden';

/** Evaluaties (issue 15, item 2): evaluation moments with questions, findings and follow-up actions. */

const onderwerpSoort = z.enum(ONDERWERP_SOORTEN, {
  error: `Kies een van: ${ONDERWERP_SOORTEN.join(', ')}.`,
});
const status = z.enum(EVALUATIE_STATUSSEN);
const actieStatus = z.enum(ACTIE_STATUSSEN, { error: `Kies een van: ${ACTIE_STATUSSEN.join(', ')}.` });
const bevindingSoort = z.enum(BEVINDING_SOORTEN, {
  error: `Kies een van: ${BEVINDING_SOORTEN.join(', ')}.`,
});

// --- answers -------------------------------------------------------------------------------------------

export const evaluatieOnderwerpSchema = z
  .object({
    soort: onderwerpSoort,
    id: z.string().nullable().describe('De fase, het thema of de opgave; null bij de organisatie'),
    naam: z.string(),
  })
  .meta({ id: 'EvaluatieOnderwerp' });

export const evaluatieActieSchema = z
  .object({
    id: z.string(),
    omschrijving: z.string(),
    eigenaar: z
      .object({ id: z.string(), naam: z.string() })
      .nullable()
      .describe('De medewerker die de actie uitvoert; null voor wie geen namen ziet (OR, college)'),
    datum: z.string().describe('Uiterlijk klaar op'),
    status: actieStatus,
    gereedOp: z.string().nullable(),
    gereedDoor: z.string().nullable(),
    verlopen: z.boolean().describe('Open en de datum is voorbij'),
    versie: z.number().int(),
    mag: z.object({
      wijzigen: z.boolean().describe('Omschrijving, eigenaar en datum (alleen in een concept)'),
      afronden: z.boolean().describe('De voortgang bijhouden: gereed melden of heropenen'),
    }),
  })
  .meta({ id: 'EvaluatieActie' });

export const evaluatieSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    onderwerp: evaluatieOnderwerpSchema,
    datum: z.string(),
    status,
    samenvatting: z.string(),
    vragen: z.array(z.object({ id: z.string(), vraag: z.string(), antwoord: z.string() })),
    bevindingen: z.array(z.object({ id: z.string(), soort: bevindingSoort, tekst: z.string() })),
    acties: z.array(evaluatieActieSchema),
    vastgesteld: z.object({ op: z.string(), door: z.string().nullable() }).nullable(),
    aangemaaktDoor: z.string().nullable(),
    versie: z.number().int(),
    mag: z
      .object({
        wijzigen: z.boolean(),
        vaststellen: z.boolean(),
        actieToevoegen: z.boolean(),
      })
      .describe('Wat de vrager nu met deze evaluatie mag'),
  })
  .meta({ id: 'Evaluatie' });

export const evaluatieRegelSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    onderwerp: evaluatieOnderwerpSchema,
    datum: z.string(),
    status,
    vastgesteldOp: z.string().nullable(),
    acties: z.object({
      open: z.number().int(),
      gereed: z.number().int(),
      verlopen: z.number().int(),
    }),
  })
  .meta({ id: 'EvaluatieRegel' });

export const evaluatiesSchema = z
  .object({ resultaten: z.array(evaluatieRegelSchema), mag: z.object({ aanmaken: z.boolean() }) })
  .meta({ id: 'Evaluaties' });

// --- requests -----------------------------------------------------------------------------------------

export const evaluatieFilterSchema = z.strictObject({
  onderwerp: onderwerpSoort.optional().describe('Alleen evaluaties van deze soort onderwerp'),
  onderwerpId: idVeld.optional().describe('Alleen evaluaties van deze fase, dit thema of deze opgave'),
  status: z.enum(EVALUATIE_STATUSSEN, { error: 'Kies concept of vastgesteld.' }).optional(),
});

const onderwerpInvoer = z.strictObject({
  soort: onderwerpSoort,
  faseId: idVeld.nullable().optional(),
  themaId: idVeld.nullable().optional(),
  opgaveId: idVeld.nullable().optional(),
});
const vragen = z
  .array(z.strictObject({ vraag: tekst(1000), antwoord: optioneleTekst(8000) }))
  .max(50, { error: 'Hoogstens 50 vragen.' });
const bevindingen = z
  .array(z.strictObject({ soort: bevindingSoort.optional(), tekst: tekst(4000) }))
  .max(100, { error: 'Hoogstens 100 bevindingen.' });

export const nieuweEvaluatieSchema = z.strictObject({
  titel: tekst(300),
  onderwerp: onderwerpInvoer,
  datum,
  samenvatting: optioneleTekst(8000),
  vragen: vragen.optional(),
  bevindingen: bevindingen.optional(),
});
export const evaluatieWijzigingSchema = z.strictObject({
  titel: tekst(300).optional(),
  onderwerp: onderwerpInvoer.optional(),
  datum: datum.optional(),
  samenvatting: optioneleTekst(8000),
  vragen: vragen.optional().describe('Vervangt alle vragen'),
  bevindingen: bevindingen.optional().describe('Vervangt alle bevindingen'),
});
export const evaluatieVaststellingSchema = z.strictObject({});

export const nieuweEvaluatieActieSchema = z.strictObject({
  omschrijving: tekst(1000),
  eigenaarMedewerkerId: idVeld,
  datum,
});
export const evaluatieActieWijzigingSchema = z.strictObject({
  omschrijving: tekst(1000).optional(),
  eigenaarMedewerkerId: idVeld.optional(),
  datum: datum.optional(),
  status: actieStatus.optional().describe("'gereed': afgerond (vandaag); 'open': weer open"),
});

export type Evaluatie = z.output<typeof evaluatieSchema>;
export type EvaluatieRegel = z.output<typeof evaluatieRegelSchema>;
export type Evaluaties = z.output<typeof evaluatiesSchema>;
export type EvaluatieActie = z.output<typeof evaluatieActieSchema>;
export type EvaluatieFilter = z.output<typeof evaluatieFilterSchema>;
export type NieuweEvaluatie = z.output<typeof nieuweEvaluatieSchema>;
export type EvaluatieWijziging = z.output<typeof evaluatieWijzigingSchema>;
export type NieuweEvaluatieActie = z.output<typeof nieuweEvaluatieActieSchema>;
export type EvaluatieActieWijziging = z.output<typeof evaluatieActieWijzigingSchema>;
