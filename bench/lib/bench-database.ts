import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../src/db/connect';

/**
 * Runs `fn` on a database of its own: a fresh database `naam` on the PostgreSQL server at `url`
 * (dropped afterwards), or an in-memory PGlite without one. What the benchmark measured and on what
 * engine it ran come back together, for the report.
 */
export async function opEigenDatabase<T>(
  url: string | undefined,
  naam: string,
  fn: (handle: DatabaseHandle) => Promise<T>,
): Promise<{ uitkomst: T; database: string }> {
  if (!url) {
    const handle = await openDatabase({ engine: 'pglite' });
    try {
      return { uitkomst: await fn(handle), database: await handle.describe() };
    } finally {
      await handle.close();
    }
  }
  const beheer = new pg.Client({ connectionString: url });
  await beheer.connect();
  await beheer.query(`drop database if exists ${naam} with (force)`);
  await beheer.query(`create database ${naam}`);
  const doel = new URL(url);
  doel.pathname = `/${naam}`;
  const handle = await openDatabase({ engine: 'postgresql', url: doel.toString() });
  try {
    return { uitkomst: await fn(handle), database: await handle.describe() };
  } finally {
    await handle.close();
    await beheer.query(`drop database if exists ${naam} with (force)`).catch(() => {});
    await beheer.end();
  }
}
