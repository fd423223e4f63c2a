import { ForbiddenError } from '../domain/probleem';
import { type Gebruiker, magTeamPlannen, magTeamVolledigZien } from './gebruiker';

/** What the caller may do with a team, as each team response carries it (`mag`). */
export interface TeamMag {
  /** Plan it: result goals, inzet on them, its reservering for robust work. */
  plannen: boolean;
  /** See it in full: members' hours, availability, planning, expertise matrix. */
  volledigZien: boolean;
}

export function teamMag(g: Gebruiker, teamId: string): TeamMag {
  return { plannen: magTeamPlannen(g, teamId), volledigZien: magTeamVolledigZien(g, teamId) };
}

/** 403 with `melding` (which says who may) unless the caller plans this team. */
export function assertMagTeamPlannen(g: Gebruiker, teamId: string, melding: string): void {
  if (!magTeamPlannen(g, teamId)) throw new ForbiddenError(melding);
}

/** 403 with `melding` (which says who may) unless the caller sees this team in full. */
export function assertMagTeamVolledigZien(g: Gebruiker, teamId: string, melding: string): void {
  if (!magTeamVolledigZien(g, teamId)) throw new ForbiddenError(melding);
}
