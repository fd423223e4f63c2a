import { UREN_PER_FTE } from './contracturen';
import { type IsoDatum, plusDagen } from './datum';

/**
 * The loonsom (issue 13, item 3): what people and places cost, per month, year, team and the
 * organisation, from the salary tables (data P&O loads) and the werkgeverslasten (effective-dated
 * settings). Pure: the service reads the rows, this computes. docs/loonsom.md explains it for users.
 *
 * Decisions, with why:
 * - Amounts are whole cents. Each month's cost of one person on one place (or one vacant part) is
 *   rounded to the cent once; every larger figure is a sum of those, so a year is exactly its twelve
 *   months, a team exactly its places, and the organisation exactly its teams.
 * - Monthly cost = table amount × average FTE in the month × (1 + IKB% + pension% + social%)
 *   + overhead per FTE per year ÷ 12 × that FTE. The average FTE weighs each calendar day of the
 *   month (contract hours ÷ 36, or a placement's FTE share), so starting or leaving mid-month and a
 *   contract change pay pro rata by calendar day, as a salary administration does.
 * - A salary table and a werkgeverslasten row apply to whole months, from the month holding their
 *   geldigVanaf: Cao tables start on the first of a month; a later date in the month is read as
 *   that month.
 * - The periodiek rises one trede each 1 January, until the scale's highest trede in the table in
 *   force. The trede recorded on the medewerker is the one of the base year (the current year);
 *   earlier years are counted back the same way, never below the scale's lowest trede.
 *   Organisations differ (some give the periodiek on the date of employment); 1 January is the
 *   college's "one fixed date" the Cao allows, and keeps a year's figures simple to check.
 * - After the newest table loaded, the yearly salary increase (a setting) compounds from each
 *   1 January that follows it: the meerjarenraming's assumption for tables not yet agreed.
 * - A vacant part of a place is costed at the setting vacatureTrede of its scale, or when unset at
 *   the middle trede of the scale in the table in force (rounded down): a new hire starts neither at
 *   the bottom nor the top. A vacancy does not rise in trede over the years.
 */

export type Cent = number;

export interface SalaristabelRij {
  schaal: string;
  trede: number;
  /** Monthly amount (full time), in cents. */
  bedrag: Cent;
}

export interface Salaristabel {
  geldigVanaf: IsoDatum;
  rijen: readonly SalaristabelRij[];
}

export interface Werkgeverslasten {
  geldigVanaf: IsoDatum;
  ikbPercentage: number;
  pensioenPercentage: number;
  socialePremiesPercentage: number;
  /** Overhead per FTE per year, in cents (null: none). */
  opslagPerFte: Cent | null;
  loonstijgingPercentage: number;
  /** The trede a vacancy is costed at (null: the middle of the scale). */
  vacatureTrede: number | null;
}

/** A period with an FTE share: a contract (hours ÷ 36) or a placement. */
export interface FtePeriode {
  ingangsdatum: IsoDatum;
  einddatum: IsoDatum | null;
  fte: number;
}

/** The tables and settings, indexed once for many people. */
export interface Grondslag {
  tabellen: readonly { geldigVanaf: IsoDatum; schalen: Map<string, Map<number, Cent>> }[];
  lasten: readonly Werkgeverslasten[];
  /** The year in which the trede recorded on each medewerker holds. */
  basisjaar: number;
}

export function maakGrondslag(
  tabellen: readonly Salaristabel[],
  lasten: readonly Werkgeverslasten[],
  basisjaar: number,
): Grondslag {
  return {
    tabellen: [...tabellen]
      .sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf))
      .map((t) => {
        const schalen = new Map<string, Map<number, Cent>>();
        for (const r of t.rijen) {
          const treden = schalen.get(r.schaal) ?? new Map<number, Cent>();
          treden.set(r.trede, r.bedrag);
          schalen.set(r.schaal, treden);
        }
        return { geldigVanaf: t.geldigVanaf, schalen };
      }),
    lasten: [...lasten].sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf)),
    basisjaar,
  };
}

