/**
 * Types of the access part of the API (sessions, login methods, accounts and the audit log): names for
 * the generated types in ./schema.d.ts (`npm run api:types`). The roles come from the domain itself.
 */
import type { QueryParams, RequestBody, ResponseBody, Schemas } from './contract';

export { isRol, ROLLEN, type Rol } from '../../domain/rol';

export type Sessie = Schemas['Sessie'];
export type Inlogmethoden = ResponseBody<'listInlogmethoden'>;
export type DemoAccount = ResponseBody<'listDemoAccounts'>['resultaten'][number];
export type TotpVoorstel = ResponseBody<'startTotp'>;

export type Account = Schemas['Account'];
export type AccountFilter = QueryParams<'listAccounts'>;
export type NewAccount = RequestBody<'createAccount'>;
export type AccountPatch = RequestBody<'updateAccount'>;

export type Auditregel = Schemas['Auditregel'];
export type AuditResultaat = Auditregel['resultaat'];
/** The filter of the audit log's page and of its CSV export (which sets `formaat` itself). */
export type AuditFilter = Omit<QueryParams<'listAuditregels'>, 'formaat'>;
export type AuditVerificatie = ResponseBody<'verifyAuditlog'>;
