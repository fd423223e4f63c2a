/**
 * The Verandering dashboard in a real browser (issue 15, item 6): the directeur sees on one page the
 * change programme, the OR procedures with their next date (soonest first) and the letters to the
 * raad; the college gets the same page. Both pass axe-core and leave a screenshot
 * test-results/screenshots/verandering-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RAADSBRIEF_ONDERWERP } from '../../src/demo/demo-raadsbrief';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('Verandering: the dashboard of the directie and the college', () => {
  let server: TestServer;
  let browser: Browser;
  const klok = new TotpKlok();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(rol: 'directeur' | 'college'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail(rol), klok);
    await page.goto(`${server.url}/verandering`);
    await page.getByRole('heading', { level: 1, name: 'Verandering' }).waitFor();
    return page;
  }

  async function expectAccessible(page: Page, name: string) {
    await settle(page);
    await screenshot(page, `verandering-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  it('the directeur sees the programme, the OR procedures by date and the raadsbrieven', async () => {
    const page = await open('directeur');
    for (const naam of ['Veranderprogramma', 'Ondernemingsraad: procedures en termijnen', 'Raadsbrieven'])
      await page.getByRole('heading', { level: 2, name: naam }).waitFor();

    // The demo's two procedures, each with a date still ahead, soonest first.
    const or = page.getByTestId('verandering-or');
    await or.getByRole('link', { name: 'Regeling hybride werken' }).waitFor();
    await or.getByRole('link', { name: 'Nieuwe teamstructuur: van afdelingen naar basisteams' }).waitFor();
    const data = await or
      .locator('tbody time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(data).toEqual([...data].sort());

    // The demo programme: phases 0-5 in order, eight themes each with where it stands.
    await page.getByTestId('verandering-themas').waitFor();
    expect(await page.getByTestId('verandering-fases').getByRole('listitem').count()).toBe(6);
    expect(await page.getByTestId('verandering-themas').getByRole('rowheader').count()).toBe(8);
    // The demo's one sent raadsbrief.
    await page
      .getByTestId('raadsbrieven-verzonden')
      .getByRole('link', { name: DEMO_RAADSBRIEF_ONDERWERP })
      .waitFor();

    await page.getByRole('link', { name: 'Het hele veranderprogramma' }).waitFor();
    await page.getByRole('link', { name: 'Alle raadsbrieven' }).waitFor();
    await page.getByRole('link', { name: 'Evaluaties', exact: true }).waitFor();
    await expectAccessible(page, 'directeur');
  }, 90_000);

  it('the college gets the same page', async () => {
    const page = await open('college');
    await page.getByTestId('verandering-or').getByRole('link', { name: 'Regeling hybride werken' }).waitFor();
    await page.getByTestId('verandering-themas').waitFor();
    await page
      .getByTestId('raadsbrieven-verzonden')
      .getByRole('link', { name: DEMO_RAADSBRIEF_ONDERWERP })
      .waitFor();
    await expectAccessible(page, 'college');
  }, 90_000);
});
