/**
 * A result goal and the programme budget in a real browser. A teamleider opens a goal from the
 * team's list, edits it (first with an error from the server at its field), changes its status,
 * records progress and sees it in the history; an edit after somebody else changed the goal shows
 * "Iemand anders heeft dit doel intussen gewijzigd" with the current values. A medewerker sees the
 * goal without any edit controls. The directeur adds a programme and a policy goal on the budget page
 * (by keyboard). Every page passes axe-core (WCAG 2.2 A/AA) and leaves a screenshot
 * test-results/screenshots/resultaatdoel-*.png or begroting-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

const PERIODE = '2026-Q2';
const TITEL = 'Woningbouw versnellen';

describe.skipIf(!browserAvailable)('resultaatdoel and begroting: a teamleider and the directeur', () => {
  let server: TestServer;
  let browser: Browser;
  let leider: Page;
  let directeur: Page;
  let medewerker: Page;
  let leiderApi: ApiSessie;
  let teamId: string;
  let doelId: string;
  const beleidsdoel: Record<string, string> = {};

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const klok = new TotpKlok();
    const nieuw = async () =>
      (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })).newPage();

    directeur = await nieuw();
    await loginInBrowser(directeur, server.url, demoEMail('directeur'), klok);
    const directeurApi = await apiVanContext(directeur.context(), server.url);
    // The budget the goal serves: one programme with two policy goals in 2026.
    const programma = await directeurApi.fetch('/begrotingsprogrammas', {
      method: 'POST',
      body: JSON.stringify({ begrotingsjaar: 2026, code: 'E2E-R', naam: 'Wonen en leefomgeving (test)' }),
    });
    expect(programma.status, await programma.clone().text()).toBe(201);
    const { id: programmaId } = (await programma.json()) as { id: string };
    for (const naam of ['Meer betaalbare woningen', 'Leefbare wijken']) {
      const response = await directeurApi.fetch(`/begrotingsprogrammas/${programmaId}/beleidsdoelen`, {
        method: 'POST',
        body: JSON.stringify({ naam }),
      });
      expect(response.status, await response.clone().text()).toBe(201);
      const p = (await response.json()) as { beleidsdoelen: { id: string; naam: string }[] };
      beleidsdoel[naam] = p.beleidsdoelen.find((b) => b.naam === naam)?.id as string;
    }

    leider = await nieuw();
    await loginInBrowser(leider, server.url, demoEMail('teamleider'), klok);
    leiderApi = await apiVanContext(leider.context(), server.url);
    teamId = (await leiderApi.json('/sessies/huidig')).teamIds[0];
    expect(teamId).toBeTruthy();
    const doel = await leiderApi.fetch(`/teams/${teamId}/resultaatdoelen`, {
      method: 'POST',
      body: JSON.stringify({
        periode: PERIODE,
        titel: TITEL,
        geschatteUren: 120,
        beleidsdoelen: [{ beleidsdoelId: beleidsdoel['Meer betaalbare woningen'], gewicht: 1 }],
        indicator: 'Opgeleverde woningen',
        doelwaarde: 200,
        eenheid: 'woningen',
      }),
    });
    expect(doel.status, await doel.clone().text()).toBe(201);
    doelId = ((await doel.json()) as { id: string }).id;

    medewerker = await nieuw();
    await loginInBrowser(medewerker, server.url, demoEMail('medewerker'), klok);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(page: Page, name: string) {
    await settle(page);
    await screenshot(page, name);
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  }

  const gegevens = (page: Page) => page.getByTestId('rd-gegevens');
  const melding = (page: Page) => page.locator('.wb-live-region');
  const huidigDoel = () => leiderApi.json(`/resultaatdoelen/${doelId}`);

  it('opens a goal from the team list: every field, the page title and focus on the h1', async () => {
    await leider.goto(`${server.url}/teams/${teamId}/resultaatdoelen?periode=${PERIODE}`);
    await settle(leider);
    await leider.getByRole('link', { name: TITEL, exact: true }).click();
    await expect.poll(() => new URL(leider.url()).pathname).toBe(`/resultaatdoelen/${doelId}`);
    await leider.getByRole('heading', { level: 1, name: TITEL }).waitFor();
    await expect.poll(() => leider.title()).toBe(`${TITEL} | Wendbaar`);
    await expect.poll(() => leider.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await leider.locator('h1').count()).toBe(1);

    const team = await leiderApi.json(`/teams/${teamId}`);
    for (const deel of [
      team.naam,
      PERIODE,
      'Gepland',
      '120 uur',
      'Opgeleverde woningen',
      '200 woningen',
      // The policy goal with its programme.
      'E2E-R Wonen en leefomgeving (test): Meer betaalbare woningen (gewicht 1)',
    ]) {
      await expect.poll(() => gegevens(leider).textContent(), deel).toContain(deel);
    }
    await leider.getByText('Er is nog geen voortgang vastgelegd').waitFor();
    await expectAccessible(leider, 'resultaatdoel');
  }, 60_000);

  it('edits the goal: a server error at its field first, then saved', async () => {
    await leider.getByRole('button', { name: 'Resultaatdoel wijzigen' }).click();
    const titel = leider.getByLabel('Titel', { exact: true });
    // Opening the form moves focus to its first field, which holds the current value.
    await expect.poll(() => leider.evaluate(() => document.activeElement?.id)).toBe('rd-wijzigen-titel');
    expect(await titel.inputValue()).toBe(TITEL);

    const uren = leider.getByLabel('Geschatte uren');
    expect(await uren.inputValue()).toBe('120');
    await uren.fill('-5');
    await leider.getByRole('button', { name: 'Wijzigingen opslaan' }).click();

    // The server's reason appears at the field, which points to it, and in the focused summary.
    await expect.poll(() => uren.getAttribute('aria-invalid')).toBe('true');
    const foutId = (await uren.getAttribute('aria-describedby'))
      ?.split(' ')
      .find((id) => id.endsWith('-fout'));
    expect(foutId).toBeTruthy();
    expect(await leider.locator(`[id="${foutId}"]`).textContent()).toContain(
      'Uren kunnen niet negatief zijn.',
    );
    const summary = leider.locator('.wb-error-summary');
    await expect
      .poll(() => summary.getByRole('link').first().textContent())
      .toBe('Geschatte uren: Uren kunnen niet negatief zijn.');
    await expect
      .poll(() => leider.evaluate(() => document.activeElement?.classList.contains('wb-error-summary')))
      .toBe(true);
    // The summary link takes the user to the field.
    await summary.getByRole('link').first().click();
    await expect
      .poll(() => leider.evaluate(() => document.activeElement?.id))
      .toBe('rd-wijzigen-geschatteUren');
    await expectAccessible(leider, 'resultaatdoel-fout');

    await uren.fill('150');
    await titel.fill(`${TITEL} in Noord`);
    await leider.getByLabel('Gewicht voor E2E-R Meer betaalbare woningen').fill('0,5');
    await leider.getByLabel('Gewicht voor E2E-R Leefbare wijken').fill('0,5');
    await leider.getByRole('button', { name: 'Wijzigingen opslaan' }).click();

    await expect
      .poll(() => melding(leider).textContent())
      .toContain(`De wijzigingen aan ${TITEL} in Noord zijn opgeslagen.`);
    await expect.poll(() => leider.locator('h1').textContent()).toBe(`${TITEL} in Noord`);
    await expect.poll(() => leider.title()).toBe(`${TITEL} in Noord | Wendbaar`);
    await expect.poll(() => gegevens(leider).textContent()).toContain('150 uur');
    expect(await gegevens(leider).textContent()).toContain('Leefbare wijken (gewicht 0,5)');
    // The form closed and focus went back to its button.
    expect(await leider.getByLabel('Geschatte uren').count()).toBe(0);
    await expect
      .poll(() => leider.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Resultaatdoel wijzigen');

    const opgeslagen = await huidigDoel();
    expect(opgeslagen).toMatchObject({ titel: `${TITEL} in Noord`, geschatteUren: 150 });
    expect(opgeslagen.beleidsdoelen.map((b: { gewicht: number }) => b.gewicht)).toEqual([0.5, 0.5]);
  }, 60_000);

  it('changes the status', async () => {
    await leider.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Actief' });
    await leider.getByRole('button', { name: 'Status opslaan' }).click();
    await expect.poll(() => melding(leider).textContent()).toContain('De status is nu Actief.');
    await expect
      .poll(() => gegevens(leider).locator('.utrecht-status-badge').first().textContent())
      .toBe('Actief');
    expect((await huidigDoel()).status).toBe('actief');
  }, 30_000);

  it('records progress and sees it in the history, newest first', async () => {
    const historie = leider.getByTestId('voortgang');
    const vastleggen = async (datum: string, waarde: string, toelichting: string) => {
      await leider.getByLabel('Datum', { exact: true }).fill(datum);
      await leider.getByLabel('Waarde in woningen').fill(waarde);
      await leider.getByLabel('Toelichting').fill(toelichting);
      await leider.getByRole('button', { name: 'Voortgang vastleggen' }).click();
    };

    await vastleggen('2026-05-15', '40', 'Eerste 40 woningen opgeleverd.');
    await expect
      .poll(() => melding(leider).textContent())
      .toContain('De voortgang van 15 mei 2026 is vastgelegd.');
    const rijen = historie.locator('tbody tr');
    await expect.poll(() => rijen.count()).toBe(1);
    const eerste = (await rijen.first().textContent()) ?? '';
    for (const deel of ['15 mei 2026', '40 woningen', '20%', 'Eerste 40 woningen opgeleverd.']) {
      expect(eerste).toContain(deel);
    }
    // The fields are empty again for the next report.
    expect(await leider.getByLabel('Waarde in woningen').inputValue()).toBe('');

    // An earlier report recorded later still comes below the newer date.
    await vastleggen('2026-04-30', '25', 'Tussenstand april.');
    await expect.poll(() => rijen.count()).toBe(2);
    expect(await rijen.nth(0).textContent()).toContain('15 mei 2026');
    expect(await rijen.nth(1).textContent()).toContain('30 april 2026');
    expect(await rijen.nth(1).textContent()).toContain('25 woningen');
    await expect
      .poll(() => gegevens(leider).textContent())
      .toContain('15 mei 2026: 40 woningen (20% van de doelwaarde)');
    await expectAccessible(leider, 'resultaatdoel-voortgang');
  }, 60_000);

  it('says "Iemand anders heeft dit doel intussen gewijzigd" and shows the current values', async () => {
    await leider.getByRole('button', { name: 'Resultaatdoel wijzigen' }).click();
    const titel = leider.getByLabel('Titel', { exact: true });
    await titel.fill('Mijn versie van de titel');

    // A colleague saves first.
    const huidig = await huidigDoel();
    const ander = await leiderApi.fetch(`/resultaatdoelen/${doelId}`, {
      method: 'PATCH',
      headers: { 'If-Match': `"${huidig.versie}"` },
      body: JSON.stringify({ titel: 'Door een collega gewijzigd', geschatteUren: 175 }),
    });
    expect(ander.status, await ander.clone().text()).toBe(200);

    await leider.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const summary = leider.locator('.wb-error-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('Iemand anders heeft dit doel intussen gewijzigd');
    await expect
      .poll(() => leider.evaluate(() => document.activeElement?.classList.contains('wb-error-summary')))
      .toBe(true);
    // The form and the page now show what is saved.
    await expect.poll(() => titel.inputValue()).toBe('Door een collega gewijzigd');
    expect(await leider.getByLabel('Geschatte uren').inputValue()).toBe('175');
    await expect.poll(() => leider.locator('h1').textContent()).toBe('Door een collega gewijzigd');
    await expectAccessible(leider, 'resultaatdoel-conflict');

    // Entering the change again now saves it.
    await titel.fill(`${TITEL} (herzien)`);
    await leider.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect
      .poll(() => melding(leider).textContent())
      .toContain(`De wijzigingen aan ${TITEL} (herzien) zijn opgeslagen.`);
    expect(await huidigDoel()).toMatchObject({ titel: `${TITEL} (herzien)`, geschatteUren: 175 });
  }, 60_000);

  it('shows a medewerker the goal and its history without edit controls', async () => {
    await medewerker.goto(`${server.url}/resultaatdoelen/${doelId}`);
    await settle(medewerker);
    await medewerker.getByRole('heading', { level: 1, name: `${TITEL} (herzien)` }).waitFor();
    await expect.poll(() => medewerker.getByTestId('voortgang').locator('tbody tr').count()).toBe(2);
    for (const knop of ['Resultaatdoel wijzigen', 'Status opslaan', 'Voortgang vastleggen']) {
      expect(await medewerker.getByRole('button', { name: knop }).count(), knop).toBe(0);
    }
    await expectAccessible(medewerker, 'resultaatdoel-medewerker');

    // The budget page explains an empty year and offers no forms.
    const leegJaar = new Date().getFullYear() + 2;
    await medewerker.goto(`${server.url}/begroting?begrotingsjaar=${leegJaar}`);
    await settle(medewerker);
    await medewerker
      .getByText(`Voor begrotingsjaar ${leegJaar} zijn nog geen programma’s vastgelegd.`)
      .waitFor();
    await medewerker.getByText('De directie legt de programma’s en beleidsdoelen vast.').waitFor();
    expect(await medewerker.getByRole('button', { name: 'Programma toevoegen' }).count()).toBe(0);
  }, 60_000);

  it('lets the directeur add a programme and a policy goal on the budget page', async () => {
    const jaar = new Date().getFullYear();
    const volgend = jaar + 1;
    // The budget is linked from the formatie page (out of the nine-item menu).
    await directeur.goto(`${server.url}/organisatie/formatie`);
    await settle(directeur);
    await directeur.getByRole('main').getByRole('link', { name: 'Begroting', exact: true }).click();
    await directeur.getByRole('heading', { level: 1, name: `Programmabegroting ${jaar}` }).waitFor();
    await expect.poll(() => directeur.title()).toBe(`Programmabegroting ${jaar} | Wendbaar`);
    if (jaar === 2026) {
      await directeur
        .getByRole('heading', { level: 3, name: 'E2E-R Wonen en leefomgeving (test)' })
        .waitFor();
    }

    await directeur.getByLabel('Begrotingsjaar', { exact: true }).selectOption(String(volgend));
    await directeur.getByRole('heading', { level: 1, name: `Programmabegroting ${volgend}` }).waitFor();
    await directeur
      .getByText(`Voor begrotingsjaar ${volgend} zijn nog geen programma’s vastgelegd.`)
      .waitFor();
    await directeur.getByText('Voeg hieronder het eerste programma toe.', { exact: false }).waitFor();
    await expectAccessible(directeur, 'begroting-leeg');

    // The form takes the year shown; a missing name is reported at its field.
    const form = directeur.locator('form', {
      has: directeur.getByRole('button', { name: 'Programma toevoegen' }),
    });
    expect(await form.getByLabel('Begrotingsjaar van het nieuwe programma').inputValue()).toBe(
      String(volgend),
    );
    await form.getByLabel('Code').fill('P7');
    await form.getByRole('button', { name: 'Programma toevoegen' }).click();
    const naam = form.getByLabel('Naam van het programma');
    await expect.poll(() => naam.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => form.locator('.wb-error-summary').textContent())
      .toContain('Naam van het programma');
    await naam.fill('Duurzaamheid en klimaat');
    await form.getByRole('button', { name: 'Programma toevoegen' }).click();
    await expect
      .poll(() => melding(directeur).textContent())
      .toContain(`Programma P7 Duurzaamheid en klimaat is toegevoegd aan begrotingsjaar ${volgend}.`);
    const kaart = directeur.getByTestId('programma').filter({ hasText: 'Duurzaamheid en klimaat' });
    await kaart.getByRole('heading', { level: 3, name: 'P7 Duurzaamheid en klimaat' }).waitFor();
    await kaart.getByText('Dit programma heeft nog geen beleidsdoelen.', { exact: false }).waitFor();

    // A policy goal, by keyboard only: open the form, type, tab to the button, Enter.
    const knop = kaart.getByRole('button', { name: 'Beleidsdoel toevoegen aan P7 Duurzaamheid en klimaat' });
    await knop.focus();
    await directeur.keyboard.press('Enter');
    await expect.poll(() => directeur.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await directeur.keyboard.type('Klimaatneutraal in 2040');
    await directeur.keyboard.press('Tab');
    await directeur.keyboard.type('Minder uitstoot door isolatie en warmtenetten.');
    await directeur.keyboard.press('Tab');
    await expect
      .poll(() => directeur.evaluate(() => document.activeElement?.textContent))
      .toBe('Beleidsdoel opslaan');
    await directeur.keyboard.press('Enter');
    await expect
      .poll(() => melding(directeur).textContent())
      .toContain('Beleidsdoel Klimaatneutraal in 2040 is toegevoegd aan P7 Duurzaamheid en klimaat.');
    await expect
      .poll(() => kaart.locator('.wb-beleidsdoelen').textContent())
      .toContain('Klimaatneutraal in 2040');
    expect(await kaart.textContent()).toContain('Minder uitstoot door isolatie en warmtenetten.');
    expect(await kaart.textContent()).not.toContain('nog geen beleidsdoelen');
    // Ready for the next one: the name field is empty and has focus.
    await expect
      .poll(() => directeur.evaluate(() => (document.activeElement as HTMLInputElement)?.value))
      .toBe('');
    await expectAccessible(directeur, 'begroting');

    const api = await apiVanContext(directeur.context(), server.url);
    const { resultaten } = await api.json(`/begrotingsprogrammas?begrotingsjaar=${volgend}`);
    expect(resultaten).toEqual([
      expect.objectContaining({
        code: 'P7',
        naam: 'Duurzaamheid en klimaat',
        beleidsdoelen: [
          expect.objectContaining({
            naam: 'Klimaatneutraal in 2040',
            omschrijving: 'Minder uitstoot door isolatie en warmtenetten.',
          }),
        ],
      }),
    ]);
  }, 90_000);
});
