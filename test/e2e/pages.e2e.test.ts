/**
 * Every page of the web app in a real browser: it renders its data, has a title and an h1, passes
 * axe-core (WCAG 2.2 A/AA) without violations, and leaves a full-page screenshot in
 * test-results/screenshots/. Logged in once as P&O (with the second step), the role that may use
 * every page and form tested here.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('pages of the web app', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let teamId: string;
  let medewerkerId: string;
  let api: ApiSessie;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('po'), new TotpKlok());
    api = await apiVanContext(context, server.url);
    const teams = await api.json('/teams?soort=basisteam&paginaGrootte=1');
    teamId = teams.resultaten[0].id;
    const medewerkers = await api.json('/medewerkers?paginaGrootte=1');
    medewerkerId = medewerkers.resultaten[0].id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pages: { name: string; path: () => string; h1: RegExp | string; title: RegExp }[] = [
    {
      name: 'organisatie',
      path: () => '/organisatie',
      h1: 'Organisatieoverzicht',
      title: /^Organisatieoverzicht \| Wendbaar$/,
    },
    { name: 'teams', path: () => '/teams', h1: 'Teams', title: /^Teams \| Wendbaar$/ },
    { name: 'team', path: () => `/teams/${teamId}`, h1: /\S/, title: / \| Wendbaar$/ },
    { name: 'team-nieuw', path: () => '/teams/nieuw', h1: 'Nieuw team', title: /^Nieuw team/ },
    { name: 'medewerkers', path: () => '/medewerkers', h1: 'Medewerkers', title: /^Medewerkers/ },
    { name: 'medewerker', path: () => `/medewerkers/${medewerkerId}`, h1: /\S/, title: / \| Wendbaar$/ },
    {
      name: 'medewerker-nieuw',
      path: () => '/medewerkers/nieuw',
      h1: 'Nieuwe medewerker',
      title: /^Nieuwe medewerker/,
    },
    { name: 'organogram', path: () => '/organogram', h1: 'Organogram', title: /^Organogram/ },
    { name: 'expertises', path: () => '/expertises', h1: 'Expertisecatalogus', title: /^Expertisecatalogus/ },
    {
      name: 'zoeken',
      path: () => '/zoeken?zoekterm=an',
      h1: /Zoekresultaten voor ‘an’/,
      title: /^Zoekresultaten/,
    },
    {
      name: 'niet-gevonden',
      path: () => '/bestaat-niet',
      h1: 'Pagina niet gevonden',
      title: /^Pagina niet gevonden/,
    },
  ];

  for (const { name, path, h1, title } of pages) {
    it(`${name}: renders, has a title and passes axe`, async () => {
      await page.goto(server.url + path());
      await settle(page);
      const heading = page.locator('h1');
      await expect
        .poll(() => heading.textContent())
        .toMatch(typeof h1 === 'string' ? new RegExp(`^${h1}$`) : h1);
      expect(await page.title()).toMatch(title);
      expect(await page.locator('main#hoofdinhoud').count()).toBe(1);
      expect(await page.locator('nav').first().getAttribute('aria-label')).toBe('Hoofdmenu');
      await screenshot(page, name);
      const violations = await axeViolations(page);
      expect(violations, `axe violations on ${name}:\n${violations.join('\n')}`).toEqual([]);
    });
  }

  // The started process (bin/wendbaar.mjs, zod loaded natively before tsx) builds the OpenAPI
  // document differently from an app built inside the test runner: two contracts sharing a schema id
  // answered 500 only here.
  it('the running server serves its OpenAPI document', async () => {
    const res = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(res.status, await res.clone().text()).toBe(200);
    const doc = (await res.json()) as { components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Ontwikkelbudget', 'Jaarontwikkelbudget', 'PulsRonde']),
    );
  });

  it('organisatie: shows key figures, the teams table and signals from the API', async () => {
    const organisatie = await api.json('/organisatie');
    await page.goto(`${server.url}/organisatie`);
    await settle(page);
    const figures = page.locator('.wb-key-figure');
    await expect.poll(() => figures.count()).toBe(4);
    expect(await figures.nth(2).textContent()).toContain(String(organisatie.aantalMedewerkers));
    const rows = page.locator('section:has(h2:text("Teams")) tbody tr');
    expect(await rows.count()).toBe(organisatie.teams.length);
    expect(await page.locator('h2', { hasText: 'Signalen' }).count()).toBe(1);
    expect(await page.locator('h2', { hasText: 'Open wijzigingen' }).count()).toBe(1);
    // Signals today and ahead, with the horizon stated; the empty state when the demo has none.
    const signalen = page.locator('section:has(h2:text("Signalen: nu en komend"))');
    expect(await signalen.textContent()).toContain('komende 12 maanden');
    const s = organisatie.signalen;
    const aantal = s.leiderschapsgaten.length + s.aantalLidmaatschapsgaten + s.aantalInzetNaEinde;
    if (aantal === 0) expect(await signalen.textContent()).toContain('Geen signalen');
    else expect(await signalen.locator('h3').count()).toBeGreaterThan(0);
  });

  it('team: the expertise matrix has column and row headers and a text legend', async () => {
    await page.goto(`${server.url}/teams/${teamId}`);
    await settle(page);
    const matrix = page.locator('table.wb-matrix');
    await matrix.waitFor();
    expect(await matrix.locator('thead th[scope="col"]').count()).toBeGreaterThan(1);
    expect(await matrix.locator('tbody th[scope="row"]').count()).toBeGreaterThan(0);
    const legend = await page.locator('.wb-legend').textContent();
    expect(legend).toContain('basiskennis');
    expect(legend).toContain('ambitie');
  });

  it('team and medewerker pages with their forms open pass axe', async () => {
    await page.goto(`${server.url}/teams/${teamId}`);
    await settle(page);
    await page.getByRole('button', { name: 'Team wijzigen' }).click();
    await page.locator('#team-wijzigen-naam').waitFor();
    await screenshot(page, 'team-wijzigen');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/medewerkers/${medewerkerId}`);
    await settle(page);
    for (const label of [
      'Contracturen wijzigen',
      'Naar een ander team',
      'Teamlidmaatschap beëindigen',
      'Gegevens wijzigen',
      'Uit dienst melden',
    ]) {
      await page.getByRole('button', { name: label }).click();
      expect(await page.getByRole('button', { name: label }).getAttribute('aria-expanded')).toBe('true');
      const violations = await axeViolations(page);
      expect(violations, `axe with "${label}" open:\n${violations.join('\n')}`).toEqual([]);
    }
  });

  it('lists sort, filter and page through the URL', async () => {
    await page.goto(`${server.url}/medewerkers`);
    await settle(page);
    await page.getByRole('button', { name: /^Personeelsnr\./ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sorteer')).toBe('personeelsnummer');
    await expect
      .poll(() => page.locator('th[aria-sort="ascending"]').textContent())
      .toContain('Personeelsnr.');
    await page.getByRole('link', { name: 'Pagina 2' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('pagina')).toBe('2');
    await expect
      .poll(() => page.locator('.wb-pagination__status').textContent())
      .toMatch(/^Pagina 2 van \d+$/);

    await page.goto(`${server.url}/teams`);
    await settle(page);
    await page.getByLabel('Soort').selectOption('directie');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect
      .poll(() => page.locator('[role="status"].wb-result-count').textContent())
      .toMatch(/^1 teams? gevonden$/);
    expect(await page.locator('tbody tr').count()).toBe(1);
  });

  it('switches to English and remembers the choice', async () => {
    await page.goto(`${server.url}/organisatie`);
    await settle(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Organisation overview');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Organisation overview | Wendbaar');
    await screenshot(page, 'organisatie-en');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await settle(page);
    expect(await page.locator('h1').textContent()).toBe('Organisation overview');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('h1').textContent()).toBe('Organisatieoverzicht');
  });
});
