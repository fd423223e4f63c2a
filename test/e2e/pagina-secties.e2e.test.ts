/**
 * Pages that keep you in place (issue 17, item 6). The long detail pages (opgave, bestuursopdracht,
 * team, medewerker) list their sections in an "Op deze pagina" navigation: a link jumps to the
 * section, its heading comes into view and the section takes focus, and the hash in the URL brings a
 * reload back there. After adding a capaciteitsvraag the success message shows in the capaciteit
 * section, inside the viewport and focused, and is announced by the live region (before, it was at
 * the top of the page, ~3,600 px above the viewport). axe-core is clean at 1440 and 390 px.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { apiVanContext, type DemoRol, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

const WACHT = 20_000;
const poll = <T>(actual: () => T) => expect.poll(actual, { timeout: WACHT });

describe.skipIf(!browserAvailable)(
  'pagina-secties: in-page navigation and messages where the action was',
  () => {
    let server: TestServer;
    let browser: Browser;
    let context: BrowserContext;
    const klok = new TotpKlok();

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
    }, 180_000);
    afterEach(async () => {
      await context?.close();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function alsRol(rol: DemoRol, width = 1440, height = 900) {
      context = await browser.newContext({ viewport: { width, height }, locale: 'nl-NL' });
      const page = await context.newPage();
      await loginInBrowser(page, server.url, demoEMail(rol), klok);
      return { page, api: await apiVanContext(context, server.url) };
    }

    async function expectAccessible(page: Page, name: string) {
      await settle(page);
      await screenshot(page, `pagina-secties-${name}`);
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
    }

    const inhoud = (page: Page) => page.getByRole('navigation', { name: 'Op deze pagina' });
    /** The top of an element relative to the viewport, and the viewport's height. */
    const positie = (page: Page, selector: string) =>
      page.evaluate((s) => {
        const el = document.querySelector(s);
        return el ? { top: el.getBoundingClientRect().top, hoogte: window.innerHeight } : null;
      }, selector);
    const inBeeld = async (page: Page, selector: string) => {
      const p = await positie(page, selector);
      return p !== null && p.top >= 0 && p.top < p.hoogte;
    };
    const paginaHoogte = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

    /** An opgave the programmaregisseur may edit (so capaciteitsvragen can be added). */
    async function bewerkbareOpgave(api: Awaited<ReturnType<typeof alsRol>>['api']): Promise<string> {
      const lijst = await api.json('/opgaven');
      for (const o of lijst.resultaten) {
        const detail = await api.json(`/opgaven/${o.id}`);
        if (detail.mag.wijzigen) return o.id;
      }
      throw new Error('no editable opgave in the demo');
    }

    it('jumps from "Op deze pagina" to a section of an opgave and shows the capaciteitsvraag message in view', async () => {
      const { page, api } = await alsRol('programmaregisseur');
      const opgaveId = await bewerkbareOpgave(api);
      await page.goto(`${server.url}/wendbaar/opgaven/${opgaveId}`);
      await settle(page);
      console.info(`opgave page: ${await paginaHoogte(page)} px high at 1440 × 900`);

      const nav = inhoud(page);
      await nav.waitFor();
      const links = nav.getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(4);
      // The list is in page order and each link points at a section heading.
      const doelen = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const doel of doelen) {
        expect(doel).toMatch(/^#/);
        expect(await page.locator(`${doel} > .wb-section__header h2`).count()).toBe(1);
      }
      // Sticky beside the content on a wide screen.
      expect(await nav.evaluate((n) => getComputedStyle(n).position)).toBe('sticky');

      await nav.getByRole('link', { name: 'Capaciteitsvraag', exact: true }).click();
      await poll(() => inBeeld(page, '#opgave-sectie-capaciteit h2')).toBe(true);
      await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('opgave-sectie-capaciteit');
      expect(new URL(page.url()).hash).toBe('#opgave-sectie-capaciteit');
      // The nav is still in view after the jump.
      expect(await nav.isVisible()).toBe(true);
      expect(await inBeeld(page, '[data-testid="pagina-inhoud"]')).toBe(true);
      // … marking the section jumped to as the current one.
      await poll(() =>
        nav.getByRole('link', { name: 'Capaciteitsvraag', exact: true }).getAttribute('aria-current'),
      ).toBe('location');
      await expectAccessible(page, 'opgave-1440');

      // Adding a capaciteitsvraag: the message shows in that section, in view, focused, and announced.
      const capaciteit = page.locator('#opgave-sectie-capaciteit');
      await capaciteit.getByRole('button', { name: 'Capaciteit vragen', exact: true }).click();
      const expertise = capaciteit.getByLabel('Expertise', { exact: true });
      await expertise.selectOption({ index: 1 });
      await capaciteit.getByLabel('Minimumniveau').selectOption('2');
      await capaciteit.getByLabel('Kwartaal').selectOption({ index: 1 });
      await capaciteit.getByLabel('Uren', { exact: true }).fill('40');
      await capaciteit.getByRole('button', { name: 'Capaciteitsvraag toevoegen', exact: true }).click();
      const melding = capaciteit.locator('.wb-sectie-melding');
      await poll(() => melding.textContent()).toMatch(/De vraag naar 40 uur .* is toegevoegd\./);
      await poll(() => inBeeld(page, '#opgave-sectie-capaciteit .wb-sectie-melding')).toBe(true);
      await poll(() =>
        page.evaluate(() => document.activeElement?.classList.contains('wb-sectie-melding') ?? false),
      ).toBe(true);
      // Announced once, by the page's polite live region (which does not show it a second time).
      expect(await page.locator('.wb-live-region').textContent()).toMatch(/De vraag naar 40 uur/);
      expect(await page.locator('.wb-live-region .wb-notification').count()).toBe(0);
      await expectAccessible(page, 'opgave-melding');

      // A reload with the hash comes back to the section.
      await page.goto(`${server.url}/wendbaar/opgaven/${opgaveId}#opgave-sectie-rolbepaling`);
      await settle(page);
      await poll(() => inBeeld(page, '#opgave-sectie-rolbepaling h2')).toBe(true);
    }, 180_000);

    it('lists the sections of a bestuursopdracht, a team and a medewerker, axe clean', async () => {
      const regisseur = await alsRol('programmaregisseur');
      const opdrachten = await regisseur.api.json('/bestuursopdrachten');
      await regisseur.page.goto(`${server.url}/wendbaar/bestuursopdrachten/${opdrachten.resultaten[0].id}`);
      await settle(regisseur.page);
      console.info(`bestuursopdracht page: ${await paginaHoogte(regisseur.page)} px high`);
      const nav = inhoud(regisseur.page);
      await nav.waitFor();
      await nav.getByRole('link', { name: 'Gezette stappen', exact: true }).click();
      await poll(() =>
        regisseur.page.evaluate(() => {
          const h = [...document.querySelectorAll('h2')].find((e) => e.textContent === 'Gezette stappen');
          const top = h?.getBoundingClientRect().top ?? -1;
          return top >= 0 && top < window.innerHeight;
        }),
      ).toBe(true);
      await expectAccessible(regisseur.page, 'bestuursopdracht-1440');
      await context.close();

      const { page, api } = await alsRol('directeur');
      const teams = await api.json('/teams?soort=basisteam&status=actief&paginaGrootte=1');
      await page.goto(`${server.url}/teams/${teams.resultaten[0].id}`);
      await settle(page);
      console.info(`team page: ${await paginaHoogte(page)} px high`);
      await inhoud(page).getByRole('link', { name: 'Leidinggevenden', exact: true }).click();
      await poll(() => inBeeld(page, '#team-leiding h2')).toBe(true);
      await expectAccessible(page, 'team-1440');

      const medewerkers = await api.json('/medewerkers?paginaGrootte=1');
      await page.goto(`${server.url}/medewerkers/${medewerkers.resultaten[0].id}`);
      await settle(page);
      console.info(`medewerker page: ${await paginaHoogte(page)} px high`);
      await inhoud(page).getByRole('link', { name: 'Expertises', exact: true }).click();
      await poll(() => inBeeld(page, '#medewerker-expertises h2')).toBe(true);
      await expectAccessible(page, 'medewerker-1440');

      // Other detail pages: their heights tell whether they need sections too.
      for (const pad of ['/wendbaar/ambities', '/wendbaar/verdeelvoorstellen']) {
        await page.goto(`${server.url}${pad}`);
        await settle(page);
        const eerste = page.locator('main table tbody a').first();
        if ((await eerste.count()) === 0) continue;
        await eerste.click();
        await settle(page);
        console.info(`${pad}/… page: ${await paginaHoogte(page)} px high`);
      }
    }, 180_000);

    it('shows "Op deze pagina" as a plain list on a phone (390 px), axe clean', async () => {
      const { page, api } = await alsRol('programmaregisseur', 390, 844);
      const opgaveId = await bewerkbareOpgave(api);
      await page.goto(`${server.url}/wendbaar/opgaven/${opgaveId}`);
      await settle(page);
      const nav = inhoud(page);
      await nav.waitFor();
      expect(await nav.evaluate((n) => getComputedStyle(n).position)).toBe('static');
      await nav.getByRole('link', { name: 'Gezette stappen', exact: true }).click();
      await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SECTION');
      await expectAccessible(page, 'opgave-390');
    }, 180_000);
  },
);
