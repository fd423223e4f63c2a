import type { Insertable, Kysely } from 'kysely';
import type { BestuurlijkeAmbitieTable, Database } from './schema';

/** Bestuurlijke ambities by title: all of them, or the one with this id. */
export function findAmbities(db: Kysely<Database>, id?: string) {
  let q = db.selectFrom('bestuurlijke_ambitie').selectAll().orderBy('titel');
  if (id) q = q.where('id', '=', id);
  return q.execute();
}

/** The opgaven linked to these ambities, by title (ambitieIds must not be empty). */
export function findAmbitieOpgaven(db: Kysely<Database>, ambitieIds: string[]) {
  return db
    .selectFrom('ambitie_opgave as k')
    .innerJoin('opgave as o', 'o.id', 'k.opgave_id')
    .select(['k.ambitie_id', 'o.id', 'o.titel', 'o.status'])
    .where('k.ambitie_id', 'in', ambitieIds)
    .orderBy('o.titel')
    .execute();
}

/** The bestuursopdrachten that serve these ambities, by title (ambitieIds must not be empty). */
export function findAmbitieBestuursopdrachten(db: Kysely<Database>, ambitieIds: string[]) {
  return db
    .selectFrom('bestuursopdracht')
    .select(['ambitie_id', 'id', 'titel', 'status'])
    .where('ambitie_id', 'in', ambitieIds)
    .orderBy('titel')
    .execute();
}

export async function insertAmbitie(
  db: Kysely<Database>,
  rij: Insertable<BestuurlijkeAmbitieTable>,
): Promise<string> {
  const { id } = await db
    .insertInto('bestuurlijke_ambitie')
    .values(rij)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Replaces the opgaven an ambitie is linked to by exactly these (duplicates count once). */
export async function replaceAmbitieOpgaven(
  db: Kysely<Database>,
  ambitieId: string,
  opgaveIds: string[],
): Promise<void> {
  await db.deleteFrom('ambitie_opgave').where('ambitie_id', '=', ambitieId).execute();
  const uniek = [...new Set(opgaveIds)];
  if (uniek.length > 0)
    await db
      .insertInto('ambitie_opgave')
      .values(uniek.map((o) => ({ ambitie_id: ambitieId, opgave_id: o })))
      .execute();
}
