import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import { insertBestuursopdracht, updateBestuursopdrachtStatus } from './bestuursopdracht.repository';
import { insertOpgave, updateOpgaveStatus } from './opgave.repository';
import type { Database } from './schema';
import { updateMetVersie } from './versie';

// A step reads the dossier, checks, then writes the new status. Whatever raised the versie in
// between (a stakeholder added, a bevinding) must not be undone: the step raises the versie it
// finds, so no version number (the ETag) is ever handed out twice.
describe(onEngine('a lifecycle step raises the versie it finds'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;
  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
  });
  afterAll(async () => {
    await testDatabase.close();
  });

  const versieVan = async (tabel: 'opgave' | 'bestuursopdracht', id: string) =>
    (await db.selectFrom(tabel).select('versie').where('id', '=', id).executeTakeFirstOrThrow()).versie;

  it('on an opgave', async () => {
    const id = await insertOpgave(db, { titel: 'Versies', status: 'signalering' });
    const gelezen = await versieVan('opgave', id);
    // Meanwhile another request changed it.
    await updateMetVersie(db, 'opgave', id, gelezen, { omschrijving: 'intussen' });
    expect(await updateOpgaveStatus(db, id, 'signalering', 'verkenning')).toBe(true);
    expect(await versieVan('opgave', id)).toBe(gelezen + 2);
  });

  it('on a bestuursopdracht, and not at all once its versie moved on when the step names one', async () => {
    const id = await insertBestuursopdracht(db, {
      titel: 'Versies',
      status: 'concept',
      inhoud: '{}',
      ambitie_id: null,
      programma_id: null,
    });
    const gelezen = await versieVan('bestuursopdracht', id);
    await updateMetVersie(db, 'bestuursopdracht', id, gelezen, { titel: 'Intussen' });
    expect(
      await updateBestuursopdrachtStatus(db, id, { status: 'concept', versie: gelezen }, 'verkend'),
    ).toBe(false);
    expect(await updateBestuursopdrachtStatus(db, id, { status: 'concept' }, 'verkend')).toBe(true);
    expect(await versieVan('bestuursopdracht', id)).toBe(gelezen + 2);
  });
});
