import type { Engine } from '../../src/db/connect';

/**
 * The database engine the current test project runs on. vitest.config.ts sets TEST_ENGINE per
 * project: `integration-pglite` runs on PGlite in-process, `integration-postgresql` on the server
 * in TEST_DATABASE_URL. Outside those projects (a single file run by hand) PGlite is the default.
 */
export function currentEngine(): Engine {
  const value = process.env.TEST_ENGINE ?? 'pglite';
  if (value !== 'pglite' && value !== 'postgresql') {
    throw new Error(`TEST_ENGINE must be 'pglite' or 'postgresql', not '${value}'`);
  }
  if (value === 'postgresql' && !process.env.TEST_DATABASE_URL) {
    throw new Error('TEST_ENGINE=postgresql needs TEST_DATABASE_URL (a PostgreSQL role with CREATEDB)');
  }
  return value;
}

/** A test title that says which engine it ran on, e.g. `teams [postgresql]`. */
export function onEngine(title: string): string {
  return `${title} [${currentEngine()}]`;
}
