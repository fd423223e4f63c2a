/**
 * Answering an inzetverzoek on a phone (issue 17, item 7), in a real browser at 390 × 844. The main
 * menu is folded behind "Menu" (aria-expanded, aria-controls, Escape), so the teamleider sees the
 * request's answers on the first screen: the waiting card's "Instemmen", "Afwijzen" and "Tegenvoorstel
 * doen" lie within the first 844 px without scrolling (Tegenvoorstel doen ended 24 px below it), nothing is wider than the screen, and axe finds nothing. She consents and sees
 * the result. Before: the header and the menu links filled the first screen, the first "Instemmen"
 * was 1,575 px down and a card overflowed to 577 px. Screenshots test-results/screenshots/telefoon-*.png.
 *
 * Own data in a future quarter (as inzet.e2e.test.ts): a new expertise held by a member of the demo
 * teamleider's team, a capaciteitsvraag on "Warmtenet Oost" and one request through the API.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import {
  type ApiSessie,
  apiLogin,
  apiVanContext,
  demoEMail,
  loginInBrowser,
  TotpKlok,
} from './support/toegang';

const JAAR = new Date().getFullYear() + 1;
const KWARTAAL = `${JAAR}-Q3`;
const UNIEK = Date.now().toString(36);
const EXPERTISE = `Telefoonproef ${UNIEK}`;
const BREEDTE = 390;
const HOOGTE = 844;

describe.skipIf(!browserAvailable)('telefoon: a teamleider answers an inzetverzoek at 390 × 844', () => {
  let server: TestServer;
  let browser: Browser;
  let leider: Page;
  let leiderApi: ApiSessie;
  let verzoekId: string;
  let persoon: { id: string; naam: string };

  const post = async (api: ApiSessie, path: string, body: unknown) => {
    const r = await api.fetch(path, { method: 'POST', body: JSON.stringify(body) });
    expect(r.status, `${path}: ${await r.clone().text()}`).toBe(201);
    return r.json();
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const klok = new TotpKlok();
    const context = await browser.newContext({
      viewport: { width: BREEDTE, height: HOOGTE },
      locale: 'nl-NL',
      hasTouch: true,
    });
    leider = await context.newPage();
    await loginInBrowser(leider, server.url, demoEMail('teamleider'), klok);
    leiderApi = await apiVanContext(context, server.url);
    const regisseur = await apiLogin(server.url, demoEMail('programmaregisseur'), klok);
    const po = await apiLogin(server.url, demoEMail('po'), klok);

    // A member of the teamleider's first team with room in the quarter.
    const sessie = await leiderApi.json('/sessies/huidig');
    const teamId = sessie.teamIds[0];
    const grid = await leiderApi.json(
      `/teams/${teamId}/beschikbaarheid?per=week&van=${JAAR}-W27&tot=${JAAR}-W39`,
    );
    const ruim = (grid.medewerkers as { medewerkerId: string; naam: string; cellen: { vrij: number }[] }[])
      .filter((m) => m.medewerkerId !== sessie.account.medewerkerId)
      .map((m) => ({ id: m.medewerkerId, naam: m.naam, vrij: Math.min(...m.cellen.map((c) => c.vrij)) }))
      .sort((a, b) => b.vrij - a.vrij || a.naam.localeCompare(b.naam));
    persoon = { id: ruim[0]!.id, naam: ruim[0]!.naam };

    const expertise = await post(po, '/expertises', { naam: EXPERTISE, categorie: 'Techniek' });
    await post(po, `/medewerkers/${persoon.id}/expertises`, { expertiseId: expertise.id, niveau: 3 });
    const opgaven = await regisseur.json('/opgaven');
    const warmteId = opgaven.resultaten.find((o: { titel: string }) => o.titel === 'Warmtenet Oost').id;
    const vraag = await post(regisseur, `/opgaven/${warmteId}/capaciteitsvragen`, {
      expertiseId: expertise.id,
      minimumNiveau: 2,
      periode: KWARTAAL,
      uren: 40,
    });
    const kandidaten = await regisseur.json(`/capaciteitsvragen/${vraag.id}/kandidaten`);
    persoon.naam = kandidaten.kandidaten.find(
      (k: { medewerker: { id: string } }) => k.medewerker.id === persoon.id,
    ).medewerker.naam;
    // Past the reservering with a reason, so the request is made whatever the team keeps.
    const verzoek = await post(regisseur, `/capaciteitsvragen/${vraag.id}/inzetverzoeken`, {
      medewerkerId: persoon.id,
      urenPerWeek: 2,
      vanWeek: kandidaten.vanWeek,
      totWeek: kandidaten.totWeek,
      overschrijdReservering: true,
      overschrijdingReden: 'Proef op de telefoon',
    });
    verzoekId = verzoek.id;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const menu = () => leider.getByRole('navigation', { name: 'Hoofdmenu' });
  const menuKnop = () => menu().getByRole('button', { name: 'Menu' });
  const breedte = () => leider.evaluate(() => document.documentElement.scrollWidth);
  const instemmen = (naam?: string) =>
    leider
      .getByTestId('te-beslissen')
      .getByTestId('verzoek')
      .filter(naam ? { hasText: naam } : {})
      .first()
      .getByRole('button', { name: /^Instemmen/ });

  /** Instemmen, Afwijzen and Tegenvoorstel doen of a card lie wholly within the first 390 × 844, unscrolled. */
  async function verwachtAntwoordenOpEersteScherm(kaart: Locator) {
    expect(await leider.evaluate(() => window.scrollY)).toBe(0);
    for (const naam of [/^Instemmen/, /^Afwijzen/, /^Tegenvoorstel doen/]) {
      const box = await kaart.getByRole('button', { name: naam }).boundingBox();
      expect(box, `${naam} zichtbaar`).not.toBeNull();
      expect(box!.y, `${naam} begint op het scherm`).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `${naam} eindigt op het eerste scherm`).toBeLessThanOrEqual(HOOGTE);
      expect(box!.x + box!.width, `${naam} past in de breedte`).toBeLessThanOrEqual(BREEDTE);
    }
  }

  async function expectAccessible(name: string) {
    await settle(leider);
    await screenshot(leider, `telefoon-${name}`);
    const violations = await axeViolations(leider);
    expect(violations, violations.join('\n')).toEqual([]);
  }

  it('the menu is folded behind "Menu", opens with the button and closes with Escape', async () => {
    await leider.goto(`${server.url}/`);
    await settle(leider);
    const knop = menuKnop();
    expect(await knop.getAttribute('aria-expanded')).toBe('false');
    const lijstId = await knop.getAttribute('aria-controls');
    expect(lijstId).toBeTruthy();
    const lijst = leider.locator(`[id="${lijstId}"]`);
    expect(await lijst.isVisible()).toBe(false);
    expect(await menu().getByRole('link', { name: 'Inzetverzoeken' }).count()).toBe(0);

    await knop.click();
    expect(await knop.getAttribute('aria-expanded')).toBe('true');
    expect(await lijst.isVisible()).toBe(true);
    expect(await breedte()).toBeLessThanOrEqual(BREEDTE);
    await expectAccessible('menu-open');

    // Keyboard: Escape folds it and gives focus back to the button; Enter opens it again.
    await menu().getByRole('link').first().focus();
    await leider.keyboard.press('Escape');
    expect(await knop.getAttribute('aria-expanded')).toBe('false');
    expect(await knop.evaluate((el) => el === document.activeElement)).toBe(true);
    await leider.keyboard.press('Enter');
    expect(await knop.getAttribute('aria-expanded')).toBe('true');

    // Choosing a page folds the menu.
    await menu().getByRole('link', { name: 'Inzetverzoeken' }).click();
    await leider.getByRole('heading', { level: 1, name: 'Inzetverzoeken' }).waitFor();
    await expect.poll(() => knop.getAttribute('aria-expanded')).toBe('false');
  });

  it('the waiting requests (the link of "Mijn werk"): the first card\'s Instemmen is on the first screen', async () => {
    await leider.goto(`${server.url}/inzetverzoeken?status=aangevraagd`);
    await settle(leider);
    const knop = instemmen();
    await knop.waitFor();
    await screenshot(leider, 'telefoon-wachtend-eerste-scherm');
    expect(await leider.evaluate(() => window.scrollY)).toBe(0);
    const box = await knop.boundingBox();
    expect(box, 'Instemmen zichtbaar').not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(HOOGTE);
    // All three answers on the first screen, Tegenvoorstel doen too (it ended 24 px below it).
    await verwachtAntwoordenOpEersteScherm(leider.getByTestId('te-beslissen').getByTestId('verzoek').first());
    expect(await breedte()).toBeLessThanOrEqual(BREEDTE);
    expect(await menuKnop().getAttribute('aria-expanded')).toBe('false');
    await expectAccessible('wachtend');
  });

  it('one request: its actions are on the first screen; she consents and sees the result', async () => {
    await leider.goto(`${server.url}/inzetverzoeken?verzoek=${verzoekId}`);
    await settle(leider);
    const kaart = leider.getByTestId('te-beslissen').getByTestId('verzoek').first();
    expect(await kaart.getAttribute('data-verzoek')).toBe(verzoekId);
    const knop = instemmen(persoon.naam);
    const box = await knop.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(HOOGTE);
    // Afwijzen beside it; Tegenvoorstel right below them, all within the first screen.
    await verwachtAntwoordenOpEersteScherm(kaart);
    const tegen = await kaart.getByRole('button', { name: /^Tegenvoorstel doen/ }).boundingBox();
    expect(tegen!.y - (box!.y + box!.height)).toBeLessThan(100);
    // Nothing wider than the screen, also with the counter-proposal form open.
    expect(await breedte()).toBeLessThanOrEqual(BREEDTE);
    await kaart.getByRole('button', { name: /^Tegenvoorstel doen/ }).click();
    await kaart.getByLabel('Uren per week').waitFor();
    expect(await breedte()).toBeLessThanOrEqual(BREEDTE);
    await expectAccessible('verzoek');
    await kaart.getByRole('button', { name: /^Tegenvoorstel doen/ }).click();

    await knop.click();
    await expect
      .poll(() => leider.locator('.wb-live-region').textContent())
      .toContain(`U hebt ingestemd met de inzet van ${persoon.naam}.`);
    const melding = leider.locator('.wb-live-region');
    expect(await melding.isVisible()).toBe(true);
    // The card has left the requests to decide; the overview and the server show the consent.
    await expect.poll(() => leider.locator(`article[data-verzoek="${verzoekId}"]`).count()).toBe(0);
    await expect
      .poll(() => leider.getByTestId('iz-overzicht').locator(`tr[data-verzoek="${verzoekId}"]`).textContent())
      .toContain('Ingestemd');
    expect((await leiderApi.json(`/inzetverzoeken/${verzoekId}`)).status).toBe('ingestemd');
    expect(await breedte()).toBeLessThanOrEqual(BREEDTE);
    await expectAccessible('ingestemd');
  });
});
