/**
 * bench/mensen — the werkdruk heatmap at municipal scale (issue 14, Benchmarks).
 *
 * The 25,000-medewerker generated organisation (~1,300 teams) with everything the werkdruksignaal
 * reads (src/domain/werkdruk.ts), in bulk: a formatie with a vacant place in every fifth team
 * (bench/lib/formatie-data.ts), result goals for every basisteam in the five quarters of the
 * heatmap, a closed pulse round with eight answers per team, and absence for one medewerker in ten
 * spread over the year before. Timed through the real HTTP stack with a directeur's session
 * (Fastify inject): GET /api/v1/organisatie/werkdruk for every team × 12 months (target ≤ 500 ms)
 * and GET /api/v1/teams/{id}/werkdruk for the largest team.
 *
 * PostgreSQL comes from BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL (a server URL; the
 * benchmark creates and drops its own database); without one it runs on PGlite. `--small` uses 400
 * medewerkers and few runs (CI runs it; it must stay quick).
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { insertAccount } from '../src/db/account.repository';
import type { DatabaseHandle } from '../src/db/connect';
import { insertFormatieplaatsen, insertPlaatsingen } from '../src/db/formatie.repository';
import { migrateToLatest } from '../src/db/migrator';
import type { Database } from '../src/db/schema';
import { loadDemoOrganisatie } from '../src/demo/demo-loader';
import { generateDemoOrganisatie } from '../src/demo/demo-organisatie';
import { vandaag } from '../src/domain/datum';
import { buildApp } from '../src/http/app';
import { maakSessie } from '../src/services/auth.service';
import { opEigenDatabase } from './lib/bench-database';
import { formatieVoorOrganisatie } from './lib/formatie-data';
import { readBenchOptions } from './lib/options';
import { type BenchCase, describeMachine, report } from './lib/report';
import { median, percentile } from './lib/stats';

const options = readBenchOptions();
const MEDEWERKERS = options.small ? 400 : 25_000;
const ORG_RUNS = options.small ? 2 : 10;
const TEAM_RUNS = options.small ? 3 : 30;
const NU = vandaag();
const TOT = NU.slice(0, 7);
const VAN = (() => {
  const [j, m] = TOT.split('-').map(Number) as [number, number];
  const t = j * 12 + m - 1 - 11;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
})();

async function meet(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: plans cached, pages in memory
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
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

/** Goals, a pulse round and absence in bulk: set-based inserts, as the parts are read. */
async function werkdrukGegevens(db: Kysely<Database>): Promise<void> {
  // Result goals: every basisteam, every quarter touching the twelve months, between 60 % and
  // 110 % of a rough capacity (members × 36 h × 13 weeks × 0.85), so colours differ.
  await sql`
    insert into resultaatdoel (team_id, periode, titel, prioriteit, geschatte_uren, status, aangemaakt_op, gewijzigd_op)
    select t.id, to_char(q, 'YYYY') || '-Q' || to_char(q, 'Q'), 'Regulier werk', 1,
           greatest(10, round(count(l.id) * 36 * 13 * 0.85 * (0.6 + (abs(hashtext(t.id::text || q::text)) % 50) / 100.0))),
           'actief', now(), now()
      from team t
      join teamlidmaatschap l on l.team_id = t.id and l.einddatum is null
      cross join generate_series(date_trunc('quarter', ${`${VAN}-01`}::date), ${`${TOT}-01`}::date, interval '3 months') q
     where t.soort = 'basisteam' and t.opgeheven_op is null
     group by t.id, q`.execute(db);
  // A closed pulse round: eight answers per basisteam, werkdruk 2..5.
  const ronde = await sql<{ id: string }>`
    insert into puls_ronde (titel, status, geopend_op, gesloten_op)
    values ('Bench', 'gesloten', now() - interval '40 days', now() - interval '30 days') returning id`.execute(
    db,
  );
  await sql`
    insert into puls_antwoord (ronde_id, team_id, scores)
    select ${ronde.rows[0]!.id}::uuid, t.id,
           jsonb_build_object('werkdruk', 2 + (abs(hashtext(t.id::text || n::text)) % 4), 'energie', 3)
      from team t cross join generate_series(1, 8) n
     where t.soort = 'basisteam' and t.opgeheven_op is null`.execute(db);
  // Absence: one medewerker in ten, one week in four over the year before and the year shown.
  await sql`
    insert into afwezigheid (medewerker_id, week, uren, gewijzigd_op)
    select m.id, to_char(w, 'IYYY-"W"IW'), 8 + abs(hashtext(m.id::text || w::text)) % 25, now()
      from medewerker m
      cross join generate_series(${`${VAN}-01`}::date - interval '12 months', ${`${TOT}-01`}::date, interval '28 days') w
     where m.uit_dienst is null and abs(hashtext(m.id::text)) % 10 = 0
    on conflict do nothing`.execute(db);
}

