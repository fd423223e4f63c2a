import type { Insertable, Kysely } from 'kysely';
import type { Database, FormatieplaatsTable, PlaatsingTable } from './schema';
import { updateMetVersie } from './versie';

/** Formatieplaatsen with the name of the programma that funds them (if any). */
function plaatsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('formatieplaats as f')
    .leftJoin('programma as p', 'p.id', 'f.programma_id')
    .selectAll('f')
    .select('p.naam as programma_naam');
}

export type FormatieplaatsRij = Awaited<ReturnType<typeof findFormatieplaats>> & object;

export async function findFormatieplaats(db: Kysely<Database>, id: string) {
  return plaatsQuery(db).where('f.id', '=', id).executeTakeFirst();
}

/** The places of one team (or of all teams) that hold on a date, with their team's name. */
export async function findFormatieplaatsenOp(db: Kysely<Database>, peildatum: string, teamId?: string) {
  let q = plaatsQuery(db)
    .innerJoin('team as t', 't.id', 'f.team_id')
    .select('t.naam as team_naam')
    .where('f.ingangsdatum', '<=', peildatum)
    .where((eb) => eb.or([eb('f.einddatum', 'is', null), eb('f.einddatum', '>=', peildatum)]));
  if (teamId) q = q.where('f.team_id', '=', teamId);
  return q.orderBy('t.naam').orderBy('f.functie_naam').orderBy('f.ingangsdatum').orderBy('f.id').execute();
}

/** The places of every team that hold on some day between two dates, with their team's name. */
export async function findFormatieplaatsenInPeriode(db: Kysely<Database>, van: string, tot: string) {
  return plaatsQuery(db)
    .innerJoin('team as t', 't.id', 'f.team_id')
    .select('t.naam as team_naam')
    .where('f.ingangsdatum', '<=', tot)
    .where((eb) => eb.or([eb('f.einddatum', 'is', null), eb('f.einddatum', '>=', van)]))
    .orderBy('t.naam')
    .orderBy('f.id')
    .execute();
}

/** Placements on these places (all of their history), with the medewerker's name. */
export async function findPlaatsingenVan(db: Kysely<Database>, formatieplaatsIds: string[]) {
  if (formatieplaatsIds.length === 0) return [];
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('medewerker as m', 'm.id', 'p.medewerker_id')
    .innerJoin('formatieplaats as f', 'f.id', 'p.formatieplaats_id')
    .selectAll('p')
    .select(['f.team_id', 'm.voornaam', 'm.tussenvoegsel', 'm.achternaam'])
    .where('p.formatieplaats_id', 'in', formatieplaatsIds)
    .orderBy('p.ingangsdatum')
    .orderBy('m.achternaam')
    .orderBy('p.id')
    .execute();
}

export type PlaatsingRij = Awaited<ReturnType<typeof findPlaatsingenVan>>[number];

export async function findPlaatsing(db: Kysely<Database>, id: string): Promise<PlaatsingRij | undefined> {
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('medewerker as m', 'm.id', 'p.medewerker_id')
    .innerJoin('formatieplaats as f', 'f.id', 'p.formatieplaats_id')
    .selectAll('p')
    .select(['f.team_id', 'm.voornaam', 'm.tussenvoegsel', 'm.achternaam'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** Every placement of one person, on any place: what their contract must hold. */
export async function findPlaatsingenVanMedewerker(db: Kysely<Database>, medewerkerId: string) {
  return db
    .selectFrom('plaatsing')
    .select(['id', 'fte', 'ingangsdatum', 'einddatum'])
    .where('medewerker_id', '=', medewerkerId)
    .execute();
}

export async function insertFormatieplaats(
  db: Kysely<Database>,
  rij: Insertable<FormatieplaatsTable>,
): Promise<string> {
  const { id } = await db.insertInto('formatieplaats').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateFormatieplaats(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: Partial<Omit<Insertable<FormatieplaatsTable>, 'id' | 'versie' | 'team_id'>>,
): Promise<boolean> {
  return (await updateMetVersie(db, 'formatieplaats', id, versie, w)) !== undefined;
}

export async function insertPlaatsing(
  db: Kysely<Database>,
  rij: Insertable<PlaatsingTable>,
): Promise<string> {
  const { id } = await db.insertInto('plaatsing').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updatePlaatsing(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: { fte?: number; ingangsdatum?: string; einddatum?: string | null },
): Promise<boolean> {
  return (await updateMetVersie(db, 'plaatsing', id, versie, w)) !== undefined;
}

// --- batches: many placements checked and stored in a few statements ------------------------------

const perBatch = 1000;

/** These places, for checking many placements against them at once. */
export async function findFormatieplaatsenVan(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return [];
  return plaatsQuery(db).where('f.id', 'in', ids).execute();
}

/** The people, locked (as one placement locks its person), with what their placements must fit in. */
export async function lockMedewerkersVoorPlaatsing(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('medewerker')
    .select(['id', 'in_dienst', 'uit_dienst'])
    .where('id', 'in', ids)
    .forUpdate()
    .execute();
}

export async function findContracturenVan(db: Kysely<Database>, medewerkerIds: string[]) {
  if (medewerkerIds.length === 0) return [];
  return db
    .selectFrom('contracturen')
    .select(['medewerker_id', 'uren_per_week', 'ingangsdatum', 'einddatum'])
    .where('medewerker_id', 'in', medewerkerIds)
    .execute();
}

export async function findPlaatsingenVanMedewerkers(db: Kysely<Database>, medewerkerIds: string[]) {
  if (medewerkerIds.length === 0) return [];
  return db
    .selectFrom('plaatsing')
    .select(['id', 'medewerker_id', 'fte', 'ingangsdatum', 'einddatum'])
    .where('medewerker_id', 'in', medewerkerIds)
    .execute();
}

export async function insertPlaatsingen(
  db: Kysely<Database>,
  rijen: Insertable<PlaatsingTable>[],
): Promise<void> {
  for (let i = 0; i < rijen.length; i += perBatch) {
    await db
      .insertInto('plaatsing')
      .values(rijen.slice(i, i + perBatch))
      .execute();
  }
}

/**
 * Many places in a few statements, ids chosen by the caller (so placements can name them): for
 * loading a whole organisation's formatie at once (bench/formatie.ts), without the per-place checks
 * of the service. Callers that take user input go through formatie.service.
 */
export async function insertFormatieplaatsen(
  db: Kysely<Database>,
  rijen: (Insertable<FormatieplaatsTable> & { id: string })[],
): Promise<void> {
  for (let i = 0; i < rijen.length; i += perBatch) {
    await db
      .insertInto('formatieplaats')
      .values(rijen.slice(i, i + perBatch))
      .execute();
  }
}
