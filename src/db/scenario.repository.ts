import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database, ScenarioWijzigingSoort } from './schema';
import { updateMetVersie } from './versie';

// --- scenario ---------------------------------------------------------------------------------------

export async function findScenarios(db: Kysely<Database>) {
  return db
    .selectFrom('scenario as s')
    .leftJoin('scenario_wijziging as w', 'w.scenario_id', 's.id')
    .select([
      's.id',
      's.naam',
      's.peildatum',
      's.status',
      's.versie',
      sql<number>`count(w.id)::int`.as('aantal'),
    ])
    .groupBy(['s.id', 's.naam', 's.peildatum', 's.status', 's.versie'])
    .orderBy('s.aangemaakt_op', 'desc')
    .orderBy('s.id')
    .execute();
}

export async function findScenario(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('scenario as s')
    .leftJoin('account as a', 'a.id', 's.aangemaakt_door')
    .leftJoin('account as v', 'v.id', 's.vastgesteld_door')
    .selectAll('s')
    .select(['a.naam as aangemaakt_door_naam', 'v.naam as vastgesteld_door_naam'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export type ScenarioRij = NonNullable<Awaited<ReturnType<typeof findScenario>>>;

/** The scenario row locked for the rest of the transaction: adoption and edits take turns. */
export async function lockScenario(db: Kysely<Database>, id: string) {
  return db.selectFrom('scenario').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertScenario(
  db: Kysely<Database>,
  rij: { naam: string; peildatum: string; toelichting: string | null; aangemaakt_door: string | null },
): Promise<string> {
  const { id } = await db.insertInto('scenario').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Changes fields and raises the version, only while it is still `versie`. */
export async function updateScenario(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: Partial<{
    naam: string;
    peildatum: string;
    toelichting: string | null;
    status: 'concept' | 'voorgesteld' | 'vastgesteld' | 'verworpen';
    besluitdatum: string;
    besluit_kenmerk: string;
    besluit_omschrijving: string | null;
    vastgesteld_door: string | null;
    vastgesteld_op: Date;
    /** 0015: the voorstel's texts as JSON. */
    voorstelteksten: string;
  }>,
): Promise<boolean> {
  return (await updateMetVersie(db, 'scenario', id, versie, w)) !== undefined;
}

// --- wijzigingen and opmerkingen --------------------------------------------------------------------

export async function findWijzigingen(db: Kysely<Database>, scenarioIds: string[]) {
  if (scenarioIds.length === 0) return [];
  return db
    .selectFrom('scenario_wijziging')
    .selectAll()
    .where('scenario_id', 'in', scenarioIds)
    .orderBy('scenario_id')
    .orderBy('volgnummer')
    .execute();
}

export type WijzigingRij = Awaited<ReturnType<typeof findWijzigingen>>[number];

export async function insertWijziging(
  db: Kysely<Database>,
  r: { scenario_id: string; soort: ScenarioWijzigingSoort; ingangsdatum: string | null; gegevens: unknown },
): Promise<string> {
  const { id } = await db
    .insertInto('scenario_wijziging')
    .values({
      scenario_id: r.scenario_id,
      soort: r.soort,
      ingangsdatum: r.ingangsdatum,
      gegevens: JSON.stringify(r.gegevens),
      // Next in line; the scenario row is locked by the caller, so two additions cannot take one number.
      volgnummer: sql<number>`(select coalesce(max(volgnummer), 0) + 1 from scenario_wijziging where scenario_id = ${r.scenario_id})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function deleteWijziging(
  db: Kysely<Database>,
  scenarioId: string,
  id: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom('scenario_wijziging')
    .where('scenario_id', '=', scenarioId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function findOpmerkingen(db: Kysely<Database>, scenarioId: string) {
  return db
    .selectFrom('scenario_opmerking')
    .selectAll()
    .where('scenario_id', '=', scenarioId)
    .orderBy('geplaatst_op')
    .orderBy('id')
    .execute();
}

export async function insertOpmerking(
  db: Kysely<Database>,
  r: { scenario_id: string; account_id: string; auteur: string; tekst: string },
): Promise<string> {
  const { id } = await db
    .insertInto('scenario_opmerking')
    .values(r)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

// --- the formatie a scenario starts from ------------------------------------------------------------

/** Every place that runs on or after `vanaf`, with what a scenario may copy of it. */
export async function findPlaatsenVanaf(db: Kysely<Database>, vanaf: string) {
  return db
    .selectFrom('formatieplaats')
    .selectAll()
    .where((eb) => eb.or([eb('einddatum', 'is', null), eb('einddatum', '>=', vanaf)]))
    .orderBy('team_id')
    .orderBy('ingangsdatum')
    .orderBy('id')
    .execute();
}

/**
 * The placements on the places of `findPlaatsenVanaf(vanaf)`, with the person's scale and trede (the
 * loonsom's need). The same condition as a subquery rather than a list of ids: at 25,000 people that
 * list is 27,000 parameters, which PostgreSQL plans and binds far slower than the join.
 */
export async function findPlaatsingenVoorScenario(db: Kysely<Database>, vanaf: string) {
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('medewerker as m', 'm.id', 'p.medewerker_id')
    .select([
      'p.id',
      'p.formatieplaats_id',
      'p.medewerker_id',
      'p.fte',
      'p.ingangsdatum',
      'p.einddatum',
      'm.schaal',
      'm.trede',
    ])
    .where('p.formatieplaats_id', 'in', (eb) =>
      eb
        .selectFrom('formatieplaats as f')
        .select('f.id')
        .where((w) => w.or([w('f.einddatum', 'is', null), w('f.einddatum', '>=', vanaf)])),
    )
    .orderBy('p.ingangsdatum')
    .orderBy('p.id')
    .execute();
}

export async function findTeams(db: Kysely<Database>) {
  return db.selectFrom('team').select(['id', 'naam', 'opgeheven_op']).execute();
}

export async function findBudgettenVanaf(db: Kysely<Database>, jaar: number) {
  return db.selectFrom('loonsombudget').selectAll().where('jaar', '>=', jaar).execute();
}

// --- adoption -------------------------------------------------------------------------------------

/**
 * Locks every place and placement running on or after `vanaf` (and the budgets from `jaar`), so the
 * formatie an adoption is checked against cannot change before it commits.
 */
export async function lockFormatieVanaf(db: Kysely<Database>, vanaf: string, jaar: number): Promise<void> {
  await db
    .selectFrom('formatieplaats')
    .select('id')
    .where((eb) => eb.or([eb('einddatum', 'is', null), eb('einddatum', '>=', vanaf)]))
    .forUpdate()
    .execute();
  await db
    .selectFrom('plaatsing')
    .select('id')
    .where((eb) => eb.or([eb('einddatum', 'is', null), eb('einddatum', '>=', vanaf)]))
    .forUpdate()
    .execute();
  await db.selectFrom('loonsombudget').select('id').where('jaar', '>=', jaar).forUpdate().execute();
}

export async function updatePlaats(
  db: Kysely<Database>,
  id: string,
  w: Partial<{ einddatum: string | null; team_id: string; salarisschaal: string; fte: number }>,
): Promise<void> {
  await db
    .updateTable('formatieplaats')
    .set({ ...w, gewijzigd_op: new Date(), versie: sql<number>`versie + 1` })
    .where('id', '=', id)
    .execute();
}

export async function insertPlaats(
  db: Kysely<Database>,
  rij: Insertable<Database['formatieplaats']>,
): Promise<string> {
  const { id } = await db.insertInto('formatieplaats').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updatePlaatsing(
  db: Kysely<Database>,
  id: string,
  w: Partial<{ einddatum: string | null; formatieplaats_id: string }>,
): Promise<void> {
  await db
    .updateTable('plaatsing')
    .set({ ...w, gewijzigd_op: new Date(), versie: sql<number>`versie + 1` })
    .where('id', '=', id)
    .execute();
}

export async function insertPlaatsing(db: Kysely<Database>, rij: Insertable<Database['plaatsing']>) {
  await db.insertInto('plaatsing').values(rij).execute();
}

/** Sets a team's budget for a year: the existing row (raising its version) or a new one. */
export async function zetBudget(db: Kysely<Database>, teamId: string, jaar: number, bedrag: number) {
  await db
    .insertInto('loonsombudget')
    .values({ team_id: teamId, jaar, bedrag })
    .onConflict((oc) =>
      oc.constraint('loonsombudget_team_jaar_uniek').doUpdateSet({
        bedrag,
        gewijzigd_op: new Date(),
        versie: sql<number>`loonsombudget.versie + 1`,
      }),
    )
    .execute();
}