async function schaalCases(handle: DatabaseHandle): Promise<BenchCase[]> {
  const db = handle.db;
  const engine = handle.engine === 'postgresql' ? 'PostgreSQL' : 'PGlite';
  await migrateToLatest(db as never);
  const t0 = performance.now();
  const org = generateDemoOrganisatie({ medewerkers: MEDEWERKERS });
  await loadDemoOrganisatie(db, org);
  const formatie = formatieVoorOrganisatie(org, { begin: `${VAN}-01`, vacatureElke: 5, id: randomUUID });
  await insertFormatieplaatsen(db, formatie.plaatsen);
  await insertPlaatsingen(db, formatie.plaatsingen);
  await werkdrukGegevens(db);
  await sql`analyze`.execute(db);
  const teams = org.teams.filter((t) => t.soort === 'basisteam' && t.opgeheven_op === null).length;
  console.log(
    `${MEDEWERKERS} medewerkers, ${teams} basisteams geladen op ${engine} in ${Math.round(performance.now() - t0)} ms`,
  );

  const app = await buildApp({ db, engine: handle.engine });
  await app.ready();
  try {
    const headers = await sessie(db);
    const heatmap = () => app.inject({ url: `/api/v1/organisatie/werkdruk?van=${VAN}&tot=${TOT}`, headers });
    // The first answer computes and keeps every team × month (migration 0026): the cold case.
    const t0 = performance.now();
    const eerste = await heatmap();
    const koud = performance.now() - t0;
    if (eerste.statusCode !== 200)
      throw new Error(`organisatie/werkdruk: ${eerste.statusCode} ${eerste.body}`);
    const h = eerste.json() as {
      teams: { teamId: string; cellen: { niveau: string }[] }[];
      organisatie: { rood: number; oranje: number }[];
    };
    const cellen = h.teams.reduce((s, t) => s + t.cellen.length, 0);
    console.log(
      `heatmap: ${h.teams.length} teams × ${h.teams[0]?.cellen.length ?? 0} maanden = ${cellen} cellen; ` +
        `deze maand ${h.organisatie.at(-1)?.rood ?? 0} rood, ${h.organisatie.at(-1)?.oranje ?? 0} oranje`,
    );
    const grootste = await sql<{ team_id: string }>`
      select team_id from teamlidmaatschap where einddatum is null group by team_id order by count(*) desc limit 1`.execute(
      db,
    );
    const teamId = grootste.rows[0]!.team_id;
    const team = () => app.inject({ url: `/api/v1/teams/${teamId}/werkdruk?van=${VAN}&tot=${TOT}`, headers });
    const check = await team();
    if (check.statusCode !== 200) throw new Error(`team werkdruk: ${check.statusCode} ${check.body}`);

    const orgSamples = await meet(ORG_RUNS, heatmap);
    // After a write: one medewerker's absence changes (as a teamleider records it), which marks
    // their team(s); the next heatmap recomputes those and reads the rest as kept.
    const leden = await sql<{ medewerker_id: string }>`
      select medewerker_id from teamlidmaatschap where einddatum is null order by medewerker_id limit ${ORG_RUNS + 1}`.execute(
      db,
    );
    const naSchrijven: number[] = [];
    for (const { medewerker_id: m } of leden.rows) {
      await sql`insert into afwezigheid (medewerker_id, week, uren, gewijzigd_op)
                values (${m}, to_char(${`${TOT}-01`}::date, 'IYYY-"W"IW'), 4, now())
                on conflict (medewerker_id, week) do update set uren = afwezigheid.uren + 1`.execute(db);
      const t = performance.now();
      await heatmap();
      naSchrijven.push(performance.now() - t);
    }
    naSchrijven.shift(); // the first: plans of the recomputation not yet cached
    const teamSamples = await meet(TEAM_RUNS, team);
    const n = `${MEDEWERKERS} medewerkers on ${engine}`;
    const alle = `werkdruk heatmap, ${h.teams.length} teams x 12 months, ${n} (GET /organisatie/werkdruk)`;
    const een = `team werkdruk, largest team x 12 months, ${n} (GET /teams/{id}/werkdruk)`;
    return [
      {
        case: alle,
        metric: 'median',
        value: median(orgSamples),
        unit: 'ms',
        target: 500,
        better: 'lower',
        runs: ORG_RUNS,
      },
      {
        case: alle,
        metric: 'p95',
        value: percentile(orgSamples, 95),
        unit: 'ms',
        better: 'lower',
        runs: ORG_RUNS,
      },
      { case: alle, metric: 'first (cold)', value: koud, unit: 'ms', better: 'lower', runs: 1 },
      {
        case: `${alle}, after one absence write`,
        metric: 'median',
        value: median(naSchrijven),
        unit: 'ms',
        target: 500,
        better: 'lower',
        runs: naSchrijven.length,
      },
      {
        case: een,
        metric: 'median',
        value: median(teamSamples),
        unit: 'ms',
        better: 'lower',
        runs: TEAM_RUNS,
      },
      {
        case: een,
        metric: 'p95',
        value: percentile(teamSamples, 95),
        unit: 'ms',
        better: 'lower',
        runs: TEAM_RUNS,
      },
    ];
  } finally {
    await app.close();
  }
}

async function schaal(url: string | undefined): Promise<{ cases: BenchCase[]; database: string }> {
  const r = await opEigenDatabase(url, 'wendbaar_bench_mensen', schaalCases);
  return { cases: r.uitkomst, database: r.database };
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url)
  console.log('Geen PostgreSQL (BENCH_DATABASE_URL/TEST_DATABASE_URL/DATABASE_URL): de meting op PGlite.');
const groot = await schaal(url);
report('mensen', describeMachine(groot.database), groot.cases, options);
process.exit(0);
