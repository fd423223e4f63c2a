/**
 * bench/web — the first load of the web app in Chromium (issue 17, item 9). Builds nothing: it
 * serves the dist/web that `npm run build` wrote (vite build and the .br/.gz files beside it). Starts
 * the real app (buildApp) on the demo municipality in an in-memory PGlite, listening on 127.0.0.1,
 * and opens the system Chromium through playwright-core. Per run, in a fresh browser context (empty
 * cache):
 *
 * - the login page: the compressed bytes of JavaScript and of everything transferred (CDP
 *   Network.loadingFinished encodedDataLength: what went over the wire, headers included);
 * - logging in as the demo teamleider until the home page has settled: the same, for what that adds;
 * - time to content on the team capacity grid of the largest basisteam the teamleider may see: from
 *   the navigation's start (performance.timeOrigin) until the grid's table shows its first row.
 *
 * Targets: ≤ 200 KB compressed JavaScript for the first page (login and then home), time to content
 * ≤ 1000 ms. Flags: --small (CI: one run).
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { openDatabase } from '../src/db/connect';
import { migrateToLatest } from '../src/db/migrator';
import type { Database } from '../src/db/schema';
import { DEMO_WACHTWOORD, loadDemoAccounts } from '../src/demo/demo-accounts';
import { loadDemoOrganisatie } from '../src/demo/demo-loader';
import { generateDemoOrganisatie } from '../src/demo/demo-organisatie';
import { loadDemoPlanning } from '../src/demo/demo-planning';
import { vandaag } from '../src/domain/datum';
import { sleutelVan, wekenVanKwartaal } from '../src/domain/kalender';
import { buildApp } from '../src/http/app';
import { readBenchOptions } from './lib/options';
import { type BenchCase, describeMachine, report } from './lib/report';
import { median } from './lib/stats';

const options = readBenchOptions();
const runs = options.small ? 1 : 5;
const webRoot = fileURLToPath(new URL('../dist/web/', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEMO_TEAMLEIDER = 'teamleider@demo-gemeente.nl';
const JS_DOEL_KB = 200;
const TIJD_DOEL_MS = 1000;
/** --detail: print the grid page's requests (start and end in ms from the navigation) per run. */
const DETAIL = process.argv.includes('--detail');

if (!existsSync(`${webRoot}index.html`)) {
  console.error('bench/web meet de gebouwde webapp, maar dist/web ontbreekt: eerst `npm run build`.');
  process.exit(1);
}
if (!existsSync(chromiumPath)) {
  // As the e2e tests: without a browser the benchmark is skipped, unless one is required.
  const verplicht = process.env.REQUIRE_BROWSER === '1';
  console[verplicht ? 'error' : 'warn'](
    `bench/web heeft Chromium nodig (${chromiumPath}; of zet CHROMIUM_PATH)${verplicht ? '' : ': overgeslagen'}.`,
  );
  process.exit(verplicht ? 1 : 0);
}

/** Bytes over the wire per request, counted through the DevTools protocol. */
class Teller {
  private readonly soort = new Map<string, string>();
  private readonly codering = new Map<string, string>();
  js = 0;
  totaal = 0;
  jsBestanden = 0;
  /** JavaScript files that came without content-encoding (should be none). */
  jsOngecomprimeerd: string[] = [];
  private readonly urls = new Map<string, string>();

  static async op(context: BrowserContext, page: Page): Promise<Teller> {
    const teller = new Teller();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.responseReceived', (e) => {
      teller.soort.set(e.requestId, e.type);
      teller.urls.set(e.requestId, e.response.url);
      const headers = Object.fromEntries(
        Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
      );
      teller.codering.set(e.requestId, headers['content-encoding'] ?? '');
    });
    cdp.on('Network.loadingFinished', (e) => {
      teller.totaal += e.encodedDataLength;
      if (teller.soort.get(e.requestId) === 'Script') {
        teller.js += e.encodedDataLength;
        teller.jsBestanden += 1;
        if (!teller.codering.get(e.requestId))
          teller.jsOngecomprimeerd.push(teller.urls.get(e.requestId) ?? e.requestId);
      }
    });
    return teller;
  }

  /** The figures so far, and a fresh start for the next step. */
  neem(): { js: number; totaal: number; jsBestanden: number } {
    const uit = { js: this.js, totaal: this.totaal, jsBestanden: this.jsBestanden };
    this.js = 0;
    this.totaal = 0;
    this.jsBestanden = 0;
    return uit;
  }
}

interface Run {
  loginJs: number;
  loginTotaal: number;
  homeJs: number;
  homeTotaal: number;
  tijdTotInhoudMs: number;
}

/** Basisteams by current size, largest first. */
async function teamsOpGrootte(db: Kysely<Database>): Promise<{ id: string; naam: string; leden: number }[]> {
  const r = await sql<{ id: string; naam: string; leden: number }>`
    select t.id, t.naam, count(*)::int as leden from teamlidmaatschap l join team t on t.id = l.team_id
     where t.soort = 'basisteam' and l.einddatum is null
     group by t.id, t.naam order by count(*) desc, t.naam`.execute(db);
  return r.rows;
}

/** The largest basisteam whose grid the demo teamleider may open (asked of the API, as the page does). */
async function grootsteZichtbareTeam(
  basis: string,
  page: Page,
  teams: { id: string; naam: string; leden: number }[],
): Promise<{ id: string; naam: string; leden: number }> {
  const weken = wekenVanKwartaal(sleutelVan('kwartaal', vandaag()));
  for (const team of teams) {
    const status = await page.evaluate(
      async (url) => (await fetch(url, { credentials: 'same-origin' })).status,
      `${basis}/api/v1/teams/${team.id}/beschikbaarheid?per=week&van=${weken.vanWeek}&tot=${weken.totWeek}`,
    );
    if (status === 200) return team;
  }
  throw new Error('De demo-teamleider mag van geen enkel basisteam de capaciteit zien.');
}

