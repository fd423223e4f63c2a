import type { InzetverzoekStatus } from '../domain/inzetverzoek';
import { INZETVERZOEK_STAPPEN, type InzetverzoekStap } from '../domain/inzetverzoek-stappen';
import { ForbiddenError } from '../domain/probleem';
import { type Gebruiker, magInzetbaarheidZien, magTeamPlannen, magTeamVolledigZien } from './gebruiker';
import { magRoute } from './routes';

/** What of an inzetverzoek decides who may see it and act on it. */
export interface InzetverzoekDoel {
  teamId: string;
  teamNaam: string;
  medewerkerId: string;
  status: InzetverzoekStatus;
  /** The account that asked; null for a request whose asker's account is gone. */
  aangevraagdDoorAccountId: string | null;
}

const heeft = (g: Gebruiker, ...rollen: Gebruiker['rollen']) => g.rollen.some((r) => rollen.includes(r));

/** The asker, the teamleider of the team, the medewerker, and those who staff or steer (all requests). */
export function magInzetverzoekZien(g: Gebruiker, v: InzetverzoekDoel): boolean {
  if (heeft(g, 'directeur', 'programmaregisseur', 'po')) return true;
  if (heeft(g, 'teamleider') && g.teamIds.includes(v.teamId)) return true;
  if (v.aangevraagdDoorAccountId !== null && v.aangevraagdDoorAccountId === g.accountId) return true;
  return g.medewerkerId === v.medewerkerId;
}

/**
 * What of consent's consequences a caller sees on a request they may see: the person's free hours
 * are their availability (magInzetbaarheidZien), the team's share for robust work is the team in
 * full (magTeamVolledigZien). A medewerker sees their own hours, not the team's.
 */
export function inzetGevolgenZicht(
  g: Gebruiker,
  v: InzetverzoekDoel,
): { medewerker: boolean; team: boolean } {
  return {
    medewerker: magInzetbaarheidZien(g, { medewerkerId: v.medewerkerId, teamId: v.teamId }),
    team: magTeamVolledigZien(g, v.teamId),
  };
}

/**
 * Who takes a step: the teamleider of the medewerker's team (or the directie) answers a request;
 * only the asker accepts a counter-proposal or withdraws. A second programmaregisseur may call the
 * same route for their own requests, not for a colleague's.
 */
function isDeBeslisser(g: Gebruiker, v: InzetverzoekDoel, stap: InzetverzoekStap): boolean {
  const wie = INZETVERZOEK_STAPPEN[stap].wie;
  if (wie === 'teamleider') return magTeamPlannen(g, v.teamId);
  return v.aangevraagdDoorAccountId !== null && v.aangevraagdDoorAccountId === g.accountId;
}

/** May the caller take this step now: the route, the reach and the request's state? For the buttons. */
export function magInzetverzoekStap(g: Gebruiker, v: InzetverzoekDoel, stap: InzetverzoekStap): boolean {
  const s = INZETVERZOEK_STAPPEN[stap];
  return (
    magRoute(g, `POST /inzetverzoeken/{inzetverzoekId}/${s.pad}`) &&
    isDeBeslisser(g, v, stap) &&
    (s.van as readonly InzetverzoekStatus[]).includes(v.status)
  );
}

/** The caller's abilities on one request, as each response carries them (`mag`). */
export function inzetverzoekMag(
  g: Gebruiker,
  v: InzetverzoekDoel,
): Record<InzetverzoekStap | 'beslissen', boolean> {
  return {
    // Whether the caller answers this request (its team's teamleider, or the directie), in any state:
    // the inbox lists the counter-proposals they wait on by it.
    beslissen:
      magRoute(g, 'POST /inzetverzoeken/{inzetverzoekId}/instemmingen') && isDeBeslisser(g, v, 'instemmen'),
    instemmen: magInzetverzoekStap(g, v, 'instemmen'),
    afwijzen: magInzetverzoekStap(g, v, 'afwijzen'),
    tegenvoorstellen: magInzetverzoekStap(g, v, 'tegenvoorstellen'),
    aanvaarden: magInzetverzoekStap(g, v, 'aanvaarden'),
    intrekken: magInzetverzoekStap(g, v, 'intrekken'),
  };
}

/** 403 when the caller is not the one who takes this step; the state is the domain's to check (409). */
export function assertIsDeBeslisser(g: Gebruiker, v: InzetverzoekDoel, stap: InzetverzoekStap): void {
  if (isDeBeslisser(g, v, stap)) return;
  throw new ForbiddenError(
    INZETVERZOEK_STAPPEN[stap].wie === 'teamleider'
      ? `Over dit verzoek beslist de teamleider van ${v.teamNaam}, of de directie.`
      : 'Alleen wie het verzoek deed, kan een tegenvoorstel aanvaarden of het verzoek intrekken.',
  );
}

export function assertMagInzetverzoekZien(g: Gebruiker, v: InzetverzoekDoel): void {
  if (magInzetverzoekZien(g, v)) return;
  throw new ForbiddenError(
    'Dit inzetverzoek is voor de aanvrager, de teamleider van het team en de medewerker zelf.',
  );
}
