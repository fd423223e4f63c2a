import { ForbiddenError } from '../domain/probleem';
import type { Gebruiker } from './gebruiker';

/**
 * Reach on the formatie (issue 13, item 7). Formatieplaatsen are organisation data, but their
 * plaatsingen name people: P&O and the directie read and write all of it; a teamleider reads the
 * formatie, vacancies and who fills them for the teams they lead; the OR and the college see the
 * organisation's totals only (GET /organisatie/formatie), never a team's, where one person's FTE
 * would show.
 */
const beheertFormatie = (g: Pick<Gebruiker, 'rollen'>) =>
  g.rollen.some((r) => r === 'directeur' || r === 'po');

/** Changing places and placements: P&O and the directie. */
export function magFormatieWijzigen(g: Pick<Gebruiker, 'rollen'>): boolean {
  return beheertFormatie(g);
}

/** Every team's formatie: P&O and the directie. */
export function magAlleTeamFormatiesZien(g: Pick<Gebruiker, 'rollen'>): boolean {
  return beheertFormatie(g);
}

/** A team's formatie with the people on it: P&O, the directie, and the team's own teamleider. */
export function magTeamFormatieZien(g: Pick<Gebruiker, 'rollen' | 'teamIds'>, teamId: string): boolean {
  return beheertFormatie(g) || (g.rollen.includes('teamleider') && g.teamIds.includes(teamId));
}

export function assertMagFormatieWijzigen(g: Gebruiker): void {
  if (!magFormatieWijzigen(g)) throw new ForbiddenError('De formatie wijzigen P&O en de directie.');
}

export function assertMagTeamFormatieZien(g: Gebruiker, teamId: string): void {
  if (!magTeamFormatieZien(g, teamId)) {
    throw new ForbiddenError(
      'De formatie van een team en wie de plaatsen vervullen zien P&O, de directie en de eigen teamleider.',
    );
  }
}

/** The caller's abilities on a place, as each answer carries them. */
export function formatieMag(g: Gebruiker): { wijzigen: boolean } {
  return { wijzigen: magFormatieWijzigen(g) };
}
