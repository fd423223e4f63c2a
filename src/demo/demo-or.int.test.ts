import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import type { Database } from '../db/schema';
import { opschortingstermijn } from '../domain/or-termijnen';
import { listOrVerzoeken } from '../services/or-dossier.service';
import { listOverleggen } from '../services/or-overleg.service';
import { demoGebruiker } from './demo-gebruiker';
import { loadDemoOr } from './demo-or';

// The demo's OR-dossier: an advice with a deviating decision whose suspension still runs, a consent
// request awaiting the OR, one meeting; loaded once.
describe(onEngine('loadDemoOr'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;
  const nu = new Date('2026-12-06T12:00:00Z');
  const or = demoGebruiker('or', { rollen: ['or'] });

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    await loadDemoOr(db, nu);
    await loadDemoOr(db, nu);
  });
  afterAll(async () => {
    await testDatabase?.close();
  });

  it('holds two procedures and a meeting, the advice suspended until a month after the OR was told', async () => {
    const { resultaten } = await listOrVerzoeken(db, or, nu);
    expect(resultaten.map((v) => [v.soort, v.status])).toEqual(
      expect.arrayContaining([
        ['advies', 'besluit-genomen'],
        ['instemming', 'ingediend'],
      ]),
    );
    expect(resultaten).toHaveLength(2);
    const advies = resultaten.find((v) => v.soort === 'advies')!;
    expect(advies.termijnen.uitvoerbaar).toEqual({
      soort: 'opgeschort',
      vanaf: opschortingstermijn('2026-12-01').uitvoerbaarVanaf,
      grond: null,
    });
    expect(advies.mag.afstandVanOpschorting).toBe(true);
    const instemming = resultaten.find((v) => v.soort === 'instemming')!;
    expect(instemming.mag.reageren).toBe(true);
    const overleggen = (await listOverleggen(db, or, nu)).resultaten;
    expect(overleggen).toHaveLength(1);
    expect(overleggen[0]!.agenda.filter((p) => p.verzoek)).toHaveLength(2);
  });
});
