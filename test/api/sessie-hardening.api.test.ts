import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/access/totp';
import { hashWachtwoord } from '../../src/access/wachtwoord';
import { insertAccount } from '../../src/db/account.repository';
import type { Rol } from '../../src/domain/rol';
import { MAX_PER_PAAR } from '../../src/domain/wachtwoord-pogingen';
import { type Api, call, startApi } from './support';

/**
 * Issue 18, items 7 and 8: an unfinished session can only finish itself, a password change ends the
 * other sessions, the throttles hold under parallel requests and cannot be turned against the owner,
 * and weak or earlier passwords are refused.
 */
let api: Api;
const GEHEIM = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const WACHTWOORD = 'een heel goed wachtwoord';
let volg = 0;

beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

async function account(rollen: Rol[], opties: { totp?: boolean; eenmalig?: boolean } = {}) {
  volg++;
  const eMail = `hardening${volg}@example.nl`;
  const id = await insertAccount(
    api.db,
    {
      e_mail: eMail,
      naam: `Hardening ${volg}`,
      medewerker_id: null,
      wachtwoord_hash: await hashWachtwoord(WACHTWOORD),
      wachtwoord_wijzigen: opties.eenmalig ?? false,
      totp_geheim: opties.totp ? GEHEIM : null,
    },
    rollen,
  );
  return { id, eMail };
}

async function login(eMail: string, wachtwoord = WACHTWOORD, ip = '10.7.0.1') {
  const res = await api.app.inject({
    method: 'POST',
    url: '/api/v1/sessies',
    headers: { 'content-type': 'application/json', cookie: '' },
    payload: { eMail, wachtwoord },
    remoteAddress: ip,
  });
  const token = /wendbaar_sessie=([^;]+)/.exec(String(res.headers['set-cookie'] ?? ''))?.[1];
  const data = res.json();
  return {
    status: res.statusCode,
    headers: res.headers,
    data,
    sessie: { cookie: token ? `wendbaar_sessie=${token}` : '', 'x-csrf-token': data.csrfToken ?? '' },
  };
}

const wijzig = (sessie: Record<string, string>, huidigWachtwoord: string, nieuwWachtwoord: string) =>
  call(
    api.app,
    'POST',
    '/api/v1/accounts/huidig/wachtwoorden',
    { huidigWachtwoord, nieuwWachtwoord },
    sessie,
  );

describe('a session that owes its second factor', () => {
  it('cannot change the password or end the other sessions; after the code it can', async () => {
    const a = await account(['po'], { totp: true });
    const eerste = await login(a.eMail);
    await call(
      api.app,
      'POST',
      '/api/v1/sessies/huidig/totp-verificaties',
      { code: totpCode(GEHEIM) },
      eerste.sessie,
    );
    const half = await login(a.eMail);
    expect(half.data).toMatchObject({ totpNodig: true, totpVoldaan: false });

    const wachtwoord = await wijzig(half.sessie, WACHTWOORD, 'een ander lang wachtwoord');
    expect(wachtwoord.statusCode).toBe(403);
    expect(wachtwoord.data.type).toBe('urn:wendbaar:probleem:totp-nodig');
    const overal = await call(api.app, 'DELETE', '/api/v1/sessies', undefined, half.sessie);
    expect(overal.statusCode).toBe(403);
    expect(overal.data.type).toBe('urn:wendbaar:probleem:totp-nodig');
    // Nothing happened: the owner's finished session still works, and this one may still finish itself.
    expect((await call(api.app, 'GET', '/api/v1/medewerkers', undefined, eerste.sessie)).statusCode).toBe(
      200,
    );
    expect((await call(api.app, 'GET', '/api/v1/sessies/huidig', undefined, half.sessie)).statusCode).toBe(
      200,
    );
    expect((await login(a.eMail, 'een ander lang wachtwoord')).status).toBe(401);
  });
});

describe('changing the password', () => {
  it('ends every other session of the account and keeps this one', async () => {
    const a = await account(['medewerker']);
    const hier = await login(a.eMail);
    const elders = await login(a.eMail, WACHTWOORD, '10.7.0.2');
    const ander = await account(['medewerker']);
    const vanEenAnder = await login(ander.eMail);

    const nieuw = 'mijn fiets staat in de gang';
    expect((await wijzig(hier.sessie, WACHTWOORD, nieuw)).statusCode).toBe(204);

    expect((await call(api.app, 'GET', '/api/v1/sessies/huidig', undefined, elders.sessie)).statusCode).toBe(
      401,
    );
    expect((await call(api.app, 'GET', '/api/v1/sessies/huidig', undefined, hier.sessie)).statusCode).toBe(
      200,
    );
    expect((await call(api.app, 'GET', '/api/v1/teams', undefined, hier.sessie)).statusCode).toBe(200);
    expect(
      (await call(api.app, 'GET', '/api/v1/sessies/huidig', undefined, vanEenAnder.sessie)).statusCode,
    ).toBe(200);
    expect((await login(a.eMail, nieuw)).status).toBe(201);
  });

  it('refuses common, breached, current, one-time and previous passwords with a clear problem', async () => {
    const a = await account(['medewerker'], { eenmalig: true });
    const { sessie } = await login(a.eMail);
    for (const zwak of ['123456789012', 'wachtwoord12', 'Welkom2024!!', 'qwertyuiop12', 'W@chtw00rd2025']) {
      const r = await wijzig(sessie, WACHTWOORD, zwak);
      expect(r.statusCode, zwak).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.data.invalidParams, zwak).toEqual([
        expect.objectContaining({ name: 'nieuwWachtwoord', code: 'veelgebruikt' }),
      ]);
      expect(r.data.invalidParams[0].reason).toContain('veelgebruikte of uitgelekte');
    }
    // The one-time password (the current one) may not stay.
    const eenmalig = await wijzig(sessie, WACHTWOORD, WACHTWOORD);
    expect(eenmalig.statusCode).toBe(400);
    expect(eenmalig.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'nieuwWachtwoord', code: 'eerder-gebruikt' }),
    ]);

    const eigen = 'de kat slaapt op de bank';
    expect((await wijzig(sessie, WACHTWOORD, eigen)).statusCode).toBe(204);
    // Going back to the previous (here: the one-time) password is refused too.
    const terug = await wijzig(sessie, eigen, WACHTWOORD);
    expect(terug.statusCode).toBe(400);
    expect(terug.data.invalidParams[0]).toMatchObject({ name: 'nieuwWachtwoord', code: 'eerder-gebruikt' });
    // Both problems at once: wrong current password and a weak new one.
    const beide = await wijzig(sessie, 'fout', 'wachtwoord12');
    expect(beide.data.invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'huidigWachtwoord',
      'nieuwWachtwoord',
    ]);
  });
});

