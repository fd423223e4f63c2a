import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import * as repo from '../db/raadsbrief.repository';
import type { Database } from '../db/schema';
import { bestandHash } from '../reports/raadsbrief-inhoud';
import { listRaadsbrieven, maakDocument, raadsbriefDocument } from '../services/raadsbrief.service';
import { loadDemoAccounts } from './demo-accounts';
import { demoGebruiker } from './demo-gebruiker';
import { loadDemoOrganisatie } from './demo-loader';
import { generateDemoOrganisatie } from './demo-organisatie';
import { loadDemoProgramma } from './demo-programma';
import { DEMO_RAADSBRIEF_ONDERWERP, loadDemoRaadsbrief } from './demo-raadsbrief';

// The demo's raadsbrief: one letter, sent, citing a snapshot that holds the programme; its stored
// documents are what regenerating from the snapshot gives, byte for byte; loaded once.
describe(onEngine('loadDemoRaadsbrief'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;
  const nu = new Date('2026-12-06T12:00:00Z');
  const or = demoGebruiker('or', { rollen: ['or'] });

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    await loadDemoOrganisatie(db, generateDemoOrganisatie({ medewerkers: 120, peildatum: '2026-11-26' }));
    await loadDemoAccounts(db);
    await loadDemoProgramma(db, nu);
    await loadDemoRaadsbrief(db, nu);
    await loadDemoRaadsbrief(db, nu);
  }, 240_000);
  afterAll(async () => {
    await testDatabase?.close();
  });

  it('holds one sent letter that the OR reads, with the programme in its snapshot', async () => {
    const { resultaten } = await listRaadsbrieven(db, or);
    expect(resultaten).toHaveLength(1);
    const b = resultaten[0]!;
    expect(b).toMatchObject({ onderwerp: DEMO_RAADSBRIEF_ONDERWERP, status: 'verzonden' });
    expect(b.vastgesteld?.door).toBeTruthy();
    expect(b.documenten.map((d) => d.formaat)).toEqual(['docx', 'pdf']);
    const m = await repo.findMomentopname(db, b.momentopname!.id);
    const inhoud = m!.inhoud as { veranderprogramma: { fasen: unknown[]; themas: unknown[] } | null };
    expect(inhoud.veranderprogramma?.fasen).toHaveLength(6);
    expect(inhoud.veranderprogramma?.themas).toHaveLength(8);
  });

  it('regenerates from its snapshot exactly the documents stored as sent', async () => {
    const [rij] = await repo.findRaadsbrieven(db, {});
    for (const formaat of ['docx', 'pdf'] as const) {
      const opgeslagen = await raadsbriefDocument(db, or, rij!.id, formaat);
      const opnieuw = await maakDocument(db, rij!, formaat);
      expect(bestandHash(opnieuw)).toBe(bestandHash(opgeslagen.inhoud));
      expect(opgeslagen.bestandsnaam).toBe(`${rij!.documentnummer}.${formaat}`);
    }
  });
});
