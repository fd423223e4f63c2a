import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import type { Database } from '../db/schema';
import { budgetOverzicht, medewerkerPlannen, teamPlannen } from '../services/ontwikkeling.service';
import { loadDemoAccounts } from './demo-accounts';
import { demoGebruiker } from './demo-gebruiker';
import { loadDemoOrganisatie } from './demo-loader';
import { loadDemoOntwikkeling } from './demo-ontwikkeling';
import { generateDemoOrganisatie } from './demo-organisatie';

// The demo's development: plans for most people (the demo medewerker's included), team and
// leadership plans, and budgets with room in most teams and an overrun in some.
describe(onEngine('loadDemoOntwikkeling'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;
  const nu = '2026-11-26';
  const po = demoGebruiker('po', { rollen: ['po'] });

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    await loadDemoOrganisatie(db, generateDemoOrganisatie({ medewerkers: 400, peildatum: nu }));
    await loadDemoAccounts(db);
    await loadDemoOntwikkeling(db, nu);
  });
  afterAll(async () => {
    await testDatabase?.close();
  });

  it('gives the demo medewerker a plan, every team a team plan and every leader a leadership plan', async () => {
    const account = await db
      .selectFrom('account')
      .select(['id', 'medewerker_id'])
      .where('e_mail', '=', 'medewerker@demo-gemeente.nl')
      .executeTakeFirstOrThrow();
    const eigen = await medewerkerPlannen(db, po, account.medewerker_id!, 2026);
    expect(eigen.resultaten).toHaveLength(1);
    expect(eigen.resultaten[0]!.activiteiten.length).toBeGreaterThan(0);
    const teams = await db.selectFrom('team').select('id').where('soort', '=', 'basisteam').execute();
    const plan = await teamPlannen(db, po, teams[0]!.id, 2026);
    expect(plan.resultaten.map((p) => p.soort)).toContain('team');
    expect(plan.resultaten.map((p) => p.soort)).toContain('leiderschap');
    const aantal = await db
      .selectFrom('ontwikkelplan')
      .select(db.fn.countAll<number>().as('n'))
      .where('soort', '=', 'medewerker')
      .where('jaar', '=', 2026)
      .executeTakeFirstOrThrow();
    expect(Number(aantal.n)).toBeGreaterThan(200);
  });

  it('has budgets for this year and next, some teams over them, and a kadernota request', async () => {
    const o = await budgetOverzicht(db, po, 2026);
    expect(o.teams.every((t) => t.budget !== null)).toBe(true);
    expect(o.teams.some((t) => (t.ruimte ?? 0) < 0)).toBe(true);
    expect(o.teams.filter((t) => (t.ruimte ?? 0) > 0).length).toBeGreaterThan(o.teams.length / 2);
    expect(o.kadernota!.bedrag).toBeGreaterThan(o.kadernota!.gepland);
    const volgend = await budgetOverzicht(db, po, 2027);
    expect(volgend.totaal!.budget).toBeGreaterThan(o.totaal!.budget!);
  });
});
