/**
 * Login through the municipality's identity provider, end to end over real HTTP: Wendbaar listens on
 * 127.0.0.1, a real OpenID Connect provider (oidc-provider) on another port, and a fetch-based
 * browser with a cookie jar walks from /auth/oidc/start through the provider's login and consent
 * pages back to the callback. No mock anywhere.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OidcInstellingen } from '../../src/access/oidc-instellingen';
import { insertAccount, updateAccount } from '../../src/db/account.repository';
import { buildApp } from '../../src/http/app';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { onEngine } from '../helpers/engine';
import {
  CookieJar,
  haal,
  loginBijProvider,
  type OidcTestProvider,
  startOidcProvider,
} from '../helpers/oidc-provider';
import { call, loginAls, startApi } from './support';

interface Omgeving {
  url: string;
  app: FastifyInstance;
}

let database: TestDatabase;
let provider: OidcTestProvider;
let strikteProvider: OidcTestProvider;
/** Confidential client, links by the personeelsnummer claim too. */
let wendbaar: Omgeving;
/** Public client: PKCE only, no secret. */
let publiek: Omgeving;
/** Against a provider that puts only `sub` in the ID token: the profile comes from UserInfo. */
let metUserInfo: Omgeving;
const apps: Omgeving[] = [];
const callbacks: string[] = [];

const accounts: Record<string, string> = {};

