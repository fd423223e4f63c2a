import { z } from 'zod';
import { RAADSBRIEF_STATUSSEN, SECTIE_MAX } from '../domain/raadsbrief';
import { datum, optioneleTekst, tekst } from './velden';

/** The raadsbrief (issue 15, item 5): the college's letter to the raad, its snapshot and documents. */

const status = z.enum(RAADSBRIEF_STATUSSEN);
const href = z.object({ href: z.string() });

/** The generated parts as frozen; the shape is RaadsbriefMomentopnameInhoud (src/reports/raadsbrief-inhoud.ts). */
const inhoudSchema = z
  .object({
    organisatie: z.string(),
    peildatum: z.string(),
    organisatieInCijfers: z.object({
      aantalTeams: z.number().int(),
      aantalBasisteams: z.number().int(),
      aantalMedewerkers: z.number().int(),
      fte: z.number(),
      teams: z.array(
        z.object({
          naam: z.string(),
          medewerkers: z.number().int(),
          fte: z.number(),
          benutting: z.number().nullable(),
        }),
      ),
      capaciteit: z.object({
        jaar: z.number().int(),
        capaciteitUren: z.number(),
        ingezetUren: z.number(),
        benutting: z.number().nullable(),
      }),
    }),
    werkdruk: z
      .object({
        maand: z.string(),
        groen: z.number().int(),
        oranje: z.number().int(),
        rood: z.number().int(),
        onbekend: z.number().int(),
        teamsRood: z.array(z.string()),
        teamsOranje: z.array(z.string()),
      })
      .nullable(),
    portfolio: z.object({
      jaar: z.number().int(),
      dossiers: z.array(
        z.object({
          soort: z.enum(['opgave', 'bestuursopdracht']),
          titel: z.string(),
          status: z.string(),
          programma: z.string().nullable(),
          uren: z.number(),
        }),
      ),
    }),
    veranderprogramma: z
      .object({
        fasen: z.array(z.object({ volgnummer: z.number().int(), naam: z.string(), status: z.string() })),
        themas: z.array(
          z.object({
            naam: z.string(),
            stand: z.string(),
            open: z.number().int(),
            gereed: z.number().int(),
            verlopen: z.number().int(),
            volgendeMijlpaal: z.object({ titel: z.string(), datum: z.string() }).nullable(),
          }),
        ),
      })
      .nullable()
      .describe('Null zolang er geen veranderprogramma is vastgelegd'),
    formatie: z
      .object({
        formatieFte: z.number(),
        bezettingFte: z.number(),
        vacatureFte: z.number(),
        boventalligFte: z.number(),
      })
      .nullable(),
  })
  .meta({ id: 'RaadsbriefMomentopnameInhoud' });

export const raadsbriefMomentopnameSchema = z
  .object({
    id: z.string(),
    nummer: z
      .string()
      .describe('Citeerbaar nummer: documentnummer-M<volgnummer>, bijvoorbeeld RB-2026-0001-M2'),
    genomenOp: z.string().describe('Het moment van de momentopname (ISO, met tijdzone)'),
    sha256: z
      .string()
      .describe('SHA-256 van de inhoud (JSON met gesorteerde sleutels); staat onder elke tabel'),
    genomenDoor: z.string(),
  })
  .meta({ id: 'RaadsbriefMomentopname' });

const secties = {
  onderwerp: z.string(),
  aanleiding: z.string(),
  kernboodschap: z.string(),
  toelichting: z.string(),
  vervolg: z.string(),
  bijlagen: z.string(),
  portefeuillehouder: z.string(),
  datum: z.string().nullable(),
};

