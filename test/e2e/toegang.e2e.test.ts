/**
 * Logging in and what each role gets, in real Chromium against the real server: the login page
 * (field errors, a wrong password, too many attempts, axe), `?terug=` after login, the menu of every
 * demo role (what is there and what is not), the TOTP page with a wrong code, logging out (here and
 * everywhere), an expired session, and what a medewerker and the OR may see.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import {
  apiLogin,
  apiVanContext,
  type DemoRol,
  demoEMail,
  loginInBrowser,
  MET_TOTP,
  TotpKlok,
} from './support/toegang';

const ALLE_ITEMS = [
  'Mijn werk',
  'Capaciteit',
  'Formatie',
  'Teams',
  'Medewerkers',
  'Expertises',
  'Mensen',
  'Verandering',
  'Wendbare kant',
  'Inzetverzoeken',
  'Accounts',
  'Auditlog',
  'Gegevensbeheer',
];
// Every role starts at its own work (GET /mijn-werk); the organisation overview is linked from there,
// and the programme budget (everyone may read it) from that overview and the formatie page.
// The organogram and the expertises are linked from the teams (and medewerkers) list, not the menu
// (at most nine items fit one row). Mensen (issue 14) is there for every role: at least the pulse;
// so is Verandering (issue 15): everyone reads "Zo werken we".
const ORGANISATIE = ['Mijn werk', 'Teams', 'Medewerkers', 'Mensen', 'Verandering'];
const TOTALEN = ['Mijn werk', 'Teams', 'Mensen', 'Verandering'];
/** With the organisation capacity view (GET /organisatie/capaciteit). */
const metCapaciteit = (items: string[]) => [items[0] as string, 'Capaciteit', ...items.slice(1)];
/** With the formatie (GET /organisatie/formatie: teamleider, directie, P&O, OR, college), before the teams. */
const metFormatie = (items: string[]) => {
  const i = items.indexOf('Teams');
  return [...items.slice(0, i), 'Formatie', ...items.slice(i)];
};
/** With the agile side (GET /portfolio: those who steer, staff or decide on it; not the OR). */
const metWendbaar = (items: string[]) => [...items, 'Wendbare kant'];
/** With the inbox of inzetverzoeken (GET /inzetverzoeken: asker, teamleider, medewerker, directie, P&O). */
const metInzet = (items: string[]) => [...items, 'Inzetverzoeken'];

/** The menu each demo role must see: the pages whose routes the server lists for that session. */
const MENU: { rol: DemoRol; knop: string; items: string[]; zoeken: boolean }[] = [
  { rol: 'medewerker', knop: 'Medewerker', items: metInzet(ORGANISATIE), zoeken: true },
  {
    rol: 'teamleider',
    knop: 'Teamleider',
    items: metInzet(metWendbaar(metFormatie(metCapaciteit(ORGANISATIE)))),
    zoeken: true,
  },
  {
    rol: 'programmaregisseur',
    knop: 'Programmaregisseur',
    items: metInzet(metWendbaar(metCapaciteit(ORGANISATIE))),
    zoeken: true,
  },
  {
    rol: 'directeur',
    knop: 'Directeur',
    items: metInzet(metWendbaar(metFormatie(metCapaciteit(ORGANISATIE)))),
    zoeken: true,
  },
  {
    rol: 'po',
    knop: 'P&O',
    items: metInzet(metWendbaar(metFormatie(metCapaciteit(ORGANISATIE)))),
    zoeken: true,
  },
  { rol: 'or', knop: 'Ondernemingsraad', items: metFormatie(metCapaciteit(TOTALEN)), zoeken: false },
  {
    rol: 'college',
    knop: 'College van B&W',
    items: metWendbaar(metFormatie(metCapaciteit(TOTALEN))),
    zoeken: false,
  },
  {
    rol: 'beheerder',
    knop: 'Beheerder',
    items: [...ORGANISATIE, 'Accounts', 'Auditlog', 'Gegevensbeheer'],
    zoeken: true,
  },
];

