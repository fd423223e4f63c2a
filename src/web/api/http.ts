/**
 * The one place of the web app that calls `fetch`: JSON in and out, the session cookie
 * (`credentials: 'same-origin'`), the CSRF token on every write, and problem+json errors as
 * {@link ProblemError}. A 401 or a "finish logging in first" 403 (second factor, own password) is
 * also reported to the session layer (see {@link setAuthListener}), which sends the user to the
 * login page or the step still owed.
 */
import type { InvalidParam, Problem } from './types';

export const API_BASE = '/api/v1';

export const PROBLEEM_TOTP_NODIG = 'urn:wendbaar:probleem:totp-nodig';
/** The server answers everything but the password change with this until a one-time password is replaced. */
export const PROBLEEM_WACHTWOORD_WIJZIGEN = 'urn:wendbaar:probleem:wachtwoord-wijzigen';
const STAP_NODIG = new Set([PROBLEEM_TOTP_NODIG, PROBLEEM_WACHTWOORD_WIJZIGEN]);

/** An error answer of the API, or a network failure (status 0). */
export class ProblemError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly invalidParams: InvalidParam[];
  readonly problem: Problem;
  /** Seconds from a Retry-After header (429). */
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ProblemError';
    this.status = status;
    this.title = problem.title ?? `HTTP ${status}`;
    this.detail = problem.detail;
    this.invalidParams = problem.invalidParams ?? [];
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** 412: somebody else changed the resource since it was read. */
  get isConflict(): boolean {
    return this.status === 412;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** 403 because the caller's role may not do this. */
  get isForbidden(): boolean {
    return this.status === 403 && !STAP_NODIG.has(this.problem.type ?? '');
  }
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: object;
  body?: unknown;
  /** The `versie` the client last read; sent as `If-Match: "<versie>"`. */
  versie?: number;
  /** A file sent as the body itself (a salary table: text/csv or XLSX) instead of JSON. */
  bestand?: Blob;
  /**
   * Do not report a 401 to the session layer: for logging in and for asking whether there is a
   * session at all, where "not logged in" is an answer and not a reason to leave the page.
   */
  stil?: boolean;
}

export interface AuthListener {
  /** The server does not know (or no longer knows) this session. */
  nietIngelogd(): void;
  /** The session still owes a login step: its second factor or its own password. */
  stapNodig(): void;
}

let csrfToken: string | null = null;
let listener: AuthListener | null = null;

/** Set by the session layer from every session the server returns; sent as X-CSRF-Token on writes. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setAuthListener(next: AuthListener | null): void {
  listener = next;
}

export function buildQuery(query: object | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The URL of an API path with a query, e.g. for a download link. */
export function apiUrl(path: string, query?: object): string {
  return `${API_BASE}${path}${buildQuery(query)}`;
}

const SCHRIJVEN = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.bestand) headers['Content-Type'] = options.bestand.type;
  if (options.versie !== undefined) headers['If-Match'] = `"${options.versie}"`;
  if (SCHRIJVEN.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body: options.bestand ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ProblemError(0, {
      title: 'Geen verbinding met de server',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const problem: Problem =
      body && typeof body === 'object'
        ? (body as Problem)
        : { title: response.statusText, status: response.status };
    const retryAfter = Number(response.headers.get('Retry-After')) || undefined;
    if (response.status === 401 && !options.stil) listener?.nietIngelogd();
    if (response.status === 403 && STAP_NODIG.has(problem.type ?? '')) listener?.stapNodig();
    throw new ProblemError(response.status, problem, retryAfter);
  }
  return body as T;
}
