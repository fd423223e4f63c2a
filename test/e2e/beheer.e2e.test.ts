/**
 * Beheer in real Chromium: the accounts page, a new account with a one-time password whose first
 * login chooses a password and sets up the second factor (QR code and key), changing roles and
 * blocking, the reset dialogs, the audit log (the login is in it, CSV export, chain check) and
 * Gegevensbeheer (the backup download).
 * Logged in once as the demo beheerder (second step included).
 */
import { gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/access/totp';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('beheer: accounts and audit log', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: ApiSessie;
  let beheerder: Awaited<ReturnType<BrowserContext['storageState']>>;
  const klok = new TotpKlok();
  let teller = 0;
  const uniek = (naam: string) => `${naam}.${Date.now() % 1_000_000}.${teller++}@voorbeeld.nl`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const inlog = await browser.newContext({ locale: 'nl-NL' });
    await loginInBrowser(await inlog.newPage(), server.url, demoEMail('beheerder'), klok);
    beheerder = await inlog.storageState();
    api = await apiVanContext(inlog, server.url);
    await inlog.close();
  });

  const alsBeheerder = async () => {
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      storageState: beheerder,
    });
    page = await context.newPage();
  };

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('accounts: lists every account with roles and status, searches, and passes axe', async () => {
    await alsBeheerder();
    await page.goto(`${server.url}/beheer/accounts`);
    await settle(page);
    expect(await page.title()).toBe('Accounts | Wendbaar');
    const rijen = page.locator('tbody tr');
    await expect.poll(() => rijen.count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('tbody tr', { hasText: 'po@demo-gemeente.nl' }).textContent()).toContain('P&O');
    await screenshot(page, 'accounts');
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);

    await page.getByLabel('Naam of e-mailadres').fill('college');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('zoek')).toBe('college');
    await expect.poll(() => rijen.count()).toBe(1);
    expect(await rijen.textContent()).toContain('College van B&W');
  });

  it('creates an account: errors first, then a one-time password; the first login sets a password and TOTP', async () => {
    await alsBeheerder();
    await page.goto(`${server.url}/beheer/accounts/nieuw`);
    await settle(page);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    const summary = page.locator('.wb-error-summary');
    await expect.poll(() => summary.textContent()).toContain('E-mailadres');
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');

    const eMail = uniek('nieuwe.po');
    const medewerker = (await api.json('/medewerkers?paginaGrootte=1&sorteer=achternaam')).resultaten[0];
    await page.getByLabel('E-mailadres').fill(eMail);
    await page.getByLabel('Zoek een medewerker').fill(medewerker.achternaam);
    await page.getByLabel('Zoek een medewerker').press('Enter');
    await page
      .getByRole('button', { name: `Kiezen ${medewerker.naam}`, exact: true })
      .first()
      .click();
    // Choosing a medewerker fills in the name when it is still empty.
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe(medewerker.naam);
    await page.getByLabel(/^P&O/).check();
    await screenshot(page, 'account-nieuw');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();

    const wachtwoord = page.getByTestId('eenmalig-wachtwoord');
    await wachtwoord.waitFor();
    const tijdelijk = ((await wachtwoord.textContent()) ?? '').trim();
    expect(tijdelijk.length).toBeGreaterThanOrEqual(12);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('wb-eenmalig')))
      .toBe(true);
    await screenshot(page, 'account-eenmalig-wachtwoord');
    expect(await axeViolations(page)).toEqual([]);

    // The new person logs in: first an own password, then the second factor (P&O requires it).
    const nieuw = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    try {
      const p = await nieuw.newPage();
      await p.goto(`${server.url}/inloggen`);
      await p.getByLabel('E-mailadres').fill(eMail);
      await p.getByLabel('Wachtwoord', { exact: true }).fill(tijdelijk);
      await p.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await expect.poll(() => new URL(p.url()).pathname).toBe('/wachtwoord-wijzigen');
      await settle(p);
      await p.getByLabel('Huidig wachtwoord').fill(tijdelijk);
      await p.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een eigen lange zin');
      await p.getByLabel('Herhaal het nieuwe wachtwoord').fill('een andere lange zin');
      await p.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await expect
        .poll(() => p.locator('.wb-error-summary').textContent())
        .toContain('De twee nieuwe wachtwoorden zijn niet gelijk.');
      await screenshot(p, 'wachtwoord-wijzigen');
      expect(await axeViolations(p)).toEqual([]);
      await p.getByLabel('Herhaal het nieuwe wachtwoord').fill('een eigen lange zin');
      await p.getByRole('button', { name: 'Wachtwoord opslaan' }).click();

      await expect.poll(() => new URL(p.url()).pathname).toBe('/inloggen/tweestapsverificatie-instellen');
      await settle(p);
      expect(await p.locator('.wb-live-region').textContent()).toContain('Uw wachtwoord is gewijzigd.');
      const geheimTekst = p.getByTestId('totp-geheim');
      await geheimTekst.waitFor();
      const geheim = ((await geheimTekst.textContent()) ?? '').replace(/\s/g, '');
      expect(geheim).toMatch(/^[A-Z2-7]{32}$/);
      expect(await geheimTekst.textContent()).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
      expect(await p.locator('svg.wb-qr[role="img"]').getAttribute('aria-label')).toContain(eMail);
      expect(await p.getByText(/^otpauth:\/\/totp\//).count()).toBe(1);

      const code = p.getByLabel('Code', { exact: true });
      await code.fill(TotpKlok.fouteCode(geheim));
      await p.getByRole('button', { name: 'Tweestapsverificatie inschakelen' }).click();
      await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
      await screenshot(p, 'totp-instellen');
      const violations = await axeViolations(p);
      expect(violations, violations.join('\n')).toEqual([]);

      await code.fill(totpCode(geheim));
      await p.getByRole('button', { name: 'Tweestapsverificatie inschakelen' }).click();
      await p.locator('nav[aria-label="Hoofdmenu"]').waitFor();
      await expect.poll(() => new URL(p.url()).pathname).toBe('/');
      expect(await p.locator('.wb-header-account').textContent()).toContain(medewerker.naam);
    } finally {
      await nieuw.close();
    }
    const account = (await api.json(`/accounts?zoek=${encodeURIComponent(eMail)}`)).resultaten[0];
    expect(account).toMatchObject({ totpIngesteld: true, wachtwoordWijzigen: false, rollen: ['po'] });
  });

  it('changes roles and blocks an account; resets the password after a confirmation dialog', async () => {
    const eMail = uniek('wijzig');
    const aangemaakt = await api.fetch('/accounts', {
      method: 'POST',
      body: JSON.stringify({ eMail, naam: 'Wim Wijzig', rollen: ['medewerker'] }),
    });
    expect(aangemaakt.status).toBe(201);
    const { account } = await aangemaakt.json();

    await alsBeheerder();
    await page.goto(`${server.url}/beheer/accounts/${account.id}`);
    await settle(page);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Wim Wijzig');
    await page.getByRole('button', { name: 'Rollen of blokkade wijzigen' }).click();
    await page.getByLabel(/^Teamleider/).check();
    await page.getByLabel('Account blokkeren').check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain('De wijzigingen aan het account van Wim Wijzig zijn opgeslagen.');
    const gegevens = page.locator('.wb-data-list');
    await expect.poll(() => gegevens.textContent()).toContain('Medewerker, Teamleider');
    expect(await gegevens.textContent()).toContain('Geblokkeerd');
    const opgeslagen = await api.json(`/accounts/${account.id}`);
    expect(opgeslagen).toMatchObject({ actief: false, rollen: ['medewerker', 'teamleider'] });

    const knop = page.getByRole('button', { name: 'Wachtwoord herstellen' });
    await knop.click();
    const dialoog = page.getByRole('dialog', { name: 'Wachtwoord van Wim Wijzig herstellen?' });
    await dialoog.waitFor();
    await screenshot(page, 'account-herstel-dialoog');
    expect(await axeViolations(page)).toEqual([]);
    // Escape cancels and returns focus to the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialoog.isVisible()).toBe(false);
    expect(await knop.evaluate((el) => el === document.activeElement)).toBe(true);
    await knop.click();
    await dialoog.getByRole('button', { name: 'Wachtwoord herstellen' }).click();
    const wachtwoord = page.getByTestId('eenmalig-wachtwoord');
    await wachtwoord.waitFor();
    expect(((await wachtwoord.textContent()) ?? '').length).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'account');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('own account: no roles or blocking to change, a note that another beheerder does that', async () => {
    const { account } = await api.json('/sessies/huidig');
    await alsBeheerder();
    await page.goto(`${server.url}/beheer/accounts/${account.id}`);
    await settle(page);
    await page.getByRole('button', { name: 'Naam wijzigen' }).click();
    await page.getByText('dat doet een andere beheerder').waitFor();
    expect(await page.getByLabel(/^Teamleider/).count()).toBe(0);
    expect(await page.getByLabel('Account blokkeren').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('resets the second factor of an account after a confirmation dialog', async () => {
    const directeur = (await api.json('/accounts?zoek=directeur%40')).resultaten[0];
    expect(directeur.totpIngesteld).toBe(true);
    await alsBeheerder();
    await page.goto(`${server.url}/beheer/accounts/${directeur.id}`);
    await settle(page);
    await page.getByRole('button', { name: 'Tweestapsverificatie opnieuw instellen' }).click();
    const dialoog = page.getByRole('dialog');
    await dialoog.getByRole('button', { name: 'Tweestapsverificatie opnieuw instellen' }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain('stelt bij de volgende keer inloggen tweestapsverificatie opnieuw in');
    await expect.poll(() => page.locator('.wb-data-list').textContent()).toContain('Niet ingesteld');
    expect((await api.json(`/accounts/${directeur.id}`)).totpIngesteld).toBe(false);
  });

  it('audit log: shows the login, filters, exports CSV with the same filter, and checks the chain', async () => {
    await alsBeheerder();
    await page.goto(`${server.url}/beheer/audit`);
    await settle(page);
    expect(await page.title()).toBe('Auditlog | Wendbaar');
    const login = page.locator('tbody tr', { hasText: 'POST /sessies' }).filter({ hasText: 'Gelukt' });
    await expect.poll(() => login.count()).toBeGreaterThan(0);
    const beheerderNaam = (await api.json('/sessies/huidig')).account.naam;
    expect(await page.locator('tbody').textContent()).toContain(beheerderNaam);
    await screenshot(page, 'audit');
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);

    await page.getByLabel('Actie bevat').fill('POST /sessies');
    await page.getByLabel('Resultaat').selectOption('gelukt');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('actie')).toBe('POST /sessies');
    await expect
      .poll(async () =>
        (await page.locator('tbody tr').allTextContents()).every((r) => r.includes('/sessies')),
      )
      .toBe(true);

    const link = page.getByRole('link', { name: 'Exporteer CSV' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toContain('formaat=csv');
    expect(href).toContain('actie=POST+%2Fsessies');
    expect(href).toContain('resultaat=gelukt');
    // The link works with the browser's own session cookie.
    const csv = await context.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const regels = (await csv.text()).trim().split('\r\n');
    expect(regels[0]).toContain('tijdstempel;actor;actie');
    expect(regels.length).toBeGreaterThan(1);
    for (const regel of regels.slice(1)) {
      expect(regel).toContain('POST /sessies');
      expect(regel).toContain(';gelukt;');
    }

    await page.getByRole('button', { name: 'Controleer de keten' }).click();
    await expect
      .poll(() => page.locator('.wb-keten__uitkomst').textContent())
      .toMatch(/De keten is intact: [\d.]+ regels gecontroleerd\./);
  });

  it('gegevensbeheer: downloads the backup with the session cookie, shows the restore commands, passes axe', async () => {
    await alsBeheerder();
    await page.goto(`${server.url}/beheer/gegevens`);
    await settle(page);
    expect(await page.title()).toBe('Gegevensbeheer | Wendbaar');
    const link = page.getByRole('link', { name: 'Back-up downloaden' });
    expect(await link.getAttribute('href')).toBe('/api/v1/beheer/backup');
    expect(await page.locator('pre').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('npx wendbaar restore'), 'npx wendbaar audit verify']),
    );
    expect(await page.getByRole('link', { name: 'Naar importeren' }).getAttribute('href')).toBe(
      '/importeren',
    );
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
    // The link works with the browser's own session cookie: the file starts with its header line.
    const res = await context.request.get(`${server.url}/api/v1/beheer/backup`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-disposition']).toMatch(/attachment; filename="wendbaar-backup-/);
    expect(
      gunzipSync(await res.body())
        .toString('utf8')
        .split('\n')[0],
    ).toContain('"formaat":"wendbaar-backup"');
  });

  it('anonymise: a beheerder asks, confirms, and hears why it cannot happen yet for someone in service', async () => {
    const lijst = await api.json<{ resultaten: { id: string; naam: string }[] }>(
      '/medewerkers?paginaGrootte=1',
    );
    const medewerker = lijst.resultaten[0]!;
    await alsBeheerder();
    await page.goto(`${server.url}/medewerkers/${medewerker.id}`);
    await settle(page);
    await page.getByRole('button', { name: 'Anonimiseren' }).click();
    const dialoog = page.getByRole('dialog');
    await expect.poll(() => dialoog.isVisible()).toBe(true);
    expect(await dialoog.textContent()).toContain('kan niet ongedaan worden gemaakt');
    expect(await axeViolations(page)).toEqual([]);
    await dialoog.getByRole('button', { name: 'Anonimiseren' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('uit dienst');
    await screenshot(page, 'anonimiseren-geweigerd');
    const nog = await api.json<{ naam: string }>(`/medewerkers/${medewerker.id}`);
    expect(nog.naam).toBe(medewerker.naam);
  });
});
