import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { BestuursopdrachtStatus } from '../domain/bestuursopdracht';
import type { BesluitTable, BestuursopdrachtTable, BestuursopdrachtVersieTable, Database } from './schema';

/**
 * Bestuursopdrachten, newest first, with the titles of their ambitie and programme and the number
 * of their last submitted version.
 */
export function findBestuursopdrachten(
  db: Kysely<Database>,
  filter: { id?: string; status?: BestuursopdrachtStatus },
) {
  let q = db
    .selectFrom('bestuursopdracht as b')
    .leftJoin('bestuurlijke_ambitie as a', 'a.id', 'b.ambitie_id')
    .leftJoin('programma as p', 'p.id', 'b.programma_id')
    .selectAll('b')
    .select(['a.titel as ambitie_titel', 'p.naam as programma_naam'])
    .select((eb) =>
      eb
        .selectFrom('bestuursopdracht_versie as v')
        .select((e) => e.fn.max('v.nummer').as('n'))
        .whereRef('v.bestuursopdracht_id', '=', 'b.id')
        .as('laatste_versie'),
    )
    .orderBy('b.aangemaakt_op', 'desc');
  if (filter.id) q = q.where('b.id', '=', filter.id);
  if (filter.status) q = q.where('b.status', '=', filter.status);
  return q.execute();
}

export type BestuursopdrachtRij = Awaited<ReturnType<typeof findBestuursopdrachten>>[number];

export async function insertBestuursopdracht(
  db: Kysely<Database>,
  rij: Insertable<BestuursopdrachtTable>,
): Promise<string> {
  const { id } = await db
    .insertInto('bestuursopdracht')
    .values(rij)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Saves the working copy while it still has this `versie` and may be edited; false otherwise.
 * (Not `updateMetVersie`: that has no room for the status condition.)
 */
export async function updateBestuursopdrachtWerkkopie(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: Pick<Updateable<BestuursopdrachtTable>, 'titel' | 'ambitie_id' | 'programma_id' | 'inhoud'>,
): Promise<boolean> {
  const r = await db
    .updateTable('bestuursopdracht')
    .set({ ...w, versie: versie + 1, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .where('versie', '=', versie)
    // Also in the WHERE: a submission between the read and this write must win.
    .where('status', 'in', ['concept', 'verkend'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * Sets the status to `naar` and raises the versie (in SQL, so no version number is handed out
 * twice), only while the bestuursopdracht is
 * still in `van.status` (and, when given, still at `van.versie`); false when it no longer is.
 */
export async function updateBestuursopdrachtStatus(
  db: Kysely<Database>,
  id: string,
  van: { status: BestuursopdrachtStatus; versie?: number },
  naar: BestuursopdrachtStatus,
): Promise<boolean> {
  let q = db
    .updateTable('bestuursopdracht')
    .set({ status: naar, versie: sql<number>`versie + 1`, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .where('status', '=', van.status);
  if (van.versie !== undefined) q = q.where('versie', '=', van.versie);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

// --- submitted versions and the college's besluiten on them -----------------------------------

export function findBestuursopdrachtVersies(db: Kysely<Database>, bestuursopdrachtId: string) {
  return db
    .selectFrom('bestuursopdracht_versie')
    .select(['nummer', 'sha256', 'ingediend_op'])
    .where('bestuursopdracht_id', '=', bestuursopdrachtId)
    .orderBy('nummer')
    .execute();
}

export function findBestuursopdrachtVersie(db: Kysely<Database>, bestuursopdrachtId: string, nummer: number) {
  return db
    .selectFrom('bestuursopdracht_versie')
    .selectAll()
    .where('bestuursopdracht_id', '=', bestuursopdrachtId)
    .where('nummer', '=', nummer)
    .executeTakeFirst();
}

export async function insertBestuursopdrachtVersie(
  db: Kysely<Database>,
  rij: Omit<Insertable<BestuursopdrachtVersieTable>, 'ingediend_op'>,
): Promise<void> {
  await db.insertInto('bestuursopdracht_versie').values(rij).execute();
}

/** The besluiten on one bestuursopdracht, in the order taken. */
export function findBesluitenVanBestuursopdracht(db: Kysely<Database>, bestuursopdrachtId: string) {
  return db
    .selectFrom('besluit')
    .selectAll()
    .where('bestuursopdracht_id', '=', bestuursopdrachtId)
    .orderBy('aangemaakt_op')
    .execute();
}

export function findBesluitOpVersie(db: Kysely<Database>, bestuursopdrachtId: string, nummer: number) {
  return db
    .selectFrom('besluit')
    .selectAll()
    .where('bestuursopdracht_id', '=', bestuursopdrachtId)
    .where('versie_nummer', '=', nummer)
    .executeTakeFirst();
}

/** Every besluit with the title of its bestuursopdracht, newest first. */
export function findBesluiten(db: Kysely<Database>) {
  return db
    .selectFrom('besluit as s')
    .innerJoin('bestuursopdracht as b', 'b.id', 's.bestuursopdracht_id')
    .select([
      's.id',
      's.bestuursopdracht_id',
      'b.titel',
      's.versie_nummer',
      's.uitkomst',
      's.besluitnummer',
      's.datum',
      's.voorwaarden',
    ])
    .orderBy('s.datum', 'desc')
    .orderBy('s.aangemaakt_op', 'desc')
    .execute();
}

export async function insertBesluit(
  db: Kysely<Database>,
  rij: Omit<Insertable<BesluitTable>, 'id' | 'aangemaakt_op'>,
): Promise<void> {
  await db.insertInto('besluit').values(rij).execute();
}

// --- names a collegevoorstel shows -------------------------------------------------------------

/** Code, name and year of begrotingsprogramma's by id (none asked, none answered). */
export async function findBegrotingsprogrammaNamen(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('begrotingsprogramma')
    .select(['id', 'code', 'naam', 'begrotingsjaar'])
    .where('id', 'in', ids)
    .execute();
}

/** Names of teams by id (none asked, none answered). */
export async function findTeamNamen(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('team').select(['id', 'naam']).where('id', 'in', ids).execute();
}
