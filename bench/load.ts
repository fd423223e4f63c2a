/**
 * bench/load — loopback load on the demo municipality (issue 18, finding 12). Builds the real app
 * (buildApp) on the demo municipality, listens on 127.0.0.1, logs in as the demo teamleider (no
 * second factor) and sends autocannon's load at the team availability grid of the teamleider's own
 * basisteam (`GET /api/v1/teams/{id}/beschikbaarheid?per=week`, this quarter's weeks): a throughput
 * run (req/s, p50, p99, errors and time-outs, the server's RSS before and after) and a longer memory
 * run (RSS growth). On PGlite in a data folder, as `wendbaar start` runs it, and on PostgreSQL from
 * BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL (the benchmark creates and drops its own
 * database). Targets: PGlite ≥ 100 req/s with p99 ≤ 500 ms, PostgreSQL ≥ 300 req/s with p99 ≤ 250 ms,
 * 0 errors, RSS growth ≤ 10 %.
 *
 * autocannon runs in a child process: in this one it would take the server's event loop and count
 * its own memory as the server's. Both still share the machine's CPUs, as any loopback load does.
 *
 * Flags: --small (CI), --duur=S (seconds per throughput run), --geheugenduur=S (memory run),
 * --verbindingen=N, --engine=pglite|postgresql (one engine only).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, type Engine, openDatabase } from '../src/db/connect';
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

const root = fileURLToPath(new URL('../', import.meta.url));
const options = readBenchOptions();

/** `--naam=getal`, or the default when the flag is absent. */
function getal(naam: string, standaard: number): number {
  const waarde = process.argv.find((a) => a.startsWith(`--${naam}=`))?.slice(naam.length + 3);
  if (waarde === undefined) return standaard;
  const n = Number(waarde);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`--${naam} moet een positief getal zijn, niet '${waarde}'`);
  return n;
}

const VERBINDINGEN = getal('verbindingen', 20);
// --small only shows that the benchmark works (CI, about 20 s): no warm-up, short runs.
const OPWARMEN_S = options.small ? 0 : 5;
const DUUR_S = getal('duur', options.small ? 2 : 30);
const GEHEUGENDUUR_S = getal('geheugenduur', options.small ? 10 : 300);
const ENGINE_VLAG = process.argv.find((a) => a.startsWith('--engine='))?.slice('--engine='.length);
if (ENGINE_VLAG !== undefined && ENGINE_VLAG !== 'pglite' && ENGINE_VLAG !== 'postgresql') {
  throw new Error(`--engine moet pglite of postgresql zijn, niet '${ENGINE_VLAG}'`);
}
const ENGINE: Engine | undefined = ENGINE_VLAG;

/** The targets of issue 18, finding 12. */
const DOELEN: Record<Engine, { reqPerSec: number; p99Ms: number }> = {
  pglite: { reqPerSec: 100, p99Ms: 500 },
  postgresql: { reqPerSec: 300, p99Ms: 250 },
};
const RSS_GROEI_DOEL = 10;
const DEMO_TEAMLEIDER = 'teamleider@demo-gemeente.nl';

const ENGINE_NAAM: Record<Engine, string> = { pglite: 'PGlite', postgresql: 'PostgreSQL' };

