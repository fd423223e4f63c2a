import { type IsoDatum, plusDagen } from './datum';
import { weekdag } from './kalender';
import type { Periode } from './periode';

/**
 * Signals for what is ahead: from effective-dated facts (memberships, leadership, contract hours) to
 * the stretches they leave uncovered. The rules that prevent new gaps are elsewhere; these functions
 * read whatever the data holds (legacy data and data loaded before the rules) and say so honestly.
 */

/** A stretch of days, both ends inclusive; tot null = open-ended. */
export interface Stuk {
  vanaf: IsoDatum;
  tot: IsoDatum | null;
}

/** How far ahead the overview looks, in months. */
export const HORIZON_MAANDEN = 12;

/** The last day of the horizon: the same date `maanden` later (31 Jan + 1 month = 28/29 Feb). */
export function horizonTot(peildatum: IsoDatum, maanden = HORIZON_MAANDEN): IsoDatum {
  const jaar = Number(peildatum.slice(0, 4));
  const maand = Number(peildatum.slice(5, 7)) - 1 + maanden;
  const dag = Number(peildatum.slice(8, 10));
  const j = jaar + Math.floor(maand / 12);
  const m = maand % 12;
  const laatsteDag = new Date(Date.UTC(j, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(j, m, Math.min(dag, laatsteDag))).toISOString().slice(0, 10);
}

const voor = (a: IsoDatum | null, b: IsoDatum | null) => a !== null && (b === null || a < b);
/** The later of two dates (ISO dates sort as text). */
const laatste = (a: IsoDatum, b: IsoDatum): IsoDatum => [a, b].sort()[1]!;

/**
 * The stretches of `venster` that no period covers, in date order. Overlapping periods count once,
 * touching periods (one ends the day before the next starts) leave no gap, and an open end covers
 * everything after it.
 */
export function gaten(venster: Stuk, perioden: readonly Periode[]): Stuk[] {
  if (venster.tot !== null && venster.tot < venster.vanaf) return [];
  const gesorteerd = [...perioden]
    .filter((p) => p.einddatum === null || p.einddatum >= p.ingangsdatum)
    .sort((a, b) => (a.ingangsdatum < b.ingangsdatum ? -1 : a.ingangsdatum > b.ingangsdatum ? 1 : 0));
  const uit: Stuk[] = [];
  // The first day not yet known to be covered or reported.
  let cursor: IsoDatum = venster.vanaf;
  for (const p of gesorteerd) {
    if (voor(venster.tot, cursor)) return uit;
    if (p.einddatum !== null && p.einddatum < cursor) continue;
    if (p.ingangsdatum > cursor) {
      const eind = plusDagen(p.ingangsdatum, -1);
      uit.push({ vanaf: cursor, tot: voor(venster.tot, eind) ? venster.tot : eind });
    }
    if (p.einddatum === null) return uit;
    cursor = plusDagen(p.einddatum, 1);
  }
  if (!voor(venster.tot, cursor)) uit.push({ vanaf: cursor, tot: venster.tot });
  return uit;
}

/** Whether a stretch shares at least one day with [van, tot]. */
export function raakt(stuk: Stuk, van: IsoDatum, tot: IsoDatum): boolean {
  return stuk.vanaf <= tot && (stuk.tot === null || stuk.tot >= van);
}

export interface Dienstverband {
  inDienst: IsoDatum;
  uitDienst: IsoDatum | null;
}

/**
 * The stretches of the employment without a team that touch the horizon [van, tot]: today's gap
 * (with the day it began) and every coming one, each with its true end (or open).
 */
export function lidmaatschapsgaten(
  dienst: Dienstverband,
  lidmaatschappen: readonly Periode[],
  horizon: { van: IsoDatum; tot: IsoDatum },
): Stuk[] {
  return gaten({ vanaf: dienst.inDienst, tot: dienst.uitDienst }, lidmaatschappen).filter((g) =>
    raakt(g, horizon.van, horizon.tot),
  );
}

export interface Leiderschapsgat<L> extends Stuk {
  /** The teamleiders whose leadership ends the day before the gap: none when the team never had one. */
  vertrekkend: L[];
}

/**
 * The stretches of a basisteam's existence without a teamleider that touch the horizon, each with
 * the teamleiders who leave just before it.
 */
export function leiderschapsgaten<L extends Periode>(
  bestaan: Stuk,
  leiders: readonly L[],
  horizon: { van: IsoDatum; tot: IsoDatum },
): Leiderschapsgat<L>[] {
  return gaten(bestaan, leiders)
    .filter((g) => raakt(g, horizon.van, horizon.tot))
    .map((g) => {
      const dagErvoor = plusDagen(g.vanaf, -1);
      return { ...g, vertrekkend: leiders.filter((l) => l.einddatum === dagErvoor) };
    });
}

/** Weekdays (Monday–Friday) in [van, tot], without stepping through the days. */
export function weekdagenTussen(van: IsoDatum, tot: IsoDatum): number {
  if (tot < van) return 0;
  const dagen =
    Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000) + 1;
  const start = weekdag(van);
  let n = Math.floor(dagen / 7) * 5;
  for (let i = 0; i < dagen % 7; i++) if (((start - 1 + i) % 7) + 1 <= 5) n++;
  return n;
}

