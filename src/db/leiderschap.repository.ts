import type { Kysely } from 'kysely';
import { geldtOpDatum } from './query-helpers';
import type { Database, LeiderschapRow } from './schema';

export interface LeiderschapMetNamen extends LeiderschapRow {
  team_naam: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
}

function leiderschapQuery(db: Kysely<Database>) {
  return db
    .selectFrom('leiderschap as ls')
    .innerJoin('medewerker as m', 'm.id', 'ls.medewerker_id')
    .innerJoin('team as t', 't.id', 'ls.team_id')
    .selectAll('ls')
    .select(['t.naam as team_naam', 'm.voornaam', 'm.tussenvoegsel', 'm.achternaam']);
}

/** Leaders of teams; with a peildatum only those in office that day, else the whole history. */
export async function findLeiderschap(
  db: Kysely<Database>,
  opties: { teamIds?: string[]; medewerkerId?: string; peildatum?: string },
): Promise<LeiderschapMetNamen[]> {
  let q = leiderschapQuery(db);
  if (opties.teamIds) {
    if (opties.teamIds.length === 0) return [];
    q = q.where('ls.team_id', 'in', opties.teamIds);
  }
  if (opties.medewerkerId) q = q.where('ls.medewerker_id', '=', opties.medewerkerId);
  if (opties.peildatum) q = q.where(geldtOpDatum('ls', opties.peildatum));
  return q.orderBy('ls.ingangsdatum', 'desc').orderBy('m.achternaam').execute();
}

export async function findLeiderschapById(
  db: Kysely<Database>,
  id: string,
): Promise<LeiderschapMetNamen | undefined> {
  return leiderschapQuery(db).where('ls.id', '=', id).executeTakeFirst();
}

export async function insertLeiderschap(
  db: Kysely<Database>,
  rij: {
    medewerker_id: string;
    team_id: string;
    rol: 'teamleider' | 'directeur';
    gemeentesecretaris: boolean;
    ingangsdatum: string;
    einddatum?: string | null;
  },
): Promise<string> {
  const r = await db.insertInto('leiderschap').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function endLeiderschap(db: Kysely<Database>, id: string, einddatum: string): Promise<void> {
  await db.updateTable('leiderschap').set({ einddatum }).where('id', '=', id).execute();
}

/** Every term of a gemeentesecretaris, over all of history (there is one at a time). */
export async function findGemeentesecretarissen(db: Kysely<Database>): Promise<LeiderschapMetNamen[]> {
  return leiderschapQuery(db).where('ls.gemeentesecretaris', '=', true).orderBy('ls.ingangsdatum').execute();
}

/** Ends every leadership of a team that runs past its last day: a dissolved team has no leaders. */
export async function endLeiderschapVanTeam(
  db: Kysely<Database>,
  teamId: string,
  einddatum: string,
): Promise<void> {
  await db
    .updateTable('leiderschap')
    .set({ einddatum })
    .where('team_id', '=', teamId)
    .where((eb) => eb.or([eb('einddatum', 'is', null), eb('einddatum', '>', einddatum)]))
    .execute();
}
