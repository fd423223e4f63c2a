/**
 * How long `npm start` takes until the API answers, on a new data folder (create the PGlite
 * database, migrate, load the demo municipality and its accounts) and on an existing one, and how
 * much memory the running server holds. Measured by running `node bin/wendbaar.mjs start` (what
 * `npm start` runs, without npm's own start-up) until the first 200 on /api/v1/teams. The API needs a
 * session, so that is: poll until the server answers at all, log in as the demo medewerker (no second
 * factor), then GET /api/v1/teams with the session cookie; the figure runs from spawning the process
 * to that 200, login included. Always PGlite: that is the start a new user makes. Targets: ≤ 10 s on
 * a new folder, ≤ 3 s on an existing one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/db/connect';
import { readBenchOptions } from './lib/options';
import { residentMemoryMiB } from './lib/process-memory';
import { type BenchCase, describeMachine, report } from './lib/report';
import { startServer } from './lib/server-process';
import { median } from './lib/stats';

const root = fileURLToPath(new URL('../', import.meta.url));
/** The demo account without a second factor (src/demo/demo-accounts.ts). */
const DEMO_MEDEWERKER = { eMail: 'medewerker@demo-gemeente.nl', wachtwoord: 'demo-wendbaar' };
const options = readBenchOptions();
const runs = options.small ? 1 : 5;

interface Sample {
  seconds: number;
  /** Until the server answered at all (401 without a session): the start without the login. */
  secondsToAnswer: number;
  rssMiB: number;
}

/** Starts on the data folder, waits for the first 200, reads the memory, and stops cleanly. */
async function measure(dataDir: string): Promise<Sample> {
  const server = await startServer({
    env: { WENDBAAR_DATA_DIR: dataDir, DATABASE_URL: undefined, WENDBAAR_DEMO: '1' },
    login: DEMO_MEDEWERKER,
  });
  const rssMiB = residentMemoryMiB(server.pid);
  await server.stop();
  return { seconds: server.msToFirst200 / 1000, secondsToAnswer: server.msToFirstAnswer / 1000, rssMiB };
}

function ensureWebBuild(): void {
  // bin/wendbaar.mjs builds a missing web app before starting; that one-off must not be timed.
  if (existsSync(join(root, 'dist/web/index.html'))) return;
  console.log('De webapp is nog niet gebouwd; eerst npm run build (niet gemeten)…');
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0)
    throw new Error('De webapp kon niet worden gebouwd; de start zou dat bij elke run opnieuw proberen.');
}

const temp = mkdtempSync(join(tmpdir(), 'wendbaar-bench-startup-'));
try {
  ensureWebBuild();
  // Other work on the same CPUs slows every start; the load shows whether the figures are trustworthy.
  console.log(`load average (1 min) bij de start: ${loadavg()[0]!.toFixed(2)}`);
  const nieuw: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = join(temp, `nieuw-${i}`);
    nieuw.push(await measure(dataDir));
    rmSync(dataDir, { recursive: true, force: true });
    console.log(
      `nieuwe datamap, run ${i + 1}/${runs}: ${nieuw.at(-1)!.seconds.toFixed(2)} s ` +
        `(eerste antwoord ${nieuw.at(-1)!.secondsToAnswer.toFixed(2)} s)`,
    );
  }

  const bestaand = join(temp, 'bestaand');
  await measure(bestaand); // creates the folder and loads the demo; not counted
  const herstart: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    herstart.push(await measure(bestaand));
    console.log(
      `bestaande datamap, run ${i + 1}/${runs}: ${herstart.at(-1)!.seconds.toFixed(2)} s ` +
        `(eerste antwoord ${herstart.at(-1)!.secondsToAnswer.toFixed(2)} s)`,
    );
  }

  const handle = await openDatabase({ engine: 'pglite', dataDir: bestaand });
  const database = await handle.describe();
  await handle.close();

  const start =
    'node bin/wendbaar.mjs start tot eerste 200 op /api/v1/teams (na inloggen als demo-medewerker, inloggen meegeteld)';
  const cases: BenchCase[] = [
    {
      case: `${start}, nieuwe datamap (incl. migratie en demo-gemeente van 400)`,
      metric: 'median',
      value: median(nieuw.map((s) => s.seconds)),
      unit: 's',
      target: 10,
      better: 'lower',
      runs,
    },
    {
      case: `${start}, bestaande datamap`,
      metric: 'median',
      value: median(herstart.map((s) => s.seconds)),
      unit: 's',
      target: 3,
      better: 'lower',
      runs,
    },
    {
      case: 'node bin/wendbaar.mjs start tot eerste antwoord (401 zonder sessie) op /api/v1/teams, nieuwe datamap',
      metric: 'median',
      value: median(nieuw.map((s) => s.secondsToAnswer)),
      unit: 's',
      better: 'lower',
      runs,
    },
    {
      case: 'node bin/wendbaar.mjs start tot eerste antwoord (401 zonder sessie) op /api/v1/teams, bestaande datamap',
      metric: 'median',
      value: median(herstart.map((s) => s.secondsToAnswer)),
      unit: 's',
      better: 'lower',
      runs,
    },
    {
      case: 'geheugen (RSS) van de server bij eerste 200, nieuwe datamap',
      metric: 'median',
      value: median(nieuw.map((s) => s.rssMiB)),
      unit: 'MiB',
      better: 'lower',
      runs,
    },
    {
      case: 'geheugen (RSS) van de server bij eerste 200, bestaande datamap',
      metric: 'median',
      value: median(herstart.map((s) => s.rssMiB)),
      unit: 'MiB',
      better: 'lower',
      runs,
    },
  ];
  console.log(`load average (1 min) aan het eind: ${loadavg()[0]!.toFixed(2)}`);
  report('startup', describeMachine(database), cases, options);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
