import { z } from 'zod';
import { kwartaal } from './dossier';
import { idVeld, optioneleTekst } from './velden';

/** Asked of people vs asked by the vraag: the hours of its open and consented inzetverzoeken. */
const dekkingSchema = z
  .object({
    gevraagd: z.number().describe('De uren van de vraag'),
    open: z.number().describe('Uren in inzetverzoeken die nog op antwoord wachten (een tegenvoorstel telt)'),
    ingestemd: z.number().describe('Uren waarmee is ingestemd'),
    aangevraagd: z.number().describe('open + ingestemd'),
    aantalVerzoeken: z.number().int(),
    overvraagd: z.boolean().describe('Meer uren gevraagd bij personen dan de vraag vraagt'),
    melding: z.string().nullable(),
  })
  .meta({ id: 'CapaciteitsvraagDekking' });

/** Hours of one expertise at a minimum niveau, per quarter, asked by an opgave or bestuursopdracht. */
export const capaciteitsvraagSchema = z
  .object({
    id: z.string(),
    dossier: z.object({ soort: z.enum(['opgave', 'bestuursopdracht']), id: z.string(), titel: z.string() }),
    expertise: z.object({ id: z.string(), naam: z.string() }),
    minimumNiveau: z.number().int(),
    team: z.object({ id: z.string(), naam: z.string() }).nullable(),
    periode: z.string(),
    uren: z.number(),
    toelichting: z.string().nullable(),
    prioriteit: z.number().int().describe('1 (laag) tot 5 (hoog); weegt mee in het verdeelvoorstel'),
    dekking: dekkingSchema,
    versie: z.number().int(),
  })
  .meta({ id: 'Capaciteitsvraag' });

export const capaciteitsvragenSchema = z.object({ resultaten: z.array(capaciteitsvraagSchema) });

export const nieuweCapaciteitsvraagSchema = z.strictObject({
  expertiseId: idVeld,
  minimumNiveau: z
    .number({ error: 'Geef het minimale niveau als getal van 1 tot en met 4.' })
    .int({ error: 'Het niveau is een geheel getal van 1 tot en met 4.' })
    .min(1, { error: 'Het niveau is minstens 1.' })
    .max(4, { error: 'Het niveau is hoogstens 4.' }),
  teamId: idVeld.nullable().optional(),
  periode: kwartaal,
  uren: z
    .number({ error: 'Geef de uren als getal.' })
    .min(0.01, { error: 'Vraag minstens 0,01 uur (uren worden op twee decimalen bewaard).' })
    .max(100_000, { error: 'Vraag hoogstens 100.000 uur per periode.' }),
  toelichting: optioneleTekst(2000),
  /** 1 (low) to 5 (high), 3 when left out: weighs in the verdeelvoorstel. */
  prioriteit: z
    .number({ error: 'Geef de prioriteit als getal van 1 (laag) tot 5 (hoog).' })
    .int({ error: 'De prioriteit is een geheel getal van 1 tot en met 5.' })
    .min(1, { error: 'De prioriteit is minstens 1.' })
    .max(5, { error: 'De prioriteit is hoogstens 5.' })
    .optional(),
});

export const capaciteitsvraagWijzigingSchema = nieuweCapaciteitsvraagSchema.partial();

export type Capaciteitsvraag = z.output<typeof capaciteitsvraagSchema>;
export type CapaciteitsvraagInvoer = z.output<typeof nieuweCapaciteitsvraagSchema>;
export type CapaciteitsvraagWijziging = z.output<typeof capaciteitsvraagWijzigingSchema>;
