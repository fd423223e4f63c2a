import { plusDagen } from './datum';
import { isoWeek } from './kalender';
import type { Probleem } from './probleem';

/**
 * Ontwikkeling (issue 14, items 1, 3 and 4): what a development plan costs against the
 * ontwikkelbudget, the request for next year's kadernota, and how development hours come off
 * productive capacity. Amounts in whole cents, so sums are exact.
 */

export const ACTIVITEIT_SOORTEN = [
  'training',
  'cursus',
  'coaching',
  'intervisie',
  'traineeship',
  'jobrotatie',
  'overig',
] as const;
export type ActiviteitSoort = (typeof ACTIVITEIT_SOORTEN)[number];
export const ACTIVITEIT_STATUSSEN = ['gepland', 'bezig', 'afgerond', 'geannuleerd'] as const;
export type ActiviteitStatus = (typeof ACTIVITEIT_STATUSSEN)[number];
export const DOEL_STATUSSEN = ['open', 'bezig', 'behaald', 'vervallen'] as const;
export const PLAN_SOORTEN = ['medewerker', 'team', 'leiderschap'] as const;
export type PlanSoort = (typeof PLAN_SOORTEN)[number];

/** The setting that names the kinds whose hours count as absence from productive capacity. */
export const AFWEZIGHEID_INSTELLING = 'ontwikkeling.telt_als_afwezigheid';
/**
 * By default the kinds that take someone out of their regular work: a training, a course, a
 * traineeship and coaching sessions. Intervision and job rotation happen in or as work.
 */
export const STANDAARD_AFWEZIGHEID: readonly ActiviteitSoort[] = [
  'training',
  'cursus',
  'traineeship',
  'coaching',
];
/** The setting with a fixed kadernota norm per FTE in cents; absent: derived from this year. */
export const NORM_INSTELLING = 'ontwikkeling.norm_per_fte_centen';

/** Committed: promised but not yet done. Spent: done. A cancelled activity costs nothing. */
export function kostenpost(status: ActiviteitStatus): 'toegezegd' | 'besteed' | null {
  if (status === 'gepland' || status === 'bezig') return 'toegezegd';
  if (status === 'afgerond') return 'besteed';
  return null;
}

export interface KostenRegel {
  /** The team whose budget pays (null: the organisation's own budget). */
  budgetTeamId: string | null;
  status: ActiviteitStatus;
  kostenCenten: number;
}

export interface BudgetPositie {
  /** null: no budget recorded for this year. */
  budgetCenten: number | null;
  toegezegdCenten: number;
  besteedCenten: number;
  /** budget − toegezegd − besteed; null without a budget. Negative is an overrun. */
  ruimteCenten: number | null;
}

export function budgetPositie(budgetCenten: number | null, regels: readonly KostenRegel[]): BudgetPositie {
  let toegezegd = 0;
  let besteed = 0;
  for (const r of regels) {
    const post = kostenpost(r.status);
    if (post === 'toegezegd') toegezegd += r.kostenCenten;
    else if (post === 'besteed') besteed += r.kostenCenten;
  }
  return {
    budgetCenten,
    toegezegdCenten: toegezegd,
    besteedCenten: besteed,
    ruimteCenten: budgetCenten === null ? null : budgetCenten - toegezegd - besteed,
  };
}

export interface BudgetOverzicht {
  teams: { teamId: string; positie: BudgetPositie }[];
  /** Plans charged to no team (a directeur's leadership plan) against the organisation's own budget. */
  organisatieNiveau: BudgetPositie;
  /** The sum of the teams and the organisation level: every cost counts exactly once. */
  totaal: BudgetPositie;
}

/**
 * One year's position per team and for the organisation. The organisation's own budget is the
 * central pot (organisation-wide programmes, leadership of the directie); the organisation's total
 * budget is that pot plus the teams' budgets. A team without a budget still shows its costs.
 */
export function budgetOverzicht(
  teamIds: readonly string[],
  budgetten: ReadonlyMap<string | null, number>,
  regels: readonly KostenRegel[],
): BudgetOverzicht {
  const perTeam = new Map<string | null, KostenRegel[]>();
  for (const r of regels) {
    const sleutel = r.budgetTeamId !== null && teamIds.includes(r.budgetTeamId) ? r.budgetTeamId : null;
    perTeam.set(sleutel, [...(perTeam.get(sleutel) ?? []), r]);
  }
  const teams = teamIds.map((teamId) => ({
    teamId,
    positie: budgetPositie(budgetten.get(teamId) ?? null, perTeam.get(teamId) ?? []),
  }));
  const organisatieNiveau = budgetPositie(budgetten.get(null) ?? null, perTeam.get(null) ?? []);
  const alle = [...teams.map((t) => t.positie), organisatieNiveau];
  const budgetBekend = alle.some((p) => p.budgetCenten !== null);
  const budget = budgetBekend ? alle.reduce((s, p) => s + (p.budgetCenten ?? 0), 0) : null;
  const toegezegd = alle.reduce((s, p) => s + p.toegezegdCenten, 0);
  const besteed = alle.reduce((s, p) => s + p.besteedCenten, 0);
  return {
    teams,
    organisatieNiveau,
    totaal: {
      budgetCenten: budget,
      toegezegdCenten: toegezegd,
      besteedCenten: besteed,
      ruimteCenten: budget === null ? null : budget - toegezegd - besteed,
    },
  };
}

