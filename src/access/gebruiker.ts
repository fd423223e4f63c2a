import type { Rol } from '../domain/rol';

/** The caller of a request, as the services see it: who, which roles, and how far their reach goes. */
export interface Gebruiker {
  accountId: string;
  naam: string;
  eMail: string;
  medewerkerId: string | null;
  rollen: Rol[];
  /** Basisteams this person leads today: a teamleider's reach. */
  teamIds: string[];
  sessieId: string;
  csrfToken: string;
  totpIngesteld: boolean;
  totpNodig: boolean;
  totpVoldaan: boolean;
  wachtwoordWijzigen: boolean;
  methode: 'wachtwoord' | 'oidc';
}

const heeft = (g: Pick<Gebruiker, 'rollen'>, ...rollen: Rol[]) => g.rollen.some((r) => rollen.includes(r));

/** Someone's personnel data (contract, scale, history): themselves, their teamleider, directie and P&O. */
export function magPersoonsgegevensZien(
  g: Gebruiker,
  doel: { medewerkerId: string; teamId: string | null },
): boolean {
  if (heeft(g, 'directeur', 'po')) return true;
  if (g.medewerkerId === doel.medewerkerId) return true;
  return heeft(g, 'teamleider') && doel.teamId !== null && g.teamIds.includes(doel.teamId);
}

/** Availability and expertise: also every programmaregisseur, who matches people to work. */
export function magInzetbaarheidZien(
  g: Gebruiker,
  doel: { medewerkerId: string; teamId: string | null },
): boolean {
  return heeft(g, 'programmaregisseur') || magPersoonsgegevensZien(g, doel);
}

/**
 * Personnel data of EVERY medewerker a list can hold (the register, or with `teamId` one team's
 * members today), so a filter or sort on it reveals nothing: directie and P&O; a teamleider for an
 * own team.
 */
export function magVanIedereenPersoonsgegevensZien(
  g: Pick<Gebruiker, 'rollen' | 'teamIds'>,
  teamId: string | null,
): boolean {
  if (heeft(g, 'directeur', 'po')) return true;
  return heeft(g, 'teamleider') && teamId !== null && g.teamIds.includes(teamId);
}

/** Availability and expertise of every medewerker a list can hold: also every programmaregisseur. */
export function magVanIedereenInzetbaarheidZien(
  g: Pick<Gebruiker, 'rollen' | 'teamIds'>,
  teamId: string | null,
): boolean {
  return heeft(g, 'programmaregisseur') || magVanIedereenPersoonsgegevensZien(g, teamId);
}

/** Recording expertise: the medewerker, their teamleider, directie and P&O. */
export function magExpertiseWijzigen(
  g: Gebruiker,
  doel: { medewerkerId: string; teamId: string | null },
): boolean {
  return magPersoonsgegevensZien(g, doel);
}

/** A team in full (members' hours, its expertise matrix): its teamleider, programmaregisseurs, directie and P&O. */
export function magTeamVolledigZien(g: Gebruiker, teamId: string): boolean {
  if (heeft(g, 'directeur', 'po', 'programmaregisseur')) return true;
  return heeft(g, 'teamleider') && g.teamIds.includes(teamId);
}

/** Named changes and signals about people on the organisation overview. */
export function magPersoonssignalenZien(g: Gebruiker): boolean {
  return heeft(g, 'directeur', 'po');
}

/** Planning a team (result goals, inzet, absence in bulk): its own teamleider and the directie. */
export function magTeamPlannen(g: Gebruiker, teamId: string): boolean {
  if (heeft(g, 'directeur')) return true;
  return heeft(g, 'teamleider') && g.teamIds.includes(teamId);
}
