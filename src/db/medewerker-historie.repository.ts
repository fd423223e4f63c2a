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

/**
 * Whether the medewerker holds a leadership role (directeur or teamleider) on a date: what makes
 * someone a member of the directie (src/domain/basisteam.ts).
 */
export async function leidtOp(db: Kysely<Database>, medewerkerId: string, datum: string): Promise<boolean> {
  const r = await db
    .selectFrom('leiderschap')
    .select('id')
    .where('medewerker_id', '=', medewerkerId)
    .where('ingangsdatum', '<=', datum)
    .where((eb) => eb.or([eb('einddatum', 'is', null), eb('einddatum', '>=', datum)]))
    .executeTakeFirst();
  return r !== undefined;
}

/** How many days back a change may take effect without a reason (an organisation setting). */
export async function findTerugwerkendeDagen(db: Kysely<Database>): Promise<number | undefined> {
  const r = await db
    .selectFrom('instelling')
    .select('waarde')
    .where('sleutel', '=', 'terugwerkendeDagen')
    .executeTakeFirst();
  return r === undefined ? undefined : Number(r.waarde);
}
