import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { CliError } from './cli-error';
import { runMigrate } from './migrate.command';

describe('wendbaar migrate --app-rol', () => {
  it('is refused on PGlite before anything is opened: PGlite has one user', async () => {
    const config = readConfig({ WENDBAAR_DATA_DIR: '/nonexistent/wendbaar-test' });
    await expect(runMigrate(config, { appRol: 'wendbaar_app' })).rejects.toThrow(CliError);
    await expect(runMigrate(config, { appRol: 'wendbaar_app' })).rejects.toThrow(/alleen voor PostgreSQL/);
  });
});
