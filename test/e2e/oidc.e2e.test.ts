/**
 * The OIDC journey in real Chromium: the real Wendbaar server (`wendbaar start`, configured by the
 * OIDC_* environment variables as an operator would) and a real OpenID Connect provider
 * (oidc-provider), both on 127.0.0.1. Open the login page, choose the municipality's account, log
 * in on the provider's own page, and land back in Wendbaar logged in.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OidcTestProvider, startOidcProvider } from '../helpers/oidc-provider';
import { browserAvailable, launchBrowser, screenshot } from './support/browser';
import { ensureWebBuild } from './support/server';

const root = resolve(import.meta.dirname, '../..');
const KNOP = 'Gemeente Testdorp-account';

async function vrijePoort(): Promise<number> {
  return new Promise((klaar, mis) => {
    const server = createServer();
    server.once('error', mis);
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      const poort = typeof adres === 'object' && adres ? adres.port : 0;
      server.close(() => klaar(poort));
    });
  });
}

/** `wendbaar start` on a scratch data folder with the demo municipality and the OIDC settings. */
async function startWendbaar(poort: number, provider: OidcTestProvider) {
  const dataDir = mkdtempSync(join(tmpdir(), 'wendbaar-e2e-oidc-'));
  let uitvoer = '';
  const kind: ChildProcess = spawn(process.execPath, [join(root, 'bin/wendbaar.mjs'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(poort),
      HOST: '127.0.0.1',
      WENDBAAR_DATA_DIR: dataDir,
      NODE_ENV: 'test',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_NAAM: KNOP,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  kind.stdout?.on('data', (d) => {
    uitvoer += d;
  });
  kind.stderr?.on('data', (d) => {
    uitvoer += d;
  });
  const url = `http://127.0.0.1:${poort}`;
  const stop = async () => {
    if (kind.exitCode === null) {
      const weg = new Promise((r) => kind.once('exit', r));
      kind.kill('SIGTERM');
      await Promise.race([weg, new Promise((r) => setTimeout(r, 10_000))]);
      if (kind.exitCode === null) kind.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const tot = Date.now() + 120_000;
  for (;;) {
    if (kind.exitCode !== null) {
      await stop();
      throw new Error(`Wendbaar stopte (exit ${kind.exitCode}):\n${uitvoer}`);
    }
    try {
      const res = await fetch(`${url}/api/v1/inlogmethoden`);
      if (res.ok) break;
    } catch {
      // luistert nog niet
    }
    if (Date.now() > tot) {
      await stop();
      throw new Error(`Wendbaar antwoordde niet binnen 120 s:\n${uitvoer}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop };
}

/** Logs in on the provider's own pages (its development login form, then consent when asked). */
async function loginBijProvider(page: Page, issuer: string, login: string, schermafdruk?: string) {
  await page.waitForURL((u) => u.href.startsWith(`${issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('wat-dan-ook');
  if (schermafdruk) await screenshot(page, schermafdruk);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => !u.href.startsWith(`${issuer}/auth`) || u.href.includes('/interaction/'));
  if (page.url().startsWith(`${issuer}/interaction/`)) {
    // The consent page: Wendbaar asks for openid, e-mail and profile.
    await page.locator('input[name="prompt"][value="consent"]').waitFor({ state: 'attached' });
    await page.locator('button[type="submit"]').click();
  }
}

/** Opens the login page and clicks the button with the configured name (GET /api/v1/inlogmethoden). */
async function kiesGemeenteAccount(page: Page, url: string, schermafdruk?: string) {
  await page.goto(`${url}/inloggen`);
  const knop = page.getByRole('link', { name: KNOP });
  await knop.waitFor();
  expect(await knop.getAttribute('href')).toMatch(/^\/auth\/oidc\/start/);
  if (schermafdruk) await screenshot(page, schermafdruk);
  await knop.click();
}

describe.skipIf(!browserAvailable)('OIDC login in Chromium against a real provider', () => {
  let browser: Browser;
  let provider: OidcTestProvider;
  let wendbaar: { url: string; stop(): Promise<void> };

  beforeAll(async () => {
    ensureWebBuild();
    const poort = await vrijePoort();
    provider = await startOidcProvider({
      gebruikers: [{ login: 'teamleider', email: 'teamleider@demo-gemeente.nl' }],
      redirectUris: [`http://127.0.0.1:${poort}/auth/oidc/callback`],
    });
    wendbaar = await startWendbaar(poort, provider);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await wendbaar?.stop();
    await provider?.close();
  });

  it('logs in through the municipality’s account and shows who is logged in', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    try {
      await kiesGemeenteAccount(page, wendbaar.url, 'oidc-1-inloggen');

      await loginBijProvider(page, provider.issuer, 'teamleider', 'oidc-2-provider');

      // Back in Wendbaar, on its own origin, logged in.
      await page.waitForURL((u) => u.origin === wendbaar.url && !u.pathname.startsWith('/auth/'));
      const sessie = await page.evaluate(async () => {
        const res = await fetch('/api/v1/sessies/huidig');
        return { status: res.status, data: await res.json() };
      });
      expect(sessie.status).toBe(200);
      expect(sessie.data.account.eMail).toBe('teamleider@demo-gemeente.nl');
      expect(sessie.data.methode).toBe('oidc');
      // The header shows the name of the linked account.
      await page
        .locator('.wb-header')
        .getByText(sessie.data.account.naam)
        .first()
        .waitFor({ state: 'visible', timeout: 15_000 });
      await page.locator('h1').first().waitFor();
      await screenshot(page, 'oidc-3-ingelogd');
    } finally {
      await context.close();
    }
  });

  it('sends someone without a Wendbaar account back to the login page with the reason', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    try {
      await kiesGemeenteAccount(page, wendbaar.url);
      await loginBijProvider(page, provider.issuer, 'onbekende.collega');
      await page.waitForURL((u) => u.origin === wendbaar.url && u.pathname === '/inloggen');
      expect(new URL(page.url()).searchParams.get('fout')).toBe('onbekend-account');
      const sessie = await page.evaluate(async () => (await fetch('/api/v1/sessies/huidig')).status);
      expect(sessie).toBe(401);
      await page.locator('h1').first().waitFor();
      await screenshot(page, 'oidc-4-onbekend-account');
    } finally {
      await context.close();
    }
  });
});