/** What the benchmark reads from autocannon's result (its programmatic API; times in ms). */
interface KanonUitslag {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  /** Connection errors, time-outs included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

/**
 * autocannon in its own Node process, the options as JSON in the environment, its result as JSON on
 * stdout. `autocannon` resolves from the project's node_modules (the child runs in the project root).
 */
const KANON = `
import autocannon from 'autocannon';
const r = await autocannon(JSON.parse(process.env.WENDBAAR_KANON));
process.stdout.write(JSON.stringify({
  requests: r.requests, latency: r.latency, errors: r.errors, timeouts: r.timeouts,
  non2xx: r.non2xx, duration: r.duration,
}));`;

function kanon(doel: Doel, seconden: number): Promise<KanonUitslag> {
  const opties = {
    url: doel.url,
    headers: doel.headers,
    connections: VERBINDINGEN,
    duration: seconden,
    timeout: 10,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', KANON], {
      cwd: root,
      env: { ...process.env, WENDBAAR_KANON: JSON.stringify(opties) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let uit = '';
    child.stdout.on('data', (d) => (uit += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon stopte met ${code}`));
      try {
        resolve(JSON.parse(uit) as KanonUitslag);
      } catch {
        reject(new Error(`autocannon gaf geen JSON: ${uit.slice(0, 500)}`));
      }
    });
  });
}

const rssMiB = () => process.memoryUsage().rss / 2 ** 20;

/** The request under load: the grid URL with the teamleider's session. */
interface Doel {
  url: string;
  headers: Record<string, string>;
}

/** The demo municipality as `wendbaar start` loads it into an empty database. */
async function vulMetDemo(db: Kysely<Database>): Promise<void> {
  await migrateToLatest(db as never);
  await loadDemoOrganisatie(db, generateDemoOrganisatie({ medewerkers: 400 }));
  await loadDemoAccounts(db);
  await loadDemoPlanning(db);
}

interface Opzet {
  handle: DatabaseHandle;
  opruimen(): Promise<void>;
}

/** PGlite in a data folder of its own, so every audit record is written to disk as in production. */
async function pgliteOpzet(): Promise<Opzet> {
  const map = mkdtempSync(join(tmpdir(), 'wendbaar-bench-load-'));
  const handle = await openDatabase({ engine: 'pglite', dataDir: join(map, 'data') });
  return {
    handle,
    opruimen: async () => {
      await handle.close();
      rmSync(map, { recursive: true, force: true });
    },
  };
}

/** A database of its own on the PostgreSQL server, dropped afterwards. */
async function postgresOpzet(url: string): Promise<Opzet> {
  const naam = 'wendbaar_bench_load';
  const beheer = new pg.Client({ connectionString: url });
  await beheer.connect();
  await beheer.query(`drop database if exists ${naam} with (force)`);
  await beheer.query(`create database ${naam}`);
  const doel = new URL(url);
  doel.pathname = `/${naam}`;
  const handle = await openDatabase({ engine: 'postgresql', url: doel.toString() });
  return {
    handle,
    opruimen: async () => {
      await handle.close();
      await beheer.query(`drop database if exists ${naam} with (force)`).catch(() => {});
      await beheer.end();
    },
  };
}

/** Logs in as the demo teamleider through the API: the session cookie and its CSRF token. */
async function login(basis: string): Promise<Record<string, string>> {
  const r = await fetch(`${basis}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ eMail: DEMO_TEAMLEIDER, wachtwoord: DEMO_WACHTWOORD }),
  });
  const body = (await r.json()) as { csrfToken?: string };
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('wendbaar_sessie='));
  if (r.status !== 201 || !cookie || !body.csrfToken) {
    throw new Error(`Inloggen als ${DEMO_TEAMLEIDER} mislukte (${r.status}): ${JSON.stringify(body)}`);
  }
  // A GET needs no CSRF token; it goes along as the web app sends it, so the request is the real one.
  return { cookie, 'x-csrf-token': body.csrfToken };
}

/** The basisteam the demo teamleider leads: a typical team, planned by the demo. */
async function teamVanTeamleider(db: Kysely<Database>): Promise<string> {
  const r = await sql<{ team_id: string }>`
    select l.team_id from leiderschap l
      join account a on a.medewerker_id = l.medewerker_id
      join team t on t.id = l.team_id
     where a.e_mail = ${DEMO_TEAMLEIDER} and l.rol = 'teamleider' and l.einddatum is null
       and t.soort = 'basisteam'
     limit 1`.execute(db);
  const teamId = r.rows[0]?.team_id;
  if (!teamId) throw new Error(`De demo-teamleider leidt geen basisteam.`);
  return teamId;
}

async function auditRegels(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(db);
  return r.rows[0]!.n;
}

interface EngineUitslag {
  cases: BenchCase[];
  database: string;
}

