/**
 * bench/capacity — the capacity views at municipal scale (issue: "Robuuste kant", Performance).
 * Builds a 25,000-medewerker organisation (~1,300 teams, 53 weeks, 4 inzet runs each) on PostgreSQL
 * and times, through the real HTTP stack with a session: the team grid (one team × 53 weeks), the
 * organisation rollup (every team × 12 months), and each against its bare SQL in the same run. Then
 * the team grid on PGlite with the demo municipality. `--small` uses 2,000 medewerkers and few runs.
 * PostgreSQL comes from BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL (a server URL; the
 * benchmark creates and drops its own database); without one, only the PGlite case runs.
 */
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { insertAccount } from '../src/db/account.repository';
import { findBrutoUren, findTeamRollup, getInstellingen } from '../src/db/beschikbaarheid.repository';
import { openDatabase } from '../src/db/connect';
import { migrateToLatest } from '../src/db/migrator';
import type { Database } from '../src/db/schema';
import { loadDemoOrganisatie } from '../src/demo/demo-loader';
import { generateDemoOrganisatie } from '../src/demo/demo-organisatie';
import { periodenTussen } from '../src/domain/kalender';
import { buildApp } from '../src/http/app';
import { maakSessie } from '../src/services/auth.service';
import { feestdagenRond } from '../src/services/beschikbaarheid.service';
import { readBenchOptions } from './lib/options';
import { type BenchCase, describeMachine, report } from './lib/report';
import { median, percentile } from './lib/stats';

const options = readBenchOptions();
const MEDEWERKERS = options.small ? 2_000 : 25_000;
const GRID_RUNS = options.small ? 10 : 200;
const ROLLUP_RUNS = options.small ? 2 : 10;
const JAAR = 2026;

/** One result goal per quarter for every basisteam, and each member planned on all four: 4 runs each. */
async function planning(db: Kysely<Database>) {
  await sql`insert into begrotingsprogramma (begrotingsjaar, code, naam) values (${JAAR}, 'B', 'Bench')`.execute(
    db,
  );
  await sql`insert into beleidsdoel (begrotingsprogramma_id, naam) select id, 'Benchdoel' from begrotingsprogramma`.execute(
    db,
  );
  await sql`
    insert into resultaatdoel (team_id, periode, titel, prioriteit, geschatte_uren)
    select t.id, ${`${JAAR}-Q`} || q, 'Doel Q' || q, 1, 400 + (q * 37) % 300
      from team t cross join generate_series(1, 4) as q where t.soort = 'basisteam'`.execute(db);
  // ISO weeks of 2026: W01 starts Monday 29 December 2025, W53 ends Sunday 3 January 2027.
  await sql`
    insert into inzet (medewerker_id, soort, resultaatdoel_id, van, tot, uren_per_week)
    select l.medewerker_id, 'robuust', r.id,
           date '2025-12-29' + (right(r.periode, 1)::int - 1) * 91,
           case when right(r.periode, 1) = '4' then date '2027-01-03' else date '2025-12-29' + right(r.periode, 1)::int * 91 - 1 end,
           2 + abs(hashtext(l.medewerker_id::text || r.periode)) % 9
      from teamlidmaatschap l
      join resultaatdoel r on r.team_id = l.team_id
     where l.einddatum is null`.execute(db);
}

async function tijd<T>(fn: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function meet(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: plans cached, pages in memory
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await tijd(fn));
  return samples;
}

async function sessie(db: Kysely<Database>) {
  const id = await insertAccount(
    db,
    { e_mail: 'bench@example.nl', naam: 'Bench', medewerker_id: null, wachtwoord_hash: null },
    ['directeur'],
  );
  const { token } = await maakSessie(db, id, 'oidc', { ip: null, userAgent: null });
  return { cookie: `wendbaar_sessie=${token}` };
}

async function grootsteTeam(db: Kysely<Database>): Promise<string> {
  const r = await sql<{ team_id: string }>`
    select team_id from teamlidmaatschap l join team t on t.id = l.team_id
     where t.soort = 'basisteam' and l.einddatum is null group by team_id order by count(*) desc limit 1`.execute(
    db,
  );
  return r.rows[0]!.team_id;
}

