/**
 * The development plan in a real browser, on the demo municipality: the demo medewerker opens their
 * own plan from their record, adds an activity with the keyboard only (the form lists every problem
 * first), and sees it in the table; the page passes axe-core (WCAG 2.2 A/AA). P&O's budget page too.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('ontwikkeling: a medewerker edits their own plan', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  const klok = new TotpKlok();
  const jaar = new Date().getFullYear();

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

  it('adds an activity to the own plan with the keyboard', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('medewerker'), klok);
    const api = await apiVanContext(context, server.url);
    const sessie = await api.json('/sessies/huidig');
    const id = sessie.account.medewerkerId as string;
    await page.goto(`${server.url}/medewerkers/${id}`);
    await page.getByRole('link', { name: 'Ontwikkelplan' }).click();
    await page.getByRole('heading', { level: 1, name: /Ontwikkelplan van/ }).waitFor();
    await page.getByTestId('ow-activiteiten').waitFor();
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    const voor = await page.getByTestId('ow-activiteiten').locator('tbody tr').count();

    // The disclosure opens with Enter and puts focus in its first field.
    await page.getByRole('button', { name: 'Activiteit toevoegen' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByTestId('activiteit-form').last();
    await form.waitFor();
    // Sending it empty lists the problems (title, dates) in the summary.
    await form.getByRole('button', { name: 'Opslaan' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.wb-error-summary').waitFor();
    expect(await page.locator('.wb-error-summary li').count()).toBeGreaterThanOrEqual(3);
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);

    await form.getByLabel('Soort').selectOption('cursus');
    await form.getByLabel('Titel').fill('Cursus Excel voor gevorderden');
    await form.getByLabel('Van').fill(`${jaar}-12-07`);
    await form.getByLabel('Tot en met').fill(`${jaar}-12-18`);
    await form.getByLabel('Kosten (euro)').fill('450,00');
    await form.getByLabel('Uren').fill('12');
    await form.getByLabel('Uren').press('Enter');
    await page.getByRole('cell', { name: 'Cursus Excel voor gevorderden', exact: true }).waitFor();
    expect(await page.getByTestId('ow-activiteiten').locator('tbody tr').count()).toBe(voor + 1);
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'ontwikkelplan');

    const plannen = await api.json(`/medewerkers/${id}/ontwikkelplannen?jaar=${jaar}`);
    const nieuw = plannen.resultaten[0].activiteiten.find((a: { titel: string }) =>
      a.titel.startsWith('Cursus Excel'),
    );
    expect(nieuw).toMatchObject({ soort: 'cursus', kosten: 450, uren: 12, teltAlsAfwezigheid: true });
  }, 180_000);

  it('shows P&O the budget per team with the kadernota request, accessibly', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('po'), klok);
    await page.goto(`${server.url}/mensen/ontwikkelbudget`);
    await page.getByTestId('ow-budget').waitFor();
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.getByTestId('ow-kadernota-basis').textContent()).toContain('per fte');
    expect(await page.getByTestId('ow-budget').locator('tfoot').textContent()).toContain(
      'Totaal organisatie',
    );
  }, 120_000);
});
