import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashWachtwoord } from '../../src/access/wachtwoord';
import type { ProxyInstelling } from '../../src/config';
import { insertAccount } from '../../src/db/account.repository';
import { buildApp } from '../../src/http/app';
import { type Api, call, loginAls, type Sessie, startApi } from './support';

/**
 * Issue 18, findings 5 and 11: a client cannot choose its own address through X-Forwarded-For unless
 * a proxy is configured, and a beheerder cannot widen their own rights (nor block themself), while
 * every change to an account is audited with what it was and what it became.
 */
let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const auditVan = (requestId: string) =>
  api.db.selectFrom('audit_log').selectAll().where('request_id', '=', requestId).executeTakeFirstOrThrow();

const wijzigAccount = async (als: Sessie, accountId: string, body: unknown) => {
  const huidig = await call(api.app, 'GET', `/api/v1/accounts/${accountId}`, undefined, als);
  expect(huidig.statusCode).toBe(200);
  return call(api.app, 'PATCH', `/api/v1/accounts/${accountId}`, body, {
    ...als,
    'if-match': String(huidig.headers.etag),
  });
};

const rollenVan = async (accountId: string) =>
  (await api.db.selectFrom('account_rol').select('rol').where('account_id', '=', accountId).execute())
    .map((r) => r.rol)
    .sort();

describe('a beheerder and their own account', () => {
  it('cannot grant themself a role: 403 with a message that says who can, nothing changed', async () => {
    const zelf = await loginAls(api.db, ['beheerder']);
    const res = await wijzigAccount(zelf, zelf.accountId, { rollen: ['beheerder', 'po', 'directeur'] });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data).toMatchObject({ type: 'urn:wendbaar:probleem:eigen-account', status: 403 });
    expect(res.data.detail).toContain('andere beheerder');
    expect(await rollenVan(zelf.accountId)).toEqual(['beheerder']);
    // The refused attempt is on record too.
    const regel = await auditVan(String(res.headers['x-request-id']));
    expect(regel).toMatchObject({ resultaat: 'geweigerd', object_id: zelf.accountId });
  });

  it('cannot drop a role of their own either', async () => {
    const zelf = await loginAls(api.db, ['beheerder', 'po']);
    const res = await wijzigAccount(zelf, zelf.accountId, { rollen: ['beheerder'] });
    expect(res.statusCode).toBe(403);
    expect(await rollenVan(zelf.accountId)).toEqual(['beheerder', 'po']);
  });

  it('cannot block themself', async () => {
    const zelf = await loginAls(api.db, ['beheerder']);
    const res = await wijzigAccount(zelf, zelf.accountId, { actief: false });
    expect(res.statusCode).toBe(403);
    expect(res.data.detail).toContain('andere beheerder');
    const rij = await api.db
      .selectFrom('account')
      .select('actief')
      .where('id', '=', zelf.accountId)
      .executeTakeFirstOrThrow();
    expect(rij.actief).toBe(true);
    // Still logged in: the refusal ended no session.
    expect((await call(api.app, 'GET', '/api/v1/sessies/huidig', undefined, zelf)).statusCode).toBe(200);
  });

  it('may change their own name, sending their unchanged roles and state along as the form does', async () => {
    const zelf = await loginAls(api.db, ['beheerder']);
    const res = await wijzigAccount(zelf, zelf.accountId, {
      naam: 'Nieuwe Naam',
      rollen: ['beheerder'],
      actief: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ naam: 'Nieuwe Naam', rollen: ['beheerder'], actief: true });
    const regel = await auditVan(String(res.headers['x-request-id']));
    expect(regel.details).toMatchObject({
      veranderd: { naam: { voor: 'Test beheerder', na: 'Nieuwe Naam' } },
    });
    expect(regel.details.veranderd).not.toHaveProperty('rollen');
    expect(regel.details.veranderd).not.toHaveProperty('actief');
  });

  it('sees in `mag` that their own roles and blocking are for another beheerder', async () => {
    const zelf = await loginAls(api.db, ['beheerder']);
    const ander = await loginAls(api.db, ['medewerker']);
    const eigen = await call(api.app, 'GET', `/api/v1/accounts/${zelf.accountId}`, undefined, zelf);
    expect(eigen.data.mag).toEqual({ rollenWijzigen: false, blokkeren: false });
    const andermans = await call(api.app, 'GET', `/api/v1/accounts/${ander.accountId}`, undefined, zelf);
    expect(andermans.data.mag).toEqual({ rollenWijzigen: true, blokkeren: true });
    const lijst = await call(api.app, 'GET', '/api/v1/accounts?paginaGrootte=100', undefined, zelf);
    const mag = new Map(lijst.data.resultaten.map((a: { id: string; mag: unknown }) => [a.id, a.mag]));
    expect(mag.get(zelf.accountId)).toEqual({ rollenWijzigen: false, blokkeren: false });
    expect(mag.get(ander.accountId)).toEqual({ rollenWijzigen: true, blokkeren: true });
  });
});

