import { z } from 'zod';
import { datum, idVeld, links, optioneleTekst, tekst } from './velden';
import { voorstelTekstenAanpassingSchema, voorstelTekstenSchema } from './voorstel';

/**
 * Scenario's (issue 13, item 5): a named what-if on the formatie from a peildatum, its wijzigingen,
 * comments, the comparison with the live formatie and with other scenarios, and its adoption by the
 * directie (src/domain/scenario.ts holds the rules and says why a scenario is a delta, not a copy).
 *
 * A wijziging is one flat object whose `soort` says which fields it needs; the domain lists every
 * missing or wrong field at once (a union per soort would answer "no variant matched" instead).
 */
const vierDecimalen = (n: number) => Math.abs(Math.round(n * 10_000) - n * 10_000) < 1e-6;
const fte = z
  .number({ error: 'Geef de fte als getal, bijvoorbeeld 0,8 als 0.8.' })
  .min(0.0001, { error: 'De fte is minstens 0,0001.' })
  .max(99, { error: 'Een formatieplaats is hoogstens 99 fte.' })
  .refine(vierDecimalen, { error: 'Gebruik hoogstens vier decimalen.' });
const salarisschaal = z
  .string({ error: 'Geef de salarisschaal, bijvoorbeeld 10.' })
  .trim()
  .regex(/^[0-9A-Za-z.+-]{1,10}$/, { error: 'Geef de salarisschaal als code, bijvoorbeeld 10 of 10A.' });

export const SCENARIO_STATUSSEN = ['concept', 'voorgesteld', 'vastgesteld', 'verworpen'] as const;
export const WIJZIGING_SOORTEN = [
  'plaats-toevoegen',
  'plaats-beeindigen',
  'plaats-verplaatsen',
  'plaats-herschalen',
  'budget-wijzigen',
] as const;

const status = z.enum(SCENARIO_STATUSSEN, { error: 'Kies concept, voorgesteld, vastgesteld of verworpen.' });
const wijzigingSoort = z.enum(WIJZIGING_SOORTEN, {
  error:
    'Kies plaats-toevoegen, plaats-beeindigen, plaats-verplaatsen, plaats-herschalen of budget-wijzigen.',
});

/** The fields a wijziging may carry; which are required depends on `soort` (see the description). */
const wijzigingVelden = {
  ingangsdatum: datum
    .optional()
    .describe(
      'Vanaf wanneer de wijziging geldt (alle soorten behalve budget-wijzigen); een beëindigde plaats eindigt de dag ervoor',
    ),
  formatieplaatsId: idVeld
    .optional()
    .describe(
      'De plaats (beëindigen, verplaatsen, herschalen): een bestaande, of het id van de wijziging die haar toevoegt',
    ),
  teamId: idVeld.optional().describe('Het team (toevoegen, verplaatsen: het nieuwe team, budget-wijzigen)'),
  functieNaam: tekst(200).optional().describe('toevoegen'),
  functiefamilie: optioneleTekst(200),
  functieniveau: optioneleTekst(50),
  salarisschaal: salarisschaal.optional().describe('toevoegen; herschalen (de nieuwe schaal)'),
  fte: fte.optional().describe('toevoegen; herschalen (de nieuwe fte)'),
  einddatum: datum.nullable().optional().describe('toevoegen: de einddatum van een tijdelijke plaats'),
  plaatssoort: z
    .enum(['structureel', 'tijdelijk'], { error: 'Kies structureel of tijdelijk.' })
    .optional()
    .describe('toevoegen'),
  financiering: z
    .enum(['regulier', 'programma', 'subsidie'], { error: 'Kies regulier, programma of subsidie.' })
    .optional()
    .describe('toevoegen'),
  programmaId: idVeld.nullable().optional(),
  subsidie: optioneleTekst(500),
  jaar: z
    .number({ error: 'Geef het jaar als getal.' })
    .int({ error: 'Geef een heel jaar.' })
    .min(2000, { error: 'Kies een jaar van 2000 tot en met 2100.' })
    .max(2100, { error: 'Kies een jaar van 2000 tot en met 2100.' })
    .optional()
    .describe('budget-wijzigen'),
  bedrag: z
    .number({ error: 'Geef het bedrag in euro als getal.' })
    .min(0, { error: 'Een budget is 0 of meer.' })
    .max(999_999_999_999.99, { error: 'Dit bedrag is te groot.' })
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, {
      error: 'Gebruik hoogstens twee decimalen.',
    })
    .optional()
    .describe('budget-wijzigen: het nieuwe loonsombudget van het team in dat jaar, in euro'),
};