const maandSleutel = (jaar: number, maand: number) => `${jaar}-${String(maand).padStart(2, '0')}`;

/** The last item whose geldigVanaf lies in or before the month. */
function inForce<T extends { geldigVanaf: IsoDatum }>(rijen: readonly T[], jaar: number, maand: number) {
  const sleutel = maandSleutel(jaar, maand);
  let gevonden: T | undefined;
  for (const r of rijen) if (r.geldigVanaf.slice(0, 7) <= sleutel) gevonden = r;
  return gevonden;
}

export const dagenInMaand = (jaar: number, maand: number) => new Date(Date.UTC(jaar, maand, 0)).getUTCDate();

const MS_PER_DAG = 86_400_000;

/**
 * A date as a day number (days since 1970-01-01): the month loop compares and counts days as numbers
 * instead of slicing and comparing date strings a million times per organisation loonsom.
 */
function dagnummer(datum: IsoDatum): number {
  return (
    Date.UTC(Number(datum.slice(0, 4)), Number(datum.slice(5, 7)) - 1, Number(datum.slice(8, 10))) /
    MS_PER_DAG
  );
}

/** An FTE period in day numbers, both ends included; an open end is +Infinity. */
interface DagPeriode {
  van: number;
  tot: number;
  fte: number;
}

const dagPeriode = (p: FtePeriode): DagPeriode => ({
  van: dagnummer(p.ingangsdatum),
  tot: p.einddatum === null ? Number.POSITIVE_INFINITY : dagnummer(p.einddatum),
  fte: p.fte,
});

/**
 * The average FTE over the days eerste..laatste (day numbers of one month). The same sum in the same
 * order as over date strings, so the same floating-point result to the last bit: each period's FTE ×
 * its days in the month, divided by the month's days.
 */
function fteInMaand(perioden: readonly DagPeriode[], eerste: number, laatste: number, dagen: number): number {
  let som = 0;
  for (const p of perioden) {
    const van = Math.max(p.van, eerste);
    const tot = Math.min(p.tot, laatste);
    if (van > tot) continue;
    som += p.fte * (tot - van + 1);
  }
  return som / dagen;
}

/** The FTE of the periods averaged over the calendar days of the month. */
export function gemiddeldeFte(perioden: readonly FtePeriode[], jaar: number, maand: number): number {
  const dagen = dagenInMaand(jaar, maand);
  const eerste = Date.UTC(jaar, maand - 1, 1) / MS_PER_DAG;
  return fteInMaand(perioden.map(dagPeriode), eerste, eerste + dagen - 1, dagen);
}

/**
 * The compounded yearly increase for a year: 1 up to the newest table's year, then × (1 + p) for
 * each 1 January after it, p being the setting in force on that 1 January.
 */
export function stijgingsfactor(g: Grondslag, jaar: number): number {
  const nieuwste = g.tabellen.at(-1);
  if (!nieuwste) return 1;
  let factor = 1;
  for (let j = Number(nieuwste.geldigVanaf.slice(0, 4)) + 1; j <= jaar; j++) {
    factor *= 1 + (inForce(g.lasten, j, 1)?.loonstijgingPercentage ?? 0) / 100;
  }
  return factor;
}

/** The lowest and highest trede of a scale in a table (null when the table lacks the scale). */
function grenzen(treden: Map<number, Cent>): { min: number; max: number } {
  const alle = [...treden.keys()];
  return { min: Math.min(...alle), max: Math.max(...alle) };
}

/** The trede a person has in a year: one up each 1 January from the base year, within the scale. */
export function tredeInJaar(
  trede: number,
  basisjaar: number,
  jaar: number,
  min: number,
  max: number,
): number {
  return Math.min(max, Math.max(min, trede + (jaar - basisjaar)));
}

/** The middle trede of a scale, rounded down: the default for a vacancy. */
export const middenTrede = (min: number, max: number) => Math.floor((min + max) / 2);