export const raadsbriefSchema = z
  .object({
    id: z.string(),
    documentnummer: z.string().describe('RB-<jaar>-<volgnummer per jaar>, bijvoorbeeld RB-2026-0001'),
    status,
    volgendeStatussen: z.array(status),
    ...secties,
    momentopname: raadsbriefMomentopnameSchema.nullable(),
    vastgesteld: z
      .object({ op: z.string(), door: z.string() })
      .nullable()
      .describe('De vaststelling door het college'),
    verzonden: z.object({ op: z.string(), door: z.string() }).nullable(),
    documenten: z
      .array(z.object({ formaat: z.enum(['docx', 'pdf']), sha256: z.string() }))
      .describe('De bewaarde documenten van een verzonden brief, precies zoals verzonden'),
    aangemaaktDoor: z.string(),
    versie: z.number().int(),
    mag: z
      .object({
        wijzigen: z.boolean().describe('Secties wijzigen (directeur, P&O; alleen als concept)'),
        momentopnameVernieuwen: z.boolean(),
        vaststellen: z.boolean().describe('Vaststellen (alleen het college, vanuit concept)'),
        verzenden: z.boolean().describe('Verzending vastleggen (directeur of college, na vaststelling)'),
        downloaden: z.boolean().describe('Er is een momentopname, dus een document'),
      })
      .describe('Wat de vrager nu met deze brief mag'),
    _links: z.object({ self: href, docx: href, pdf: href }),
  })
  .meta({ id: 'Raadsbrief' });

export const raadsbriefDetailSchema = raadsbriefSchema
  .extend({ inhoud: inhoudSchema.nullable().describe('De gegenereerde delen uit de momentopname') })
  .meta({ id: 'RaadsbriefDetail' });

export const raadsbrievenSchema = z
  .object({ resultaten: z.array(raadsbriefSchema), mag: z.object({ aanmaken: z.boolean() }) })
  .meta({ id: 'Raadsbrieven' });

/** Absent stays absent (a PATCH leaves it alone); null or empty: no text. */
const lang = (max: number) => optioneleTekst(max).transform((x) => (x === null ? '' : x));

export const nieuweRaadsbriefSchema = z.strictObject({
  onderwerp: tekst(SECTIE_MAX.onderwerp),
  aanleiding: lang(SECTIE_MAX.aanleiding),
  kernboodschap: lang(SECTIE_MAX.kernboodschap),
  toelichting: lang(SECTIE_MAX.toelichting),
  vervolg: lang(SECTIE_MAX.vervolg),
  bijlagen: lang(SECTIE_MAX.bijlagen),
  portefeuillehouder: lang(SECTIE_MAX.portefeuillehouder),
  datum: datum.nullable().optional(),
});
export const raadsbriefWijzigingSchema = nieuweRaadsbriefSchema.extend({
  onderwerp: tekst(SECTIE_MAX.onderwerp).optional(),
});
export const raadsbriefVaststellingSchema = z.strictObject({
  vastgesteldOp: datum.optional().describe('De datum van het collegebesluit; standaard vandaag'),
});
export const raadsbriefVerzendingSchema = z.strictObject({
  verzondenOp: datum.optional().describe('Standaard vandaag'),
});
export const raadsbriefMomentopnameVerzoekSchema = z.strictObject({});

export const raadsbriefDocumentQuery = z.strictObject({
  formaat: z.enum(['docx', 'pdf'], { error: 'Kies docx of pdf.' }).default('pdf'),
});
export const raadsbriefDocumentSchema = z.any().describe('DOCX of PDF');

export type Raadsbrief = z.output<typeof raadsbriefSchema>;
export type RaadsbriefDetail = z.output<typeof raadsbriefDetailSchema>;
export type Raadsbrieven = z.output<typeof raadsbrievenSchema>;
export type NieuweRaadsbrief = z.output<typeof nieuweRaadsbriefSchema>;
export type RaadsbriefWijziging = z.output<typeof raadsbriefWijzigingSchema>;
export type RaadsbriefVaststelling = z.output<typeof raadsbriefVaststellingSchema>;
export type RaadsbriefVerzending = z.output<typeof raadsbriefVerzendingSchema>;
