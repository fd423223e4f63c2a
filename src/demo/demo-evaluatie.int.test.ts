import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import { findMedewerkerVanAccount } from '../db/evaluatie.repository';
import type { Database } from '../db/schema';
import { getEvaluatie, listEvaluaties } from '../services/evaluatie.service';
import { evaluatieWerkVoor } from '../services/mijn-werk-evaluatie';
import { loadDemoAccounts } from './demo-accounts';
import { loadDemoEvaluatie } from './demo-evaluatie';
import { demoGebruiker } from './demo-gebruiker';
import { loadDemoOrganisatie } from './demo-loader';
import { generateDemoOrganisatie } from './demo-organisatie';
import { loadDemoProgramma } from './demo-programma';

// The demo's evaluaties: phase 1 evaluated and vastgesteld with one action done and one overdue
// (on the demo medewerker's Mijn werk), and a concept for the running phase 4; loaded once.
describe(onEngine('loadDemoEvaluatie'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;
  const nu = new Date('2026-12-06T12:00:00Z');

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    await loadDemoOrganisatie(db, generateDemoOrganisatie({ medewerkers: 400, peildatum: '2026-11-26' }));
    await loadDemoAccounts(db);
    await loadDemoProgramma(db, nu);
    await loadDemoEvaluatie(db, nu);
    await loadDemoEvaluatie(db, nu);
  });
  afterAll(async () => {
    await testDatabase?.close();
  });

  it('holds a vastgestelde evaluation of phase 1 with a done and an overdue action, and a concept', async () => {
    const g = demoGebruiker('demo');
    const { resultaten } = await listEvaluaties(db, g, {}, nu);
    expect(resultaten).toHaveLength(2);
    const vast = resultaten.find((e) => e.status === 'vastgesteld')!;
    expect(vast.onderwerp).toMatchObject({ soort: 'fase', naam: expect.stringMatching(/^Fase 1: /) });
    expect(vast.acties).toEqual({ open: 1, gereed: 1, verlopen: 1 });
    const e = await getEvaluatie(db, g, vast.id, nu);
    expect(e.bevindingen.length).toBeGreaterThan(0);
    expect(e.vragen.every((v) => v.antwoord !== '')).toBe(true);
    expect(e.vastgesteld).not.toBeNull();
    const concept = resultaten.find((x) => x.status === 'concept')!;
    expect(concept.onderwerp.naam).toMatch(/^Fase 4: /);
  });

  it('puts the overdue action on the demo medewerker’s Mijn werk', async () => {
    const medewerkerId = (await findMedewerkerVanAccount(db, 'medewerker@demo-gemeente.nl'))!;
    const werk = await evaluatieWerkVoor(db, { medewerkerId }, '2026-12-06');
    expect(werk).toHaveLength(1);
    expect(werk[0]).toMatchObject({ soort: 'dossierstap', vervaldatum: '2026-11-22' });
  });
});
