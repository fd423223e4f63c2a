import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import type { Database } from '../db/schema';
import { countOrganisatie, loadDemoOrganisatie } from './demo-loader';
import { generateDemoOrganisatie } from './demo-organisatie';

// The loader against a real database, with its exclusion and foreign-key constraints: does the
// database accept the generated organisation, and does a failure leave nothing behind?
const peildatum = '2025-03-14';

describe(onEngine('loadDemoOrganisatie'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
  });

  afterAll(async () => {
    await testDatabase?.close();
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
    const namen = await db
      .selectFrom('medewerker')
      .select('personeelsnummer')
      .orderBy('personeelsnummer')
      .execute();
    expect(namen).toHaveLength(1200);
    expect(namen[0]!.personeelsnummer).toBe('P10001');
  });

  it('refuses a second organisation on top of the first without vervang', async () => {
    const org = generateDemoOrganisatie({ medewerkers: 400, peildatum });
    await expect(loadDemoOrganisatie(db, org)).rejects.toThrow();
  });
});
