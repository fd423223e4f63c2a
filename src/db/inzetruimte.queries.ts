import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * The team figure behind the room for agile work (src/services/inzetruimte.service.ts) that the
 * availability queries do not give: each team's reservering for robust work. (Each person's
 * non-productive share is now summed per day by the availability queries themselves.)
 */

/** Each existing team of `teamIds` with its reservering for robust work (null: the organisation's). */
export async function findReserveringen(
  db: Kysely<Database>,
  teamIds: readonly string[],
): Promise<{ id: string; robuust_reservering: number | null }[]> {
  return db
    .selectFrom('team')
    .select(['id', 'robuust_reservering'])
    .where('id', 'in', [...teamIds])
    .execute();
}
