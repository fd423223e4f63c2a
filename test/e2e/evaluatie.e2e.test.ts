/**
 * Evaluaties in a real browser (issue 15, item 2): the directeur records an evaluation of the
 * organisation with a finding and a follow-up action, stelt haar vast after a confirmation (then the
 * page says it stays as it was and offers no editing), and marks the action done; then starts one of
 * an opgave from a link that chooses the opgave, and the evaluation links back to it.
 * Every page passes axe-core and leaves a screenshot test-results/screenshots/evaluatie-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../src/domain/datum';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('Evaluaties: record, vaststellen, follow up', () => {
  let server: TestServer;
  let browser: Browser;
  let directeur: Page;
  const klok = new TotpKlok();
  const titel = `Evaluatie werken in basisteams ${Date.now()}`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    directeur = await context.newPage();
    await loginInBrowser(directeur, server.url, demoEMail('directeur'), klok);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(page: Page, name: string) {
    await settle(page);
    await screenshot(page, `evaluatie-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  it('the directeur records an evaluation with a finding and a follow-up action, and stelt haar vast', async () => {
    const d = directeur;
    await d.goto(`${server.url}/verandering/evaluaties`);
    await d.getByRole('heading', { level: 1, name: 'Evaluaties' }).waitFor();
    // The demo's evaluation of phase 1 is listed.
    await d.getByRole('link', { name: /^Evaluatie fase 1/ }).waitFor();
    await expectAccessible(d, 'lijst');

    await d.getByLabel('Titel', { exact: true }).fill(titel);
    await d.getByRole('button', { name: 'Evaluatie opslaan als concept' }).click();
    await d.getByRole('heading', { level: 1, name: titel }).waitFor();

    await d
      .getByLabel(/^Samenvatting en conclusie/)
      .fill('De basisteams vinden hun weg; de overdracht kan beter.');
    await d.getByRole('button', { name: 'Bevinding toevoegen' }).click();
    await d.getByLabel('Bevinding 1', { exact: true }).fill('Overdrachten tussen teams gaan nog mis.');
    await d.getByRole('button', { name: 'Concept opslaan' }).click();
    await d.getByText('Het concept is opgeslagen.').first().waitFor();

    await d.getByLabel('Actie', { exact: true }).fill('Overdrachtsprotocol opstellen');
    await d.getByLabel('Zoek een medewerker').fill('de');
    await d.locator('#hoofdinhoud').getByRole('button', { name: 'Zoeken' }).click();
    await d
      .getByRole('button', { name: /^Kiezen/ })
      .first()
      .click();
    await d.getByLabel('Uiterlijk klaar op').fill(vandaag());
    await d.getByRole('button', { name: 'Actie toevoegen' }).click();
    await d.getByRole('rowheader', { name: 'Overdrachtsprotocol opstellen' }).waitFor();
    await expectAccessible(d, 'concept');

    await d.getByRole('button', { name: 'Evaluatie vaststellen' }).click();
    await d.getByRole('dialog').getByRole('button', { name: 'Ja, vaststellen' }).click();
    await d.getByText(/^Vastgesteld op .* Deze evaluatie blijft zoals ze is/).waitFor();
    expect(await d.getByRole('button', { name: 'Concept opslaan' }).count()).toBe(0);
    await expectAccessible(d, 'vastgesteld');
  }, 120_000);

  it('the follow-up action is marked done after vaststelling', async () => {
    const d = directeur;
    await d.getByRole('button', { name: /^Gereed melden/ }).click();
    await d.getByText(/^Gereed op /).waitFor();
    await expectAccessible(d, 'actie-gereed');
  }, 60_000);

  it('an evaluation of an opgave: chosen by the link from the opgave, and linking back to it', async () => {
    const d = directeur;
    await d.goto(`${server.url}/verandering/evaluaties`);
    await d.getByLabel('Wat wordt geëvalueerd').selectOption('opgave');
    const eerste = d.getByLabel('Welke opgave').locator('option').nth(1);
    const opgaveId = (await eerste.getAttribute('value')) ?? '';
    const naam = ((await eerste.textContent()) ?? '').trim();

    await d.goto(`${server.url}/verandering/evaluaties?opgave=${opgaveId}#nieuwe-evaluatie`);
    // Chosen as soon as the list of opgaven is there.
    await d.getByLabel('Welke opgave').locator(`option[value="${opgaveId}"]`).waitFor({ state: 'attached' });
    expect(await d.getByLabel('Welke opgave').inputValue()).toBe(opgaveId);
    await expectAccessible(d, 'nieuw-opgave');
    await d.getByLabel('Titel', { exact: true }).fill(`Evaluatie van ${naam}`);
    await d.getByRole('button', { name: 'Evaluatie opslaan als concept' }).click();
    const link = d.getByTestId('evaluatie-onderwerp').getByRole('link', { name: naam, exact: true });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/wendbaar/opgaven/${opgaveId}`);
  }, 60_000);
});
