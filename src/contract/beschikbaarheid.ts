import { z } from 'zod';
import { VERDEEL_STAPPEN } from '../domain/verdeel-stappen';
import { WERKDRUK_DELEN } from '../domain/werkdruk';
import { formaatQuery, isoWeekVeld } from './velden';

const cel = z.object({
  periode: z.string(),
  contractUren: z.number(),
  feestdagUren: z.number(),
  brutoUren: z.number().describe('Contracturen min feestdagen'),
  afwezigheidUren: z
    .number()
    .nullable()
    .describe(
      'Leeg (null) als u de afwezigheid van deze medewerker niet mag zien: dat mogen de medewerker zelf, de eigen teamleider, de directie en P&O',
    ),
  nietProductiefUren: z
    .number()
    .nullable()
    .describe(
      'Leeg (null) samen met afwezigheidUren: het is het aandeel van wat na de afwezigheid overblijft',
    ),
  beschikbaar: z.number(),
  ingezetRobuust: z.number().describe('Gepland op resultaatdoelen van de teams'),
  ingezetWendbaar: z.number().describe('Gepland op opgaven en bestuursopdrachten'),
  vrij: z.number().describe('Beschikbaar min ingezet; negatief bij overboeking'),
  overboekt: z.boolean(),
});
export const beschikbaarheidCelSchema = cel.meta({ id: 'BeschikbaarheidCel' });
export const kalenderperiodeSchema = z.object({
  sleutel: z.string(),
  van: z.string().describe('Eerste dag van de periode'),
  tot: z.string().describe('Laatste dag van de periode (inclusief)'),
});
const PERIODESOORTEN = ['week', 'maand', 'kwartaal', 'jaar', 'isojaar'] as const;
const PER_UITLEG =
  'week: ISO-week (2026-W05); maand (2026-03); kwartaal: kalenderkwartaal (2026-Q1); jaar: kalenderjaar, 1 januari–31 december (2026); isojaar: de ISO-weken van een jaar, maandag van week 1 tot zondag van de laatste week (2026-ISO)';
const per = z.enum(PERIODESOORTEN).describe(PER_UITLEG);
const afwezigheidZichtbaar = (waarvan: string) =>
  z
    .boolean()
    .describe(
      `false: afwezigheidUren en nietProductiefUren ${waarvan} zijn leeg (null), omdat u de afwezigheid niet mag zien (de medewerker zelf, de eigen teamleider, de directie en P&O wel); beschikbaar, ingezet en vrij staan er wel`,
    );
const jaartelling = z
  .enum(['kalenderjaar', 'isojaar'])
  .describe(
    'Welk jaar het jaartal in de sleutels is: het ISO-jaar bij weken en ISO-jaren, anders het kalenderjaar. De data van elke periode staan in perioden.',
  );

export const bereikQuery = z.strictObject({
  per: z
    .enum(PERIODESOORTEN, { error: "Kies 'week', 'maand', 'kwartaal', 'jaar' of 'isojaar'." })
    .describe(PER_UITLEG)
    .default('week'),
  van: z
    .string()
    .max(10)
    .describe(
      'Eerste periode: week (2026-W01), maand (2026-01), kwartaal (2026-Q1), jaar (2026) of ISO-jaar (2026-ISO)',
    ),
  tot: z.string().max(10).describe('Laatste periode, van dezelfde soort (inclusief)'),
  formaat: formaatQuery,
});

export const instellingenSchema = z
  .object({
    nietProductiefAandeel: z
      .number()
      .describe('Deel van de tijd dat niet productief is (overleg, scholing); 0,15 = 15%'),
    bevrijdingsdag: z
      .enum(['jaarlijks', 'lustrum'])
      .describe('Bevrijdingsdag elk jaar vrij, of alleen elke vijf jaar'),
    robuustReservering: z
      .number()
      .describe('Deel van de teamcapaciteit dat standaard voor robuust werk gereserveerd blijft; 0,6 = 60%'),
    terugwerkendeDagen: z
      .number()
      .int()
      .describe(
        'Zoveel dagen terug mag een wijziging ingaan zonder reden; verder terug is een reden verplicht',
      ),
    verdeelStapUren: z
      .number()
      .describe(
        'Een verdeelvoorstel stelt uren per week voor in stappen van zoveel uur: 0,5, 1, 2 of 4 (halve dag)',
      ),
    organisatienaam: z
      .string()
      .nullable()
      .describe(
        'De naam van de organisatie zoals documenten (het onderbouwd voorstel) die drukken; null: niet ingesteld',
      ),
    werkdrukDrempels: z
      .record(z.enum(WERKDRUK_DELEN), z.object({ oranje: z.number(), rood: z.number() }))
      .describe(
        'Drempels van het werkdruksignaal per deel: vanaf oranje oranje, vanaf rood rood (docs/werkdruk.md)',
      ),
    versie: z.number().int(),
  })
  .meta({ id: 'Instellingen' });

