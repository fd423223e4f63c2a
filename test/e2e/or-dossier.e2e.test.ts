/**
 * The OR-dossier in a real browser (issue 15, item 4): the directeur writes an adviesaanvraag and
 * puts it to the OR, the OR records a negative advice, the directeur records a decision that
 * deviates from it, and the page says until when it may not be carried out (art. 25 lid 6 WOR).
 * The directeur then plans an overlegvergadering with an agenda, records its minutes and an agreed
 * action with owner and date (a missing owner shows in the error summary first).
 * Every page passes axe-core and leaves a screenshot test-results/screenshots/or-dossier-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../src/domain/datum';
import { opschortingstermijn } from '../../src/domain/or-termijnen';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('OR-dossier: from adviesaanvraag to a deviating decision', () => {
  let server: TestServer;
  let browser: Browser;
  let directeur: Page;
  let or: Page;
  const klok = new TotpKlok();
  const onderwerp = `Teamindeling sociaal domein ${Date.now()}`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = () => browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    directeur = await (await context()).newPage();
    await loginInBrowser(directeur, server.url, demoEMail('directeur'), klok);
    or = await (await context()).newPage();
    await loginInBrowser(or, server.url, demoEMail('or'), klok);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(page: Page, name: string) {
    await settle(page);
    await screenshot(page, `or-dossier-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  it('the directeur writes an adviesaanvraag and puts it to the OR', async () => {
    await directeur.goto(`${server.url}/or-dossier`);
    await directeur.getByRole('heading', { level: 1, name: 'OR-dossier' }).waitFor();
    await expectAccessible(directeur, 'lijst');
    await directeur.getByLabel('Onderwerp').fill(onderwerp);
    await directeur
      .getByLabel('Aanleiding en beweegredenen')
      .fill('Het werk wordt in basisteams georganiseerd.');
    await directeur.getByLabel('Voorgenomen besluit').fill('Twee afdelingen gaan op in één basisteam.');
    await directeur
      .getByLabel('Gevolgen voor het personeel')
      .fill('Iedereen wordt geplaatst; geen ontslagen.');
    const over30 = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await directeur.getByLabel('Reactie gevraagd vóór').fill(over30);
    await directeur.getByRole('button', { name: 'Verzoek opslaan als concept' }).click();
    await directeur.getByRole('heading', { level: 1, name: onderwerp }).waitFor();
    await directeur.getByRole('button', { name: 'Voorleggen aan de OR' }).click();
    await directeur.getByText('De OR wordt gevraagd uiterlijk').waitFor();
    await expectAccessible(directeur, 'verzoek');
  }, 90_000);

  it('the OR advises negatively; the deviating decision shows its suspension date', async () => {
    const url = directeur.url();
    await or.goto(url);
    await or.getByRole('heading', { level: 1, name: onderwerp }).waitFor();
    await or.getByLabel('Advies').selectOption('negatief');
    await or.getByLabel('Toelichting').fill('De OR adviseert de afdelingen apart te houden.');
    await expectAccessible(or, 'advies');
    await or.getByRole('button', { name: 'Reactie vastleggen' }).click();
    await or.getByText('Negatief advies').waitFor();

    await directeur.reload();
    await directeur
      .getByLabel('Het besluit', { exact: true })
      .fill('Het besluit wordt genomen zoals voorgenomen.');
    await directeur.getByLabel('Datum besluit').fill(vandaag());
    await directeur.getByLabel('Het besluit volgt het advies van de OR').uncheck();
    await directeur.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const datum = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${opschortingstermijn(vandaag()).uitvoerbaarVanaf}T12:00:00`),
    );
    await directeur
      .getByText(
        `Dit besluit wijkt af van het advies. Het mag niet worden uitgevoerd vóór ${datum} (art. 25 lid 6 WOR).`,
      )
      .waitFor();
    await expectAccessible(directeur, 'besluit');
  }, 90_000);

  it('the directeur plans a meeting, records the minutes and an agreed action', async () => {
    const titel = `Overlegvergadering ${Date.now()}`;
    await directeur.goto(`${server.url}/or-dossier`);
    await directeur.getByRole('heading', { level: 2, name: 'Overlegvergadering plannen' }).waitFor();
    await directeur.getByLabel('Datum', { exact: true }).fill(vandaag());
    await directeur.getByLabel('Titel', { exact: true }).fill(titel);
    await directeur.getByLabel('Wat wordt besproken').fill('Adviesaanvraag teamindeling');
    await directeur.getByRole('button', { name: 'Vergadering plannen' }).click();
    await directeur.getByRole('heading', { level: 1, name: new RegExp(titel) }).waitFor();

    await directeur.getByLabel(/^Notulen/).fill('De OR stelt vragen over de plaatsing.');
    await directeur.getByRole('button', { name: 'Vergadering opslaan' }).click();
    await directeur.getByText('De vergadering is opgeslagen.').first().waitFor();

    await directeur.getByLabel('Actie', { exact: true }).fill('Plaatsingsprocedure toelichten');
    await directeur.getByRole('button', { name: 'Actie toevoegen' }).click();
    // The owner is required: the error summary names it and links to the field.
    await directeur.getByRole('link', { name: /^Eigenaar:/ }).waitFor();
    await expectAccessible(directeur, 'overleg-fout');
    await directeur.getByLabel('Eigenaar', { exact: true }).fill('P&O');
    await directeur.getByLabel(/^Uiterlijk klaar op/).fill(vandaag());
    await directeur.getByRole('button', { name: 'Actie toevoegen' }).click();
    await directeur.getByRole('rowheader', { name: 'Plaatsingsprocedure toelichten' }).waitFor();
    await expectAccessible(directeur, 'overleg');
  }, 90_000);
});
