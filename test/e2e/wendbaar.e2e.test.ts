/**
 * The agile side in a real browser (issue 5). (a) A programmaregisseur records a bestuurlijke
 * ambitie, makes a bestuursopdracht of it, fills the exploration and the mandate section by section
 * (seeing first what is missing), submits it; the college decides on the college page
 * ("vastgesteld"); the programmaregisseur takes it into execution; the collegevoorstel is a Word
 * document. (b) An opgave goes from signalering through verkenning (a stakeholder, a finding) and
 * the college's rolbepaling (entered in the form) to aanpak. (c) The directeur sees both on the
 * portfolio with the milestone table, and adds a programma. Every page and state passes axe-core
 * (WCAG 2.2 A/AA) and leaves a screenshot test-results/screenshots/wendbaar-*.png.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

const VOLGEND_JAAR = new Date().getFullYear() + 1;
const AMBITIE = 'Een gezonde start voor elk kind';
const OPDRACHT = 'Kraamzorg en consultatiebureau samen';
const OPGAVE = 'Laadpalen in woonwijken';
/** How long a poll waits: generous, so the test holds on a busy machine. */
const WACHT = 20_000;
const poll = <T>(actual: () => T) => expect.poll(actual, { timeout: WACHT });

describe.skipIf(!browserAvailable)(
  'wendbaar: ambities, bestuursopdrachten, opgaven and the portfolio',
  () => {
    let server: TestServer;
    let browser: Browser;
    let regisseur: Page;
    let college: Page;
    let directeur: Page;
    let regisseurApi: ApiSessie;
    let expertise: string;
    let opdrachtId: string;
    let opgaveId: string;

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser();
      const klok = new TotpKlok();
      const nieuw = async () =>
        (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })).newPage();
      regisseur = await nieuw();
      await loginInBrowser(regisseur, server.url, demoEMail('programmaregisseur'), klok);
      regisseurApi = await apiVanContext(regisseur.context(), server.url);
      const expertises = await regisseurApi.json('/expertises?status=actief&sorteer=naam&paginaGrootte=1');
      expertise = expertises.resultaten[0].naam;
      college = await nieuw();
      await loginInBrowser(college, server.url, demoEMail('college'), klok);
      directeur = await nieuw();
      await loginInBrowser(directeur, server.url, demoEMail('directeur'), klok);
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function expectAccessible(page: Page, name: string) {
      await settle(page);
      await screenshot(page, `wendbaar-${name}`);
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
    }

    const melding = (page: Page) => page.locator('.wb-live-region');
    const knop = (scope: Page | Locator, name: string | RegExp) =>
      scope.getByRole('button', { name, exact: typeof name === 'string' });
    const sectie = (page: Page, naam: string) => page.locator(`#bo-sectie-${naam}`);
    const opdracht = () => regisseurApi.json(`/bestuursopdrachten/${opdrachtId}`);

    /** Waits for the success message, so the next action starts from the saved state. */
    async function gemeld(page: Page, tekst: string) {
      await expect
        .poll(() => melding(page).textContent(), { message: tekst, timeout: WACHT })
        .toContain(tekst);
    }

    it('(a) takes an ambitie to a bestuursopdracht: exploration and mandate, what is missing, submission', async () => {
      const page = regisseur;
      await page.goto(`${server.url}/`);
      await settle(page);
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Wendbare kant' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Portfolio van de wendbare kant' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Wendbare kant' })
        .getByRole('link', { name: 'Bestuurlijke ambities' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Bestuurlijke ambities' }).waitFor();
      await poll(() => page.title()).toBe('Bestuurlijke ambities | Wendbaar');
      await expectAccessible(page, 'ambities');

      // A new ambitie: a missing source is reported at its field first.
      await knop(page, 'Nieuwe bestuurlijke ambitie').click();
      await page.getByLabel('Titel', { exact: true }).fill(AMBITIE);
      await page.getByLabel('Portefeuillehouder').fill('Wethouder Jeugd');
      await page.getByLabel('Tekst').fill('Kinderen groeien veilig op in hun eigen omgeving.');
      await knop(page, 'Ambitie vastleggen').click();
      await poll(() => page.locator('.wb-error-summary').textContent()).toContain('Bron');
      await page.getByRole('radio', { name: 'Coalitieakkoord' }).check();
      await knop(page, 'Ambitie vastleggen').click();
      await page.getByRole('heading', { level: 1, name: AMBITIE }).waitFor();
      await gemeld(page, `Bestuurlijke ambitie ${AMBITIE} is vastgelegd.`);
      await expectAccessible(page, 'ambitie');

      // "Bestuursopdracht maken" from the ambitie.
      await page.getByRole('link', { name: 'Bestuursopdracht maken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe bestuursopdracht' }).waitFor();
      const ambitieKeuze = page.getByLabel(/^Bestuurlijke ambitie/);
      await poll(() => ambitieKeuze.locator('option:checked').textContent()).toBe(AMBITIE);
      await expectAccessible(page, 'bestuursopdracht-nieuw');
      await page.getByLabel('Titel', { exact: true }).fill(OPDRACHT);
      await knop(page, 'Bestuursopdracht beginnen').click();
      await page.getByRole('heading', { level: 1, name: OPDRACHT }).waitFor();
      opdrachtId = new URL(page.url()).pathname.split('/').pop() as string;
      expect((await opdracht()).ambitie.titel).toBe(AMBITIE);
      await poll(() => page.title()).toBe(`${OPDRACHT} | Wendbaar`);
      const fase = page.getByTestId('fasebalk').locator('[aria-current="step"]');
      expect(await fase.textContent()).toContain('Concept');
      await poll(() => page.getByTestId('ontbreekt').locator('li').count()).toBe(14);
      await expectAccessible(page, 'bestuursopdracht-concept');

      // Completing the exploration too early names every missing part, each a link to its field.
      await knop(page, 'Verkenning afronden').click();
      const fout = page.getByTestId('stap-fout');
      await poll(() => fout.locator('li').count()).toBe(6);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('stap-fout');
      await fout.getByRole('link', { name: /^Doel:/ }).click();
      await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bo-verkenning-doel');
      await expectAccessible(page, 'bestuursopdracht-verkenning-ontbreekt');

      const verkenning = sectie(page, 'verkenning');
      for (const [label, tekst] of [
        ['Doel', 'Elk kind een veilige plek om op te groeien'],
        ['Wens', 'Minder uithuisplaatsingen'],
        ['Probleem en oorzaak', 'Hulp komt te laat doordat signalen versnipperd zijn'],
        ['Beeld van succes', `In ${VOLGEND_JAAR + 1} halveert het aantal crisisplaatsingen`],
        ['Gewenste aanpak', 'Wijkteams en scholen werken met één plan per gezin'],
      ]) {
        await verkenning.getByLabel(label as string, { exact: true }).fill(tekst as string);
      }
      await knop(verkenning, 'Collegelid toevoegen').click();
      // The new row's field has focus.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('bo-verkenning-collegeleden-0');
      await page.keyboard.type('Wethouder Jeugd');
      await knop(verkenning, 'Verkenning met het college opslaan').click();
      await gemeld(page, 'Verkenning met het college is opgeslagen.');
      await poll(() => page.getByTestId('ontbreekt').locator('li').count()).toBe(8);

      await knop(page, 'Verkenning afronden').click();
      await gemeld(page, 'De bestuursopdracht is nu verkend.');
      await poll(() => fase.textContent()).toContain('Verkend');

      // Submitting before the mandate is complete: every missing field at once.
      await knop(page, 'Indienen bij het college').click();
      await poll(() => fout.locator('li').count()).toBe(8);
      const ontbreekt = (await fout.textContent()) ?? '';
      for (const deel of [
        'Doelstellingen',
        'Tijdlijn met mijlpalen',
        'Mensen en middelen',
        'Bestuurlijk opdrachtgever',
        'Ambtelijk opdrachtgever',
        'Opdrachtnemer',
        'Verantwoording',
        'Besluitvormingsproces',
      ]) {
        expect(ontbreekt, deel).toContain(deel);
      }
      await expectAccessible(page, 'bestuursopdracht-ontbreekt');
      expect((await opdracht()).versies).toEqual([]);

      // The mandate, section by section.
      const doelen = sectie(page, 'doelstellingen');
      await knop(doelen, 'Doelstelling toevoegen').click();
      const doel1 = doelen.getByRole('group', { name: 'Doelstelling 1' });
      await doel1.getByLabel('Omschrijving').fill('Eén gezinsplan per gezin');
      await doel1.getByLabel('Indicator').fill('Aandeel gezinnen met één plan');
      await knop(doelen, 'Doelstellingen opslaan').click();
      await gemeld(page, 'Doelstellingen is opgeslagen.');

      const tijdlijn = sectie(page, 'mijlpalen');
      for (const [nummer, titel, datum] of [
        [1, 'Start proef in Noord', `${VOLGEND_JAAR}-03-01`],
        [2, 'Evaluatie proef', `${VOLGEND_JAAR}-10-01`],
      ] as const) {
        await knop(tijdlijn, 'Mijlpaal toevoegen').click();
        const rij = tijdlijn.getByRole('group', { name: `Mijlpaal ${nummer}` });
        await rij.getByLabel('Mijlpaal', { exact: true }).fill(titel);
        await rij.getByLabel('Datum').fill(datum);
      }
      await knop(tijdlijn, 'Tijdlijn met mijlpalen opslaan').click();
      await gemeld(page, 'Tijdlijn met mijlpalen is opgeslagen.');

      const middelen = sectie(page, 'mensenEnMiddelen');
      await knop(middelen, 'Capaciteit vragen').click();
      await middelen.getByLabel('Expertise', { exact: true }).selectOption({ label: expertise });
      await middelen.getByLabel('Minimumniveau').selectOption('3');
      await middelen.getByLabel('Kwartaal').selectOption(`${VOLGEND_JAAR}-Q1`);
      await middelen.getByLabel('Uren', { exact: true }).fill('240');
      await knop(middelen, 'Capaciteitsvraag toevoegen').click();
      await gemeld(page, `De vraag naar 240 uur ${expertise} in ${VOLGEND_JAAR}-Q1 is toegevoegd.`);
      await poll(() => middelen.getByTestId('capaciteitsvragen').locator('tbody tr').count()).toBe(1);

      const rollen = sectie(page, 'rollen');
      await rollen.getByLabel('Bestuurlijk opdrachtgever').fill('Wethouder Jeugd');
      await rollen.getByLabel('Ambtelijk opdrachtgever').fill('Directeur Samenleving');
      await rollen.getByLabel('Opdrachtnemer').fill('Programmaregisseur Jeugd');
      await knop(rollen, 'Rol- en taakverdeling opslaan').click();
      await gemeld(page, 'Rol- en taakverdeling is opgeslagen.');

      const verantwoording = sectie(page, 'verantwoording');
      await knop(verantwoording, 'Verantwoordingsmoment toevoegen').click();
      const moment = verantwoording.getByRole('group', { name: 'Verantwoordingsmoment 1' });
      await moment.getByLabel('Moment').selectOption({ label: 'Bestuursrapportage' });
      await moment.getByLabel('Waarover').fill('Voortgang pilot');
      await knop(verantwoording, 'Verantwoording opslaan').click();
      await gemeld(page, 'Verantwoording is opgeslagen.');

      const proces = sectie(page, 'besluitvormingsproces');
      await proces.getByLabel('Besluitvormingsproces').fill('Collegebesluit, daarna raadsinformatiebrief');
      await knop(proces, 'Besluitvormingsproces opslaan').click();
      await gemeld(page, 'Besluitvormingsproces is opgeslagen.');

      await expect
        .poll(() => page.getByTestId('ontbreekt').textContent())
        .toContain('Alles is ingevuld: de opdracht kan naar het college.');
      await expectAccessible(page, 'bestuursopdracht-compleet');

      // Submission freezes version 1: the sections become read-only.
      await knop(page, 'Indienen bij het college').click();
      await gemeld(page, 'De bestuursopdracht is ingediend bij het college als versie 1.');
      await poll(() => fase.textContent()).toContain('Ter besluitvorming');
      await page.getByTestId('versies').getByRole('rowheader', { name: 'Versie 1' }).waitFor();
      expect(await knop(page, 'Verkenning met het college opslaan').count()).toBe(0);
      expect(await verkenning.textContent()).toContain('Minder uithuisplaatsingen');
      expect(await knop(page, 'Intrekken (terug naar verkend)').count()).toBe(1);
      await expectAccessible(page, 'bestuursopdracht-ingediend');

      // The collegevoorstel of version 1 is a Word document.
      const download = page.getByRole('link', { name: 'Collegevoorstel versie 1 downloaden (Word)' });
      const href = (await download.getAttribute('href')) as string;
      expect(href).toBe(`/api/v1/bestuursopdrachten/${opdrachtId}/collegevoorstel?versie=1`);
      const docx = await regisseurApi.fetch(href.replace(/^\/api\/v1/, ''));
      expect(docx.status).toBe(200);
      expect(docx.headers.get('content-type')).toContain(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );

      // Version 1 against the working copy: nothing changed.
      await page.getByLabel('Vergelijken met').selectOption({ label: 'De werkversie' });
      await knop(page, 'Verschillen tonen').click();
      await page.getByText('Er zijn geen verschillen.').waitFor();
    }, 180_000);

    it('(a) the college decides on the college page; the programmaregisseur takes it into execution', async () => {
      await college.goto(`${server.url}/wendbaar/college`);
      await settle(college);
      await poll(() => college.title()).toBe('College van B&W | Wendbaar');
      const kaart = college.getByTestId('ter-besluitvorming').filter({ hasText: OPDRACHT });
      await kaart.waitFor();
      // The version is filled in with the submitted one.
      await poll(() => kaart.getByLabel('Versie', { exact: true }).inputValue()).toBe('1');
      expect(await kaart.getByRole('link', { name: /versie 1 \(Word\)/ }).getAttribute('href')).toContain(
        `/bestuursopdrachten/${opdrachtId}/collegevoorstel?versie=1`,
      );
      await expectAccessible(college, 'college');

      await kaart.getByRole('radio', { name: /^Vastgesteld/ }).check();
      await kaart.getByLabel('Besluitnummer').fill(`B&W ${VOLGEND_JAAR}/412`);
      await kaart.getByRole('textbox', { name: /^Voorwaarden/ }).fill('Rapporteren na de proef');
      await knop(kaart, 'Besluit vastleggen').click();
      // A besluit is final: asked once more, with what will be recorded (issue 17, item 6).
      const bevestig = college.getByRole('dialog', { name: 'Besluit vastleggen?' });
      await bevestig.waitFor();
      expect(await bevestig.textContent()).toContain(
        `Het college besluit "Vastgesteld" over versie 1 (besluit B&W ${VOLGEND_JAAR}/412,`,
      );
      await expectAccessible(college, 'college-bevestigen');
      // Cancelling records nothing.
      await knop(bevestig, 'Annuleren').click();
      await poll(() => bevestig.isVisible()).toBe(false);
      expect(await kaart.count()).toBe(1);
      expect((await opdracht()).status).toBe('ter-besluitvorming');
      await knop(kaart, 'Besluit vastleggen').click();
      await bevestig.waitFor();
      await knop(bevestig, 'Besluit vastleggen').click();
      await gemeld(college, `Het besluit over ${OPDRACHT} is vastgelegd: vastgesteld.`);
      await poll(() => kaart.count()).toBe(0);
      await expect
        .poll(() => college.getByTestId('besluiten').textContent())
        .toContain(`B&W ${VOLGEND_JAAR}/412`);
      await expectAccessible(college, 'college-besloten');

      const b = await opdracht();
      expect(b.status).toBe('vastgesteld');
      expect(b.versies[0].besluit).toMatchObject({ uitkomst: 'vastgesteld', versie: 1 });

      // Back as programmaregisseur: into execution.
      const page = regisseur;
      await page.goto(`${server.url}/wendbaar/bestuursopdrachten/${opdrachtId}`);
      await settle(page);
      await poll(() => page.getByTestId('bo-status').textContent()).toContain('Vastgesteld');
      await poll(() => page.getByTestId('versies').textContent()).toContain(`B&W ${VOLGEND_JAAR}/412`);
      await knop(page, 'In uitvoering nemen').click();
      await gemeld(page, 'De bestuursopdracht is nu in uitvoering.');
      await poll(() => page.getByTestId('bo-status').textContent()).toContain('In uitvoering');
      await poll(() => page.getByTestId('historie').locator('tbody tr').count()).toBe(5);
      await expectAccessible(page, 'bestuursopdracht-uitvoering');
      expect((await opdracht()).status).toBe('in-uitvoering');

      await page.goto(`${server.url}/wendbaar/bestuursopdrachten`);
      await settle(page);
      await page.getByTestId('bestuursopdrachten').getByRole('link', { name: OPDRACHT }).waitFor();
      await expectAccessible(page, 'bestuursopdrachten');
    }, 120_000);

    it('(b) takes an opgave from signalering through verkenning and rolbepaling to aanpak', async () => {
      const page = regisseur;
      await page.goto(`${server.url}/wendbaar/opgaven`);
      await settle(page);
      await poll(() => page.title()).toBe('Opgaven | Wendbaar');
      await knop(page, 'Nieuwe opgave signaleren').click();
      await page.getByLabel('Titel', { exact: true }).fill(OPGAVE);
      await expectAccessible(page, 'opgaven');
      await knop(page, 'Opgave signaleren').click();
      await page.getByRole('heading', { level: 1, name: OPGAVE }).waitFor();
      opgaveId = new URL(page.url()).pathname.split('/').pop() as string;
      const fase = page.getByTestId('fasebalk').locator('[aria-current="step"]');
      expect(await fase.textContent()).toContain('Signalering');

      // Without a description the exploration cannot start: the summary links to the field.
      await knop(page, 'Naar verkenning').click();
      const fout = page.getByTestId('stap-fout');
      await fout.getByRole('link', { name: /^Omschrijving:/ }).click();
      await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('opgave-omschrijving');
      await page.keyboard.type('Bedrijven kunnen niet uitbreiden door een vol stroomnet.');
      await knop(page, 'Beschrijving opslaan').click();
      await gemeld(page, 'Beschrijving is opgeslagen.');
      await knop(page, 'Naar verkenning').click();
      await gemeld(page, 'De opgave is nu in de fase verkenning.');
      await poll(() => fase.textContent()).toContain('Verkenning');

      // Rolbepaling needs the exploration: both gaps at once.
      await knop(page, 'Naar rolbepaling').click();
      await poll(() => fout.locator('li').count()).toBe(2);
      expect(await fout.textContent()).toContain('Stakeholders');
      expect(await fout.textContent()).toContain('Bevindingen');
      await expectAccessible(page, 'opgave-verkenning-ontbreekt');

      await knop(page, 'Stakeholder toevoegen').click();
      const stakeholder = page.locator('form', { has: knop(page, 'Stakeholder opslaan') });
      await stakeholder.getByLabel('Naam', { exact: true }).fill('Netbeheerder');
      await stakeholder.getByRole('radio', { name: 'Extern' }).check();
      await stakeholder.getByLabel('Belang').fill('Netcapaciteit');
      await stakeholder.getByRole('radio', { name: 'Hoog', exact: true }).check();
      await stakeholder.getByRole('radio', { name: /^Coproduceren/ }).check();
      await knop(stakeholder, 'Stakeholder opslaan').click();
      await gemeld(page, 'Stakeholder Netbeheerder is toegevoegd.');
      const rij = page.getByTestId('stakeholders').getByRole('row', { name: /Netbeheerder/ });
      await poll(() => rij.textContent()).toContain('Coproduceren');
      expect(await rij.textContent()).toContain('Extern');

      await knop(page, 'Bevinding toevoegen').click();
      await page
        .getByLabel('Bevinding', { exact: true })
        .fill('Wachtlijst van twee jaar voor nieuwe aansluitingen.');
      await knop(page, 'Bevinding opslaan').click();
      await gemeld(page, 'De bevinding is vastgelegd.');
      await expect
        .poll(() => page.getByTestId('bevindingen').textContent())
        .toContain('Wachtlijst van twee jaar');
      // A finding is corrected in place, and one recorded by mistake is removed after a confirmation.
      await page.getByLabel('Bevinding', { exact: true }).fill('Dubbel ingevoerd.');
      await knop(page, 'Bevinding opslaan').click();
      await gemeld(page, 'De bevinding is vastgelegd.');
      const bevindingen = page.getByTestId('bevindingen');
      const eerste = bevindingen.getByRole('listitem').filter({ hasText: 'Wachtlijst van twee jaar' });
      await knop(eerste, /^Wijzigen/).click();
      // The item's text is now in the form, so the form is found by itself.
      const correctie = bevindingen.locator('form');
      // Keyboard users land in the text they are correcting.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await correctie
        .getByLabel('Bevinding', { exact: true })
        .fill('Wachtlijst van drie jaar voor nieuwe aansluitingen.');
      await expectAccessible(page, 'opgave-bevinding-wijzigen');
      await knop(correctie, 'Opslaan').click();
      await gemeld(page, 'De bevinding is gecorrigeerd.');
      await expect.poll(() => bevindingen.textContent()).toContain('Wachtlijst van drie jaar');
      expect(await bevindingen.textContent()).not.toContain('twee jaar');
      const dubbel = bevindingen.getByRole('listitem').filter({ hasText: 'Dubbel ingevoerd.' });
      await knop(dubbel, /^Verwijderen/).click();
      const dialoog = page.getByRole('dialog');
      await dialoog.waitFor();
      await knop(dialoog, 'Verwijderen').click();
      await gemeld(page, 'De bevinding is verwijderd.');
      await expect.poll(() => bevindingen.textContent()).not.toContain('Dubbel ingevoerd.');
      expect(await bevindingen.getByRole('listitem').count()).toBe(1);
      await expectAccessible(page, 'opgave-verkenning');

      await knop(page, 'Naar rolbepaling').click();
      await gemeld(page, 'De opgave is nu in de fase rolbepaling.');
      await poll(() => fase.textContent()).toContain('Rolbepaling');
      // Aanpak only after the college's decision.
      await knop(page, 'Naar aanpak').click();
      await poll(() => fout.textContent()).toContain('Rolbepaling');

      // The programmaregisseur proposes the role (no date or besluit: those are the college's).
      const voorstel = page.locator('#opgave-sectie-rolbepaling');
      await voorstel.getByRole('radio', { name: /^Midden/ }).check();
      await voorstel.getByRole('radio', { name: /^Netwerkend/ }).check();
      // The primary role is not offered as a secondary one.
      await poll(() => voorstel.getByRole('checkbox', { name: /^Netwerkend/ }).count()).toBe(0);
      await voorstel.getByRole('checkbox', { name: /^Presterend/ }).check();
      expect(await voorstel.getByLabel('Kenmerk van het collegebesluit').count()).toBe(0);
      await knop(voorstel, 'Rolbepaling voorstellen').click();
      await gemeld(page, 'Het voorstel voor de rolbepaling is vastgelegd; het college bevestigt het.');
      await poll(() => voorstel.textContent()).toContain('het college moet de rolbepaling nog bevestigen');
      // A proposal is not the college's decision: still no aanpak.
      await knop(page, 'Naar aanpak').click();
      await poll(() => fout.textContent()).toContain('college');

      // The college confirms the proposal with its besluit; it takes no phase steps itself.
      await college.goto(`${server.url}/wendbaar/opgaven/${opgaveId}`);
      await settle(college);
      await college.getByRole('heading', { level: 1, name: OPGAVE }).waitFor();
      expect(await knop(college, 'Naar aanpak').count()).toBe(0);
      const rol = college.locator('#opgave-sectie-rolbepaling');
      await knop(rol, 'Bevestigen met het collegebesluit').click();
      await rol.getByLabel('Datum van het besluit').fill(`${VOLGEND_JAAR - 1}-11-03`);
      await rol.getByLabel('Kenmerk van het collegebesluit').fill('B&W 2026/88');
      await expectAccessible(college, 'opgave-rolbepaling-college');
      await knop(rol, 'Voorstel bevestigen').click();
      await gemeld(college, 'Het college heeft de rolbepaling bevestigd.');
      await poll(() => rol.textContent()).toContain('B&W 2026/88');
      await poll(() => rol.textContent()).toContain('Besloten door het college');
      const opgave = await regisseurApi.json(`/opgaven/${opgaveId}`);
      expect(opgave.rolbepaling).toMatchObject({
        status: 'besloten',
        eigenaarschap: 'midden',
        overheidsrolPrimair: 'netwerkend',
        overheidsrolSecundair: ['presterend'],
        datum: `${VOLGEND_JAAR - 1}-11-03`,
        besluit: 'B&W 2026/88',
      });

      // The programmaregisseur moves on to aanpak and asks for capacity.
      await page.reload();
      await settle(page);
      await knop(page, 'Naar aanpak').click();
      await gemeld(page, 'De opgave is nu in de fase aanpak.');
      await poll(() => fase.textContent()).toContain('Aanpak');
      await poll(() => page.getByTestId('historie').locator('tbody tr').count()).toBe(4);

      const capaciteit = page.locator('#opgave-sectie-capaciteit');
      await knop(capaciteit, 'Capaciteit vragen').click();
      await capaciteit.getByLabel('Expertise', { exact: true }).selectOption({ label: expertise });
      await capaciteit.getByLabel('Minimumniveau').selectOption('2');
      await capaciteit.getByLabel('Kwartaal').selectOption(`${VOLGEND_JAAR}-Q2`);
      await capaciteit.getByLabel('Uren', { exact: true }).fill('100');
      await knop(capaciteit, 'Capaciteitsvraag toevoegen').click();
      await gemeld(page, `De vraag naar 100 uur ${expertise} in ${VOLGEND_JAAR}-Q2 is toegevoegd.`);
      // … and changes it.
      await capaciteit.getByRole('button', { name: /^Wijzigen 100 uur/ }).click();
      await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
      // A new demand starts at the middle priority; this one goes first.
      expect(await capaciteit.getByLabel('Prioriteit').inputValue()).toBe('3');
      await capaciteit.getByLabel('Uren', { exact: true }).fill('120');
      await capaciteit.getByLabel('Prioriteit').selectOption('5');
      await knop(capaciteit, 'Wijzigingen opslaan').click();
      await gemeld(page, 'De capaciteitsvraag is gewijzigd');
      await poll(() => capaciteit.getByTestId('capaciteitsvragen').textContent()).toContain('120');
      await expectAccessible(page, 'opgave-aanpak');
      expect((await regisseurApi.json(`/opgaven/${opgaveId}`)).urenGevraagd).toBe(120);
      const vragen = await regisseurApi.json(`/opgaven/${opgaveId}/capaciteitsvragen`);
      expect(vragen.resultaten.map((v: { prioriteit: number }) => v.prioriteit)).toEqual([5]);
    }, 180_000);

    it('(c) shows the dossiers on the portfolio with the milestone table, and the programma’s', async () => {
      const page = directeur;
      await page.goto(`${server.url}/`);
      await settle(page);
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Wendbare kant' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Portfolio van de wendbare kant' }).waitFor();
      await poll(() => page.title()).toBe('Portfolio van de wendbare kant | Wendbaar');

      await page.getByLabel('Van kwartaal').selectOption(`${VOLGEND_JAAR}-Q1`);
      await page.getByLabel('Tot en met kwartaal').selectOption(`${VOLGEND_JAAR}-Q4`);
      await knop(page, 'Filter toepassen').click();
      await poll(() => new URL(page.url()).searchParams.get('van')).toBe(`${VOLGEND_JAAR}-Q1`);
      const tabel = page.getByTestId('portfolio');
      await poll(() => tabel.locator('thead').textContent()).toContain(`${VOLGEND_JAAR}-Q4`);
      const opdrachtRij = tabel.getByRole('row', { name: new RegExp(OPDRACHT) });
      const opgaveRij = tabel.getByRole('row', { name: new RegExp(OPGAVE) });
      await poll(() => opdrachtRij.textContent()).toContain('In uitvoering');
      expect(await opdrachtRij.textContent()).toContain('Directeur Samenleving');
      expect(await opdrachtRij.locator('td').allTextContents()).toEqual(expect.arrayContaining(['240', '0']));
      expect(await opgaveRij.textContent()).toContain('Aanpak');
      expect(await opgaveRij.locator('td').allTextContents()).toEqual(expect.arrayContaining(['120']));
      // The totals are those of the API (the demo municipality has dossiers of its own).
      const api = await regisseurApi.json(`/portfolio?van=${VOLGEND_JAAR}-Q1&tot=${VOLGEND_JAAR}-Q4`);
      const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
      expect(await tabel.locator('tfoot td').allTextContents()).toEqual(
        [
          ...api.totalen.map((x: { uren: number }) => x.uren),
          api.totalen.reduce((s: number, x: any) => s + x.uren, 0),
        ].map((uren: number) => getal.format(uren)),
      );

      // The milestones: a timeline, and a table as its accessible alternative.
      const mijlpalen = page.getByTestId('mijlpalen-tabel').locator('tbody tr').filter({ hasText: OPDRACHT });
      await poll(() => mijlpalen.count()).toBe(2);
      const eerste = (await mijlpalen.first().textContent()) ?? '';
      for (const deel of [
        `1 maart ${VOLGEND_JAAR}`,
        'Start proef in Noord',
        OPDRACHT,
        `${VOLGEND_JAAR}-Q1`,
      ]) {
        expect(eerste).toContain(deel);
      }
      expect(await mijlpalen.nth(1).textContent()).toContain(`1 oktober ${VOLGEND_JAAR}`);
      expect(await page.locator('figure.wb-tijdlijn').getAttribute('aria-hidden')).toBe('true');
      expect(await page.locator('.wb-tijdlijn__punt').count()).toBe(api.mijlpalen.length);
      expect(await page.getByTestId('mijlpalen-tabel').locator('tbody tr').count()).toBe(
        api.mijlpalen.length,
      );
      await expectAccessible(page, 'portfolio');

      // Programma's: the directeur adds one.
      await page
        .getByRole('navigation', { name: 'Wendbare kant' })
        .getByRole('link', { name: 'Programma’s' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Programma’s' }).waitFor();
      await page.getByLabel('Naam van het programma').fill('Slimme mobiliteit');
      await page.getByLabel('Omschrijving').fill('Netcongestie, warmtenetten en isolatie');
      await knop(page, 'Programma toevoegen').click();
      await gemeld(page, 'Programma Slimme mobiliteit is toegevoegd.');
      await page.getByTestId('programma').getByRole('heading', { name: 'Slimme mobiliteit' }).waitFor();
      await expectAccessible(page, 'programmas');
    }, 120_000);
  },
);
