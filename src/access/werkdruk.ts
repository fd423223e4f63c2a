import { ForbiddenError } from '../domain/probleem';
import type { Gebruiker } from './gebruiker';

/**
 * Reach on the werkdruksignaal (issue 14, items 6 and 8). The signal is a figure per team — no
 * person in it (the pulse part only from five answers) — so the directie, P&O and the OR see every
 * team; a teamleider sees the teams she leads, next to the organisation's distribution of colours
 * (how many teams are green, amber, red), not the other teams by name.
 */
export function magAlleTeamsWerkdrukZien(g: Pick<Gebruiker, 'rollen'>): boolean {
  return g.rollen.some((r) => r === 'directeur' || r === 'po' || r === 'or');
}

export function magTeamWerkdrukZien(g: Pick<Gebruiker, 'rollen' | 'teamIds'>, teamId: string): boolean {
  return magAlleTeamsWerkdrukZien(g) || (g.rollen.includes('teamleider') && g.teamIds.includes(teamId));
}

/** The teams whose signal the caller reads by name: all, or these. */
export function werkdrukTeams(g: Pick<Gebruiker, 'rollen' | 'teamIds'>): 'alle' | string[] {
  if (magAlleTeamsWerkdrukZien(g)) return 'alle';
  return g.rollen.includes('teamleider') ? [...g.teamIds] : [];
}

/**
 * Whether the caller sees the parts of a team's signal that rest on a few people (absence, agile
 * dossiers per person) also when fewer than five people are behind them. The OR sees aggregates
 * only, never a person (issue 14, item 8): a tiny team's absence figure is the absence of one or two
 * colleagues, so for the OR such a part is hidden below MIN_GROEPSGROOTTE, with the reason. The
 * directie, P&O and the team's own teamleider see it (they see the people too).
 */
export function magKleineGroepenWerkdrukZien(g: Pick<Gebruiker, 'rollen'>): boolean {
  return g.rollen.some((r) => r === 'directeur' || r === 'po' || r === 'teamleider');
}

export function assertMagTeamWerkdrukZien(g: Gebruiker, teamId: string): void {
  if (!magTeamWerkdrukZien(g, teamId))
    throw new ForbiddenError('De werkdruk van een team zien de directie, P&O, de OR en de eigen teamleider.');
}
