import { ForbiddenError } from '../domain/probleem';
import type { RaadsbriefStatus } from '../domain/raadsbrief';
import type { Rol } from '../domain/rol';
import type { Gebruiker } from './gebruiker';

/**
 * Reach for the raadsbrief (issue 15, items 5 and 7). The directeur and P&O compose drafts: they
 * see every team's figures, so the snapshot covers the whole organisation (a programmaregisseur or
 * teamleider would get a partial one). Only the college approves: the letter is the college's to
 * the raad. Sending is recorded by the directeur (who prepares the mailing with the griffie) or the
 * college. The college reads concepts (it must read what it approves); the OR reads a letter once
 * it is sent, when it is public. No answer names a medewerker: the snapshot holds aggregates only.
 */
export const RAADSBRIEF_LEZERS: readonly Rol[] = ['directeur', 'po', 'college', 'or'];
export const RAADSBRIEF_OPSTELLERS: readonly Rol[] = ['directeur', 'po'];
export const RAADSBRIEF_VERZENDERS: readonly Rol[] = ['directeur', 'college'];

export const RAADSBRIEF_ROUTES = {
  'GET /raadsbrieven': { toegang: RAADSBRIEF_LEZERS },
  'POST /raadsbrieven': { toegang: RAADSBRIEF_OPSTELLERS },
  'GET /raadsbrieven/{raadsbriefId}': { toegang: RAADSBRIEF_LEZERS },
  'PATCH /raadsbrieven/{raadsbriefId}': { toegang: RAADSBRIEF_OPSTELLERS },
  'POST /raadsbrieven/{raadsbriefId}/momentopnamen': { toegang: RAADSBRIEF_OPSTELLERS },
  'POST /raadsbrieven/{raadsbriefId}/vaststellingen': { toegang: ['college'] },
  'POST /raadsbrieven/{raadsbriefId}/verzendingen': { toegang: RAADSBRIEF_VERZENDERS },
  'GET /raadsbrieven/{raadsbriefId}/document': { toegang: RAADSBRIEF_LEZERS },
} as const satisfies Record<string, { toegang: readonly Rol[]; leestPersoonsgegevens?: boolean | 'bulk' }>;

type Wie = Pick<Gebruiker, 'rollen'>;
const heeft = (g: Wie, ...rollen: readonly Rol[]) => g.rollen.some((r) => rollen.includes(r));

/** The OR reads only what the raad received; the others every letter. */
export function magRaadsbriefZien(g: Wie, status: RaadsbriefStatus): boolean {
  if (heeft(g, 'directeur', 'po', 'college')) return true;
  return heeft(g, 'or') && status === 'verzonden';
}

export function assertMagRaadsbriefZien(g: Wie, status: RaadsbriefStatus): void {
  if (!magRaadsbriefZien(g, status))
    throw new ForbiddenError(
      'Deze raadsbrief is nog niet verzonden; de OR leest hem zodra de raad hem heeft.',
    );
}

/** Whether the caller sees drafts and approved letters in the list. */
export const zietOnverzonden = (g: Wie) => heeft(g, 'directeur', 'po', 'college');

export const magRaadsbriefOpstellen = (g: Wie) => heeft(g, ...RAADSBRIEF_OPSTELLERS);
export const magRaadsbriefVaststellen = (g: Wie) => heeft(g, 'college');
export const magRaadsbriefVerzenden = (g: Wie) => heeft(g, ...RAADSBRIEF_VERZENDERS);

export function assertMagRaadsbriefOpstellen(g: Wie): void {
  if (!magRaadsbriefOpstellen(g)) throw new ForbiddenError('Een raadsbrief stellen de directeur en P&O op.');
}
