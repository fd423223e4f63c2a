import { ForbiddenError } from '../domain/probleem';
import { type Gebruiker, magPersoonsgegevensZien } from './gebruiker';

/**
 * Reach on development plans and the ontwikkelbudget (issue 14, items 1, 3, 4 and 8).
 *
 * - A person's plan (also their leadership plan) is personal data: the person themself, their
 *   teamleider (the basisteam today), P&O and the directie read and edit it. Every such read is
 *   audited (the policy marks the routes).
 * - A team's plan: the team's teamleider, P&O and the directie.
 * - The budget: P&O and the directie set it; a teamleider reads the own teams' lines; the OR reads
 *   the organisation's totals only, never a team (a small team's spending comes close to a person's).
 */
const beheert = (g: Pick<Gebruiker, 'rollen'>) => g.rollen.some((r) => r === 'directeur' || r === 'po');

export type PlanEigenaar =
  | { soort: 'persoon'; medewerkerId: string; teamId: string | null }
  | { soort: 'team'; teamId: string };

export function magPlanZien(g: Gebruiker, eigenaar: PlanEigenaar): boolean {
  if (eigenaar.soort === 'persoon') return magPersoonsgegevensZien(g, eigenaar);
  return beheert(g) || (g.rollen.includes('teamleider') && g.teamIds.includes(eigenaar.teamId));
}

/** Who reads a plan also edits its goals and activities: the person keeps their own plan. */
export function magPlanWijzigen(g: Gebruiker, eigenaar: PlanEigenaar): boolean {
  return magPlanZien(g, eigenaar);
}

export function assertMagPlanZien(g: Gebruiker, eigenaar: PlanEigenaar): void {
  if (!magPlanZien(g, eigenaar)) throw new ForbiddenError(weigering(eigenaar));
}

export function assertMagPlanWijzigen(g: Gebruiker, eigenaar: PlanEigenaar): void {
  if (!magPlanWijzigen(g, eigenaar)) throw new ForbiddenError(weigering(eigenaar));
}

function weigering(eigenaar: PlanEigenaar): string {
  return eigenaar.soort === 'persoon'
    ? 'Een persoonlijk ontwikkelplan zien en wijzigen alleen de medewerker zelf, de eigen teamleider, de directie en P&O.'
    : 'Het ontwikkelplan van een team zien en wijzigen de teamleider van dat team, de directie en P&O.';
}

/** Themes and budgets: P&O and the directie. */
export function magOntwikkelbudgetWijzigen(g: Pick<Gebruiker, 'rollen'>): boolean {
  return beheert(g);
}

export function assertMagOntwikkelbudgetWijzigen(g: Gebruiker): void {
  if (!magOntwikkelbudgetWijzigen(g))
    throw new ForbiddenError('Ontwikkelbudgetten en ontwikkelthema’s leggen P&O en de directie vast.');
}

/** Which lines of the budget overview a caller sees. */
export function budgetZicht(g: Pick<Gebruiker, 'rollen' | 'teamIds'>): {
  teams: 'alle' | readonly string[];
  organisatie: boolean;
} {
  if (beheert(g)) return { teams: 'alle', organisatie: true };
  if (g.rollen.includes('teamleider')) return { teams: g.teamIds, organisatie: g.rollen.includes('or') };
  return { teams: [], organisatie: g.rollen.includes('or') };
}