describe('another beheerder', () => {
  it('changes the roles, and the audit record holds the roles before and after', async () => {
    const eerste = await loginAls(api.db, ['beheerder']);
    const tweede = await loginAls(api.db, ['beheerder']);
    const res = await wijzigAccount(tweede, eerste.accountId, { rollen: ['po', 'beheerder'] });
    expect(res.statusCode).toBe(200);
    expect(res.data.rollen).toEqual(['beheerder', 'po']);
    expect(await rollenVan(eerste.accountId)).toEqual(['beheerder', 'po']);
    const regel = await auditVan(String(res.headers['x-request-id']));
    expect(regel).toMatchObject({
      actie: 'PATCH /accounts/{accountId}',
      resultaat: 'gelukt',
      actor_account_id: tweede.accountId,
      object_id: eerste.accountId,
    });
    expect(regel.details).toMatchObject({
      status: 200,
      veranderd: { rollen: { voor: ['beheerder'], na: ['beheerder', 'po'] } },
    });
    expect(regel.details.veranderd).not.toHaveProperty('naam');
  });

  it('blocks the account, recorded with blocked before and after; its sessions end', async () => {
    const eerste = await loginAls(api.db, ['beheerder']);
    const tweede = await loginAls(api.db, ['beheerder']);
    const res = await wijzigAccount(tweede, eerste.accountId, { actief: false, naam: 'Geblokkeerde' });
    expect(res.statusCode).toBe(200);
    expect(res.data.actief).toBe(false);
    const regel = await auditVan(String(res.headers['x-request-id']));
    expect(regel.details).toMatchObject({
      veranderd: {
        actief: { voor: true, na: false },
        naam: { voor: 'Test beheerder', na: 'Geblokkeerde' },
      },
    });
    expect((await call(api.app, 'GET', '/api/v1/sessies/huidig', undefined, eerste)).statusCode).toBe(401);
  });
});

describe('X-Forwarded-For', () => {
  let volg = 0;
  const wachtwoordAccount = async () => {
    volg++;
    const eMail = `proxy${volg}@example.nl`;
    await insertAccount(
      api.db,
      {
        e_mail: eMail,
        naam: `Proxy ${volg}`,
        medewerker_id: null,
        wachtwoord_hash: await hashWachtwoord('een heel goed wachtwoord'),
      },
      ['medewerker'],
    );
    return eMail;
  };
  const login = (app: FastifyInstance, eMail: string, remoteAddress: string, headers = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      headers: { 'content-type': 'application/json', ...headers },
      payload: { eMail, wachtwoord: 'fout' },
      remoteAddress,
    });
  const metProxy = async (proxy: ProxyInstelling) => {
    const app = await buildApp({ db: api.db, engine: api.engine, proxy });
    await app.ready();
    return app;
  };

  it('is not believed by default: the audit log keeps the real address and the throttle still fires', async () => {
    const eMail = await wachtwoordAccount();
    const statussen: number[] = [];
    for (let i = 1; i <= 25; i++) {
      const res = await login(api.app, eMail, '10.3.0.1', { 'x-forwarded-for': `198.51.100.${i}` });
      statussen.push(res.statusCode);
      const regel = await auditVan(String(res.headers['x-request-id']));
      expect(regel.ip).toBe('10.3.0.1');
    }
    // Every attempt came from one address: whatever the throttle keys on, it is not fooled.
    expect(statussen).toContain(429);
    const vervalst = await api.db
      .selectFrom('audit_log')
      .select('ip')
      .where('ip', 'like', '198.51.100.%')
      .execute();
    expect(vervalst).toEqual([]);
  });

  it('is not believed for the protocol either: no HSTS for a forged X-Forwarded-Proto', async () => {
    const res = await api.app.inject({
      method: 'GET',
      url: '/api/v1/openapi.json',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('is believed from a configured proxy (the loopback address), and only from it', async () => {
    const app = await metProxy(['127.0.0.1']);
    try {
      const eMail = await wachtwoordAccount();
      const via = await login(app, eMail, '127.0.0.1', { 'x-forwarded-for': '203.0.113.9' });
      expect((await auditVan(String(via.headers['x-request-id']))).ip).toBe('203.0.113.9');
      const direct = await login(app, eMail, '10.4.0.1', { 'x-forwarded-for': '203.0.113.10' });
      expect((await auditVan(String(direct.headers['x-request-id']))).ip).toBe('10.4.0.1');
      const https = await app.inject({
        method: 'GET',
        url: '/api/v1/openapi.json',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(https.headers['strict-transport-security']).toBeDefined();
    } finally {
      await app.close();
    }
  });

  it('takes the address one hop behind the socket with a hop count of 1', async () => {
    const app = await metProxy(1);
    try {
      const eMail = await wachtwoordAccount();
      const res = await login(app, eMail, '10.5.0.1', { 'x-forwarded-for': '192.0.2.1, 203.0.113.11' });
      expect((await auditVan(String(res.headers['x-request-id']))).ip).toBe('203.0.113.11');
    } finally {
      await app.close();
    }
  });
});
