/**
 * The raadsbrief in a real browser (issue 15, item 5): the directeur composes a letter (the server
 * takes the snapshot), fills in its sections, the college approves it after a confirmation, the
 * directeur records sending, and the letter downloads as DOCX and PDF. Every page passes axe-core
 * and leaves a screenshot test-results/screenshots/raadsbrief-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../src/domain/datum';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('Raadsbrief: compose, approve, send, download', () => {
  let server: TestServer;
  let browser: Browser;
  let directeur: Page;
  let college: Page;
  const klok = new TotpKlok();
  const onderwerp = `Voortgang organisatieontwikkeling ${Date.now()}`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = () => browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    directeur = await (await context()).newPage();
    await loginInBrowser(directeur, server.url, demoEMail('directeur'), klok);
    college = await (await context()).newPage();
    await loginInBrowser(college, server.url, demoEMail('college'), klok);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(page: Page, name: string) {
    await settle(page);
    await screenshot(page, `raadsbrief-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  it('the directeur composes a letter with its sections and snapshot', async () => {
    await directeur.goto(`${server.url}/raadsbrieven`);
    await directeur.getByRole('heading', { level: 1, name: 'Raadsbrieven' }).waitFor();
    // The demo carries one sent letter.
    await directeur.getByText('Verzonden aan de raad').first().waitFor();
    await expectAccessible(directeur, 'lijst');
    await directeur.getByLabel('Onderwerp').fill(onderwerp);
    await directeur.getByRole('button', { name: 'Concept opstellen' }).click();
    await directeur.getByRole('heading', { level: 1, name: onderwerp }).waitFor();
    await directeur
      .getByTestId('rb-momentopname')
      .getByText(/Momentopname RB-\d{4}-\d{4}-M1/)
      .waitFor();
    // The preview says the snapshot's codes in words, as the letter does: a stand, not 'op-schema'.
    const voorbeeld = directeur.getByTestId('rb-voorbeeld');
    await voorbeeld
      .getByRole('cell', { name: /^(Op schema|Loopt achter)$/ })
      .first()
      .waitFor();
    expect(await voorbeeld.textContent()).not.toMatch(
      /\b\d{4}-\d{2}\b|\b[a-z]+-(uitvoering|schema|vastgesteld)\b|_/,
    );
    await directeur.getByLabel('Aanleiding').fill('De raad vroeg om een stand van zaken.');
    await directeur.getByLabel('Kernboodschap').fill('Het programma ligt op koers.');
    await directeur.getByLabel('Portefeuillehouder').fill('Wethouder Personeel en organisatie');
    await directeur.getByLabel('Datum van de brief').fill(vandaag());
    await directeur.getByRole('button', { name: 'Secties opslaan' }).click();
    await directeur.getByText('De secties zijn opgeslagen.').waitFor();
    await expectAccessible(directeur, 'concept');
  }, 90_000);

  it('the college approves it, the directeur records sending, and it downloads', async () => {
    await college.goto(directeur.url());
    await college.getByRole('heading', { level: 1, name: onderwerp }).waitFor();
    await college.getByRole('button', { name: 'Vaststellen (college)' }).click();
    await college.getByRole('button', { name: 'Ja, vaststellen' }).waitFor();
    await expectAccessible(college, 'vaststellen');
    await college.getByRole('button', { name: 'Ja, vaststellen' }).click();
    await college.getByText('De brief is vastgesteld.').waitFor();

    await directeur.reload();
    await directeur.getByRole('button', { name: 'Verzending vastleggen' }).click();
    await directeur.getByRole('button', { name: 'Ja, verzonden' }).click();
    await directeur.getByText('De verzending is vastgelegd.').waitFor();
    await directeur.getByText('Precies zoals verzonden', { exact: false }).first().waitFor();
    await expectAccessible(directeur, 'verzonden');

    const href = async (naam: string) =>
      (await directeur.getByRole('link', { name: new RegExp(`^${naam}`) }).getAttribute('href')) ?? '';
    const docx = await directeur.request.get(`${server.url}${await href('Word \\(DOCX\\)')}`);
    expect(docx.status()).toBe(200);
    expect((await docx.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await directeur.request.get(`${server.url}${await href('PDF')}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 90_000);
});
