/**
 * The pulsmeting in a real browser, on the demo municipality: the demo medewerker sees the banner on
 * home, answers the open round with the keyboard (one radio group per question, fieldset and
 * legend), and is thanked; the round then counts as answered. P&O's rounds page and the results of a
 * closed round pass axe-core too (WCAG 2.2 A/AA).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('pulsmeting: a medewerker answers a pulse', () => {
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

  it('shows the banner on home, answers by keyboard, and counts the round as answered', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('medewerker'), klok);
    await settle(page);
    const link = page.getByRole('link', { name: 'Nu invullen' });
    await link.waitFor();
    expect(await page.getByText('Er staat een pulsmeting voor je open').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await link.click();
    await page.getByRole('button', { name: 'Antwoord versturen' }).waitFor();
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);

    // Sending without choosing lists every question in the error summary.
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.locator('.wb-error-summary').waitFor();
    expect(await page.locator('.wb-error-summary li').count()).toBe(4);

    // Each question is a group named by its legend; choose with the keyboard: focus, arrow, space.
    const groepen = page.getByRole('radiogroup');
    expect(await groepen.count()).toBe(4);
    for (let i = 0; i < 4; i++) {
      const groep = groepen.nth(i);
      await groep.getByRole('radio').first().focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await groep.getByRole('radio', { checked: true }).count()).toBe(1);
    }
    await page.getByLabel('Wat zou jouw werk het meest verbeteren?').fill('Minder vergaderen.');
    await screenshot(page, 'puls-invullen');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('Dank je wel! Je antwoord is ontvangen.').waitFor();

    const api = await apiVanContext(context, server.url);
    const mijn = await api.json('/mijn-puls-rondes');
    expect(mijn.resultaten).toHaveLength(1);
    expect(mijn.resultaten[0]).toMatchObject({ beantwoord: true, kanInvullen: false });
    await page.goto(`${server.url}/`);
    await settle(page);
    expect(await page.getByText('Er staat een pulsmeting voor je open').count()).toBe(0);
  }, 120_000);

  it('shows P&O the rounds and the results of a closed round, accessibly and without small teams', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('po'), klok);
    await page.goto(`${server.url}/mensen/puls`);
    await page.getByTestId('puls-rondes').waitFor();
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Uitslag Pulsmeting najaar/ }).click();
    await page.getByTestId('puls-uitslag').waitFor();
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    const rijen = await page.getByTestId('puls-uitslag').locator('tbody th').allTextContents();
    expect(rijen[0]).toBe('Organisatie');
    expect(rijen.some((r) => r.startsWith('Overig'))).toBe(true);
    expect(rijen).not.toContain('Belastingen');
    await page.getByTestId('puls-trend').waitFor();
    await screenshot(page, 'puls-uitslag');
  }, 120_000);
});
