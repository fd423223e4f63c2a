/**
 * Each role's home in a real browser, on the demo municipality: after login the teamleider, the
 * programmaregisseur, the college and the directeur each land on their own work ("Mijn werk"), with the counts
 * in the menu agreeing with the API, their teams or dossiers at a glance, and the organisation
 * overview one click away. Every home passes axe-core (WCAG 2.2 A/AA) and leaves a screenshot
 * test-results/screenshots/home-*.png.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { apiVanContext, type DemoRol, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('home: each role starts at its own work', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  const klok = new TotpKlok();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Logs in as a demo role and returns the page (on the home) and the role's own /mijn-werk answer. */
  async function alsRol(rol: DemoRol): Promise<{ page: Page; werk: any }> {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail(rol), klok);
    await settle(page);
    const api = await apiVanContext(context, server.url);
    const werk = await api.json('/mijn-werk');
    return { page, werk };
  }

  const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

  async function controleerHome(page: Page, werk: any, rol: string) {
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mijn werk');
    expect(await page.title()).toBe('Mijn werk | Wendbaar');
    const nu = page.getByRole('heading', {
      level: 2,
      name: `Wat vraagt nu om mij (${werk.tellingen.totaal})`,
    });
    expect(await nu.count()).toBe(1);
    const items = page.getByTestId('werklijst').locator('li');
    expect(await items.count()).toBe(werk.nu.length);
    // The menu shows the waiting requests as a count, with its meaning for screen readers.
    const inzet = menu(page).getByRole('link', { name: 'Inzetverzoeken', exact: true });
    if ((await inzet.count()) > 0) {
      const n = werk.tellingen.inzetverzoeken;
      expect(await inzet.textContent()).toBe(n > 0 ? `Inzetverzoeken (${n})` : 'Inzetverzoeken');
      if (n > 0) {
        const beschrijving = await inzet.evaluate((a) => {
          const id = a.getAttribute('aria-describedby');
          return id ? document.getElementById(id)?.textContent : null;
        });
        expect(beschrijving).toBe(`${n} wachten op u`);
      }
    }
    await screenshot(page, `home-${rol}`);
    expect(await axeViolations(page)).toEqual([]);
  }

  it('teamleider: the requests waiting for her, her teams, and the overview one click away', async () => {
    const { page, werk } = await alsRol('teamleider');
    await controleerHome(page, werk, 'teamleider');
    // Only her teams: the demo teamleider leads a few of the 21 basisteams, not the organisation.
    expect(werk.teams.length).toBeGreaterThan(0);
    expect(werk.teams.length).toBeLessThan(21);
    const tabel = page.getByTestId('mijn-teams');
    expect(await tabel.locator('tbody tr').count()).toBe(werk.teams.length);
    for (const team of werk.teams)
      expect(await tabel.getByRole('link', { name: team.naam, exact: true }).count()).toBe(1);
    const verzoeken = werk.nu.filter((i: any) => i.soort === 'inzetverzoek');
    for (const v of verzoeken)
      expect(v.toelichting).toMatch(new RegExp(werk.teams.map((t: any) => t.naam).join('|')));
    if (verzoeken.length > 0) {
      await page.getByTestId('werklijst').getByRole('link', { name: verzoeken[0].titel }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Inzetverzoeken' }).waitFor();
      await page.goBack();
      await settle(page);
    }
    await page.getByRole('link', { name: 'Naar het organisatieoverzicht' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Organisatieoverzicht');
    expect(new URL(page.url()).pathname).toBe('/organisatie');
  });

  it('opening the home asks for the work once: the menu counts and the page share one answer', async () => {
    const { page } = await alsRol('teamleider');
    await page.goto(`${server.url}/organisatie`);
    await settle(page);
    const vragen: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/v1/mijn-werk') vragen.push(r.url());
    });
    await menu(page).getByRole('link', { name: 'Mijn werk' }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mijn werk');
    await settle(page);
    expect(vragen).toHaveLength(1);
  });

  it('programmaregisseur: the dossiers he directs and the steps that are his', async () => {
    const { page, werk } = await alsRol('programmaregisseur');
    await controleerHome(page, werk, 'programmaregisseur');
    if (werk.dossiers.length > 0) {
      await page.getByRole('heading', { level: 2, name: 'Mijn dossiers' }).waitFor();
      const tabel = page.getByTestId('mijn-dossiers');
      expect(await tabel.locator('tbody tr').count()).toBe(werk.dossiers.length);
      await tabel.getByRole('link', { name: werk.dossiers[0].titel, exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(werk.dossiers[0].pad);
    }
    // A regisseur does not consent to requests: none wait on him as teamleider.
    expect(werk.nu.filter((i: any) => i.titel.endsWith('beantwoorden'))).toEqual([]);
  });

  it('college: the bestuursopdrachten waiting for its besluit', async () => {
    const { page, werk } = await alsRol('college');
    await controleerHome(page, werk, 'college');
    const besluiten = werk.nu.filter((i: any) => i.soort === 'besluit');
    expect(werk.tellingen.besluiten).toBe(besluiten.length);
    for (const b of besluiten) expect(b.titel).toMatch(/^(Besluiten over|Rolbepaling van) /);
    // The college steers the agile side: no teams to run, no requests to answer.
    expect(werk.teams).toEqual([]);
    expect(werk.tellingen.inzetverzoeken).toBe(0);
  });

  it('directeur: decisions and the organisation signals, counted, with the overview one click away', async () => {
    const { page, werk } = await alsRol('directeur');
    await controleerHome(page, werk, 'directeur');
    for (const item of werk.nu.filter((i: any) => i.soort === 'signaal' && i.pad === '/organisatie'))
      expect(item.titel).toMatch(/^\d+ /);
    await page.getByRole('link', { name: 'Naar het organisatieoverzicht' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Organisatieoverzicht');
    await menu(page).getByRole('link', { name: 'Mijn werk', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mijn werk');
  });

  it.each(['medewerker', 'po', 'or', 'beheerder'] as const)(
    '%s: an own home with what waits and its counts, axe clean',
    async (rol) => {
      const { page, werk } = await alsRol(rol);
      await controleerHome(page, werk, rol);
      // None of them answers inzetverzoeken: that count is a teamleider's.
      expect(werk.tellingen.inzetverzoeken).toBe(0);
    },
  );
});
