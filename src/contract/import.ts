import { z } from 'zod';
import { IMPORT_SOORTEN } from '../domain/import-velden';
import { datum, tekst } from './velden';

/**
 * Import from the HR system (issue 16). The file travels inside JSON as base64 (`inhoud`), so the
 * upload, the dry run and the commit are ordinary JSON requests with their schema in the OpenAPI
 * document; each request carries the file again and nothing of it is kept on the server. 25,000 rows
 * of a real export are about 4 MB, 5.5 MB as base64: the limit is 16 MB of file.
 */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export const importSoort = z.enum(IMPORT_SOORTEN);

const bestandsnaam = tekst(255);
const inhoud = z
  .string({ error: 'Stuur de inhoud van het bestand als base64.' })
  .min(1, { error: 'Het bestand is leeg.' })
  .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, {
    error: `Het bestand is groter dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
  })
  .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, { error: 'De inhoud is geen geldige base64.' })
  .describe('De inhoud van het CSV- of XLSX-bestand, base64-gecodeerd');

/** Field → the file's header text; which fields exist is per soort (GET /import-velden). */
export const koppelingVelden = z
  .record(z.string().regex(/^[a-z_]{1,40}$/), z.string().max(200))
  .describe('Wendbaar-veld → kolomkop in het bestand');

export const importBestandInvoerSchema = z.strictObject({
  bestandsnaam,
  inhoud,
  soort: importSoort,
});

export const importInvoerSchema = z.strictObject({
  bestandsnaam,
  inhoud,
  soort: importSoort,
  /** The mapping to use; when absent, the one suggested from the header names. */
  koppeling: koppelingVelden.optional(),
  peildatum: datum.optional().describe('Ingangsdatum van de wijzigingen; standaard vandaag'),
  volledig: z
    .boolean()
    .optional()
    .describe('Het bestand is het volledige personeelsbestand (of teambestand)'),
  reden: tekst(500).optional().describe('Reden voor wijzigingen met terugwerkende kracht'),
});

/** The dry run's input: the import's, and whether to run it in the background (202, then poll). */
export const importProefInvoerSchema = importInvoerSchema.extend({
  achtergrond: z
    .boolean()
    .optional()
    .describe(
      'true: antwoord meteen 202 en doe de proefimport op de achtergrond; volg de voortgang met GET /import-proeven/{proefId}',
    ),
});

export const importVeldSchema = z
  .object({ veld: z.string(), label: z.string(), verplicht: z.boolean() })
  .meta({ id: 'ImportVeld' });

export const importVeldenSchema = z
  .object({
    medewerkers: z.array(importVeldSchema),
    teams: z.array(importVeldSchema),
    formatieplaatsen: z.array(importVeldSchema),
  })
  .meta({ id: 'ImportVelden' });

export const importProbleemSchema = z
  .object({
    rij: z.number().int().nullable(),
    kolom: z.string().nullable(),
    code: z.string(),
    melding: z.string(),
  })
  .meta({ id: 'ImportProbleem' });

export const importBestandSchema = z
  .object({
    bestandsnaam: z.string(),
    sha256: z.string(),
    soort: importSoort,
    bron: z.object({
      soort: z.enum(['csv', 'xlsx']),
      codering: z.string().nullable(),
      scheidingsteken: z.string().nullable(),
    }),
    koppen: z.array(z.string()),
    aantalRijen: z.number().int(),
    /** The first rows as text, to map the columns by eye. */
    voorbeeld: z.array(z.array(z.string())),
    voorgesteldeKoppeling: koppelingVelden,
    velden: z.array(importVeldSchema),
  })
  .meta({ id: 'ImportBestand' });

const waarde = z.union([z.string(), z.number()]).nullable();

export const importWijzigingSchema = z
  .object({
    soort: z.enum(['nieuw', 'gewijzigd', 'beeindigd']),
    rij: z.number().int().nullable(),
    sleutel: z
      .string()
      .describe('Personeelsnummer, teamnaam, of bij een formatieplaats team · functie · schaal'),
    naam: z.string(),
    ingangsdatum: z.string().nullable(),
    velden: z.array(z.object({ veld: z.string(), oud: waarde, nieuw: waarde })),
  })
  .meta({ id: 'ImportWijziging' });

export const importAantallenSchema = z
  .object({
    rijen: z.number().int(),
    nieuw: z.number().int(),
    gewijzigd: z.number().int(),
    beeindigd: z.number().int(),
    ongewijzigd: z.number().int(),
    problemen: z.number().int(),
  })
  .meta({ id: 'ImportAantallen' });

export const importRapportSchema = z
  .object({
    id: z.string().nullable().describe('De verwerking, na het doorvoeren; null bij een proefimport'),
    bestandsnaam: z.string(),
    sha256: z.string(),
    soort: importSoort,
    peildatum: z.string(),
    volledig: z.boolean(),
    doorgevoerd: z.boolean(),
    koppeling: koppelingVelden,
    aantallen: importAantallenSchema,
    problemen: z.array(importProbleemSchema),
    waarschuwingen: z
      .array(importProbleemSchema)
      .describe(
        'Wat mag maar opvalt, zoals een basisteam dat geen teamleider meer heeft (code team-zonder-teamleider); houdt het doorvoeren niet tegen',
      ),
    wijzigingen: z.array(importWijzigingSchema),
    /** Plain Dutch: what the user can do next. */
    samenvatting: z.string(),
  })
  .meta({ id: 'ImportRapport' });

export const importProefTaakSchema = z
  .object({
    id: z.string(),
    status: z.enum(['bezig', 'klaar', 'mislukt']),
    voortgang: z
      .object({
        fase: z
          .enum(['lezen', 'controleren', 'ophalen', 'vergelijken'])
          .describe(
            'lezen: het bestand; controleren: elke rij; ophalen: de huidige stand uit Wendbaar; vergelijken: elke rij met die stand',
          ),
        verwerkt: z.number().int().describe('Rijen die deze fase al gedaan heeft'),
        totaal: z
          .number()
          .int()
          .describe('Rijen die deze fase in totaal doet (0 als de fase geen rijen telt)'),
      })
      .describe('Waar de proefimport is; bij klaar of mislukt de laatste fase'),
    rapport: importRapportSchema.nullable().describe('Het rapport, zodra de status klaar is'),
    fout: z
      .object({
        melding: z.string(),
        problemen: z.array(z.object({ veld: z.string(), code: z.string(), melding: z.string() })),
      })
      .nullable()
      .describe('Waarom de proefimport mislukte (een onleesbaar bestand, een onjuiste koppeling)'),
  })
  .meta({ id: 'ImportProefTaak' });

export const importVerwerkingSchema = z
  .object({
    id: z.string(),
    bestandsnaam: z.string(),
    sha256: z.string(),
    soort: importSoort,
    peildatum: z.string(),
    volledig: z.boolean(),
    aantallen: z.record(z.string(), z.number()),
    verwerktOp: z.string(),
  })
  .meta({ id: 'ImportVerwerking' });

export const importVerwerkingenSchema = z
  .object({ resultaten: z.array(importVerwerkingSchema) })
  .meta({ id: 'ImportVerwerkingen' });

export const importKoppelingSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    soort: importSoort,
    velden: koppelingVelden,
    versie: z.number().int(),
  })
  .meta({ id: 'ImportKoppeling' });

export const importKoppelingenSchema = z
  .object({ resultaten: z.array(importKoppelingSchema) })
  .meta({ id: 'ImportKoppelingen' });

export const nieuweImportKoppelingSchema = z.strictObject({
  naam: tekst(100),
  soort: importSoort,
  velden: koppelingVelden,
});

export const importKoppelingWijzigingSchema = z.strictObject({
  naam: tekst(100).optional(),
  velden: koppelingVelden.optional(),
});

export type ImportBestandInvoer = z.infer<typeof importBestandInvoerSchema>;
export type ImportInvoer = z.infer<typeof importInvoerSchema>;
export type ImportProefInvoer = z.infer<typeof importProefInvoerSchema>;
export type ImportProefTaak = z.infer<typeof importProefTaakSchema>;
export type ImportBestand = z.infer<typeof importBestandSchema>;
export type ImportRapport = z.infer<typeof importRapportSchema>;
export type ImportWijziging = z.infer<typeof importWijzigingSchema>;
export type ImportVerwerking = z.infer<typeof importVerwerkingSchema>;
export type ImportKoppeling = z.infer<typeof importKoppelingSchema>;
export type NieuweImportKoppeling = z.infer<typeof nieuweImportKoppelingSchema>;
export type ImportKoppelingWijziging = z.infer<typeof importKoppelingWijzigingSchema>;
