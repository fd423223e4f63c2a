import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress';
import { buildApp } from '../../src/http/app';
import { type Api, buildTeam, sessieHeaders, startApi } from './support';

/**
 * Issue 17, item 9: the web app and the API compressed (brotli, gzip), hashed assets cached for a
 * year, index.html and the SPA fallback checked on every use. A tiny built web app in a temporary
 * folder, precompressed by the same script `npm run build` runs.
 */
const ASSET = '/assets/x-abc123.js';
const assetInhoud = `export const tekst = ${JSON.stringify('Wendbaar '.repeat(400))};\n`;
const indexInhoud = `<!doctype html><html lang="nl"><head><script type="module" src="${ASSET}"></script></head><body><div id="root"></div><!--${'x'.repeat(2000)}--></body></html>`;

let api: Api;
let app: FastifyInstance;
let webRoot: string;

beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'wendbaar-web-levering-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), indexInhoud);
  writeFileSync(join(webRoot, ASSET), assetInhoud);
  writeFileSync(join(webRoot, 'assets/klein-abc123.js'), 'export {};\n');
  precompress(webRoot);
  api = await startApi();
  app = await buildApp({ db: api.db, engine: api.engine, webRoot });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await api?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('precompress (npm run build)', () => {
  it('writes .br and .gz beside text files over 1 KB, and leaves small files alone', () => {
    expect(existsSync(join(webRoot, `${ASSET}.br`))).toBe(true);
    expect(existsSync(join(webRoot, `${ASSET}.gz`))).toBe(true);
    expect(existsSync(join(webRoot, 'index.html.br'))).toBe(true);
    expect(existsSync(join(webRoot, 'assets/klein-abc123.js.br'))).toBe(false);
  });
});

describe('web app delivery', () => {
  it('sends a hashed asset brotli-compressed to a browser that accepts it, cached for a year', async () => {
    const res = await app.inject({ url: ASSET, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(String(res.headers['content-type'])).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(assetInhoud);
    expect(res.rawPayload.length).toBeLessThan(assetInhoud.length / 5);
  });

  it('sends gzip where brotli is not accepted, and the plain file without Accept-Encoding', async () => {
    const gzip = await app.inject({ url: ASSET, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(assetInhoud);

    const plat = await app.inject({ url: ASSET });
    expect(plat.statusCode).toBe(200);
    expect(plat.headers['content-encoding']).toBeUndefined();
    expect(plat.body).toBe(assetInhoud);
    expect(plat.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers HEAD and a matching If-None-Match on an asset without a body', async () => {
    const head = await app.inject({ method: 'HEAD', url: ASSET, headers: { 'accept-encoding': 'br' } });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    const eerst = await app.inject({ url: ASSET, headers: { 'accept-encoding': 'br' } });
    const etag = String(eerst.headers.etag);
    expect(etag).not.toBe('undefined');
    const opnieuw = await app.inject({
      url: ASSET,
      headers: { 'accept-encoding': 'br', 'if-none-match': etag },
    });
    expect(opnieuw.statusCode).toBe(304);
    expect(opnieuw.body).toBe('');
  });

  it('asks the browser to check index.html and every SPA page on each use', async () => {
    for (const url of ['/', '/index.html', '/teams/4f1c/capaciteit']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(String(res.headers['content-type']), url).toMatch(/^text\/html/);
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(indexInhoud);
    }
    const plat = await app.inject({ url: '/wendbaar/opgaven' });
    expect(plat.headers['content-encoding']).toBeUndefined();
    expect(plat.headers['cache-control']).toBe('no-cache');
    expect(plat.body).toBe(indexInhoud);
  });

  it('keeps a missing asset a 404, not the SPA page', async () => {
    const res = await app.inject({
      url: '/assets/bestaat-niet-123.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('API compression', () => {
  it('compresses a large JSON answer with brotli or gzip, and leaves it plain without Accept-Encoding', async () => {
    const plat = await app.inject({ url: '/api/v1/openapi.json' });
    expect(plat.headers['content-encoding']).toBeUndefined();
    expect(plat.body.length).toBeGreaterThan(10_000);

    const br = await app.inject({ url: '/api/v1/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(br.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plat.json());
    expect(br.rawPayload.length).toBeLessThan(plat.body.length / 4);

    const gzip = await app.inject({ url: '/api/v1/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plat.json());
  });

  it('compresses a signed-in list answer and keeps small problem+json answers plain', async () => {
    const res = await app.inject({
      url: '/api/v1/teams',
      headers: { ...sessieHeaders(api.app), 'accept-encoding': 'br' },
    });
    expect(res.statusCode).toBe(200);
    const tekst =
      res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.rawPayload).toString() : res.body;
    expect(JSON.parse(tekst)).toHaveProperty('resultaten');

    const fout = await app.inject({ url: '/api/v1/bestaat-niet', headers: { 'accept-encoding': 'br' } });
    expect(fout.statusCode).toBe(404);
    expect(String(fout.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect(fout.headers['content-encoding']).toBeUndefined();
    expect(fout.json().status).toBe(404);
  });

  it('compresses a streamed CSV export and leaves XLSX (already a zip) as it is', async () => {
    const headers = { ...sessieHeaders(api.app) };
    const plat = await app.inject({ url: '/api/v1/medewerkers?formaat=csv', headers });
    expect(plat.statusCode, plat.body).toBe(200);
    const br = await app.inject({
      url: '/api/v1/medewerkers?formaat=csv',
      headers: { ...headers, 'accept-encoding': 'br' },
    });
    expect(br.statusCode).toBe(200);
    expect(String(br.headers['content-type'])).toMatch(/^text\/csv/);
    expect(br.headers['content-disposition']).toBe(plat.headers['content-disposition']);
    const tekst =
      br.headers['content-encoding'] === 'br' ? brotliDecompressSync(br.rawPayload).toString() : br.body;
    expect(tekst).toBe(plat.body);

    const xlsx = await app.inject({
      url: '/api/v1/medewerkers?formaat=xlsx',
      headers: { ...headers, 'accept-encoding': 'br' },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps the ETag of a resource and answers HEAD without a body when compressing', async () => {
    const team = await buildTeam(api.app);
    const headers = { ...sessieHeaders(api.app) };
    const plat = await app.inject({ url: `/api/v1/teams/${team.id}`, headers });
    const br = await app.inject({
      url: `/api/v1/teams/${team.id}`,
      headers: { ...headers, 'accept-encoding': 'br' },
    });
    expect(plat.statusCode).toBe(200);
    expect(plat.headers.etag).toBeDefined();
    expect(br.headers.etag).toBe(plat.headers.etag);

    const head = await app.inject({
      method: 'HEAD',
      url: '/api/v1/openapi.json',
      headers: { 'accept-encoding': 'br' },
    });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });
});
