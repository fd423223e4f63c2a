import { z } from 'zod';
import { datum, idVeld, links, optioneleTekst, tekst } from './velden';

/**
 * Formatie (issue 13): formatieplaatsen per team, the plaatsingen of medewerkers on them, and the
 * figures per date. FTE as numbers with at most four decimals (src/domain/formatie.ts says why a
 * place may exceed 1 FTE and a place may be over-filled, but a person not beyond their contract).
 */
const vierDecimalen = (n: number) => Math.abs(Math.round(n * 10_000) - n * 10_000) < 1e-6;
const fteVeld = (max: number, melding: string) =>
  z
    .number({ error: 'Geef de fte als getal, bijvoorbeeld 0,8 als 0.8.' })
    .min(0.0001, { error: 'De fte is minstens 0,0001.' })
    .max(max, { error: melding })
    .refine(vierDecimalen, { error: 'Gebruik hoogstens vier decimalen.' });

const soort = z.enum(['structureel', 'tijdelijk'], { error: 'Kies structureel of tijdelijk.' });
const financiering = z.enum(['regulier', 'programma', 'subsidie'], {
  error: 'Kies regulier, programma of subsidie.',
});
const salarisschaal = z
  .string({ error: 'Geef de salarisschaal, bijvoorbeeld 10.' })
  .trim()
  .regex(/^[0-9A-Za-z.+-]{1,10}$/, { error: 'Geef de salarisschaal als code, bijvoorbeeld 10 of 10A.' });

export const peildatumQuery = z.strictObject({
  peildatum: datum.optional().describe('De datum waarop de cijfers gelden (standaard vandaag)'),
});

const cijfers = {
  formatieFte: z.number(),
  bezettingFte: z.number(),
  vacatureFte: z.number().describe('Niet vervulde formatie, per plaats opgeteld (nooit negatief)'),
  boventalligFte: z.number().describe('Bezetting boven de formatie, per plaats opgeteld'),
};
export const formatieCijfersSchema = z.object(cijfers).meta({ id: 'FormatieCijfers' });

export const plaatsingSchema = z
  .object({
    id: z.string(),
    formatieplaatsId: z.string(),
    teamId: z.string(),
    medewerker: z.object({ id: z.string(), naam: z.string() }),
    fte: z.number(),
    ingangsdatum: z.string(),
    einddatum: z.string().nullable(),
    versie: z.number().int(),
    _links: links,
  })
  .meta({ id: 'Plaatsing' });

export const formatieplaatsSchema = z
  .object({
    id: z.string(),
    teamId: z.string(),
    functie: z.object({
      naam: z.string(),
      functiefamilie: z.string().nullable(),
      niveau: z.string().nullable(),
    }),
    salarisschaal: z.string(),
    fte: z.number(),
    ingangsdatum: z.string(),
    einddatum: z.string().nullable(),
    soort,
    financiering: z.object({
      soort: financiering,
      programma: z.object({ id: z.string(), naam: z.string() }).nullable(),
      subsidie: z.string().nullable(),
    }),
    peildatum: z.string(),
    ...cijfers,
    vacatureSinds: z
      .string()
      .nullable()
      .describe('Sinds wanneer de plaats zonder onderbreking onderbezet is (null: vervuld op de peildatum)'),
    plaatsingen: z
      .array(plaatsingSchema)
      .describe(
        'De plaatsingen die op de peildatum gelden; op de plaats zelf (GET) alle, ook eerdere en latere',
      ),
    versie: z.number().int(),
    mag: z.object({
      wijzigen: z.boolean().describe('De plaats en haar plaatsingen wijzigen (P&O, directie)'),
    }),
    _links: links,
  })
  .meta({ id: 'Formatieplaats' });

export const teamFormatieSchema = z
  .object({
    teamId: z.string(),
    peildatum: z.string(),
    totaal: formatieCijfersSchema,
    formatieplaatsen: z.array(formatieplaatsSchema).describe('De plaatsen die op de peildatum gelden'),
    mag: z.object({ wijzigen: z.boolean() }),
  })
  .meta({ id: 'TeamFormatie' });

