/**
 * Pure helpers of the capacity heatmap: the utilisation band of a cell, and ranges of ISO weeks and
 * months counted from today, so the grids open at "now" rather than at the start of a quarter.
 */
import { bereik, maandagVan } from './periode';

/** Utilisation bands, from no availability to over-booked. */
export const BANDEN = ['geen', 'laag', 'midden', 'hoog', 'over'] as const;
export type Band = (typeof BANDEN)[number];

/** Below this share a cell is under-booked (room for more work); 50% must not look like 0%. */
export const ONDERGRENS_MIDDEN = 0.5;
/** From this share a cell is (nearly) full. */
export const ONDERGRENS_HOOG = 0.85;

/**
 * Utilisation = booked ÷ available. Null when nothing is available and nothing is booked (nothing
 * to say); infinite when hours are booked without any availability (over-booked by definition).
 */
export function benutting(ingezet: number, beschikbaar: number): number | null {
  if (beschikbaar > 0) return ingezet / beschikbaar;
  return ingezet > 0 ? Number.POSITIVE_INFINITY : null;
}

export function bandVan(ratio: number | null): Band {
  if (ratio === null || Number.isNaN(ratio)) return 'geen';
  if (ratio > 1) return 'over';
  if (ratio >= ONDERGRENS_HOOG) return 'hoog';
  if (ratio >= ONDERGRENS_MIDDEN) return 'midden';
  return 'laag';
}

/** The rounded percentage a cell shows; null for "–" and for booked hours without availability. */
export function procentVan(ratio: number | null): number | null {
  if (ratio === null || !Number.isFinite(ratio)) return null;
  return Math.round(ratio * 100);
}

const DAG = 86_400_000;
const isoDatum = (d: Date) => d.toISOString().slice(0, 10);
/** The local calendar date of `nu` as a UTC midnight, so weeks do not shift with the time zone. */
const dagVan = (nu: Date) => new Date(Date.UTC(nu.getFullYear(), nu.getMonth(), nu.getDate()));

/** The ISO week (2026-W49) of a date (taken as the local calendar day). */
export function isoWeekVan(nu: Date): string {
  const dag = dagVan(nu);
  const weekdag = dag.getUTCDay() || 7;
  const donderdag = new Date(dag.getTime() + (4 - weekdag) * DAG);
  const jaar = donderdag.getUTCFullYear();
  const week = Math.floor((donderdag.getTime() - Date.UTC(jaar, 0, 1)) / DAG / 7) + 1;
  return `${jaar}-W${String(week).padStart(2, '0')}`;
}

/** The week `n` weeks after (or before, when negative) `week`, across year boundaries. */
export function verschuifWeek(week: string, n: number): string {
  const maandag = new Date(Date.parse(maandagVan(week)) + n * 7 * DAG);
  return isoWeekVan(new Date(maandag.getUTCFullYear(), maandag.getUTCMonth(), maandag.getUTCDate()));
}

/** `aantal` consecutive weeks from `van`. */
export function wekenVanaf(van: string, aantal: number): string[] {
  return Array.from({ length: Math.max(0, aantal) }, (_, i) => verschuifWeek(van, i));
}

/** How many weeks from `van` through `tot` (inclusive); 0 when `tot` lies before `van`. */
export function aantalWeken(van: string, tot: string): number {
  const verschil = (Date.parse(maandagVan(tot)) - Date.parse(maandagVan(van))) / DAG / 7;
  return Math.max(0, Math.round(verschil) + 1);
}

/** The month (2026-12) of a date. */
export function maandVan(nu: Date): string {
  return `${nu.getFullYear()}-${String(nu.getMonth() + 1).padStart(2, '0')}`;
}

export function verschuifMaand(maand: string, n: number): string {
  const index = Number(maand.slice(0, 4)) * 12 + Number(maand.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function maandenVanaf(van: string, aantal: number): string[] {
  return Array.from({ length: Math.max(0, aantal) }, (_, i) => verschuifMaand(van, i));
}

/** The calendar years the months fall in, in order (the organisation API answers per year). */
export function jarenVan(maanden: readonly string[]): number[] {
  return [...new Set(maanden.map((m) => Number(m.slice(0, 4))))];
}

/** The number of weeks a person can pick; 13 is a quarter. */
export const AANTALLEN_WEKEN = [4, 8, 13, 26, 52] as const;
export const STANDAARD_WEKEN = 13;
export const AANTAL_MAANDEN = 12;

/**
 * The team grid's weekly range from the address: an explicit quarter or year (`periode`, as links
 * and older bookmarks carry) wins; otherwise `van` (a week) and `weken`, by default this week and a
 * quarter's worth of weeks.
 */
export function weekBereik(
  params: { periode: string | null; van: string | null; weken: string | null },
  nu: Date,
): { van: string; tot: string; aantal: number } {
  if (params.periode) {
    const b = bereik(params.periode, 'week');
    return { ...b, aantal: aantalWeken(b.van, b.tot) };
  }
  const van = params.van && /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(params.van) ? params.van : isoWeekVan(nu);
  const gevraagd = Number(params.weken);
  const aantal = Number.isInteger(gevraagd) && gevraagd >= 1 && gevraagd <= 106 ? gevraagd : STANDAARD_WEKEN;
  return { van, tot: verschuifWeek(van, aantal - 1), aantal };
}

/** The weeks a person can start from: half a year back to a year ahead of this week (and `van`). */
export function weekKeuzes(nu: Date, van: string): string[] {
  const huidig = isoWeekVan(nu);
  const keuzes = wekenVanaf(verschuifWeek(huidig, -26), 79);
  return keuzes.includes(van) ? keuzes : [van, ...keuzes].sort();
}

/** The months a person can start from: a year back to a year ahead of this month (and `van`). */
export function maandKeuzes(nu: Date, van: string): string[] {
  const keuzes = maandenVanaf(verschuifMaand(maandVan(nu), -12), 25);
  return keuzes.includes(van) ? keuzes : [van, ...keuzes].sort();
}

/** The Monday of a week as a date (for a week's header). */
export function maandagDatum(week: string): string {
  return isoDatum(new Date(Date.parse(maandagVan(week))));
}
