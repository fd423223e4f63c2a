/**
 * The veranderprogramma in a real browser (issue 15, item 1): the directeur opens the programme of
 * the demo municipality (phases, eight themes with where each stands), edits a theme, changes a
 * member's hours, adds an action and marks it done, removes a milestone, and sees it all after a
 * reload; a medewerker sees no controls outside the theme they carry. One test, two axe runs (e2e
 * time is scarce); screenshots in test-results/screenshots/veranderprogramma-*.png.
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
  const omschrijving = `Leidinggevenden sturen op vertrouwen (${Date.now()})`;
  const mijlpaal = 'Leiderschapsprogramma afgerond';

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

  it('the directeur keeps the programme up to date; a medewerker sees no controls', async () => {
    const url = `${server.url}/verandering/programma`;
    await directeur.goto(url);
    await directeur.getByRole('heading', { level: 1, name: 'Veranderprogramma' }).waitFor();
    // The phase that runs now, and a theme behind schedule, said in words.
    await directeur
      .getByTestId('programma-fasen')
      .getByText('Fase 4: Verrichten en ontwikkelen', { exact: true })
      .waitFor();
    await directeur.getByText('Loopt achter').first().waitFor();
    await expectAccessible('overzicht');

    const thema = directeur.getByRole('region', { name: 'Leiderschap', exact: true });
    // Edit the theme: the form opens with focus in its first field, saving returns focus to the button.
    const wijzigThema = thema.getByRole('button', { name: /^Thema wijzigen\s*: Leiderschap$/ });
    await wijzigThema.click();
    await expect
      .poll(() => directeur.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('naam');
    await thema.getByLabel(/^Omschrijving/).fill(omschrijving);
    await thema.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await thema.getByText(omschrijving).waitFor();
    await expect
      .poll(() => directeur.evaluate(() => document.activeElement?.id))
      .toBe(await wijzigThema.getAttribute('id'));

    // A member's hours: the inzet changes with them.
    await thema
      .getByRole('button', { name: /^Uren of periode wijzigen\s*: / })
      .first()
      .click();
    await thema.getByLabel('Uren per week').fill('7,5');
    await expectAccessible('lid-wijzigen');
    await thema.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await thema.getByText(/7,5 uur per week/).waitFor();

    // Add an action and mark it done with one click; the button names its action for a screen reader.
    await thema.getByRole('button', { name: /Actie of mijlpaal toevoegen\s*: Leiderschap$/ }).click();
    await thema.getByLabel('Titel', { exact: true }).fill(titel);
    await thema.getByLabel(/^Datum/).fill(vandaag());
    await thema.getByRole('button', { name: 'Actie toevoegen' }).click();
    await thema.getByRole('rowheader', { name: titel }).waitFor();
    await thema.getByRole('button', { name: new RegExp(`^Gereed melden\\s*: ${titel}$`) }).click();
    await thema.getByRole('button', { name: new RegExp(`^Heropenen\\s*: ${titel}$`) }).waitFor();

    // Remove a milestone after confirming.
    await thema.getByRole('button', { name: new RegExp(`^Verwijderen\\s*: ${mijlpaal}$`) }).click();
    const dialoog = directeur.getByRole('dialog', { name: 'Actie of mijlpaal verwijderen?' });
    await dialoog.getByRole('button', { name: 'Verwijderen' }).click();
    await thema.getByRole('rowheader', { name: mijlpaal }).waitFor({ state: 'detached' });

    // Everything is saved: the page shows it after a reload.
    await directeur.reload();
    await directeur
      .getByRole('heading', { level: 1, name: 'Veranderprogramma' })
      .waitFor({ timeout: 60_000 });
    const opnieuw = directeur.getByRole('region', { name: 'Leiderschap', exact: true });
    await opnieuw.getByText(omschrijving).waitFor();
    await opnieuw.getByText(/7,5 uur per week/).waitFor();
    const rij = opnieuw.getByRole('row').filter({ has: directeur.getByRole('rowheader', { name: titel }) });
    await rij.getByText(/^Gereed op/).waitFor();
    expect(await opnieuw.getByRole('rowheader', { name: mijlpaal }).count()).toBe(0);

    // A medewerker reads the programme without controls; as trekker of "Koers en cultuur" the demo
    // medewerker keeps that theme's actions, but changes no theme or phase.
    const medewerker = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    await loginInBrowser(medewerker, server.url, demoEMail('medewerker'), klok);
    await medewerker.goto(url);
    const leiderschap = medewerker.getByRole('region', { name: 'Leiderschap', exact: true });
    await leiderschap.getByText(omschrijving).waitFor();
    expect(await leiderschap.getByRole('button').count()).toBe(0);
    expect(
      await medewerker
        .getByRole('button', { name: /^(Thema wijzigen|Fase toevoegen|Thema toevoegen|Wijzigen\s*: Fase)/ })
        .count(),
    ).toBe(0);
    const eigen = medewerker.getByRole('region', { name: 'Koers en cultuur', exact: true });
    expect(await eigen.getByRole('button', { name: /^(Gereed melden|Heropenen)/ }).count()).toBeGreaterThan(
      0,
    );
  }, 180_000);
});
