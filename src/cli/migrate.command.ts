import { type Config, describeDatabaseTarget } from '../config';
import { migrate, openConfiguredDatabase } from './open-database';

/** `wendbaar migrate`: brings the schema up to date and says what it applied. */
export async function runMigrate(config: Config): Promise<void> {
  const handle = await openConfiguredDatabase(config);
  try {
    console.log(`Database: ${describeDatabaseTarget(config)} (${await handle.describe()})`);
    const applied = await migrate(handle);
    if (applied.length === 0) console.log('De database is al bijgewerkt; er was niets te doen.');
    else console.log(`Uitgevoerd: ${applied.join(', ')}`);
  } finally {
    await handle.close();
  }
}
