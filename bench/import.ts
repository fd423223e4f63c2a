/**
 * bench/import — import from the HR system at municipal scale (issue 16, "a 25,000-row file goes from
 * upload to dry-run report in ≤ 30 s on this machine").
 *
 * The 25,000-medewerker generated organisation is loaded; then a file is written the way an AFAS
 * export looks (BOM, semicolons, decimal commas, dd-mm-jjjj dates) with one row per medewerker in
 * service: one in ten with other contract hours, one in twenty moved to another basisteam (not the
 * leaders: the directie needs leadership), the rest as they are. Timed through the real HTTP stack
 * with a P&O session (Fastify inject): POST /api/v1/import-bestanden (read the file, suggest the
 * mapping) plus POST /api/v1/import-proeven (plan against the whole state, the report) — the upload
 * to dry-run path the web page takes; and once, the commit (POST /api/v1/imports), no target.
 *
 * PostgreSQL comes from BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL (a server URL; the
 * benchmark creates and drops its own database); without one it runs on PGlite. `--small` uses 400
 * medewerkers and one run (CI runs it; it must stay quick).
 */
import { type Kysely, sql } from 'kysely';
import { insertAccount } from '../src/db/account.repository';
import type { DatabaseHandle } from '../src/db/connect';
import { migrateToLatest } from '../src/db/migrator';
import type { Database } from '../src/db/schema';
import { loadDemoOrganisatie } from '../src/demo/demo-loader';
import { generateDemoOrganisatie } from '../src/demo/demo-organisatie';
import { vandaag } from '../src/domain/datum';
import { buildApp } from '../src/http/app';
import { maakSessie } from '../src/services/auth.service';
import { opEigenDatabase } from './lib/bench-database';
import { readBenchOptions } from './lib/options';
import { type BenchCase, describeMachine, report } from './lib/report';
import { median } from './lib/stats';

const options = readBenchOptions();
const MEDEWERKERS = options.small ? 400 : 25_000;
const RUNS = options.small ? 1 : 3;
const NU = vandaag();

async function sessie(db: Kysely<Database>) {
  const id = await insertAccount(
    db,
    { e_mail: 'bench-import@example.nl', naam: 'Bench', medewerker_id: null, wachtwoord_hash: null },
    ['po'],
  );
  const { token, gebruiker } = await maakSessie(db, id, 'oidc', { ip: null, userAgent: null });
  return {
    cookie: `wendbaar_sessie=${token}`,
    'x-csrf-token': gebruiker.csrfToken,
    'content-type': 'application/json',
  };
}

const nlDatum = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** The AFAS-style export of everyone in service today, with a share of changes. */
async function maakBestand(db: Kysely<Database>): Promise<{ csv: string; rijen: number }> {
  const r = await sql<{
    personeelsnummer: string;
    voornaam: string;
    tussenvoegsel: string | null;
    achternaam: string;
    e_mail: string;
    functie: string;
    schaal: number;
    trede: number;
    in_dienst: string;
    team: string;
    uren: string;
    leidt: boolean;
  }>`
    select m.personeelsnummer, m.voornaam, m.tussenvoegsel, m.achternaam, m.e_mail, m.functie, m.schaal, m.trede,
           to_char(m.in_dienst, 'YYYY-MM-DD') as in_dienst, t.naam as team, c.uren_per_week::text as uren,
           exists (select 1 from leiderschap ls where ls.medewerker_id = m.id) as leidt
      from medewerker m
      join teamlidmaatschap l on l.medewerker_id = m.id and l.ingangsdatum <= ${NU}::date and (l.einddatum is null or l.einddatum >= ${NU}::date)
      join team t on t.id = l.team_id
      join contracturen c on c.medewerker_id = m.id and c.ingangsdatum <= ${NU}::date and (c.einddatum is null or c.einddatum >= ${NU}::date)
     where m.in_dienst <= ${NU}::date and (m.uit_dienst is null or m.uit_dienst >= ${NU}::date)
       -- Who has a change planned after today is left out: moving them today would conflict with it.
       and not exists (select 1 from teamlidmaatschap x where x.medewerker_id = m.id and x.ingangsdatum > ${NU}::date)
       and not exists (select 1 from contracturen x where x.medewerker_id = m.id and x.ingangsdatum > ${NU}::date)
       and not exists (select 1 from leiderschap x where x.medewerker_id = m.id and x.ingangsdatum > ${NU}::date)
     order by m.personeelsnummer`.execute(db);
  const basisteams = (
    await db
      .selectFrom('team')
      .select('naam')
      .where('soort', '=', 'basisteam')
      .where('opgeheven_op', 'is', null)
      .orderBy('naam')
      .execute()
  ).map((t) => t.naam);
  const regels = r.rows.map((m, i) => {
    const ander =
      !m.leidt && i % 20 === 7 ? basisteams[(basisteams.indexOf(m.team) + 1) % basisteams.length]! : m.team;
    const uren = i % 10 === 3 ? (Number(m.uren) === 24 ? 28.5 : 24) : Number(m.uren);
    return [
      m.personeelsnummer,
      m.voornaam,
      m.tussenvoegsel ?? '',
      m.achternaam,
      m.e_mail,
      m.functie,
      m.schaal,
      m.trede,
      nlDatum(m.in_dienst),
      ander,
      String(uren).replace('.', ','),
    ]
      .map((w) => (String(w).includes(';') ? `"${w}"` : String(w)))
      .join(';');
  });
  const kop =
    'Persnr;Roepnaam;Voorvoegsel;Achternaam;E-mail;Functie;Schaal;Trede;Datum in dienst;Afdeling;Uren per week';
  return { csv: `\ufeff${kop}\r\n${regels.join('\r\n')}\r\n`, rijen: regels.length };
}

