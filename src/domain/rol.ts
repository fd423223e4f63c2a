/** The roles of domain.md; an account may hold several. */
export const ROLLEN = [
  'medewerker',
  'teamleider',
  'programmaregisseur',
  'directeur',
  'po',
  'or',
  'college',
  'beheerder',
] as const;

export type Rol = (typeof ROLLEN)[number];

export const ROL_NAAM: Record<Rol, string> = {
  medewerker: 'Medewerker',
  teamleider: 'Teamleider',
  programmaregisseur: 'Programmaregisseur',
  directeur: 'Directeur',
  po: 'P&O',
  or: 'Ondernemingsraad',
  college: 'College van B&W',
  beheerder: 'Beheerder',
};

/** Roles that must use a second factor by default (BIO2: privileged and personnel-data access). */
export const ROLLEN_MET_VERPLICHTE_TOTP: readonly Rol[] = ['beheerder', 'po', 'directeur'];

export function isRol(value: string): value is Rol {
  return (ROLLEN as readonly string[]).includes(value);
}

export function totpVerplicht(rollen: readonly Rol[]): boolean {
  return rollen.some((r) => ROLLEN_MET_VERPLICHTE_TOTP.includes(r));
}
