/** Browser helpers for the e2e tests: the system Chromium, axe-core checks and screenshots. */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(chromiumPath);

if (!browserAvailable && process.env.REQUIRE_BROWSER === '1') {
  throw new Error(`REQUIRE_BROWSER=1 but Chromium was not found at ${chromiumPath}`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const screenshotDir = resolve(import.meta.dirname, '../../../test-results/screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: resolve(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA) on the whole page and returns the violations as
 * readable text.
 *
 * Two settings halve the time of a check without checking less (measured side by side on nine
 * demo pages, 18 checks each way: 47 s -> 22 s, the same violations): axe runs in the page itself
 * (legacy mode) instead of in parts finished in a second, blank page that needs its own copy of axe
 * and all partial results; and only violations get their selectors and HTML (resultTypes), where
 * axe otherwise describes every passing node of a big page too. Every rule still runs on every
 * node. Legacy mode cannot look into cross-origin frames; the app has none, and a page with any
 * frame gets the default mode.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // options() replaces all options, so it comes before withTags().
  const builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']);
  const result = await builder.setLegacyMode(page.frames().length === 1).analyze();
  return result.violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map(
        (node) =>
          `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
      )
      .join('\n');
    return `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
  });
}

/** Waits until the page has rendered its data: no loading indicator, an h1, and a settled network. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor();
  await page
    .locator('.wb-loading')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
}
