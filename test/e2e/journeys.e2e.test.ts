/**
 * User journeys through the web app, by mouse and by keyboard, against the real server: search from
 * the header, create a medewerker (first with errors), change contract hours, add an expertise, move
 * to another team, a concurrent change (412), appoint and end a teamleider, and keyboard-only use of
 * the skip link and the menu. Logged in once as P&O (second step included); every test gets a fresh
 * browser context with that session.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

const dateNl = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

/** The first day of next month, as YYYY-MM-DD. */
function firstOfNextMonth(): string {
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 10);
}

const focusedDescription = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}#${el.id}.${el.className} "${el.textContent?.trim() ?? ''}"` : '';
  });

describe.skipIf(!browserAvailable)('user journeys', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let context: BrowserContext | undefined;
  let api: ApiSessie;
  let sessie: Awaited<ReturnType<BrowserContext['storageState']>>;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const inlog = await browser.newContext({ locale: 'nl-NL' });
    await loginInBrowser(await inlog.newPage(), server.url, demoEMail('po'), new TotpKlok());
    sessie = await inlog.storageState();
    api = await apiVanContext(inlog, server.url);
    await inlog.close();
  });

  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      storageState: sessie,
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('searches a medewerker from the header and opens them', async () => {
    const lijst = await api.json('/medewerkers?paginaGrootte=1&sorteer=-personeelsnummer');
    const medewerker = lijst.resultaten[0];
    await page.goto(`${server.url}/organogram`);
    await settle(page);
    await page.getByRole('searchbox', { name: 'Zoeken' }).first().fill(medewerker.achternaam);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/zoeken');
    expect(new URL(page.url()).searchParams.get('zoekterm')).toBe(medewerker.achternaam);
    const result = page.getByRole('link', { name: medewerker.naam, exact: true });
    await result.first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/medewerkers/${medewerker.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(medewerker.naam);
    // After a route change the new page's h1 has focus, so screen readers announce it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.title()).toBe(`${medewerker.naam} | Wendbaar`);
  });

  it('creates a medewerker: errors at the fields and in a focused summary, then fixed and saved', async () => {
    await page.goto(`${server.url}/medewerkers/nieuw`);
    await settle(page);
    await page.getByRole('button', { name: 'Medewerker opslaan' }).click();

    const summary = page.locator('.wb-error-summary');
    await summary.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('wb-error-summary')))
      .toBe(true);
    expect(await summary.locator('h2').textContent()).toBe('Controleer de volgende gegevens');
    const summaryLink = summary.getByRole('link', { name: /^Voornaam: / });
    expect(await summaryLink.count()).toBe(1);

    const voornaam = page.getByLabel('Voornaam', { exact: true });
    expect(await voornaam.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await voornaam.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).not.toBe('');
    const message = await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent();
    expect(message).toMatch(/verplicht/i);
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Tussenvoegsel').getAttribute('aria-invalid')).toBeNull();

    await screenshot(page, 'medewerker-nieuw-fouten');
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);

    await summaryLink.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('medewerker-nieuw-voornaam');

    const nummer = `E2E${Date.now() % 1_000_000}`;
    await voornaam.fill('Eva');
    await page.getByLabel('Achternaam').fill('Testsma');
    await page.getByLabel('E-mailadres').fill(`eva.testsma.${nummer}@example.org`);
    await page.getByLabel('Personeelsnummer').fill(nummer);
    await page.getByLabel('Functie').fill('Beleidsadviseur');
    await page.getByLabel('Schaal', { exact: true }).fill('10');
    await page.getByLabel('Trede', { exact: true }).fill('3');
    await page.getByLabel('Team', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Contracturen per week').fill('32');
    await page.getByRole('button', { name: 'Medewerker opslaan' }).click();

    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/medewerkers\/[^/]+$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Eva Testsma');
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain('Eva Testsma is aangemaakt');
    expect(await page.locator('.wb-live-region').getAttribute('aria-live')).toBe('polite');
  });

  it('changes contract hours from a date, adds an expertise and moves the medewerker to another team', async () => {
    const lijst = await api.json('/medewerkers?paginaGrootte=1&sorteer=personeelsnummer');
    const medewerker = lijst.resultaten[0];
    const datum = firstOfNextMonth();
    await page.goto(`${server.url}/medewerkers/${medewerker.id}`);
    await settle(page);

    // Contract hours
    const contractKnop = page.getByRole('button', { name: 'Contracturen wijzigen' });
    await contractKnop.click();
    expect(await contractKnop.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contract-urenPerWeek');
    await page.getByLabel('Nieuwe contracturen per week').fill('27');
    await page.getByLabel('Ingangsdatum').fill(datum);
    await page.getByRole('button', { name: 'Contracturen opslaan' }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`27 uur per week vanaf ${dateNl(datum)}`);
    const contractRij = page.locator('section:has(h2:text-is("Contracthistorie")) tbody tr', {
      hasText: dateNl(datum),
    });
    await expect.poll(() => contractRij.count()).toBe(1);
    expect(await contractRij.textContent()).toContain('27');
    expect(await contractRij.textContent()).toContain('Gepland');
    expect(await contractKnop.getAttribute('aria-expanded')).toBe('false');

    // Expertise
    const expertiseSelect = page.getByLabel('Expertise', { exact: true });
    await expertiseSelect.selectOption({ index: 1 });
    const expertiseNaam = ((await expertiseSelect.locator('option:checked').textContent()) ?? '').replace(
      / \(.*\)$/,
      '',
    );
    await page.getByLabel('Niveau', { exact: true }).selectOption('3');
    await page.getByLabel(/ambitie/).check();
    await page.getByRole('button', { name: 'Expertise toevoegen' }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`Expertise ${expertiseNaam} is toegevoegd`);
    const expertiseRij = page.locator('section:has(h2:text-is("Expertises")) tbody tr', {
      hasText: expertiseNaam,
    });
    await expect.poll(() => expertiseRij.count()).toBe(1);
    expect(await expertiseRij.textContent()).toContain('ervaren');

    // Change level of that expertise in its row
    await expertiseRij.getByRole('button', { name: `Wijzigen ${expertiseNaam}` }).click();
    await expertiseRij.getByLabel(`Niveau voor ${expertiseNaam}`).selectOption('4');
    await expertiseRij.getByRole('button', { name: `Opslaan ${expertiseNaam}` }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`Expertise ${expertiseNaam} is gewijzigd`);
    await expect.poll(() => expertiseRij.textContent()).toContain('expert');

    // Removing asks first (issue 17, item 6): the dialog names the expertise, and cancelling
    // keeps it — on the page and on the server.
    await expertiseRij.getByRole('button', { name: `Verwijderen ${expertiseNaam}` }).click();
    const dialoog = page.getByRole('dialog', { name: `Expertise ${expertiseNaam} verwijderen?` });
    await dialoog.waitFor();
    expect(await dialoog.textContent()).toContain('worden verwijderd');
    {
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
    }
    await dialoog.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => dialoog.isVisible()).toBe(false);
    await page.reload();
    await settle(page);
    await expect.poll(() => expertiseRij.count()).toBe(1);
    expect(await expertiseRij.textContent()).toContain('expert');

    // Move to another team
    await page.getByRole('button', { name: 'Naar een ander team' }).click();
    const teamSelect = page.getByLabel('Nieuw team');
    await teamSelect.selectOption({ index: 1 });
    const nieuwTeam = (await teamSelect.locator('option:checked').textContent()) ?? '';
    await page.locator('#teamwissel-ingangsdatum').fill(datum);
    await page.getByRole('button', { name: 'Teamwissel opslaan' }).click();
    await expect.poll(() => page.locator('.wb-live-region').textContent()).toContain(`naar ${nieuwTeam}`);
    const teamRij = page.locator('section:has(h2:text-is("Teamhistorie")) tbody tr', { hasText: nieuwTeam });
    await expect.poll(() => teamRij.count()).toBe(1);
    expect(await teamRij.textContent()).toContain(dateNl(datum));
    await screenshot(page, 'medewerker-na-wijzigingen');
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('ends a membership 40 days back only with the next team and a reason, and names the changed months', async () => {
    const lijst = await api.json('/medewerkers?paginaGrootte=1&sorteer=inDienst');
    const medewerker = lijst.resultaten[0];
    const einde = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${server.url}/medewerkers/${medewerker.id}`);
    await settle(page);
    await page.getByRole('button', { name: 'Teamlidmaatschap beëindigen' }).click();
    await page.locator('#lidmaatschap-einde-einddatum').fill(einde);
    // Further back than the organisation's 31 days: the form asks why.
    const reden = page.getByLabel(/Reden \(verplicht bij een wijziging met terugwerkende kracht\)/);
    await reden.waitFor();
    await page.getByRole('button', { name: 'Einde opslaan' }).click();
    // Without a next team the medewerker would have no team: the server names the dates.
    await expect.poll(() => page.locator('.wb-error-summary').textContent()).toContain('in geen enkel team');
    const volgend = page.getByLabel(/Volgend team/);
    await volgend.selectOption({ index: 1 });
    const volgendTeam = (await volgend.locator('option:checked').textContent()) ?? '';
    await reden.fill('Teamwissel te laat doorgegeven');
    await page.getByRole('button', { name: 'Einde opslaan' }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`daarna hoort de medewerker bij ${volgendTeam}`);
    expect(await page.locator('.wb-live-region').textContent()).toContain('Met terugwerkende kracht');
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('shows "Iemand anders heeft dit intussen gewijzigd" on a 412 and reloads', async () => {
    const lijst = await api.json('/medewerkers?paginaGrootte=1&sorteer=-achternaam');
    const medewerker = lijst.resultaten[0];
    await page.goto(`${server.url}/medewerkers/${medewerker.id}`);
    await settle(page);
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    await page.locator('#medewerker-wijzigen-functie').fill('Senior adviseur');

    // Somebody else saves first.
    const response = await api.fetch(`/medewerkers/${medewerker.id}`, {
      method: 'PATCH',
      headers: { 'If-Match': `"${medewerker.versie}"` },
      body: JSON.stringify({ functie: 'Adviseur (door een collega gewijzigd)' }),
    });
    expect(response.status).toBe(200);

    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const summary = page.locator('.wb-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Iemand anders heeft dit intussen gewijzigd');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('wb-error-summary')))
      .toBe(true);
    await screenshot(page, 'medewerker-conflict');
    await page.getByRole('button', { name: 'Gegevens opnieuw laden' }).click();
    await expect
      .poll(() => page.locator('#medewerker-wijzigen-functie').inputValue())
      .toBe('Adviseur (door een collega gewijzigd)');
    await page.locator('#medewerker-wijzigen-functie').fill('Senior adviseur');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect.poll(() => page.locator('.wb-live-region').textContent()).toContain('zijn opgeslagen');
    await expect.poll(() => page.locator('.wb-data-list').textContent()).toContain('Senior adviseur');
  });

  it('creates a team (after a field error) and opens its page', async () => {
    await page.goto(`${server.url}/teams/nieuw`);
    await settle(page);
    const naam = `Team Proef ${Date.now() % 100_000}`;
    await page.getByLabel('Naam van het team').fill(naam);
    await page.getByRole('button', { name: 'Team opslaan' }).click();
    const summary = page.locator('.wb-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Soort team');
    expect(await page.getByLabel('Soort team').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Soort team').selectOption('basisteam');
    await page.getByLabel(/^Omschrijving/).fill('Aangemaakt door de browsertest.');
    await page.getByRole('button', { name: 'Team opslaan' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/teams\/[^/]+$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe(naam);
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`Team ${naam} is aangemaakt`);
    expect(await page.locator('.wb-data-list').textContent()).toContain('Geen teamleider');

    const wijzigKnop = page.getByRole('button', { name: 'Team wijzigen' });
    await wijzigKnop.click();
    await page.getByLabel(/^Omschrijving/).fill('Gewijzigd door de browsertest.');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`De wijzigingen aan ${naam}`);
    await expect
      .poll(() => page.locator('.wb-data-list').textContent())
      .toContain('Gewijzigd door de browsertest.');
    expect(await wijzigKnop.getAttribute('aria-expanded')).toBe('false');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toContain('Team wijzigen');
  });

  it('registers a medewerker as leaving on a future date', async () => {
    const lijst = await api.json('/medewerkers?paginaGrootte=1&sorteer=-inDienst');
    const medewerker = lijst.resultaten[0];
    const datum = firstOfNextMonth();
    await page.goto(`${server.url}/medewerkers/${medewerker.id}`);
    await settle(page);
    await page.getByRole('button', { name: 'Uit dienst melden' }).click();
    await page.locator('#uit-dienst-uitDienst').fill(datum);
    await page.getByRole('button', { name: 'Uitdiensttreding opslaan' }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`uit dienst gemeld per ${dateNl(datum)}`);
    await expect
      .poll(() => page.locator('.wb-status-line').textContent())
      .toBe(`Uit dienst per ${dateNl(datum)}`);
  });

  it('adds an expertise to the catalogue, edits it and marks it vervallen', async () => {
    await page.goto(`${server.url}/expertises`);
    await settle(page);
    const naam = `Proefexpertise ${Date.now() % 100_000}`;
    await page.getByRole('button', { name: 'Nieuwe expertise' }).click();
    await page.getByLabel('Naam', { exact: true }).fill(naam);
    await page.getByLabel('Categorie').fill('Proef');
    await page.getByRole('button', { name: 'Expertise opslaan' }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`Expertise ${naam} is aangemaakt`);
    const rij = page.locator('tbody tr', { hasText: naam });
    await expect.poll(() => rij.count()).toBe(1);

    await rij.getByRole('button', { name: `Wijzigen ${naam}` }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.locator('#expertise-wijzigen-omschrijving').fill('Alleen voor de test.');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect.poll(() => page.locator('.wb-live-region').textContent()).toContain('zijn opgeslagen');
    await expect.poll(() => rij.textContent()).toContain('Alleen voor de test.');

    await rij.getByRole('button', { name: `Laten vervallen ${naam}` }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`Expertise ${naam} is vervallen`);
    await expect.poll(() => rij.count()).toBe(0);
    await page.getByLabel('Status').selectOption('vervallen');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await expect.poll(() => page.locator('tbody tr', { hasText: naam }).textContent()).toContain('Vervallen');
  });

  it('appoints a teamleider (picked by searching) and hands the team over to a successor on a date', async () => {
    const naamTeam = `Team Leiding ${Date.now() % 100_000}`;
    const aangemaakt = await api.fetch('/teams', {
      method: 'POST',
      body: JSON.stringify({ naam: naamTeam, soort: 'basisteam' }),
    });
    expect(aangemaakt.status).toBe(201);
    const team = await aangemaakt.json();
    const lijst = await api.json('/medewerkers?paginaGrootte=2&sorteer=-achternaam');
    const [leider, opvolger] = lijst.resultaten;
    const vandaag = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

    await page.goto(`${server.url}/teams/${team.id}`);
    await settle(page);
    expect(await page.locator('.wb-data-list').textContent()).toContain('Geen teamleider');
    await page.getByRole('button', { name: 'Teamleider aanstellen' }).click();
    const zoek = page.getByLabel('Zoek een medewerker');
    await expect.poll(() => zoek.evaluate((el) => el === document.activeElement)).toBe(true);
    await zoek.fill(leider.achternaam);
    await zoek.press('Enter');
    await page
      .getByRole('button', { name: `Kiezen ${leider.naam}`, exact: true })
      .first()
      .click();
    await expect.poll(() => page.locator('.wb-kiezer__gekozen').textContent()).toContain(leider.naam);
    await page.getByRole('button', { name: 'Aanstellen', exact: true }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`${leider.naam} is aangesteld per ${dateNl(vandaag)}`);
    await expect.poll(() => page.locator('.wb-data-list').textContent()).toContain(leider.naam);

    const datum = firstOfNextMonth();
    await page.getByRole('button', { name: `Beëindigen ${leider.naam}` }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await page.getByLabel('Laatste dag').fill(datum);
    await screenshot(page, 'team-leiderschap-beeindigen');
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
    // The only teamleider: without a successor the team would be leaderless, and the form says so.
    await page.getByRole('button', { name: 'Leiderschap beëindigen' }).click();
    const formulier = page.locator('form.wb-card');
    await expect.poll(() => formulier.textContent()).toContain(`Team ${naamTeam} heeft vanaf`);
    const zoekOpvolger = formulier.getByLabel('Zoek een medewerker');
    await zoekOpvolger.fill(opvolger.achternaam);
    await zoekOpvolger.press('Enter');
    await formulier
      .getByRole('button', { name: `Kiezen ${opvolger.naam}`, exact: true })
      .first()
      .click();
    await page.getByRole('button', { name: 'Leiderschap beëindigen' }).click();
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`Het leiderschap van ${leider.naam} eindigt op ${dateNl(datum)}`);
    await expect
      .poll(() => page.locator('.wb-live-region').textContent())
      .toContain(`${opvolger.naam} neemt het over`);
    const rij = page.locator('section:has(h2:text-is("Leidinggevenden")) tbody tr', { hasText: leider.naam });
    await expect.poll(() => rij.textContent()).toContain(dateNl(datum));
  });

  it('works by keyboard: skip link first, then the menu', async () => {
    await page.goto(server.url);
    await settle(page);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.textContent()).toBe('Naar hoofdinhoud');
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height >= 24).toBe(true);
    await screenshot(page, 'toetsenbord-skiplink');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('hoofdinhoud');

    // From the top, Tab reaches the main menu; each link shows a visible focus indicator.
    await page.goto(server.url);
    await settle(page);
    let label = '';
    for (let i = 0; i < 15 && label !== 'Teams'; i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() =>
        document.activeElement?.closest('nav[aria-label="Hoofdmenu"]')
          ? (document.activeElement.textContent ?? '')
          : '',
      );
    }
    expect(label, await focusedDescription(page)).toBe('Teams');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'toetsenbord-menu');
    // Still on Teams after the screenshot: a CI run once lost focus here (the screenshot showed no
    // focus ring and Enter did nothing); this names what had focus if it happens again.
    expect(
      await page.evaluate(() => document.activeElement?.textContent),
      await focusedDescription(page),
    ).toBe('Teams');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/teams');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('nav[aria-label="Hoofdmenu"] a[aria-current="page"]').textContent()).toBe(
      'Teams',
    );

    // Shift+Tab goes back through the menu.
    await page.locator('nav[aria-label="Hoofdmenu"] a', { hasText: 'Medewerkers' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Teams');
  });
});
