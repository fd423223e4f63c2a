import { z } from 'zod';
import {
  ADVIES_UITKOMSTEN,
  INSTEMMING_UITKOMSTEN,
  OR_VERZOEK_SOORTEN,
  OR_VERZOEK_STATUSSEN,
} from '../domain/or-dossier';
import { datum, idVeld, optioneleTekst, tekst } from './velden';

/** The OR-dossier (issue 15, item 4): requests to the ondernemingsraad and overlegvergaderingen. */

const soort = z.enum(OR_VERZOEK_SOORTEN, { error: `Kies een van: ${OR_VERZOEK_SOORTEN.join(', ')}.` });
const status = z.enum(OR_VERZOEK_STATUSSEN);
/** Absent stays absent (a PATCH leaves it alone); empty means: no text. */
const lang = (max = 8000) => optioneleTekst(max).transform((x) => (x === '' ? null : x));

// --- documents -------------------------------------------------------------------------------------

const documentInvoer = z.discriminatedUnion(
  'soort',
  [
    z.strictObject({ soort: z.enum(['voorstel', 'scenario', 'bestuursopdracht']), id: idVeld }),
    z.strictObject({
      soort: z.literal('link'),
      url: z
        .url({ protocol: /^https?$/, error: 'Geef een webadres dat begint met https:// of http://.' })
        .max(2000, { error: 'Gebruik hoogstens 2000 tekens.' }),
      titel: tekst(300),
    }),
  ],
  { error: "Kies als soort 'voorstel', 'scenario', 'bestuursopdracht' of 'link'." },
);
export const orDocumentSchema = z
  .object({
    soort: z.enum(['voorstel', 'scenario', 'bestuursopdracht', 'link']),
    id: z.string().nullable().describe('Het bevroren stuk in Wendbaar; null bij een link'),
    url: z.string().nullable(),
    titel: z.string(),
  })
  .meta({ id: 'OrDocument' });

// --- answers -----------------------------------------------------------------------------------------

export const orTermijnenSchema = z
  .object({
    reactieUiterlijk: z
      .string()
      .nullable()
      .describe(
        'De reactietermijn zoals die telt: valt de gevraagde datum in een weekend of op een feestdag, de eerstvolgende werkdag',
      ),
    wijktAfVanAdvies: z.boolean(),
    opschorting: z
      .object({ laatsteDag: z.string(), uitvoerbaarVanaf: z.string(), afgezien: z.boolean() })
      .nullable()
      .describe('Art. 25 lid 6 WOR: een besluit dat afwijkt van het advies wordt een maand opgeschort'),
    beroepUiterlijk: z
      .string()
      .nullable()
      .describe('Art. 26 WOR: laatste dag voor beroep bij de Ondernemingskamer'),
    nietigheidUiterlijk: z
      .string()
      .nullable()
      .describe('Art. 27 lid 5 WOR: laatste dag waarop de OR zich op de nietigheid kan beroepen'),
    uitvoerbaar: z.object({
      soort: z.enum(['nog-geen-besluit', 'uitvoerbaar', 'opgeschort', 'geen-instemming', 'ingetrokken']),
      vanaf: z.string().nullable(),
      grond: z
        .enum([
          'advies-gevolgd',
          'afstand-opschorting',
          'instemming',
          'vervangende-toestemming',
          'informatie',
        ])
        .nullable(),
    }),
  })
  .meta({ id: 'OrTermijnen' });

export const orVerzoekSchema = z
  .object({
    id: z.string(),
    soort,
    status,
    volgendeStatussen: z.array(status),
    onderwerp: z.string(),
    aanleiding: z.string().nullable(),
    voorgenomenBesluit: z.string().nullable(),
    personeleGevolgen: z.string().nullable().describe('Art. 46d WOR: de gevolgen voor het personeel'),
    documenten: z.array(orDocumentSchema),
    reactieGevraagdVoor: z.string().nullable(),
    orGeinformeerdOp: z.string().nullable().describe('De dag waarop het verzoek aan de OR is voorgelegd'),
    reactie: z
      .object({
        uitkomst: z.enum([...ADVIES_UITKOMSTEN, ...INSTEMMING_UITKOMSTEN]),
        tekst: z.string().nullable(),
        datum: z.string(),
        door: z.string().nullable(),
      })
      .nullable(),
    besluit: z
      .object({
        tekst: z.string(),
        datum: z.string(),
        orGeinformeerdOp: z.string(),
        volgtAdvies: z.boolean().nullable(),
        door: z.string().nullable(),
      })
      .nullable(),
    orZietAfVanOpschorting: z.boolean(),
    vervangendeToestemming: z.object({ datum: z.string(), kenmerk: z.string() }).nullable(),
    intrekking: z.object({ datum: z.string(), reden: z.string().nullable() }).nullable(),
    termijnen: orTermijnenSchema,
    volgendeDatum: z
      .object({
        datum: z.string(),
        wat: z.enum(['reactietermijn', 'einde-opschorting', 'beroepstermijn', 'nietigheidstermijn']),
      })
      .nullable()
      .describe('De eerstvolgende datum die ertoe doet, vanaf vandaag'),
    aangemaaktDoor: z.string().nullable(),
    versie: z.number().int(),
    mag: z
      .object({
        wijzigen: z.boolean(),
        indienen: z.boolean(),
        reageren: z.boolean().describe('Advies of instemming vastleggen (de OR)'),
        besluiten: z.boolean(),
        intrekken: z.boolean(),
        afstandVanOpschorting: z.boolean().describe('De OR ziet af van de opschortingstermijn'),
        vervangendeToestemming: z.boolean(),
      })
      .describe('Wat de vrager nu met dit verzoek mag'),
  })
  .meta({ id: 'OrVerzoek' });

