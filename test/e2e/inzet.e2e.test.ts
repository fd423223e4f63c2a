/**
 * Staffing the agile side in a real browser (issue 6). (a) The teamleider keeps the whole team for
 * robust work (the reservering on the team capacity page). (b) A programmaregisseur opens a
 * capaciteitsvraag of an opgave, finds the candidates with their explanation and sends a request;
 * the 409 for the reservering is shown and overridden with a reason. (c) The teamleider consents in
 * the inbox; the agile hours show in the team's capacity grid; the reservering goes back to the
 * organisation's default. (d) Decline with a reason; a counter-proposal the asker accepts. (e) The
 * medewerker sees a request about them, which the asker withdraws. (f) The directeur's statistics per
 * team. (g) A verdeelvoorstel is computed (progress, then lines with reasons, quality and
 * bottlenecks), a line that no longer fits is refused with the server's explanation, and chosen lines
 * become inzetverzoeken. Every page passes axe-core (WCAG 2.2 A/AA) and leaves a screenshot
 * test-results/screenshots/inzet-*.png.
 *
 * Own data in a future quarter, so there are free hours and nothing of the demo is in the way: a new
 * expertise held by two members of the demo teamleider's team (niveau 4) and by the demo medewerker
 * (niveau 2), a capaciteitsvraag on "Warmtenet Oost" (niveau 2) and an own opgave asking a lot at
 * niveau 3 (only the teamleider's two people fit).
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verschuifWeek, weekLabel, wekenTussen } from '../../src/web/components/weeklijst';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import {
  type ApiSessie,
  apiLogin,
  apiVanContext,
  demoEMail,
  loginInBrowser,
  TotpKlok,
} from './support/toegang';

const JAAR = new Date().getFullYear() + 1;
const KWARTAAL = `${JAAR}-Q2`;
const UNIEK = Date.now().toString(36);
const EXPERTISE = `Warmteopslag ${UNIEK}`;
const OPGAVE_B = `Seizoensopslag in de wijk ${UNIEK}`;
const RES_REDEN = 'Het college heeft het warmtenet voorrang gegeven';

describe.skipIf(!browserAvailable)('inzet: staffing the agile side', () => {
  let server: TestServer;
  let browser: Browser;
  let regisseur: Page;
  let leider: Page;
  let directeur: Page;
  let medewerker: Page;
  let regisseurApi: ApiSessie;
  let leiderApi: ApiSessie;
  let teamId: string;
  let teamNaam: string;
  /** The team's request counts before this file's requests: the demo asks her team too. */
  let vooraf = [0, 0, 0, 0];
  let personA: { id: string; naam: string };
  let personB: { id: string; naam: string };
  let demoMedewerker: { id: string; naam: string };
  let warmteId: string;
  let vraagA: string;
  let vraagB: string;

  const post = async (api: ApiSessie, path: string, body: unknown, status = 201) => {
    const r = await api.fetch(path, { method: 'POST', body: JSON.stringify(body) });
    expect(r.status, `${path}: ${await r.clone().text()}`).toBe(status);
    return r.json();
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const klok = new TotpKlok();
    const nieuw = async () =>
      (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })).newPage();
    regisseur = await nieuw();
    await loginInBrowser(regisseur, server.url, demoEMail('programmaregisseur'), klok);
    regisseurApi = await apiVanContext(regisseur.context(), server.url);
    leider = await nieuw();
    await loginInBrowser(leider, server.url, demoEMail('teamleider'), klok);
    leiderApi = await apiVanContext(leider.context(), server.url);
    medewerker = await nieuw();
    await loginInBrowser(medewerker, server.url, demoEMail('medewerker'), klok);
    const medewerkerApi = await apiVanContext(medewerker.context(), server.url);
    directeur = await nieuw();
    await loginInBrowser(directeur, server.url, demoEMail('directeur'), klok);
    const po = await apiLogin(server.url, demoEMail('po'), klok);

    // Two members of the teamleider's first team with the most room in the quarter.
    const sessie = await leiderApi.json('/sessies/huidig');
    teamId = sessie.teamIds[0];
    teamNaam = (await leiderApi.json(`/teams/${teamId}`)).naam;
    const stat = (await po.json('/organisatie/inzetverzoeken')).resultaten.find(
      (r: { team: { id: string } }) => r.team.id === teamId,
    );
    if (stat) vooraf = [stat.aantal, stat.ingestemd, stat.afgewezen, stat.open];
    const grid = await leiderApi.json(
      `/teams/${teamId}/beschikbaarheid?per=week&van=${JAAR}-W14&tot=${JAAR}-W26`,
    );
    const ruim = (grid.medewerkers as { medewerkerId: string; naam: string; cellen: { vrij: number }[] }[])
      .filter((m) => m.medewerkerId !== sessie.account.medewerkerId)
      .map((m) => ({ id: m.medewerkerId, naam: m.naam, vrij: Math.min(...m.cellen.map((c) => c.vrij)) }))
      .filter((m) => m.vrij >= 12)
      .sort((a, b) => b.vrij - a.vrij || a.naam.localeCompare(b.naam));
    expect(ruim.length, 'twee medewerkers met vrije uren').toBeGreaterThanOrEqual(2);
    personA = { id: ruim[0]!.id, naam: ruim[0]!.naam };
    personB = { id: ruim[1]!.id, naam: ruim[1]!.naam };
    const mSessie = await medewerkerApi.json('/sessies/huidig');
    demoMedewerker = { id: mSessie.account.medewerkerId, naam: '' };

    const expertise = await post(po, '/expertises', { naam: EXPERTISE, categorie: 'Techniek' });
    for (const [id, niveau] of [
      [personA.id, 4],
      [personB.id, 4],
      [demoMedewerker.id, 2],
    ] as const) {
      await post(po, `/medewerkers/${id}/expertises`, { expertiseId: expertise.id, niveau });
    }
    const opgaven = await regisseurApi.json('/opgaven');
    warmteId = opgaven.resultaten.find((o: { titel: string }) => o.titel === 'Warmtenet Oost').id;
    vraagA = (
      await post(regisseurApi, `/opgaven/${warmteId}/capaciteitsvragen`, {
        expertiseId: expertise.id,
        minimumNiveau: 2,
        periode: KWARTAAL,
        uren: 60,
      })
    ).id;
    // The names as the candidates and requests show them.
    const kandidaten = await regisseurApi.json(`/capaciteitsvragen/${vraagA}/kandidaten`);
    for (const p of [personA, personB, demoMedewerker]) {
      p.naam = kandidaten.kandidaten.find(
        (k: { medewerker: { id: string } }) => k.medewerker.id === p.id,
      ).medewerker.naam;
    }
    const opgaveB = await post(regisseurApi, '/opgaven', {
      titel: OPGAVE_B,
      omschrijving: 'Een e2e-opgave.',
    });
    vraagB = (
      await post(regisseurApi, `/opgaven/${opgaveB.id}/capaciteitsvragen`, {
        expertiseId: expertise.id,
        minimumNiveau: 3,
        periode: KWARTAAL,
        uren: 600,
      })
    ).id;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(page: Page, name: string) {
    await settle(page);
    await screenshot(page, `inzet-${name}`);
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  }

  const knop = (scope: Page | Locator, name: string | RegExp) =>
    scope.getByRole('button', { name, exact: typeof name === 'string' });
  /** Waits for the success message, so the next action starts from the saved state. */
  const gemeld = (page: Page, tekst: string) =>
    expect.poll(() => page.locator('.wb-live-region').textContent(), { message: tekst }).toContain(tekst);
  const naarInbox = async (page: Page) => {
    await page.goto(`${server.url}/`);
    await settle(page);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Inzetverzoeken' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Inzetverzoeken' }).waitFor();
    await settle(page);
  };
  const kaart = (page: Page, lijst: string, naam: string) =>
    page.getByTestId(lijst).getByTestId('verzoek').filter({ hasText: naam });
  const capaciteit = async () => {
    await leider.goto(`${server.url}/teams/${teamId}/capaciteit?periode=${KWARTAAL}`);
    await settle(leider);
    await leider.getByTestId('reservering-form').waitFor();
  };

  it('(a) the teamleider keeps the whole team for robust work', async () => {
    await capaciteit();
    await expect.poll(() => leider.title()).toBe(`Capaciteit ${teamNaam} | Wendbaar`);
    const form = leider.getByTestId('reservering-form');
    await expect.poll(() => form.textContent()).toContain('de organisatiestandaard is 60%');
    await form.getByRole('radio', { name: /^Eigen percentage/ }).check();
    const veld = form.getByLabel('Percentage voor robuust werk');
    // A percentage out of range is refused at its field.
    await veld.fill('150');
    await knop(form, 'Reservering opslaan').click();
    await expect
      .poll(() => leider.locator('.wb-error-summary').textContent())
      .toContain('Geef een percentage van 0 tot en met 100.');
    expect(await veld.getAttribute('aria-invalid')).toBe('true');
    await veld.fill('100');
    await knop(form, 'Reservering opslaan').click();
    await gemeld(leider, `${teamNaam} reserveert nu 100% voor robuust werk.`);
    await expectAccessible(leider, 'reservering');
  });

  it('(b) a programmaregisseur finds candidates and asks past the reservering with a reason', async () => {
    const page = regisseur;
    await page.goto(`${server.url}/wendbaar/opgaven/${warmteId}`);
    await settle(page);
    // Requested of people against what the vraag asks: nothing yet.
    const rijA = page.getByTestId('capaciteitsvragen').locator('tr', { hasText: EXPERTISE });
    expect(await rijA.getByTestId('cv-dekking').textContent()).toBe('0 van 60 u');
    await page
      .getByTestId('capaciteitsvragen')
      .locator('tr', { hasText: EXPERTISE })
      .getByRole('link', { name: /^Kandidaten zoeken/ })
      .click();
    await page.getByRole('heading', { level: 1, name: `Kandidaten voor ${EXPERTISE}` }).waitFor();
    await expect.poll(() => page.title()).toBe(`Kandidaten voor ${EXPERTISE} | Wendbaar`);
    const kandidaten = page.getByTestId('kandidaat');
    await expect.poll(() => kandidaten.count()).toBe(3);
    // Best fit first: the two at niveau 4 before the medewerker at niveau 2.
    await expect.poll(() => kandidaten.nth(2).textContent()).toContain(demoMedewerker.naam);
    const k = kandidaten.filter({ hasText: personA.naam });
    expect(await k.getByTestId('kandidaat-uitleg').textContent()).toMatch(/^niveau 4 \(gevraagd 2\), /);
    expect(await k.textContent()).toContain('reservering van 100% voor robuust werk');
    await expectAccessible(page, 'kandidaten');

    // The form is filled in with the hours asked a week (the team has no room) and the quarter's weeks.
    const api = await regisseurApi.json(`/capaciteitsvragen/${vraagA}/kandidaten`);
    await knop(k, `Inzet aanvragen ${personA.naam}`).click();
    const uren = k.getByLabel('Uren per week');
    await expect
      .poll(() => uren.inputValue())
      .toBe(String(Math.round(api.urenPerWeekGevraagd * 10) / 10).replace('.', ','));
    const vanaf = k.getByLabel('Vanaf week');
    const totEnMet = k.getByLabel('Tot en met week');
    expect(await vanaf.inputValue()).toBe(api.vanWeek);
    expect(await totEnMet.inputValue()).toBe(api.totWeek);
    // Weeks are picked, not typed (issue 17, item 6): a list of weeks with their Monday to Sunday,
    // "tot en met" never before "vanaf", and following "vanaf" when it moves past it.
    expect(await vanaf.evaluate((el) => el.tagName)).toBe('SELECT');
    expect(await vanaf.locator('option:checked').textContent()).toBe(weekLabel(api.vanWeek, 'nl'));
    const totOpties = await totEnMet
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(totOpties[0]).toBe(api.vanWeek);
    const later = verschuifWeek(api.totWeek, 2);
    await vanaf.selectOption(later);
    const lengte = wekenTussen(api.vanWeek, api.totWeek).length;
    expect(await totEnMet.inputValue()).toBe(verschuifWeek(later, lengte - 1));
    expect(await totEnMet.locator('option').first().getAttribute('value')).toBe(later);
    await vanaf.selectOption(api.vanWeek);
    await totEnMet.selectOption(api.totWeek);
    expect(await totEnMet.inputValue()).toBe(api.totWeek);
    await uren.fill('4');
    await knop(k, `Verzoek versturen ${personA.naam}`).click();

    // 409: the server's explanation, and the explicit override with a mandatory reason.
    const conflict = k.getByTestId('reservering-conflict');
    await expect.poll(() => conflict.textContent()).toContain('reservering van het team (100%');
    await k.getByRole('checkbox', { name: 'Reservering bewust overschrijden' }).check();
    await knop(k, `Verzoek versturen ${personA.naam}`).click();
    await expect
      .poll(() => k.locator('.wb-error-summary').textContent())
      .toContain('Reden om de reservering te overschrijden');
    await expectAccessible(page, 'kandidaten-reservering');
    await k.getByLabel('Reden om de reservering te overschrijden').fill(RES_REDEN);
    await knop(k, `Verzoek versturen ${personA.naam}`).click();
    await gemeld(page, `Het verzoek voor ${personA.naam} staat klaar bij de teamleider van ${teamNaam}.`);
    const verzoeken = page.getByTestId('vraag-verzoeken');
    await expect.poll(() => verzoeken.textContent()).toContain(personA.naam);
    expect(await verzoeken.textContent()).toContain('Reservering overschreden');
    expect(await verzoeken.textContent()).toContain('Aangevraagd');
    await expectAccessible(page, 'kandidaten-verstuurd');
  });

  it('(c) the teamleider consents in the inbox and the agile hours show in the team grid', async () => {
    await naarInbox(leider);
    await expect.poll(() => leider.title()).toBe('Inzetverzoeken | Wendbaar');
    const k = kaart(leider, 'te-beslissen', personA.naam);
    await expect.poll(() => k.count()).toBe(1);
    expect(await k.textContent()).toContain('Reservering overschreden');
    expect(await k.textContent()).toContain(RES_REDEN);
    expect(await k.textContent()).toContain('Warmtenet Oost');
    // The weeks as dates, Monday to Sunday, with the week numbers.
    expect(await k.locator('.wb-iz-weken').textContent()).toMatch(
      /^\d+ (maart|april) \d{4} t\/m \d+ (juni|juli) \d{4} \(week \d+ t\/m \d+\)$/,
    );
    // What consent would do (issue 17): free hours and the team's share before and after, with the
    // warning in words — the team keeps 100% for robust work, so every week goes below it.
    const gevolgen = k.getByTestId('verzoek-gevolgen');
    expect(await gevolgen.textContent()).toMatch(/Vrij in deze periode[\d.,]+ u → na instemming [\d.,]+ u/);
    expect(await gevolgen.textContent()).toMatch(/Reservering team\d+% → \d+% \(minimum 100%\)/);
    expect(await gevolgen.textContent()).toContain(
      'Let op: het team komt onder zijn reservering voor regulier werk, in elke week.',
    );
    await expectAccessible(leider, 'inbox-teamleider');
    await knop(k, `Instemmen ${personA.naam}`).click();
    await gemeld(leider, `U hebt ingestemd met de inzet van ${personA.naam}.`);
    await expect.poll(() => k.count()).toBe(0);
    await expect.poll(() => leider.getByTestId('iz-overzicht').textContent()).toContain('Ingestemd');

    // The team grid: 4 agile hours a week for this person.
    await capaciteit();
    const rij = leider.getByTestId('cap-grid').locator('tbody tr', { hasText: personA.naam });
    await expect.poll(() => rij.getByTestId('ingezet-wendbaar').first().textContent()).toContain('W 4');
    await expectAccessible(leider, 'team-grid-wendbaar');

    // Back to the organisation's default.
    const form = leider.getByTestId('reservering-form');
    await form.getByRole('radio', { name: /^Organisatiestandaard gebruiken/ }).check();
    await knop(form, 'Reservering opslaan').click();
    await gemeld(leider, `Voor ${teamNaam} geldt nu de organisatiestandaard.`);
  });

  it('(d) the teamleider declines with a reason and proposes other hours, which the asker accepts', async () => {
    const kw = await regisseurApi.json(`/capaciteitsvragen/${vraagB}/kandidaten`);
    for (const p of [personA, personB]) {
      await post(regisseurApi, `/capaciteitsvragen/${vraagB}/inzetverzoeken`, {
        medewerkerId: p.id,
        urenPerWeek: 4,
        vanWeek: kw.vanWeek,
        totWeek: kw.totWeek,
      });
    }
    await naarInbox(leider);
    const nee = kaart(leider, 'te-beslissen', personB.naam);
    await expect.poll(() => nee.count()).toBe(1);
    await knop(nee, `Afwijzen ${personB.naam}`).click();
    // The reason is required: the server's field error shows at the field.
    await knop(nee, 'Afwijzen').click();
    await expect.poll(() => nee.locator('.wb-error-summary').count()).toBe(1);
    await nee.getByLabel('Reden van afwijzing').fill('Piek in de balie rond de verkiezingen');
    await knop(nee, 'Afwijzen').click();
    await gemeld(leider, `Het verzoek voor ${personB.naam} is afgewezen.`);

    const tegen = kaart(leider, 'te-beslissen', personA.naam);
    await knop(tegen, `Tegenvoorstel doen ${personA.naam}`).click();
    await tegen.getByLabel('Uren per week').fill('2');
    await tegen.getByLabel('Toelichting bij het tegenvoorstel').fill('Halve inzet kan');
    await expectAccessible(leider, 'inbox-tegenvoorstel');
    await knop(tegen, 'Tegenvoorstel versturen').click();
    await gemeld(leider, `Uw tegenvoorstel voor ${personA.naam} is naar de aanvrager gestuurd.`);
    await expect.poll(() => kaart(leider, 'wacht-op-aanvrager', personA.naam).count()).toBe(1);

    await naarInbox(regisseur);
    const mijn = kaart(regisseur, 'mijn-verzoeken', personA.naam);
    await expect.poll(() => mijn.textContent()).toContain('Tegenvoorstel');
    expect(await mijn.textContent()).toContain('2 uur per week');
    await expectAccessible(regisseur, 'inbox-aanvrager');
    await knop(mijn, `Tegenvoorstel aanvaarden ${personA.naam}`).click();
    await gemeld(regisseur, `U hebt het tegenvoorstel voor ${personA.naam} aanvaard.`);
    const stand = await regisseurApi.json(`/inzetverzoeken?capaciteitsvraagId=${vraagB}`);
    expect(stand.resultaten.map((v: { status: string }) => v.status).sort()).toEqual([
      'afgewezen',
      'ingestemd',
    ]);
  });

  it('(e) the medewerker sees a request about them, which the asker withdraws', async () => {
    const kw = await regisseurApi.json(`/capaciteitsvragen/${vraagA}/kandidaten`);
    await post(regisseurApi, `/capaciteitsvragen/${vraagA}/inzetverzoeken`, {
      medewerkerId: demoMedewerker.id,
      urenPerWeek: 2,
      vanWeek: kw.vanWeek,
      totWeek: kw.totWeek,
    });
    await naarInbox(medewerker);
    const overMij = medewerker.getByTestId('over-mij');
    await expect.poll(() => overMij.textContent()).toContain('Warmtenet Oost');
    expect(await overMij.textContent()).toContain('Aangevraagd');
    expect(await medewerker.getByRole('heading', { name: 'Te beslissen' }).count()).toBe(0);
    await expectAccessible(medewerker, 'inbox-medewerker');

    await naarInbox(regisseur);
    const mijn = kaart(regisseur, 'mijn-verzoeken', demoMedewerker.naam);
    await knop(mijn, `Verzoek intrekken ${demoMedewerker.naam}`).click();
    await gemeld(regisseur, `Het verzoek voor ${demoMedewerker.naam} is ingetrokken.`);
    await medewerker.reload();
    await settle(medewerker);
    await expect.poll(() => medewerker.getByTestId('over-mij').textContent()).toContain('Ingetrokken');
  });

  it('(f) the directeur sees the requests per team', async () => {
    await directeur.goto(`${server.url}/wendbaar`);
    await settle(directeur);
    await directeur
      .getByRole('navigation', { name: 'Wendbare kant' })
      .getByRole('link', { name: 'Inzet per team' })
      .click();
    await directeur.getByRole('heading', { level: 1, name: 'Inzetverzoeken per team' }).waitFor();
    await expect.poll(() => directeur.title()).toBe('Inzetverzoeken per team | Wendbaar');
    const rij = directeur.getByTestId('inzet-statistiek').locator('tbody tr', { hasText: teamNaam });
    // Requests, consented, declined, open: A twice (consent, counter-proposal accepted), B declined,
    // on top of what the demo asked of the team before.
    const erbij = [3, 2, 1, 0];
    await expect
      .poll(async () => (await rij.locator('td').allTextContents()).slice(0, 4))
      .toEqual(erbij.map((n, i) => String(n + vooraf[i]!)));
    await expectAccessible(directeur, 'per-team');
  });

  it('(g) a verdeelvoorstel is computed, reviewed and chosen lines become inzetverzoeken', async () => {
    const page = regisseur;
    await page.goto(`${server.url}/wendbaar`);
    await settle(page);
    await page
      .getByRole('navigation', { name: 'Wendbare kant' })
      .getByRole('link', { name: 'Verdeelvoorstellen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Verdeelvoorstellen' }).waitFor();
    await expect.poll(() => page.title()).toBe('Verdeelvoorstellen | Wendbaar');
    await expectAccessible(page, 'verdeelvoorstellen');
    await page.getByLabel('Kwartaal').selectOption(KWARTAAL);
    await page.getByLabel(/^Rekentijd/).fill('5');
    await knop(page, 'Voorstel berekenen').click();
    await page.getByRole('heading', { level: 1, name: `Verdeelvoorstel ${KWARTAAL}` }).waitFor();
    const status = page.getByTestId('verdeel-status');
    expect(await status.getAttribute('role')).toBe('status');
    await expect
      .poll(() => status.textContent(), { timeout: 60_000 })
      .toMatch(/^Het verdeelvoorstel is klaar: \d+ regels\.$/);
    await expect.poll(() => page.getByTestId('verdeel-kwaliteit').textContent()).toMatch(/uur per week over/);
    expect(await page.getByTestId('verdeel-kwaliteit').textContent()).toMatch(
      /eenvoudige verdeling[^.]*haalt/,
    );
    const sectie = page.locator('section.wb-vv-dossier', { hasText: OPGAVE_B });
    await expect.poll(() => sectie.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await sectie.locator('tbody tr').first().textContent()).toMatch(/niveau 4 \(gevraagd 3\)/);
    await expectAccessible(page, 'verdeelvoorstel');

    // One line of the own opgave; meanwhile the team keeps everything for robust work: refused, all or none.
    await knop(page, 'Geen regels kiezen').click();
    const regel = sectie.getByRole('checkbox').first();
    await regel.check();
    const team = await leiderApi.json(`/teams/${teamId}`);
    const zet = (robuustReservering: number | null, versie: number) =>
      leiderApi.fetch(`/teams/${teamId}/reservering`, {
        method: 'PUT',
        body: JSON.stringify({ robuustReservering }),
        headers: { 'If-Match': `"${versie}"` },
      });
    const vol = await zet(1, team.versie);
    expect(vol.status).toBe(200);
    const voor = await regisseurApi.json(`/inzetverzoeken?capaciteitsvraagId=${vraagB}`);
    await knop(page, 'Geselecteerde regels omzetten in inzetverzoeken').click();
    await expect.poll(() => page.locator('.wb-error-summary').textContent()).toContain('past niet meer');
    await expectAccessible(page, 'verdeelvoorstel-past-niet');
    expect((await regisseurApi.json(`/inzetverzoeken?capaciteitsvraagId=${vraagB}`)).resultaten).toHaveLength(
      voor.resultaten.length,
    );

    expect((await zet(null, (await vol.json()).versie)).status).toBe(200);
    await knop(page, 'Geselecteerde regels omzetten in inzetverzoeken').click();
    await gemeld(page, 'Inzetverzoeken gemaakt: 1.');
    await expect.poll(() => sectie.getByText('Aangevraagd', { exact: true }).count()).toBe(1);
    const na = await regisseurApi.json(`/inzetverzoeken?capaciteitsvraagId=${vraagB}`);
    expect(na.resultaten).toHaveLength(voor.resultaten.length + 1);
    expect(na.resultaten[0].toelichting).toContain('Uit verdeelvoorstel');
    expect(na.resultaten[0].status).toBe('aangevraagd');
    await expectAccessible(page, 'verdeelvoorstel-omgezet');
    // After a reload the requested line is still marked and cannot be chosen again.
    const aantalKeuzes = await sectie.getByRole('checkbox').count();
    await page.reload();
    await expect.poll(() => sectie.getByText('Aangevraagd', { exact: true }).count()).toBe(1);
    expect(await sectie.getByRole('checkbox').count()).toBe(aantalKeuzes);

    // In English too.
    await knop(page, 'English').click();
    await page.getByRole('heading', { level: 1, name: `Allocation proposal ${KWARTAAL}` }).waitFor();
    await expect.poll(() => page.title()).toBe(`Allocation proposal ${KWARTAAL} | Wendbaar`);
    await expectAccessible(page, 'verdeelvoorstel-en');
    await knop(page, 'Nederlands').click();
    await page.getByRole('heading', { level: 1, name: `Verdeelvoorstel ${KWARTAAL}` }).waitFor();

    // The earlier proposals list it.
    await page.getByRole('link', { name: 'Alle verdeelvoorstellen' }).click();
    await expect.poll(() => page.getByTestId('verdeelvoorstellen').textContent()).toContain(KWARTAAL);
  }, 180_000);
});
