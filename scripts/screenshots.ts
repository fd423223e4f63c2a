/**
 * The README's pictures, taken from the demo municipality in real Chromium so they show what a new
 * user sees today: the teamleider's home ("Mijn werk"), her team's capacity heatmap from this week,
 * and the directeur's organisation heatmap (teams × months). Run after `npm run build`:
 *
 *   node --import tsx scripts/screenshots.ts
 *
 * Writes docs/screenshot-*.png. Not part of the test suite: a picture is checked by looking at it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, settle } from '../test/e2e/support/browser';
import { startServer } from '../test/e2e/support/server';
import { apiVanContext, demoEMail, loginInBrowser, TotpKlok } from '../test/e2e/support/toegang';

const docs = join(import.meta.dirname, '..', 'docs');

/** Scrolls the page so the heatmap starts under its legend, the part the picture is about. */
async function toonRooster(page: Page): Promise<void> {
  await page
    .locator('.wb-hm-tabel')
    .first()
    .evaluate((tabel) => {
      window.scrollTo(0, tabel.getBoundingClientRect().top + window.scrollY - 260);
    });
  await settle(page);
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const klok = new TotpKlok();
  const viewport = { width: 1440, height: 900 };

  const teamleider = await browser.newContext({ viewport, locale: 'nl-NL' });
  const tl = await teamleider.newPage();
  await loginInBrowser(tl, server.url, demoEMail('teamleider'), klok);
  await tl.goto(`${server.url}/`);
  await settle(tl);
  await tl.screenshot({ path: join(docs, 'screenshot-mijn-werk.png') });

  const api = await apiVanContext(teamleider, server.url);
  const teamId: string = (await api.json('/sessies/huidig')).teamIds[0];
  await tl.goto(`${server.url}/teams/${teamId}/capaciteit`);
  await settle(tl);
  await toonRooster(tl);
  await tl.screenshot({ path: join(docs, 'screenshot-capaciteit-team.png') });

  const directie = await browser.newContext({ viewport, locale: 'nl-NL' });
  const dir = await directie.newPage();
  await loginInBrowser(dir, server.url, demoEMail('directeur'), klok);
  await dir.goto(`${server.url}/organisatie/capaciteit`);
  await settle(dir);
  await toonRooster(dir);
  await dir.screenshot({ path: join(docs, 'screenshot-capaciteit-organisatie.png') });
} finally {
  await browser.close();
  await server.close();
}