export const organisatieFormatieSchema = z
  .object({
    peildatum: z.string(),
    totaal: formatieCijfersSchema,
    teams: z
      .array(z.object({ teamId: z.string(), naam: z.string(), ...cijfers }))
      .describe(
        'Per team, voor wie de teams mag zien (P&O en directie alle, een teamleider de eigen); de OR en het college zien alleen het totaal',
      ),
  })
  .meta({ id: 'OrganisatieFormatie' });

const maandVeld = z
  .string({ error: 'Geef een maand als 2026-03.' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Geef een maand als 2026-03.' })
  .describe('Een maand als JJJJ-MM');

export const formatieVerloopQuery = z.strictObject({
  van: maandVeld.optional().describe('De eerste maand (standaard elf maanden voor deze maand)'),
  tot: maandVeld.optional().describe('De laatste maand (standaard deze maand); hoogstens 36 maanden'),
});

const verloopMaand = z.object({
  maand: z.string().describe('De maand, als 2026-03'),
  peildatum: z.string().describe('De eerste dag van de maand: de datum waarop de cijfers gelden'),
  ...cijfers,
});

export const formatieVerloopSchema = z
  .object({
    van: z.string(),
    tot: z.string(),
    maanden: z.array(verloopMaand).describe('De organisatie, per maand op de eerste dag'),
    teams: z
      .array(z.object({ teamId: z.string(), naam: z.string(), maanden: z.array(verloopMaand) }))
      .describe('Per team, voor wie de teams mag zien (zoals GET /organisatie/formatie)'),
  })
  .meta({ id: 'FormatieVerloop' });

const functieVelden = {
  functiefamilie: optioneleTekst(200),
  functieniveau: optioneleTekst(50),
};

export const nieuweFormatieplaatsSchema = z.strictObject({
  functieNaam: tekst(200),
  ...functieVelden,
  salarisschaal,
  fte: fteVeld(99, 'Een formatieplaats is hoogstens 99 fte.'),
  ingangsdatum: datum,
  einddatum: datum.nullable().optional(),
  soort,
  financiering,
  programmaId: idVeld.nullable().optional(),
  subsidie: optioneleTekst(500),
});

export const formatieplaatsWijzigingSchema = z.strictObject({
  functieNaam: tekst(200).optional(),
  ...functieVelden,
  salarisschaal: salarisschaal.optional(),
  fte: fteVeld(99, 'Een formatieplaats is hoogstens 99 fte.').optional(),
  ingangsdatum: datum.optional(),
  einddatum: datum.nullable().optional().describe('Een einddatum beëindigt de plaats'),
  soort: soort.optional(),
  financiering: financiering.optional(),
  programmaId: idVeld.nullable().optional(),
  subsidie: optioneleTekst(500),
});

export const nieuwePlaatsingSchema = z.strictObject({
  medewerkerId: idVeld,
  fte: fteVeld(2, 'Een plaatsing is hoogstens 2 fte.'),
  ingangsdatum: datum,
  einddatum: datum.nullable().optional(),
});

export const plaatsingWijzigingSchema = z.strictObject({
  fte: fteVeld(2, 'Een plaatsing is hoogstens 2 fte.').optional(),
  ingangsdatum: datum.optional(),
  einddatum: datum.nullable().optional().describe('Een einddatum beëindigt de plaatsing'),
});

export type FormatieCijfersFte = z.output<typeof formatieCijfersSchema>;
export type Plaatsing = z.output<typeof plaatsingSchema>;
export type Formatieplaats = z.output<typeof formatieplaatsSchema>;
export type TeamFormatie = z.output<typeof teamFormatieSchema>;
export type OrganisatieFormatie = z.output<typeof organisatieFormatieSchema>;
export type FormatieVerloop = z.output<typeof formatieVerloopSchema>;
export type FormatieVerloopQuery = z.output<typeof formatieVerloopQuery>;
export type NieuweFormatieplaats = z.output<typeof nieuweFormatieplaatsSchema>;
export type FormatieplaatsWijziging = z.output<typeof formatieplaatsWijzigingSchema>;
export type NieuwePlaatsing = z.output<typeof nieuwePlaatsingSchema>;
export type PlaatsingWijziging = z.output<typeof plaatsingWijzigingSchema>;
