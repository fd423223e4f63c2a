import { z } from 'zod';
import { MAX_NOTITIE, MAX_SAMENVATTING, MAX_TEKST, MAX_TITEL } from '../domain/zo-werken-we';
import { optioneleTekst, tekst } from './velden';

/**
 * "Zo werken we" (issue 15, item 3): the organisation philosophy as versioned pages. Everyone in
 * the organisation reads them; the directie and P&O write them. A change never overwrites: it is a
 * new version with its author, time and note. `html` is the Markdown rendered and sanitised on the
 * server (src/domain/zo-werken-we-markdown.ts): the web app shows it as it is.
 */

const auteur = z.string().nullable().describe('Naam van wie deze versie schreef');

export const zoWerkenWePaginaSamenvattingSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    samenvatting: z.string(),
    volgorde: z.number().int().describe('Plaats in de lijst, 1 is de eerste'),
    gearchiveerd: z.boolean(),
    versieNummer: z.number().int().describe('Het nummer van de huidige versie'),
    gewijzigdOp: z.string().describe('Wanneer de huidige versie is opgeslagen'),
    gewijzigdDoor: auteur,
    versie: z.number().int(),
  })
  .meta({ id: 'ZoWerkenWePaginaSamenvatting' });

export const zoWerkenWePaginasSchema = z
  .object({
    resultaten: z.array(zoWerkenWePaginaSamenvattingSchema),
    mag: z.object({
      aanmaken: z.boolean().describe('Een pagina toevoegen (directie, P&O)'),
      ordenen: z.boolean().describe('De volgorde wijzigen en archiveren (directie, P&O)'),
    }),
  })
  .meta({ id: 'ZoWerkenWePaginas' });

export const zoWerkenWePaginaSchema = zoWerkenWePaginaSamenvattingSchema
  .extend({
    tekst: z.string().describe('De huidige tekst in Markdown'),
    html: z
      .string()
      .describe('De huidige tekst als veilige HTML (geen eigen HTML, scripts of javascript:-links)'),
    gearchiveerdOp: z.string().nullable(),
    aantalVersies: z.number().int(),
    mag: z.object({
      bewerken: z.boolean().describe('Een nieuwe versie opslaan (directie, P&O; niet in het archief)'),
      archiveren: z.boolean().describe('Archiveren, terughalen en verplaatsen (directie, P&O)'),
    }),
  })
  .meta({ id: 'ZoWerkenWePagina' });

export const zoWerkenWeVersieSchema = z
  .object({
    nummer: z.number().int(),
    titel: z.string(),
    samenvatting: z.string(),
    notitie: z.string().nullable().describe('Wat is er veranderd'),
    auteur,
    aangemaaktOp: z.string(),
  })
  .meta({ id: 'ZoWerkenWeVersie' });

export const zoWerkenWeVersiesSchema = z
  .object({ resultaten: z.array(zoWerkenWeVersieSchema).describe('Nieuwste eerst') })
  .meta({ id: 'ZoWerkenWeVersies' });

export const zoWerkenWeVersieInhoudSchema = zoWerkenWeVersieSchema
  .extend({ tekst: z.string(), html: z.string() })
  .meta({ id: 'ZoWerkenWeVersieInhoud' });

export const zoWerkenWeVerschilDeelSchema = z
  .object({
    soort: z.enum(['gelijk', 'toegevoegd', 'verwijderd']),
    tekst: z.string(),
  })
  .meta({ id: 'ZoWerkenWeVerschilDeel' });

export const zoWerkenWeVerschilSchema = z
  .object({
    van: zoWerkenWeVersieSchema,
    naar: zoWerkenWeVersieSchema,
    titelGewijzigd: z.boolean(),
    samenvattingGewijzigd: z.boolean(),
    delen: z
      .array(zoWerkenWeVerschilDeelSchema)
      .describe(
        'De tekst van de ene naar de andere versie: per regel, en binnen gewijzigde regels per woord',
      ),
    aantalToegevoegd: z.number().int(),
    aantalVerwijderd: z.number().int(),
  })
  .meta({ id: 'ZoWerkenWeVerschil' });

const notitie = optioneleTekst(MAX_NOTITIE).describe('Wat is er veranderd (optioneel)');
const markdown = z
  .string({ error: 'Vul de tekst in.' })
  .max(MAX_TEKST, { error: `Gebruik hoogstens ${MAX_TEKST} tekens.` })
  .refine((t) => t.trim().length > 0, { error: 'Vul de tekst in.' })
  .describe('Markdown');

export const nieuweZoWerkenWePaginaSchema = z.strictObject({
  titel: tekst(MAX_TITEL),
  samenvatting: optioneleTekst(MAX_SAMENVATTING),
  tekst: markdown,
  notitie,
});

export const zoWerkenWePaginaWijzigingSchema = z.strictObject({
  titel: tekst(MAX_TITEL).optional(),
  samenvatting: optioneleTekst(MAX_SAMENVATTING),
  tekst: markdown.optional(),
  notitie,
  gearchiveerd: z.boolean({ error: 'Geef true of false.' }).optional(),
  volgorde: z
    .number({ error: 'Geef een plaats als getal.' })
    .int({ error: 'Geef een hele plaats.' })
    .min(1, { error: 'De eerste plaats is 1.' })
    .max(10_000, { error: 'Kies een plaats tot 10000.' })
    .optional(),
});

export const zoWerkenWeLijstQuery = z.strictObject({
  gearchiveerd: z
    .enum(['true', 'false'], { error: 'Geef true of false.' })
    .optional()
    .describe('true: alleen het archief; standaard de pagina’s in gebruik'),
});

const nummer = z.coerce
  .number({ error: 'Geef een versienummer.' })
  .int({ error: 'Geef een versienummer.' })
  .min(1, { error: 'Versienummers beginnen bij 1.' })
  .max(100_000, { error: 'Dit versienummer bestaat niet.' });
export const zoWerkenWeVerschilQuery = z.strictObject({ van: nummer, naar: nummer });

export type ZoWerkenWePaginaSamenvatting = z.output<typeof zoWerkenWePaginaSamenvattingSchema>;
export type ZoWerkenWePaginas = z.output<typeof zoWerkenWePaginasSchema>;
export type ZoWerkenWePagina = z.output<typeof zoWerkenWePaginaSchema>;
export type ZoWerkenWeVersie = z.output<typeof zoWerkenWeVersieSchema>;
export type ZoWerkenWeVersies = z.output<typeof zoWerkenWeVersiesSchema>;
export type ZoWerkenWeVersieInhoud = z.output<typeof zoWerkenWeVersieInhoudSchema>;
export type ZoWerkenWeVerschil = z.output<typeof zoWerkenWeVerschilSchema>;
export type NieuweZoWerkenWePagina = z.output<typeof nieuweZoWerkenWePaginaSchema>;
export type ZoWerkenWePaginaWijziging = z.output<typeof zoWerkenWePaginaWijzigingSchema>;
