import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findMigrations, loadMigrations, MigrationFolderError } from './migrator';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A migrations folder with these files; a file given as a name only holds its own migration. */
function folderWith(files: Record<string, string | null>): URL {
  const folder = mkdtempSync(join(tmpdir(), 'wendbaar-migraties-'));
  folders.push(folder);
  for (const [file, content] of Object.entries(files)) {
    const naam = file.replace(/\.ts$/, '');
    writeFileSync(
      join(folder, file),
      content ?? `export const migratie = { name: '${naam}', statements: ['select 1'] };\n`,
    );
  }
  return pathToFileURL(`${folder}/`);
}

describe('findMigrations', () => {
  it('finds every NNNN_<naam>.ts in src/db/migrations, numbered from 0001, named after its file', async () => {
    const files = readdirSync(new URL('./migrations/', import.meta.url))
      .filter((file) => /^\d{4}_.*\.ts$/.test(file) && !file.endsWith('.test.ts'))
      .sort();
    const migrations = await loadMigrations();
    expect(migrations.map((m) => `${m.name}.ts`)).toEqual(files);
    expect(migrations.map((m) => Number(m.name.slice(0, 4)))).toEqual(files.map((_, i) => i + 1));
    expect(migrations[0]?.name).toBe('0001_organisatie');
    for (const m of migrations) expect(m.statements.length).toBeGreaterThan(0);
  });

  it('orders by number and leaves other files alone', async () => {
    const folder = folderWith({
      '0002_tweede.ts': null,
      '0001_eerste.ts': null,
      '0003_derde.ts': null,
      'migration.ts': 'export interface Migration { name: string }\n',
      '0003_derde.test.ts': 'throw new Error("never imported");\n',
      'README.md': 'x',
    });
    const migrations = await findMigrations(folder);
    expect(migrations.map((m) => m.name)).toEqual(['0001_eerste', '0002_tweede', '0003_derde']);
  });

  it('takes the one Migration export, whatever its name, default included', async () => {
    const folder = folderWith({
      '0001_eerste.ts': "export const migration0001 = { name: '0001_eerste', statements: ['select 1'] };\n",
      '0002_tweede.ts':
        "export const NAAM = 'x';\nexport default { name: '0002_tweede', statements: ['select 2'] };\n",
    });
    const migrations = await findMigrations(folder);
    expect(migrations).toEqual([
      { name: '0001_eerste', statements: ['select 1'] },
      { name: '0002_tweede', statements: ['select 2'] },
    ]);
  });

  it('refuses two files with one number', async () => {
    const folder = folderWith({ '0001_eerste.ts': null, '0002_a.ts': null, '0002_b.ts': null });
    const error = await findMigrations(folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationFolderError);
    expect((error as Error).message).toContain('0002_a.ts en 0002_b.ts hebben hetzelfde nummer');
  });

  it('refuses a gap in the numbering, and a first migration other than 0001', async () => {
    const gap = folderWith({ '0001_eerste.ts': null, '0003_derde.ts': null });
    await expect(findMigrations(gap)).rejects.toThrow(
      'na 0001_eerste.ts volgt 0003_derde.ts; nummer 0002 ontbreekt',
    );
    const start = folderWith({ '0002_tweede.ts': null });
    await expect(findMigrations(start)).rejects.toThrow(
      'de eerste migratie is 0002_tweede.ts; nummer 0001 ontbreekt',
    );
  });

  it('refuses a file that looks like a migration but is not named NNNN_<naam>.ts', async () => {
    for (const file of ['0002-tweede.ts', '002_tweede.ts', '0002_Tweede.ts', '0002_tweede.sql']) {
      const folder = folderWith({ '0001_eerste.ts': null, [file]: 'x' });
      await expect(findMigrations(folder), file).rejects.toThrow(`${file} heet niet NNNN_<naam>.ts`);
    }
  });

  it('refuses a file without exactly one Migration, or one named otherwise than its file', async () => {
    const geen = folderWith({ '0001_eerste.ts': 'export const x = 1;\n' });
    await expect(findMigrations(geen)).rejects.toThrow('0001_eerste.ts exporteert geen migraties');
    const twee = folderWith({
      '0001_eerste.ts':
        "export const a = { name: '0001_eerste', statements: [] };\nexport const b = { name: '0001_eerste', statements: [] };\n",
    });
    await expect(findMigrations(twee)).rejects.toThrow('0001_eerste.ts exporteert 2 migraties');
    // A copied file whose name was not changed would otherwise count as applied and never run.
    const kopie = folderWith({
      '0001_eerste.ts': null,
      '0002_tweede.ts': "export const m = { name: '0001_eerste', statements: [] };\n",
    });
    await expect(findMigrations(kopie)).rejects.toThrow(
      "de migratie in 0002_tweede.ts heet '0001_eerste'; verwacht: '0002_tweede'",
    );
  });
});
