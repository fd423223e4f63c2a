import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/database';
import { currentEngine, onEngine } from '../../test/helpers/engine';

describe(onEngine('the PostgreSQL pool'), () => {
  it.skipIf(currentEngine() !== 'postgresql')(
    'survives the server closing an idle connection (restart, failover) and opens a new one',
    async () => {
      const t = await createTestDatabase();
      // The same role as the pool's (the app role where there is one): a role may end its own backends.
      const beheer = new pg.Client({
        connectionString: process.env.TEST_DATABASE_APP_URL ?? process.env.TEST_DATABASE_URL,
      });
      try {
        const eerst = await sql<{ pid: number; db: string }>`
          select pg_backend_pid() as pid, current_database() as db`.execute(t.db);
        const { pid } = eerst.rows[0]!;
        // The pool's connection is idle now; end it from outside, as a server restart would.
        await beheer.connect();
        await beheer.query('select pg_terminate_backend($1)', [pid]);
        await new Promise((klaar) => setTimeout(klaar, 300));
        const daarna = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(t.db);
        expect(daarna.rows[0]!.pid).not.toBe(pid);
      } finally {
        await beheer.end();
        await t.close();
      }
    },
  );
});
