import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app';
import { type Api, buildTeam, call, sessieHeaders, snapshot, startApi } from './support';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

describe('HTTP conventions', () => {
  it('sends API-Version and the security headers on every answer, errors included', async () => {
    for (const url of ['/api/v1/teams', '/api/v1/bestaat-niet', '/api/v1/openapi.json']) {
      const res = await call(api.app, 'GET', url);
      expect(res.headers['api-version'], url).toBe('1.2.0');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(String(res.headers['content-security-policy']), url).toContain("frame-ancestors 'none'");
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('publishes the OpenAPI document with CORS and the version of the header', async () => {
    const res = await call(api.app, 'GET', '/api/v1/openapi.json');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.data.info.version).toBe('1.2.0');
    expect(res.data.info.contact).toMatchObject({
      name: expect.any(String),
      email: expect.any(String),
      url: expect.any(String),
    });
    expect(Object.keys(res.data.paths)).toContain('/medewerkers/{medewerkerId}/contracturen');
    for (const pad of Object.keys(res.data.paths)) expect(pad).toMatch(/^\/[a-z0-9{}/-]+[a-z}]$/i);
  });

  it('names the server relative by default and absolute over https when the public address is set', async () => {
    const relatief = await call(api.app, 'GET', '/api/v1/openapi.json');
    expect(relatief.data.servers).toEqual([{ url: '/api/v1', description: 'Deze server' }]);
    const publiek = await buildApp({
      db: api.db,
      engine: api.engine,
      publiekeUrl: 'https://wendbaar.gemeente.nl',
    });
    try {
      const res = await publiek.inject({ url: '/api/v1/openapi.json' });
      expect(res.json().servers[0].url).toBe('https://wendbaar.gemeente.nl/api/v1');
    } finally {
      await publiek.close();
    }
  });

  it('serves a readable docs page', async () => {
    const res = await api.app.inject({ url: '/api/v1/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });

  it('answers malformed JSON, wrong media types and oversized bodies with problem+json, never 500', async () => {
    const voor = await snapshot(api);
    const kapot = await api.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: { 'content-type': 'application/json', ...sessieHeaders(api.app) },
      payload: '{"naam": ',
    });
    expect(kapot.statusCode).toBe(400);
    expect(kapot.headers['content-type']).toContain('application/problem+json');
    const leeg = await api.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: { 'content-type': 'application/json', ...sessieHeaders(api.app) },
      payload: '',
    });
    expect(leeg.statusCode).toBe(400);
    const tekst = await api.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: { 'content-type': 'text/plain', ...sessieHeaders(api.app) },
      payload: 'hallo',
    });
    expect(tekst.statusCode).toBe(415);
    expect(tekst.headers['content-type']).toContain('application/problem+json');
    const groot = await api.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: { 'content-type': 'application/json', ...sessieHeaders(api.app) },
      payload: JSON.stringify({ naam: 'x'.repeat(200_000), soort: 'basisteam' }),
    });
    expect(groot.statusCode).toBe(413);
    expect(groot.headers['content-type']).toContain('application/problem+json');
    const array = await call(api.app, 'POST', '/api/v1/teams', [1, 2]);
    expect(array.statusCode).toBe(400);
    const nul = await call(api.app, 'POST', '/api/v1/teams', null);
    expect(nul.statusCode).toBe(400);
    expect(await snapshot(api)).toBe(voor);
  });

  it('refuses the NUL character, which PostgreSQL cannot store, in any body or query field', async () => {
    const voor = await snapshot(api);
    const res = await call(api.app, 'POST', '/api/v1/opgaven', {
      titel: 'Wijk\u0000aanpak',
      omschrijving: 'x',
      stakeholders: [{ naam: 'a\u0000' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'titel',
      'stakeholders.0.naam',
    ]);
    const zoek = await call(api.app, 'GET', '/api/v1/medewerkers?zoek=a%00b');
    expect(zoek.statusCode).toBe(400);
    expect(zoek.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'zoek', code: 'ongeldig-teken' }),
    ]);
    expect(await snapshot(api)).toBe(voor);
  });

  it('treats a malformed If-Match as a stale version', async () => {
    const team = await buildTeam(api.app);
    const res = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${team.id}`,
      { naam: 'X' },
      { 'if-match': 'onzin' },
    );
    expect(res.statusCode).toBe(412);
  });
});
