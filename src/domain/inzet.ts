import type { IsoDatum } from './datum';
import { plusDagen } from './datum';

/**
 * Inzet is stored as runs of whole ISO weeks, [van (a Monday), tot (a Sunday)], each with hours per
 * week. Setting the hours of a range of weeks cuts the runs it overlaps and puts one run in their
 * place, so a grid edited cell by cell or in bulk keeps few rows and never overlapping ones.
 */
export interface Reeks {
  van: IsoDatum;
  tot: IsoDatum;
  urenPerWeek: number;
}

export interface BestaandeReeks extends Reeks {
  id: string;
}

export interface Bewerking {
  verwijder: string[];
  wijzig: { id: string; van: IsoDatum; tot: IsoDatum }[];
  nieuw: Reeks[];
}

/** Hours of one medewerker on one piece of work become `uren` per week for every week in [van, tot]. */
export function zetUren(
  bestaand: readonly BestaandeReeks[],
  van: IsoDatum,
  tot: IsoDatum,
  uren: number,
): Bewerking {
  const b: Bewerking = { verwijder: [], wijzig: [], nieuw: [] };
  for (const r of bestaand) {
    if (r.tot < van || r.van > tot) continue;
    const voor = r.van < van ? { van: r.van, tot: plusDagen(van, -1) } : null;
    const na = r.tot > tot ? { van: plusDagen(tot, 1), tot: r.tot } : null;
    if (voor) {
      b.wijzig.push({ id: r.id, ...voor });
      if (na) b.nieuw.push({ ...na, urenPerWeek: r.urenPerWeek });
    } else if (na) {
      b.wijzig.push({ id: r.id, ...na });
    } else {
      b.verwijder.push(r.id);
    }
  }
  if (uren > 0) b.nieuw.push({ van, tot, urenPerWeek: uren });
  return b;
}

/** Applies a Bewerking to rows in memory (the repository does the same in SQL); used by tests and previews. */
export function pasToe(
  bestaand: readonly BestaandeReeks[],
  b: Bewerking,
  nieuwId: (i: number) => string,
): BestaandeReeks[] {
  const uit = bestaand
    .filter((r) => !b.verwijder.includes(r.id))
    .map((r) => {
      const w = b.wijzig.find((x) => x.id === r.id);
      return w ? { ...r, van: w.van, tot: w.tot } : r;
    });
  for (const [i, n] of b.nieuw.entries()) uit.push({ ...n, id: nieuwId(i) });
  return uit;
}

/** Hours per week of a set of runs at the Monday of a week (0 when none). */
export function urenInWeek(reeksen: readonly Reeks[], maandag: IsoDatum): number {
  return reeksen.filter((r) => r.van <= maandag && r.tot >= maandag).reduce((s, r) => s + r.urenPerWeek, 0);
}
