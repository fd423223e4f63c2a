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

/** The FTE of the periods averaged over the calendar days of the month. */
export function gemiddeldeFte(perioden: readonly FtePeriode[], jaar: number, maand: number): number {
  const dagen = dagenInMaand(jaar, maand);
  const eerste = `${maandSleutel(jaar, maand)}-01`;
  const laatste = `${maandSleutel(jaar, maand)}-${String(dagen).padStart(2, '0')}`;
  let som = 0;
  for (const p of perioden) {
    const van = p.ingangsdatum > eerste ? p.ingangsdatum : eerste;
    const tot = p.einddatum !== null && p.einddatum < laatste ? p.einddatum : laatste;
    if (van > tot) continue;
    som += p.fte * (Number(tot.slice(8, 10)) - Number(van.slice(8, 10)) + 1);
  }
  return som / dagen;
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
): { bedrag: number; trede: number; lasten: Werkgeverslasten | undefined } | null {
  const tabel = inForce(g.tabellen, jaar, maand);
  const treden = tabel?.schalen.get(schaal);
  if (!treden || treden.size === 0) return null;
  const { min, max } = grenzen(treden);
  const lasten = inForce(g.lasten, jaar, maand);
  const trede =
    wie.soort === 'persoon'
      ? tredeInJaar(wie.trede, g.basisjaar, jaar, min, max)
      : Math.min(max, Math.max(min, lasten?.vacatureTrede ?? middenTrede(min, max)));
  const bedrag = treden.get(trede);
  if (bedrag === undefined) return null;
  return { bedrag: bedrag * stijgingsfactor(g, jaar), trede, lasten };
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
  const maanden: Cent[] = [];
  let zonderTabel = 0;
  for (let maand = 1; maand <= 12; maand++) {
    const fte = gemiddeldeFte(perioden, jaar, maand);
    if (fte === 0) {
      maanden.push(0);
      continue;
    }
    const m = maandbedrag(g, schaal, wie, jaar, maand);
    if (!m) {
      zonderTabel++;
      maanden.push(0);
      continue;
    }
    maanden.push(maandkosten(m.bedrag, fte, m.lasten));
  }
  return { jaar, maanden, totaal: maanden.reduce((s, x) => s + x, 0), zonderTabel };
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
  let zonderTabel = 0;
  const perPersoon = new Map<string, Map<number, Cent>>();
  const vacatures = vacaturePerioden(p);
  const perJaar = jaren.map((jaar) => {
    let bezetting = 0;
    for (const x of p.plaatsingen) {
      const k = jaarkosten(g, x.schaal, { soort: 'persoon', trede: x.trede }, [x], jaar);
      zonderTabel += k.zonderTabel;
      bezetting += k.totaal;
      const rij = perPersoon.get(x.medewerkerId) ?? new Map<number, Cent>();
      rij.set(jaar, (rij.get(jaar) ?? 0) + k.totaal);
      perPersoon.set(x.medewerkerId, rij);
    }
    const v = jaarkosten(g, p.salarisschaal, { soort: 'vacature' }, vacatures, jaar);
    zonderTabel += v.zonderTabel;
    return { jaar, bezetting, vacature: v.totaal, totaal: bezetting + v.totaal };
  });
  return {
    plaatsId: p.id,
    teamId: p.teamId,
    jaren: perJaar,
    personen: [...perPersoon.entries()].map(([medewerkerId, m]) => ({
      medewerkerId,
      jaren: jaren.map((jaar) => ({ jaar, totaal: m.get(jaar) ?? 0 })),
    })),
    zonderTabel,
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
