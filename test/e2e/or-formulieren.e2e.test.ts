/**
 * The OR-dossier's forms in a real browser (issue 15, item 4), beyond the happy path of
 * or-dossier.e2e.test.ts: the directeur edits a concept into an instemmingsaanvraag, attaches a
 * voorstel with the document picker and puts it to the OR; the OR refuses consent; the directeur
 * records the decision and the kantonrechter's replacement permission, after which the page says the
 * decision may be carried out. An overlegvergadering gets minutes and an agreed action, marked done.
 * The concept and the meeting are made through the API: their list-page forms have their own test.
 * Each new screen passes axe-core and leaves a screenshot test-results/screenshots/or-formulieren-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIO_NAAM } from '../../src/demo/demo-scenario';
import { vandaag } from '../../src/domain/datum';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)(
  'OR-dossier forms: edit, documents, refusal, replacement permission, meeting',
  () => {
    let server: TestServer;
    let browser: Browser;
    let directeur: Page;
    let or: Page;
    let api: ApiSessie;
    const klok = new TotpKlok();
    const datum = (iso: string) =>
      new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(
        new Date(`${iso}T12:00:00`),
      );

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
      const context = () => browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
      directeur = await (await context()).newPage();
      await loginInBrowser(directeur, server.url, demoEMail('directeur'), klok);
      api = await apiVanContext(directeur.context(), server.url);
      or = await (await context()).newPage();
      await loginInBrowser(or, server.url, demoEMail('or'), klok);
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function expectAccessible(page: Page, name: string) {
      await settle(page);
      await screenshot(page, `or-formulieren-${name}`);
      expect(await axeViolations(page), name).toEqual([]);
    }

    async function post<T = { id: string }>(path: string, body: unknown): Promise<T> {
      const response = await api.fetch(path, { method: 'POST', body: JSON.stringify(body) });
      if (response.status !== 201)
        throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    }

    /** The label of the element that has keyboard focus (its accessible name, roughly). */
    const focusNaam = (page: Page) =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return '';
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
        return (label?.textContent ?? el.textContent ?? '').trim();
      });

    it('a concept becomes an instemmingsaanvraag with a voorstel; refused; the kantonrechter makes it uitvoerbaar', async () => {
      const onderwerp = `Regeling thuiswerkvergoeding ${Date.now()}`;
      const { id } = await post('/or-verzoeken', { soort: 'advies', onderwerp });
      const d = directeur;
      await d.goto(`${server.url}/or-dossier/${id}`);
      await d.getByRole('heading', { level: 1, name: onderwerp }).waitFor();

      // Editing: the disclosure moves focus to the first field, saving returns it to the button.
      await d.getByRole('button', { name: 'Concept wijzigen' }).click();
      expect(await focusNaam(d)).toBe('Soort verzoek');
      await d.getByLabel('Soort verzoek').selectOption({ label: 'Instemmingsaanvraag' });
      await d.getByLabel('Aanleiding en beweegredenen').fill('De vergoeding volgt de nieuwe cao.');
      await d.getByLabel('Voorgenomen besluit').fill('Iedereen die thuiswerkt krijgt een vaste vergoeding.');
      await d
        .getByLabel('Gevolgen voor het personeel')
        .fill('Een arbeidsvoorwaarde wijzigt; niemand gaat erop achteruit.');
      const over20 = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
      await d.getByLabel('Reactie gevraagd vóór').fill(over20);
      await expectAccessible(d, 'concept-wijzigen');
      await d.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await d.getByText('Instemmingsaanvraag · Concept').waitFor();
      await d.getByText('Een arbeidsvoorwaarde wijzigt; niemand gaat erop achteruit.').waitFor();
      await expect.poll(() => focusNaam(d)).toContain('Concept wijzigen');

      // The picker: a voorstel is chosen by scenario, then by its document number. Adding without a
      // choice shows the server's problem at the field.
      await d.getByLabel('Soort document').selectOption({ label: 'Voorstel (bevroren momentopname)' });
      await d.getByLabel('Scenario', { exact: true }).selectOption({ label: DEMO_SCENARIO_NAAM });
      await d.getByRole('button', { name: 'Document toevoegen' }).click();
      await d.getByRole('link', { name: /^Voorstel:/ }).waitFor();
      const voorstel = d.getByLabel('Voorstel', { exact: true });
      await voorstel.locator('option:not([value=""])').first().waitFor({ state: 'attached' });
      const documentnummer = (await voorstel.locator('option:not([value=""])').first().textContent()) ?? '';
      await voorstel.selectOption({ index: 1 });
      await d.getByRole('button', { name: 'Document toevoegen' }).click();
      const documenten = d.getByTestId('or-documenten');
      await documenten.getByText(documentnummer.replace(/ \(.*$/, ''), { exact: false }).waitFor();
      await expect(d.getByRole('link', { name: /^Voorstel:/ }).count()).resolves.toBe(0);
      await expectAccessible(d, 'document');

      await d.getByRole('button', { name: 'Voorleggen aan de OR' }).click();
      await d.getByText(`De OR wordt gevraagd uiterlijk`).waitFor();
      // The button is gone: focus goes to the message, not to the top of the page.
      await expect.poll(() => focusNaam(d)).toContain('Het verzoek is voorgelegd aan de OR.');

      // The OR refuses consent.
      await or.goto(d.url());
      await or.getByRole('heading', { level: 1, name: onderwerp }).waitFor();
      await or.getByLabel('Instemming', { exact: true }).selectOption({ label: 'Instemming geweigerd' });
      await or.getByLabel('Toelichting').fill('De OR wil eerst een evaluatie van de huidige regeling.');
      await or.getByRole('button', { name: 'Reactie vastleggen' }).click();
      await or.getByText('Instemming geweigerd', { exact: true }).waitFor();
      await expect.poll(() => focusNaam(or)).toContain('De reactie van de OR is vastgelegd.');

      // The directeur decides; without consent the decision may not be carried out.
      await d.reload();
      await d.getByLabel('Het besluit', { exact: true }).fill('De regeling wordt ingevoerd.');
      await d.getByLabel('Datum besluit').fill(vandaag());
      await d.getByRole('button', { name: 'Besluit vastleggen' }).click();
      const zonderInstemming = d.getByText('Dit besluit heeft geen instemming van de OR', { exact: false });
      await zonderInstemming.waitFor();

      // The replacement permission: its fields are required, then the decision is uitvoerbaar.
      const vervangend = d.getByRole('region', { name: 'Vervangende toestemming van de kantonrechter' });
      await vervangend.getByRole('button', { name: 'Toestemming vastleggen' }).click();
      await vervangend.getByRole('link', { name: /^Kenmerk van de uitspraak:/ }).waitFor();
      await vervangend.getByLabel('Datum van de uitspraak').fill(vandaag());
      await vervangend.getByLabel('Kenmerk van de uitspraak').fill('C/16/123456 / KG ZA 26-78');
      await expectAccessible(d, 'vervangende-toestemming');
      await vervangend.getByRole('button', { name: 'Toestemming vastleggen' }).click();
      await d
        .getByText(
          `Vervangende toestemming van de kantonrechter op ${datum(vandaag())} (kenmerk C/16/123456 / KG ZA 26-78).`,
        )
        .waitFor();
      await d.getByText(`Het besluit mag worden uitgevoerd vanaf ${datum(vandaag())}.`).waitFor();
      expect(await zonderInstemming.count()).toBe(0);
      // The form is gone with its section; focus goes to the message.
      await expect
        .poll(() => focusNaam(d))
        .toContain('De vervangende toestemming van de kantonrechter is vastgelegd.');
    }, 120_000);

    it('an overlegvergadering gets minutes and an agreed action that is marked done', async () => {
      const titel = `Overlegvergadering ${Date.now()}`;
      const { id } = await post('/or-overleggen', {
        datum: vandaag(),
        titel,
        agenda: [{ titel: 'Regeling thuiswerkvergoeding' }],
      });
      const d = directeur;
      await d.goto(`${server.url}/or-dossier/overleg/${id}`);
      await d.getByRole('heading', { level: 1, name: new RegExp(titel) }).waitFor();

      await d.getByLabel(/^Notulen/).fill('De OR vraagt om een evaluatie na een jaar.');
      await d.getByRole('button', { name: 'Vergadering opslaan' }).click();
      await d.getByText('De vergadering is opgeslagen.').first().waitFor();
      await expect.poll(() => focusNaam(d)).toContain('De vergadering is opgeslagen.');
      expect(await d.getByLabel(/^Notulen/).inputValue()).toBe('De OR vraagt om een evaluatie na een jaar.');

      await d.getByLabel('Actie', { exact: true }).fill('Evaluatie plannen');
      await d.getByLabel('Eigenaar', { exact: true }).fill('P&O');
      await d.getByLabel(/^Uiterlijk klaar op/).fill(vandaag());
      await d.getByRole('button', { name: 'Actie toevoegen' }).click();
      const rij = d.getByRole('row', { name: /Evaluatie plannen/ });
      await rij.getByRole('rowheader', { name: 'Evaluatie plannen' }).waitFor();
      // The form is emptied for the next action.
      expect(await d.getByLabel('Actie', { exact: true }).inputValue()).toBe('');

      await rij.getByRole('button', { name: /^Afronden/ }).click();
      await rij.getByText(`Afgerond op ${datum(vandaag())}`).waitFor();
      // The same button now opens it again, and keeps focus.
      await rij.getByRole('button', { name: /^Weer openen/ }).waitFor();
      expect(await focusNaam(d)).toContain('Weer openen');
      await expectAccessible(d, 'overleg-actie-afgerond');
    }, 90_000);
  },
);
