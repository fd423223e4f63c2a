/**
 * The Mensen hub in a real browser (issue 14): a directeur opens it from the main menu, reads the
 * werkdruk summary and the conversations per team, follows to the heatmap, narrows its months in the
 * address, and changes a werkdruk threshold (a wrong one first: the error is at its field); a
 * medewerker opens Mensen and finds the pulse and their own plan and conversations, and no
 * organisation figures. Every page passes axe-core (WCAG 2.2 A/AA) and leaves a screenshot
 * test-results/screenshots/mensen-*.png. The server is a fresh one for this file, so the changed
 * threshold touches no other test.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

/** 'YYYY-MM' of this month plus `delta` months. */
function maand(delta: number): string {
  const nu = new Date();
  const d = new Date(Date.UTC(nu.getFullYear(), nu.getMonth() + delta, 1));
  return d.toISOString().slice(0, 7);
}

describe.skipIf(!browserAvailable)(
  'Mensen: the hub of werkdruk, pulse, development and conversations',
  () => {
    let server: TestServer;
    let browser: Browser;
    const klok = new TotpKlok();
    const contexts: BrowserContext[] = [];

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
    }, 120_000);

    afterAll(async () => {
      for (const c of contexts) await c.close();
      await browser?.close();
      await server?.close();
    });

    async function alsRol(rol: 'directeur' | 'medewerker'): Promise<{ page: Page; api: ApiSessie }> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
      contexts.push(context);
      const page = await context.newPage();
      await loginInBrowser(page, server.url, demoEMail(rol), klok);
      return { page, api: await apiVanContext(context, server.url) };
    }

    async function expectAccessible(page: Page, name: string) {
      await settle(page);
      await screenshot(page, `mensen-${name}`);
      expect(await axeViolations(page), name).toEqual([]);
    }

    const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

    it('directeur: opens Mensen from the menu, reads the werkdruk summary and the conversations per team', async () => {
      const { page, api } = await alsRol('directeur');
      await menu(page).getByRole('link', { name: 'Mensen', exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/mensen');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Mensen');
      await settle(page);

      // The summary: the counts of the heatmap's latest month, as the API gives them.
      const werkdruk = await api.json('/organisatie/werkdruk');
      const laatste = werkdruk.organisatie.at(-1);
      const samenvatting = page.getByTestId('mensen-werkdruk');
      await expect
        .poll(() => samenvatting.textContent())
        .toMatch(new RegExp(`${laatste.rood} teams rood en ${laatste.oranje} teams oranje`));
      expect(laatste.rood + laatste.oranje).toBeGreaterThanOrEqual(3);

      // The conversations per team: counts only, small teams merged, a total row.
      const dekking = await api.json('/organisatie/gesprekken');
      const tabel = page.getByTestId('mensen-gesprekken');
      await tabel.waitFor();
      const rijen = dekking.teams.length + (dekking.overig ? 1 : 0) + (dekking.totaal ? 1 : 0);
      expect(await tabel.locator('tbody tr').count()).toBe(rijen);
      expect(await tabel.locator('thead th').allTextContents()).toEqual([
        'Team',
        'Medewerkers',
        'Met een gesprek',
        'Aandeel',
      ]);
      if (dekking.overig) {
        expect(await tabel.locator('tr[data-rij="overig"] th').textContent()).toBe('Overig (kleine teams)');
      }
      // The directie reads no person's overdue actions (that is the teamleider's and P&O's list).
      expect(await page.getByRole('heading', { name: 'Verlopen gespreksacties' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Ontwikkelbudget' }).count()).toBe(1);
      await expectAccessible(page, 'directeur');

      // Through to the heatmap, then a narrower range of months in the address.
      await page.getByRole('link', { name: 'Werkdruk per team en maand' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/mensen/werkdruk');
      const heatmap = page.getByTestId('werkdruk-heatmap');
      await expect.poll(() => heatmap.locator('thead th[data-maand]').count()).toBe(12);
      const bereik = page.getByTestId('werkdruk-bereik');
      await bereik.getByLabel('Van maand').fill(maand(-2));
      await bereik.getByLabel('Tot en met maand').fill(maand(0));
      await bereik.getByRole('button', { name: 'Tonen' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('van')).toBe(maand(-2));
      expect(new URL(page.url()).searchParams.get('tot')).toBe(maand(0));
      await expect.poll(() => heatmap.locator('thead th[data-maand]').count()).toBe(3);
      await expectAccessible(page, 'werkdruk-bereik');
    });

    it('directeur: a wrong threshold is named at its field; a right one is saved and used by the heatmap', async () => {
      const { page, api } = await alsRol('directeur');
      await page.goto(`${server.url}/mensen/werkdruk`);
      const form = page.getByTestId('werkdruk-drempels-form');
      await form.waitFor();
      const capaciteit = form.getByRole('group', { name: 'Vraag tegen capaciteit' });
      await expect.poll(() => capaciteit.getByLabel('Oranje vanaf').inputValue()).toBe('95');
      expect(await capaciteit.getByLabel('Rood vanaf').inputValue()).toBe('110');
      await expectAccessible(page, 'drempels');

      // Amber above red: the server refuses it, the message is at the amber field.
      await capaciteit.getByLabel('Oranje vanaf').fill('120');
      await form.getByRole('button', { name: 'Drempels opslaan' }).click();
      await expect
        .poll(() => form.locator('.wb-error-summary').textContent())
        .toContain('De drempel voor oranje ligt hoogstens op die voor rood.');
      expect(await capaciteit.getByLabel('Oranje vanaf').getAttribute('aria-invalid')).toBe('true');
      expect((await api.json('/instellingen')).werkdrukDrempels.capaciteit).toEqual({
        oranje: 0.95,
        rood: 1.1,
      });
      await expectAccessible(page, 'drempels-fout');

      // Amber from 50 %: more teams are raised this month, and the setting holds the share.
      const ervoor = (await api.json('/organisatie/werkdruk')).organisatie.at(-1);
      await capaciteit.getByLabel('Oranje vanaf').fill('50');
      await form.getByRole('button', { name: 'Drempels opslaan' }).click();
      await expect
        .poll(() => page.locator('section#werkdruk-drempels').textContent())
        .toContain('De drempels zijn opgeslagen; de heatmap rekent ermee.');
      const instellingen = await api.json('/instellingen');
      expect(instellingen.werkdrukDrempels.capaciteit).toEqual({ oranje: 0.5, rood: 1.1 });
      // The other parts kept their thresholds.
      expect(instellingen.werkdrukDrempels.puls).toEqual({ oranje: 3.5, rood: 4 });
      const erna = (await api.json('/organisatie/werkdruk')).organisatie.at(-1);
      expect(erna.groen).toBeLessThanOrEqual(ervoor.groen);
      await expect
        .poll(() => page.getByTestId('werkdruk-organisatie').last().textContent())
        .toBe(`${erna.rood} rood, ${erna.oranje} oranje, ${erna.groen} groen`);
      await expectAccessible(page, 'drempels-opgeslagen');

      // Back to the default, through the form again.
      await capaciteit.getByLabel('Oranje vanaf').fill('95');
      await form.getByRole('button', { name: 'Drempels opslaan' }).click();
      await expect
        .poll(async () => (await api.json('/instellingen')).werkdrukDrempels.capaciteit)
        .toEqual({ oranje: 0.95, rood: 1.1 });
    });

    it('directeur: adds a development theme (a missing name is named at its field), then switches it off', async () => {
      const { page, api } = await alsRol('directeur');
      await page.goto(`${server.url}/mensen`);
      const nieuw = page.getByRole('region', { name: 'Nieuw ontwikkelthema' });
      await nieuw.getByRole('button', { name: 'Thema toevoegen' }).click();
      await expect.poll(() => nieuw.getByLabel('Naam').getAttribute('aria-invalid')).toBe('true');
      await nieuw.getByLabel('Naam').fill('Datagedreven werken');
      await nieuw.getByLabel('Omschrijving').fill('Sturen op cijfers die kloppen');
      await nieuw.getByRole('button', { name: 'Thema toevoegen' }).click();
      const tabel = page.getByTestId('ontwikkelthemas');
      const rij = tabel.getByRole('row', { name: /Datagedreven werken/ });
      await expect.poll(() => rij.textContent()).toContain('actief');
      expect(await nieuw.getByLabel('Naam').inputValue()).toBe('');
      await expectAccessible(page, 'thema-toegevoegd');

      await rij.getByRole('button', { name: 'Uitzetten Datagedreven werken' }).click();
      await expect.poll(() => rij.textContent()).toContain('niet actief');
      const themas = (await api.json('/ontwikkelthemas')).resultaten as { naam: string; actief: boolean }[];
      expect(themas.find((th) => th.naam === 'Datagedreven werken')?.actief).toBe(false);
    });

    it('medewerker: opens Mensen from the menu and sees the pulse and their own plan and conversations', async () => {
      const { page, api } = await alsRol('medewerker');
      await menu(page).getByRole('link', { name: 'Mensen', exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/mensen');
      await settle(page);
      const puls = page.getByTestId('mensen-puls');
      await puls.waitFor();
      expect(await page.getByRole('heading', { name: 'Pulsmeting', level: 2 }).count()).toBe(1);
      const mijn = await api.json('/mijn-puls-rondes');
      const open = mijn.resultaten.find((r: { kanInvullen: boolean }) => r.kanInvullen);
      if (open) {
        expect(await puls.textContent()).toContain(`De pulsmeting “${open.titel}” staat voor u open.`);
      } else {
        expect(await puls.textContent()).toMatch(/Er staat nu geen pulsmeting voor u open\.|ingevuld/);
      }
      // Organisation figures are not for a medewerker: no werkdruk, no table, no results of rounds.
      expect(await page.getByTestId('mensen-werkdruk').count()).toBe(0);
      expect(await page.getByTestId('mensen-gesprekken').count()).toBe(0);
      expect(await puls.getByRole('link', { name: 'Alle rondes' }).count()).toBe(0);

      const sessie = await api.json('/sessies/huidig');
      const eigen = sessie.account.medewerkerId as string;
      expect(await page.getByRole('link', { name: 'Mijn ontwikkelplan' }).getAttribute('href')).toBe(
        `/medewerkers/${eigen}/ontwikkeling`,
      );
      expect(await page.getByRole('link', { name: 'Mijn gesprekken' }).getAttribute('href')).toBe(
        `/medewerkers/${eigen}/gesprekken`,
      );
      await expectAccessible(page, 'medewerker');

      if (open) {
        await puls.getByRole('link', { name: `Invullen ${open.titel}` }).click();
        await expect.poll(() => new URL(page.url()).pathname).toBe(`/mensen/puls/${open.id}/invullen`);
      }
    });
  },
);
