import { ForbiddenError } from '../domain/probleem';
import type { Gebruiker } from './gebruiker';
import { magTeamLoonsomZien } from './loonsom';

/**
 * Reach on need against capacity (issue 13, item 4). The answer holds no person's figure, but a
 * team's euro follow from its loonsom (a small team's average cost per FTE is close to one salary):
 * so it is seen by those who see the team's loonsom (src/access/loonsom.ts): P&O and the directie
 * every team, a teamleider the teams they lead. The OR sees the organisation's totals only; the
 * open capaciteitsvragen without a team (dossier titles) only those who see every team.
 */
const beheert = (g: Pick<Gebruiker, 'rollen'>) => g.rollen.some((r) => r === 'directeur' || r === 'po');

export function magTeamBehoefteZien(g: Pick<Gebruiker, 'rollen' | 'teamIds'>, teamId: string): boolean {
  return magTeamLoonsomZien(g, teamId);
}

/** The rows that belong to no team: for those who see the whole organisation per team. */
export function magAlleBehoefteZien(g: Pick<Gebruiker, 'rollen'>): boolean {
  return beheert(g);
}

export function assertMagTeamBehoefteZien(g: Gebruiker, teamId: string): void {
  if (!magTeamBehoefteZien(g, teamId)) {
    throw new ForbiddenError(
      'De behoefte van een team tegen zijn capaciteit zien P&O, de directie en de eigen teamleider.',
    );
  }
}
