/** Cao Gemeenten: a full-time week is 36 hours; 36 h = 1 FTE. */
export const UREN_PER_FTE = 36;
export const MAX_CONTRACTUREN_PER_WEEK = 40;

/** FTE of a number of weekly contract hours, to four decimals (32 h → 0.8889). */
export function fte(urenPerWeek: number): number {
  return Math.round((urenPerWeek / UREN_PER_FTE) * 10_000) / 10_000;
}

/** Total FTE of a sum of contract hours, to two decimals as shown to users. */
export function fteVanUren(uren: number): number {
  return Math.round(fte(uren) * 100) / 100;
}
