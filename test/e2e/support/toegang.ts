/**
 * Logging in for the browser tests: demo accounts, TOTP codes that respect the server's replay
 * protection, a browser login through the real login page, and an API session (cookie + CSRF token)
 * for the test's own calls.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { totpCode } from '../../../src/access/totp';
import { DEMO_TOTP_GEHEIM, DEMO_WACHTWOORD } from '../../../src/demo/demo-accounts';

export const SESSIE_COOKIE = 'wendbaar_sessie';
export { DEMO_TOTP_GEHEIM, DEMO_WACHTWOORD };

export type DemoRol =
  | 'medewerker'
  | 'teamleider'
  | 'programmaregisseur'
  | 'directeur'
  | 'po'
  | 'or'
  | 'college'
  | 'beheerder';

export const demoEMail = (rol: DemoRol) => `${rol}@demo-gemeente.nl`;
/** Roles whose demo account has the public demo TOTP secret. */
export const MET_TOTP: readonly DemoRol[] = ['directeur', 'po', 'beheerder'];

const PERIODE = 30_000;
const stapVan = (ms: number) => Math.floor(ms / PERIODE);
const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A code can be used once per account: the server keeps the step of the last accepted code and
 * accepts one step early or late. This clock remembers which steps this test file used per account
 * (each file has its own server) and waits for a fresh step when needed, so tests do not depend on
 * each other's logins.
 */
export class TotpKlok {
  private readonly gebruikt = new Map<string, number>();

  /** A valid code of a step this account has not used yet (the current or the next one). */
  async code(eMail: string, geheim: string = DEMO_TOTP_GEHEIM): Promise<string> {
    const vorige = this.gebruikt.get(eMail) ?? Number.NEGATIVE_INFINITY;
    let nu = stapVan(Date.now());
    while (vorige + 1 > nu + 1) {
      await slaap(500);
      nu = stapVan(Date.now());
    }
    const stap = Math.max(nu, vorige + 1);
    this.gebruikt.set(eMail, stap);
    return totpCode(geheim, stap * PERIODE + PERIODE / 2);
  }

  /**
   * Before the UI enters the server's current code itself (demo mode): wait until the current step
   * is unused, and count it (and, to be safe across a step boundary, the next one) as used.
   */
  async wachtOpVerseStap(eMail: string): Promise<void> {
    const vorige = this.gebruikt.get(eMail) ?? Number.NEGATIVE_INFINITY;
    while (stapVan(Date.now()) <= vorige) await slaap(500);
  }

  markeerGebruikt(eMail: string): void {
    this.gebruikt.set(eMail, stapVan(Date.now()) + 1);
  }

  /** A six-digit code that is not valid now for this secret (for the "wrong code" test). */
  static fouteCode(geheim: string = DEMO_TOTP_GEHEIM): string {
    const geldig = new Set([-1, 0, 1].map((d) => totpCode(geheim, Date.now() + d * PERIODE)));
    for (let n = 0; ; n++) {
      const kandidaat = String(123456 + n * 111).padStart(6, '0');
      if (!geldig.has(kandidaat)) return kandidaat;
    }
  }
}

/**
 * Logs in through the login page with e-mail and password and, when asked, the TOTP code; ends
 * when the app shows its main menu.
 */
export async function loginInBrowser(
  page: Page,
  baseUrl: string,
  eMail: string,
  klok: TotpKlok,
  wachtwoord: string = DEMO_WACHTWOORD,
): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(eMail);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(wachtwoord);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  const menu = page.locator('nav[aria-label="Hoofdmenu"]');
  const totp = page.getByLabel('Code', { exact: true });
  await menu.or(totp).first().waitFor();
  if (await totp.isVisible()) {
    await totp.fill(await klok.code(eMail));
    await page.getByRole('button', { name: 'Code controleren' }).click();
  }
  await menu.waitFor();
}

export interface ApiSessie {
  cookie: string;
  csrfToken: string;
  /** fetch on the API (path from /api/v1) with the session cookie and, on writes, the CSRF token. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  json<T = any>(path: string): Promise<T>;
}

function apiSessie(baseUrl: string, cookie: string, csrfToken: string): ApiSessie {
  const doFetch = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Cookie', `${SESSIE_COOKIE}=${cookie}`);
    headers.set('X-CSRF-Token', csrfToken);
    if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return fetch(`${baseUrl}/api/v1${path}`, { ...init, headers });
  };
  return {
    cookie,
    csrfToken,
    fetch: doFetch,
    async json(path) {
      const response = await doFetch(path);
      if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
  };
}

/** The API session of a browser context that has logged in (no second login, no extra TOTP code). */
export async function apiVanContext(context: BrowserContext, baseUrl: string): Promise<ApiSessie> {
  const cookie = (await context.cookies(baseUrl)).find((c) => c.name === SESSIE_COOKIE);
  if (!cookie) throw new Error('De browser heeft geen sessiecookie');
  const response = await fetch(`${baseUrl}/api/v1/sessies/huidig`, {
    headers: { Cookie: `${SESSIE_COOKIE}=${cookie.value}` },
  });
  if (!response.ok) throw new Error(`GET /sessies/huidig: ${response.status}`);
  const sessie = (await response.json()) as { csrfToken: string };
  return apiSessie(baseUrl, cookie.value, sessie.csrfToken);
}

/** Logs in through the API (with the TOTP step when the account needs it). */
export async function apiLogin(
  baseUrl: string,
  eMail: string,
  klok: TotpKlok,
  wachtwoord: string = DEMO_WACHTWOORD,
): Promise<ApiSessie> {
  const response = await fetch(`${baseUrl}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ eMail, wachtwoord }),
  });
  if (response.status !== 201)
    throw new Error(`Inloggen ${eMail}: ${response.status} ${await response.text()}`);
  const sessie = (await response.json()) as { csrfToken: string; totpNodig: boolean; totpVoldaan: boolean };
  const cookie = /wendbaar_sessie=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error('Geen sessiecookie');
  const api = apiSessie(baseUrl, cookie, sessie.csrfToken);
  if (sessie.totpNodig && !sessie.totpVoldaan) {
    const totp = await api.fetch('/sessies/huidig/totp-verificaties', {
      method: 'POST',
      body: JSON.stringify({ code: await klok.code(eMail) }),
    });
    if (totp.status !== 201) throw new Error(`TOTP ${eMail}: ${totp.status} ${await totp.text()}`);
  }
  return api;
}
