import type { Insertable, Updateable } from 'kysely';
import { type Kysely, sql } from 'kysely';
import type { Database, OntwikkelactiviteitTable, OntwikkeldoelTable, OntwikkelplanTable } from './schema';
import { updateMetVersie } from './versie';

/** Development plans, goals, activities, themes and budgets (issue 14; migration 0017). */

// --- themes ---------------------------------------------------------------------------------------

export async function findThemas(db: Kysely<Database>) {
  return db.selectFrom('ontwikkelthema').selectAll().orderBy('naam').execute();
}

export async function findThema(db: Kysely<Database>, id: string) {
  return db.selectFrom('ontwikkelthema').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Another theme with this name, whatever its case: two themes called alike cannot be told apart. */
export async function findThemaOpNaam(db: Kysely<Database>, naam: string, behalveId?: string) {
  let q = db
    .selectFrom('ontwikkelthema')
    .select('id')
    .where(sql<string>`lower(naam)`, '=', naam.toLowerCase());
  if (behalveId !== undefined) q = q.where('id', '<>', behalveId);
  return q.executeTakeFirst();
}

/** Rename, describe or switch off/on at the version the caller read; undefined when that version is gone. */
export async function updateThema(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: { naam?: string; omschrijving?: string | null; actief?: boolean },
) {
  return db
    .updateTable('ontwikkelthema')
    .set({ ...w, versie: sql<number>`versie + 1` })
    .where('id', '=', id)
    .where('versie', '=', versie)
    .returningAll()
    .executeTakeFirst();
}

export async function insertThema(db: Kysely<Database>, r: { naam: string; omschrijving: string | null }) {
  const { id } = await db.insertInto('ontwikkelthema').values(r).returning('id').executeTakeFirstOrThrow();
  return id;
}

// --- plans ----------------------------------------------------------------------------------------

function planQuery(db: Kysely<Database>) {
  return db
    .selectFrom('ontwikkelplan as p')
    .leftJoin('medewerker as m', 'm.id', 'p.medewerker_id')
    .leftJoin('team as t', 't.id', 'p.team_id')
    .selectAll('p')
    .select(['m.voornaam', 'm.tussenvoegsel', 'm.achternaam', 't.naam as team_naam']);
}
export type PlanRij = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

export async function findPlan(db: Kysely<Database>, id: string) {
  return planQuery(db).where('p.id', '=', id).executeTakeFirst();
}

export async function findPlannen(
  db: Kysely<Database>,
  filter: { jaar: number; medewerkerIds?: string[]; teamId?: string; soort?: 'leiderschap' },
) {
  let q = planQuery(db).where('p.jaar', '=', filter.jaar);
  if (filter.medewerkerIds) {
    if (filter.medewerkerIds.length === 0) return [];
    q = q.where('p.medewerker_id', 'in', filter.medewerkerIds);
  }
  if (filter.teamId) q = q.where('p.team_id', '=', filter.teamId);
  if (filter.soort) q = q.where('p.soort', '=', filter.soort);
  return q.orderBy('p.soort').orderBy('m.achternaam').execute();
}

/** All plans of one person, every year: the AVG export. */
export async function findPlannenVanPersoon(db: Kysely<Database>, medewerkerId: string) {
  return planQuery(db)
    .where('p.medewerker_id', '=', medewerkerId)
    .orderBy('p.jaar')
    .orderBy('p.soort')
    .execute();
}

export async function insertPlan(db: Kysely<Database>, r: Insertable<OntwikkelplanTable>) {
  const { id } = await db.insertInto('ontwikkelplan').values(r).returning('id').executeTakeFirstOrThrow();
  return id;
}

// --- goals and activities -------------------------------------------------------------------------

export async function findDoelen(db: Kysely<Database>, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('ontwikkeldoel as d')
    .leftJoin('ontwikkelthema as th', 'th.id', 'd.thema_id')
    .selectAll('d')
    .select('th.naam as thema_naam')
    .where('d.plan_id', 'in', planIds)
    .orderBy('d.aangemaakt_op')
    .orderBy('d.id')
    .execute();
}

export async function findActiviteiten(db: Kysely<Database>, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('ontwikkelactiviteit')
    .selectAll()
    .where('plan_id', 'in', planIds)
    .orderBy('van')
    .orderBy('id')
    .execute();
}

export async function findDoel(db: Kysely<Database>, id: string) {
  return db.selectFrom('ontwikkeldoel').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findActiviteit(db: Kysely<Database>, id: string) {
  return db.selectFrom('ontwikkelactiviteit').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDoel(db: Kysely<Database>, r: Insertable<OntwikkeldoelTable>) {
  const { id } = await db.insertInto('ontwikkeldoel').values(r).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertActiviteit(db: Kysely<Database>, r: Insertable<OntwikkelactiviteitTable>) {
  const { id } = await db
    .insertInto('ontwikkelactiviteit')
    .values(r)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateDoel(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: Omit<Updateable<OntwikkeldoelTable>, 'id' | 'versie'>,
): Promise<boolean> {
  return (
    (await updateMetVersie(db, 'ontwikkeldoel', id, versie, { ...w, gewijzigd_op: new Date() })) !== undefined
  );
}

export async function updateActiviteit(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: Omit<Updateable<OntwikkelactiviteitTable>, 'id' | 'versie'>,
): Promise<boolean> {
  return (
    (await updateMetVersie(db, 'ontwikkelactiviteit', id, versie, { ...w, gewijzigd_op: new Date() })) !==
    undefined
  );
}

export async function deleteDoel(db: Kysely<Database>, id: string) {
  await db.deleteFrom('ontwikkeldoel').where('id', '=', id).execute();
}

export async function deleteActiviteit(db: Kysely<Database>, id: string) {
  await db.deleteFrom('ontwikkelactiviteit').where('id', '=', id).execute();
}

// --- budget ---------------------------------------------------------------------------------------

/**
 * Anonymising a medewerker (AVG): the free texts of their own plans — goals and activity titles —
 * are replaced, because they describe the person (what they struggle with, what they aim at). The
 * plans, dates, hours and costs stay: the budget's spending and the absence figures of past years
 * rest on them, and without the texts and the name they no longer say anything about someone.
 */
export async function anonymiseerPlanteksten(
  db: Kysely<Database>,
  medewerkerId: string,
  tekst: string,
  nu: Date,
): Promise<void> {
  const plannen = db.selectFrom('ontwikkelplan').select('id').where('medewerker_id', '=', medewerkerId);
  await db
    .updateTable('ontwikkeldoel')
    .set((eb) => ({ omschrijving: tekst, versie: eb('versie', '+', 1), gewijzigd_op: nu }))
    .where('plan_id', 'in', plannen)
    .execute();
  await db
    .updateTable('ontwikkelactiviteit')
    .set((eb) => ({ titel: tekst, versie: eb('versie', '+', 1), gewijzigd_op: nu }))
    .where('plan_id', 'in', plannen)
    .execute();
}

export async function findBudgetten(db: Kysely<Database>, jaar: number) {
  return db.selectFrom('ontwikkelbudget').selectAll().where('jaar', '=', jaar).execute();
}

export async function findBudget(db: Kysely<Database>, id: string) {
  return db.selectFrom('ontwikkelbudget').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findBudgetVan(db: Kysely<Database>, jaar: number, teamId: string | null) {
  return db
    .selectFrom('ontwikkelbudget')
    .select('id')
    .where('jaar', '=', jaar)
    .where((eb) => (teamId === null ? eb('team_id', 'is', null) : eb('team_id', '=', teamId)))
    .executeTakeFirst();
}

export async function insertBudget(
  db: Kysely<Database>,
  r: { jaar: number; team_id: string | null; bedrag_centen: number },
) {
  const { id } = await db.insertInto('ontwikkelbudget').values(r).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateBudget(db: Kysely<Database>, id: string, versie: number, bedragCenten: number) {
  return (
    (await updateMetVersie(db, 'ontwikkelbudget', id, versie, {
      bedrag_centen: bedragCenten,
      gewijzigd_op: new Date(),
    })) !== undefined
  );
}

/** Every activity's cost in a year's plans, with the team whose budget pays for it. */
export async function findKostenRegels(db: Kysely<Database>, jaar: number) {
  return db
    .selectFrom('ontwikkelactiviteit as a')
    .innerJoin('ontwikkelplan as p', 'p.id', 'a.plan_id')
    .select(['p.budget_team_id', 'p.soort', 'p.medewerker_id', 'a.status', 'a.kosten_centen'])
    .where('p.jaar', '=', jaar)
    .execute();
}

/**
 * Everyone in service on `peildatum` with their contract hours that day, and whether they have a
 * (medewerker) development plan in `jaar` and in `jaar + 1`: the kadernota's basis.
 */
export async function findPlandekking(db: Kysely<Database>, jaar: number, peildatum: string) {
  const metPlan = (j: number) =>
    sql<boolean>`exists (select 1 from ontwikkelplan p where p.medewerker_id = m.id and p.soort = 'medewerker' and p.jaar = ${j})`;
  return db
    .selectFrom('medewerker as m')
    .innerJoin('contracturen as c', 'c.medewerker_id', 'm.id')
    .select(['m.id', 'c.uren_per_week'])
    .select(metPlan(jaar).as('plan_dit_jaar'))
    .select(metPlan(jaar + 1).as('plan_volgend_jaar'))
    .where('m.in_dienst', '<=', peildatum)
    .where((eb) => eb.or([eb('m.uit_dienst', 'is', null), eb('m.uit_dienst', '>=', peildatum)]))
    .where('c.ingangsdatum', '<=', peildatum)
    .where((eb) => eb.or([eb('c.einddatum', 'is', null), eb('c.einddatum', '>=', peildatum)]))
    .execute();
}

export async function findInstelling(db: Kysely<Database>, sleutel: string): Promise<unknown> {
  const r = await db
    .selectFrom('instelling')
    .select('waarde')
    .where('sleutel', '=', sleutel)
    .executeTakeFirst();
  return r?.waarde;
}

// --- bulk (the demo loader) -----------------------------------------------------------------------

/** Many rows at once, in slices that stay far below the engines' parameter limits. */
async function inPlakken<T>(rijen: T[], fn: (plak: T[]) => Promise<unknown>) {
  for (let i = 0; i < rijen.length; i += 500) await fn(rijen.slice(i, i + 500));
}

export async function insertThemasBulk(
  db: Kysely<Database>,
  rijen: { naam: string; omschrijving: string }[],
) {
  if (rijen.length === 0) return [];
  return db.insertInto('ontwikkelthema').values(rijen).returning(['id', 'naam']).execute();
}

export async function insertPlannenBulk(
  db: Kysely<Database>,
  rijen: (Insertable<OntwikkelplanTable> & { id: string })[],
) {
  await inPlakken(rijen, (plak) => db.insertInto('ontwikkelplan').values(plak).execute());
}

export async function insertDoelenBulk(
  db: Kysely<Database>,
  rijen: (Insertable<OntwikkeldoelTable> & { id: string })[],
) {
  await inPlakken(rijen, (plak) => db.insertInto('ontwikkeldoel').values(plak).execute());
}

export async function insertActiviteitenBulk(
  db: Kysely<Database>,
  rijen: Insertable<OntwikkelactiviteitTable>[],
) {
  await inPlakken(rijen, (plak) => db.insertInto('ontwikkelactiviteit').values(plak).execute());
}

export async function insertBudgettenBulk(
  db: Kysely<Database>,
  rijen: { jaar: number; team_id: string | null; bedrag_centen: number }[],
) {
  await inPlakken(rijen, (plak) => db.insertInto('ontwikkelbudget').values(plak).execute());
}

/** Who is in service on a date, with their basisteam and contract hours that day. */
export async function findMensenMetBasisteam(db: Kysely<Database>, peildatum: string) {
  return db
    .selectFrom('medewerker as m')
    .innerJoin('teamlidmaatschap as l', 'l.medewerker_id', 'm.id')
    .innerJoin('contracturen as c', 'c.medewerker_id', 'm.id')
    .select(['m.id', 'm.personeelsnummer', 'l.team_id', 'c.uren_per_week'])
    .where('m.in_dienst', '<=', peildatum)
    .where((eb) => eb.or([eb('m.uit_dienst', 'is', null), eb('m.uit_dienst', '>=', peildatum)]))
    .where('l.ingangsdatum', '<=', peildatum)
    .where((eb) => eb.or([eb('l.einddatum', 'is', null), eb('l.einddatum', '>=', peildatum)]))
    .where('c.ingangsdatum', '<=', peildatum)
    .where((eb) => eb.or([eb('c.einddatum', 'is', null), eb('c.einddatum', '>=', peildatum)]))
    .orderBy('m.personeelsnummer')
    .execute();
}

/** The medewerker a demo account belongs to (by its e-mail). */
export async function findMedewerkerVanAccount(db: Kysely<Database>, eMail: string) {
  const r = await db
    .selectFrom('account')
    .select('medewerker_id')
    .where('e_mail', '=', eMail)
    .executeTakeFirst();
  return r?.medewerker_id ?? null;
}
