/**
 * bench/formatie — formatie and loonsom at municipal scale (issue 13, Benchmarks).
 *
 * 1. The 25,000-medewerker generated organisation (~1,300 teams) with a formatie: a formatieplaats per
 *    team and functie, every current medewerker placed, a vacant place in every fifth team, the
 *    example salary table, werkgeverslasten with a 2 % yearly increase, and a loonsombudget per team
 *    (bulk inserts: bench/lib/formatie-data.ts). Timed through the real HTTP stack with a session
 *    (Fastify inject): the loonsom per team × four years, GET /api/v1/organisatie/loonsom (every
 *    team) and GET /api/v1/teams/{id}/loonsom (the largest team), each ≤ 500 ms and ≤ 1.5× the bare
 *    SQL of the same figures (bench/lib/loonsom-sql.ts) in the same run. The query's figures are
 *    checked against the API's (largest difference in cents, reported).
 * 2. The demo municipality (400, loaded as `wendbaar start` loads it) on PGlite: each formatie and
 *    loonsom page's data, p50 and p95, target ≤ 100 ms.
 * 3. On the same organisation: two scenarios for next year compared side by side with the live
 *    formatie (≤ 1 s), a voorstel frozen from one, and its DOCX generated from the snapshot (≤ 3 s).
 *
 * PostgreSQL comes from BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL (a server URL; the
 * benchmark creates and drops its own database); without one, case 1 runs on PGlite. `--small` uses
 * 400 medewerkers and few runs (CI runs it; it must stay ≤ 15 s on an idle machine).
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { insertAccount } from '../src/db/account.repository';
import { type DatabaseHandle, openDatabase } from '../src/db/connect';
import { insertFormatieplaatsen, insertPlaatsingen } from '../src/db/formatie.repository';
import { insertLoonsombudgetten, insertWerkgeverslasten } from '../src/db/loonsom.repository';
import { migrateToLatest } from '../src/db/migrator';
import type { Database } from '../src/db/schema';
import { loadDemoAccounts } from '../src/demo/demo-accounts';
import { loadDemoFormatie, voorbeeldBedrag, voorbeeldtabelNaam } from '../src/demo/demo-formatie';
import { loadDemoOrganisatie } from '../src/demo/demo-loader';
import { generateDemoOrganisatie } from '../src/demo/demo-organisatie';
import { loadDemoPlanning } from '../src/demo/demo-planning';
import { vandaag } from '../src/domain/datum';
import { meerjarig } from '../src/domain/loonsom';
import { buildApp } from '../src/http/app';
import { maakSessie } from '../src/services/auth.service';
import { slaSalaristabelOp } from '../src/services/loonsom.service';
import { opEigenDatabase } from './lib/bench-database';
import { formatieVoorOrganisatie } from './lib/formatie-data';
import { grootsteVerschil, loonsomPerTeamSql } from './lib/loonsom-sql';
import { readBenchOptions } from './lib/options';
import { type BenchCase, describeMachine, report } from './lib/report';
import { median, percentile } from './lib/stats';

const options = readBenchOptions();
// --small keeps CI's run short (≤ 15 s on an idle machine): it only has to show the benchmark works.
const MEDEWERKERS = options.small ? 400 : 25_000;
const ORG_RUNS = options.small ? 2 : 10;
const TEAM_RUNS = options.small ? 3 : 50;
const PAGINA_RUNS = options.small ? 3 : 20;
/** The API computes from the current year (its default, and the base year of the recorded trede). */
const JAAR = Number(vandaag().slice(0, 4));
const JAREN = meerjarig(JAAR);