async function logIn(page: Page): Promise<void> {
  await page.getByLabel('E-mailadres').fill(DEMO_TEAMLEIDER);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.locator('nav[aria-label="Hoofdmenu"]').waitFor();
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * Opens the team grid as a new page load (as a link from outside, a bookmark or a reload would) and
 * returns the time from the navigation's start until the grid's table shows a row, read in the page.
 */
async function tijdTotGrid(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const rij = document.querySelector('main table tbody tr');
      if (!(rij instanceof HTMLElement) || !rij.checkVisibility()) return null;
      return performance.now();
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

const handle = await openDatabase({ engine: 'pglite' });
const database = await handle.describe();
const t0 = performance.now();
await migrateToLatest(handle.db as never);
await loadDemoOrganisatie(handle.db, generateDemoOrganisatie({ medewerkers: 400 }));
await loadDemoAccounts(handle.db);
await loadDemoPlanning(handle.db);
console.log(`demo-gemeente geladen in ${Math.round(performance.now() - t0)} ms`);
const teams = await teamsOpGrootte(handle.db);

const app = await buildApp({ db: handle.db, engine: 'pglite', demo: true, webRoot });
const browser = await chromium.launch({
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
try {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const basis = `http://127.0.0.1:${port}`;
  console.log(`load average (1 min) bij de start: ${loadavg()[0]!.toFixed(2)}`);

  let team: { id: string; naam: string; leden: number } | undefined;
  const uitslagen: Run[] = [];
  const ongecomprimeerd = new Set<string>();
  // One unmeasured run first: the server's first answers (PGlite's cold caches, JIT) are not what
  // a user sees on a running server.
  for (let i = -1; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    try {
      const page = await context.newPage();
      const teller = await Teller.op(context, page);
      await page.goto(`${basis}/inloggen`);
      await page.getByLabel('E-mailadres').waitFor();
      await page.waitForLoadState('networkidle');
      const login = teller.neem();
      await logIn(page);
      const home = teller.neem();
      for (const url of teller.jsOngecomprimeerd) ongecomprimeerd.add(url);
      team ??= await grootsteZichtbareTeam(basis, page, teams);
      const tijd = await tijdTotGrid(page, `${basis}/teams/${team.id}/capaciteit`);
      if (DETAIL) console.log(await waterval(page));
      if (i < 0) continue;
      uitslagen.push({
        loginJs: login.js,
        loginTotaal: login.totaal,
        homeJs: home.js,
        homeTotaal: home.totaal,
        tijdTotInhoudMs: tijd,
      });
      console.log(
        `run ${i + 1}/${runs}: inlogpagina ${kb(login.js)} JS (${login.jsBestanden} bestanden), ` +
          `${kb(login.totaal)} totaal; home erbij ${kb(home.js)} JS, ${kb(home.totaal)} totaal; ` +
          `teamgrid ${Math.round(tijd)} ms`,
      );
    } finally {
      await context.close();
    }
  }
  if (ongecomprimeerd.size > 0)
    console.warn(`Let op: JavaScript zonder compressie: ${[...ongecomprimeerd].join(', ')}`);

  const m = (f: (r: Run) => number) => median(uitslagen.map(f));
  const kbCase = (naam: string, value: number, target?: number): BenchCase => ({
    case: naam,
    metric: 'median',
    value: value / 1024,
    unit: 'KB',
    ...(target === undefined ? {} : { target }),
    better: 'lower',
    runs,
  });
  const cases: BenchCase[] = [
    kbCase(
      'inlogpagina (eerste pagina): JavaScript, gecomprimeerd over de lijn',
      m((r) => r.loginJs),
      JS_DOEL_KB,
    ),
    kbCase(
      'inlogpagina: alles over de lijn (HTML, JS, CSS, API)',
      m((r) => r.loginTotaal),
    ),
    kbCase(
      'inloggen tot home: JavaScript dat erbij komt, gecomprimeerd',
      m((r) => r.homeJs),
    ),
    kbCase(
      'inloggen tot home: alles wat erbij komt over de lijn',
      m((r) => r.homeTotaal),
    ),
    kbCase(
      'inlogpagina + home samen: JavaScript, gecomprimeerd',
      m((r) => r.loginJs + r.homeJs),
      JS_DOEL_KB,
    ),
    {
      case: `tijd tot inhoud: teamcapaciteit van het grootste zichtbare basisteam (${team?.leden ?? '?'} medewerkers), nieuwe paginalading na inloggen, tot de eerste rij van de tabel zichtbaar is`,
      metric: 'median',
      value: m((r) => r.tijdTotInhoudMs),
      unit: 'ms',
      target: TIJD_DOEL_MS,
      better: 'lower',
      runs,
    },
  ];
  console.log(`load average (1 min) aan het eind: ${loadavg()[0]!.toFixed(2)}`);
  report('web', describeMachine(database), cases, options);
} finally {
  await browser.close();
  await app.close();
  await handle.close();
}

/** Where the time to content goes: each request of the page, from the navigation's start. */
async function waterval(page: Page): Promise<string> {
  const regels = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const bronnen = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return [
      `  document ${Math.round(nav.startTime)}–${Math.round(nav.responseEnd)} ms`,
      ...bronnen.map(
        (b) =>
          `  ${new URL(b.name).pathname.replace(/^\/api\/v1/, 'api')} ${Math.round(b.startTime)}–${Math.round(b.responseEnd)} ms`,
      ),
    ];
  });
  return regels.join('\n');
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