async function meetEngine(engine: Engine, opzet: Opzet, metGeheugen: boolean): Promise<EngineUitslag> {
  const naam = ENGINE_NAAM[engine];
  const { handle } = opzet;
  const t0 = performance.now();
  await vulMetDemo(handle.db);
  console.log(`${naam}: demo-gemeente geladen in ${Math.round(performance.now() - t0)} ms`);
  const app = await buildApp({ db: handle.db, engine, demo: true });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const basis = `http://127.0.0.1:${port}`;
    const headers = await login(basis);
    const teamId = await teamVanTeamleider(handle.db);
    const weken = wekenVanKwartaal(sleutelVan('kwartaal', vandaag()));
    const doel: Doel = {
      url: `${basis}/api/v1/teams/${teamId}/beschikbaarheid?per=week&van=${weken.vanWeek}&tot=${weken.totWeek}`,
      headers,
    };
    // One request on its own first: it must answer 200, and it shows what a read writes to the audit log.
    const auditVoor = await auditRegels(handle.db);
    const proef = await fetch(doel.url, { headers });
    const tekst = await proef.text();
    if (proef.status !== 200) throw new Error(`team grid: ${proef.status} ${tekst}`);
    const auditNa = await auditRegels(handle.db);
    const leden = (JSON.parse(tekst) as { medewerkers: unknown[] }).medewerkers.length;
    const grid = `team grid ${leden} members x ${weken.weken} weeks`;
    console.log(
      `${naam}: ${grid} (${weken.vanWeek} tot ${weken.totWeek}, ${Math.round(tekst.length / 1024)} kB JSON, ` +
        `${auditNa - auditVoor} auditregel(s) per verzoek); opwarmen ${OPWARMEN_S} s…`,
    );
    if (OPWARMEN_S > 0) await kanon(doel, OPWARMEN_S);

    const rssVoor = rssMiB();
    const doorvoer = await kanon(doel, DUUR_S);
    const rssNa = rssMiB();
    console.log(
      `${naam}: ${Math.round(doorvoer.requests.average)} req/s, p50 ${doorvoer.latency.p50} ms, p99 ${doorvoer.latency.p99} ms, ` +
        `max ${doorvoer.latency.max} ms, ${doorvoer.errors} fouten (${doorvoer.timeouts} time-outs), ${doorvoer.non2xx} niet-2xx`,
    );
    const doelen = DOELEN[engine];
    const wat = `${grid}, ${naam}, ${VERBINDINGEN} connections, ${DUUR_S} s`;
    const runs = doorvoer.requests.total;
    const cases: BenchCase[] = [
      {
        case: wat,
        metric: 'mean',
        value: doorvoer.requests.average,
        unit: 'req/s',
        target: doelen.reqPerSec,
        better: 'higher',
        runs,
      },
      { case: wat, metric: 'p50', value: doorvoer.latency.p50, unit: 'ms', better: 'lower', runs },
      {
        case: wat,
        metric: 'p99',
        value: doorvoer.latency.p99,
        unit: 'ms',
        target: doelen.p99Ms,
        better: 'lower',
        runs,
      },
      {
        case: `${wat}: errors (connection errors, time-outs, non-2xx answers)`,
        metric: 'count',
        value: doorvoer.errors + doorvoer.non2xx,
        unit: 'requests',
        target: 0,
        better: 'lower',
        runs,
      },
      {
        case: `${wat}: time-outs (10 s)`,
        metric: 'count',
        value: doorvoer.timeouts,
        unit: 'requests',
        better: 'lower',
        runs,
      },
      {
        case: `${wat}: server RSS before`,
        metric: 'rss',
        value: rssVoor,
        unit: 'MiB',
        better: 'lower',
        runs: 1,
      },
      {
        case: `${wat}: server RSS after`,
        metric: 'rss',
        value: rssNa,
        unit: 'MiB',
        better: 'lower',
        runs: 1,
      },
    ];
    if (metGeheugen) cases.push(...(await geheugenrun(naam, doel, grid)));
    return { cases, database: await handle.describe() };
  } finally {
    await app.close();
  }
}

/**
 * The same load for longer, sampling the server's RSS: a leak shows as growth from the warm start
 * (the process has served the warm-up and the throughput run) to the end.
 */
