/**
 * Import from the HR system in a real browser (issue 16): P&O uploads a CSV whose headers Wendbaar
 * does not recognise for two fields, maps those two by hand, reads the dry-run report and commits.
 * Every step passes axe-core (WCAG 2.2 A/AA).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('importeren: P&O imports a file from the HR system', () => {
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

  it('uploads, maps two columns by hand, reads the dry-run report and commits', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('po'), klok);
    const api = await apiVanContext(context, server.url);
    const teams = await api.json('/teams?soort=basisteam&paginaGrootte=1');
    const team = teams.resultaten[0].naam as string;

    await page.goto(`${server.url}/importeren`);
    await page.getByRole('button', { name: 'Bestand lezen' }).waitFor();
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);

    // "Sleutel" and "Inzet p/w" are no header names Wendbaar knows: those two are mapped by hand.
    const csv =
      '\ufeffSleutel;Roepnaam;Achternaam;E-mail;Functie;Schaal;Trede;Datum in dienst;Afdeling;Inzet p/w\r\n' +
      `E2E-001;Zoë;Çelik;zoe.celik.e2e@gemeente.nl;Beleidsadviseur;10;4;01-03-2024;${team};32,5\r\n`;
    await page.getByLabel('Bestand (CSV of XLSX)').setInputFiles({
      name: 'afas-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: 'Bestand lezen' }).click();
    await page.getByTestId('import-koppeling').waitFor();
    await page.getByLabel('Personeelsnummer').selectOption('Sleutel');
    await page.getByLabel('Contracturen per week').selectOption('Inzet p/w');
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Proefimport' }).click();
    const rapport = page.getByTestId('import-rapport');
    await rapport.waitFor();
    expect(await rapport.getByText('1 nieuw').count()).toBe(1);
    expect(await page.getByTestId('import-wijzigingen').getByText('Zoë Çelik').count()).toBe(1);
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Doorvoeren' }).click();
    const dialoog = page.getByRole('dialog');
    await dialoog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialoog.getByRole('button', { name: /wijzigingen doorvoeren/ }).click();
    await page.getByText('De import is doorgevoerd.').waitFor();
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    const gevonden = await api.json('/medewerkers?zoek=E2E-001');
    expect(gevonden.resultaten[0]).toMatchObject({ personeelsnummer: 'E2E-001', urenPerWeek: 32.5 });
  }, 180_000);
});
