import { ROLLEN, type Rol } from '../domain/rol';
import type { Gebruiker } from './gebruiker';

/**
 * Reach in the evaluaties (issue 15, items 2 and 7). An evaluation of the change programme, the
 * organisation or an opgave is shared knowledge: once vastgesteld everyone in the organisation reads
 * it, the OR and the college too (the reorganisation is theirs to follow); a concept is its writers'
 * draft until then. The directeur, the programmaregisseur
 * and P&O write them. A follow-up action names its owner, the only personal data here: the OR and
 * the college, who see the organisation in aggregates only, read the actions without the name.
 * The owner of an action reports its progress themself, so the door to that route is open to every
 * role and the service lets through writers and the owner.
 */
export const EVALUATIE_LEZERS: readonly Rol[] = ROLLEN;
export const EVALUATIE_SCHRIJVERS: readonly Rol[] = ['directeur', 'programmaregisseur', 'po'];
/** Roles that see who owns an action: those inside the organisation's work. */
const NAMEN_LEZERS: readonly Rol[] = [
  'medewerker',
  'teamleider',
  'programmaregisseur',
  'directeur',
  'po',
  'beheerder',
];

export const EVALUATIE_ROUTES = {
  'GET /evaluaties': { toegang: EVALUATIE_LEZERS },
  'POST /evaluaties': { toegang: EVALUATIE_SCHRIJVERS },
  'GET /evaluaties/{evaluatieId}': { toegang: EVALUATIE_LEZERS },
  'PATCH /evaluaties/{evaluatieId}': { toegang: EVALUATIE_SCHRIJVERS },
  'POST /evaluaties/{evaluatieId}/vaststellingen': { toegang: EVALUATIE_SCHRIJVERS },
  'POST /evaluaties/{evaluatieId}/acties': { toegang: EVALUATIE_SCHRIJVERS },
  // Writers change an action; its owner (any role) reports progress: checked by the service.
  'PATCH /evaluaties/{evaluatieId}/acties/{actieId}': { toegang: EVALUATIE_LEZERS },
} as const satisfies Record<string, { toegang: readonly Rol[]; leestPersoonsgegevens?: boolean | 'bulk' }>;

type Wie = Pick<Gebruiker, 'rollen'>;
const heeft = (g: Wie, rollen: readonly Rol[]) => g.rollen.some((r) => rollen.includes(r));

export const magEvaluatieSchrijven = (g: Wie) => heeft(g, EVALUATIE_SCHRIJVERS);
export const magActieEigenaarZien = (g: Wie) => heeft(g, NAMEN_LEZERS);

/** Progress of an action: the writers, and the owner themself. */
export function magActieAfronden(
  g: Pick<Gebruiker, 'rollen' | 'medewerkerId'>,
  actie: { eigenaarMedewerkerId: string },
): boolean {
  return (
    magEvaluatieSchrijven(g) || (g.medewerkerId !== null && g.medewerkerId === actie.eigenaarMedewerkerId)
  );
}
