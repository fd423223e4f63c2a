import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Config, describeDatabaseTarget } from '../config';
import { BackupFout } from '../db/backup';
import { maakBackupBestand } from '../services/backup.service';
import { CliError } from './cli-error';
import { formatAantal, formatSeconden } from './format';
import { openConfiguredDatabase } from './open-database';

/** `wendbaar-backup-20260315-143000.jsonl.gz`: sorts by time, says what it is. */
export function standaardBackupNaam(nu: Date = new Date()): string {
  const t = nu.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `wendbaar-backup-${t}.jsonl.gz`;
}

/**
 * `wendbaar backup [--uit BESTAND]`: every table and the schema version in one file, from one
 * consistent snapshot. On PostgreSQL it runs beside the server; a PGlite folder is held by the
 * running server, so there the backup comes from the server itself (GET /api/v1/beheer/backup).
 */
export async function runBackup(config: Config, { uit }: { uit?: string }): Promise<void> {
  const pad = resolve(uit ?? standaardBackupNaam());
  const target = config.database;
  // Opening a PGlite folder that is not there would make a new, empty one where a path was mistyped.
  if (target.engine === 'pglite' && !existsSync(join(resolve(target.dataDir), 'PG_VERSION'))) {
    throw new CliError(
      `In ${resolve(target.dataDir)} staat geen Wendbaar-database. Geef de map met WENDBAAR_DATA_DIR ` +
        'of een PostgreSQL-database met DATABASE_URL.',
    );
  }
  const start = performance.now();
  // Reading needs no audit key; one is never created for a backup.
  const handle = await openConfiguredDatabase(config, { sleutelAanmaken: false });
  try {
    const afdruk = await maakBackupBestand(handle.db, pad, {
      bron: `${describeDatabaseTarget(config)} (${await handle.describe()})`,
    });
    const rijen = Object.values(afdruk.tabellen).reduce((s, t) => s + t.rijen, 0);
    console.log(
      `Back-up geschreven naar ${pad}: ${Object.keys(afdruk.tabellen).length} tabellen, ` +
        `${formatAantal(rijen)} rijen, schemaversie ${afdruk.schemaversie} ` +
        `(${formatAantal(Math.round(statSync(pad).size / 1024))} kB, ${formatSeconden(performance.now() - start)}).`,
    );
  } catch (error) {
    if (error instanceof BackupFout) throw new CliError(error.message);
    throw error;
  } finally {
    await handle.close();
  }
}
