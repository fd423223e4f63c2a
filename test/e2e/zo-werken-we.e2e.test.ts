/**
 * "Zo werken we" in a real browser (issue 15, item 3): a medewerker reads a demo page and its
 * history; the directeur edits that page and sees the difference with the version before, marked
 * with + and − (not by colour alone). Every page passes axe-core.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('zo werken we: read, history, edit and diff', () => {
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

  async function nieuwePagina(rol: 'medewerker' | 'directeur'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail(rol), klok);
    return page;
  }

  async function expectAccessible(page: Page, name: string) {
    await settle(page);
    await screenshot(page, `zo-werken-we-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  it('a medewerker reads a page and its history, without edit buttons', async () => {
    const page = await nieuwePagina('medewerker');
    await page.goto(`${server.url}/zo-werken-we`);
    await page.getByRole('heading', { level: 1, name: 'Zo werken we' }).waitFor();
    await expectAccessible(page, 'lijst');
    await page.getByRole('link', { name: 'Zo werken we samen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zo werken we samen' }).waitFor();
    await page
      .getByTestId('zww-tekst')
      .getByRole('heading', { level: 2, name: 'Wat we belangrijk vinden' })
      .waitFor();
    const geschiedenis = page.getByTestId('zww-geschiedenis');
    await expect.poll(() => geschiedenis.locator('tbody tr').count()).toBe(2);
    await expect.poll(() => geschiedenis.textContent()).toContain('Ontwikkeling toegevoegd');
    expect(await page.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    await expectAccessible(page, 'pagina');
  }, 60_000);

  it('the directeur edits a page and sees the difference marked with + and −', async () => {
    const page = await nieuwePagina('directeur');
    await page.goto(`${server.url}/zo-werken-we`);
    await page.getByRole('link', { name: 'Robuust en wendbaar' }).click();
    await page.getByRole('button', { name: 'Bewerken' }).click();
    const tekst = page.getByLabel('Tekst', { exact: true });
    const oud = await tekst.inputValue();
    await tekst.fill(oud.replace('21 **basisteams**', '21 **basisteams** en een directie'));
    await page.getByLabel(/Wat is er veranderd/).fill('Directie genoemd');
    await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await page.getByTestId('zww-tekst').waitFor();
    const verschil = page.getByTestId('zww-verschil');
    await verschil.waitFor();
    const ins = verschil.locator('ins');
    await expect.poll(() => ins.first().textContent()).toContain('+');
    expect(await ins.allTextContents()).toEqual([expect.stringContaining('en een directie')]);
    expect(await page.getByTestId('zww-geschiedenis').textContent()).toContain('Directie genoemd');
    await expectAccessible(page, 'verschil');
  }, 60_000);
});
