/**
 * Capacity planning in a real browser: a teamleider plans a quarter (absence, two result goals,
 * reordering by keyboard, hours on a goal) and sees the priority line and the free hours change; the
 * directeur opens the organisation view and drills down to the team. Every page passes axe-core
 * (WCAG 2.2 A/AA) and leaves a screenshot test-results/screenshots/capaciteit-*.png. Also measures
 * how long the largest team × 53 weeks heatmap takes to render (test-results/capaciteit-render.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

/**
 * A quarter two years ahead: the demo plans its regular work for the quarters around today (and
 * this test needs a quarter with no result goals yet), while the people are still in service.
 */
const JAAR = new Date().getFullYear() + 2;
const PERIODE = `${JAAR}-Q2`;
const resultsDir = resolve(import.meta.dirname, '../../test-results');

describe.skipIf(!browserAvailable)('capaciteit: a teamleider plans a quarter', () => {
  let server: TestServer;
  let browser: Browser;
  let leiderContext: BrowserContext;
  let directeurContext: BrowserContext;
  let leider: Page;
  let directeur: Page;
  let leiderApi: ApiSessie;
  let directeurApi: ApiSessie;
  let teamId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const klok = new TotpKlok();
    directeurContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    directeur = await directeurContext.newPage();
    await loginInBrowser(directeur, server.url, demoEMail('directeur'), klok);
    directeurApi = await apiVanContext(directeurContext, server.url);
    // A budget programme with a policy goal for the year: result goals must contribute to one.
    const programma = await directeurApi.fetch('/begrotingsprogrammas', {
      method: 'POST',
      body: JSON.stringify({ begrotingsjaar: JAAR, code: 'E2E-C', naam: 'Wonen en leefomgeving (test)' }),
    });
    expect(programma.status, await programma.clone().text()).toBe(201);
    const { id } = (await programma.json()) as { id: string };
    const doel = await directeurApi.fetch(`/begrotingsprogrammas/${id}/beleidsdoelen`, {
      method: 'POST',
      body: JSON.stringify({ naam: 'Meer betaalbare woningen' }),
    });
    expect(doel.status, await doel.clone().text()).toBe(201);

    leiderContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    leider = await leiderContext.newPage();
    await loginInBrowser(leider, server.url, demoEMail('teamleider'), klok);
    leiderApi = await apiVanContext(leiderContext, server.url);
    const sessie = await leiderApi.json('/sessies/huidig');
    teamId = sessie.teamIds[0];
    expect(teamId).toBeTruthy();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(page: Page, name: string) {
    await settle(page);
    await screenshot(page, `capaciteit-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  it('enters absence for a medewerker in the capacity grid', async () => {
    await leider.goto(`${server.url}/teams/${teamId}/capaciteit?periode=${PERIODE}`);
    await settle(leider);
    await expect.poll(() => leider.title()).toMatch(/^Capaciteit .* \| Wendbaar$/);
    const grid = leider.getByTestId('cap-grid');
    await grid.waitFor();
    const cel = grid.locator('tbody tr').first().locator('button.wb-hm-cel').first();
    const voor = await cel.getAttribute('data-beschikbaar');
    await expectAccessible(leider, 'team');

    await cel.focus();
    await leider.keyboard.press('Enter');
    const dialog = leider.getByRole('dialog');
    await dialog.waitFor();
    const uren = dialog.getByLabel('Uren afwezig');
    await expect.poll(() => uren.inputValue()).toBe('0');
    await uren.fill('8');
    await expectAccessible(leider, 'afwezigheid');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => cel.getAttribute('data-beschikbaar')).not.toBe(voor);

    const medewerkerId = (await grid.locator('tbody tr').first().locator('a').first().getAttribute('href'))
      ?.split('/')
      .pop();
    const afwezigheid = await leiderApi.json(
      `/medewerkers/${medewerkerId}/afwezigheid?van=${JAAR}-W14&tot=${JAAR}-W14`,
    );
    expect(afwezigheid.resultaten).toEqual([expect.objectContaining({ week: `${JAAR}-W14`, uren: 8 })]);
  }, 60_000);

  it('creates two result goals, reorders them by keyboard and allocates hours', async () => {
    await leider.goto(`${server.url}/teams/${teamId}/resultaatdoelen?periode=${PERIODE}`);
    await settle(leider);
    await leider.getByText('Er zijn nog geen resultaatdoelen').waitFor();

    // A server field error appears at its field.
    await leider.getByRole('button', { name: 'Resultaatdoel aanmaken' }).click();
    await leider
      .locator('#rd-titel[aria-invalid="true"], .utrecht-form-field-error-message')
      .first()
      .waitFor();

    for (const [titel, uren] of [
      ['Woningbouw versnellen', '120'],
      ['Huurteam opzetten', '80'],
    ] as const) {
      await leider.getByLabel('Titel', { exact: true }).fill(titel);
      await leider.getByLabel('Geschatte uren').fill(uren);
      await leider
        .getByLabel(/^Gewicht voor/)
        .first()
        .fill('1');
      await leider.getByRole('button', { name: 'Resultaatdoel aanmaken' }).click();
      await leider.locator('.wb-doelen__item', { hasText: titel }).waitFor();
    }
    const items = leider.locator('.wb-doelen__item');
    await expect.poll(() => items.count()).toBe(2);
    await expect.poll(() => items.first().textContent()).toContain('Woningbouw versnellen');

    // Keyboard: focus "Omhoog" of the second goal and press Enter.
    await items.nth(1).getByRole('button', { name: 'Omhoog' }).focus();
    await leider.keyboard.press('Enter');
    await expect.poll(() => items.first().textContent()).toContain('Huurteam opzetten');
    // Focus stays on the moved goal (its "Omlaag" button, as "Omhoog" is now disabled).
    await expect
      .poll(() => leider.evaluate(() => document.activeElement?.closest('li')?.textContent ?? ''))
      .toContain('Huurteam opzetten');
    await expect
      .poll(() => leider.getByTestId('aankondiging').textContent())
      .toContain('Huurteam opzetten staat nu op plaats 1 van 2');
    // And back with Alt+ArrowDown on the row.
    await items.first().getByRole('button', { name: 'Omlaag' }).focus();
    await leider.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => items.first().textContent()).toContain('Woningbouw versnellen');
    await expect.poll(() => leider.getByTestId('aankondiging').textContent()).toContain('plaats 2 van 2');

    const prioTabel = leider.getByTestId('prio-tabel');
    await expect.poll(() => prioTabel.locator('tbody tr').count()).toBe(2);
    const vrijVoor = await leider.getByTestId('vrije-uren').textContent();
    const lijnVoor = await prioTabel.textContent();
    await expectAccessible(leider, 'resultaatdoelen');

    // Hours on the first goal: type in a week cell, Enter saves.
    const cel = leider.locator(`input.wb-inzet-cel[aria-label*="${JAAR}-W15"]`).first();
    await cel.fill('16');
    await cel.press('Enter');
    await leider.getByText('Inzet opgeslagen.').first().waitFor();
    await expect.poll(() => cel.inputValue()).toBe('16');
    await expect.poll(() => leider.getByTestId('vrije-uren').textContent()).not.toBe(vrijVoor);
    await expect.poll(() => prioTabel.textContent()).not.toBe(lijnVoor);

    // Bulk: X hours per week from week A to B.
    const bulk = leider.locator('.wb-inzet-bulk').first();
    await bulk.getByLabel('Uur per week').fill('4');
    await bulk.getByLabel('Van week').selectOption(`${JAAR}-W20`);
    await bulk.getByLabel('t/m week').selectOption(`${JAAR}-W22`);
    const vrijNaCel = await leider.getByTestId('vrije-uren').textContent();
    await bulk.getByRole('button', { name: 'Zet uren' }).click();
    await expect.poll(() => leider.getByTestId('vrije-uren').textContent()).not.toBe(vrijNaCel);
    await screenshot(leider, 'capaciteit-inzet');
  }, 90_000);

  it('shows a conflict when someone else changed the hours', async () => {
    const cel = leider.locator(`input.wb-inzet-cel[aria-label*="${JAAR}-W16"]`).first();
    // Someone else writes the same pair in between (with the version the page does not know yet).
    const inzet = await leiderApi.json(`/teams/${teamId}/inzet?van=${JAAR}-W14&tot=${JAAR}-W26`);
    const paar = inzet.resultaten[0];
    const andere = await leiderApi.fetch(
      `/resultaatdoelen/${paar.resultaatdoelId}/inzet/${paar.medewerkerId}`,
      {
        method: 'PUT',
        headers: { 'If-Match': `"${paar.versie}"` },
        body: JSON.stringify({ vanWeek: `${JAAR}-W16`, totWeek: `${JAAR}-W16`, urenPerWeek: 2 }),
      },
    );
    expect(andere.status).toBe(200);
    await cel.fill('6');
    await cel.press('Enter');
    await leider.getByText('Iemand anders heeft dit intussen gewijzigd').first().waitFor();
    await expect.poll(() => cel.inputValue()).toBe('2');
  }, 30_000);

  it('lets the directeur open the organisation view and drill down to the team', async () => {
    await directeur.goto(`${server.url}/`);
    await directeur
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Capaciteit' })
      .click();
    await directeur.getByRole('heading', { level: 1, name: 'Capaciteit van de organisatie' }).waitFor();
    await directeur.getByLabel('Vanaf maand').selectOption('2026-01');
    const tabel = directeur.getByTestId('org-cap');
    await tabel.waitFor();
    expect(await tabel.locator('tbody tr').count()).toBeGreaterThan(1);
    await expectAccessible(directeur, 'organisatie');
    const team = await directeurApi.json(`/teams/${teamId}`);
    await tabel.getByRole('link', { name: team.naam, exact: true }).click();
    await directeur.waitForURL(new RegExp(`/teams/${teamId}/capaciteit`));
    await directeur.getByRole('heading', { level: 1, name: `Capaciteit ${team.naam}` }).waitFor();
    await directeur.getByTestId('cap-grid').waitFor();
    await expectAccessible(directeur, 'drilldown');
  }, 60_000);

  it('renders the largest team × 53 weeks grid (measured)', async () => {
    const teams = await directeurApi.json('/teams?soort=basisteam&paginaGrootte=100');
    const grootste = [...teams.resultaten].sort(
      (a: { aantalMedewerkers: number }, b: { aantalMedewerkers: number }) =>
        b.aantalMedewerkers - a.aantalMedewerkers,
    )[0];
    const page = await directeurContext.newPage();
    await page.goto(`${server.url}/teams/${grootste.id}/capaciteit?periode=2026&per=week`);
    // The whole grid is in the DOM (no virtualisation, no inner scroll box): wait for the last row's cells.
    await page.waitForFunction(
      () => {
        const rijen = document.querySelectorAll('[data-testid="cap-grid"] tbody tr[data-rij]');
        const laatste = rijen[rijen.length - 1];
        return (laatste?.querySelectorAll('td[data-kolom]').length ?? 0) > 0;
      },
      undefined,
      { timeout: 30_000, polling: 'raf' },
    );
    const ms = await page.evaluate(() => Math.round(performance.now()));
    const grid = page.getByTestId('cap-grid');
    const medewerkers = await grid.locator('tbody tr[data-rij]').count();
    const weken = await grid.locator('thead th[data-periode]').count();
    await grid.locator(`tbody tr[data-rij="${medewerkers - 1}"] td[data-kolom="${weken - 1}"]`).waitFor();
    console.log(`capaciteit: grid ${medewerkers} medewerkers × ${weken} weken gerenderd in ${ms} ms`);
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(
      resolve(resultsDir, 'capaciteit-render.json'),
      `${JSON.stringify({ ms, medewerkers, weken }, null, 2)}\n`,
    );
    expect(weken).toBe(53);
    await screenshot(page, 'capaciteit-groot');
    expect(await axeViolations(page), 'groot').toEqual([]);
    expect(medewerkers).toBeGreaterThan(0);
    await page.close();
  }, 180_000);
});
