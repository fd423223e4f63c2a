import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import { type DatabaseHandle, openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrator';

/** Opens the configured database; a relative data folder is taken from the working directory. */
export function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  const target = config.database;
  return openDatabase(
    target.engine === 'pglite' ? { engine: 'pglite', dataDir: resolve(target.dataDir) } : target,
  );
}

/** Brings the schema up to date; returns the names of the migrations it applied. */
export function migrate(handle: DatabaseHandle): Promise<string[]> {
  // The migrator takes an untyped Kysely because migrations run before the tables exist.
  return migrateToLatest(handle.db as unknown as Kysely<unknown>);
}
