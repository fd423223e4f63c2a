import { createHash } from 'node:crypto';
import { MAANDEN } from '../domain/datum-woorden';
import { MAX_TEKORTTEAMS, selecteerTeams } from './voorstel-selectie';

/**
 * The onderbouwd voorstel (issue 13, item 6): what the document holds, as one list of blocks that
 * both the DOCX and the PDF renderer draw, so the two formats always carry the same sections, tables
 * and figures. Everything comes from a frozen snapshot (`VoorstelSnapshot`) in which the caller has
 * already resolved ids to names and computed the figures with the domain rules; this module only
 * formats. docs/voorstel.md explains the document to users.
 *
 * Decisions, with why:
 * - Byte-for-byte reproducible from the snapshot: no clock, no randomness, and no locale data whose
 *   output can change with the Node/ICU version (amounts, FTE and dates are formatted by hand here;
 *   only the time zone offset of Europe/Amsterdam is read from Intl, as numbers).
 * - Amounts are euro with two decimals, as the API answers them, and are printed in whole euros
 *   (half away from zero). A difference is computed in cents first, so rounding can differ one euro
 *   from the difference of the printed figures; the document says so.
 * - The snapshot's sha256 (canonical JSON: keys sorted) is printed on every page, so a paper copy and
 *   the stored snapshot can be matched.
 */

/** Euro, two decimals (as the API answers amounts). */
export type Bedrag = number;

export type ScenarioStatus = 'concept' | 'voorgesteld' | 'vastgesteld' | 'verworpen';

/** One set of need figures (FTE, or euro): the three sources of demand, the demand, the availability, the gap. */
export interface BehoefteCijfers {
  resultaatdoelen: number;
  /** The agile inzet the teamleider consented to. */
  inzet: number;
  /** Open capaciteitsvragen that no consent (verdeelvoorstel) covers yet. */
  capaciteitsvragen: number;
  vraag: number;
  beschikbaar: number;
  /** Vraag − beschikbaar: positive is a shortage, negative room. */
  tekort: number;
}

export interface VoorstelBehoefteCel {
  /** As the behoefte answers it: '2026-03', '2026-Q1'. */
  periode: string;
  fte: BehoefteCijfers;
  /** Null when no average cost per FTE is known. */
  euro: BehoefteCijfers | null;
}

export interface VoorstelBehoefteRij {
  team: string;
  perioden: VoorstelBehoefteCel[];
  /** Over all periods: euro added up, FTE averaged (as the behoefte computes it). */
  totaal: Omit<VoorstelBehoefteCel, 'periode'>;
}

export type VoorstelWijzigingSoort =
  | 'plaats-toevoegen'
  | 'plaats-beeindigen'
  | 'plaats-verplaatsen'
  | 'plaats-herschalen';

/** A position change of the scenario, resolved to names. */
export interface VoorstelWijziging {
  soort: VoorstelWijzigingSoort;
  team: string;
  /** Moving: the team the place goes to. */
  naarTeam: string | null;
  functie: string;
  salarisschaal: string;
  /** Re-scaling: the new scale (null: unchanged). */
  naarSalarisschaal: string | null;
  fte: number;
  /** Re-scaling: the new FTE (null: unchanged). */
  naarFte: number | null;
  ingangsdatum: string;
  einddatum: string | null;
  plaatssoort: 'structureel' | 'tijdelijk';
  financiering: 'regulier' | 'programma' | 'subsidie';
  /** The programme's name or the subsidy (null for the regular budget). */
  financieringNaam: string | null;
}

export interface FinancieelJaar {
  jaar: number;
  /** The loonsom of the current formatie. */
  huidig: Bedrag;
  /** The loonsom of the scenario's formatie. */
  scenario: Bedrag;
  /** The loonsombudget in the scenario (null: none set). */
  budget: Bedrag | null;
  /** Budget − scenario loonsom (null without a budget). */
  ruimte: Bedrag | null;
}

