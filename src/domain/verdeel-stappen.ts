import type { Toewijzing, VerdeelInstantie } from './verdeling';

/**
 * Hours in a verdeelvoorstel come in the steps the organisation sets (the setting `verdeelStapUren`):
 * nobody plans "14,29 uur per week". Allowed are half hours, whole hours, two hours and half days;
 * all are powers of two, so every multiple is an exact floating-point number and sums stay exact.
 */
export const VERDEEL_STAPPEN = [0.5, 1, 2, 4] as const;
export type VerdeelStap = (typeof VERDEEL_STAPPEN)[number];
export const STANDAARD_VERDEEL_STAP: VerdeelStap = 1;

/** Slack for hours that arrive as 3.9999… from a solver or from a division. */
const EPS = 1e-6;

/** Down to a whole number of steps: a person's free hours or a team's room are never rounded up. */
export function stappenOmlaag(uren: number, stap: number): number {
  return Math.max(0, Math.floor(uren / stap + EPS));
}

/** To the nearest whole number of steps (half up): demand is asked as close as the steps allow. */
export function stappenAfgerond(uren: number, stap: number): number {
  return Math.max(0, Math.round(uren / stap + EPS));
}

/**
 * The instance as the solver must see it when hours come in steps: free hours and team room down to
 * a step, each vraag's demand to the nearest step and the minimum useful amount up to a step. With
 * every bound a multiple of the step, the solver's plan is (nearly always) already in steps, and the
 * open demand it reports is in the same steps as the lines: the messages add up.
 */
export function instantieInStappen(inst: VerdeelInstantie, stap: number): VerdeelInstantie {
  return {
    ...inst,
    medewerkers: inst.medewerkers.map((m) => ({ ...m, vrij: stappenOmlaag(m.vrij, stap) * stap })),
    teams: inst.teams.map((t) => ({ ...t, ruimte: stappenOmlaag(t.ruimte, stap) * stap })),
    vragen: inst.vragen.map((v) => ({ ...v, urenPerWeek: stappenAfgerond(v.urenPerWeek, stap) * stap })),
    minimumUren: Math.max(1, Math.ceil(inst.minimumUren / stap - EPS)) * stap,
  };
}

/**
 * Makes any plan (hours per person and vraag, possibly fractional) into whole steps by largest
 * remainder: every line first down to a step, then per vraag the lines with the largest remainders
 * one step up until the vraag's total is its input total rounded to a step (never above its demand
 * rounded to a step). A line that ends below the minimum useful amount is raised to it when it fits,
 * else dropped; what is then still short is topped up on the vraag's other lines. Never above a
 * person's free hours or a team's room (both down to a step), and never a pair that was not in the
 * plan, so the dossier limit the plan kept still holds.
 */
export function rondAfInStappen(
  inst: VerdeelInstantie,
  toewijzingen: readonly Toewijzing[],
  stap: number,
): Toewijzing[] {
  const mw = new Map(inst.medewerkers.map((m) => [m.id, m]));
  const vrij = new Map(inst.medewerkers.map((m) => [m.id, stappenOmlaag(m.vrij, stap)]));
  const ruimte = new Map(inst.teams.map((t) => [t.id, stappenOmlaag(t.ruimte, stap)]));
  const minimum = Math.max(1, Math.ceil(inst.minimumUren / stap - EPS));
  const invoer = new Map<string, number>();
  for (const t of toewijzingen)
    invoer.set(t.vraagId, (invoer.get(t.vraagId) ?? 0) + Math.max(0, t.urenPerWeek));
  // What each vraag may still get, in steps: its input total to the nearest step, never above demand.
  const doel = new Map(
    inst.vragen.map((v) => [
      v.id,
      Math.min(stappenAfgerond(v.urenPerWeek, stap), stappenAfgerond(invoer.get(v.id) ?? 0, stap)),
    ]),
  );
  const regels = toewijzingen
    .map((t, i) => ({
      t,
      i,
      teamId: mw.get(t.medewerkerId)?.teamId ?? '',
      a: Math.max(0, t.urenPerWeek) / stap,
      f: 0,
    }))
    .filter((r) => mw.has(r.t.medewerkerId) && doel.has(r.t.vraagId));
  const ruimteVoor = (r: (typeof regels)[number]) =>
    Math.min(vrij.get(r.t.medewerkerId) ?? 0, ruimte.get(r.teamId) ?? 0, doel.get(r.t.vraagId) ?? 0);
  const neem = (r: (typeof regels)[number], n: number) => {
    r.f += n;
    vrij.set(r.t.medewerkerId, vrij.get(r.t.medewerkerId)! - n);
    ruimte.set(r.teamId, ruimte.get(r.teamId)! - n);
    doel.set(r.t.vraagId, doel.get(r.t.vraagId)! - n);
  };
  // 1. Every line down to a whole step, as far as what is left allows.
  for (const r of regels) neem(r, Math.min(Math.floor(r.a + EPS), ruimteVoor(r)));
  // 2. Largest remainder first: one step up where the vraag is still short of its rounded total.
  const opRest = [...regels].sort((x, y) => y.a - y.f - (x.a - x.f) || y.a - x.a || x.i - y.i);
  for (const r of opRest) if (r.a - r.f > EPS && ruimteVoor(r) >= 1) neem(r, 1);
  // 3. The minimum useful amount: up to it when it fits, else the line goes and frees its steps.
  for (const r of [...regels].sort((x, y) => y.f - x.f || x.i - y.i)) {
    if (r.f === 0 || r.f >= minimum) continue;
    if (ruimteVoor(r) >= minimum - r.f) neem(r, minimum - r.f);
    else neem(r, -r.f);
  }
  // 4. Still short: top up on the vraag's lines, those furthest under their input first.
  for (const r of opRest) {
    const n = ruimteVoor(r);
    if (n <= 0) continue;
    if (r.f > 0) neem(r, n);
    else if (n >= minimum) neem(r, n);
  }
  return regels
    .filter((r) => r.f > 0)
    .sort((x, y) => x.i - y.i)
    .map((r) => ({ medewerkerId: r.t.medewerkerId, vraagId: r.t.vraagId, urenPerWeek: r.f * stap }));
}
