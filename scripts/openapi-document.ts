/**
 * The OpenAPI document as the running app serves it, for the scripts that check or use the API
 * contract (`npm run lint:api`, `npm run api:types`).
 *
 * Taken from the app itself without a network server or a database on disk: an in-memory PGlite
 * database, the migrations, buildApp and `inject` on /api/v1/openapi.json. The server's modules are
 * imported lazily, so a script that reads a document from a file never starts the app.
 */
import type { Kysely } from 'kysely';

/** Published behind TLS at the municipality's public address, as in production. */
const PUBLIEKE_URL = 'https://wendbaar.gemeente.nl';

/** The document's JSON text, exactly as GET /api/v1/openapi.json answers it. */
export async function openApiFromApp(): Promise<string> {
  const { openDatabase } = await import('../src/db/connect');
  const { migrateToLatest } = await import('../src/db/migrator');
  const { buildApp } = await import('../src/http/app');
  const database = await openDatabase({ engine: 'pglite' });
  try {
    await migrateToLatest(database.db as unknown as Kysely<unknown>);
    const app = await buildApp({
      db: database.db,
      engine: database.engine,
      logger: false,
      publiekeUrl: PUBLIEKE_URL,
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      if (res.statusCode !== 200) {
        throw new Error(`GET /api/v1/openapi.json answered ${res.statusCode}: ${res.body.slice(0, 500)}`);
      }
      return res.body;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
