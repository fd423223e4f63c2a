import { type Kysely, sql } from 'kysely';
import { migration0001 } from './migrations/0001_organisatie';
import { migration0002 } from './migrations/0002_toegang';
import { migration0003 } from './migrations/0003_beschikbaarheid';
import { migration0004 } from './migrations/0004_resultaatdoelen';
import { migration0005 } from './migrations/0005_wendbaar';
import { migration0006 } from './migrations/0006_inzetverzoeken';
import type { Migration } from './migrations/migration';

export type { Migration } from './migrations/migration';

/** Every migration, oldest first. Append only: a landed migration is never edited. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
];

/**
 * Brings the schema up to date. An advisory lock keeps two processes starting on one PostgreSQL
 * from migrating at the same time; each migration commits or rolls back as a whole.
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(7301)`.execute(conn);
    try {
      await sql`create table if not exists schema_migratie (
        naam text primary key,
        uitgevoerd_op timestamptz not null default now()
      )`.execute(conn);
      const done = await sql<{ naam: string }>`select naam from schema_migratie`.execute(conn);
      const doneNames = new Set(done.rows.map((r) => r.naam));
      for (const migration of migrations) {
        if (doneNames.has(migration.name)) continue;
        await conn.transaction().execute(async (trx) => {
          for (const statement of migration.statements) await sql.raw(statement).execute(trx);
          await sql`insert into schema_migratie (naam) values (${migration.name})`.execute(trx);
        });
        applied.push(migration.name);
      }
    } finally {
      await sql`select pg_advisory_unlock(7301)`.execute(conn);
    }
  });
  return applied;
}