export const orVerzoekenSchema = z
  .object({ resultaten: z.array(orVerzoekSchema), mag: z.object({ aanmaken: z.boolean() }) })
  .meta({ id: 'OrVerzoeken' });

export const orOverlegActieSchema = z
  .object({
    id: z.string(),
    omschrijving: z.string(),
    eigenaar: z.string(),
    deadline: z.string().nullable(),
    afgerondOp: z.string().nullable(),
    verlopen: z.boolean(),
    versie: z.number().int(),
  })
  .meta({ id: 'OrOverlegActie' });

export const orOverlegSchema = z
  .object({
    id: z.string(),
    datum: z.string(),
    titel: z.string(),
    notulen: z.string(),
    agenda: z.array(
      z.object({
        id: z.string(),
        volgorde: z.number().int(),
        titel: z.string(),
        verzoek: z.object({ id: z.string(), onderwerp: z.string() }).nullable(),
      }),
    ),
    acties: z.array(orOverlegActieSchema),
    versie: z.number().int(),
    mag: z.object({ wijzigen: z.boolean() }),
  })
  .meta({ id: 'OrOverleg' });

export const orOverleggenSchema = z
  .object({ resultaten: z.array(orOverlegSchema), mag: z.object({ aanmaken: z.boolean() }) })
  .meta({ id: 'OrOverleggen' });

// --- bodies --------------------------------------------------------------------------------------------

const verzoekVelden = {
  onderwerp: tekst(300),
  aanleiding: lang(),
  voorgenomenBesluit: lang(),
  personeleGevolgen: lang(),
  documenten: z.array(documentInvoer).max(50, { error: 'Hoogstens 50 documenten.' }).optional(),
  reactieGevraagdVoor: datum.nullable().optional(),
};
export const nieuwOrVerzoekSchema = z.strictObject({ soort, ...verzoekVelden });
export const orVerzoekWijzigingSchema = z.strictObject({
  soort: soort.optional(),
  ...verzoekVelden,
  onderwerp: tekst(300).optional(),
});
export const orIndieningSchema = z.strictObject({
  orGeinformeerdOp: datum.optional().describe('Standaard vandaag'),
});
export const orReactieSchema = z.strictObject({
  advies: z.enum(ADVIES_UITKOMSTEN, { error: `Kies een van: ${ADVIES_UITKOMSTEN.join(', ')}.` }).optional(),
  instemming: z
    .enum(INSTEMMING_UITKOMSTEN, { error: `Kies een van: ${INSTEMMING_UITKOMSTEN.join(', ')}.` })
    .optional(),
  tekst: tekst(8000),
  datum: datum.optional().describe('Standaard vandaag'),
});
export const orBesluitSchema = z.strictObject({
  tekst: tekst(8000),
  datum,
  orGeinformeerdOp: datum
    .optional()
    .describe('De dag waarop de OR over het besluit is ingelicht; standaard de besluitdatum'),
  volgtAdvies: z.boolean({ error: 'Geef met true of false aan of het besluit het advies volgt.' }).optional(),
});
export const orIntrekkingSchema = z.strictObject({ reden: tekst(2000) });
export const orAfstandSchema = z.strictObject({});
export const orVervangendeToestemmingSchema = z.strictObject({ datum, kenmerk: tekst(200) });

const agenda = z
  .array(z.strictObject({ titel: tekst(300), verzoekId: idVeld.nullable().optional() }))
  .max(100, { error: 'Hoogstens 100 agendapunten.' });
export const nieuwOrOverlegSchema = z.strictObject({
  datum,
  titel: tekst(300),
  notulen: optioneleTekst(50000),
  agenda: agenda.optional(),
});
export const orOverlegWijzigingSchema = z.strictObject({
  datum: datum.optional(),
  titel: tekst(300).optional(),
  notulen: optioneleTekst(50000),
  agenda: agenda.optional(),
});
export const nieuweOrOverlegActieSchema = z.strictObject({
  omschrijving: tekst(1000),
  eigenaar: tekst(200),
  deadline: datum.nullable().optional(),
});
export const orOverlegActieWijzigingSchema = z.strictObject({
  omschrijving: tekst(1000).optional(),
  eigenaar: tekst(200).optional(),
  deadline: datum.nullable().optional(),
  afgerondOp: datum.nullable().optional().describe('Een datum: afgerond; null: weer open'),
});

export type OrVerzoek = z.output<typeof orVerzoekSchema>;
export type OrVerzoeken = z.output<typeof orVerzoekenSchema>;
export type OrTermijnenView = z.output<typeof orTermijnenSchema>;
export type OrDocument = z.output<typeof orDocumentSchema>;
export type OrOverleg = z.output<typeof orOverlegSchema>;
export type OrOverleggen = z.output<typeof orOverleggenSchema>;
export type OrOverlegActie = z.output<typeof orOverlegActieSchema>;
export type NieuwOrVerzoek = z.output<typeof nieuwOrVerzoekSchema>;
export type OrVerzoekWijziging = z.output<typeof orVerzoekWijzigingSchema>;
export type OrIndiening = z.output<typeof orIndieningSchema>;
export type OrReactie = z.output<typeof orReactieSchema>;
export type OrBesluit = z.output<typeof orBesluitSchema>;
export type OrIntrekking = z.output<typeof orIntrekkingSchema>;
export type OrVervangendeToestemming = z.output<typeof orVervangendeToestemmingSchema>;
export type NieuwOrOverleg = z.output<typeof nieuwOrOverlegSchema>;
export type OrOverlegWijziging = z.output<typeof orOverlegWijzigingSchema>;
export type NieuweOrOverlegActie = z.output<typeof nieuweOrOverlegActieSchema>;
export type OrOverlegActieWijziging = z.output<typeof orOverlegActieWijzigingSchema>;