export interface KadernotaInvoer {
  jaar: number;
  /** Costs of activities already planned in next year's plans (not cancelled). */
  geplandCenten: number;
  /** FTE of the medewerkers in service who have no plan for next year yet. */
  fteZonderPlan: number;
  /** A fixed norm per FTE (setting); null: derive it from this year. */
  normInstellingCenten: number | null;
  /** This year's committed and spent costs of medewerker plans, and the FTE of those who have one. */
  kostenDitJaarCenten: number;
  fteMetPlanDitJaar: number;
}

export interface KadernotaAanvraag {
  jaar: number;
  bedragCenten: number;
  geplandCenten: number;
  normPerFteCenten: number;
  normBron: 'instelling' | 'afgeleid' | 'geen';
  fteZonderPlan: number;
  aanvullendCenten: number;
  basis: string;
}

const euro = (centen: number) =>
  `€ ${(centen / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const fte = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });

/**
 * The request for next year's kadernota, bottom-up and checkable: what is already planned for
 * next year, plus for everyone without a plan yet a norm per FTE. The norm is the organisation's
 * setting, or else what a plan actually cost per FTE this year (committed plus spent, over the FTE
 * of those who have a plan), rounded to whole euros. A controller can recompute every part.
 */
export function kadernotaAanvraag(v: KadernotaInvoer): KadernotaAanvraag {
  const afgeleid =
    v.fteMetPlanDitJaar > 0 ? Math.round(v.kostenDitJaarCenten / v.fteMetPlanDitJaar / 100) * 100 : 0;
  const normBron = v.normInstellingCenten !== null ? 'instelling' : afgeleid > 0 ? 'afgeleid' : 'geen';
  const norm = v.normInstellingCenten ?? afgeleid;
  const fteZonderPlan = Math.round(v.fteZonderPlan * 100) / 100;
  const aanvullend = Math.round(norm * fteZonderPlan);
  const normZin =
    normBron === 'instelling'
      ? `de vastgestelde norm van ${euro(norm)} per fte`
      : normBron === 'afgeleid'
        ? `${euro(norm)} per fte, wat een ontwikkelplan dit jaar gemiddeld kost (${euro(v.kostenDitJaarCenten)} toegezegd en besteed over ${fte(v.fteMetPlanDitJaar)} fte met een plan)`
        : 'geen norm per fte (nog geen kosten dit jaar en geen vastgestelde norm)';
  return {
    jaar: v.jaar,
    bedragCenten: v.geplandCenten + aanvullend,
    geplandCenten: v.geplandCenten,
    normPerFteCenten: norm,
    normBron,
    fteZonderPlan,
    aanvullendCenten: aanvullend,
    basis:
      `${euro(v.geplandCenten)} aan activiteiten die al in de ontwikkelplannen voor ${v.jaar} staan, ` +
      `plus ${fte(fteZonderPlan)} fte zonder plan voor ${v.jaar} × ${normZin} = ${euro(aanvullend)}.`,
  };
}

/**
 * The hours of one activity per ISO week, spread evenly over the weeks its dates touch. A week is
 * keyed as '2026-W05', like absence.
 */
export function urenPerWeek(a: { van: string; tot: string; uren: number }): Map<string, number> {
  const weken: string[] = [];
  for (let d = a.van; d <= a.tot; d = plusDagen(d, 7)) weken.push(isoWeek(d));
  const laatste = isoWeek(a.tot);
  if (weken.at(-1) !== laatste) weken.push(laatste);
  const uniek = [...new Set(weken)];
  const perWeek = a.uren / uniek.length;
  return new Map(uniek.map((w) => [w, perWeek]));
}

/** An activity's rules beyond its fields' shapes: the end not before the start, within the plan's year. */
export function activiteitProblemen(a: { van: string; tot: string }, planJaar: number): Probleem[] {
  const p: Probleem[] = [];
  if (a.tot < a.van)
    p.push({ veld: 'tot', code: 'voor-begin', melding: 'De einddatum ligt niet voor de begindatum.' });
  if (Number(a.van.slice(0, 4)) !== planJaar)
    p.push({
      veld: 'van',
      code: 'buiten-planjaar',
      melding: `De activiteit begint in het jaar van het plan (${planJaar}); maak voor een ander jaar een plan van dat jaar.`,
    });
  return p;
}