async function geheugenrun(naam: string, doel: Doel, grid: string): Promise<BenchCase[]> {
  const start = rssMiB();
  const monsters: number[] = [start];
  const elke = Math.max(1, Math.round(GEHEUGENDUUR_S / 30)) * 1000;
  const t0 = performance.now();
  const timer = setInterval(() => {
    monsters.push(rssMiB());
    console.log(
      `${naam}: ${Math.round((performance.now() - t0) / 1000)} s, RSS ${monsters.at(-1)!.toFixed(0)} MiB`,
    );
  }, elke);
  let uitslag: KanonUitslag;
  try {
    uitslag = await kanon(doel, GEHEUGENDUUR_S);
  } finally {
    clearInterval(timer);
  }
  const eind = rssMiB();
  monsters.push(eind);
  const wat = `memory run, ${grid}, ${naam}, ${VERBINDINGEN} connections, ${GEHEUGENDUUR_S} s`;
  console.log(
    `${naam}: geheugenrun ${Math.round(uitslag.requests.average)} req/s, p99 ${uitslag.latency.p99} ms, ` +
      `${uitslag.errors} fouten (${uitslag.timeouts} time-outs), ${uitslag.non2xx} niet-2xx; ` +
      `RSS ${start.toFixed(0)} → ${eind.toFixed(0)} MiB (hoogste ${Math.max(...monsters).toFixed(0)} MiB)`,
  );
  return [
    {
      case: `${wat}: RSS growth, end against start`,
      metric: 'growth',
      value: ((eind - start) / start) * 100,
      unit: '%',
      target: RSS_GROEI_DOEL,
      better: 'lower',
      runs: monsters.length,
    },
    {
      case: `${wat}: server RSS at start`,
      metric: 'rss',
      value: start,
      unit: 'MiB',
      better: 'lower',
      runs: 1,
    },
    { case: `${wat}: server RSS at end`, metric: 'rss', value: eind, unit: 'MiB', better: 'lower', runs: 1 },
    {
      case: `${wat}: server RSS, highest sample`,
      metric: 'max',
      value: Math.max(...monsters),
      unit: 'MiB',
      better: 'lower',
      runs: monsters.length,
    },
    {
      case: `${wat}: errors (connection errors, time-outs, non-2xx answers)`,
      metric: 'count',
      value: uitslag.errors + uitslag.non2xx,
      unit: 'requests',
      target: 0,
      better: 'lower',
      runs: uitslag.requests.total,
    },
    {
      case: `${wat}: time-outs (10 s)`,
      metric: 'count',
      value: uitslag.timeouts,
      unit: 'requests',
      better: 'lower',
      runs: uitslag.requests.total,
    },
    {
      case: wat,
      metric: 'mean',
      value: uitslag.requests.average,
      unit: 'req/s',
      better: 'higher',
      runs: uitslag.requests.total,
    },
    {
      case: wat,
      metric: 'p99',
      value: uitslag.latency.p99,
      unit: 'ms',
      better: 'lower',
      runs: uitslag.requests.total,
    },
  ];
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const engines = (ENGINE ? [ENGINE] : (['pglite', 'postgresql'] as const)).filter(
  (e) => e === 'pglite' || url,
);
if (ENGINE === 'postgresql' && !url)
  throw new Error('--engine=postgresql heeft BENCH_DATABASE_URL, TEST_DATABASE_URL of DATABASE_URL nodig');
if (!url && ENGINE === undefined) {
  console.log('Geen PostgreSQL (BENCH_DATABASE_URL/TEST_DATABASE_URL/DATABASE_URL): alleen PGlite.');
}
// Other work on the same CPUs lowers every figure; the load average shows whether they are trustworthy.
console.log(`load average (1 min) bij de start: ${loadavg()[0]!.toFixed(2)}`);
const cases: BenchCase[] = [];
const databases: string[] = [];
for (const [i, engine] of engines.entries()) {
  const opzet = engine === 'pglite' ? await pgliteOpzet() : await postgresOpzet(url!);
  try {
    // CI's --small run stays near 20 s: its memory run goes on the first engine (PGlite) only.
    const uitslag = await meetEngine(engine, opzet, !options.small || i === 0);
    cases.push(...uitslag.cases);
    databases.push(uitslag.database);
  } finally {
    await opzet.opruimen();
  }
}
console.log(`load average (1 min) aan het eind: ${loadavg()[0]!.toFixed(2)}`);
report('load', describeMachine(databases.join('; ')), cases, options);
process.exit(0);
