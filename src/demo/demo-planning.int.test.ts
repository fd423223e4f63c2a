import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import type { Database } from '../db/schema';
import { listBestuursopdrachten } from '../services/bestuursopdracht.service';
import { listOpgaven } from '../services/opgave.service';
import { portfolio } from '../services/portfolio.service';
import { loadDemoAccounts } from './demo-accounts';
import { loadDemoOrganisatie } from './demo-loader';
import { generateDemoOrganisatie } from './demo-organisatie';
import { loadDemoPlanning } from './demo-planning';

// The demo's plans go through the services, so every rule holds; this checks that a first start
// gets a budget, result goals with hours, and agile dossiers in several states.
describe(onEngine('loadDemoPlanning'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    await loadDemoOrganisatie(db, generateDemoOrganisatie({ medewerkers: 400, peildatum: '2026-11-26' }));
    await loadDemoAccounts(db);
  });

  afterAll(async () => {
    await testDatabase?.close();
  });

  it('fills the budget, result goals, inzet and the agile portfolio', async () => {
    await loadDemoPlanning(db, '2026-11-26');
    const tel = async (tabel: keyof Database) =>
      Number(
        (
          await db
            .selectFrom(tabel)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await tel('begrotingsprogramma')).toBe(3);
    // Every basisteam plans its regular work: 21 teams, two or three goals each, in this quarter
    // and the five around it (four before, one after) for a year of werkdruk (issue 14).
    expect(await tel('resultaatdoel')).toBe(44 * 6);
    expect(await tel('inzet')).toBeGreaterThan(5);
    expect((await listOpgaven(db, {})).map((o) => [o.titel, o.status]).sort()).toEqual([
      ['Jongeren met schulden', 'signalering'],
      ['Netcongestie op bedrijventerreinen', 'verkenning'],
      ['Warmtenet Oost', 'aanpak'],
    ]);
    expect((await listBestuursopdrachten(db)).map((b) => [b.titel, b.status]).sort()).toEqual([
      ['Eén gezin, één plan', 'in-uitvoering'],
      ['Regionale energiestrategie 2.0', 'ter-besluitvorming'],
      ['Wijkaanpak Zuid', 'concept'],
    ]);
    const p = await portfolio(db, '2026-Q4', '2027-Q3');
    expect(p.totalen[0]!.uren).toBe(240 + 120 + 200 + 300 + 160);
    expect(p.mijlpalen.length).toBeGreaterThan(0);
  });

  it('tells the story of a leaver with hours still planned after the last day (a signal)', async () => {
    // Loaded in the test above; the leaver hands in notice two weeks after the demo's date.
    const na = await db
      .selectFrom('inzet')
      .innerJoin('medewerker', 'medewerker.id', 'inzet.medewerker_id')
      .select(['medewerker.uit_dienst', 'inzet.tot'])
      .where('medewerker.uit_dienst', '=', '2026-12-10')
      .execute();
    expect(na.length).toBeGreaterThan(0);
    expect(na.every((r) => r.tot > '2026-12-10')).toBe(true);
  });
});
