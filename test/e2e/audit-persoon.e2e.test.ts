/**
 * Issue 17 item 8: the audit log filtered by person through a name picker (not a typed id). The id
 * stays in the URL, so a reload or a shared link shows the same name; "Wis" removes the filter.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser, settle } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { type ApiSessie, apiVanContext, demoEMail, loginInBrowser, TotpKlok } from './support/toegang';

describe.skipIf(!browserAvailable)('audit log: filter by person', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: ApiSessie;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const inlog = await browser.newContext({ locale: 'nl-NL' });
    await loginInBrowser(await inlog.newPage(), server.url, demoEMail('beheerder'), new TotpKlok());
    const staat = await inlog.storageState();
    api = await apiVanContext(inlog, server.url);
    await inlog.close();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      storageState: staat,
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('finds a person by name, keeps the id in the URL, shows the name after a reload, and clears', async () => {
    const ik = (
      await api.json<{ account: { id: string; naam: string; medewerkerId: string | null } }>(
        '/sessies/huidig',
      )
    ).account;
    const verwachtId = ik.medewerkerId ?? ik.id;
    await page.goto(`${server.url}/beheer/audit`);
    await settle(page);
    // No raw id field any more: a search by name.
    await page.getByLabel('Persoon', { exact: true }).fill(ik.naam);
    await page.getByLabel('Persoon', { exact: true }).press('Enter');
    // Enter searched; it did not submit the filter form.
    expect(new URL(page.url()).searchParams.get('persoonId')).toBeNull();
    const kies = page.getByRole('button', { name: `Kiezen ${ik.naam}` }).first();
    await expect.poll(() => kies.count()).toBeGreaterThan(0);
    await kies.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('persoonId')).toBe(verwachtId);
    await expect.poll(() => page.locator('#audit-persoon').textContent()).toBe(ik.naam);
    await expect
      .poll(async () => {
        const rijen = await page.locator('tbody tr').allTextContents();
        return rijen.length > 0 && rijen.every((r) => r.includes(ik.naam));
      })
      .toBe(true);
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);

    await page.reload();
    await settle(page);
    await expect.poll(() => page.locator('#audit-persoon').textContent()).toBe(ik.naam);

    await page.getByRole('button', { name: `Wis ${ik.naam}` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('persoonId')).toBeNull();
    await expect.poll(() => page.getByLabel('Persoon', { exact: true }).isVisible()).toBe(true);
  });
});
