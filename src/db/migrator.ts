import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import type { Migration } from './migrations/migration';

export type { Migration } from './migrations/migration';

/** The migrations, beside this file: found from any working directory. */
const MIGRATIONS_FOLDER = new URL('./migrations/', import.meta.url);

/** `NNNN_<naam>.ts`; the file convention is described in migrations/migration.ts. */
const MIGRATION_FILE = /^(\d{4})_([a-z0-9][a-z0-9_-]*)\.ts$/;

/** The migrations folder does not follow its convention; nothing has been migrated. */
export class MigrationFolderError extends Error {
  override name = 'MigrationFolderError';
}

function isMigration(value: unknown): value is Migration {
  if (typeof value !== 'object' || value === null) return false;
  const { name, statements } = value as Partial<Migration>;
  return (
    typeof name === 'string' && Array.isArray(statements) && statements.every((s) => typeof s === 'string')
  );
}

/**
 * Every migration in the folder, oldest first: the files `NNNN_<naam>.ts`, numbered 0001 onwards
 * without gaps, each exporting one Migration named after its file. Refuses (MigrationFolderError)
 * two files with one number, a missing number, a file that starts with a digit but is not named
 * `NNNN_<naam>.ts`, and a file whose export is not one Migration with the file's name.
 */
export async function findMigrations(folder: URL = MIGRATIONS_FOLDER): Promise<Migration[]> {
  const where = fileURLToPath(folder);
  const fout = (message: string) =>
    new MigrationFolderError(`De migraties in ${where} kloppen niet: ${message}`);

  const entries = await readdir(folder, { withFileTypes: true });
  const files: { number: number; file: string }[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !/^\d/.test(entry.name) || entry.name.endsWith('.test.ts')) continue;
    const match = MIGRATION_FILE.exec(entry.name);
    if (!match) {
      throw fout(
        `${entry.name} heet niet NNNN_<naam>.ts (vier cijfers, een _ en een naam in kleine letters).`,
      );
    }
    files.push({ number: Number(match[1]), file: entry.name });
  }
  files.sort((a, b) => a.number - b.number || a.file.localeCompare(b.file));

  files.forEach(({ number, file }, index) => {
    const expected = index + 1;
    if (number === expected) return;
    const previous = files[index - 1];
    if (previous?.number === number) {
      throw fout(
        `${previous.file} en ${file} hebben hetzelfde nummer; geef de nieuwste het eerstvolgende vrije nummer.`,
      );
    }
    const nummer = String(expected).padStart(4, '0');
    throw fout(
      previous
        ? `na ${previous.file} volgt ${file}; nummer ${nummer} ontbreekt.`
        : `de eerste migratie is ${file}; nummer ${nummer} ontbreekt.`,
    );
  });

  const migrations: Migration[] = [];
  for (const { file } of files) {
    const module: Record<string, unknown> = await import(new URL(file, folder).href);
    // One object exported under two names (say `export default` as well) is still one migration.
    const found = [...new Set(Object.values(module).filter(isMigration))];
    if (found.length !== 1) {
      throw fout(
        `${file} exporteert ${found.length === 0 ? 'geen' : found.length} migraties (een object met name en statements); verwacht: precies één.`,
      );
    }
    const migration = found[0]!;
    const name = file.slice(0, -'.ts'.length);
    if (migration.name !== name) {
      throw fout(`de migratie in ${file} heet '${migration.name}'; verwacht: '${name}' (de bestandsnaam).`);
    }
    migrations.push(migration);
  }
  return migrations;
}

let loaded: Promise<readonly Migration[]> | undefined;

/** Every migration of this version of Wendbaar, oldest first (read from the folder once). */
export function loadMigrations(): Promise<readonly Migration[]> {
  loaded ??= findMigrations();
  return loaded;
}

/**
 * Brings the schema up to date. An advisory lock keeps two processes starting on one PostgreSQL
 * from migrating at the same time; each migration commits or rolls back as a whole. A migrations
 * folder that breaks its convention stops this before anything is migrated.
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrations = await loadMigrations();
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(7301)`.execute(conn);
    try {
      // Looked up first: an application role without CREATE (docs/deployment.md) may start when
      // there is nothing to migrate, and `create table if not exists` needs CREATE even then.
      const bestaat = await sql<{
        t: string | null;
      }>`select to_regclass('schema_migratie')::text as t`.execute(conn);
      if (!bestaat.rows[0]?.t) {
        await sql`create table if not exists schema_migratie (
          naam text primary key,
          uitgevoerd_op timestamptz not null default now()
        )`.execute(conn);
      }
      const done = await sql<{ naam: string }>`select naam from schema_migratie`.execute(conn);
      const doneNames = new Set(done.rows.map((r) => r.naam));
      for (const migration of migrations) {
        if (doneNames.has(migration.name)) continue;
        await conn.transaction().execute(async (trx) => {
          for (const statement of migration.statements) await sql.raw(statement).execute(trx);
          await sql`insert into schema_migratie (naam) values (${migration.name})`.execute(trx);
        });
        applied.push(migration.name);
      }
    } finally {
      await sql`select pg_advisory_unlock(7301)`.execute(conn);
    }
  });
  return applied;
}