export const nieuweScenarioWijzigingSchema = z.strictObject({
  soort: wijzigingSoort,
  ...wijzigingVelden,
});

/** What is stored in scenario_wijziging.gegevens: the fields minus soort and ingangsdatum. */
export const wijzigingGegevensSchema = z.strictObject(
  (({ ingangsdatum: _i, ...rest }) => rest)(wijzigingVelden),
);

const probleem = z.object({ veld: z.string(), code: z.string(), melding: z.string() });

export const scenarioWijzigingSchema = z
  .object({
    id: z.string(),
    volgnummer: z.number().int(),
    soort: wijzigingSoort,
    ingangsdatum: z.string().nullable(),
    formatieplaatsId: z.string().nullable(),
    teamId: z.string().nullable(),
    functieNaam: z.string().nullable(),
    functiefamilie: z.string().nullable(),
    functieniveau: z.string().nullable(),
    salarisschaal: z.string().nullable(),
    fte: z.number().nullable(),
    einddatum: z.string().nullable(),
    plaatssoort: z.enum(['structureel', 'tijdelijk']).nullable(),
    financiering: z.enum(['regulier', 'programma', 'subsidie']).nullable(),
    programmaId: z.string().nullable(),
    subsidie: z.string().nullable(),
    jaar: z.number().int().nullable(),
    bedrag: z.number().nullable(),
    problemen: z
      .array(probleem)
      .describe(
        'Wat er nu mis is met deze wijziging tegen de huidige formatie (leeg: ze is toegepast); een scenario met problemen kan niet worden vastgesteld',
      ),
  })
  .meta({ id: 'ScenarioWijziging' });

export const scenarioOpmerkingSchema = z
  .object({
    id: z.string(),
    auteur: z.string(),
    tekst: z.string(),
    geplaatstOp: z.string(),
  })
  .meta({ id: 'ScenarioOpmerking' });

const besluit = z
  .object({
    besluitdatum: z.string(),
    kenmerk: z.string(),
    omschrijving: z.string().nullable(),
    vastgesteldDoor: z.string().nullable(),
    vastgesteldOp: z.string(),
  })
  .meta({ id: 'ScenarioBesluit' });

const scenarioMag = z.object({
  wijzigen: z
    .boolean()
    .describe('Naam, toelichting, status en wijzigingen aanpassen (P&O, directie; niet na vaststelling)'),
  opmerkingMaken: z.boolean(),
  vaststellen: z.boolean().describe('Het scenario vaststellen (alleen de directie)'),
});

export const scenarioSamenvattingSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    peildatum: z.string(),
    status,
    aantalWijzigingen: z.number().int(),
    versie: z.number().int(),
    _links: links,
  })
  .meta({ id: 'ScenarioSamenvatting' });

export const scenarioLijstSchema = z
  .object({
    resultaten: z
      .array(scenarioSamenvattingSchema)
      .describe('P&O en de directie zien alle scenario’s, het college de voorgestelde en vastgestelde'),
    mag: z.object({ aanmaken: z.boolean() }),
  })
  .meta({ id: 'ScenarioLijst' });

export const scenarioSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    peildatum: z
      .string()
      .describe('Het scenario gaat uit van de formatie vanaf deze datum; wijzigingen gelden op of na haar'),
    status,
    toelichting: z.string().nullable(),
    aangemaaktDoor: z.string().nullable(),
    aangemaaktOp: z.string(),
    wijzigingen: z.array(scenarioWijzigingSchema),
    opmerkingen: z.array(scenarioOpmerkingSchema),
    besluit: besluit.nullable().describe('Het besluit waarmee de directie het scenario vaststelde'),
    voorstelteksten: voorstelTekstenSchema.describe(
      'De teksten van het onderbouwd voorstel (issue 13, punt 6; docs/voorstel.md)',
    ),
    versie: z.number().int(),
    mag: scenarioMag,
    _links: links,
  })
  .meta({ id: 'Scenario' });

export const nieuwScenarioSchema = z.strictObject({
  naam: tekst(200),
  peildatum: datum,
  toelichting: optioneleTekst(10000),
});

