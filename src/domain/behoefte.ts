import { UREN_PER_FTE } from './contracturen';
import type { IsoDatum } from './datum';
import { dagenTussen, weekdag } from './kalender';
import { type Cent, type FtePeriode, gemiddeldeFte, type PlaatsInvoer, vacaturePerioden } from './loonsom';

/**
 * Need against capacity (issue 13, item 4): per team and period the demand on the team (its
 * resultaatdoelen, the agile inzet its teamleider consented to, and the open capaciteitsvragen
 * asked of it that no consent covers yet) against its available hours, in hours, FTE and euro.
 * Pure: the service reads the sums (the same day rule as every capacity view), this converts them.
 * docs/behoefte.md explains the figures to users.
 *
 * Decisions, with why:
 * - Hours are rounded to 0,01 h per source, team and period, and counted in hundredths from there:
 *   the demand is exactly the sum of its sources, the gap exactly demand − availability, and the
 *   organisation exactly the sum of its rows.
 * - One FTE in a period is what a 36-hour week gives on its working days: 36 ÷ 5 = 7,2 h on every
 *   Monday–Friday that is no public holiday. So an FTE here is "one full-time person's gross hours in
 *   this period", the same unit the availability grid starts from; availability in FTE is net (after
 *   absence and the non-productive share), which is the capacity that can meet the demand.
 * - Every FTE and euro figure is computed from its own hours (FTE to 0,01, euro to the cent). Both
 *   conversions only scale, so a gap's sign is the same in hours, FTE and euro (or 0 after rounding),
 *   never the opposite. A source's FTE may differ 0,01 from the demand's FTE minus the other sources.
 * - Euro = FTE × the team's average yearly cost per FTE × the period's share of the year (a month
 *   1/12, a quarter 1/4), as the loonsom pays a month: amount × average FTE in the month.
 * - The team's average cost per FTE of a year = its loonsom of that year ÷ the FTE that loonsom pays
 *   for, averaged over the year (the people on its places for their share, plus the vacant parts):
 *   what an extra FTE of this team costs at its present mix of scales. A team without a loonsom
 *   (no formatie) takes the organisation's average, and the answer says so.
 * - A total over several periods adds hours and euro; its FTE is the average over those periods
 *   (total hours ÷ total hours of one FTE): FTE-months do not add up to anything a reader uses.
 */

export type Behoefteperiode = 'maand' | 'kwartaal';

/** How many of the periods make a year: the share of the yearly cost one period carries. */
export const PERIODEN_PER_JAAR: Record<Behoefteperiode, number> = { maand: 12, kwartaal: 4 };

export const CIJFERS = [
  'resultaatdoelen',
  'inzet',
  'capaciteitsvragen',
  'vraag',
  'beschikbaar',
  'tekort',
] as const;
export type Cijfer = (typeof CIJFERS)[number];
export type Cijfers = Record<Cijfer, number>;

/** The hours of the sources of one team in one period, unrounded (sums from the database). */
export interface Bronuren {
  resultaatdoelen: number;
  inzet: number;
  capaciteitsvragen: number;
  beschikbaar: number;
}

export interface BehoefteCel {
  /** Hours, to 0,01. */
  uren: Cijfers;
  /** FTE, to 0,01. */
  fte: Cijfers;
  /** Cents; null when no average cost per FTE is known (no loonsom anywhere). */
  euro: Cijfers | null;
}

/** Counted in hundredths so sums stay exact. */
const honderdsten = (x: number) => Math.round(x * 100);

/** Working days (Monday–Friday, no public holiday) from van to tot inclusive. */
export function werkdagen(van: IsoDatum, tot: IsoDatum, feestdagen: ReadonlySet<IsoDatum>): number {
  let n = 0;
  for (const d of dagenTussen(van, tot)) if (weekdag(d) < 6 && !feestdagen.has(d)) n++;
  return n;
}

/** The gross hours of one FTE over a number of working days (36 h a week, 7,2 h a day). */
export const urenPerFte = (dagen: number): number => (UREN_PER_FTE / 5) * dagen;

/** Hours as FTE of a period, to 0,01 (0 when the period has no working day). */
export function naarFte(uren: number, fteUren: number): number {
  return fteUren > 0 ? honderdsten(uren / fteUren) / 100 : 0;
}

/** Hours as euro (cents) of a period: their FTE × the yearly cost per FTE × the period's share. */
export function naarCent(uren: number, fteUren: number, kostenPerFte: Cent, perJaar: number): Cent {
  return fteUren > 0 ? Math.round(((uren / fteUren) * kostenPerFte) / perJaar) : 0;
}

