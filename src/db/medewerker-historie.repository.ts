import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * What the history of a medewerker (contract hours, team membership) needs beyond
 * medewerker.repository.ts, which reads and writes the facts themselves.
 */

/** Whether the medewerker exists; a plain read, no lock. */
export async function existsMedewerker(db: Kysely<Database>, id: string): Promise<boolean> {
  const m = await db.selectFrom('medewerker').select('id').where('id', '=', id).executeTakeFirst();
  return m !== undefined;
}