async function startWendbaar(oidc: (p: OidcTestProvider) => OidcInstellingen, p: OidcTestProvider) {
  const app = await buildApp({ db: database.db, engine: database.engine, oidc: oidc(p) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  callbacks.push(`${url}/auth/oidc/callback`);
  const omgeving = { url, app };
  apps.push(omgeving);
  return omgeving;
}

const instellingen = (p: OidcTestProvider, overrides: Partial<OidcInstellingen> = {}): OidcInstellingen => ({
  naam: 'Gemeente-account',
  issuer: p.issuer,
  clientId: p.clientId,
  clientSecret: p.clientSecret,
  redirectUrl: null,
  scopes: 'openid email profile personeel',
  personeelsnummerClaim: 'personeelsnummer',
  ...overrides,
});

const gebruikers = [
  { login: 'jan', email: 'Jan.de.Vries@gemeente.example', name: 'Jan de Vries' },
  // Known at the provider by a private address; Wendbaar knows him by his personeelsnummer.
  { login: 'piet', email: 'piet@prive.example', personeelsnummer: 'P-4711', name: 'Piet Bakker' },
  { login: 'oud', email: 'oud@gemeente.example' },
  { login: 'onbevestigd', email: 'onbevestigd@gemeente.example', emailVerified: false },
];

beforeAll(async () => {
  database = await createTestDatabase();
  const po = await loginAls(database.db, ['po']);
  const headers = { cookie: po.cookie, 'x-csrf-token': po['x-csrf-token'] };

  // The callbacks are known only once the apps listen, and the apps need the issuer first.
  provider = await startOidcProvider({ gebruikers, redirectUris: () => callbacks });
  strikteProvider = await startOidcProvider({
    gebruikers,
    redirectUris: () => callbacks,
    claimsInIdToken: false,
  });
  wendbaar = await startWendbaar(instellingen, provider);
  publiek = await startWendbaar(
    (p) =>
      instellingen(p, {
        clientId: p.publicClientId,
        clientSecret: null,
        scopes: 'openid email',
        personeelsnummerClaim: null,
      }),
    provider,
  );
  metUserInfo = await startWendbaar(instellingen, strikteProvider);

  accounts.jan = await insertAccount(
    database.db,
    {
      e_mail: 'jan.de.vries@gemeente.example',
      naam: 'Jan de Vries',
      medewerker_id: null,
      wachtwoord_hash: null,
    },
    ['medewerker'],
  );
  const team = await call(
    wendbaar.app,
    'POST',
    '/api/v1/teams',
    { naam: 'Vergunningen', soort: 'basisteam' },
    headers,
  );
  const medewerker = await call(
    wendbaar.app,
    'POST',
    '/api/v1/medewerkers',
    {
      personeelsnummer: 'P-4711',
      voornaam: 'Piet',
      achternaam: 'Bakker',
      eMail: 'p.bakker@gemeente.example',
      functie: 'Vergunningverlener',
      schaal: 9,
      trede: 4,
      inDienst: '2019-03-01',
      urenPerWeek: 36,
      teamId: team.data.id,
    },
    headers,
  );
  expect(medewerker.statusCode, medewerker.body).toBe(201);
  accounts.piet = await insertAccount(
    database.db,
    {
      e_mail: 'p.bakker@gemeente.example',
      naam: 'Piet Bakker',
      medewerker_id: medewerker.data.id,
      wachtwoord_hash: null,
    },
    ['teamleider', 'medewerker'],
  );
  accounts.oud = await insertAccount(
    database.db,
    { e_mail: 'oud@gemeente.example', naam: 'Oud Account', medewerker_id: null, wachtwoord_hash: null },
    ['medewerker'],
  );
  await updateAccount(database.db, accounts.oud, { actief: false });
  accounts.onbevestigd = await insertAccount(
    database.db,
    {
      e_mail: 'onbevestigd@gemeente.example',
      naam: 'Onbevestigd',
      medewerker_id: null,
      wachtwoord_hash: null,
    },
    ['medewerker'],
  );
});

afterAll(async () => {
  for (const { app } of apps) await app.close();
  await provider?.close();
  await strikteProvider?.close();
  await database?.close();
});

/** The whole journey for one login name; returns what the browser holds after the callback. */
async function logIn(omgeving: Omgeving, login: string, terug = '/teams') {
  const jar = new CookieJar();
  const issuer = omgeving === metUserInfo ? strikteProvider.issuer : provider.issuer;
  const { callbackUrl, autorisatieUrl } = await loginBijProvider(
    jar,
    `${omgeving.url}/auth/oidc/start?terug=${encodeURIComponent(terug)}`,
    issuer,
    login,
  );
  const callback = await haal(jar, callbackUrl);
  return { jar, callbackUrl, autorisatieUrl, callback, sessie: jar.waarde('wendbaar_sessie') };
}

async function huidigeSessie(omgeving: Omgeving, token: string | undefined) {
  const res = await fetch(`${omgeving.url}/api/v1/sessies/huidig`, {
    headers: token ? { cookie: `wendbaar_sessie=${token}` } : {},
  });
  return { status: res.status, data: (await res.json()) as any };
}

async function auditVoor(requestId: string) {
  return database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('actie', '=', 'GET /auth/oidc/callback')
    .execute();
}

/** The request id of the callback, from the answer's X-Request-Id header. */
async function callbackMetId(jar: CookieJar, url: URL | string) {
  const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header(new URL(url)) } });
  jar.bewaar(new URL(url), res);
  return {
    status: res.status,
    location: res.headers.get('location'),
    setCookie: res.headers.getSetCookie().join('\n'),
    requestId: res.headers.get('x-request-id')!,
  };
}

