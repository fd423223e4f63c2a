/**
 * The verdeelvoorstel's hour step in a real browser (issue 17, item 4): the directeur sets it to half
 * days beside the team's reservering, sees the confirmation at the form, finds the value after a
 * reload, and the next verdeelvoorstel proposes hours in steps of 4. A teamleider, who may not change
 * organisation settings, does not see the form. Every page passes axe-core (WCAG 2.2 A/AA).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)(
  'verdeelstap: the organisation sets the hour step of verdeelvoorstellen',
  () => {
    let server: TestServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let api: ApiSessie;
    let teamId: string;
    const klok = new TotpKlok();

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
      context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
      page = await context.newPage();
      await loginInBrowser(page, server.url, demoEMail('directeur'), klok);
      api = await apiVanContext(context, server.url);
      const teams = await api.json('/teams?soort=basisteam&paginaGrootte=100');
      teamId = teams.resultaten[0].id;
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('saves half days with feedback at the form, keeps them after a reload, and the proposal uses them', async () => {
      await page.goto(`${server.url}/teams/${teamId}/capaciteit#verdeelstap`);
      const form = page.getByTestId('verdeelstap-form');
      await form.waitFor();
      await expect.poll(() => form.getByLabel('1 uur (hele uren)').isChecked()).toBe(true);
      await settle(page);
      expect(await axeViolations(page), 'form').toEqual([]);

      await form.getByLabel('4 uur (halve dagen)').check();
      await form.getByRole('button', { name: 'Stap opslaan' }).click();
      const sectie = page.locator('section#verdeelstap');
      await expect
        .poll(() => sectie.textContent())
        .toContain('Verdeelvoorstellen rekenen voortaan in stappen van 4 uur (halve dagen).');
      await settle(page);
      await screenshot(page, 'verdeelstap-opgeslagen');
      expect(await axeViolations(page), 'saved').toEqual([]);

      await page.reload();
      await page.getByTestId('verdeelstap-form').waitFor();
      await expect
        .poll(() => page.getByTestId('verdeelstap-form').getByLabel('4 uur (halve dagen)').isChecked())
        .toBe(true);
      expect((await api.json('/instellingen')).verdeelStapUren).toBe(4);

      // The next verdeelvoorstel proposes hours in steps of half a day.
      const nu = new Date();
      const periode = `${nu.getFullYear()}-Q${Math.floor(nu.getMonth() / 3) + 1}`;
      const start = await api.fetch('/verdeelvoorstellen', {
        method: 'POST',
        body: JSON.stringify({ periode }),
      });
      expect(start.status, await start.clone().text()).toBe(202);
      const { id } = (await start.json()) as { id: string };
      let voorstel: { status: string; resultaat?: { stapUren: number; regels: { urenPerWeek: number }[] } };
      do {
        await new Promise((ok) => setTimeout(ok, 250));
        voorstel = await api.json(`/verdeelvoorstellen/${id}`);
      } while (voorstel.status === 'rekent');
      expect(voorstel.status).toBe('klaar');
      expect(voorstel.resultaat?.stapUren).toBe(4);
      for (const regel of voorstel.resultaat?.regels ?? []) expect(regel.urenPerWeek % 4).toBe(0);
    }, 120_000);

    it('shows the form only to who may change the settings', async () => {
      const leiderContext = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        locale: 'nl-NL',
      });
      const leider = await leiderContext.newPage();
      await loginInBrowser(leider, server.url, demoEMail('teamleider'), klok);
      const sessie = await (await apiVanContext(leiderContext, server.url)).json('/sessies/huidig');
      await leider.goto(`${server.url}/teams/${sessie.teamIds[0]}/capaciteit`);
      await leider.getByTestId('reservering-form').waitFor();
      expect(await leider.getByTestId('verdeelstap-form').count()).toBe(0);
      await leiderContext.close();
    }, 60_000);
  },
);
