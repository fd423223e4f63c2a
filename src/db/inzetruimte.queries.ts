import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * The two team figures behind the room for agile work (src/services/inzetruimte.service.ts) that
 * the availability queries do not give: each person's team's non-productive share, and each team's
 * reservering for robust work.
 */

/** Per medewerker in a team on `datum`: that team's non-productive share (null: the organisation's). */
export async function findNietProductiefAandelen(
  db: Kysely<Database>,
  medewerkerIds: readonly string[],
  datum: string,
): Promise<{ medewerker_id: string; niet_productief_aandeel: number | null }[]> {
  return db
    .selectFrom('teamlidmaatschap as l')
    .innerJoin('team as t', 't.id', 'l.team_id')
    .select(['l.medewerker_id', 't.niet_productief_aandeel'])
    .where('l.medewerker_id', 'in', [...medewerkerIds])
    .where('l.ingangsdatum', '<=', datum)
    .where((eb) => eb.or([eb('l.einddatum', 'is', null), eb('l.einddatum', '>=', datum)]))
    .execute();
}

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
