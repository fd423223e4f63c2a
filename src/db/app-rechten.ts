import { type Kysely, sql } from 'kysely';

/**
 * The rights of the application role on PostgreSQL when a separate owner role holds the schema
 * (docs/deployment.md): everything it needs to read and write the register, but on `audit_log` only
 * `select` and `insert`, and on `schema_migratie` only `select`. It does not own any table, so it
 * cannot disable the audit triggers either. Run as the owner, after every migration: a grant on
 * "all tables" covers the tables that exist now, not the ones a later migration adds.
 */
// biome-ignore lint/suspicious/noExplicitAny: called with the app's typed database and the migrator's untyped one
export async function verleenAppRechten(db: Kysely<any>, rol: string): Promise<void> {
  if (!GELDIGE_ROL.test(rol)) {
    throw new AppRolError(`'${rol}' is geen geldige rolnaam: alleen kleine letters, cijfers en _.`);
  }
  const gevonden = await sql<{
    rolname: string;
  }>`select rolname from pg_roles where rolname = ${rol}`.execute(db);
  if (gevonden.rows.length === 0) {
    throw new AppRolError(
      `De rol '${rol}' bestaat niet op deze server; maak die eerst aan (docs/deployment.md).`,
    );
  }
  const eigenaar = await sql<{ eigen: boolean }>`select ${rol} = current_user as eigen`.execute(db);
  if (eigenaar.rows[0]?.eigen) {
    throw new AppRolError(
      `De rol '${rol}' is de rol waarmee u nu migreert (de eigenaar); de applicatierol moet een andere rol zijn.`,
    );
  }
  const id = sql.id(rol);
  await db.connection().execute(async (conn) => {
    await conn.transaction().execute(async (trx) => {
      await sql`grant usage on schema public to ${id}`.execute(trx);
      await sql`grant select, insert, update, delete on all tables in schema public to ${id}`.execute(trx);
      await sql`grant usage, select on all sequences in schema public to ${id}`.execute(trx);
      await sql`revoke update, delete, truncate on audit_log from ${id}`.execute(trx);
      await sql`revoke insert, update, delete, truncate on schema_migratie from ${id}`.execute(trx);
    });
  });
}

/** A role name as an operator types it: checked before it goes into a GRANT. */
const GELDIGE_ROL = /^[a-z_][a-z0-9_]{0,62}$/;

export class AppRolError extends Error {}