/** The average yearly cost of one FTE (cents); null when nothing is paid for. */
export function kostenPerFte(loonsom: Cent, fteJaar: number): Cent | null {
  return fteJaar > 0 ? Math.round(loonsom / fteJaar) : null;
}

/** The FTE periods a place's loonsom pays for: its people's shares and its vacant parts. */
export const betaaldePerioden = (p: PlaatsInvoer): FtePeriode[] => [...p.plaatsingen, ...vacaturePerioden(p)];

/** FTE paid for, averaged over the twelve months of a year (as the loonsom weighs each month). */
export function fteInJaar(perioden: readonly FtePeriode[], jaar: number): number {
  let som = 0;
  for (let maand = 1; maand <= 12; maand++) som += gemiddeldeFte(perioden, jaar, maand);
  return som / 12;
}

/** Hours of every figure, in hundredths: the demand the sum of its sources, the gap the difference. */
function urenInHonderdsten(b: Bronuren): Cijfers {
  const resultaatdoelen = honderdsten(b.resultaatdoelen);
  const inzet = honderdsten(b.inzet);
  const capaciteitsvragen = honderdsten(b.capaciteitsvragen);
  const beschikbaar = honderdsten(b.beschikbaar);
  const vraag = resultaatdoelen + inzet + capaciteitsvragen;
  return { resultaatdoelen, inzet, capaciteitsvragen, vraag, beschikbaar, tekort: vraag - beschikbaar };
}

const perCijfer = (f: (c: Cijfer) => number): Cijfers =>
  Object.fromEntries(CIJFERS.map((c) => [c, f(c)])) as Cijfers;

/** One team in one period: hours, FTE and euro of every figure. */
export function behoefteCel(
  bron: Bronuren,
  p: { fteUren: number; kostenPerFte: Cent | null; perJaar: number },
): BehoefteCel {
  const h = urenInHonderdsten(bron);
  const kosten = p.kostenPerFte;
  return {
    uren: perCijfer((c) => h[c] / 100),
    fte: perCijfer((c) => naarFte(h[c] / 100, p.fteUren)),
    euro: kosten === null ? null : perCijfer((c) => naarCent(h[c] / 100, p.fteUren, kosten, p.perJaar)),
  };
}

/** The sum of cells of the same period (teams → organisation): every unit adds up exactly. */
export function telOp(cellen: readonly BehoefteCel[]): BehoefteCel {
  const som = (f: (c: BehoefteCel) => Cijfers | null, schaal: number) =>
    perCijfer((k) => cellen.reduce((s, c) => s + Math.round((f(c)?.[k] ?? 0) * schaal), 0) / schaal);
  return {
    uren: som((c) => c.uren, 100),
    fte: som((c) => c.fte, 100),
    euro: cellen.length > 0 && cellen.every((c) => c.euro !== null) ? som((c) => c.euro, 1) : null,
  };
}

/**
 * One row's total over its periods: hours and euro added, FTE the average over the periods (the
 * hours ÷ the hours of one FTE in all of them).
 */
export function periodeTotaal(cellen: readonly BehoefteCel[], fteUren: readonly number[]): BehoefteCel {
  const som = telOp(cellen);
  const totaalFteUren = fteUren.reduce((s, x) => s + x, 0);
  return { ...som, fte: perCijfer((c) => naarFte(som.uren[c], totaalFteUren)) };
}

/** Positive: more demand than capacity (a shortage); negative: room left; 0: even. */
export const tekortTeken = (c: BehoefteCel, eenheid: 'uren' | 'fte' | 'euro'): -1 | 0 | 1 => {
  const x = eenheid === 'euro' ? (c.euro?.tekort ?? 0) : c[eenheid].tekort;
  return x > 0 ? 1 : x < 0 ? -1 : 0;
};

/** '2026-03' plus n months. */
function maandPlus(maand: string, n: number): string {
  const totaal = Number(maand.slice(0, 4)) * 12 + Number(maand.slice(5, 7)) - 1 + n;
  return `${Math.floor(totaal / 12)}-${String((totaal % 12) + 1).padStart(2, '0')}`;
}

/** The four quarters from the one the peildatum falls in. */
export function behoeftePeriode(peildatum: string): { van: string; tot: string } {
  const maand = Number(peildatum.slice(5, 7));
  const van = `${peildatum.slice(0, 4)}-${String(maand - ((maand - 1) % 3)).padStart(2, '0')}`;
  return { van, tot: maandPlus(van, 11) };
}
