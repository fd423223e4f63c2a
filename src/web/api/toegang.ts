/**
 * The typed API client for access: logging in and out, the second factor, one's own account, and
 * (for the beheerder) accounts and the audit log.
 */
import { apiUrl, request } from './http';
import type {
  Account,
  AccountPatch,
  AuditFilter,
  Auditregel,
  AuditVerificatie,
  DemoAccount,
  Inlogmethoden,
  NewAccount,
  Sessie,
  TotpVoorstel,
} from './toegang.types';
import type { ListResponse } from './types';

const enc = encodeURIComponent;

// ---------------------------------------------------------------- sessions

export const getInlogmethoden = () => request<Inlogmethoden>('GET', '/inlogmethoden', { stil: true });
export const listDemoAccounts = () =>
  request<{ resultaten: DemoAccount[] }>('GET', '/demo-accounts', { stil: true });
export const login = (eMail: string, wachtwoord: string) =>
  request<Sessie>('POST', '/sessies', { body: { eMail, wachtwoord }, stil: true });
/** The current session; a 401 (no session) is an answer here, not a reason to leave the page. */
export const getSessie = () => request<Sessie>('GET', '/sessies/huidig', { stil: true });
export const logout = () => request<void>('DELETE', '/sessies/huidig', { stil: true });
export const logoutEverywhere = () => request<void>('DELETE', '/sessies', { stil: true });
export const verifyTotp = (code: string) =>
  request<Sessie>('POST', '/sessies/huidig/totp-verificaties', { body: { code } });

// ---------------------------------------------------------------- own account

export const startTotp = () => request<TotpVoorstel>('POST', '/accounts/huidig/totp');
export const confirmTotp = (code: string) =>
  request<Sessie>('POST', '/accounts/huidig/totp/bevestigingen', { body: { code } });
export const changePassword = (huidigWachtwoord: string, nieuwWachtwoord: string) =>
  request<void>('POST', '/accounts/huidig/wachtwoorden', { body: { huidigWachtwoord, nieuwWachtwoord } });
export const exportPersoonsgegevens = () =>
  request<Record<string, unknown>>('GET', '/accounts/huidig/persoonsgegevens');

// ---------------------------------------------------------------- accounts (beheer)

export const listAccounts = (filter: { zoek?: string; pagina?: number; paginaGrootte?: number } = {}) =>
  request<ListResponse<Account>>('GET', '/accounts', { query: filter });
export const getAccount = (accountId: string) => request<Account>('GET', `/accounts/${enc(accountId)}`);
export const createAccount = (account: NewAccount) =>
  request<{ account: Account; tijdelijkWachtwoord: string }>('POST', '/accounts', { body: account });
export const updateAccount = (accountId: string, versie: number, patch: AccountPatch) =>
  request<Account>('PATCH', `/accounts/${enc(accountId)}`, { body: patch, versie });
export const resetPassword = (accountId: string) =>
  request<{ tijdelijkWachtwoord: string }>('POST', `/accounts/${enc(accountId)}/wachtwoord-resets`);
export const resetTotp = (accountId: string) =>
  request<Account>('POST', `/accounts/${enc(accountId)}/totp-resets`);

/** AVG: anonymise a departed medewerker after the retention period (beheerder). */
export const anonimiseerMedewerker = (medewerkerId: string) =>
  request<{ medewerkerId: string; pseudoniem: string }>(
    'POST',
    `/medewerkers/${enc(medewerkerId)}/anonimiseringen`,
  );

// ---------------------------------------------------------------- audit log (beheer)

export const listAuditregels = (filter: AuditFilter) =>
  request<ListResponse<Auditregel>>('GET', '/auditregels', { query: filter });
/** The CSV export of the same filter, as a link the browser downloads (with the session cookie). */
export const auditCsvUrl = (filter: AuditFilter) =>
  apiUrl('/auditregels', { ...filter, pagina: undefined, paginaGrootte: undefined, formaat: 'csv' });
export const verifyAuditlog = () => request<AuditVerificatie>('GET', '/auditregels/verificatie');