export type Wie = { soort: 'persoon'; trede: number } | { soort: 'vacature' };

const VACATURE: Wie = { soort: 'vacature' };

/** The full-time monthly amount for a scale and person (or vacancy) in a month; see maandbedrag. */
export interface Maandbedrag {
  readonly bedrag: number;
  readonly trede: number;
  readonly lasten: Werkgeverslasten | undefined;
}

// --- what one request computes once ----------------------------------------------------------------
//
// Everything that depends only on the month (the table and werkgeverslasten in force, the yearly
// increase, the percentages) and on (schaal, trede, month) is computed once per Grondslag, lazily, and
// kept beside it (a WeakMap, so the Grondslag stays a plain value and the cache goes with it). The
// organisation loonsom asks the same few hundred amounts about a million times. The cached values
// are the very numbers the direct computation gives, so no cent changes.

/** One scale in the table in force in a month, with the amounts asked of it so far. */
interface MaandSchaal {
  treden: Map<number, Cent>;
  min: number;
  max: number;
  personen: Map<number, Maandbedrag | null>;
  vacature: Maandbedrag | null | undefined;
}

interface Maand {
  jaar: number;
  maand: number;
  dagen: number;
  /** Day numbers of the first and last day. */
  eerste: number;
  laatste: number;
  tabel: Grondslag['tabellen'][number] | undefined;
  lasten: Werkgeverslasten | undefined;
  stijging: number;
  /** 1 + (IKB % + pension % + social %) / 100, and the overhead per FTE per year (0 when none). */
  eenPlusOpslag: number;
  opslagPerFte: number;
  schalen: Map<string, MaandSchaal | null>;
}

/** A year's twelve months, and per scale and person-trede (or vacancy) the twelve amounts. */
interface Jaar {
  eerste: number;
  laatste: number;
  maanden: Maand[];
  personen: Map<string, Map<number, (Maandbedrag | null)[]>>;
  vacatures: Map<string, (Maandbedrag | null)[]>;
}

const jaarCache = new WeakMap<Grondslag, Map<number, Jaar>>();

function maakMaand(g: Grondslag, jaar: number, maand: number, stijging: number): Maand {
  const lasten = inForce(g.lasten, jaar, maand);
  const dagen = dagenInMaand(jaar, maand);
  const eerste = Date.UTC(jaar, maand - 1, 1) / MS_PER_DAG;
  return {
    jaar,
    maand,
    dagen,
    eerste,
    laatste: eerste + dagen - 1,
    tabel: inForce(g.tabellen, jaar, maand),
    lasten,
    stijging,
    eenPlusOpslag:
      1 +
      (lasten
        ? (lasten.ikbPercentage + lasten.pensioenPercentage + lasten.socialePremiesPercentage) / 100
        : 0),
    opslagPerFte: lasten?.opslagPerFte ?? 0,
    schalen: new Map(),
  };
}

function jaarVan(g: Grondslag, jaar: number): Jaar {
  let perJaar = jaarCache.get(g);
  if (!perJaar) {
    perJaar = new Map();
    jaarCache.set(g, perJaar);
  }
  let j = perJaar.get(jaar);
  if (!j) {
    const stijging = stijgingsfactor(g, jaar);
    const maanden: Maand[] = [];
    for (let maand = 1; maand <= 12; maand++) maanden.push(maakMaand(g, jaar, maand, stijging));
    j = {
      eerste: maanden[0]!.eerste,
      laatste: maanden[11]!.laatste,
      maanden,
      personen: new Map(),
      vacatures: new Map(),
    };
    perJaar.set(jaar, j);
  }
  return j;
}

function schaalIn(m: Maand, schaal: string): MaandSchaal | null {
  let s = m.schalen.get(schaal);
  if (s === undefined) {
    const treden = m.tabel?.schalen.get(schaal);
    s =
      !treden || treden.size === 0
        ? null
        : { treden, ...grenzen(treden), personen: new Map(), vacature: undefined };
    m.schalen.set(schaal, s);
  }
  return s;
}