const menuItems = (page: Page) =>
  page
    .locator('nav[aria-label="Hoofdmenu"] a')
    // Without the count of waiting work some items show, "Inzetverzoeken (3)".
    .evaluateAll((links) => links.map((a) => (a.textContent ?? '').replace(/ \(\d+\)$/, '')));

describe.skipIf(!browserAvailable)('logging in and access per role', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const klok = new TotpKlok();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  const nieuweContext = async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    page = await context.newPage();
    return page;
  };

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends a visitor without a session to the login page and back to the page after logging in', async () => {
    await nieuweContext();
    await page.goto(`${server.url}/teams?soort=directie`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/inloggen');
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/teams?soort=directie');
    await settle(page);
    expect(await page.locator('nav[aria-label="Hoofdmenu"]').count()).toBe(0);
    await page.getByLabel('E-mailadres').fill(demoEMail('teamleider'));
    await page.getByLabel('Wachtwoord', { exact: true }).fill('demo-wendbaar');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect
      .poll(() => `${new URL(page.url()).pathname}${new URL(page.url()).search}`)
      .toBe('/teams?soort=directie');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Teams');
  });

  it('login page: errors at the fields, a wrong password, and passes axe', async () => {
    await nieuweContext();
    await page.goto(`${server.url}/inloggen`);
    await settle(page);
    expect(await page.title()).toBe('Inloggen | Wendbaar');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    const summary = page.locator('.wb-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Vul uw e-mailadres in.');
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Wachtwoord', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('wb-error-summary')))
      .toBe(true);

    await page.getByLabel('E-mailadres').fill(demoEMail('medewerker'));
    await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect.poll(() => summary.textContent()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    // The demo table lists one account per role, each with its own button.
    for (const { knop } of MENU) {
      expect(await page.getByRole('button', { name: `Inloggen als ${knop}`, exact: true }).count()).toBe(1);
    }
    await screenshot(page, 'inloggen');
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('login page: after too many attempts it says how long to wait (429 with Retry-After)', async () => {
    const eMail = 'bestaat-niet@demo-gemeente.nl';
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${server.url}/api/v1/sessies`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ eMail, wachtwoord: 'fout' }),
      });
      expect(response.status).toBe(401);
    }
    await nieuweContext();
    await page.goto(`${server.url}/inloggen`);
    await settle(page);
    await page.getByLabel('E-mailadres').fill(eMail);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('fout');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect
      .poll(() => page.locator('.wb-error-summary').textContent())
      .toContain('Er is te vaak geprobeerd in te loggen. Probeer het over 15 minuten opnieuw.');
  });

  for (const { rol, knop, items, zoeken } of MENU) {
    it(`${knop}: "Inloggen als ${knop}" logs in and the menu shows exactly that role's items`, async () => {
      await nieuweContext();
      await page.goto(`${server.url}/inloggen`);
      await settle(page);
      const metTotp = MET_TOTP.includes(rol);
      // The demo button fills in the form; for roles with a second step the TOTP page enters the
      // server's current demo code itself, so that step must not have been used in this file yet.
      if (metTotp) await klok.wachtOpVerseStap(demoEMail(rol));
      await page.getByRole('button', { name: `Inloggen als ${knop}`, exact: true }).click();
      await page.locator('nav[aria-label="Hoofdmenu"]').waitFor();
      if (metTotp) klok.markeerGebruikt(demoEMail(rol));
      await settle(page);
      expect(new URL(page.url()).pathname).toBe('/');

      expect(await menuItems(page)).toEqual(items);
      expect(items.length, `items in the menu of ${rol}`).toBeLessThanOrEqual(9);
      // At 1280 px every role's menu fits on one row (the directie's nine items used to wrap).
      expect(page.viewportSize()?.width).toBe(1280);
      const rijen = await page
        .locator('nav[aria-label="Hoofdmenu"] a')
        .evaluateAll((links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size);
      expect(rijen, `rows in the menu of ${rol}`).toBe(1);
      for (const item of ALLE_ITEMS) {
        const link = page
          .locator('nav[aria-label="Hoofdmenu"]')
          .getByRole('link', { name: item, exact: true });
        expect(await link.count(), `${item} in het menu van ${rol}`).toBe(items.includes(item) ? 1 : 0);
      }
      expect(await page.getByRole('searchbox', { name: 'Zoeken' }).count()).toBe(zoeken ? 1 : 0);
      const header = (await page.locator('.wb-header-account').textContent()) ?? '';
      expect(header).toContain(knop);
      expect(header).toContain('Uitloggen');
      expect(await page.getByRole('button', { name: 'Mijn account' }).count()).toBe(1);
      await screenshot(page, `menu-${rol}`);
    });
  }

  it('TOTP page: a wrong code gives an error at the field; passes axe', async () => {
    await nieuweContext();
    await page.goto(`${server.url}/inloggen?terug=%2Forganogram`);
    await settle(page);
    await page.getByLabel('E-mailadres').fill(demoEMail('directeur'));
    await page.getByLabel('Wachtwoord', { exact: true }).fill('demo-wendbaar');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/inloggen/tweestapsverificatie');
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/organogram');
    await settle(page);
    expect(await page.title()).toBe('Tweestapsverificatie | Wendbaar');
    // Until the second step is done, the app itself stays closed.
    expect(await page.locator('nav[aria-label="Hoofdmenu"]').count()).toBe(0);

    const code = page.getByLabel('Code', { exact: true });
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await code.fill(TotpKlok.fouteCode());
    await page.getByRole('button', { name: 'Code controleren' }).click();
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await code.getAttribute('aria-describedby')) ?? '';
    const fout = await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent();
    expect(fout).toContain('Deze code klopt niet.');
    expect(await page.locator('.wb-error-summary').textContent()).toContain('Code: Deze code klopt niet.');
    expect(new URL(page.url()).pathname).toBe('/inloggen/tweestapsverificatie');
    await screenshot(page, 'totp');
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);

    // Any API call is still refused: the second step is missing.
    const api = await apiVanContext(context, server.url);
    expect((await api.fetch('/teams')).status).toBe(403);
  });

  it('logs out: back to the login page, and the session no longer works', async () => {
    await nieuweContext();
    await loginInBrowser(page, server.url, demoEMail('medewerker'), klok);
    const api = await apiVanContext(context, server.url);
    expect((await api.fetch('/teams')).status).toBe(200);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/inloggen');
    await expect
      .poll(() => page.locator('.wb-login .utrecht-alert').first().textContent())
      .toContain('U bent uitgelogd.');
    expect(await page.locator('.wb-header-account').count()).toBe(0);
    expect((await api.fetch('/teams')).status).toBe(401);
    await page.goto(`${server.url}/medewerkers`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/inloggen');
  });

  it('logs out everywhere from the account menu: another browser is logged out too', async () => {
    await nieuweContext();
    const ander = await apiLogin(server.url, demoEMail('programmaregisseur'), klok);
    await loginInBrowser(page, server.url, demoEMail('programmaregisseur'), klok);
    const menu = page.getByRole('button', { name: 'Mijn account' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'account-menu');
    expect(await axeViolations(page)).toEqual([]);
    // Escape closes the menu and returns focus to its button.
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    await menu.click();
    await page.getByRole('button', { name: 'Overal uitloggen' }).click();
    await expect
      .poll(() => page.locator('.wb-login .utrecht-alert').first().textContent())
      .toContain('U bent op alle apparaten uitgelogd.');
    expect((await ander.fetch('/teams')).status).toBe(401);
  });

  it('an ended session mid-use opens the login page with ?terug= and a message', async () => {
    await nieuweContext();
    await loginInBrowser(page, server.url, demoEMail('medewerker'), klok);
    await settle(page);
    const api = await apiVanContext(context, server.url);
    // The session ends elsewhere (timeout, logout on another tab): the next API call answers 401.
    expect((await api.fetch('/sessies/huidig', { method: 'DELETE' })).status).toBe(204);
    await page.locator('nav[aria-label="Hoofdmenu"]').getByRole('link', { name: 'Mensen' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/inloggen');
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/mensen');
    await expect
      .poll(() => page.locator('.utrecht-alert').first().textContent())
      .toContain('Uw sessie is verlopen.');
  });

  it('a medewerker sees colleagues’ basics ("niet zichtbaar voor uw rol") and their own record in full', async () => {
    await nieuweContext();
    await loginInBrowser(page, server.url, demoEMail('medewerker'), klok);
    const api = await apiVanContext(context, server.url);
    const sessie = await api.json('/sessies/huidig');
    const lijst = await api.json('/medewerkers?paginaGrootte=5');
    const collega = lijst.resultaten.find((m: { id: string }) => m.id !== sessie.account.medewerkerId);
    expect(collega.zicht).toBe('basis');

    await page.goto(`${server.url}/medewerkers/${collega.id}`);
    await settle(page);
    await expect.poll(() => page.locator('h1').textContent()).toBe(collega.naam);
    const gegevens = (await page.locator('.wb-data-list').textContent()) ?? '';
    expect(gegevens).toContain('niet zichtbaar voor uw rol');
    expect(await page.locator('h2', { hasText: 'Contracthistorie' }).count()).toBe(0);
    expect(await page.locator('h2', { hasText: 'Expertises' }).count()).toBe(0);
    expect(await page.getByText('Contracthistorie en expertises van deze medewerker').count()).toBe(1);
    for (const actie of [
      'Contracturen wijzigen',
      'Naar een ander team',
      'Teamlidmaatschap beëindigen',
      'Gegevens wijzigen',
      'Uit dienst melden',
    ]) {
      expect(await page.getByRole('button', { name: actie }).count()).toBe(0);
    }
    await screenshot(page, 'medewerker-basis');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/medewerkers/${sessie.account.medewerkerId}`);
    await settle(page);
    expect(await page.locator('.wb-data-list').textContent()).not.toContain('niet zichtbaar');
    expect(await page.locator('h2', { hasText: 'Contracthistorie' }).count()).toBe(1);
    // Their own expertise they record themselves; contract and team stay with P&O.
    expect(await page.getByRole('button', { name: 'Expertise toevoegen' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Contracturen wijzigen' }).count()).toBe(0);

    await page.goto(`${server.url}/medewerkers`);
    await settle(page);
    expect(await page.getByRole('link', { name: 'Nieuwe medewerker' }).count()).toBe(0);
    expect(await page.locator('th', { hasText: 'Schaal' }).count()).toBe(0);
    expect(await page.locator('.wb-zicht-melding').textContent()).toContain('niet zichtbaar voor uw rol');
  });

  it('the OR sees figures only: personal details hidden on the overview, no medewerker pages', async () => {
    await nieuweContext();
    await loginInBrowser(page, server.url, demoEMail('or'), klok);
    await page.goto(`${server.url}/organisatie`);
    await settle(page);
    expect(await page.locator('.wb-zicht-melding').textContent()).toContain(
      'Geplande wijzigingen en signalen over personen zijn niet zichtbaar voor uw rol.',
    );
    expect(await page.locator('h2', { hasText: 'Open wijzigingen' }).count()).toBe(0);
    expect(await page.locator('.wb-key-figure').count()).toBe(4);
    // Team leaders are names, not links to pages the OR may not open.
    const teams = page.locator('section:has(h2:text("Teams")) tbody');
    expect(await teams.locator('a[href^="/medewerkers/"]').count()).toBe(0);
    await screenshot(page, 'organisatie-or');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/medewerkers`);
    await settle(page);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Geen toegang');
    await page.goto(`${server.url}/teams`);
    await settle(page);
    expect(await page.getByRole('link', { name: 'Nieuw team' }).count()).toBe(0);
  });
});