export interface VoorstelSnapshot {
  documentnummer: string;
  /** ISO timestamp with zone (part of the snapshot, so the document never reads the clock). */
  gegenereerdOp: string;
  organisatie: string;
  scenario: {
    naam: string;
    status: ScenarioStatus;
    /** ISO date the scenario starts from. */
    peildatum: string;
    /** The directie's decision when the scenario was adopted. */
    besluit: { kenmerk: string; datum: string } | null;
  };
  /** The editable text sections stored with the scenario: plain text, paragraphs split by a blank line. */
  teksten: {
    aanleiding: string;
    toelichtingBehoefte: string;
    risicos: string;
    gevraagdBesluit: string;
  };
  behoefte: {
    per: 'maand' | 'kwartaal';
    /** First and last day (ISO). */
    van: string;
    tot: string;
    teams: VoorstelBehoefteRij[];
    /** The organisation over all periods. */
    organisatie: Omit<VoorstelBehoefteCel, 'periode'>;
  };
  wijzigingen: VoorstelWijziging[];
  budgetwijzigingen: { team: string; jaar: number; bedrag: Bedrag }[];
  /** The meerjarenraming: four years, per team and for the organisation. */
  financieel: {
    jaren: number[];
    teams: { team: string; jaren: FinancieelJaar[] }[];
    organisatie: FinancieelJaar[];
  };
  /** The development budget asked for the kadernota (null: none asked). */
  ontwikkelbudget: {
    bedrag: Bedrag;
    begrotingsjaar: number;
    karakter: 'incidenteel' | 'structureel';
    /** What it buys. */
    bestedingen: { omschrijving: string; bedrag: Bedrag | null }[];
    /** The basis, plain text with paragraphs. */
    onderbouwing: string;
  } | null;
}

// --- the hash ---------------------------------------------------------------------------------------

