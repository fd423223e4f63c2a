import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Config, describeDatabaseTarget } from '../config';
import { AppRolError, verleenAppRechten } from '../db/app-rechten';
import { laatsteSleutelId } from '../db/audit.repository';
import { BackupFout } from '../db/backup';
import { herstelBackupBestand } from '../services/backup.service';
import { richtAuditIn } from './audit-anker';
import { CliError } from './cli-error';
import { formatAantal, formatSeconden } from './format';
import { openConfiguredDatabase } from './open-database';

/**
 * `wendbaar restore BESTAND [--app-rol ROL]`: reads a backup into an empty database, in one
 * transaction; a file of an older Wendbaar is migrated up, one of a newer Wendbaar refused. On
 * PostgreSQL run it as the owner role, like migrate; `--app-rol` then gives the application role its
 * rights, as `migrate --app-rol` does.
 */
export async function runRestore(
  config: Config,
  { bestand, appRol }: { bestand?: string; appRol?: string },
): Promise<void> {
  if (!bestand) throw new CliError('Welk bestand? Gebruik: wendbaar restore <bestand>');
  if (appRol !== undefined && config.database.engine === 'pglite') {
    throw new CliError(
      '--app-rol geldt alleen voor PostgreSQL (DATABASE_URL): PGlite kent maar één gebruiker.',
    );
  }
  const pad = resolve(bestand);
  if (!existsSync(pad)) throw new CliError(`Het bestand ${pad} bestaat niet.`);
  const start = performance.now();
  // No key is made here: a new key would not fit the restored audit log (see the check below).
  const handle = await openConfiguredDatabase(config, { sleutelAanmaken: false });
  try {
    console.log(`Database: ${describeDatabaseTarget(config)} (${await handle.describe()})`);
    const uitkomst = await herstelBackupBestand(handle.db, pad);
    console.log(
      `Hersteld uit ${pad}: ${uitkomst.tabellen} tabellen, ${formatAantal(uitkomst.rijen)} rijen, ` +
        `schemaversie ${uitkomst.schemaversie} (${formatSeconden(performance.now() - start)}).`,
    );
    if (uitkomst.bijgewerkt.length > 0) {
      console.log(`Daarna bijgewerkt naar de huidige versie: ${uitkomst.bijgewerkt.join(', ')}`);
    }
    if (appRol !== undefined) {
      await verleenAppRechten(handle.db, appRol);
      console.log(
        `Rechten gegeven aan ${appRol}: lezen en schrijven in het register; op audit_log alleen lezen en toevoegen.`,
      );
    }
    waarschuwVoorSleutel(config, await laatsteSleutelId(handle.db));
  } catch (error) {
    if (error instanceof BackupFout || error instanceof AppRolError) throw new CliError(error.message);
    throw error;
  } finally {
    await handle.close();
  }
}

/** The audit log is only verifiable with the key it was written with: say so when that key is not set. */
function waarschuwVoorSleutel(config: Config, inGebruik: string | null): void {
  if (inGebruik === null) return;
  const ingesteld = richtAuditIn(config, { aanmaken: false }).sleutel;
  if (ingesteld?.id === inGebruik) return;
  console.warn(
    `Let op: het auditlog is vastgelegd met sleutel ${inGebruik}, maar ${ingesteld ? `de ingestelde sleutel is ${ingesteld.id}` : 'er is hier geen sleutel ingesteld'}. ` +
      'Zet dezelfde sleutel als op de oude installatie (WENDBAAR_AUDIT_SLEUTEL, of het sleutelbestand <datamap>.audit-sleutel) ' +
      'voordat u Wendbaar start; anders weigert de server te starten en is het auditlog niet te controleren.',
  );
}
