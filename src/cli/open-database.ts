import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import { type DatabaseHandle, openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrator';
import { richtAuditIn } from './audit-anker';

/**
 * Opens the configured database; a relative data folder is taken from the working directory. Sets
 * up the audit key and anchor file first (src/cli/audit-anker.ts), so every record this process
 * appends is keyed; `sleutelAanmaken: false` only reads an existing PGlite key file.
 */
export function openConfiguredDatabase(
  config: Config,
  { sleutelAanmaken = true }: { sleutelAanmaken?: boolean } = {},
): Promise<DatabaseHandle> {
  richtAuditIn(config, { aanmaken: sleutelAanmaken });
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