/** JSON with every object's keys sorted, so the same snapshot always gives the same text. */
export function canoniekeJson(waarde: unknown): string {
  return JSON.stringify(waarde, (_sleutel, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** The sha256 (hex) of the snapshot's canonical JSON: printed on the document, stored with the snapshot. */
export function snapshotHash(s: VoorstelSnapshot): string {
  return createHash('sha256').update(canoniekeJson(s), 'utf8').digest('hex');
}

// --- formatting (by hand: no ICU output in the bytes) -------------------------------------------------

const groepeer = (cijfers: string) => cijfers.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const NBSP = '\u00a0';

/** '€ 1.234.567' (whole euros, half away from zero); '—' for none. */
export function euro(bedrag: Bedrag | null): string {
  if (bedrag === null) return '—';
  const hele = Math.round(Math.abs(bedrag));
  return `€${NBSP}${bedrag < 0 && hele !== 0 ? '-' : ''}${groepeer(String(hele))}`;
}

/** '1,25' (two decimals). */
export function fte(n: number): string {
  const [heel, deel] = Math.abs(n).toFixed(2).split('.');
  const tekst = `${groepeer(heel ?? '0')},${deel}`;
  return n < 0 && tekst !== '0,00' ? `-${tekst}` : tekst;
}

/** Whole cents, so differences and sums of euro amounts stay exact. */
const centen = (b: Bedrag) => Math.round(b * 100);
const verschil = (a: Bedrag, b: Bedrag): Bedrag => (centen(a) - centen(b)) / 100;

/** '1 maart 2026' from an ISO date. */
export function datumNl(iso: string): string {
  const [j, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)} ${MAANDEN[Number(m) - 1] ?? m} ${j}`;
}

/** '1 maart 2026, 14:05' in Dutch time, from an ISO timestamp. */
export function tijdstipNl(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) throw new Error(`gegenereerdOp is geen tijdstip: ${iso}`);
  const delen = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(t);
  const deel = (soort: string) => delen.find((p) => p.type === soort)?.value ?? '';
  return `${datumNl(`${deel('year')}-${deel('month')}-${deel('day')}`)}, ${deel('hour')}:${deel('minute')}`;
}

/** Plain text into paragraphs: split on blank lines, lines within a paragraph kept. */
export function alineas(tekst: string): string[] {
  return tekst
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

const periodeNl = (p: string): string => {
  const maand = /^(\d{4})-(\d{2})$/.exec(p);
  if (maand) return `${MAANDEN[Number(maand[2]) - 1] ?? maand[2]} ${maand[1]}`;
  const kwartaal = /^(\d{4})-Q([1-4])$/.exec(p);
  if (kwartaal) return `${kwartaal[2]}e kwartaal ${kwartaal[1]}`;
  return p;
};

export const STATUS_LABEL: Record<ScenarioStatus, string> = {
  concept: 'Concept',
  voorgesteld: 'Voorgesteld',
  vastgesteld: 'Vastgesteld door de directie',
  verworpen: 'Verworpen',
};

const SOORT_LABEL: Record<VoorstelWijzigingSoort, string> = {
  'plaats-toevoegen': 'Nieuwe plaats',
  'plaats-beeindigen': 'Plaats vervalt',
  'plaats-verplaatsen': 'Naar ander team',
  'plaats-herschalen': 'Herschaling',
};

const FINANCIERING_LABEL: Record<VoorstelWijziging['financiering'], string> = {
  regulier: 'Reguliere begroting',
  programma: 'Programma',
  subsidie: 'Subsidie',
};

// --- the document as blocks ------------------------------------------------------------------------

export type Uitlijning = 'links' | 'rechts';

export interface Tabelblok {
  soort: 'tabel';
  koppen: string[];
  rijen: string[][];
  /** Per column. */
  uitlijning: Uitlijning[];
  /** Relative column widths. */
  breedtes: number[];
  /** The last row is a total (bold). */
  totaalrij: boolean;
}

export interface Grafiekblok {
  soort: 'grafiek';
  titel: string;
  eenheid: string;
  reeksen: { label: string; kleur: string }[];
  groepen: { label: string; waarden: number[] }[];
}

export type Blok =
  | { soort: 'titel'; tekst: string; ondertitel: string }
  | { soort: 'kop'; niveau: 1 | 2; tekst: string }
  | { soort: 'veld'; label: string; waarde: string }
  | { soort: 'alinea'; tekst: string; klein?: boolean }
  | { soort: 'opsomming'; items: string[] }
  | Tabelblok
  | Grafiekblok;

export interface VoorstelInhoud {
  titel: string;
  /** The two footer lines of every page; the page number follows the first. */
  voet: [string, string];
  blokken: Blok[];
}

export const KLEUR_VRAAG = '1F4E79';
export const KLEUR_BESCHIKBAAR = '70AD47';

const tekstBlokken = (tekst: string, leeg: string): Blok[] => {
  const a = alineas(tekst);
  return a.length === 0 ? [{ soort: 'alinea', tekst: leeg }] : a.map((t) => ({ soort: 'alinea', tekst: t }));
};

function tabel(koppen: string[], rijen: string[][], breedtes: number[], totaalrij = false): Tabelblok {
  // The first column names the row; every other column holds a figure.
  return {
    soort: 'tabel',
    koppen,
    rijen,
    uitlijning: koppen.map((_, i) => (i === 0 ? 'links' : 'rechts')),
    breedtes,
    totaalrij,
  };
}

const aard = (w: VoorstelWijziging) =>
  w.plaatssoort === 'structureel'
    ? 'Structureel'
    : `Tijdelijk${w.einddatum ? ` t/m ${datumNl(w.einddatum)}` : ''}`;
const financiering = (w: VoorstelWijziging) =>
  w.financieringNaam
    ? `${FINANCIERING_LABEL[w.financiering]}: ${w.financieringNaam}`
    : FINANCIERING_LABEL[w.financiering];
const metNaar = (van: string, naar: string | null) =>
  naar !== null && naar !== van ? `${van} naar ${naar}` : van;

function wijzigingTabel(wijzigingen: VoorstelWijziging[]): Tabelblok {
  return {
    soort: 'tabel',
    koppen: ['Wijziging', 'Team', 'Functie', 'Schaal', 'FTE', 'Ingangsdatum', 'Aard', 'Financiering'],
    rijen: wijzigingen.map((w) => [
      SOORT_LABEL[w.soort],
      metNaar(w.team, w.naarTeam),
      w.functie,
      metNaar(w.salarisschaal, w.naarSalarisschaal),
      w.naarFte !== null && w.naarFte !== w.fte ? `${fte(w.fte)} naar ${fte(w.naarFte)}` : fte(w.fte),
      datumNl(w.ingangsdatum),
      aard(w),
      financiering(w),
    ]),
    uitlijning: ['links', 'links', 'links', 'links', 'rechts', 'links', 'links', 'links'],
    breedtes: [13, 13, 16, 8, 9, 13, 13, 15],
    totaalrij: false,
  };
}

/** Years as columns, as a begroting shows a meerjarenraming. */
function financieelTabel(jaren: number[], rijen: FinancieelJaar[]): Tabelblok {
  const per = (f: (j: FinancieelJaar) => string) =>
    jaren.map((jaar) => {
      const r = rijen.find((x) => x.jaar === jaar);
      return r ? f(r) : '—';
    });
  return tabel(
    ['', ...jaren.map(String)],
    [
      ['Loonsom huidige formatie', ...per((r) => euro(r.huidig))],
      ['Loonsom na voorstel', ...per((r) => euro(r.scenario))],
      ['Verschil', ...per((r) => euro(verschil(r.scenario, r.huidig)))],
      ['Loonsombudget', ...per((r) => euro(r.budget))],
      ['Ruimte (+) / overschrijding (-)', ...per((r) => euro(r.ruimte))],
    ],
    [32, ...jaren.map(() => 17)],
  );
}

export function voorstelInhoud(s: VoorstelSnapshot): VoorstelInhoud {
  const hash = snapshotHash(s);
  const gegenereerd = tijdstipNl(s.gegenereerdOp);
  const b = s.behoefte;
  const selectie = selecteerTeams(s);
  const perLabel = b.per === 'maand' ? 'maand' : 'kwartaal';
  const euroOf = (c: BehoefteCijfers | null, k: keyof BehoefteCijfers) => (c ? euro(c[k]) : '—');

  const behoefteSamenvatting = tabel(
    ['Team', 'Vraag (fte)', 'Beschikbaar (fte)', 'Tekort (fte)', 'Vraag', 'Beschikbaar', 'Tekort'],
    [
      ...selectie.behoefte.map((t) => [
        t.team,
        fte(t.totaal.fte.vraag),
        fte(t.totaal.fte.beschikbaar),
        fte(t.totaal.fte.tekort),
        euroOf(t.totaal.euro, 'vraag'),
        euroOf(t.totaal.euro, 'beschikbaar'),
        euroOf(t.totaal.euro, 'tekort'),
      ]),
      ...(selectie.overige
        ? [
            [
              `Overige teams (${selectie.overige.aantal})`,
              fte(selectie.overige.totaal.fte.vraag),
              fte(selectie.overige.totaal.fte.beschikbaar),
              fte(selectie.overige.totaal.fte.tekort),
              euroOf(selectie.overige.totaal.euro, 'vraag'),
              euroOf(selectie.overige.totaal.euro, 'beschikbaar'),
              euroOf(selectie.overige.totaal.euro, 'tekort'),
            ],
          ]
        : []),
      [
        'Organisatie',
        fte(b.organisatie.fte.vraag),
        fte(b.organisatie.fte.beschikbaar),
        fte(b.organisatie.fte.tekort),
        euroOf(b.organisatie.euro, 'vraag'),
        euroOf(b.organisatie.euro, 'beschikbaar'),
        euroOf(b.organisatie.euro, 'tekort'),
      ],
    ],
    [22, 12, 13, 11, 14, 14, 14],
    true,
  );

  const behoefteDetail = tabel(
    [
      'Team',
      'Periode',
      'Resultaatdoelen',
      'Agile inzet',
      'Open vragen',
      'Vraag',
      'Beschikbaar',
      'Tekort',
      'Tekort (€)',
    ],
    selectie.behoefte.flatMap((t) =>
      t.perioden.map((c) => [
        t.team,
        periodeNl(c.periode),
        fte(c.fte.resultaatdoelen),
        fte(c.fte.inzet),
        fte(c.fte.capaciteitsvragen),
        fte(c.fte.vraag),
        fte(c.fte.beschikbaar),
        fte(c.fte.tekort),
        euroOf(c.euro, 'tekort'),
      ]),
    ),
    [14, 12, 15, 9, 9, 8, 12, 9, 12],
  );
  behoefteDetail.uitlijning[1] = 'links';

  const grafiek: Grafiekblok = {
    soort: 'grafiek',
    titel: `Vraag en beschikbaarheid per team (gemiddeld fte per ${perLabel}, ${datumNl(b.van)} t/m ${datumNl(b.tot)})`,
    eenheid: 'fte',
    reeksen: [
      { label: 'Vraag', kleur: KLEUR_VRAAG },
      { label: 'Beschikbaar', kleur: KLEUR_BESCHIKBAAR },
    ],
    groepen: selectie.behoefte.map((t) => ({
      label: t.team,
      waarden: [t.totaal.fte.vraag, t.totaal.fte.beschikbaar],
    })),
  };

  const o = s.ontwikkelbudget;
  const blokken: Blok[] = [
    { soort: 'titel', tekst: 'Onderbouwd voorstel formatie en middelen', ondertitel: s.scenario.naam },
    { soort: 'veld', label: 'Organisatie', waarde: s.organisatie },
    { soort: 'veld', label: 'Scenario', waarde: s.scenario.naam },
    { soort: 'veld', label: 'Status', waarde: STATUS_LABEL[s.scenario.status] ?? s.scenario.status },
    ...(s.scenario.besluit
      ? [
          {
            soort: 'veld' as const,
            label: 'Besluit directie',
            waarde: `${s.scenario.besluit.kenmerk}, ${datumNl(s.scenario.besluit.datum)}`,
          },
        ]
      : []),
    { soort: 'veld', label: 'Peildatum', waarde: datumNl(s.scenario.peildatum) },
    { soort: 'veld', label: 'Documentnummer', waarde: s.documentnummer },
    { soort: 'veld', label: 'Gegenereerd op', waarde: gegenereerd },
    { soort: 'veld', label: 'Kenmerk momentopname (SHA-256)', waarde: hash },

    { soort: 'kop', niveau: 1, tekst: '1. Aanleiding' },
    ...tekstBlokken(s.teksten.aanleiding, 'Geen aanleiding beschreven.'),

    { soort: 'kop', niveau: 1, tekst: '2. De behoefte: vraag tegenover capaciteit' },
    ...tekstBlokken(s.teksten.toelichtingBehoefte, 'Geen toelichting op de behoefte.'),
    {
      soort: 'alinea',
      tekst: `Periode ${datumNl(b.van)} t/m ${datumNl(b.tot)}, per ${perLabel}. De vraag is de som van de resultaatdoelen, de agile inzet waarmee teamleiders hebben ingestemd en de open capaciteitsvragen die het verdeelvoorstel niet dekt. Fte is gemiddeld over de periode, euro opgeteld tegen de gemiddelde kosten per fte van het team. Tekort is vraag min beschikbaar: positief is een tekort, negatief ruimte.`,
    },
    ...(selectie.overige
      ? [
          {
            soort: 'alinea' as const,
            tekst: `Van de ${b.teams.length} teams noemt dit document de teams die het voorstel wijzigt en de ${MAX_TEKORTTEAMS} teams met het grootste tekort; de overige ${selectie.overige.aantal} teams staan opgeteld onder "Overige teams". Wendbaar toont alle teams onder Formatie, Behoefte.`,
          },
        ]
      : []),
    ...(b.teams.length === 0
      ? [{ soort: 'alinea' as const, tekst: 'Geen teams in de berekening.' }]
      : [grafiek, behoefteSamenvatting]),
    { soort: 'kop', niveau: 2, tekst: `2.1 Per team en ${perLabel} (fte)` },
    ...(behoefteDetail.rijen.length === 0
      ? [{ soort: 'alinea' as const, tekst: 'Geen perioden.' }]
      : [behoefteDetail]),

    { soort: 'kop', niveau: 1, tekst: '3. Het voorstel: formatiewijzigingen' },
    ...(s.wijzigingen.length === 0
      ? [{ soort: 'alinea' as const, tekst: 'Het scenario wijzigt geen formatieplaatsen.' }]
      : [wijzigingTabel(s.wijzigingen)]),
    ...(s.budgetwijzigingen.length > 0
      ? [
          { soort: 'kop' as const, niveau: 2 as const, tekst: '3.1 Gewijzigde loonsombudgetten' },
          tabel(
            ['Team', 'Jaar', 'Nieuw loonsombudget'],
            s.budgetwijzigingen.map((w) => [w.team, String(w.jaar), euro(w.bedrag)]),
            [50, 15, 35],
          ),
        ]
      : []),

    { soort: 'kop', niveau: 1, tekst: '4. Financieel effect (meerjarenraming)' },
    {
      soort: 'alinea',
      tekst: `De loonsom van de huidige formatie en die na het voorstel, per jaar ${s.financieel.jaren.join(', ')}, tegen het loonsombudget. Bedragen in hele euro's; verschillen zijn op de cent berekend en daarna afgerond, zodat ze een euro kunnen afwijken van het verschil van de afgeronde bedragen.`,
    },
    { soort: 'kop', niveau: 2, tekst: 'Organisatie (totaal)' },
    financieelTabel(s.financieel.jaren, s.financieel.organisatie),
    ...(selectie.financieelOngewijzigd > 0 && selectie.financieel.length < s.financieel.teams.length
      ? [
          {
            soort: 'alinea' as const,
            tekst: `Per team staan hieronder de ${selectie.financieel.length} teams waarvan het voorstel de loonsom of het budget wijzigt; bij de overige ${selectie.financieelOngewijzigd} teams zijn de loonsom van de huidige formatie en die na het voorstel gelijk.`,
          },
        ]
      : []),
    ...selectie.financieel.flatMap((t): Blok[] => [
      { soort: 'kop', niveau: 2, tekst: t.team },
      financieelTabel(s.financieel.jaren, t.jaren),
    ]),

    { soort: 'kop', niveau: 1, tekst: '5. Ontwikkelbudget voor de kadernota' },
    ...(o
      ? [
          { soort: 'veld' as const, label: 'Gevraagd bedrag', waarde: euro(o.bedrag) },
          { soort: 'veld' as const, label: 'Begrotingsjaar', waarde: String(o.begrotingsjaar) },
          {
            soort: 'veld' as const,
            label: 'Karakter',
            waarde: o.karakter === 'structureel' ? 'Structureel' : 'Incidenteel',
          },
          { soort: 'kop' as const, niveau: 2 as const, tekst: 'Wat het budget oplevert' },
          o.bestedingen.length === 0
            ? { soort: 'alinea' as const, tekst: 'Geen bestedingen opgegeven.' }
            : {
                soort: 'opsomming' as const,
                items: o.bestedingen.map((x) =>
                  x.bedrag === null ? x.omschrijving : `${x.omschrijving}: ${euro(x.bedrag)}`,
                ),
              },
          { soort: 'kop' as const, niveau: 2 as const, tekst: 'Onderbouwing' },
          ...tekstBlokken(o.onderbouwing, 'Geen onderbouwing gegeven.'),
        ]
      : [{ soort: 'alinea' as const, tekst: 'Met dit voorstel wordt geen ontwikkelbudget gevraagd.' }]),

    { soort: 'kop', niveau: 1, tekst: "6. Risico's" },
    ...tekstBlokken(s.teksten.risicos, "Geen risico's beschreven."),

    { soort: 'kop', niveau: 1, tekst: '7. Gevraagd besluit' },
    ...tekstBlokken(s.teksten.gevraagdBesluit, 'Geen besluit geformuleerd.'),

    {
      soort: 'alinea',
      klein: true,
      tekst: `Dit document is gemaakt uit momentopname ${s.documentnummer} van ${gegenereerd}. Uit dezelfde momentopname ontstaat hetzelfde document; het kenmerk hierboven (SHA-256 van de momentopname) verbindt papier en momentopname.`,
    },
  ];

  return {
    titel: `Onderbouwd voorstel: ${s.scenario.naam}`,
    voet: [`Documentnummer ${s.documentnummer} · gegenereerd ${gegenereerd}`, `SHA-256 ${hash}`],
    blokken,
  };
}