function bedragIn(m: Maand, schaal: string, wie: Wie, basisjaar: number): Maandbedrag | null {
  const s = schaalIn(m, schaal);
  if (!s) return null;
  const bereken = (trede: number): Maandbedrag | null => {
    const bedrag = s.treden.get(trede);
    return bedrag === undefined ? null : { bedrag: bedrag * m.stijging, trede, lasten: m.lasten };
  };
  if (wie.soort === 'vacature') {
    if (s.vacature === undefined) {
      s.vacature = bereken(
        Math.min(s.max, Math.max(s.min, m.lasten?.vacatureTrede ?? middenTrede(s.min, s.max))),
      );
    }
    return s.vacature;
  }
  let r = s.personen.get(wie.trede);
  if (r === undefined) {
    r = bereken(tredeInJaar(wie.trede, basisjaar, m.jaar, s.min, s.max));
    s.personen.set(wie.trede, r);
  }
  return r;
}

/** The twelve monthly amounts of a year for a scale and person-trede (null: the vacancy), cached. */
function jaarbedragen(g: Grondslag, j: Jaar, schaal: string, trede: number | null): (Maandbedrag | null)[] {
  if (trede === null) {
    let rij = j.vacatures.get(schaal);
    if (!rij) {
      rij = j.maanden.map((m) => bedragIn(m, schaal, VACATURE, g.basisjaar));
      j.vacatures.set(schaal, rij);
    }
    return rij;
  }
  let perTrede = j.personen.get(schaal);
  if (!perTrede) {
    perTrede = new Map();
    j.personen.set(schaal, perTrede);
  }
  let rij = perTrede.get(trede);
  if (!rij) {
    const wie: Wie = { soort: 'persoon', trede };
    rij = j.maanden.map((m) => bedragIn(m, schaal, wie, g.basisjaar));
    perTrede.set(trede, rij);
  }
  return rij;
}

/**
 * The full-time monthly amount (cents, unrounded, increase included) for a scale in a month, and the
 * employer's costs in force; null when no table holds the scale (or no settings hold yet: then the
 * costs are counted at 0 %).
 */
export function maandbedrag(
  g: Grondslag,
  schaal: string,
  wie: Wie,
  jaar: number,
  maand: number,
): Maandbedrag | null {
  return bedragIn(jaarVan(g, jaar).maanden[maand - 1]!, schaal, wie, g.basisjaar);
}

/** One month's cost, rounded to the cent: salary × FTE × (1 + percentages) + overhead share. */
export function maandkosten(bedrag: number, fte: number, lasten: Werkgeverslasten | undefined): Cent {
  if (fte === 0) return 0;
  const opslag = lasten
    ? (lasten.ikbPercentage + lasten.pensioenPercentage + lasten.socialePremiesPercentage) / 100
    : 0;
  return Math.round(bedrag * fte * (1 + opslag) + ((lasten?.opslagPerFte ?? 0) * fte) / 12);
}

export interface Jaarkosten {
  jaar: number;
  maanden: Cent[];
  totaal: Cent;
  /** Months with FTE but without a table amount for the scale: counted as 0, reported. */
  zonderTabel: number;
}

/** The cost of one person (or one vacant part) over the periods, per month of a year. */
export function jaarkosten(
  g: Grondslag,
  schaal: string,
  wie: Wie,
  perioden: readonly FtePeriode[],
  jaar: number,
): Jaarkosten {
  const j = jaarVan(g, jaar);
  const maanden: Cent[] = [];
  const teller = { zonderTabel: 0 };
  const totaal = kostenInJaar(
    j,
    jaarbedragen(g, j, schaal, wie.soort === 'persoon' ? wie.trede : null),
    perioden.map(dagPeriode),
    maanden,
    teller,
  );
  return { jaar, maanden, totaal, zonderTabel: teller.zonderTabel };
}