describe('a session on a one-time password', () => {
  it('gets 403 on everything but the password change until it chooses its own', async () => {
    const a = await account(['programmaregisseur'], { eenmalig: true });
    const { sessie, data } = await login(a.eMail);
    expect(data.wachtwoordWijzigen).toBe(true);
    const kandidaten = '/api/v1/capaciteitsvragen/00000000-0000-4000-8000-000000000000/kandidaten';

    for (const pad of [
      '/api/v1/opgaven',
      kandidaten,
      '/api/v1/teams',
      '/api/v1/accounts/huidig/persoonsgegevens',
    ]) {
      const r = await call(api.app, 'GET', pad, undefined, sessie);
      expect(r.statusCode, pad).toBe(403);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.data.type, pad).toBe('urn:wendbaar:probleem:wachtwoord-wijzigen');
    }
    expect((await call(api.app, 'DELETE', '/api/v1/sessies', undefined, sessie)).statusCode).toBe(403);
    expect((await call(api.app, 'GET', '/api/v1/sessies/huidig', undefined, sessie)).statusCode).toBe(200);

    expect((await wijzig(sessie, WACHTWOORD, 'het regent vandaag in utrecht')).statusCode).toBe(204);
    expect((await call(api.app, 'GET', '/api/v1/opgaven', undefined, sessie)).statusCode).toBe(200);
    expect((await call(api.app, 'GET', kandidaten, undefined, sessie)).statusCode).not.toBe(403);
  });

  it('with a second factor owed too: first the code, then the password', async () => {
    const a = await account(['po'], { totp: true, eenmalig: true });
    const { sessie } = await login(a.eMail);
    expect((await wijzig(sessie, WACHTWOORD, 'het regent vandaag in utrecht')).data.type).toBe(
      'urn:wendbaar:probleem:totp-nodig',
    );
    const code = await call(
      api.app,
      'POST',
      '/api/v1/sessies/huidig/totp-verificaties',
      { code: totpCode(GEHEIM) },
      sessie,
    );
    expect(code.statusCode).toBe(201);
    expect((await call(api.app, 'GET', '/api/v1/medewerkers', undefined, sessie)).data.type).toBe(
      'urn:wendbaar:probleem:wachtwoord-wijzigen',
    );
    expect((await wijzig(sessie, WACHTWOORD, 'het regent vandaag in utrecht')).statusCode).toBe(204);
    expect((await call(api.app, 'GET', '/api/v1/medewerkers', undefined, sessie)).statusCode).toBe(200);
  });
});

describe('the login throttle', () => {
  it('evaluates at most the limit of 40 parallel wrong passwords from one address', async () => {
    const a = await account(['medewerker']);
    const antwoorden = await Promise.all(
      Array.from({ length: 40 }, () => login(a.eMail, 'fout wachtwoord', '10.8.0.1')),
    );
    const statussen = antwoorden.map((r) => r.status);
    expect(statussen.filter((s) => s === 401)).toHaveLength(MAX_PER_PAAR);
    expect(statussen.filter((s) => s === 429)).toHaveLength(40 - MAX_PER_PAAR);
    const geweigerd = antwoorden.find((r) => r.status === 429);
    expect(Number(geweigerd?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not let wrong passwords from one address lock the owner out at another', async () => {
    const a = await account(['medewerker']);
    for (let i = 0; i < 10; i++) await login(a.eMail, 'fout wachtwoord', '10.9.0.1');
    // The guesser's address is refused, the right password included.
    expect((await login(a.eMail, WACHTWOORD, '10.9.0.1')).status).toBe(429);
    // The owner elsewhere gets in (after a short, growing delay for the account).
    expect((await login(a.eMail, WACHTWOORD, '10.9.0.2')).status).toBe(201);
  });

  it('counts the TOTP step atomically too', async () => {
    const a = await account(['po'], { totp: true });
    const { sessie } = await login(a.eMail);
    const antwoorden = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(api.app, 'POST', '/api/v1/sessies/huidig/totp-verificaties', { code: '000000' }, sessie),
      ),
    );
    const statussen = antwoorden.map((r) => r.statusCode);
    expect(statussen.filter((s) => s === 400)).toHaveLength(MAX_PER_PAAR);
    expect(statussen.filter((s) => s === 429)).toHaveLength(20 - MAX_PER_PAAR);
  });
});
