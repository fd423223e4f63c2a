import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database, ProgrammaTable } from './schema';

/** Programmes by name (all, or the one with this id), each with how many dossiers it holds. */
export function findProgrammas(db: Kysely<Database>, id?: string) {
  let q = db
    .selectFrom('programma as p')
    .select([
      'p.id',
      'p.naam',
      'p.omschrijving',
      'p.programmaregisseur_medewerker_id',
      'p.versie',
      sql<number>`(select count(*) from opgave o where o.programma_id = p.id)::int`.as('opgaven'),
      sql<number>`(select count(*) from bestuursopdracht b where b.programma_id = p.id)::int`.as(
        'bestuursopdrachten',
      ),
    ])
    .orderBy('p.naam');
  if (id) q = q.where('p.id', '=', id);
  return q.execute();
}

export async function insertProgramma(
  db: Kysely<Database>,
  rij: Insertable<ProgrammaTable>,
): Promise<string> {
  const { id } = await db.insertInto('programma').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}