describe(onEngine('OIDC login against a real provider'), () => {
  it('logs in by e-mail with authorization code and PKCE, and lands on the page asked for', async () => {
    const jar = new CookieJar();
    const { callbackUrl, autorisatieUrl } = await loginBijProvider(
      jar,
      `${wendbaar.url}/auth/oidc/start?terug=${encodeURIComponent('/teams?zoek=a b')}`,
      provider.issuer,
      'jan',
    );
    // The authorization request: code flow, PKCE S256, state and nonce, no secret in the browser.
    expect(autorisatieUrl.origin).toBe(provider.issuer);
    const p = autorisatieUrl.searchParams;
    expect(p.get('response_type')).toBe('code');
    expect(p.get('code_challenge_method')).toBe('S256');
    expect(p.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(p.get('state')).toBeTruthy();
    expect(p.get('nonce')).toBeTruthy();
    expect(p.get('redirect_uri')).toBe(`${wendbaar.url}/auth/oidc/callback`);
    expect(p.get('scope')).toBe('openid email profile personeel');
    expect(autorisatieUrl.href).not.toContain(provider.clientSecret);
    expect(callbackUrl.href.startsWith(`${wendbaar.url}/auth/oidc/callback?`)).toBe(true);

    const callback = await callbackMetId(jar, callbackUrl);
    expect(callback.status).toBe(302);
    expect(callback.location).toBe('/teams?zoek=a%20b');
    expect(callback.setCookie).toMatch(/wendbaar_sessie=[\w-]+;.*HttpOnly/i);
    expect(callback.setCookie).toMatch(/SameSite=Lax/i);

    const sessie = await huidigeSessie(wendbaar, jar.waarde('wendbaar_sessie'));
    expect(sessie.status).toBe(200);
    expect(sessie.data.account).toMatchObject({
      id: accounts.jan,
      naam: 'Jan de Vries',
      rollen: ['medewerker'],
    });
    // The provider did the authentication, its second factor included.
    expect(sessie.data).toMatchObject({ methode: 'oidc', totpVoldaan: true, totpNodig: false });

    const [regel, ...meer] = await auditVoor(callback.requestId);
    expect(meer).toEqual([]);
    expect(regel).toMatchObject({
      actor_account_id: accounts.jan,
      actor: `account:${accounts.jan}`,
      object_type: 'account',
      object_id: accounts.jan,
      resultaat: 'gelukt',
      ip: '127.0.0.1',
    });
    expect(regel!.details).toMatchObject({ koppeling: 'e-mail', idpSubject: 'jan' });
    // Never the code or the state in the audit log.
    const vastgelegd = JSON.stringify(regel);
    expect(vastgelegd).not.toContain(callbackUrl.searchParams.get('code')!);
    expect(vastgelegd).not.toContain(callbackUrl.searchParams.get('state')!);
  });

  it('links by the personeelsnummer claim through the medewerker, whatever e-mail the provider has', async () => {
    const { callback, sessie } = await logIn(wendbaar, 'piet', '/');
    expect(callback.status).toBe(302);
    expect(callback.location).toBe(`${wendbaar.url}/`);
    const huidig = await huidigeSessie(wendbaar, sessie);
    expect(huidig.data.account).toMatchObject({ id: accounts.piet, eMail: 'p.bakker@gemeente.example' });
    expect(huidig.data.account.rollen).toEqual(['medewerker', 'teamleider']);
    const [regel] = await database.db
      .selectFrom('audit_log')
      .select('details')
      .where('object_id', '=', accounts.piet!)
      .where('actie', '=', 'GET /auth/oidc/callback')
      .execute();
    expect(regel!.details).toMatchObject({ koppeling: 'personeelsnummer' });
  });

  it('refuses someone the provider knows but Wendbaar has no account for, and audits it', async () => {
    const jar = new CookieJar();
    const { callbackUrl } = await loginBijProvider(
      jar,
      `${wendbaar.url}/auth/oidc/start`,
      provider.issuer,
      'vreemde',
    );
    const callback = await callbackMetId(jar, callbackUrl);
    expect(callback.status).toBe(302);
    expect(callback.location).toBe('/inloggen?fout=onbekend-account');
    expect(callback.setCookie).not.toContain('wendbaar_sessie');
    expect(jar.waarde('wendbaar_sessie')).toBeUndefined();

    // No account was made: accounts and roles are given by a beheerder.
    const gemaakt = await database.db
      .selectFrom('account')
      .select('id')
      .where('e_mail', '=', 'vreemde@elders.example')
      .execute();
    expect(gemaakt).toEqual([]);

    const [regel] = await auditVoor(callback.requestId);
    expect(regel).toMatchObject({
      actor_account_id: null,
      actor: 'anoniem',
      object_type: 'account',
      object_id: null,
      resultaat: 'geweigerd',
    });
    expect(regel!.details).toMatchObject({ fout: 'onbekend-account', idpSubject: 'vreemde' });
    // The audit log can never be rewritten, so it holds no e-mail address anonymisation would have to remove.
    expect(JSON.stringify(regel)).not.toContain('vreemde@elders.example');
  });

  it('refuses an inactive account', async () => {
    const { callback, sessie } = await logIn(wendbaar, 'oud');
    expect(callback.location).toBe(`${wendbaar.url}/inloggen?fout=geweigerd`);
    expect(sessie).toBeUndefined();
    const regels = await database.db
      .selectFrom('audit_log')
      .select(['resultaat', 'object_id'])
      .where('object_id', '=', accounts.oud!)
      .execute();
    expect(regels).toEqual([{ resultaat: 'geweigerd', object_id: accounts.oud }]);
  });

  it('refuses an e-mail address the provider says is not verified', async () => {
    const { callback, sessie } = await logIn(wendbaar, 'onbevestigd');
    expect(callback.location).toBe(`${wendbaar.url}/inloggen?fout=geweigerd`);
    expect(sessie).toBeUndefined();
  });

  it('refuses a replayed callback and an unknown state', async () => {
    const eerst = await logIn(wendbaar, 'jan');
    expect(eerst.sessie).toBeDefined();

    // The same answer again, from another browser: the state was used up.
    const anders = new CookieJar();
    const opnieuw = await callbackMetId(anders, eerst.callbackUrl);
    expect(opnieuw.status).toBe(302);
    expect(opnieuw.location).toBe('/inloggen?fout=verlopen');
    expect(anders.waarde('wendbaar_sessie')).toBeUndefined();
    const [regel] = await auditVoor(opnieuw.requestId);
    expect(regel).toMatchObject({ resultaat: 'geweigerd', object_id: null });

    const verzonnen = await callbackMetId(
      new CookieJar(),
      `${wendbaar.url}/auth/oidc/callback?code=abc&state=verzonnen`,
    );
    expect(verzonnen.location).toBe('/inloggen?fout=verlopen');
  });

  it('refuses a tampered code without an error page, and the real code is then of no use either', async () => {
    const jar = new CookieJar();
    const { callbackUrl } = await loginBijProvider(
      jar,
      `${wendbaar.url}/auth/oidc/start`,
      provider.issuer,
      'jan',
    );
    const echteCode = callbackUrl.searchParams.get('code')!;
    const vervalst = new URL(callbackUrl);
    vervalst.searchParams.set('code', `${echteCode.slice(0, -4)}AAAA`);
    const callback = await callbackMetId(jar, vervalst);
    expect(callback.status).toBe(302);
    expect(callback.location).toBe('/inloggen?fout=fout');
    expect(jar.waarde('wendbaar_sessie')).toBeUndefined();
    const [regel] = await auditVoor(callback.requestId);
    expect(regel).toMatchObject({ resultaat: 'geweigerd' });
    expect(String((regel!.details as any).reden)).toContain('invalid_grant');

    const daarna = await callbackMetId(jar, callbackUrl);
    expect(daarna.location).toBe('/inloggen?fout=verlopen');
    expect(jar.waarde('wendbaar_sessie')).toBeUndefined();
  });

  it('refuses a code sent back with another login’s state (the PKCE verifier and nonce do not fit)', async () => {
    const eerste = new CookieJar();
    const a = await loginBijProvider(eerste, `${wendbaar.url}/auth/oidc/start`, provider.issuer, 'jan');
    const tweede = new CookieJar();
    const b = await loginBijProvider(tweede, `${wendbaar.url}/auth/oidc/start`, provider.issuer, 'piet');
    // Piet's code with Jan's state: an attacker injecting a code into someone else's login.
    const gemengd = new URL(a.callbackUrl);
    gemengd.searchParams.set('code', b.callbackUrl.searchParams.get('code')!);
    const callback = await callbackMetId(eerste, gemengd);
    expect(callback.location).toBe('/inloggen?fout=fout');
    expect(eerste.waarde('wendbaar_sessie')).toBeUndefined();
  });

  it('answers a cancelled login at the provider with geweigerd', async () => {
    const jar = new CookieJar();
    const start = await haal(jar, `${wendbaar.url}/auth/oidc/start`);
    const state = new URL(start.location!).searchParams.get('state')!;
    const callback = await callbackMetId(
      jar,
      `${wendbaar.url}/auth/oidc/callback?error=access_denied&error_description=End-User+aborted&state=${state}`,
    );
    expect(callback.location).toBe('/inloggen?fout=geweigerd');
  });

  it.each([
    ['no query', ''],
    ['an empty query', '?'],
    ['an empty state', '?state='],
    ['no state', '?code=abc'],
    ['two states', '?state=a&state=b&code=c'],
    ['broken percent-encoding', '?code=abc&state=%E0%A4%A'],
    ['bracket keys', '?code[]=a&state[x]=b'],
    ['a huge state', `?code=abc&state=${'x'.repeat(5000)}`],
    ['a provider error without state', '?error=server_error'],
  ])('never answers a broken callback (%s) with an error page', async (_naam, zoek) => {
    const callback = await callbackMetId(new CookieJar(), `${wendbaar.url}/auth/oidc/callback${zoek}`);
    expect(callback.status).toBe(302);
    expect(callback.location).toMatch(/^\/inloggen\?fout=(fout|verlopen)$/);
    expect(callback.setCookie).not.toContain('wendbaar_sessie');
  });

  it('sends the browser back only to a path on this server', async () => {
    for (const terug of ['//elders.example/pad', 'https://elders.example/', '/\\elders.example', 'teams']) {
      const { callback } = await logIn(wendbaar, 'jan', terug);
      expect(callback.location, terug).toBe(`${wendbaar.url}/`);
    }
  });

  it('works as a public client with PKCE only', async () => {
    const { autorisatieUrl, callback, sessie } = await logIn(publiek, 'jan');
    expect(autorisatieUrl.searchParams.get('client_id')).toBe(provider.publicClientId);
    expect(callback.location).toBe(`${publiek.url}/teams`);
    const huidig = await huidigeSessie(publiek, sessie);
    expect(huidig.data.account.id).toBe(accounts.jan);
  });

  it('takes the e-mail and personeelsnummer from UserInfo when the ID token holds only the subject', async () => {
    const jan = await logIn(metUserInfo, 'jan');
    expect((await huidigeSessie(metUserInfo, jan.sessie)).data.account.id).toBe(accounts.jan);
    const piet = await logIn(metUserInfo, 'piet');
    expect((await huidigeSessie(metUserInfo, piet.sessie)).data.account.id).toBe(accounts.piet);
  });

  it('redirects to the provider despite the CSP, which only limits form posts', async () => {
    const res = await fetch(`${wendbaar.url}/auth/oidc/start`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')!.startsWith(`${provider.issuer}/auth?`)).toBe(true);
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('shows the OIDC button on the login page settings, and keeps the routes out of the API description', async () => {
    const methoden = await call(wendbaar.app, 'GET', '/api/v1/inlogmethoden');
    expect(methoden.data.oidc).toEqual({ naam: 'Gemeente-account', startUrl: '/auth/oidc/start' });
    const openapi = await call(wendbaar.app, 'GET', '/api/v1/openapi.json');
    expect(Object.keys(openapi.data.paths).filter((p) => p.includes('oidc'))).toEqual([]);
  });
});

describe(onEngine('OIDC with an unreachable provider'), () => {
  it('sends the browser back to the login page instead of an error page, and keeps no pending login', async () => {
    const app = await buildApp({
      db: database.db,
      engine: database.engine,
      // Port 1 on this machine: nothing listens there.
      oidc: instellingen(provider, { issuer: 'http://127.0.0.1:1' }),
    });
    try {
      const voor = await database.db.selectFrom('oidc_aanvraag').select('state').execute();
      const res = await app.inject({ method: 'GET', url: '/auth/oidc/start?terug=/teams' });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/inloggen?fout=fout');
      const na = await database.db.selectFrom('oidc_aanvraag').select('state').execute();
      expect(na).toHaveLength(voor.length);
    } finally {
      await app.close();
    }
  });
});

describe(onEngine('OIDC not configured'), () => {
  it('answers both routes with 404 problem+json', async () => {
    const api = await startApi();
    try {
      for (const url of ['/auth/oidc/start?terug=/teams', '/auth/oidc/callback?code=a&state=b']) {
        const res = await call(api.app, 'GET', url);
        expect(res.statusCode, url).toBe(404);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.data).toMatchObject({ status: 404, title: 'Niet gevonden' });
      }
      expect((await call(api.app, 'GET', '/api/v1/inlogmethoden')).data.oidc).toBeNull();
    } finally {
      await api.close();
    }
  });
});
