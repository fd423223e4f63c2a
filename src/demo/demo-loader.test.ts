import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrator';
import type { Database } from '../db/schema';
import { countOrganisatie, loadDemoOrganisatie } from './demo-loader';
import { generateDemoOrganisatie } from './demo-organisatie';

/*
 * The loader against a real database: PGlite in memory, and PostgreSQL as well when
 * TEST_DATABASE_URL is set. On PostgreSQL the test works in a schema of its own, so it can empty
 * the organisation tables without touching data of tests running next to it.
 */
const engines = [
  { name: 'pglite', url: undefined },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgresql', url: process.env.TEST_DATABASE_URL }] : []),
];

const peildatum = '2025-03-14';

describe.each(engines)('loadDemoOrganisatie on $name', ({ url }) => {
  let handle: DatabaseHandle;
  let db: Kysely<Database>;
  let schema: string | undefined;

  beforeAll(async () => {
    if (url) {
      schema = `demo_loader_${randomBytes(4).toString('hex')}`;
      const admin = await openDatabase({ engine: 'postgresql', url });
      await sql`create schema ${sql.id(schema)}`.execute(admin.db);
      await admin.close();
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema},public`);
      handle = await openDatabase({ engine: 'postgresql', url: scoped.toString() });
    } else {
      handle = await openDatabase({ engine: 'pglite' });
    }
    db = handle.db;
    await migrateToLatest(db as unknown as Kysely<unknown>);
  }, 60_000);

  afterAll(async () => {
    if (schema) await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
    await handle?.close();
  });

  it('loads the demo municipality and the database accepts every row', async () => {
    const org = generateDemoOrganisatie({ medewerkers: 400, peildatum });
    const geladen = await loadDemoOrganisatie(db, org);
    expect(await countOrganisatie(db)).toEqual(geladen);
    expect(geladen.medewerker).toBe(400);
    expect(geladen.team).toBe(22);
    expect(geladen.medewerker_expertise).toBe(org.medewerker_expertise.length);

    const gs = await db
      .selectFrom('leiderschap')
      .innerJoin('medewerker', 'medewerker.id', 'leiderschap.medewerker_id')
      .select(['medewerker.schaal', 'leiderschap.team_soort'])
      .where('gemeentesecretaris', '=', true)
      .execute();
    expect(gs).toEqual([{ schaal: 16, team_soort: 'directie' }]);
  });

  it('leaves the organisation as it was when a row is refused', async () => {
    const voor = await countOrganisatie(db);
    const org = generateDemoOrganisatie({ medewerkers: 60, seed: 3, peildatum });
    org.contracturen.at(-1)!.uren_per_week = 41;
    await expect(loadDemoOrganisatie(db, org, { vervang: true })).rejects.toThrow();
    expect(await countOrganisatie(db)).toEqual(voor);
  });

  it('replaces the organisation with vervang', async () => {
    const org = generateDemoOrganisatie({ medewerkers: 1200, seed: 9, peildatum });
    const geladen = await loadDemoOrganisatie(db, org, { vervang: true });
    expect(await countOrganisatie(db)).toEqual(geladen);
    const namen = await db.selectFrom('medewerker').select('personeelsnummer').orderBy('personeelsnummer').execute();
    expect(namen).toHaveLength(1200);
    expect(namen[0]!.personeelsnummer).toBe('P10001');
  });

  it('refuses a second organisation on top of the first without vervang', async () => {
    const org = generateDemoOrganisatie({ medewerkers: 400, peildatum });
    await expect(loadDemoOrganisatie(db, org)).rejects.toThrow();
  });
});
