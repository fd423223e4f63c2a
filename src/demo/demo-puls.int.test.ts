import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import type { Database } from '../db/schema';
import { MIN_GROEPSGROOTTE } from '../domain/puls-anonimiteit';
import { listRondes, mijnRondes, resultaten, trend } from '../services/puls.service';
import { loadDemoAccounts } from './demo-accounts';
import { demoGebruiker } from './demo-gebruiker';
import { loadDemoOrganisatie } from './demo-loader';
import { generateDemoOrganisatie } from './demo-organisatie';
import { DRUKKE_TEAMS, KLEINE_TEAMS, loadDemoPuls } from './demo-puls';

// The demo's pulse: two closed rounds with results per team (and "overig" for the small teams), the
// named teams under pressure, and an open round the demo accounts still have to answer.
describe(onEngine('loadDemoPuls'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;
  const po = demoGebruiker('po', { rollen: ['po'] });

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    await loadDemoOrganisatie(db, generateDemoOrganisatie({ medewerkers: 400, peildatum: '2026-11-26' }));
    await loadDemoAccounts(db);
    await loadDemoPuls(db, new Date('2026-11-26T12:00:00Z'));
  });
  afterAll(async () => {
    await testDatabase?.close();
  });

  it('has two closed rounds with team results, overig, and three teams with a high werkdruk', async () => {
    const rondes = (await listRondes(db, po)).resultaten;
    const gesloten = rondes.filter((r) => r.status === 'gesloten');
    expect(gesloten).toHaveLength(2);
    for (const r of gesloten) {
      const u = await resultaten(db, po, r.id);
      expect(u.teams.length).toBeGreaterThan(12);
      expect(u.overig?.aantal).toBeGreaterThanOrEqual(MIN_GROEPSGROOTTE);
      for (const k of KLEINE_TEAMS) expect(u.teams.some((t) => t.teamNaam === k)).toBe(false);
      const werkdruk = (naam: string) =>
        u.teams.find((t) => t.teamNaam === naam)?.scores.find((s) => s.code === 'werkdruk')?.gemiddelde ?? 0;
      for (const k of DRUKKE_TEAMS) expect(werkdruk(k)).toBeGreaterThanOrEqual(3.5);
      const rest = u.teams.filter((t) => !(DRUKKE_TEAMS as readonly string[]).includes(t.teamNaam));
      for (const t of rest) expect(werkdruk(t.teamNaam)).toBeLessThan(3.5);
      expect(u.openAntwoorden!.length).toBeGreaterThanOrEqual(8);
    }
    const t = await trend(db, po);
    expect(t.rondes).toHaveLength(2);
  });

  it('leaves an open round that the demo medewerker has not answered', async () => {
    const account = await db
      .selectFrom('account')
      .select(['id', 'medewerker_id'])
      .where('e_mail', '=', 'medewerker@demo-gemeente.nl')
      .executeTakeFirstOrThrow();
    const mijn = await mijnRondes(db, demoGebruiker(account.id, { medewerkerId: account.medewerker_id }));
    expect(mijn.resultaten).toHaveLength(1);
    expect(mijn.resultaten[0]).toMatchObject({ beantwoord: false, kanInvullen: true });
  });
});
