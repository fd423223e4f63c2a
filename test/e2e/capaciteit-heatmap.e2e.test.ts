/**
 * Capacity at a glance (issue 17, item 2), in real Chromium at 1440 × 900 and 390 × 844: the team
 * heatmap opens at this week with today's column marked and in view, has a legend, shows every
 * member without a nested scroll box, gives each cell's percentage as text, shows details on hover
 * and keyboard focus, offers the same data as a plain table; the organisation heatmap opens at this
 * month. Every state passes axe-core (WCAG 2.2 A/AA); screenshots in test-results/screenshots.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekVan, maandVan, verschuifWeek } from '../../src/web/components/capaciteit/heatmap';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

const VIEWPORTS = [
  { naam: '1440', width: 1440, height: 900 },
  { naam: '390', width: 390, height: 844 },
] as const;

describe.skipIf(!browserAvailable)('capaciteit: the heatmap shows capacity at a glance', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: ApiSessie;
  let directeurContext: BrowserContext;
  let directeur: Page;
  let teamId: string;
  const dezeWeek = isoWeekVan(new Date());
  const dezeMaand = maandVan(new Date());

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const klok = new TotpKlok();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('teamleider'), klok);
    api = await apiVanContext(context, server.url);
    teamId = (await api.json('/sessies/huidig')).teamIds[0];
    expect(teamId).toBeTruthy();
    directeurContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    directeur = await directeurContext.newPage();
    await loginInBrowser(directeur, server.url, demoEMail('directeur'), klok);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(p: Page, name: string) {
    await settle(p);
    await screenshot(p, `capaciteit-heatmap-${name}`);
    expect(await axeViolations(p), name).toEqual([]);
  }

  /** Today's column header lies within the grid's visible part and within the window. */
  async function nuKolomInBeeld(p: Page, testId: string, viewportBreedte: number) {
    // Only the grid scrolls sideways, never the page.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewportBreedte);
    const kop = p.getByTestId(testId).locator('thead th[data-nu="ja"]');
    await kop.waitFor();
    const scroll = p.getByTestId(testId).locator('xpath=ancestor::div[contains(@class,"wb-hm-scroll")]');
    const [k, s] = await Promise.all([kop.boundingBox(), scroll.boundingBox()]);
    expect(k && s).toBeTruthy();
    expect(k!.x).toBeGreaterThanOrEqual(s!.x - 1);
    expect(k!.x + k!.width).toBeLessThanOrEqual(Math.min(s!.x + s!.width, viewportBreedte) + 1);
  }

  for (const viewport of VIEWPORTS) {
    it(`opens the team heatmap at this week at ${viewport.naam} px`, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(`${server.url}/teams/${teamId}/capaciteit`);
      await settle(page);
      const grid = page.getByTestId('cap-grid');
      await grid.waitFor();

      // The range starts at this week, which is marked "deze week" (not the start of the quarter).
      const kop = grid.locator('thead th[data-nu="ja"]');
      await expect.poll(() => kop.textContent()).toContain('deze week');
      expect(await kop.getAttribute('data-periode')).toBe(dezeWeek);
      expect(await grid.locator('thead th[data-periode]').first().getAttribute('data-periode')).toBe(
        dezeWeek,
      );
      await nuKolomInBeeld(page, 'cap-grid', viewport.width);

      // A legend that reads without colour.
      const legenda = page.getByTestId('cap-legenda');
      await expect.poll(() => legenda.textContent()).toContain('boven 100%: overboekt');
      await expect.poll(() => legenda.textContent()).toContain('onder 50%');

      // Every cell says its utilisation in text.
      const cellen = grid.locator('tbody .wb-hm-cel');
      const teksten = await cellen.allTextContents();
      expect(teksten.length).toBeGreaterThan(0);
      for (const tekst of teksten) expect(tekst).toMatch(/\d+\s?%|–|!/);
      expect(teksten.some((t) => /\d+\s?%/.test(t))).toBe(true);

      if (viewport.width === 1440) {
        // The whole team without a nested scroll box: no vertical scrolling inside, every row shown.
        const scroll = page.locator('.wb-hm-scroll').first();
        const maat = await scroll.evaluate((el) => ({
          scrollHeight: el.scrollHeight,
          clientHeight: el.clientHeight,
          maxHeight: getComputedStyle(el).maxHeight,
        }));
        expect(maat.scrollHeight).toBeLessThanOrEqual(maat.clientHeight + 1);
        expect(maat.maxHeight).toBe('none');
        const tot = verschuifWeek(dezeWeek, 12);
        const leden = (await api.json(`/teams/${teamId}/beschikbaarheid?per=week&van=${dezeWeek}&tot=${tot}`))
          .medewerkers.length;
        const rijen = grid.locator('tbody tr');
        expect(await rijen.count()).toBe(leden);
        const box = (await scroll.boundingBox())!;
        for (let i = 0; i < leden; i++) {
          const rij = (await rijen.nth(i).boundingBox())!;
          expect(rij.height).toBeGreaterThan(0);
          expect(rij.y + rij.height).toBeLessThanOrEqual(box.y + box.height + 1);
        }
        // The 13 weeks fit the width: no sideways scroll either.
        const breed = await scroll.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(breed).toBeLessThanOrEqual(1);
      }
      await expectAccessible(page, `team-${viewport.naam}`);
    }, 90_000);
  }

  it('shows a cell’s details on keyboard focus and on hover', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${server.url}/teams/${teamId}/capaciteit`);
    await settle(page);
    const grid = page.getByTestId('cap-grid');
    // One tab stop in the grid, in today's column.
    const stop = grid.locator('tbody .wb-hm-cel[tabindex="0"]');
    await expect.poll(() => stop.count()).toBe(1);
    await stop.focus();
    const detail = page.getByTestId('cap-grid-detail');
    await detail.waitFor({ state: 'visible' });
    await expect.poll(() => detail.textContent()).toContain('Beschikbaar');
    await expect.poll(() => detail.textContent()).toContain(dezeWeek.slice(5));
    expect(await stop.getAttribute('aria-describedby')).toBe(await detail.getAttribute('id'));
    await expectAccessible(page, 'detail-focus');
    // The arrow keys move to the next week; Escape hides the details.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-k'))).toBe('1');
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    // Hover shows them too.
    await grid.locator('tbody tr').nth(1).locator('.wb-hm-cel').first().hover();
    await detail.waitFor({ state: 'visible' });
    await expect.poll(() => detail.textContent()).toContain('Vrij');
  }, 60_000);

  it('offers the same data as a plain table', async () => {
    await page.getByRole('button', { name: 'Toon als tabel' }).click();
    const tabel = page.getByTestId('cap-grid-tabel');
    await tabel.waitFor();
    const weken = await tabel.locator('thead th[scope="col"]').count();
    expect(weken).toBe(13 + 2);
    expect(await tabel.locator('tbody th[scope="row"]').count()).toBeGreaterThan(0);
    await expect
      .poll(() => tabel.locator('tbody td').first().textContent())
      .toMatch(/Benutting: .*Beschikbaar: /);
    await expectAccessible(page, 'tabel');
    await page.getByRole('button', { name: 'Toon als heatmap' }).click();
    await page.getByTestId('cap-grid').waitFor();
  }, 60_000);

  it('moves the range by picking, not typing', async () => {
    await page.getByRole('button', { name: /^Volgende 13 weken/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('weken')).toBe('13');
    const grid = page.getByTestId('cap-grid');
    await expect.poll(() => grid.locator('thead th[data-nu="ja"]').count()).toBe(0);
    await page.getByLabel('Aantal weken').selectOption('4');
    await expect.poll(() => grid.locator('thead th[data-periode]').count()).toBe(4);
    await page.getByRole('button', { name: 'Naar deze week' }).click();
    await expect
      .poll(() => grid.locator('thead th[data-nu="ja"]').getAttribute('data-periode'))
      .toBe(dezeWeek);
  }, 60_000);

  for (const viewport of VIEWPORTS) {
    it(`opens the organisation heatmap at this month at ${viewport.naam} px`, async () => {
      await directeur.setViewportSize({ width: viewport.width, height: viewport.height });
      await directeur.goto(`${server.url}/organisatie/capaciteit`);
      await settle(directeur);
      await directeur.getByRole('heading', { level: 1, name: 'Capaciteit van de organisatie' }).waitFor();
      const grid = directeur.getByTestId('org-cap');
      await grid.waitFor();
      const kop = grid.locator('thead th[data-nu="ja"]');
      await expect.poll(() => kop.textContent()).toContain('deze maand');
      expect(await kop.getAttribute('data-periode')).toBe(dezeMaand);
      expect(await grid.locator('thead th[data-periode]').count()).toBe(12);
      await nuKolomInBeeld(directeur, 'org-cap', viewport.width);
      expect(await grid.locator('tbody tr').count()).toBeGreaterThan(1);
      await directeur.getByTestId('cap-legenda').waitFor();
      const teksten = await grid.locator('tbody .wb-hm-cel').allTextContents();
      expect(teksten.some((t) => /\d+\s?%/.test(t))).toBe(true);
      await expectAccessible(directeur, `organisatie-${viewport.naam}`);
    }, 90_000);
  }
});
