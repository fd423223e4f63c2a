import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { laadSalaristabelBestand, leesSalaristabelOpties } from './salaristabel.command';

let database: TestDatabase;
let map: string;
beforeAll(async () => {
  database = await createTestDatabase();
  map = await mkdtemp(join(tmpdir(), 'wendbaar-salaristabel-'));
});
afterAll(async () => {
  await database.close();
  await rm(map, { recursive: true, force: true });
});

const tabellen = () => database.db.selectFrom('salaristabel').selectAll().execute();

describe('wendbaar salaristabel laden', () => {
  it('loads a CSV file and records it in the audit log as systeem', async () => {
    const bestand = join(map, 'tabel.csv');
    await writeFile(bestand, 'schaal;trede;bedrag\r\n10;0;3.400,00\r\n10;1;3.500,00\r\n');
    const { id, aantal } = await laadSalaristabelBestand(
      database.db,
      leesSalaristabelOpties({ bestand, geldigVanaf: '2026-07-01', naam: 'Voorbeeld juli' }),
    );
    expect(aantal).toBe(2);
    expect(await tabellen()).toEqual([
      expect.objectContaining({ id, naam: 'Voorbeeld juli', geldig_vanaf: '2026-07-01' }),
    ]);
    const audit = await database.db.selectFrom('audit_log').selectAll().where('object_id', '=', id).execute();
    expect(audit.map((a) => [a.actie, a.actor])).toEqual([['CLI salaristabel laden', 'systeem']]);
  });

  it('names every bad row and loads nothing', async () => {
    const bestand = join(map, 'fout.csv');
    await writeFile(bestand, 'schaal;trede;bedrag\n10;0;3400\n10;x;3500\n11;0;nul\n');
    const opties = leesSalaristabelOpties({ bestand, geldigVanaf: '2027-01-01', naam: undefined });
    await expect(laadSalaristabelBestand(database.db, opties)).rejects.toThrow(
      'De salaristabel is niet geladen; er is niets veranderd. Verbeter het bestand:\n  Rij 3, kolom trede:',
    );
    await expect(laadSalaristabelBestand(database.db, opties)).rejects.toThrow('Rij 4, kolom bedrag:');
    expect(await tabellen()).toHaveLength(1);
  });

  it('refuses bad options with every problem named', () => {
    expect(() =>
      leesSalaristabelOpties({ bestand: 'tabel.pdf', geldigVanaf: '2026-13-01', naam: undefined }),
    ).toThrow(
      'Het bestand is een .csv of een .xlsx.\nGeef de datum waarop de tabel ingaat met --geldig-vanaf JJJJ-MM-DD.',
    );
  });
});
