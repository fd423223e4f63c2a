import { ForbiddenError } from '../domain/probleem';
import type { Gebruiker } from './gebruiker';

/**
 * Reach on the pulsmeting (issue 14, items 5 and 8). P&O runs the rounds. Results are aggregates of
 * at least five answers, and even those go only to who needs them:
 * - P&O and the directie: the organisation, every published team and "overig", the open answers;
 * - the OR: the organisation level (figures and open answers), never a team;
 * - a teamleider: the organisation and their own teams (when published), no open answers, which
 *   could be about the teamleider and are not theirs to read.
 * Nobody sees a single answer: no route returns one. A concept round is P&O's alone.
 */
type Wie = Pick<Gebruiker, 'rollen' | 'teamIds'>;

const heeft = (g: Pick<Gebruiker, 'rollen'>, ...rollen: Gebruiker['rollen']) =>
  g.rollen.some((r) => rollen.includes(r));

export const magPulsBeheren = (g: Pick<Gebruiker, 'rollen'>): boolean => heeft(g, 'po');

export const magPulsResultatenZien = (g: Pick<Gebruiker, 'rollen'>): boolean =>
  heeft(g, 'po', 'directeur', 'or', 'teamleider');

/** Which teams' figures the caller sees: all, some (their own), or none (the organisation only). */
export function pulsTeamZicht(g: Wie): 'alle' | string[] {
  if (heeft(g, 'po', 'directeur')) return 'alle';
  if (heeft(g, 'teamleider')) return g.teamIds;
  return [];
}

/** "Overig" is a figure across teams, for those who see every team. */
export const magPulsOverigZien = (g: Wie): boolean => heeft(g, 'po', 'directeur');

export const magOpenAntwoordenZien = (g: Pick<Gebruiker, 'rollen'>): boolean =>
  heeft(g, 'po', 'directeur', 'or');

/** A concept round is not yet anybody's business but P&O's: to the rest it does not exist. */
export const magRondeZien = (g: Pick<Gebruiker, 'rollen'>, status: string): boolean =>
  status !== 'concept' || magPulsBeheren(g);

export function assertMagPulsBeheren(g: Gebruiker): void {
  if (!magPulsBeheren(g)) throw new ForbiddenError('Pulsmetingen worden beheerd door P&O.');
}

export function assertMagPulsResultatenZien(g: Gebruiker): void {
  if (!magPulsResultatenZien(g)) {
    throw new ForbiddenError(
      'De uitslag van een pulsmeting zien P&O, de directie, de OR (organisatie) en de teamleider (eigen team).',
    );
  }
}
