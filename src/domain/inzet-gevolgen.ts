/**
 * What consent to an inzetverzoek would do, so the teamleider does not decide blind (issue 17):
 * the person's free hours in the requested weeks, and the share of the team's capacity that stays
 * for robust work, before and after. Pure: the figures per week come from the availability grids
 * (src/services/inzetruimte.service.ts), so the card agrees with the candidates page and the grids.
 */

/** One requested week of the person: the free hours there now (negative when already overbooked). */
export interface WeekVrij {
  week: string;
  vrij: number;
}

/** One requested week of the team: its available hours and the agile inzet already in them. */
export interface WeekTeam {
  week: string;
  beschikbaar: number;
  wendbaar: number;
}

export interface GevolgenMedewerker {
  /** Free hours over all requested weeks now; overbooking is summed, never clipped. */
  vrij: number;
  /** The same after consent. */
  vrijNa: number;
  /** The weeks in which the requested hours are more than the person has free. */
  tekortWeken: string[];
}

export interface GevolgenTeam {
  /** The share of capacity the team keeps for robust work (the minimum). */
  reservering: number;
  /** The share of the team's capacity in the weeks not taken by agile work now; null without capacity. */
  robuustVoor: number | null;
  /** The same after consent. */
  robuustNa: number | null;
  /** The weeks in which consent takes more than the room beside the reservering (as the request check). */
  onderReserveringWeken: string[];
}

const uren = (x: number) => Math.round(x * 100) / 100;
const aandeel = (x: number) => Math.round(x * 10_000) / 10_000;
/** Rounding in the grids' figures must not turn an exact fit into a warning. */
const MARGE = 1e-6;

export function gevolgenVoorMedewerker(weken: readonly WeekVrij[], urenPerWeek: number): GevolgenMedewerker {
  const vrij = weken.reduce((s, w) => s + w.vrij, 0);
  return {
    vrij: uren(vrij),
    vrijNa: uren(vrij - urenPerWeek * weken.length),
    tekortWeken: weken.filter((w) => w.vrij - urenPerWeek < -MARGE).map((w) => w.week),
  };
}

export function gevolgenVoorTeam(
  weken: readonly WeekTeam[],
  reservering: number,
  urenPerWeek: number,
): GevolgenTeam {
  const beschikbaar = weken.reduce((s, w) => s + w.beschikbaar, 0);
  const wendbaar = weken.reduce((s, w) => s + w.wendbaar, 0);
  const erbij = urenPerWeek * weken.length;
  return {
    reservering,
    robuustVoor: beschikbaar > 0 ? aandeel((beschikbaar - wendbaar) / beschikbaar) : null,
    robuustNa: beschikbaar > 0 ? aandeel((beschikbaar - wendbaar - erbij) / beschikbaar) : null,
    onderReserveringWeken: weken
      .filter((w) => (1 - reservering) * w.beschikbaar - w.wendbaar - urenPerWeek < -MARGE)
      .map((w) => w.week),
  };
}
