/** Quarters and years as ranges of ISO weeks, months, quarters and years, for the capacity pages. */

/**
 * The breakdowns the availability API offers. "jaar" is the calendar year; "isojaar" the ISO year
 * (the weeks the week view labels with that year), so a page can always say which year it shows.
 */
export const PERS = ['week', 'maand', 'kwartaal', 'jaar', 'isojaar'] as const;
export type Per = (typeof PERS)[number];

export function leesPer(waarde: string | null): Per {
  return PERS.find((p) => p === waarde) ?? 'week';
}

/** Number of ISO weeks in a year: 53 when 1 January is a Thursday, or a Wednesday in a leap year. */
export function isoWekenInJaar(jaar: number): number {
  const dag = new Date(Date.UTC(jaar, 0, 1)).getUTCDay();
  const schrikkel = (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
  return dag === 4 || (schrikkel && dag === 3) ? 53 : 52;
}

const w = (jaar: number, n: number) => `${jaar}-W${String(n).padStart(2, '0')}`;
const m = (jaar: number, n: number) => `${jaar}-${String(n).padStart(2, '0')}`;

/** `periode` is "2026" or "2026-Q2"; a year breakdown shows that whole year (calendar or ISO). */
export function bereik(periode: string, per: Per): { van: string; tot: string } {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(periode);
  const jaar = match ? Number(match[1]) : new Date().getFullYear();
  const kwartaal = match?.[2] ? Number(match[2]) : undefined;
  if (per === 'jaar') return { van: String(jaar), tot: String(jaar) };
  if (per === 'isojaar') return { van: `${jaar}-ISO`, tot: `${jaar}-ISO` };
  if (per === 'kwartaal') {
    if (!kwartaal) return { van: `${jaar}-Q1`, tot: `${jaar}-Q4` };
    return { van: `${jaar}-Q${kwartaal}`, tot: `${jaar}-Q${kwartaal}` };
  }
  if (per === 'maand') {
    if (!kwartaal) return { van: m(jaar, 1), tot: m(jaar, 12) };
    return { van: m(jaar, kwartaal * 3 - 2), tot: m(jaar, kwartaal * 3) };
  }
  if (!kwartaal) return { van: w(jaar, 1), tot: w(jaar, isoWekenInJaar(jaar)) };
  // A week belongs to the quarter its Thursday falls in, as on the server (wekenVanKwartaal), so the
  // capacity pages and the agile side mean the same weeks by "2027-Q2".
  let van = 0;
  let tot = 0;
  for (let n = 1; n <= isoWekenInJaar(jaar); n++) {
    const donderdag = new Date(Date.parse(maandagVan(w(jaar, n))) + 3 * 86_400_000);
    if (Math.floor(donderdag.getUTCMonth() / 3) + 1 !== kwartaal) continue;
    if (van === 0) van = n;
    tot = n;
  }
  return { van: w(jaar, van), tot: w(jaar, tot) };
}

/** The weeks from `van` to `tot` (same year), e.g. 2026-W14 … 2026-W26. */
export function weken(van: string, tot: string): string[] {
  const jaar = Number(van.slice(0, 4));
  const a = Number(van.slice(6));
  const b = Number(tot.slice(6));
  const result: string[] = [];
  for (let n = a; n <= b; n++) result.push(w(jaar, n));
  return result;
}

export function huidigKwartaal(): string {
  const nu = new Date();
  return `${nu.getFullYear()}-Q${Math.floor(nu.getMonth() / 3) + 1}`;
}

/** The choices of the period picker: the four quarters and the whole year. */
export function periodeKeuzes(jaar: number): string[] {
  return [`${jaar}-Q1`, `${jaar}-Q2`, `${jaar}-Q3`, `${jaar}-Q4`, String(jaar)];
}

/** The Monday (ISO date) of an ISO week such as 2026-W14. */
export function maandagVan(week: string): string {
  const jaar = Number(week.slice(0, 4));
  const n = Number(week.slice(6));
  const jan4 = new Date(Date.UTC(jaar, 0, 4));
  const dag = jan4.getUTCDay() || 7;
  const maandag = new Date(jan4.getTime() + ((n - 1) * 7 - (dag - 1)) * 86_400_000);
  return maandag.toISOString().slice(0, 10);
}