async function postgresCases(url: string): Promise<{ cases: BenchCase[]; database: string }> {
  const naam = 'wendbaar_bench_capaciteit';
  const beheer = new pg.Client({ connectionString: url });
  await beheer.connect();
  await beheer.query(`drop database if exists ${naam}`);
  await beheer.query(`create database ${naam}`);
  const doel = new URL(url);
  doel.pathname = `/${naam}`;
  const handle = await openDatabase({ engine: 'postgresql', url: doel.toString() });
  try {
    await migrateToLatest(handle.db as never);
    const t0 = performance.now();
    const org = generateDemoOrganisatie({ medewerkers: MEDEWERKERS });
    await loadDemoOrganisatie(handle.db, org);
    await planning(handle.db);
    await sql`analyze`.execute(handle.db);
    const inzet = await sql<{ n: number }>`select count(*)::int as n from inzet`.execute(handle.db);
    console.log(
      `${MEDEWERKERS} medewerkers, ${org.teams.length} teams, ${inzet.rows[0]!.n} inzetreeksen geladen in ${Math.round(performance.now() - t0)} ms`,
    );

    const app = await buildApp({ db: handle.db, engine: 'postgresql' });
    await app.ready();
    const headers = await sessie(handle.db);
    const teamId = await grootsteTeam(handle.db);
    const instellingen = await getInstellingen(handle.db);
    const grid = () =>
      app.inject({ url: `/api/v1/teams/${teamId}/beschikbaarheid?van=${JAAR}-W01&tot=${JAAR}-W53`, headers });
    const check = await grid();
    if (check.statusCode !== 200) throw new Error(`team grid: ${check.statusCode} ${check.body}`);
    const gridSamples = await meet(GRID_RUNS, grid);
    const gridSql = await meet(GRID_RUNS, () =>
      findBrutoUren(handle.db, {
        perioden: periodenTussen('week', '2025-12-29', '2027-01-03'),
        feestdagen: feestdagenRond('2025-12-29', '2027-01-03', instellingen),
        nietProductiefAandeel: instellingen.nietProductiefAandeel,
        teamId,
      }),
    );
    const rollup = () => app.inject({ url: `/api/v1/organisatie/capaciteit?jaar=${JAAR}`, headers });
    const rollupCheck = await rollup();
    if (rollupCheck.statusCode !== 200)
      throw new Error(`rollup: ${rollupCheck.statusCode} ${rollupCheck.body}`);
    const rollupSamples = await meet(ROLLUP_RUNS, rollup);
    const rollupSql = await meet(ROLLUP_RUNS, () =>
      findTeamRollup(handle.db, {
        perioden: periodenTussen('maand', `${JAAR}-01-01`, `${JAAR}-12-31`),
        metVraag: true,
        feestdagen: feestdagenRond(`${JAAR}-01-01`, `${JAAR}-12-31`, instellingen),
        nietProductiefAandeel: instellingen.nietProductiefAandeel,
      }),
    );
    await app.close();
    const teams = org.teams.length;
    const cases: BenchCase[] = [
      {
        case: `team grid, ${MEDEWERKERS} medewerkers, one team x 53 weeks (API)`,
        metric: 'p95',
        value: percentile(gridSamples, 95),
        unit: 'ms',
        target: 50,
        better: 'lower',
        runs: GRID_RUNS,
      },
      {
        case: `team grid, ${MEDEWERKERS} medewerkers, one team x 53 weeks (API)`,
        metric: 'median',
        value: median(gridSamples),
        unit: 'ms',
        better: 'lower',
        runs: GRID_RUNS,
      },
      {
        case: 'team grid: endpoint / bare SQL (medians, same run)',
        metric: 'ratio',
        value: median(gridSamples) / median(gridSql),
        unit: 'x',
        target: 1.5,
        better: 'lower',
        runs: GRID_RUNS,
      },
      {
        case: `organisation rollup, ${teams} teams x 12 months (API)`,
        metric: 'median',
        value: median(rollupSamples),
        unit: 'ms',
        target: 500,
        better: 'lower',
        runs: ROLLUP_RUNS,
      },
      {
        case: `organisation rollup, ${teams} teams x 12 months (API)`,
        metric: 'p95',
        value: percentile(rollupSamples, 95),
        unit: 'ms',
        better: 'lower',
        runs: ROLLUP_RUNS,
      },
      {
        case: 'organisation rollup: endpoint / bare SQL (medians, same run)',
        metric: 'ratio',
        value: median(rollupSamples) / median(rollupSql),
        unit: 'x',
        target: 1.5,
        better: 'lower',
        runs: ROLLUP_RUNS,
      },
    ];
    return { cases, database: await handle.describe() };
  } finally {
    await handle.close();
    await beheer.query(`drop database if exists ${naam} with (force)`).catch(() => {});
    await beheer.end();
  }
}

async function pgliteCase(): Promise<{ cases: BenchCase[]; database: string }> {
  const handle = await openDatabase({ engine: 'pglite' });
  try {
    await migrateToLatest(handle.db as never);
    await loadDemoOrganisatie(handle.db, generateDemoOrganisatie({ medewerkers: 400 }));
    await planning(handle.db);
    const app = await buildApp({ db: handle.db, engine: 'pglite' });
    await app.ready();
    const headers = await sessie(handle.db);
    const teamId = await grootsteTeam(handle.db);
    const samples = await meet(options.small ? 5 : 50, () =>
      app.inject({ url: `/api/v1/teams/${teamId}/beschikbaarheid?van=${JAAR}-W01&tot=${JAAR}-W53`, headers }),
    );
    await app.close();
    return {
      cases: [
        {
          case: 'team grid on PGlite, demo municipality (400), largest team x 53 weeks (API)',
          metric: 'p95',
          value: percentile(samples, 95),
          unit: 'ms',
          target: 100,
          better: 'lower',
          runs: samples.length,
        },
        {
          case: 'team grid on PGlite, demo municipality (400), largest team x 53 weeks (API)',
          metric: 'median',
          value: median(samples),
          unit: 'ms',
          better: 'lower',
          runs: samples.length,
        },
      ],
      database: await handle.describe(),
    };
  } finally {
    await handle.close();
  }
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const pgResult = url ? await postgresCases(url) : null;
if (!url)
  console.log(
    'Geen PostgreSQL (BENCH_DATABASE_URL/TEST_DATABASE_URL/DATABASE_URL): alleen de PGlite-meting.',
  );
const lite = await pgliteCase();
report(
  'capacity',
  describeMachine(pgResult ? `${pgResult.database}; ${lite.database}` : lite.database),
  [...(pgResult?.cases ?? []), ...lite.cases],
  options,
);
process.exit(0);
