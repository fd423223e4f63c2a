import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** The tables a request may point into by id. */
export type VerwijsbareTabel =
  | 'medewerker'
  | 'programma'
  | 'expertise'
  | 'team'
  | 'bestuurlijke_ambitie'
  | 'opgave'
  | 'begrotingsprogramma';

/** Whether `tabel` has a row with this id. */
export async function existsRij(db: Kysely<Database>, tabel: VerwijsbareTabel, id: string): Promise<boolean> {
  const rij = await db.selectFrom(tabel).select('id').where('id', '=', id).executeTakeFirst();
  return rij !== undefined;
}

/** The name parts of medewerkers by id, in one query (ids must not be empty). */
export function findPersoonNamen(db: Kysely<Database>, ids: string[]) {
  return db
    .selectFrom('medewerker')
    .select(['id', 'voornaam', 'tussenvoegsel', 'achternaam'])
    .where('id', 'in', ids)
    .execute();
}
