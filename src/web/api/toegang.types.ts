/** Types of the access part of the API: sessions, login methods, accounts and the audit log. */

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

export function isRol(value: string): value is Rol {
  return (ROLLEN as readonly string[]).includes(value);
}

export interface Sessie {
  account: {
    id: string;
    naam: string;
    eMail: string;
    medewerkerId: string | null;
    rollen: Rol[];
  };
  /** Basisteams this person leads today. */
  teamIds: string[];
  methode: 'wachtwoord' | 'oidc';
  totpIngesteld: boolean;
  totpNodig: boolean;
  totpVoldaan: boolean;
  wachtwoordWijzigen: boolean;
  csrfToken: string;
}

export interface Inlogmethoden {
  wachtwoord: boolean;
  oidc: { naam: string; startUrl: string } | null;
  demo: boolean;
}

export interface DemoAccount {
  eMail: string;
  naam: string;
  wachtwoord: string;
  /** The current code for the second step, for the roles that need one. */
  totpCode: string | null;
}

export interface TotpVoorstel {
  geheim: string;
  otpauthUri: string;
}

export interface Account {
  id: string;
  eMail: string;
  naam: string;
  medewerkerId: string | null;
  rollen: Rol[];
  actief: boolean;
  totpIngesteld: boolean;
  wachtwoordWijzigen: boolean;
  versie: number;
}

export interface NewAccount {
  eMail: string;
  naam: string;
  medewerkerId?: string | null;
  rollen: Rol[];
}

export interface AccountPatch {
  naam?: string;
  rollen?: Rol[];
  actief?: boolean;
}

export type AuditResultaat = 'gelukt' | 'geweigerd' | 'mislukt';

export interface Auditregel {
  id: number;
  tijdstempel: string;
  actorAccountId: string | null;
  actor: string;
  /** The account's name, while the account exists. */
  actorNaam: string | null;
  actie: string;
  objectType: string | null;
  objectId: string | null;
  resultaat: AuditResultaat;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  hash: string;
}

export interface AuditFilter {
  /** ISO 8601 date-time */
  van?: string;
  tot?: string;
  actie?: string;
  resultaat?: AuditResultaat | '';
  objectType?: string;
  objectId?: string;
  pagina?: number;
  paginaGrootte?: number;
}

export interface AuditVerificatie {
  gecontroleerd: number;
  intact: boolean;
  fouten: { id: number; soort: string; melding: string }[];
}