async function tijd(fn: () => Promise<unknown>): Promise<number> {
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

/** A directeur's session: sees every team's loonsom and individual salary data. */
async function sessie(db: Kysely<Database>) {
  const id = await insertAccount(
    db,
    { e_mail: 'bench@example.nl', naam: 'Bench', medewerker_id: null, wachtwoord_hash: null },
    ['directeur'],
  );
  const { token, gebruiker } = await maakSessie(db, id, 'oidc', { ip: null, userAgent: null });
  // The CSRF token too: the scenario and voorstel cases write.
  return { cookie: `wendbaar_sessie=${token}`, 'x-csrf-token': gebruiker.csrfToken };
}

/** The basisteam with the most places and placements: the heaviest team loonsom. */
async function grootsteTeam(db: Kysely<Database>): Promise<string> {
  const r = await sql<{ team_id: string }>`
    select f.team_id from formatieplaats f join plaatsing p on p.formatieplaats_id = f.id
     group by f.team_id order by count(*) desc, f.team_id limit 1`.execute(db);
  return r.rows[0]!.team_id;
}

/** The example table and werkgeverslasten from 1 January, with a yearly increase for the later years. */
async function grondslag(db: Kysely<Database>) {
  const regels = ['schaal;trede;bedrag'];
  for (let s = 1; s <= 18; s++)
    for (let t = 0; t <= 12; t++) regels.push(`${s};${t};${voorbeeldBedrag(s, t)}`);
  await slaSalaristabelOp(db, {
    geldigVanaf: `${JAAR}-01-01`,
    naam: voorbeeldtabelNaam,
    formaat: 'csv',
    inhoud: `${regels.join('\n')}\n`,
  });
  await insertWerkgeverslasten(db, {
    geldig_vanaf: `${JAAR}-01-01`,
    ikb_percentage: 17.05,
    pensioen_percentage: 14,
    sociale_premies_percentage: 12,
    opslag_per_fte: 5000,
    loonstijging_percentage: 2,
    vacature_trede: null,
  });
}

// --- 1. the loonsom at scale ----------------------------------------------------------------------

async function schaalCases(handle: DatabaseHandle): Promise<BenchCase[]> {
  const db = handle.db;
  const engine = handle.engine === 'postgresql' ? 'PostgreSQL' : 'PGlite';
  await migrateToLatest(db as never);
  const t0 = performance.now();
  const org = generateDemoOrganisatie({ medewerkers: MEDEWERKERS });
  await loadDemoOrganisatie(db, org);
  await grondslag(db);
  const formatie = formatieVoorOrganisatie(org, {
    begin: `${JAAR}-01-01`,
    vacatureElke: 5,
    id: randomUUID,
  });
  await insertFormatieplaatsen(db, formatie.plaatsen);
  await insertPlaatsingen(db, formatie.plaatsingen);
  await sql`analyze`.execute(db);
  console.log(
    `${MEDEWERKERS} medewerkers, ${org.teams.length} teams, ${formatie.plaatsen.length} formatieplaatsen ` +
      `(${formatie.vacatures} vacant), ${formatie.plaatsingen.length} plaatsingen geladen op ${engine} in ` +
      `${Math.round(performance.now() - t0)} ms`,
  );

  const app = await buildApp({ db, engine: handle.engine });
  await app.ready();
  try {
    const headers = await sessie(db);
    const orgLoonsom = () => app.inject({ url: `/api/v1/organisatie/loonsom?jaar=${JAAR}`, headers });
    const eerste = await orgLoonsom();
    if (eerste.statusCode !== 200)
      throw new Error(`organisatie/loonsom: ${eerste.statusCode} ${eerste.body}`);
    // Budgets as the begroting would set them: this year's loonsom with 2 % room, each year.
    const teams = (eerste.json() as { teams: { teamId: string; jaren: { totaal: number }[] }[] }).teams;
    await insertLoonsombudgetten(
      db,
      teams.flatMap((t) =>
        JAREN.map((jaar) => ({
          team_id: t.teamId,
          jaar,
          bedrag: Math.round((t.jaren[0]?.totaal ?? 0) * 1.02),
        })),
      ),
    );
    await sql`analyze loonsombudget`.execute(db);

    const teamId = await grootsteTeam(db);
    const teamLoonsom = () => app.inject({ url: `/api/v1/teams/${teamId}/loonsom?jaar=${JAAR}`, headers });
    const teamCheck = await teamLoonsom();
    if (teamCheck.statusCode !== 200)
      throw new Error(`team loonsom: ${teamCheck.statusCode} ${teamCheck.body}`);

    // The same figures both ways: the bare query must agree with the API before its time means anything.
    const apiOrg = (await orgLoonsom()).json() as {
      teams: { teamId: string; jaren: { jaar: number; totaal: number }[] }[];
    };
    const verschilOrg = grootsteVerschil(apiOrg.teams, await loonsomPerTeamSql(db, JAREN, JAAR));
    const apiTeam = teamCheck.json() as { jaren: { jaar: number; totaal: number }[] };
    const verschilTeam = grootsteVerschil(
      [{ teamId, jaren: apiTeam.jaren }],
      await loonsomPerTeamSql(db, JAREN, JAAR, teamId),
    );
    if (verschilOrg > 100 || verschilTeam > 100) {
      console.warn(
        `LET OP: de kale query wijkt af van de API (organisatie ${verschilOrg} cent, team ${verschilTeam} cent)`,
      );
    }

    const orgSamples = await meet(ORG_RUNS, orgLoonsom);
    const orgSql = await meet(ORG_RUNS, () => loonsomPerTeamSql(db, JAREN, JAAR));
    const teamSamples = await meet(TEAM_RUNS, teamLoonsom);
    const teamSql = await meet(TEAM_RUNS, () => loonsomPerTeamSql(db, JAREN, JAAR, teamId));

    const n = `${MEDEWERKERS} medewerkers on ${engine}`;
    const scenarioMetingen = await scenarioCases(
      app,
      headers,
      db,
      teams.map((t) => t.teamId),
      n,
    );
    const alle = `organisation loonsom, ${teams.length} teams x 4 years, ${n} (GET /organisatie/loonsom)`;
    const een = `team loonsom, largest team x 4 years, ${n} (GET /teams/{id}/loonsom)`;
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
      {
        case: `bare SQL of the same figures, every team x 4 years, ${n}`,
        metric: 'median',
        value: median(orgSql),
        unit: 'ms',
        better: 'lower',
        runs: ORG_RUNS,
      },
      {
        case: 'organisation loonsom: endpoint / bare SQL (medians, same run)',
        metric: 'ratio',
        value: median(orgSamples) / median(orgSql),
        unit: 'x',
        target: 1.5,
        better: 'lower',
        runs: ORG_RUNS,
      },
      {
        case: 'organisation loonsom: bare SQL against API, largest difference per team-year',
        metric: 'max',
        value: verschilOrg,
        unit: 'cent',
        better: 'lower',
        runs: 1,
      },
      {
        case: een,
        metric: 'median',
        value: median(teamSamples),
        unit: 'ms',
        target: 500,
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
      {
        case: 'team loonsom: endpoint / bare SQL (medians, same run)',
        metric: 'ratio',
        value: median(teamSamples) / median(teamSql),
        unit: 'x',
        target: 1.5,
        better: 'lower',
        runs: TEAM_RUNS,
      },
      {
        case: 'team loonsom: bare SQL against API, largest difference per year',
        metric: 'max',
        value: verschilTeam,
        unit: 'cent',
        better: 'lower',
        runs: 1,
      },
      ...scenarioMetingen,
    ];
  } finally {
    await app.close();
  }
}

async function schaal(url: string | undefined): Promise<{ cases: BenchCase[]; database: string }> {
  const r = await opEigenDatabase(url, 'wendbaar_bench_formatie', schaalCases);
  return { cases: r.uitkomst, database: r.database };
}

// --- 2. the pages of the demo municipality --------------------------------------------------------

async function demoCases(): Promise<{ cases: BenchCase[]; database: string }> {
  const handle = await openDatabase({ engine: 'pglite' });
  try {
    await migrateToLatest(handle.db as never);
    // As `wendbaar start` fills an empty database (src/cli/start.command.ts).
    await loadDemoOrganisatie(handle.db, generateDemoOrganisatie({ medewerkers: 400 }));
    await loadDemoAccounts(handle.db);
    await loadDemoPlanning(handle.db);
    await loadDemoFormatie(handle.db);
    const app = await buildApp({ db: handle.db, engine: 'pglite' });
    await app.ready();
    try {
      const headers = await sessie(handle.db);
      const teamId = await grootsteTeam(handle.db);
      const paginas = [
        '/organisatie/formatie',
        `/teams/${teamId}/formatie`,
        '/organisatie/loonsom',
        `/teams/${teamId}/loonsom`,
        '/salaristabellen',
        '/werkgeverslasten',
      ];
      const cases: BenchCase[] = [];
      for (const pad of paginas) {
        const vraag = () => app.inject({ url: `/api/v1${pad}`, headers });
        const check = await vraag();
        if (check.statusCode !== 200) throw new Error(`${pad}: ${check.statusCode} ${check.body}`);
        const samples = await meet(PAGINA_RUNS, vraag);
        const naam = `demo municipality (400) on PGlite: GET ${pad.replace(teamId, '{id}')}${pad.includes(teamId) ? ' (largest team)' : ''}`;
        cases.push(
          {
            case: naam,
            metric: 'p95',
            value: percentile(samples, 95),
            unit: 'ms',
            target: 100,
            better: 'lower',
            runs: PAGINA_RUNS,
          },
          {
            case: naam,
            metric: 'median',
            value: median(samples),
            unit: 'ms',
            better: 'lower',
            runs: PAGINA_RUNS,
          },
        );
      }
      return { cases, database: await handle.describe() };
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
  }
}

// --- 3. scenarios and the onderbouwd voorstel at scale ----------------------------------------------

type App = Awaited<ReturnType<typeof buildApp>>;

/** An answer's JSON, or the benchmark stops with what the API said. */
async function ok<T>(
  res: Promise<{ statusCode: number; body: string; json(): unknown }>,
  wat: string,
): Promise<T> {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${wat}: ${r.statusCode} ${r.body}`);
  return r.json() as T;
}

/**
 * Two scenarios for next year on the large organisation, as P&O would make them: one adds a place in
 * each of 20 teams and re-scales 20 places, the other sets the budget of 50 teams. Timed: comparing
 * both side by side with the live formatie (GET /scenario-vergelijking, target ≤ 1 s), freezing a
 * voorstel (POST /scenarios/{id}/voorstellen: the behoefte of four quarters and the comparison), and
 * generating its DOCX from the frozen snapshot (GET /voorstellen/{id}/document, target ≤ 3 s).
 */
async function scenarioCases(
  app: App,
  headers: Record<string, string>,
  db: Kysely<Database>,
  teamIds: string[],
  n: string,
): Promise<BenchCase[]> {
  const json = { ...headers, 'content-type': 'application/json' };
  const peildatum = `${JAAR + 1}-01-01`;
  const maak = (naam: string) =>
    ok<{ id: string; versie: number }>(
      app.inject({ method: 'POST', url: '/api/v1/scenarios', headers: json, payload: { naam, peildatum } }),
      'scenario maken',
    );
  const wijzig = (id: string, payload: Record<string, unknown>) =>
    ok(
      app.inject({ method: 'POST', url: `/api/v1/scenarios/${id}/wijzigingen`, headers: json, payload }),
      'wijziging',
    );
  const a = await maak('Bench: plaatsen erbij en herschaald');
  const b = await maak('Bench: budgetten');
  const plaatsen = await db
    .selectFrom('formatieplaats')
    .select(['id', 'fte'])
    .where('einddatum', 'is', null)
    .orderBy('id')
    .limit(20)
    .execute();
  for (const teamId of teamIds.slice(0, 20))
    await wijzig(a.id, {
      soort: 'plaats-toevoegen',
      teamId,
      functieNaam: 'Adviseur',
      salarisschaal: '10',
      fte: 1,
      plaatssoort: 'structureel',
      financiering: 'regulier',
      ingangsdatum: peildatum,
    });
  for (const p of plaatsen)
    await wijzig(a.id, {
      soort: 'plaats-herschalen',
      formatieplaatsId: p.id,
      fte: Number(p.fte) + 1,
      ingangsdatum: peildatum,
    });
  for (const teamId of teamIds.slice(0, 50))
    await wijzig(b.id, { soort: 'budget-wijzigen', teamId, jaar: JAAR + 1, bedrag: 1_000_000 });

  const vergelijk = () =>
    ok(
      app.inject({ url: `/api/v1/scenario-vergelijking?scenarios=${a.id},${b.id}`, headers }),
      'vergelijking',
    );
  const vergelijkingen = await meet(options.small ? 2 : 10, vergelijk);

  const huidig = await ok<{ versie: number }>(
    app.inject({ url: `/api/v1/scenarios/${a.id}`, headers }),
    'scenario',
  );
  await ok(
    app.inject({
      method: 'PATCH',
      url: `/api/v1/scenarios/${a.id}`,
      headers: { ...json, 'if-match': `"${huidig.versie}"` },
      payload: {
        voorstelteksten: {
          aanleiding: 'Benchmark: de formatie van volgend jaar.',
          gevraagdBesluit: 'Instemmen met de wijzigingen.',
        },
      },
    }),
    'voorstelteksten',
  );
  const t = performance.now();
  const voorstel = await ok<{ id: string }>(
    app.inject({ method: 'POST', url: `/api/v1/scenarios/${a.id}/voorstellen`, headers }),
    'voorstel maken',
  );
  const bevriezen = performance.now() - t;
  const docx = () =>
    app.inject({ url: `/api/v1/voorstellen/${voorstel.id}/document?formaat=docx`, headers }).then((r) => {
      if (r.statusCode !== 200) throw new Error(`docx: ${r.statusCode}`);
    });
  const documenten = await meet(options.small ? 2 : 10, docx);
  return [
    {
      case: `comparing two scenarios with the live formatie (40 and 50 wijzigingen), ${n} (GET /scenario-vergelijking)`,
      metric: 'median',
      value: median(vergelijkingen),
      unit: 'ms',
      target: 1000,
      better: 'lower',
      runs: vergelijkingen.length,
    },
    {
      case: `freezing an onderbouwd voorstel (behoefte of four quarters and the comparison), ${n} (POST /scenarios/{id}/voorstellen)`,
      metric: 'once',
      value: bevriezen,
      unit: 'ms',
      better: 'lower',
      runs: 1,
    },
    {
      case: `generating the DOCX onderbouwd voorstel from its snapshot, ${n} (GET /voorstellen/{id}/document)`,
      metric: 'median',
      value: median(documenten),
      unit: 'ms',
      target: 3000,
      better: 'lower',
      runs: documenten.length,
    },
  ];
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url)
  console.log(
    'Geen PostgreSQL (BENCH_DATABASE_URL/TEST_DATABASE_URL/DATABASE_URL): de schaalmeting op PGlite.',
  );
const groot = await schaal(url);
const demo = await demoCases();
report(
  'formatie',
  describeMachine(groot.database === demo.database ? demo.database : `${groot.database}; ${demo.database}`),
  [...groot.cases, ...demo.cases],
  options,
);
process.exit(0);
