import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ControlledTransaction, Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { isApiRoute } from './auth.plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The database this request works on: on a write, its one transaction (which its audit record
     * shares, see audit.plugin.ts); on a read, the pool. Route handlers hand this to the services
     * and never hold a database of their own.
     */
    db: Kysely<Database>;
    /** The write transaction while it is open; the audit plugin commits or rolls it back. */
    transactie: ControlledTransaction<Database> | null;
  }
  interface FastifyContextConfig {
    /**
     * 'eigen': the route is the documented exception and runs without the request transaction
     * (its handler's writes commit one by one); see docs/architecture.md, "One transaction per write".
     */
    transactie?: 'eigen';
  }
}

const SCHRIJVEN = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Does this request get a transaction of its own? Every write on the API, except the exceptions. */
export function krijgtTransactie(request: FastifyRequest): boolean {
  return (
    SCHRIJVEN.has(request.method) &&
    isApiRoute(request.routeOptions.url) &&
    request.routeOptions.config.transactie !== 'eigen'
  );
}

/**
 * One transaction per write request. It opens after the request passed the policy check and its
 * validation (so a refused or invalid request costs no transaction), every statement of the handler
 * runs in it, and the audit plugin appends the audit record inside it and commits both together
 * just before the answer leaves, or rolls back on an error answer. A change therefore never
 * commits without its audit record. Should a request end without an answer (the client went away),
 * the transaction is rolled back here, so it can never hold PGlite's one connection.
 */
export function registerTransactie(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('db', null as unknown as Kysely<Database>);
  app.decorateRequest('transactie', null);
  app.addHook('onRequest', async (request) => {
    request.db = db;
  });
  app.addHook('preHandler', async (request) => {
    if (!krijgtTransactie(request)) return;
    const transactie = await db.startTransaction().execute();
    request.transactie = transactie;
    request.db = transactie;
  });
  const ruimOp = async (request: FastifyRequest) => {
    const transactie = request.transactie;
    if (!transactie) return;
    request.transactie = null;
    request.db = db;
    await transactie.rollback().execute();
  };
  app.addHook('onResponse', ruimOp);
  app.addHook('onRequestAbort', ruimOp);
}

/**
 * Ends the request's transaction: on success the audit record is written inside it and both commit;
 * on an error answer it rolls back. Called by the audit plugin's onSend hook. A failure to append or
 * commit rolls back and throws, which Fastify answers as a 500 (nothing changed, and the attempt is
 * audited outside the transaction as failed).
 */
export async function sluitTransactie(
  request: FastifyRequest,
  db: Kysely<Database>,
  gelukt: boolean,
  audit: (transactie: Kysely<Database>) => Promise<void>,
): Promise<boolean> {
  const transactie = request.transactie;
  if (!transactie) return false;
  request.transactie = null;
  request.db = db;
  if (!gelukt) {
    await transactie.rollback().execute();
    return false;
  }
  try {
    await audit(transactie);
    await transactie.commit().execute();
  } catch (error) {
    await transactie
      .rollback()
      .execute()
      .catch(() => undefined);
    throw error;
  }
  return true;
}
