import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { currentEngine, onEngine } from '../../test/helpers/engine';
import { loadDemoOrganisatie } from '../demo/demo-loader';
import { generateDemoOrganisatie } from '../demo/demo-organisatie';
import { bereik, feestdagenRond } from '../services/beschikbaarheid.service';
import { findTeamRollup, getInstellingen } from './beschikbaarheid.repository';
import type { Database } from './schema';
import { herbouwWerkdrukCapaciteit, teamCapaciteitPerMaand } from './werkdruk-capaciteit.repository';

// The kept capacity (migration 0026) must equal the rollup computed afresh, after any write of
// anything the rollup reads, by any writer: the writes below are plain SQL, as an import, a
// restore or psql would do them, so only the triggers can have marked the teams.

let testDatabase: TestDatabase;
let db: Kysely<Database>;
let teams: string[] = [];
let mensen: string[] = [];

/** A small deterministic generator: the same writes on every run and engine. */
function willekeurig(seed: number) {
  let s = seed >>> 0;
  const volgende = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    getal: (n: number) => Math.floor(volgende() * n),
    kies: <T>(xs: readonly T[]) => xs[Math.floor(volgende() * xs.length)]!,
  };
}

const VENSTERS = [
  ['2026-01', '2026-12'],
  ['2026-04', '2027-03'],
  ['2025-11', '2026-04'],
] as const;

async function vergelijk(van: string, tot: string) {
  const b = bereik('maand', van, tot);
  const i = await getInstellingen(db);
  const opties = {
    feestdagen: feestdagenRond(b.van, b.tot, i),
    nietProductiefAandeel: i.nietProductiefAandeel,
  };
  const kept = await teamCapaciteitPerMaand(db, {
    maanden: b.perioden,
    teamIds: teams,
    instellingen: (x) => ({
      feestdagen: feestdagenRond(b.van, b.tot, x),
      nietProductiefAandeel: x.nietProductiefAandeel,
    }),
  });
  const vers = (
    await findTeamRollup(db, { perioden: b.perioden, metVraag: true, ...opties, teamIds: teams })
  ).filter((r) => r.team_id !== null && r.periode !== null);
  const sorteer = (rs: typeof vers) =>
    [...rs].sort((a, c) => `${a.team_id}${a.periode}`.localeCompare(`${c.team_id}${c.periode}`));
  // The rollup sums float8 in the order the plan reads the rows, which depends on which teams are
  // in the query: the same team's figure can differ in its last bit between a query for all teams,
  // for half of them (as before this table) or for one. Equal up to that, and every key the same.
  const a = sorteer(kept.rijen);
  const v = sorteer(vers);
  expect(a.map((x) => `${x.team_id} ${x.periode}`)).toEqual(v.map((x) => `${x.team_id} ${x.periode}`));
  const bijna = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  for (const [k, x] of a.entries()) {
    const y = v[k]!;
    for (const veld of ['beschikbaar', 'robuust', 'wendbaar', 'vraag'] as const)
      expect(bijna(x[veld], y[veld]), `${x.team_id} ${x.periode} ${veld}: ${x[veld]} ≠ ${y[veld]}`).toBe(
        true,
      );
  }
  return kept.herberekend;
}

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = testDatabase.db;
  await loadDemoOrganisatie(db, generateDemoOrganisatie({ medewerkers: 60 }));
  const t = await sql<{ id: string }>`
    select id from team where soort = 'basisteam' and opgeheven_op is null order by id`.execute(db);
  teams = t.rows.map((r) => r.id);
  const m = await sql<{ id: string }>`select id from medewerker order by id`.execute(db);
  mensen = m.rows.map((r) => r.id);
  // Goals for every team in 2026, so demand and robust inzet have something to hang on.
  await sql`
    insert into resultaatdoel (team_id, periode, titel, prioriteit, geschatte_uren, status, aangemaakt_op, gewijzigd_op)
    select id, '2026-Q' || q, 'Regulier', 1, 500 + q * 10, 'actief', now(), now()
      from team cross join generate_series(1, 4) q where soort = 'basisteam'`.execute(db);
}, 120_000);

afterAll(async () => {
  await testDatabase?.close();
});

