import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../src/db/migrator';
import { createTestDatabase, type TestDatabase } from './database';
import { currentEngine, onEngine } from './engine';

describe(onEngine('createTestDatabase'), () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    first = await createTestDatabase();
    second = await createTestDatabase();
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('opens the engine under test', async () => {
    expect(first.engine).toBe(currentEngine());
    const r = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(first.db);
    expect(r.rows[0]?.v).toMatch(/^\d+/);
  });

  it('hands out a migrated database: every migration recorded, the organisation tables empty', async () => {
    const applied = await sql<{ naam: string }>`select naam from schema_migratie order by naam`.execute(
      first.db,
    );
    expect(applied.rows.map((r) => r.naam)).toEqual((await loadMigrations()).map((m) => m.name).sort());
    for (const tabel of ['team', 'medewerker', 'teamlidmaatschap', 'contracturen', 'expertise'] as const) {
      const r = await first.db
        .selectFrom(tabel)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      expect(Number(r?.n), tabel).toBe(0);
    }
  });

  it('keeps two databases apart: a row written in one is not seen in the other', async () => {
    await first.db.insertInto('team').values({ naam: 'Alleen in de eerste', soort: 'basisteam' }).execute();
    const inFirst = await first.db.selectFrom('team').select('naam').execute();
    const inSecond = await second.db.selectFrom('team').select('naam').execute();
    expect(inFirst.map((t) => t.naam)).toEqual(['Alleen in de eerste']);
    expect(inSecond).toEqual([]);
  });

  it('reads dates back as YYYY-MM-DD strings and numerics as numbers, as the app does', async () => {
    const r = await sql<{
      d: unknown;
      n: unknown;
    }>`select date '2024-02-29' as d, 32.5::numeric(5,2) as n`.execute(second.db);
    expect(r.rows[0]).toEqual({ d: '2024-02-29', n: 32.5 });
  });

  it('refuses two overlapping team memberships of one medewerker (exclusion constraint, 23P01)', async () => {
    const { db } = second;
    const team = await sql<{ id: string }>`
      insert into team (naam, soort) values ('Vergunningen', 'basisteam') returning id`.execute(db);
    const teamId = team.rows[0]!.id;
    const medewerker = await sql<{ id: string }>`
      insert into medewerker (personeelsnummer, voornaam, achternaam, e_mail, functie, schaal, trede, in_dienst)
      values ('P001', 'Sanne', 'Jansen', 'sanne.jansen@example.nl', 'Beleidsmedewerker', 10, 5, '2020-01-01')
      returning id`.execute(db);
    const medewerkerId = medewerker.rows[0]!.id;

    await sql`insert into teamlidmaatschap (medewerker_id, team_id, ingangsdatum, einddatum)
      values (${medewerkerId}, ${teamId}, '2024-01-01', '2024-06-30')`.execute(db);
    // Ends on the day the next one starts: one day in two teams.
    const overlap = sql`insert into teamlidmaatschap (medewerker_id, team_id, ingangsdatum)
      values (${medewerkerId}, ${teamId}, '2024-06-30')`.execute(db);
    await expect(overlap).rejects.toMatchObject({ code: '23P01' });

    // The day after is fine: history continues without a gap or an overlap.
    await sql`insert into teamlidmaatschap (medewerker_id, team_id, ingangsdatum)
      values (${medewerkerId}, ${teamId}, '2024-07-01')`.execute(db);
    const rows = await db.selectFrom('teamlidmaatschap').select(['ingangsdatum', 'einddatum']).execute();
    expect(rows.sort((a, b) => a.ingangsdatum.localeCompare(b.ingangsdatum))).toEqual([
      { ingangsdatum: '2024-01-01', einddatum: '2024-06-30' },
      { ingangsdatum: '2024-07-01', einddatum: null },
    ]);
  });
});

describe(onEngine('createTestDatabase close'), () => {
  // Only PostgreSQL has databases to drop; on PGlite the test is not registered at all.
  const itOnPostgres = currentEngine() === 'postgresql' ? it : () => {};
  itOnPostgres('drops the PostgreSQL database it created', async () => {
    const database = await createTestDatabase();
    const r = await sql<{ name: string }>`select current_database() as name`.execute(database.db);
    const name = r.rows[0]!.name;
    expect(name).toMatch(/^wendbaar_test_[0-9a-f]{12}$/);
    await database.close();
    const other = await createTestDatabase();
    try {
      const found = await sql`select 1 from pg_database where datname = ${name}`.execute(other.db);
      expect(found.rows).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('closes without error and can be asked twice', async () => {
    const database = await createTestDatabase();
    await database.close();
    await expect(database.close()).resolves.toBeUndefined();
  });
});
