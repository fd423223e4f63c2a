import type { Kysely } from 'kysely';
import type { Database } from './schema';

export async function findProgrammas(db: Kysely<Database>, begrotingsjaar?: number) {
  let q = db.selectFrom('begrotingsprogramma').selectAll().orderBy('begrotingsjaar', 'desc').orderBy('code');
  if (begrotingsjaar) q = q.where('begrotingsjaar', '=', begrotingsjaar);
  const programmas = await q.execute();
  const doelen = programmas.length
    ? await db
        .selectFrom('beleidsdoel')
        .selectAll()
        .where(
          'begrotingsprogramma_id',
          'in',
          programmas.map((p) => p.id),
        )
        .orderBy('naam')
        .execute()
    : [];
  return programmas.map((p) => ({
    ...p,
    beleidsdoelen: doelen.filter((d) => d.begrotingsprogramma_id === p.id),
  }));
}

export async function insertProgramma(
  db: Kysely<Database>,
  rij: { begrotingsjaar: number; code: string; naam: string },
) {
  return db.insertInto('begrotingsprogramma').values(rij).returningAll().executeTakeFirstOrThrow();
}

export async function findProgramma(db: Kysely<Database>, id: string) {
  return db.selectFrom('begrotingsprogramma').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertBeleidsdoel(
  db: Kysely<Database>,
  rij: { begrotingsprogramma_id: string; naam: string; omschrijving: string | null },
) {
  return db.insertInto('beleidsdoel').values(rij).returningAll().executeTakeFirstOrThrow();
}

/** Policy goals with the budget year they belong to. */
export async function findBeleidsdoelen(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('beleidsdoel as b')
    .innerJoin('begrotingsprogramma as p', 'p.id', 'b.begrotingsprogramma_id')
    .select(['b.id', 'b.naam', 'p.begrotingsjaar', 'p.code'])
    .where('b.id', 'in', ids)
    .execute();
}
