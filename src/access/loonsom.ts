import { ForbiddenError } from '../domain/probleem';
import type { Gebruiker } from './gebruiker';

/**
 * Reach on salary data (issue 13, item 7). Individual salary data (what one person costs, on a
 * place or in total) only for P&O and the directie, and for a medewerker their own. A teamleider
 * sees the totals of the teams they lead and the cost of their vacancies, never a person's figure;
 * the OR sees the organisation's totals only. The tables and werkgeverslasten are no personal data:
 * everyone who works with the loonsom reads them; P&O and the directie change them.
 */
const beheert = (g: Pick<Gebruiker, 'rollen'>) => g.rollen.some((r) => r === 'directeur' || r === 'po');

/** Individual salary data of anyone: P&O and the directie. */
export function magIndividueleLoonkostenZien(g: Pick<Gebruiker, 'rollen'>): boolean {
  return beheert(g);
}

/** Salary tables, werkgeverslasten and budgets: P&O and the directie change them. */
export function magLoonsomGrondslagWijzigen(g: Pick<Gebruiker, 'rollen'>): boolean {
  return beheert(g);
}

/** Every team's loonsom (their totals): P&O and the directie. */
export function magAlleTeamLoonsommenZien(g: Pick<Gebruiker, 'rollen'>): boolean {
  return beheert(g);
}

/** A team's loonsom (its totals): P&O, the directie, and the team's own teamleider. */
export function magTeamLoonsomZien(g: Pick<Gebruiker, 'rollen' | 'teamIds'>, teamId: string): boolean {
  return beheert(g) || (g.rollen.includes('teamleider') && g.teamIds.includes(teamId));
}

/** One person's costs: P&O, the directie, and the person themself. */
export function magLoonkostenVanZien(g: Pick<Gebruiker, 'rollen' | 'medewerkerId'>, medewerkerId: string) {
  return beheert(g) || g.medewerkerId === medewerkerId;
}

export function assertMagLoonsomGrondslagWijzigen(g: Gebruiker): void {
  if (!magLoonsomGrondslagWijzigen(g)) {
    throw new ForbiddenError(
      'Salaristabellen, werkgeverslasten en loonsombudgetten wijzigen P&O en de directie.',
    );
  }
}

export function assertMagTeamLoonsomZien(g: Gebruiker, teamId: string): void {
  if (!magTeamLoonsomZien(g, teamId)) {
    throw new ForbiddenError('De loonsom van een team zien P&O, de directie en de eigen teamleider.');
  }
}

export function assertMagLoonkostenVanZien(g: Gebruiker, medewerkerId: string): void {
  if (!magLoonkostenVanZien(g, medewerkerId)) {
    throw new ForbiddenError('Wat één medewerker kost zien alleen P&O, de directie en de medewerker zelf.');
  }
}
