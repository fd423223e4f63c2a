/**
 * Printing (issue 17, item 8), in a real browser with the print media emulated: a dossier of the demo
 * (an opgave and a bestuursopdracht), the college page and the team capacity grid print as content
 * only. The menu, skip link, buttons, forms and filters are not shown; the dossier's title and its
 * sections are, with a printed heading carrying the page title and the date; nothing is wider than
 * the page and no table is clipped by its scroll box. The dossier has an "Afdrukken" button that
 * opens the print dialog. Before there was no print stylesheet: the header and menu came first on
 * paper, with every button and form. Screenshots test-results/screenshots/afdrukken-*.png.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

/** A4 at 96 dpi less the page margins (12 mm each side): the width the content prints in. */
const PAPIER = 718;

describe.skipIf(!browserAvailable)('afdrukken: dossiers, the college page and grids on paper', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: ApiSessie;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: PAPIER, height: 1000 }, locale: 'nl-NL' });
    page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('programmaregisseur'), new TotpKlok());
    api = await apiVanContext(context, server.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openAfgedrukt(pad: string) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${server.url}${pad}`);
    await settle(page);
    await page.emulateMedia({ media: 'print' });
  }

  /** What the print shows and leaves out, on any page. */
  async function controleerAfdruk(naam: string, titel: string) {
    const zichtbaar = (selector: string) =>
      page.locator(selector).evaluateAll(
        (els) =>
          els.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
          }).length,
      );
    // Nothing of the screen's frame or controls.
    for (const selector of [
      'nav',
      '.wb-header',
      '.wb-skip-link',
      'footer',
      'main button',
      'main form',
      'main input',
      'main select',
      '.wb-filter',
    ]) {
      expect(await zichtbaar(selector), selector).toBe(0);
    }
    // The title and the printed heading with the page title and the date.
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(titel);
    const kop = page.locator('.wb-print-kop');
    expect(await kop.isVisible()).toBe(true);
    expect(await kop.textContent()).toContain(titel);
    expect(await kop.textContent()).toMatch(/Afgedrukt op \d{1,2} \w+ \d{4}/);
    // Black on white.
    const kleuren = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      h1: getComputedStyle(document.querySelector('h1')!).color,
    }));
    expect(kleuren).toEqual({ body: 'rgb(255, 255, 255)', h1: 'rgb(0, 0, 0)' });
    // Nothing wider than the paper, and no table cut off by a scroll box.
    const breed = await page.evaluate((papier) => {
      const te = [...document.querySelectorAll('body *')].filter(
        (el) => el.getBoundingClientRect().right > papier + 1,
      );
      // The outermost ones: what makes the page wide.
      return te
        .filter((el) => !te.includes(el.parentElement as Element))
        .slice(0, 5)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${el.getBoundingClientRect().right}`,
        );
    }, PAPIER);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      breed.join('\n'),
    ).toBeLessThanOrEqual(PAPIER);
    const afgeknipt = await page.locator('main table').evaluateAll(
      (tabellen) =>
        tabellen.filter((t) => {
          for (let el = t.parentElement; el && el.tagName !== 'MAIN'; el = el.parentElement) {
            const s = getComputedStyle(el);
            if (s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) return true;
          }
          return false;
        }).length,
    );
    expect(afgeknipt, 'tabellen afgeknipt door een scrollvak').toBe(0);
    // Table rows are not split over two pages.
    const rijen = await page
      .locator('main tr')
      .evaluateAll((trs) => trs.every((tr) => getComputedStyle(tr).breakInside === 'avoid'));
    expect(rijen).toBe(true);
    await screenshot(page, `afdrukken-${naam}`);
  }

  /** The h2 titles of the sections that are printed. */
  const secties = () =>
    page
      .locator('main section > .wb-section__header h2')
      .evaluateAll((hs) =>
        hs.filter((h) => h.getBoundingClientRect().height > 0).map((h) => h.textContent ?? ''),
      );

  it('an opgave: the dossier and its sections without the menu and buttons', async () => {
    const opgaven = await api.json('/opgaven');
    const opgave = opgaven.resultaten.find((o: { titel: string }) => o.titel === 'Warmtenet Oost');
    await openAfgedrukt(`/wendbaar/opgaven/${opgave.id}`);
    await controleerAfdruk('opgave', opgave.titel);
    const titels = await secties();
    for (const sectie of ['Beschrijving', 'Verkenning', 'Capaciteit']) {
      expect(
        titels.some((t) => t.startsWith(sectie)),
        `${sectie} in ${titels.join(', ')}`,
      ).toBe(true);
    }
    expect(await page.getByTestId('opgave-fase').isVisible()).toBe(true);
  });

  it('a bestuursopdracht: on screen an "Afdrukken" button that opens the print dialog; printed the dossier', async () => {
    const opdrachten = await api.json('/bestuursopdrachten');
    const opdracht = opdrachten.resultaten[0];
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${server.url}/wendbaar/bestuursopdrachten/${opdracht.id}`);
    await settle(page);
    // The button calls window.print() (counted here instead of opening the dialog).
    await page.evaluate(() => {
      (window as unknown as { afgedrukt: number }).afgedrukt = 0;
      window.print = () => {
        (window as unknown as { afgedrukt: number }).afgedrukt += 1;
      };
    });
    const knop = page.getByRole('button', { name: 'Afdrukken' });
    expect(await knop.isVisible()).toBe(true);
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await knop.click();
    expect(await page.evaluate(() => (window as unknown as { afgedrukt: number }).afgedrukt)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await controleerAfdruk('bestuursopdracht', opdracht.titel);
    expect(await knop.isVisible()).toBe(false);
    expect((await secties()).length).toBeGreaterThan(1);
    expect(await page.getByTestId('bo-status').isVisible()).toBe(true);
  });

  it('the college page prints its content without the controls', async () => {
    await openAfgedrukt('/wendbaar/college');
    const titel = (await page.locator('h1').textContent()) ?? '';
    await controleerAfdruk('college', titel);
  });

  it('the team capacity grid prints whole, outside its scroll box', async () => {
    const sessie = await api.json('/sessies/huidig');
    const teams = await api.json('/teams');
    const teamId = sessie.teamIds?.[0] ?? teams.resultaten?.[0]?.id ?? teams[0]?.id;
    await openAfgedrukt(`/teams/${teamId}/capaciteit`);
    const titel = (await page.locator('h1').textContent()) ?? '';
    await controleerAfdruk('team-capaciteit', titel);
  });
});
