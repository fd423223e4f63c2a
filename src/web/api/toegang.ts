/**
 * The typed API client for access: logging in and out, the second factor, one's own account, and
 * (for the beheerder) accounts and the audit log. Each answer is typed by its operation in the
 * generated schema (./contract.ts), the named types are in ./toegang.types.ts.
 */
import type { QueryParams, RequestBody, ResponseBody } from './contract';
import { apiUrl, request } from './http';
import type { AccountFilter, AccountPatch, AuditFilter, NewAccount } from './toegang.types';

const enc = encodeURIComponent;

// ---------------------------------------------------------------- sessions

export const getInlogmethoden = () =>
  request<ResponseBody<'listInlogmethoden'>>('GET', '/inlogmethoden', { stil: true });
export const listDemoAccounts = () =>
  request<ResponseBody<'listDemoAccounts'>>('GET', '/demo-accounts', { stil: true });
export const login = (eMail: string, wachtwoord: string) =>
  request<ResponseBody<'login'>>('POST', '/sessies', {
    body: { eMail, wachtwoord } satisfies RequestBody<'login'>,
    stil: true,
  });
/** The current session; a 401 (no session) is an answer here, not a reason to leave the page. */
export const getSessie = () => request<ResponseBody<'getSessie'>>('GET', '/sessies/huidig', { stil: true });
export const logout = () => request<void>('DELETE', '/sessies/huidig', { stil: true });
export const logoutEverywhere = () => request<void>('DELETE', '/sessies', { stil: true });
export const verifyTotp = (code: string) =>
  request<ResponseBody<'verifyTotp'>>('POST', '/sessies/huidig/totp-verificaties', {
    body: { code } satisfies RequestBody<'verifyTotp'>,
  });

// ---------------------------------------------------------------- own account

export const startTotp = () => request<ResponseBody<'startTotp'>>('POST', '/accounts/huidig/totp');
export const confirmTotp = (code: string) =>
  request<ResponseBody<'confirmTotp'>>('POST', '/accounts/huidig/totp/bevestigingen', {
    body: { code } satisfies RequestBody<'confirmTotp'>,
  });
export const changePassword = (huidigWachtwoord: string, nieuwWachtwoord: string) =>
  request<void>('POST', '/accounts/huidig/wachtwoorden', {
    body: { huidigWachtwoord, nieuwWachtwoord } satisfies RequestBody<'changePassword'>,
  });
export const exportPersoonsgegevens = () =>
  request<ResponseBody<'exportPersoonsgegevens'>>('GET', '/accounts/huidig/persoonsgegevens');

// ---------------------------------------------------------------- accounts (beheer)

export const listAccounts = (filter: AccountFilter = {}) =>
  request<ResponseBody<'listAccounts'>>('GET', '/accounts', { query: filter });
export const getAccount = (accountId: string) =>
  request<ResponseBody<'getAccount'>>('GET', `/accounts/${enc(accountId)}`);
export const createAccount = (account: NewAccount) =>
  request<ResponseBody<'createAccount'>>('POST', '/accounts', { body: account });
export const updateAccount = (accountId: string, versie: number, patch: AccountPatch) =>
  request<ResponseBody<'updateAccount'>>('PATCH', `/accounts/${enc(accountId)}`, { body: patch, versie });
export const resetPassword = (accountId: string) =>
  request<ResponseBody<'resetPassword'>>('POST', `/accounts/${enc(accountId)}/wachtwoord-resets`);
export const resetTotp = (accountId: string) =>
  request<ResponseBody<'resetTotp'>>('POST', `/accounts/${enc(accountId)}/totp-resets`);

/** AVG: anonymise a departed medewerker after the retention period (beheerder). */
export const anonimiseerMedewerker = (medewerkerId: string) =>
  request<ResponseBody<'anonimiseerMedewerker'>>('POST', `/medewerkers/${enc(medewerkerId)}/anonimiseringen`);

// ---------------------------------------------------------------- audit log (beheer)

export const listAuditregels = (filter: AuditFilter) =>
  request<ResponseBody<'listAuditregels'>>('GET', '/auditregels', { query: filter });
/** The CSV export of the same filter, as a link the browser downloads (with the session cookie). */
export const auditCsvUrl = (filter: AuditFilter) =>
  apiUrl('/auditregels', {
    ...filter,
    pagina: undefined,
    paginaGrootte: undefined,
    formaat: 'csv',
  } satisfies QueryParams<'listAuditregels'>);
export const verifyAuditlog = () =>
  request<ResponseBody<'verifyAuditlog'>>('GET', '/auditregels/verificatie');
