import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLLEN } from '../../src/domain/rol';
import { buildApp } from '../../src/http/app';
import { ZONDER_VERSIE } from '../../src/http/versie.plugin';
import { type Api, buildTeam, call, loginAls, sessieHeaders, snapshot, startApi } from './support';

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
      expect(res.headers['api-version'], url).toBe('1.12.0');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(String(res.headers['content-security-policy']), url).toContain("frame-ancestors 'none'");
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('publishes the OpenAPI document with CORS and the version of the header', async () => {
    const res = await call(api.app, 'GET', '/api/v1/openapi.json');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.data.info.version).toBe('1.12.0');
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

  describe('versions (If-Match) over the whole OpenAPI document', () => {
    type Operatie = {
      method: string;
      pad: string;
      ifMatch: boolean;
      schema: string | undefined;
    };
    const operaties = async (): Promise<Operatie[]> => {
      const doc = (await call(api.app, 'GET', '/api/v1/openapi.json')).data;
      return Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([pad, item]) =>
        ['get', 'post', 'patch', 'put', 'delete']
          .filter((m) => item[m])
          .map((m) => {
            const op = item[m];
            const gelukt = Object.keys(op.responses).find((c) => c.startsWith('2'));
            return {
              method: m.toUpperCase(),
              pad,
              ifMatch: (op.parameters ?? []).some(
                (p: { $ref?: string }) => p.$ref === '#/components/parameters/IfMatch',
              ),
              schema: gelukt ? op.responses[gelukt].content?.['application/json']?.schema?.$ref : undefined,
            };
          }),
      );
    };

    /**
     * A step: a POST below a versioned resource (`/opgaven/{opgaveId}/…`) that answers that resource
     * itself, as its GET does: it changes the resource, whose version the caller read.
     */
    const isStap = (o: Operatie, alle: Operatie[]) =>
      o.method === 'POST' &&
      alle.some(
        (item) =>
          item.method === 'GET' &&
          item.pad.endsWith('}') &&
          o.pad.startsWith(`${item.pad}/`) &&
          item.schema !== undefined &&
          item.schema === o.schema,
      );

    it('declares If-Match on every PATCH, PUT, DELETE and step, or lists why not in one place', async () => {
      const alle = await operaties();
      const ontbreekt = alle
        .filter((o) => ['PATCH', 'PUT', 'DELETE'].includes(o.method) || isStap(o, alle))
        .filter((o) => !o.ifMatch && !ZONDER_VERSIE[`${o.method} ${o.pad}`])
        .map((o) => `${o.method} ${o.pad}`);
      expect(ontbreekt).toEqual([]);
      // Every step of a dossier or request needs it, not just some.
      for (const stap of [
        'POST /opgaven/{opgaveId}/overgangen',
        'POST /bestuursopdrachten/{bestuursopdrachtId}/overgangen',
        'POST /inzetverzoeken/{inzetverzoekId}/instemmingen',
        'POST /inzetverzoeken/{inzetverzoekId}/intrekkingen',
      ]) {
        expect(
          alle.some((o) => `${o.method} ${o.pad}` === stap && o.ifMatch),
          stap,
        ).toBe(true);
      }
      // No exception is stale or contradicts the document, and each says why.
      for (const [sleutel, waarom] of Object.entries(ZONDER_VERSIE)) {
        const o = alle.find((x) => `${x.method} ${x.pad}` === sleutel);
        expect(o, sleutel).toBeDefined();
        expect(o!.ifMatch, sleutel).toBe(false);
        expect(waarom.length, sleutel).toBeGreaterThan(20);
      }
    });

    it('answers 428 without If-Match and 412 with a malformed one on every operation that declares it', async () => {
      const alle = await operaties();
      const metIfMatch = alle.filter((o) => o.ifMatch);
      expect(metIfMatch.length).toBeGreaterThan(20);
      // Every role at once, so the policy lets the request through to the version check.
      const sessie = await loginAls(api.db, [...ROLLEN]);
      const headers = { cookie: sessie.cookie, 'x-csrf-token': sessie['x-csrf-token'] };
      const voor = await snapshot(api);
      const afwijkingen: string[] = [];
      for (const o of metIfMatch) {
        const url = `/api/v1${o.pad}`.replace(/\{\w+\}/g, (naam) =>
          naam === '{week}' ? '2026-W10' : '00000000-0000-4000-8000-000000000000',
        );
        const body = o.method === 'DELETE' ? undefined : {};
        const zonder = await call(api.app, o.method as never, url, body, headers);
        if (zonder.statusCode !== 428 || !String(zonder.headers['content-type']).includes('problem+json'))
          afwijkingen.push(`${o.method} ${o.pad} zonder If-Match: ${zonder.statusCode} ${zonder.body}`);
        const onzin = await call(api.app, o.method as never, url, body, { ...headers, 'if-match': '"x"' });
        if (onzin.statusCode !== 412 || !String(onzin.headers['content-type']).includes('problem+json'))
          afwijkingen.push(`${o.method} ${o.pad} met If-Match "x": ${onzin.statusCode} ${onzin.body}`);
      }
      expect(afwijkingen).toEqual([]);
      expect(await snapshot(api)).toBe(voor);
    });

    it('still refuses a caller without the role with 403, not with 428', async () => {
      const medewerker = await loginAls(api.db, ['medewerker']);
      const res = await call(
        api.app,
        'POST',
        '/api/v1/opgaven/00000000-0000-4000-8000-000000000000/overgangen',
        { naar: 'verkenning' },
        { cookie: medewerker.cookie, 'x-csrf-token': medewerker['x-csrf-token'] },
      );
      expect(res.statusCode).toBe(403);
    });
  });
});
