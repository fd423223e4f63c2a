/**
 * The weeks a person picks from (issue 17, item 6: weeks are picked, not typed as "2027-W05"). Pure:
 * the ISO week arithmetic is the domain's (src/domain/kalender.ts), so the choices and the server
 * agree on which days a week holds, also around week 53.
 */
import { plusDagen } from '../../domain/datum';
import { isoWeek, isPeriodeSleutel, periodeVan } from '../../domain/kalender';
import type { Lang } from '../i18n/i18n';

/** About two years ahead of the current week: far enough for a quarter a year from now. */
export const WEKEN_VOORUIT = 104;

export interface WeekOptie {
  /** The ISO week as the API takes it, '2027-W05'. */
  value: string;
  /** 'week 5 · 1 – 7 feb 2027' */
  label: string;
}

/** The week `n` weeks after `week` (before it when negative), across year ends and week 53. */
export function verschuifWeek(week: string, n: number): string {
  return isoWeek(plusDagen(periodeVan('week', week).van, n * 7));
}

/** The weeks from `van` through `tot`, in order; empty when `tot` lies before `van`. */
export function wekenTussen(van: string, tot: string): string[] {
  const uit: string[] = [];
  // Zero-padded ISO weeks sort as text in time order ('2026-W53' < '2027-W01').
  for (let w = van; w <= tot; w = verschuifWeek(w, 1)) uit.push(w);
  return uit;
}

const MAANDEN: Record<Lang, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/**
 * A week as people read it: its number and its Monday to Sunday, the month and year written once
 * where both days share them. 'week 5 · 1 – 7 feb 2027', 'week 53 · 28 dec 2026 – 3 jan 2027'.
 */
export function weekLabel(week: string, lang: Lang): string {
  const { van, tot } = periodeVan('week', week);
  const maand = (d: string) => MAANDEN[lang][Number(d.slice(5, 7)) - 1];
  const dag = (d: string) => String(Number(d.slice(8, 10)));
  const jaar = (d: string) => d.slice(0, 4);
  const begin =
    jaar(van) !== jaar(tot)
      ? `${dag(van)} ${maand(van)} ${jaar(van)}`
      : maand(van) !== maand(tot)
        ? `${dag(van)} ${maand(van)}`
        : dag(van);
  return `week ${Number(week.slice(6))} · ${begin} – ${dag(tot)} ${maand(tot)} ${jaar(tot)}`;
}

/**
 * The choices of a "vanaf" and a "tot en met" week. "Vanaf" runs from the earliest of `begin` (the
 * current week, or the start of the dossier's quarter) and the weeks already chosen, to
 * `WEKEN_VOORUIT` weeks past `begin` (further when a chosen week lies further); "tot en met" offers
 * only the weeks from the chosen "vanaf" on, so an end before the start cannot be picked.
 */
export function weekKeuzes({ begin, van, tot }: { begin: string; van: string; tot: string }): {
  van: string[];
  tot: string[];
} {
  const geldig = [van, tot].filter((w) => isWeek(w));
  const eerste = [begin, ...geldig].sort()[0]!;
  const laatste = [verschuifWeek(begin, WEKEN_VOORUIT), ...geldig].sort().at(-1)!;
  const alle = wekenTussen(eerste, laatste);
  return { van: alle, tot: alle.filter((w) => !isWeek(van) || w >= van) };
}

/**
 * The "tot en met" week after "vanaf" moved: unchanged while it still lies on or after the new start;
 * otherwise the range keeps its length from the new start, as a calendar moves an event.
 */
export function totNaVan({
  vanOud,
  totOud,
  vanNieuw,
}: {
  vanOud: string;
  totOud: string;
  vanNieuw: string;
}): string {
  if (!isWeek(vanNieuw) || !isWeek(totOud) || totOud >= vanNieuw) return totOud;
  const lengte = isWeek(vanOud) && vanOud <= totOud ? wekenTussen(vanOud, totOud).length : 1;
  return verschuifWeek(vanNieuw, lengte - 1);
}

export function weekOpties(weken: readonly string[], lang: Lang): WeekOptie[] {
  return weken.map((value) => ({ value, label: weekLabel(value, lang) }));
}

/** Whether a text names an existing ISO week ('2026-W53' yes, '2025-W53' no). */
export const isWeek = (week: string): boolean => isPeriodeSleutel('week', week);
