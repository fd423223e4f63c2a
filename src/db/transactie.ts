import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * Runs `fn` in a transaction: a new one, or the one `db` already is. A write request gets one
 * transaction from the HTTP layer (src/http/transactie.plugin.ts) that its audit record shares;
 * a service that needs several statements to hold together calls this, so that it is atomic on its
 * own (in tests, the CLI, the demo loader) and joins the request's transaction when it has one.
 * Nothing here catches an error: a failed statement ends the whole transaction.
 */
export function inTransactie<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
