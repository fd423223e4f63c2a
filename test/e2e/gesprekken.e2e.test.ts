/**
 * The gesprekscyclus in a real browser (issue 14, item 2): the demo medewerker's own teamleider
 * records a conversation (first an empty form: the error summary links to the field), adds an
 * agreed action with the keyboard, and the medewerker then sees it all and adds an own note. Every
 * page passes axe-core and leaves a screenshot test-results/screenshots/gesprekken-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('gesprekken: teamleider records, medewerker reads and adds a note', () => {
  let server: TestServer;
  let browser: Browser;
  let medewerkerPage: Page;
  let leiderPage: Page;
  let medewerkerId: string;
  const klok = new TotpKlok();
  const verslag = `Voortgang besproken in de browsertest ${Date.now()}.`;
  const actie = 'Cursus klantgericht schrijven volgen';
  const notitie = 'Ik wil de cursus graag in het najaar doen.';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const mwContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    medewerkerPage = await mwContext.newPage();
    await loginInBrowser(medewerkerPage, server.url, demoEMail('medewerker'), klok);
    const api = await apiVanContext(mwContext, server.url);
    const sessie = await api.json('/sessies/huidig');
    medewerkerId = sessie.account.medewerkerId;
    const ik = await api.json(`/medewerkers/${medewerkerId}`);
    // The team's teamleider today: every teamleider of the demo can log in with their own e-mail.
    const vandaag = new Date().toISOString().slice(0, 10);
    const leiders = (await api.json(`/teams/${ik.team.id}/leidinggevenden`)).resultaten;
    const leider = leiders.find(
      (l: { rol: string; ingangsdatum: string; einddatum: string | null }) =>
        l.rol === 'teamleider' &&
        l.ingangsdatum <= vandaag &&
        (l.einddatum === null || l.einddatum >= vandaag),
    );
    expect(leider, 'de demo-medewerker heeft een teamleider').toBeTruthy();
    const leiderMedewerker = await api.json(`/medewerkers/${leider.medewerkerId}`);
    const tlContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    leiderPage = await tlContext.newPage();
    await loginInBrowser(leiderPage, server.url, leiderMedewerker.eMail, klok);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(page: Page, name: string) {
    await settle(page);
    await screenshot(page, `gesprekken-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  it('shows the demo conversations to the teamleider, with a form to record one', async () => {
    await leiderPage.goto(`${server.url}/medewerkers/${medewerkerId}`);
    await settle(leiderPage);
    await leiderPage.getByRole('link', { name: 'Gesprekken', exact: true }).click();
    await expect.poll(() => leiderPage.url()).toContain(`/medewerkers/${medewerkerId}/gesprekken`);
    await leiderPage.getByRole('heading', { level: 1, name: 'Gesprekken' }).waitFor();
    await leiderPage.getByRole('heading', { name: 'Gesprek vastleggen' }).waitFor();
    expect(await leiderPage.locator('article').count()).toBeGreaterThan(0);
    await expectAccessible(leiderPage, 'teamleider');
  }, 60_000);

  it('links every problem of an empty form to its field, then records the conversation', async () => {
    const form = leiderPage.locator('form', { has: leiderPage.getByRole('group', { name: 'Het gesprek' }) });
    await form.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    const samenvatting = leiderPage.locator('.wb-error-summary');
    await samenvatting.waitFor();
    await samenvatting.getByRole('link', { name: /Soort gesprek/ }).click();
    await expect
      .poll(() => leiderPage.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('soort');
    await expectAccessible(leiderPage, 'fouten');
    await form.getByLabel('Soort gesprek').selectOption({ label: 'Voortgangsgesprek' });
    await form.getByLabel('Verslag').fill(verslag);
    await form.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await leiderPage.locator('article', { hasText: verslag }).waitFor();
  }, 60_000);

  it('adds an agreed action with the keyboard', async () => {
    const kaart = leiderPage.locator('article', { hasText: verslag });
    await kaart.getByLabel('Wat is afgesproken').fill(actie);
    await kaart.getByLabel('Wie doet het').selectOption('medewerker');
    await kaart.getByLabel('Deadline').focus();
    await leiderPage.keyboard.press('Tab');
    await leiderPage.keyboard.press('Enter');
    await kaart.getByText(actie).waitFor();
    await expectAccessible(leiderPage, 'actie');
  }, 60_000);

  it('lets the medewerker read it all and add an own note', async () => {
    await medewerkerPage.goto(`${server.url}/medewerkers/${medewerkerId}/gesprekken`);
    await settle(medewerkerPage);
    expect(await medewerkerPage.getByRole('heading', { name: 'Gesprek vastleggen' }).count()).toBe(0);
    const kaart = medewerkerPage.locator('article', { hasText: verslag });
    await kaart.getByText(actie).waitFor();
    expect(await kaart.getByLabel('Wat is afgesproken').count()).toBe(0);
    await kaart.getByLabel('Eigen notitie').fill(notitie);
    await kaart.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await kaart.locator('li', { hasText: notitie }).waitFor();
    await expectAccessible(medewerkerPage, 'medewerker');
  }, 60_000);
});