async function cases(handle: DatabaseHandle): Promise<BenchCase[]> {
  const db = handle.db;
  const engine = handle.engine === 'postgresql' ? 'PostgreSQL' : 'PGlite';
  await migrateToLatest(db as never);
  const t0 = performance.now();
  await loadDemoOrganisatie(db, generateDemoOrganisatie({ medewerkers: MEDEWERKERS }));
  await sql`analyze`.execute(db);
  const { csv, rijen } = await maakBestand(db);
  const inhoud = Buffer.from(csv, 'utf8').toString('base64');
  console.log(
    `${MEDEWERKERS} medewerkers geladen op ${engine} in ${Math.round(performance.now() - t0)} ms; bestand ${rijen} rijen, ${Math.round(csv.length / 1024)} kB`,
  );
  const app = await buildApp({ db, engine: handle.engine });
  await app.ready();
  try {
    const headers = await sessie(db);
    const post = async (url: string, body: unknown) => {
      const res = await app.inject({ method: 'POST', url, headers, payload: JSON.stringify(body) });
      if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 500)}`);
      return res.json();
    };
    const basis = { bestandsnaam: 'afas-export.csv', inhoud, soort: 'medewerkers' };
    const lezen: number[] = [];
    const proef: number[] = [];
    const totaal: number[] = [];
    let rapport:
      | { aantallen: Record<string, number>; problemen: { code: string; melding: string }[] }
      | undefined;
    for (let i = 0; i < RUNS; i++) {
      const a = performance.now();
      const bestand = await post('/api/v1/import-bestanden', basis);
      const b = performance.now();
      rapport = await post('/api/v1/import-proeven', { ...basis, koppeling: bestand.voorgesteldeKoppeling });
      const c = performance.now();
      lezen.push(b - a);
      proef.push(c - b);
      totaal.push(c - a);
    }
    console.log(`proefimport: ${JSON.stringify(rapport?.aantallen)}`);
    for (const p of rapport?.problemen.slice(0, 5) ?? []) console.log(`  ${p.code}: ${p.melding}`);
    const d = performance.now();
    const door = await post('/api/v1/imports', basis);
    const doorvoeren = performance.now() - d;
    console.log(`doorgevoerd: ${JSON.stringify(door.aantallen)}`);
    const n = `${rijen} rows, ${MEDEWERKERS} medewerkers on ${engine}`;
    return [
      {
        case: `import upload to dry-run report, ${n} (POST /import-bestanden + /import-proeven)`,
        metric: 'median',
        value: median(totaal),
        unit: 'ms',
        target: 30_000,
        better: 'lower',
        runs: RUNS,
      },
      {
        case: `import read file and suggest mapping, ${n}`,
        metric: 'median',
        value: median(lezen),
        unit: 'ms',
        better: 'lower',
        runs: RUNS,
      },
      {
        case: `import dry run (plan and report), ${n}`,
        metric: 'median',
        value: median(proef),
        unit: 'ms',
        better: 'lower',
        runs: RUNS,
      },
      {
        case: `import commit, ${n} (POST /imports)`,
        metric: 'single',
        value: doorvoeren,
        unit: 'ms',
        better: 'lower',
        runs: 1,
      },
    ];
  } finally {
    await app.close();
  }
}

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url)
  console.log('Geen PostgreSQL (BENCH_DATABASE_URL/TEST_DATABASE_URL/DATABASE_URL): de meting op PGlite.');
const r = await opEigenDatabase(url, 'wendbaar_bench_import', cases);
report('import', describeMachine(r.database), r.uitkomst, options);
