/**
 * Scenario's and the onderbouwd voorstel in a real browser (issue 13, items 5, 6 and 8; "done when":
 * a browser test that walks a P&O adviser through a scenario to a downloaded proposal, with axe).
 * The adviser reaches the scenario's from the organisation's formatie page, makes a scenario, adds a
 * place to it (first seeing the error summary for an empty form), sees the comparison with the current
 * formatie change, is told which voorstel texts are missing, writes the aanleiding and gevraagd besluit, makes the voorstel and downloads its
 * DOCX. The list and the scenario page pass axe-core; screenshots go to
 * test-results/screenshots/scenario-*.png.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, screenshot, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('scenario: P&O takes a scenario to a downloaded voorstel', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let api: ApiSessie;
  let team: { teamId: string; naam: string };
  const naam = 'Versterking (e2e)';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      acceptDownloads: true,
    });
    page = await context.newPage();
    await loginInBrowser(page, server.url, demoEMail('po'), new TotpKlok());
    api = await apiVanContext(context, server.url);
    const formatie = await api.json('/organisatie/formatie');
    team = formatie.teams[0];
    expect(team).toBeTruthy();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectAccessible(name: string) {
    await settle(page);
    await screenshot(page, `scenario-${name}`);
    expect(await axeViolations(page), name).toEqual([]);
  }

  /** A cell of the comparison's FTE table: column 0 is the current formatie, 1 the scenario. */
  const vergelijkingsCel = (rij: string, kolom: number) =>
    page
      .getByTestId(rij)
      .locator('td')
      .nth(kolom)
      .textContent()
      .then((t) => t?.trim());

  it('makes a scenario from the formatie page, adds a place (errors first) and sees the comparison change', async () => {
    await page.goto(`${server.url}/organisatie/formatie`);
    await settle(page);
    await page.locator('.wb-capaciteit-links').getByRole('link', { name: "Scenario's", exact: true }).click();
    await expect.poll(() => page.title()).toBe("Scenario's | Wendbaar");
    await expectAccessible('lijst');

    await page.getByRole('button', { name: 'Scenario maken' }).click();
    const nieuw = page.getByTestId('scenario-form');
    await nieuw.getByLabel('Naam', { exact: true }).fill(naam);
    await nieuw.getByRole('button', { name: 'Scenario maken' }).click();
    await expect.poll(() => page.title()).toBe(`${naam} | Wendbaar`);
    await page.getByTestId('scenario-vergelijking').waitFor();
    const formatieVoor = await vergelijkingsCel('vgl-formatieFte', 0);
    expect(await vergelijkingsCel('vgl-formatieFte', 1)).toBe(formatieVoor);

    await page.getByRole('button', { name: 'Wijziging toevoegen' }).click();
    const form = page.getByTestId('wijziging-form');
    await form.getByRole('button', { name: 'Wijziging toevoegen' }).click();
    const samenvatting = form.locator('.wb-error-summary');
    await samenvatting.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('wb-error-summary')))
      .toBe(true);
    const fouten = await samenvatting.getByRole('link').allInnerTexts();
    expect(fouten).toContain('Team: Kies een team.');
    expect(fouten.some((f) => f.startsWith('Functie:'))).toBe(true);
    expect(fouten).toContain('Structureel of tijdelijk: Kies structureel of tijdelijk.');
    // Each problem also shows at its field.
    expect(await form.locator('.utrecht-form-field-error-message').count()).toBeGreaterThanOrEqual(3);
    await expectAccessible('wijziging-fouten');

    await form.getByLabel('Team', { exact: true }).selectOption({ label: team.naam });
    await form.getByLabel('Functie', { exact: true }).fill('Beleidsadviseur (e2e)');
    await form.getByLabel('Salarisschaal').fill('9');
    await form.getByLabel('Omvang (fte)').fill('2');
    await form.getByLabel('Structureel of tijdelijk').selectOption('structureel');
    await form.getByLabel('Financiering').selectOption('regulier');
    await form.getByRole('button', { name: 'Wijziging toevoegen' }).click();
    await page.getByText('De wijziging is toegevoegd.', { exact: true }).first().waitFor();
    await expect.poll(() => page.getByTestId('scenario-wijziging').count()).toBe(1);
    expect(await page.getByTestId('scenario-wijziging').textContent()).toContain(
      `Beleidsadviseur (e2e), schaal 9, 2,00 fte in ${team.naam}`,
    );

    // The scenario column now has two FTE more formatie than the current one, all of it vacant.
    await expect.poll(() => vergelijkingsCel('vgl-verschil-formatie', 1)).toBe('+2,00');
    expect(await vergelijkingsCel('vgl-formatieFte', 0)).toBe(formatieVoor);
    expect(await vergelijkingsCel('vgl-formatieFte', 1)).not.toBe(formatieVoor);
    // The two FTE count as filled (docs/scenarios.md): the capacity gap falls, said in words.
    expect(await vergelijkingsCel('vgl-tekort', 0)).toMatch(/^[\d.,]+ (tekort|ruimte)$|^0,00$/);
    expect(await vergelijkingsCel('vgl-verschil-tekort', 1)).toMatch(/^-\d/);
    await expectAccessible('scenario');
  });

  it('writes the voorstel texts (missing ones named first), makes the voorstel and downloads its DOCX', async () => {
    // P&O may not change settings: the page says which name the document will print.
    expect(await page.getByTestId('organisatienaam').textContent()).toContain('Demo-gemeente');
    const maken = page.getByTestId('voorstel-maken');
    await maken.getByRole('button', { name: 'Voorstel maken' }).click();
    const ontbreekt = maken.locator('.wb-error-summary');
    await ontbreekt.waitFor();
    const fouten = await ontbreekt.getByRole('link').allInnerTexts();
    expect(fouten.some((f) => f.startsWith('Aanleiding:'))).toBe(true);
    expect(fouten.some((f) => f.startsWith('Gevraagd besluit:'))).toBe(true);

    const teksten = page.getByTestId('voorstelteksten-form');
    await teksten.getByLabel('Aanleiding', { exact: true }).fill('De vraag naar beleidsadvies groeit.');
    await teksten
      .getByLabel('Gevraagd besluit', { exact: true })
      .fill('Stem in met twee formatieplaatsen beleidsadviseur.');
    // The development budget asked for the kadernota comes from the ontwikkelbudget, with its basis.
    await teksten.getByLabel('Een ontwikkelbudget vragen').check();
    await teksten.getByRole('button', { name: 'Overnemen uit het ontwikkelbudget' }).click();
    await page
      .getByText(/De aanvraag voor de kadernota \d{4} is overgenomen/)
      .first()
      .waitFor();
    expect(await teksten.getByLabel('Onderbouwing').inputValue()).toMatch(/\S/);
    expect(await teksten.getByTestId('besteding').count()).toBe(2);
    await teksten.getByLabel('Incidenteel of structureel').selectOption('incidenteel');
    await teksten.getByRole('button', { name: 'Teksten opslaan' }).click();
    await page.getByText('De teksten van het voorstel zijn opgeslagen.', { exact: true }).first().waitFor();

    await maken.getByRole('button', { name: 'Voorstel maken' }).click();
    const rij = page.getByTestId('voorstel').first();
    // A refusal shows in the summary: name it in the failure rather than time out.
    await rij.or(ontbreekt).first().waitFor();
    expect((await ontbreekt.isVisible()) ? await ontbreekt.textContent() : '').toBe('');
    const nummer = (await rij.locator('th').textContent())?.trim() ?? '';
    expect(nummer).toMatch(/^WB-\d{4}-\d{4}$/);
    await expectAccessible('voorstel');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      rij.getByRole('link', { name: /^Word/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const pad = await download.path();
    const bytes = await readFile(pad);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('compares two scenarios side by side with the current formatie from the list', async () => {
    const res = await api.fetch('/scenarios', {
      method: 'POST',
      body: JSON.stringify({ naam: 'Ongewijzigd (e2e)', peildatum: '2026-01-01' }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    await page.goto(`${server.url}/organisatie/scenarios`);
    const lijst = page.getByTestId('scenario-lijst');
    await lijst.waitFor();
    await lijst.getByRole('checkbox', { name: `Vergelijk ${naam}` }).check();
    await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
    // One scenario is not a comparison: said in words, and the page stays.
    await page.getByRole('alert').filter({ hasText: "Kies ten minste twee scenario's" }).waitFor();
    await lijst.getByRole('checkbox', { name: 'Vergelijk Ongewijzigd (e2e)' }).check();
    await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
    await expect.poll(() => page.title()).toBe("Scenario's vergelijken | Wendbaar");
    await page.getByTestId('vergelijking-formatie').waitFor();
    const koppen = await page.getByTestId('vergelijking-formatie').locator('thead th').allInnerTexts();
    expect(koppen.map((k) => k.trim())).toEqual(['Wat', 'Huidige formatie', naam, 'Ongewijzigd (e2e)']);
    expect(await vergelijkingsCel('vgl-verschil-formatie', 1)).toBe('+2,00');
    expect(await vergelijkingsCel('vgl-verschil-formatie', 2)).toBe('0,00');
    await expectAccessible('vergelijken');
  });
});
