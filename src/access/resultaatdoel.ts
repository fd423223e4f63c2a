import type { Gebruiker } from './gebruiker';
import { magTeamPlannen } from './gebruiker';
import { assertMagTeamPlannen } from './team';

/**
 * The caller's abilities on a result goal, as each response carries them (`mag`): whoever plans the
 * goal's team changes the goal, records its progress and sets inzet on it.
 */
export function resultaatdoelMag(g: Gebruiker, teamId: string): { plannen: boolean } {
  return { plannen: magTeamPlannen(g, teamId) };
}

/** 403 unless the caller plans the team the goals belong to. */
export function assertMagResultaatdoelenPlannen(g: Gebruiker, teamId: string): void {
  assertMagTeamPlannen(
    g,
    teamId,
    'De resultaatdoelen van dit team plant de eigen teamleider, of de directie.',
  );
}
