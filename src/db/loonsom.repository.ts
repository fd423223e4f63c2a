import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';
import { updateMetVersie } from './versie';

// --- salary tables --------------------------------------------------------------------------------

/** Every table with how many scales and amounts it holds, oldest first. */
export async function findSalaristabellen(db: Kysely<Database>) {
  return db
    .selectFrom('salaristabel as s')
    .leftJoin('salaristabel_bedrag as b', 'b.salaristabel_id', 's.id')
    .select([
      's.id',
      's.naam',
      's.geldig_vanaf',
      's.versie',
      sql<number>`count(distinct b.schaal)::int`.as('aantal_schalen'),
      sql<number>`count(b.trede)::int`.as('aantal_bedragen'),
    ])
    .groupBy(['s.id', 's.naam', 's.geldig_vanaf', 's.versie'])
    .orderBy('s.geldig_vanaf')
    .execute();
}

export async function findSalaristabel(db: Kysely<Database>, id: string) {
  return db.selectFrom('salaristabel').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findSalaristabelOp(db: Kysely<Database>, geldigVanaf: string) {
  return db.selectFrom('salaristabel').selectAll().where('geldig_vanaf', '=', geldigVanaf).executeTakeFirst();
}

/** The amounts of some tables (all when no ids), by scale and trede. */
export async function findBedragen(db: Kysely<Database>, salaristabelIds?: string[]) {
  let q = db.selectFrom('salaristabel_bedrag').select(['salaristabel_id', 'schaal', 'trede', 'bedrag']);
  if (salaristabelIds) {
    if (salaristabelIds.length === 0) return [];
    q = q.where('salaristabel_id', 'in', salaristabelIds);
  }
  return q.orderBy('salaristabel_id').orderBy('schaal').orderBy('trede').execute();
}

export async function insertSalaristabel(
  db: Kysely<Database>,
  t: { naam: string; geldig_vanaf: string },
): Promise<string> {
  const { id } = await db.insertInto('salaristabel').values(t).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertBedragen(
  db: Kysely<Database>,
  id: string,
  rijen: readonly { schaal: string; trede: number; bedrag: number }[],
): Promise<void> {
  for (let i = 0; i < rijen.length; i += 500) {
    await db
      .insertInto('salaristabel_bedrag')
      .values(rijen.slice(i, i + 500).map((r) => ({ salaristabel_id: id, ...r })))
      .execute();
  }
}

/** One amount, if the table holds the scale and trede; false when it does not. */
export async function updateBedrag(
  db: Kysely<Database>,
  id: string,
  versie: number,
  r: { schaal: string; trede: number; bedrag: number },
): Promise<'gelukt' | 'verouderd' | 'onbekend'> {
  const bedrag = await db
    .updateTable('salaristabel_bedrag')
    .set({ bedrag: r.bedrag })
    .where('salaristabel_id', '=', id)
    .where('schaal', '=', r.schaal)
    .where('trede', '=', r.trede)
    .executeTakeFirst();
  if (Number(bedrag.numUpdatedRows) === 0) return 'onbekend';
  return (await updateMetVersie(db, 'salaristabel', id, versie, {})) ? 'gelukt' : 'verouderd';
}

// --- werkgeverslasten -------------------------------------------------------------------------------

export async function findWerkgeverslasten(db: Kysely<Database>) {
  return db.selectFrom('werkgeverslasten').selectAll().orderBy('geldig_vanaf').execute();
}

export async function findWerkgeverslast(db: Kysely<Database>, id: string) {
  return db.selectFrom('werkgeverslasten').selectAll().where('id', '=', id).executeTakeFirst();
}

type LastenVelden = {
  geldig_vanaf: string;
  ikb_percentage: number;
  pensioen_percentage: number;
  sociale_premies_percentage: number;
  opslag_per_fte: number | null;
  loonstijging_percentage: number;
  vacature_trede: number | null;
};

export async function insertWerkgeverslasten(db: Kysely<Database>, r: LastenVelden): Promise<string> {
  const { id } = await db.insertInto('werkgeverslasten').values(r).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateWerkgeverslasten(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: Partial<LastenVelden>,
): Promise<boolean> {
  return (await updateMetVersie(db, 'werkgeverslasten', id, versie, w)) !== undefined;
}

// --- loonsombudget --------------------------------------------------------------------------------

export async function findLoonsombudgetten(db: Kysely<Database>, jaren: number[], teamId?: string) {
  let q = db.selectFrom('loonsombudget').selectAll().where('jaar', 'in', jaren);
  if (teamId) q = q.where('team_id', '=', teamId);
  return q.orderBy('jaar').execute();
}

export async function findLoonsombudget(db: Kysely<Database>, id: string) {
  return db.selectFrom('loonsombudget').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertLoonsombudget(
  db: Kysely<Database>,
  r: { team_id: string; jaar: number; bedrag: number },
): Promise<string> {
  const { id } = await db.insertInto('loonsombudget').values(r).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateLoonsombudget(
  db: Kysely<Database>,
  id: string,
  versie: number,
  bedrag: number,
): Promise<boolean> {
  return (await updateMetVersie(db, 'loonsombudget', id, versie, { bedrag })) !== undefined;
}

// --- what the loonsom is computed from ------------------------------------------------------------

/** Places that run at some time in [van, tot], with their team. */
export async function findPlaatsenInPeriode(db: Kysely<Database>, van: string, tot: string, teamId?: string) {
  let q = db
    .selectFrom('formatieplaats as f')
    .select([
      'f.id',
      'f.team_id',
      'f.functie_naam',
      'f.salarisschaal',
      'f.fte',
      'f.ingangsdatum',
      'f.einddatum',
    ])
    .where('f.ingangsdatum', '<=', tot)
    .where((eb) => eb.or([eb('f.einddatum', 'is', null), eb('f.einddatum', '>=', van)]));
  if (teamId) q = q.where('f.team_id', '=', teamId);
  return q.orderBy('f.functie_naam').orderBy('f.ingangsdatum').orderBy('f.id').execute();
}

/**
 * The placements on the places that run at some time in [van, tot] (of a team, or all), with the
 * person's scale, trede and name, for the places of findPlaatsenInPeriode: one join instead of a
 * list of thousands of place ids.
 */
export async function findPlaatsingenOpPlaatsenInPeriode(
  db: Kysely<Database>,
  van: string,
  tot: string,
  teamId?: string,
) {
  let q = db
    .selectFrom('plaatsing as p')
    .innerJoin('formatieplaats as f', 'f.id', 'p.formatieplaats_id')
    .innerJoin('medewerker as m', 'm.id', 'p.medewerker_id')
    .select([
      'p.formatieplaats_id',
      'p.medewerker_id',
      'p.fte',
      'p.ingangsdatum',
      'p.einddatum',
      'm.schaal',
      'm.trede',
      'm.voornaam',
      'm.tussenvoegsel',
      'm.achternaam',
    ])
    .where('f.ingangsdatum', '<=', tot)
    .where((eb) => eb.or([eb('f.einddatum', 'is', null), eb('f.einddatum', '>=', van)]));
  if (teamId) q = q.where('f.team_id', '=', teamId);
  return q.orderBy('m.achternaam').orderBy('p.ingangsdatum').execute();
}

/** A medewerker's scale and trede (as recorded: the current year's). */
export async function findSchaalTrede(db: Kysely<Database>, medewerkerId: string) {
  return db
    .selectFrom('medewerker')
    .select(['id', 'schaal', 'trede'])
    .where('id', '=', medewerkerId)
    .executeTakeFirst();
}

/** Team names by id. */
export async function findTeamNamen(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('team').select(['id', 'naam']).where('id', 'in', ids).execute();
}

export async function telBedragen(db: Kysely<Database>, salaristabelId: string): Promise<number> {
  const { aantal } = await db
    .selectFrom('salaristabel_bedrag')
    .select((eb) => eb.fn.countAll<number>().as('aantal'))
    .where('salaristabel_id', '=', salaristabelId)
    .executeTakeFirstOrThrow();
  return Number(aantal);
}

/** Many budgets in a few statements: for loading a whole organisation at once (bench/formatie.ts). */
export async function insertLoonsombudgetten(
  db: Kysely<Database>,
  rijen: readonly { team_id: string; jaar: number; bedrag: number }[],
): Promise<void> {
  for (let i = 0; i < rijen.length; i += 1000) {
    await db
      .insertInto('loonsombudget')
      .values(rijen.slice(i, i + 1000))
      .execute();
  }
}