/** Hours of a run of inzet on [van, tot]: a fifth of the weekly hours on every weekday, as the grids plan it. */
export function inzetUren(urenPerWeek: number, van: IsoDatum, tot: IsoDatum): number {
  return Math.round(((urenPerWeek * weekdagenTussen(van, tot)) / 5) * 100) / 100;
}

export interface InzetRun {
  van: IsoDatum;
  tot: IsoDatum;
  urenPerWeek: number;
}

export type EindeSoort = 'uitDienst' | 'contracturen';

export interface InzetNaEinde<I> {
  soort: EindeSoort;
  /** The last day in service, or the last day with contract hours. */
  einddatum: IsoDatum;
  /** Each run planned after the end, cut to the part after it that is still to come. */
  inzet: (I & { vanaf: IsoDatum; totEnMet: IsoDatum; uren: number })[];
  uren: number;
}

/**
 * Where a person's employment or contract hours end (within the horizon, or already before it)
 * while inzet is still planned after that day. A stretch without contract hours inside the
 * employment counts from the day after the last contract; a contract that never started yet is
 * not an end. Hours count from the later of the day after the end and the horizon's first day:
 * planned hours, not history.
 */
export function inzetNaEinde<I extends InzetRun>(
  dienst: Dienstverband,
  contracten: readonly Periode[],
  inzet: readonly I[],
  horizon: { van: IsoDatum; tot: IsoDatum },
): InzetNaEinde<I>[] {
  const eindes: { soort: EindeSoort; einddatum: IsoDatum; na: Stuk }[] = gaten(
    { vanaf: dienst.inDienst, tot: dienst.uitDienst },
    contracten,
  )
    .filter((g) => g.vanaf > dienst.inDienst)
    .map((g) => ({ soort: 'contracturen' as const, einddatum: plusDagen(g.vanaf, -1), na: g }));
  if (dienst.uitDienst !== null) {
    eindes.push({
      soort: 'uitDienst',
      einddatum: dienst.uitDienst,
      na: { vanaf: plusDagen(dienst.uitDienst, 1), tot: null },
    });
  }
  const uit: InzetNaEinde<I>[] = [];
  for (const e of eindes) {
    if (e.einddatum > horizon.tot) continue;
    const vanaf = laatste(e.na.vanaf, horizon.van);
    const runs = inzet
      .filter((i) => raakt({ vanaf, tot: e.na.tot }, i.van, i.tot))
      .map((i) => {
        const van = laatste(i.van, vanaf);
        const tot = e.na.tot !== null && e.na.tot < i.tot ? e.na.tot : i.tot;
        return { ...i, vanaf: van, totEnMet: tot, uren: inzetUren(i.urenPerWeek, van, tot) };
      })
      .sort((a, b) => (a.vanaf < b.vanaf ? -1 : a.vanaf > b.vanaf ? 1 : 0));
    if (runs.length === 0) continue;
    const uren = Math.round(runs.reduce((s, r) => s + r.uren, 0) * 100) / 100;
    uit.push({ soort: e.soort, einddatum: e.einddatum, inzet: runs, uren });
  }
  return uit.sort((a, b) => (a.einddatum < b.einddatum ? -1 : a.einddatum > b.einddatum ? 1 : 0));
}
