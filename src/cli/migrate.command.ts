import { type Config, describeDatabaseTarget } from '../config';
import { AppRolError, verleenAppRechten } from '../db/app-rechten';
import { CliError } from './cli-error';
import { migrate, openConfiguredDatabase } from './open-database';

/**
 * `wendbaar migrate`: brings the schema up to date and says what it applied. With `appRol` (run as
 * the owner role on PostgreSQL) it then gives that application role its rights, the tables a
 * migration just added included, so an upgrade is one command (docs/deployment.md).
 */
export async function runMigrate(config: Config, { appRol }: { appRol?: string } = {}): Promise<void> {
  if (appRol !== undefined && config.database.engine === 'pglite') {
    throw new CliError(
      '--app-rol geldt alleen voor PostgreSQL (DATABASE_URL): PGlite kent maar één gebruiker, het proces zelf.',
    );
  }
  const handle = await openConfiguredDatabase(config);
  try {
    console.log(`Database: ${describeDatabaseTarget(config)} (${await handle.describe()})`);
    const applied = await migrate(handle);
    if (applied.length === 0) console.log('De database is al bijgewerkt; er was niets te doen.');
    else console.log(`Uitgevoerd: ${applied.join(', ')}`);
    if (appRol !== undefined) {
      try {
        await verleenAppRechten(handle.db, appRol);
      } catch (error) {
        if (error instanceof AppRolError) throw new CliError(error.message);
        throw error;
      }
      console.log(
        `Rechten gegeven aan ${appRol}: lezen en schrijven in het register; op audit_log alleen lezen en toevoegen.`,
      );
    }
  } finally {
    await handle.close();
  }
}
