/**
 * Need against capacity in a real browser (issue 13, item 4): the directie opens the organisation's
 * need from the menu, switches to euro, follows a team, shows the chart as a table and follows a
 * figure to its source. Every page passes axe-core and leaves a screenshot
 * test-results/screenshots/behoefte-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('behoefte: the directie compares need with capacity', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('directeur'), new TotpKlok());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(name: string) {
    await settle(page);
    await screenshot(page, `behoefte-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  it('shows the organisation and a team, in FTE and euro, each figure linked to its source', async () => {
    // Behoefte hangs under the one menu item for the formatie.
    await page.goto(`${server.url}/`);
    await page
      .locator('nav[aria-label="Hoofdmenu"]')
      .getByRole('link', { name: 'Formatie', exact: true })
      .click();
    await page.getByRole('link', { name: 'Behoefte en capaciteit', exact: true }).click();
    await page.getByTestId('bh-grafiek').waitFor();
    await page.getByTestId('bh-teams').waitFor();
    expect(await page.locator('svg[role="img"] title').textContent()).toContain('vraag per bron');
    await expectAccessible('organisatie');

    await page.getByRole('button', { name: 'euro', exact: true }).click();
    await expect.poll(() => page.getByTestId('bh-tabel').textContent()).toContain('€');

    await page.getByTestId('bh-teams').locator('tbody th a').first().click();
    await page.getByTestId('bh-tabel').waitFor();
    await page.getByRole('button', { name: 'Toon de grafiek als tabel' }).click();
    await page.getByTestId('bh-grafiek-tabel').waitFor();
    await expectAccessible('team');

    // A number of the resultaatdoelen leads to the team's resultaatdoelen of that quarter.
    await page.getByTestId('bh-tabel').locator('td[data-cijfer="resultaatdoelen"] a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/teams\/[^/]+\/resultaatdoelen$/);
  });
});