/**
 * The cost of periods (in day numbers) over a year's months, given that year's twelve amounts: the
 * months' cents are pushed onto `maanden` when given, months without a table amount counted in
 * `teller`. Answers the year's total, the sum of its rounded months.
 */
function kostenInJaar(
  j: Jaar,
  bedragen: readonly (Maandbedrag | null)[],
  perioden: readonly DagPeriode[],
  maanden: Cent[] | null,
  teller: { zonderTabel: number },
): Cent {
  let raakt = false;
  for (const p of perioden) {
    if (p.van <= j.laatste && p.tot >= j.eerste) {
      raakt = true;
      break;
    }
  }
  // Nothing in the year: twelve empty months (a month without FTE asks for no amount).
  if (!raakt) {
    if (maanden) for (let i = 0; i < 12; i++) maanden.push(0);
    return 0;
  }
  let totaal = 0;
  for (let i = 0; i < 12; i++) {
    const m = j.maanden[i]!;
    const fte = fteInMaand(perioden, m.eerste, m.laatste, m.dagen);
    const b = bedragen[i]!;
    let kosten = 0;
    if (fte !== 0) {
      if (b) {
        // The same expression as maandkosten, with the month's percentages added up once.
        kosten = Math.round(b.bedrag * fte * m.eenPlusOpslag + (m.opslagPerFte * fte) / 12);
      } else teller.zonderTabel++;
    }
    maanden?.push(kosten);
    totaal += kosten;
  }
  return totaal;
}

/** Hours a week in contract periods, as FTE periods (UREN_PER_FTE hours = 1 FTE). */
export const contractFte = (
  contracten: readonly { ingangsdatum: IsoDatum; einddatum: IsoDatum | null; urenPerWeek: number }[],
): FtePeriode[] =>
  contracten.map((c) => ({
    ingangsdatum: c.ingangsdatum,
    einddatum: c.einddatum,
    fte: c.urenPerWeek / UREN_PER_FTE,
  }));

// --- places, teams, the organisation ------------------------------------------------------------

export interface PlaatsInvoer {
  id: string;
  teamId: string;
  salarisschaal: string;
  fte: number;
  ingangsdatum: IsoDatum;
  einddatum: IsoDatum | null;
  plaatsingen: readonly {
    medewerkerId: string;
    schaal: string;
    trede: number;
    fte: number;
    ingangsdatum: IsoDatum;
    einddatum: IsoDatum | null;
  }[];
}

/**
 * The vacant part of a place over time, as FTE periods: between each two moments at which the place
 * or a placement starts or ends, the place's FTE minus what is filled, never below 0 (a surplus in
 * one place fills no vacancy in another).
 */
export function vacaturePerioden(p: PlaatsInvoer): FtePeriode[] {
  const momenten = new Set<IsoDatum>([p.ingangsdatum]);
  for (const x of p.plaatsingen) {
    if (x.ingangsdatum > p.ingangsdatum) momenten.add(x.ingangsdatum);
    if (x.einddatum !== null) momenten.add(plusDagen(x.einddatum, 1));
  }
  const gesorteerd = [...momenten]
    .filter((d) => p.einddatum === null || d <= p.einddatum)
    .sort((a, b) => a.localeCompare(b));
  const perioden: FtePeriode[] = [];
  gesorteerd.forEach((van, i) => {
    const volgende = gesorteerd[i + 1];
    const tot = volgende ? plusDagen(volgende, -1) : p.einddatum;
    const gevuld = p.plaatsingen
      .filter((x) => x.ingangsdatum <= van && (x.einddatum === null || x.einddatum >= van))
      .reduce((s, x) => s + x.fte, 0);
    const vacant = Math.round((p.fte - gevuld) * 10_000) / 10_000;
    if (vacant > 0) perioden.push({ ingangsdatum: van, einddatum: tot, fte: vacant });
  });
  return perioden;
}