export const scenarioAanpassingSchema = z.strictObject({
  naam: tekst(200).optional(),
  peildatum: datum.optional(),
  toelichting: optioneleTekst(10000),
  status: z
    .enum(['concept', 'voorgesteld', 'verworpen'], {
      error: 'Kies concept, voorgesteld of verworpen; vaststellen gaat via /vaststellingen.',
    })
    .optional(),
  voorstelteksten: voorstelTekstenAanpassingSchema
    .optional()
    .describe(
      'De teksten van het onderbouwd voorstel; ook na vaststelling te wijzigen (het voorstel kan het besluit volgen), niet na verwerping',
    ),
});

export const nieuweScenarioOpmerkingSchema = z.strictObject({ tekst: tekst(5000) });

export const vaststellingSchema = z.strictObject({
  besluitdatum: datum,
  kenmerk: tekst(100),
  omschrijving: optioneleTekst(10000),
});

// --- the comparison -------------------------------------------------------------------------------

const kolomcijfers = {
  formatieFte: z.number(),
  bezettingFte: z.number(),
  vacatureFte: z.number(),
  boventalligFte: z.number(),
  capaciteitstekortFte: z
    .number()
    .nullable()
    .describe(
      'Vraag min capaciteit in fte, gemiddeld over de vier kwartalen vanaf de datum (GET /organisatie/behoefte); een scenario telt zijn extra formatie als bezet tegen het netto aandeel van het team (docs/scenarios.md). Null voor een team zonder vraag (geen basisteam)',
    ),
  loonsom: z
    .array(
      z.object({
        jaar: z.number().int(),
        totaal: z.number(),
        vacatures: z.number().describe('Het deel van het totaal dat vacatures kosten'),
        budget: z.number().nullable(),
        ruimte: z
          .number()
          .nullable()
          .describe('Budget min loonsom: positief is ruimte, negatief een overschrijding'),
      }),
    )
    .describe('Per jaar, vier jaar (de meerjarenraming), in euro'),
};

const kolomSchema = z.object({
  soort: z.enum(['huidig', 'scenario']),
  scenarioId: z.string().nullable(),
  naam: z.string(),
  status: status.nullable(),
  totaal: z.object(kolomcijfers),
  teams: z
    .array(z.object({ teamId: z.string(), naam: z.string(), ...kolomcijfers }))
    .describe('Per team voor P&O en de directie; het college ziet alleen het totaal'),
  verschil: z
    .object({
      formatieFte: z.number(),
      vacatureFte: z.number(),
      capaciteitstekortFte: z.number().describe('Negatief: het scenario verkleint het tekort'),
      loonsom: z.array(z.object({ jaar: z.number().int(), totaal: z.number() })),
    })
    .nullable()
    .describe('Het totaal van deze kolom min dat van de huidige formatie (null in de kolom huidig)'),
  problemen: z.array(probleem).describe('Wijzigingen die nu niet toe te passen zijn en dus niet meetellen'),
});

export const scenarioVergelijkingSchema = z
  .object({
    datum: z.string().describe('De datum waarop fte, bezetting en vacatures gelden'),
    jaren: z.array(z.number().int()),
    kolommen: z.array(kolomSchema).describe('Eerst de huidige formatie, dan elk scenario'),
  })
  .meta({ id: 'ScenarioVergelijking' });

export const vergelijkingQuery = z.strictObject({
  datum: datum.optional().describe('Standaard: de dag waarop alle wijzigingen gelden'),
  jaar: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe('Het eerste jaar van de vier (standaard het jaar van de peildatum)'),
});

export const scenarioVergelijkingQuery = vergelijkingQuery.extend({
  scenarios: z.string().max(1000).describe('Twee of meer scenario-id’s, gescheiden door komma’s'),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioLijst = z.output<typeof scenarioLijstSchema>;
export type ScenarioWijzigingView = z.output<typeof scenarioWijzigingSchema>;
export type NieuweScenarioWijziging = z.output<typeof nieuweScenarioWijzigingSchema>;
export type WijzigingGegevens = z.output<typeof wijzigingGegevensSchema>;
export type NieuwScenario = z.output<typeof nieuwScenarioSchema>;
export type ScenarioAanpassing = z.output<typeof scenarioAanpassingSchema>;
export type Vaststelling = z.output<typeof vaststellingSchema>;
export type ScenarioVergelijking = z.output<typeof scenarioVergelijkingSchema>;
