/**
 * The werkdruk heatmap in a real browser (issue 14, item 6): a directeur sees on her first page
 * that teams have raised werkdruk, follows the link to the heatmap (teams × months, each cell a
 * colour, a symbol and a word), and clicks through to a red team, whose page shows every part with
 * its value and thresholds and why it is red. Every page passes axe-core (WCAG 2.2 A/AA) and leaves
 * a screenshot test-results/screenshots/werkdruk-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('werkdruk: a directeur reads the heatmap', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('directeur'), new TotpKlok());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(name: string) {
    await settle(page);
    await screenshot(page, `werkdruk-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  it('names the teams with raised werkdruk on the first page and links to the heatmap', async () => {
    await page.goto(`${server.url}/`);
    const signaal = page.getByRole('link', { name: /teams met verhoogde werkdruk/ });
    await expect.poll(() => signaal.count()).toBe(1);
    await signaal.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/mensen/werkdruk');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Werkdruk');
  });

  it('shows teams × months with a word and a symbol in every cell, not colour alone', async () => {
    const tabel = page.getByTestId('werkdruk-heatmap');
    await expect.poll(() => tabel.locator('thead th[data-maand]').count()).toBe(12);
    const cellen = tabel.locator('tbody a.wb-wd-cel');
    expect(await cellen.count()).toBeGreaterThan(12 * 3);
    for (const cel of (await cellen.all()).slice(0, 24)) {
      expect((await cel.textContent())?.trim()).toMatch(/^[●▲■○](Groen|Oranje|Rood|Onbekend)$/);
      expect(await cel.getAttribute('aria-label')).toMatch(/, .+: (Groen|Oranje|Rood|Onbekend)$/);
    }
    // This month: at least three teams red or amber in the demo.
    const ditMaand = tabel
      .locator('tbody tr')
      .locator('td:last-child a[data-niveau="rood"], td:last-child a[data-niveau="oranje"]');
    expect(await ditMaand.count()).toBeGreaterThanOrEqual(3);
    await expectAccessible('heatmap');
  });

  it('clicks through to a red team and reads why it is red, part by part', async () => {
    const rood = page
      .getByTestId('werkdruk-heatmap')
      .locator('tbody td:last-child a[data-niveau="rood"]')
      .first();
    const label = (await rood.getAttribute('aria-label')) ?? '';
    const team = label.split(',')[0]!;
    await rood.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/teams\/[^/]+\/werkdruk$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Werkdruk ${team}`);
    const maand = page.getByTestId('werkdruk-maand').first();
    await expect.poll(() => maand.textContent()).toContain('Waarom rood:');
    expect(await maand.locator('tbody tr').count()).toBe(5);
    expect(await maand.locator('tr[data-deel="capaciteit"]').textContent()).toContain('oranje vanaf 95%');
    await expectAccessible('team');
  });
});
