/**
 * The veranderprogramma in a real browser (issue 15, item 1): the directeur opens the programme of
 * the demo municipality (phases, eight themes with where each stands), adds an action to a theme
 * and marks it done. Every state passes axe-core and leaves a screenshot
 * test-results/screenshots/veranderprogramma-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../src/domain/datum';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('Veranderprogramma: where each theme stands', () => {
  let server: TestServer;
  let browser: Browser;
  let directeur: Page;
  const klok = new TotpKlok();
  const titel = `Terugkomdag leidinggevenden ${Date.now()}`;

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

  async function expectAccessible(name: string) {
    await settle(directeur);
    await screenshot(directeur, `veranderprogramma-${name}`);
    expect(await axeViolations(directeur), name).toEqual([]);
  }

  it('the directeur opens the programme, adds an action to a theme and marks it done', async () => {
    await directeur.goto(`${server.url}/verandering/programma`);
    await directeur.getByRole('heading', { level: 1, name: 'Veranderprogramma' }).waitFor();
    // The phase that runs now, and a theme behind schedule, said in words.
    await directeur.getByTestId('programma-fasen').getByText('Fase 4: Verrichten en ontwikkelen').waitFor();
    await directeur.getByText('Loopt achter').first().waitFor();
    await expectAccessible('overzicht');

    const thema = directeur.getByRole('region', { name: 'Leiderschap', exact: true });
    await thema.getByLabel('Titel', { exact: true }).fill(titel);
    await thema.getByLabel(/^Datum/).fill(vandaag());
    await thema.getByRole('button', { name: 'Actie toevoegen' }).click();
    await thema.getByRole('rowheader', { name: titel }).waitFor();

    // The button names its action for a screen reader (the title is visually hidden).
    await thema.getByRole('button', { name: new RegExp(`^Gereed melden\\s*: ${titel}$`) }).click();
    await thema.getByRole('button', { name: new RegExp(`^Heropenen\\s*: ${titel}$`) }).waitFor();
    const rij = thema.getByRole('row').filter({ has: directeur.getByRole('rowheader', { name: titel }) });
    await rij.getByText(/^Gereed op/).waitFor();
    await expectAccessible('gereed');
  }, 120_000);
});