export const instellingenWijzigingSchema = z.strictObject({
  nietProductiefAandeel: z
    .number({ error: 'Geef een getal van 0 tot 1, bijvoorbeeld 0,15.' })
    .min(0, { error: 'Het aandeel kan niet negatief zijn.' })
    .max(0.9, { error: 'Hoogstens 0,9: anders blijft er geen tijd over.' })
    .optional(),
  bevrijdingsdag: z.enum(['jaarlijks', 'lustrum'], { error: "Kies 'jaarlijks' of 'lustrum'." }).optional(),
  robuustReservering: z
    .number({ error: 'Geef een getal van 0 tot 1, bijvoorbeeld 0,6.' })
    .min(0, { error: 'De reservering kan niet negatief zijn.' })
    .max(1, { error: 'De reservering is hoogstens 1 (alles robuust).' })
    .optional(),
  terugwerkendeDagen: z
    .number({ error: 'Geef het aantal dagen als geheel getal.' })
    .int({ error: 'Geef het aantal dagen als geheel getal.' })
    .min(0, { error: 'Het aantal dagen kan niet negatief zijn.' })
    .max(3660, { error: 'Hoogstens 3660 dagen (tien jaar).' })
    .optional(),
  verdeelStapUren: z
    .number({ error: 'Geef de stap in uren: 0,5, 1, 2 of 4.' })
    .refine((x) => (VERDEEL_STAPPEN as readonly number[]).includes(x), {
      error: 'Kies een stap van 0,5, 1, 2 of 4 uur (een halve dag).',
    })
    .optional(),
  organisatienaam: z
    .string({ error: 'Geef de naam van de organisatie als tekst, bijvoorbeeld "Gemeente Utrecht".' })
    .trim()
    .min(1, { error: 'Geef de naam van de organisatie.' })
    .max(200, { error: 'Hoogstens 200 tekens.' })
    .optional(),
  werkdrukDrempels: z
    .partialRecord(
      z.enum(WERKDRUK_DELEN),
      z.strictObject({
        oranje: z.number({ error: 'Geef de drempel voor oranje als getal.' }),
        rood: z.number({ error: 'Geef de drempel voor rood als getal.' }),
      }),
    )
    .optional()
    .describe('Alleen de delen die wijzigen; de andere houden hun drempels'),
});

export const teamBeschikbaarheidSchema = z
  .object({
    teamId: z.string(),
    per,
    jaartelling,
    nietProductiefAandeel: z.number(),
    perioden: z.array(kalenderperiodeSchema),
    afwezigheidZichtbaar: afwezigheidZichtbaar('van de totalen (leeg zodra één rij ze niet toont)'),
    medewerkers: z.array(
      z.object({
        medewerkerId: z.string(),
        naam: z.string(),
        functie: z.string(),
        afwezigheidZichtbaar: afwezigheidZichtbaar('van deze medewerker'),
        cellen: z.array(beschikbaarheidCelSchema),
        totaal: beschikbaarheidCelSchema,
      }),
    ),
    totalen: z.array(beschikbaarheidCelSchema),
    overboekt: z
      .array(
        z.object({
          medewerkerId: z.string(),
          naam: z.string(),
          perioden: z.array(z.object({ periode: z.string(), vrij: z.number() })),
        }),
      )
      .describe('Wie in welke perioden meer is ingepland dan beschikbaar'),
  })
  .meta({ id: 'TeamBeschikbaarheid' });

export const medewerkerBeschikbaarheidSchema = z.object({
  medewerkerId: z.string(),
  per,
  jaartelling,
  nietProductiefAandeel: z
    .number()
    .nullable()
    .describe(
      'Het niet-productieve aandeel als dat in het hele bereik hetzelfde was; null als de medewerker van team wisselde (elke dag telt het aandeel van het team van die dag)',
    ),
  perioden: z.array(kalenderperiodeSchema),
  afwezigheidZichtbaar: afwezigheidZichtbaar('in de cellen'),
  cellen: z.array(beschikbaarheidCelSchema),
  totaal: beschikbaarheidCelSchema,
});

const week = isoWeekVeld;
export const afwezigheidQuery = z.strictObject({ van: week, tot: week });
export const afwezigheidSchema = z.object({ week: z.string(), uren: z.number(), versie: z.number().int() });
export const afwezigheidLijstSchema = z.object({ resultaten: z.array(afwezigheidSchema) });
export const afwezigheidInvoerSchema = z.strictObject({
  uren: z
    .number({ error: 'Geef het aantal uren als getal.' })
    .min(0, { error: 'Afwezigheid kan niet negatief zijn.' })
    .max(60, { error: 'Een week heeft hoogstens 60 uur afwezigheid.' })
    .describe(
      'Verdeeld over de werkdagen van de week in dienst (geen feestdag), naar hun uren; hoogstens de uren van die dagen',
    )
    .multipleOf(0.01, { error: 'Gebruik hoogstens twee decimalen.' }),
});

export type BeschikbaarheidCel = z.output<typeof beschikbaarheidCelSchema>;
export type Instellingen = z.output<typeof instellingenSchema>;
export type InstellingenWijziging = z.output<typeof instellingenWijzigingSchema>;
export type TeamBeschikbaarheid = z.output<typeof teamBeschikbaarheidSchema>;
export type MedewerkerBeschikbaarheid = z.output<typeof medewerkerBeschikbaarheidSchema>;
export type Afwezigheid = z.output<typeof afwezigheidSchema>;
