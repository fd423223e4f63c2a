import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect';
import { neemSlot } from './pglite-slot';
import type { Database } from './schema';

export type Engine = 'pglite' | 'postgresql';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** e.g. "postgresql 15.18" or "pglite (postgresql 17.5)" */
  describe(): Promise<string>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { engine: 'postgresql'; url: string }
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob };

// Dates stay 'YYYY-MM-DD' strings (a date has no time zone); numerics become numbers.
const parseNumeric = (v: string) => Number(v);
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, parseNumeric);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Opens the database: PostgreSQL when a URL is given, else PGlite in a data folder (or in memory). */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.engine === 'postgresql') {
    // JIT off: the capacity rollups are costed high enough to trigger it, and compiling them took
    // longer (seconds) than running them; Wendbaar's queries are many and short.
    const pool = new pg.Pool({ connectionString: target.url, max: 10, options: '-c jit=off' });
    // An idle connection can be closed by the server (restart, failover, a dropped database). The pool
    // discards it and opens a new one when needed; without this listener Node would end the process.
    pool.on('error', (error) => {
      process.emitWarning(`PostgreSQL sloot een ongebruikte verbinding: ${error.message}`);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'postgresql',
      describe: () => describe(db, 'postgresql'),
      close: () => db.destroy(),
    };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  // PGlite locks nothing itself: a second process on the folder would write beside the first and lose
  // its writes. Claimed before opening, so a refusal comes at once and touches nothing.
  const slot = target.dataDir ? neemSlot(target.dataDir) : null;
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      ...(target.dataDir ? { dataDir: target.dataDir } : {}),
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
      extensions: { btree_gist },
      relaxedDurability: false,
      parsers: {
        [types.DATE]: (v: string) => v,
        [types.NUMERIC]: parseNumeric,
        [types.INT8]: (v: string) => Number(v),
      },
    });
  } catch (error) {
    slot?.release();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    engine: 'pglite',
    describe: () => describe(db, 'pglite'),
    close: async () => {
      try {
        await db.destroy();
      } finally {
        slot?.release();
      }
    },
  };
}

async function describe(db: Kysely<Database>, engine: Engine): Promise<string> {
  const r = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db);
  const version = r.rows[0]?.v.split(' ')[0] ?? '?';
  return engine === 'postgresql' ? `postgresql ${version}` : `pglite (postgresql ${version})`;
}
