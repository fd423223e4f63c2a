import { z } from 'zod';

/**
 * The onderbouwd voorstel (issue 13, item 6; docs/voorstel.md): the text sections stored with a
 * scenario, and the frozen voorstellen (snapshot + document number) made from it. The shape is the
 * one agreed with the web app (notes: voorstel-contract).
 *
 * The texts are plain text, paragraphs separated by a blank line. Each key is optional in a PATCH
 * (only the keys given change) and `null` clears one; an empty text is stored as null.
 */
const MAX_TEKST = 10_000;

const voorstelTekst = z
  .string({ error: 'Geef een tekst, of null om hem te wissen.' })
  .trim()
  .max(MAX_TEKST, { error: `Gebruik hoogstens ${MAX_TEKST} tekens.` })
  .nullable();

const tweeDecimalen = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
const euroBedrag = z
  .number({ error: 'Geef het bedrag in euro als getal.' })
  .min(0, { error: 'Een bedrag is 0 of meer.' })
  .max(999_999_999_999.99, { error: 'Dit bedrag is te groot.' })
  .refine(tweeDecimalen, { error: 'Gebruik hoogstens twee decimalen.' });

export const ontwikkelbudgetSchema = z
  .strictObject({
    bedrag: euroBedrag.describe('Het gevraagde bedrag in euro'),
    begrotingsjaar: z
      .number({ error: 'Geef het begrotingsjaar als getal, bijvoorbeeld 2027.' })
      .int({ error: 'Geef een heel jaar.' })
      .min(2000, { error: 'Kies een jaar van 2000 tot en met 2100.' })
      .max(2100, { error: 'Kies een jaar van 2000 tot en met 2100.' }),
    karakter: z.enum(['incidenteel', 'structureel'], { error: 'Kies incidenteel of structureel.' }),
    bestedingen: z
      .array(
        z.strictObject({
          omschrijving: z
            .string({ error: 'Omschrijf de besteding.' })
            .trim()
            .min(1, { error: 'Omschrijf de besteding.' })
            .max(500, { error: 'Gebruik hoogstens 500 tekens.' }),
          bedrag: euroBedrag.nullable(),
        }),
        { error: 'Geef de bestedingen als lijst.' },
      )
      .max(50, { error: 'Hoogstens 50 bestedingen.' })
      .describe('Wat het budget oplevert'),
    onderbouwing: z
      .string({ error: 'Geef de onderbouwing als tekst.' })
      .trim()
      .max(MAX_TEKST, { error: `Gebruik hoogstens ${MAX_TEKST} tekens.` }),
  })
  .meta({ id: 'Ontwikkelbudget' });

/** The texts as answered: every key present, null where nothing is written. */
export const voorstelTekstenSchema = z
  .object({
    aanleiding: z.string().nullable(),
    toelichtingBehoefte: z.string().nullable(),
    risicos: z.string().nullable(),
    gevraagdBesluit: z.string().nullable(),
    ontwikkelbudget: ontwikkelbudgetSchema.nullable().describe('Het ontwikkelbudget voor de kadernota'),
  })
  .meta({ id: 'VoorstelTeksten' });

/** The texts in a PATCH of the scenario: any subset of the keys; null clears one. */
export const voorstelTekstenAanpassingSchema = z
  .strictObject({
    aanleiding: voorstelTekst.optional(),
    toelichtingBehoefte: voorstelTekst.optional(),
    risicos: voorstelTekst.optional(),
    gevraagdBesluit: voorstelTekst.optional(),
    ontwikkelbudget: ontwikkelbudgetSchema.nullable().optional(),
  })
  .describe(
    'De teksten van het onderbouwd voorstel (platte tekst, alinea’s gescheiden door een witregel); alleen de gegeven sleutels wijzigen, null wist',
  );

const href = z.object({ href: z.string() });

export const voorstelSchema = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    documentnummer: z.string().describe('WB-<jaar>-<volgnummer per jaar>, bijvoorbeeld WB-2026-0001'),
    gegenereerdOp: z.string().describe('Het moment van de momentopname (ISO, met tijdzone)'),
    sha256: z
      .string()
      .describe('SHA-256 van de momentopname (JSON met gesorteerde sleutels); staat op elke pagina'),
    aangemaaktDoor: z.string(),
    _links: z.object({ self: href, docx: href, pdf: href }),
  })
  .meta({ id: 'Voorstel' });

export const voorstelLijstSchema = z
  .object({
    resultaten: z.array(voorstelSchema).describe('Nieuwste eerst'),
    mag: z.object({
      maken: z.boolean().describe('Een voorstel vastleggen (P&O, directie; niet van een verworpen scenario)'),
      tekstenWijzigen: z
        .boolean()
        .describe(
          'De teksten van het voorstel wijzigen (P&O, directie; ook na vaststelling, niet na verwerping)',
        ),
    }),
  })
  .meta({ id: 'VoorstelLijst' });

export const voorstelDocumentQuery = z.strictObject({
  formaat: z.enum(['docx', 'pdf'], { error: 'Kies docx of pdf.' }).default('docx'),
});

export const voorstelDocumentSchema = z.any().describe('DOCX of PDF');

export type VoorstelTeksten = z.output<typeof voorstelTekstenSchema>;
export type VoorstelTekstenAanpassing = z.output<typeof voorstelTekstenAanpassingSchema>;
export type Voorstel = z.output<typeof voorstelSchema>;
export type VoorstelLijst = z.output<typeof voorstelLijstSchema>;