export interface PlaatsLoonsom {
  plaatsId: string;
  teamId: string;
  /** Per year: the placed people's cost and the vacant part's cost. */
  jaren: { jaar: number; bezetting: Cent; vacature: Cent; totaal: Cent }[];
  /** Per placed person, per year (a person on the place twice counts as one row). */
  personen: { medewerkerId: string; jaren: { jaar: number; totaal: Cent }[] }[];
  zonderTabel: number;
}

export function plaatsLoonsom(g: Grondslag, p: PlaatsInvoer, jaren: readonly number[]): PlaatsLoonsom {
  const js = jaren.map((jaar) => jaarVan(g, jaar));
  const teller = { zonderTabel: 0 };
  const bezetting = jaren.map(() => 0);
  // Per person (in the order they first appear), per year; dates to day numbers once per placement.
  const perPersoon = new Map<string, Cent[]>();
  for (const x of p.plaatsingen) {
    const perioden = [dagPeriode(x)];
    let rij = perPersoon.get(x.medewerkerId);
    if (!rij) {
      rij = jaren.map(() => 0);
      perPersoon.set(x.medewerkerId, rij);
    }
    for (let i = 0; i < js.length; i++) {
      const j = js[i]!;
      const k = kostenInJaar(j, jaarbedragen(g, j, x.schaal, x.trede), perioden, null, teller);
      bezetting[i]! += k;
      rij[i]! += k;
    }
  }
  const vacatures = vacaturePerioden(p).map(dagPeriode);
  return {
    plaatsId: p.id,
    teamId: p.teamId,
    jaren: js.map((j, i) => {
      const vacature = kostenInJaar(j, jaarbedragen(g, j, p.salarisschaal, null), vacatures, null, teller);
      return { jaar: jaren[i]!, bezetting: bezetting[i]!, vacature, totaal: bezetting[i]! + vacature };
    }),
    personen: [...perPersoon.entries()].map(([medewerkerId, rij]) => ({
      medewerkerId,
      jaren: jaren.map((jaar, i) => ({ jaar, totaal: rij[i]! })),
    })),
    zonderTabel: teller.zonderTabel,
  };
}

export interface Totalen {
  jaar: number;
  bezetting: Cent;
  vacature: Cent;
  totaal: Cent;
}

const nulJaren = (jaren: readonly number[]): Totalen[] =>
  jaren.map((jaar) => ({ jaar, bezetting: 0, vacature: 0, totaal: 0 }));

function telBij(som: Totalen[], jaren: PlaatsLoonsom['jaren']): Totalen[] {
  return som.map((s, i) => ({
    jaar: s.jaar,
    bezetting: s.bezetting + (jaren[i]?.bezetting ?? 0),
    vacature: s.vacature + (jaren[i]?.vacature ?? 0),
    totaal: s.totaal + (jaren[i]?.totaal ?? 0),
  }));
}

/** Per team and for the organisation: the sums of the places, year by year. */
export function loonsomTotalen(
  plaatsen: readonly PlaatsLoonsom[],
  jaren: readonly number[],
): { teams: Map<string, Totalen[]>; organisatie: Totalen[] } {
  const teams = new Map<string, Totalen[]>();
  let organisatie = nulJaren(jaren);
  for (const p of plaatsen) {
    teams.set(p.teamId, telBij(teams.get(p.teamId) ?? nulJaren(jaren), p.jaren));
    organisatie = telBij(organisatie, p.jaren);
  }
  return { teams, organisatie };
}

/** Budget against loonsom: positive is room left, negative an overrun; null without a budget. */
export const ruimte = (budget: Cent | null, loonsom: Cent): Cent | null =>
  budget === null ? null : budget - loonsom;

/** The four years of the meerjarenraming, from a year. */
export const meerjarig = (jaar: number): number[] => [jaar, jaar + 1, jaar + 2, jaar + 3];

export const naarCenten = (euro: number): Cent => Math.round(euro * 100);
export const naarEuro = (cent: Cent): number => cent / 100;
