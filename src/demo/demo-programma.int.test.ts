import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import type { Database } from '../db/schema';
import { veranderprogrammaOverzicht } from '../db/veranderprogramma.repository';
import { getVeranderprogramma } from '../services/veranderprogramma.service';
import { loadDemoAccounts } from './demo-accounts';
import { demoGebruiker } from './demo-gebruiker';
import { loadDemoOrganisatie } from './demo-loader';
import { generateDemoOrganisatie } from './demo-organisatie';
import { loadDemoProgramma } from './demo-programma';

// The demo's veranderprogramma: phases 0–5 (done, running, planned), eight themes each with a
// trekker and a transitieteam whose hours are inzet, actions and milestones with some overdue;
// loaded once.
describe(onEngine('loadDemoProgramma'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;
  const nu = new Date('2026-12-06T12:00:00Z');

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    await loadDemoOrganisatie(db, generateDemoOrganisatie({ medewerkers: 400, peildatum: '2026-11-26' }));
    await loadDemoAccounts(db);
    await loadDemoProgramma(db, nu);
    await loadDemoProgramma(db, nu);
  });
  afterAll(async () => {
    await testDatabase?.close();
  });

  it('carries the phases, eight themes with trekker and team, and overdue work', async () => {
    const p = await getVeranderprogramma(db, demoGebruiker('demo'), nu);
    expect(p.fases.map((f) => [f.volgnummer, f.status])).toEqual([
      [0, 'afgerond'],
      [1, 'afgerond'],
      [2, 'afgerond'],
      [3, 'afgerond'],
      [4, 'lopend'],
      [5, 'gepland'],
    ]);
    expect(p.themas).toHaveLength(8);
    for (const t of p.themas) {
      expect(t.trekker).not.toBeNull();
      expect(t.leden!.length).toBeGreaterThanOrEqual(3);
      expect(t.leden!.length).toBeLessThanOrEqual(5);
      expect(t.acties.length).toBeGreaterThan(0);
    }
    expect(p.themas.filter((t) => t.stand === 'achter').length).toBeGreaterThanOrEqual(3);
    expect(p.themas.some((t) => t.stand === 'op-schema')).toBe(true);
    // The demo medewerker trekt a theme and may manage it.
    const medewerker = await db
      .selectFrom('account')
      .select('medewerker_id')
      .where('e_mail', '=', 'medewerker@demo-gemeente.nl')
      .executeTakeFirstOrThrow();
    expect(p.themas.find((t) => t.naam === 'Koers en cultuur')?.trekker?.id).toBe(medewerker.medewerker_id);
  });

  it('writes every member’s hours as wendbaar inzet on the theme', async () => {
    const leden = await db
      .selectFrom('verander_thema_lid')
      .select(['medewerker_id', 'thema_id', 'uren_per_week'])
      .execute();
    const inzet = await db
      .selectFrom('inzet')
      .select(['medewerker_id', 'verander_thema_id', 'uren_per_week', 'soort'])
      .where('verander_thema_id', 'is not', null)
      .execute();
    expect(inzet).toHaveLength(leden.length);
    expect(inzet.every((i) => i.soort === 'wendbaar')).toBe(true);
    const o = await veranderprogrammaOverzicht(db, '2026-12-06');
    expect(o.themas.reduce((s, t) => s + t.acties.verlopen, 0)).toBeGreaterThan(0);
    expect(o.themas.every((t) => t.aantalLeden >= 3 && t.urenPerWeek > 0)).toBe(true);
  });
});
