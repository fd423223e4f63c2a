import { ForbiddenError } from '../domain/probleem';
import { ROLLEN, type Rol } from '../domain/rol';
import type { Gebruiker } from './gebruiker';

/**
 * Reach in the veranderprogramma (issue 15, items 1 and 7). Every medewerker reads the programme
 * (the OR and the college too: it is how the organisation changes, no secret). The directeur and
 * the programmaregisseur run it: phases, themes, and everything in a theme. The trekker of a theme
 * manages that theme's actions and transitieteam, whatever their role, so those routes are open to
 * everyone in the organisation and the service checks the reach.
 *
 * Who sits in a transitieteam with how many hours is inzet of named people: the OR and the college
 * see the team's size and total hours, not the names (aggregates, never individual data). The
 * trekker is named to everyone: carrying a theme is a role in the programme, like leading a team.
 */
export const PROGRAMMA_LEZERS: readonly Rol[] = ROLLEN;
export const PROGRAMMA_SCHRIJVERS: readonly Rol[] = ['directeur', 'programmaregisseur'];
/** Everyone who can be a trekker (an account linked to a medewerker in the organisation). */
const IN_DE_ORGANISATIE: readonly Rol[] = [
  'medewerker',
  'teamleider',
  'programmaregisseur',
  'directeur',
  'po',
  'beheerder',
];

export const VERANDERPROGRAMMA_ROUTES = {
  'GET /veranderprogramma': { toegang: PROGRAMMA_LEZERS },
  'GET /verander-fases': { toegang: PROGRAMMA_LEZERS },
  'POST /verander-fases': { toegang: PROGRAMMA_SCHRIJVERS },
  'PATCH /verander-fases/{faseId}': { toegang: PROGRAMMA_SCHRIJVERS },
  'DELETE /verander-fases/{faseId}': { toegang: PROGRAMMA_SCHRIJVERS },
  'POST /verander-themas': { toegang: PROGRAMMA_SCHRIJVERS },
  'GET /verander-themas/{themaId}': { toegang: PROGRAMMA_LEZERS },
  'PATCH /verander-themas/{themaId}': { toegang: PROGRAMMA_SCHRIJVERS },
  'DELETE /verander-themas/{themaId}': { toegang: PROGRAMMA_SCHRIJVERS },
  'POST /verander-themas/{themaId}/leden': { toegang: IN_DE_ORGANISATIE },
  'PATCH /verander-themas/{themaId}/leden/{lidId}': { toegang: IN_DE_ORGANISATIE },
  'DELETE /verander-themas/{themaId}/leden/{lidId}': { toegang: IN_DE_ORGANISATIE },
  'POST /verander-themas/{themaId}/acties': { toegang: IN_DE_ORGANISATIE },
  'PATCH /verander-themas/{themaId}/acties/{actieId}': { toegang: IN_DE_ORGANISATIE },
  'DELETE /verander-themas/{themaId}/acties/{actieId}': { toegang: IN_DE_ORGANISATIE },
} as const satisfies Record<string, { toegang: readonly Rol[]; leestPersoonsgegevens?: boolean | 'bulk' }>;

type Wie = Pick<Gebruiker, 'rollen' | 'medewerkerId'>;
const heeft = (g: Wie, rollen: readonly Rol[]) => g.rollen.some((r) => rollen.includes(r));

/** Phases and themes themselves: the directeur and the programmaregisseur. */
export const magProgrammaBeheren = (g: Wie) => heeft(g, PROGRAMMA_SCHRIJVERS);

/** A theme's actions and transitieteam: the programme's managers and the theme's trekker. */
export function magThemaBeheren(g: Wie, thema: { trekkerMedewerkerId: string | null }): boolean {
  if (magProgrammaBeheren(g)) return true;
  return g.medewerkerId !== null && g.medewerkerId === thema.trekkerMedewerkerId;
}

export function assertMagProgrammaBeheren(g: Wie): void {
  if (!magProgrammaBeheren(g))
    throw new ForbiddenError(
      'Fasen en thema’s van het veranderprogramma beheren de directeur en de programmaregisseur.',
    );
}

export function assertMagThemaBeheren(g: Wie, thema: { trekkerMedewerkerId: string | null }): void {
  if (!magThemaBeheren(g, thema))
    throw new ForbiddenError(
      'De acties en het transitieteam van een thema beheren de trekker, de directeur en de programmaregisseur.',
    );
}

/** Names of transitieteam members (with their hours): not for the OR and the college (aggregates). */
export const magLedenZien = (g: Wie) => heeft(g, IN_DE_ORGANISATIE);