describe(onEngine('werkdruk_capaciteit, kept per team and month'), () => {
  it('is computed once, then read: nothing recomputed without a write', async () => {
    expect(await vergelijk('2026-01', '2026-12')).toBe(teams.length);
    expect(await vergelijk('2026-01', '2026-12')).toBe(0);
  });

  it('equals the rollup computed afresh after random writes to everything it reads', async () => {
    const r = willekeurig(14);
    const schrijf: (() => Promise<unknown>)[] = [
      // Absence: new, changed, removed.
      () =>
        sql`insert into afwezigheid (medewerker_id, week, uren, gewijzigd_op)
            values (${r.kies(mensen)}, ${`2026-W${String(1 + r.getal(52)).padStart(2, '0')}`}, ${1 + r.getal(36)}, now())
            on conflict (medewerker_id, week) do update set uren = excluded.uren`.execute(db),
      () =>
        sql`delete from afwezigheid where ctid in (select ctid from afwezigheid order by medewerker_id, week limit 1 offset ${r.getal(3)})`.execute(
          db,
        ),
      // Contract hours, employment, memberships.
      () =>
        sql`update contracturen set uren_per_week = ${16 + r.getal(24)} where medewerker_id = ${r.kies(mensen)}`.execute(
          db,
        ),
      () =>
        sql`update medewerker set uit_dienst = ${`2026-${String(2 + r.getal(10)).padStart(2, '0')}-15`}::date
             where id = ${r.kies(mensen)} and uit_dienst is null`.execute(db),
      () =>
        sql`update teamlidmaatschap set einddatum = ${`2026-${String(1 + r.getal(11)).padStart(2, '0')}-10`}::date
             where medewerker_id = ${r.kies(mensen)} and einddatum is null`.execute(db),
      () =>
        sql`update teamlidmaatschap set team_id = ${r.kies(teams)}
             where id = (select id from teamlidmaatschap order by id limit 1 offset ${r.getal(20)})`.execute(
          db,
        ),
      // The team's share, its goals, robust inzet on a new goal.
      () =>
        sql`update team set niet_productief_aandeel = ${r.getal(30) / 100} where id = ${r.kies(teams)}`.execute(
          db,
        ),
      () =>
        sql`update resultaatdoel set geschatte_uren = ${100 + r.getal(900)}
             where id = (select id from resultaatdoel order by id limit 1 offset ${r.getal(10)})`.execute(db),
      async () => {
        const m = r.kies(mensen);
        const lid = await sql<{ team_id: string }>`
          select team_id from teamlidmaatschap where medewerker_id = ${m} limit 1`.execute(db);
        const team = lid.rows[0]?.team_id ?? r.kies(teams);
        const doel = await sql<{ id: string }>`
          insert into resultaatdoel (team_id, periode, titel, prioriteit, geschatte_uren, status, aangemaakt_op, gewijzigd_op)
          values (${team}, '2026', 'Extra', 2, 200, 'actief', now(), now()) returning id`.execute(db);
        const week = 1 + r.getal(40);
        await sql`insert into inzet (medewerker_id, soort, resultaatdoel_id, van, tot, uren_per_week)
                  values (${m}, 'robuust', ${doel.rows[0]!.id},
                          to_date(${`2026-${String(week).padStart(2, '0')}`}, 'IYYY-IW'),
                          to_date(${`2026-${String(week + 6).padStart(2, '0')}`}, 'IYYY-IW') + 6, ${4 + r.getal(20)})`.execute(
          db,
        );
      },
      // Settings: the organisation's share and the holidays.
      () =>
        sql`update instelling set waarde = ${JSON.stringify(0.1 + r.getal(10) / 100)}::jsonb, versie = versie + 1
             where sleutel = 'nietProductiefAandeel'`.execute(db),
      () =>
        sql`update instelling set waarde = ${JSON.stringify(r.kies(['jaarlijks', 'lustrum']))}::jsonb, versie = versie + 1
             where sleutel = 'bevrijdingsdag'`.execute(db),
    ];
    for (let stap = 0; stap < 30; stap++) {
      // A write the schema refuses (e.g. leaving before joining) changes nothing: that is fine too.
      await schrijf[r.getal(schrijf.length)]!().catch((e: unknown) => {
        if (!/violates/.test(String(e))) throw e;
      });
      const [van, tot] = r.kies(VENSTERS);
      await vergelijk(van, tot);
    }
  }, 240_000);

  it('a write recomputes only the teams it touches; the rebuild recomputes all', async () => {
    await vergelijk('2026-01', '2026-12');
    const lid = await sql<{ medewerker_id: string; n: number }>`
      select medewerker_id, count(distinct team_id)::int as n from teamlidmaatschap
       group by 1 order by 1 limit 1`.execute(db);
    await sql`insert into afwezigheid (medewerker_id, week, uren, gewijzigd_op)
              values (${lid.rows[0]!.medewerker_id}, '2026-W20', 7, now())
              on conflict (medewerker_id, week) do update set uren = afwezigheid.uren + 1`.execute(db);
    expect(await vergelijk('2026-01', '2026-12')).toBeLessThanOrEqual(lid.rows[0]!.n);
    await herbouwWerkdrukCapaciteit(db);
    expect(await vergelijk('2026-01', '2026-12')).toBe(teams.length);
  });

  it('a write rolled back marks nothing; a truncate marks every team', async () => {
    await vergelijk('2026-01', '2026-12');
    await db
      .transaction()
      .execute(async (trx) => {
        await sql`update contracturen set uren_per_week = 1`.execute(trx);
        throw new Error('terug');
      })
      .catch(() => {});
    expect(await vergelijk('2026-01', '2026-12')).toBe(0);
    // Truncating is an operator's act (the app role may not), as in a restore or psql session.
    await sql`truncate afwezigheid`.execute(testDatabase.eigenaar);
    expect(await vergelijk('2026-01', '2026-12')).toBe(teams.length);
  });

  it.runIf(currentEngine() === 'postgresql')(
    'a write that commits while the heatmap reads is seen by the next read',
    async () => {
      await vergelijk('2026-01', '2026-12');
      const m = mensen[0]!;
      await db.transaction().execute(async (trx) => {
        await sql`update contracturen set uren_per_week = uren_per_week + 1 where medewerker_id = ${m}`.execute(
          trx,
        );
        // Read on another connection while the write is not committed: it must not keep stale rows.
        await vergelijk('2026-01', '2026-12');
      });
      await vergelijk('2026-01', '2026-12');
    },
  );
});
