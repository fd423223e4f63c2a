/**
 * Formatie and loonsom in a real browser (issue 13, item 8): a P&O adviser opens the organisation's
 * formatie and loonsom, follows a team, adds a formatieplaats (the error summary first for an empty
 * form, then success), places a medewerker on it and sees the vacancy count go up and down again;
 * the salary tables page shows the demo's example table. Every page passes axe-core and leaves a
 * screenshot test-results/screenshots/formatie-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('formatie: P&O works on a team’s formatie', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let api: ApiSessie;
  let team: { teamId: string; naam: string };
  const nieuwkomer = { voornaam: 'Noor', achternaam: 'Plaatsbaar' };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('po'), new TotpKlok());
    api = await apiVanContext(context, server.url);
    const formatie = await api.json('/organisatie/formatie');
    team = formatie.teams[0];
    expect(team).toBeTruthy();
    // Everyone in the demo is placed to their contract: a newcomer has the hours to fill the new place.
    const res = await api.fetch('/medewerkers', {
      method: 'POST',
      body: JSON.stringify({
        personeelsnummer: 'E2E-FM-1',
        ...nieuwkomer,
        eMail: 'noor.plaatsbaar@example.nl',
        functie: 'Adviseur formatie (test)',
        schaal: 9,
        trede: 3,
        inDienst: '2020-01-01',
        urenPerWeek: 36,
        teamId: team.teamId,
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(name: string) {
    await settle(page);
    await screenshot(page, `formatie-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  const vacatures = () =>
    page
      .getByTestId('formatie-kerncijfers')
      .locator('.wb-key-figure', { hasText: 'Vacatures' })
      .locator('.wb-key-figure__value')
      .textContent()
      .then((t) => t?.trim());

  it('opens the organisation formatie and loonsom from the menu and follows a team', async () => {
    await page.goto(`${server.url}/`);
    await page
      .locator('nav[aria-label="Hoofdmenu"]')
      .getByRole('link', { name: 'Formatie', exact: true })
      .click();
    await expect.poll(() => page.title()).toBe('Formatie en loonsom | Wendbaar');
    await page.getByTestId('formatie-per-team').waitFor();
    await page.getByTestId('loonsom-grafiek').waitFor();
    // The demo's team over budget is named in words, not only by colour.
    await expect.poll(() => page.getByTestId('loonsom-overschreden').textContent()).toMatch(/overschrijden/);
    expect(
      await page
        .getByTestId('loonsom-per-team')
        .getByText(/^Overschrijding € /)
        .count(),
    ).toBeGreaterThan(0);
    await expectAccessible('organisatie');

    await page.getByTestId('formatie-per-team').getByRole('link', { name: team.naam, exact: true }).click();
    await expect.poll(() => page.title()).toBe(`Formatie ${team.naam} | Wendbaar`);
    await page.getByTestId('formatie-tabel').waitFor();
    await page.getByTestId('loonsom-jaren').waitFor();
    await expectAccessible('team');
  });

  it('adds a formatieplaats (errors first) and places a medewerker on it: the vacancies follow', async () => {
    const voor = Number(await vacatures());

    await page.getByRole('button', { name: 'Formatieplaats toevoegen' }).click();
    const form = page.getByTestId('formatieplaats-form');
    await form.getByRole('button', { name: 'Formatieplaats toevoegen' }).click();
    const samenvatting = form.locator('.wb-error-summary');
    await samenvatting.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('wb-error-summary')))
      .toBe(true);
    const fouten = await samenvatting.getByRole('link').allInnerTexts();
    expect(fouten.some((f) => f.startsWith('Functie:'))).toBe(true);
    expect(fouten.some((f) => f.startsWith('Structureel of tijdelijk: Kies structureel of tijdelijk.'))).toBe(
      true,
    );
    await expectAccessible('plaats-fouten');

    await form.getByLabel('Functie', { exact: true }).fill('Adviseur formatie (test)');
    await form.getByLabel('Salarisschaal').fill('9');
    await form.getByLabel('Omvang (fte)').fill('1');
    await form.getByLabel('Structureel of tijdelijk').selectOption('structureel');
    await form.getByLabel('Financiering').selectOption('regulier');
    await form.getByRole('button', { name: 'Formatieplaats toevoegen' }).click();
    await page
      .getByText('Formatieplaats Adviseur formatie (test) is toegevoegd.', { exact: true })
      .first()
      .waitFor();
    await expect.poll(vacatures).toBe(String(voor + 1));

    await page.getByRole('button', { name: 'Medewerker plaatsen' }).click();
    const plaatsing = page.getByTestId('plaatsing-form');
    const keuze = plaatsing.getByLabel('Formatieplaats');
    const optie = await keuze
      .locator('option', { hasText: 'Adviseur formatie (test), schaal 9 (1,00 fte vacant)' })
      .getAttribute('value');
    await keuze.selectOption(optie!);
    await plaatsing.getByLabel('Zoek een medewerker').fill(nieuwkomer.achternaam);
    await plaatsing.getByRole('button', { name: 'Zoeken' }).click();
    await plaatsing
      .getByRole('button', { name: `Kiezen ${nieuwkomer.voornaam} ${nieuwkomer.achternaam}` })
      .click();
    await plaatsing.getByLabel('Deel van de plaats (fte)').fill('1');
    await expectAccessible('plaatsing');
    await plaatsing.getByRole('button', { name: 'Medewerker plaatsen' }).click();
    await page
      .getByText(
        `${nieuwkomer.voornaam} ${nieuwkomer.achternaam} is geplaatst op Adviseur formatie (test).`,
        { exact: true },
      )
      .first()
      .waitFor();
    await expect.poll(vacatures).toBe(String(voor));
    const rij = page.getByTestId('formatieplaats').filter({ hasText: 'Adviseur formatie (test)' });
    expect(await rij.textContent()).toContain(`${nieuwkomer.voornaam} ${nieuwkomer.achternaam}`);
    expect(await rij.textContent()).toContain('Vervuld');
  });

  it('shows the example salary table, its grid and the werkgeverslasten', async () => {
    await page.goto(`${server.url}/organisatie/formatie`);
    await settle(page);
    await page.getByRole('link', { name: 'Salaristabellen' }).click();
    await expect.poll(() => page.title()).toBe('Salaristabellen | Wendbaar');
    await page.getByTestId('salaris-grid').waitFor();
    expect(await page.getByTestId('salaristabellen').textContent()).toContain(
      'Voorbeeldtabel — geen officiële Cao-tabel',
    );
    expect(await page.getByTestId('werkgeverslasten').locator('tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible('salaristabellen');
  });
});
