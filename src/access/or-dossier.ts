import type { OrVerzoekStatus } from '../domain/or-dossier';
import { ForbiddenError } from '../domain/probleem';
import type { Rol } from '../domain/rol';
import type { Gebruiker } from './gebruiker';

/**
 * Reach in the OR-dossier (issue 15, items 4 and 7). The directeur prepares, submits and decides;
 * the OR reads what was put to it (never a concept: that is the directie's working draft) and
 * records its advice or consent; P&O reads everything (it prepares the personnel side), the
 * college reads what went to the OR. Overlegvergaderingen are held by the directie and the OR
 * together, so both keep the minutes and actions. The dossier names no medewerker: only the names
 * of those who recorded something, so no read here is a read of personal data.
 */
export const OR_LEZERS: readonly Rol[] = ['directeur', 'po', 'or', 'college'];
export const OR_OVERLEG_SCHRIJVERS: readonly Rol[] = ['directeur', 'or'];

export const OR_ROUTES = {
  'GET /or-verzoeken': { toegang: OR_LEZERS },
  'POST /or-verzoeken': { toegang: ['directeur'] },
  'GET /or-verzoeken/{orVerzoekId}': { toegang: OR_LEZERS },
  'PATCH /or-verzoeken/{orVerzoekId}': { toegang: ['directeur'] },
  'POST /or-verzoeken/{orVerzoekId}/indieningen': { toegang: ['directeur'] },
  'POST /or-verzoeken/{orVerzoekId}/reacties': { toegang: ['or'] },
  'POST /or-verzoeken/{orVerzoekId}/besluiten': { toegang: ['directeur'] },
  'POST /or-verzoeken/{orVerzoekId}/intrekkingen': { toegang: ['directeur'] },
  'POST /or-verzoeken/{orVerzoekId}/afstand-van-opschorting': { toegang: ['or'] },
  'POST /or-verzoeken/{orVerzoekId}/vervangende-toestemmingen': { toegang: ['directeur'] },
  'GET /or-overleggen': { toegang: OR_LEZERS },
  'POST /or-overleggen': { toegang: OR_OVERLEG_SCHRIJVERS },
  'GET /or-overleggen/{orOverlegId}': { toegang: OR_LEZERS },
  'PATCH /or-overleggen/{orOverlegId}': { toegang: OR_OVERLEG_SCHRIJVERS },
  'POST /or-overleggen/{orOverlegId}/acties': { toegang: OR_OVERLEG_SCHRIJVERS },
  'PATCH /or-overleggen/{orOverlegId}/acties/{actieId}': { toegang: OR_OVERLEG_SCHRIJVERS },
} as const satisfies Record<string, { toegang: readonly Rol[]; leestPersoonsgegevens?: boolean | 'bulk' }>;

type Wie = Pick<Gebruiker, 'rollen'>;
const heeft = (g: Wie, ...rollen: Rol[]) => g.rollen.some((r) => rollen.includes(r));

/** Concepts are the directie's (and P&O's, who prepares the personnel side) until submitted. */
export function magOrVerzoekZien(g: Wie, status: OrVerzoekStatus): boolean {
  if (heeft(g, 'directeur', 'po')) return true;
  return heeft(g, 'or', 'college') && status !== 'concept';
}

export function assertMagOrVerzoekZien(g: Wie, status: OrVerzoekStatus): void {
  if (!magOrVerzoekZien(g, status))
    throw new ForbiddenError(
      'Dit verzoek is nog een concept van de directie en is nog niet aan de OR voorgelegd.',
    );
}

/** Whether the caller sees concepts in the list. */
export const zietConcepten = (g: Wie) => heeft(g, 'directeur', 'po');

export const magOrVerzoekAanmaken = (g: Wie) => heeft(g, 'directeur');
export const magOrVerzoekBeheren = (g: Wie) => heeft(g, 'directeur');
export const magOrReageren = (g: Wie) => heeft(g, 'or');
export const magOverlegSchrijven = (g: Wie) => heeft(g, ...OR_OVERLEG_SCHRIJVERS);
