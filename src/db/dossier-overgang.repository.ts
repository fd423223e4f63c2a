import type { Insertable, Kysely } from 'kysely';
import type { Database, DossierOvergangTable } from './schema';

/** A dossier is an opgave or a bestuursopdracht; its steps are recorded under the matching column. */
export type DossierSleutel = { opgave_id: string } | { bestuursopdracht_id: string };

/** Every step a dossier took, in the order taken, with the name of the account that took it. */
export function findDossierOvergangen(db: Kysely<Database>, dossier: DossierSleutel) {
  const [kolom, id] =
    'opgave_id' in dossier
      ? (['opgave_id', dossier.opgave_id] as const)
      : (['bestuursopdracht_id', dossier.bestuursopdracht_id] as const);
  return db
    .selectFrom('dossier_overgang as d')
    .leftJoin('account as a', 'a.id', 'd.account_id')
    .select(['d.van', 'd.naar', 'd.toelichting', 'd.op', 'a.naam as door'])
    .where(`d.${kolom}`, '=', id)
    .orderBy('d.id')
    .execute();
}

export async function insertDossierOvergang(
  db: Kysely<Database>,
  rij: Omit<Insertable<DossierOvergangTable>, 'id' | 'op'>,
): Promise<void> {
  await db.insertInto('dossier_overgang').values(rij).execute();
}
