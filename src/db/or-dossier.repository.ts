import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { OrVerzoekStatus } from '../domain/or-dossier';
import type { Database, OrOverlegActieTable, OrOverlegTable, OrVerzoekTable } from './schema';

/** The OR-dossier (0022): requests to the ondernemingsraad, overlegvergaderingen, their actions. */

export function findOrVerzoeken(db: Kysely<Database>, filter: { id?: string; zonderConcepten?: boolean }) {
  let q = db.selectFrom('or_verzoek').selectAll().orderBy('aangemaakt_op', 'desc');
  if (filter.id) q = q.where('id', '=', filter.id);
  if (filter.zonderConcepten) q = q.where('status', '<>', 'concept');
  return q.execute();
}

export type OrVerzoekRij = Awaited<ReturnType<typeof findOrVerzoeken>>[number];

export async function insertOrVerzoek(
  db: Kysely<Database>,
  rij: Insertable<OrVerzoekTable>,
): Promise<string> {
  const { id } = await db.insertInto('or_verzoek').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}

/**
 * Changes a verzoek while it still has this `versie` (and, when given, this status), raising the
 * versie in SQL; false when someone else was first.
 */
export async function updateOrVerzoek(
  db: Kysely<Database>,
  id: string,
  van: { versie: number; status?: OrVerzoekStatus },
  w: Omit<Updateable<OrVerzoekTable>, 'id' | 'versie' | 'gewijzigd_op'>,
): Promise<boolean> {
  let q = db
    .updateTable('or_verzoek')
    .set({ ...w, versie: sql<number>`versie + 1`, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .where('versie', '=', van.versie);
  if (van.status) q = q.where('status', '=', van.status);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The title of a frozen thing a verzoek may point at; undefined when it does not exist. */
export async function findDocumentTitel(
  db: Kysely<Database>,
  soort: 'voorstel' | 'scenario' | 'bestuursopdracht',
  id: string,
): Promise<string | undefined> {
  if (soort === 'voorstel') {
    const r = await db
      .selectFrom('voorstel as v')
      .innerJoin('scenario as s', 's.id', 'v.scenario_id')
      .select(['v.documentnummer', 's.naam'])
      .where('v.id', '=', id)
      .executeTakeFirst();
    return r ? `${r.documentnummer} ${r.naam}` : undefined;
  }
  if (soort === 'scenario') {
    const r = await db.selectFrom('scenario').select('naam').where('id', '=', id).executeTakeFirst();
    return r?.naam;
  }
  const r = await db.selectFrom('bestuursopdracht').select('titel').where('id', '=', id).executeTakeFirst();
  return r?.titel;
}

// --- overlegvergaderingen -------------------------------------------------------------------------

export function findOverleggen(db: Kysely<Database>, id?: string) {
  let q = db.selectFrom('or_overleg').selectAll().orderBy('datum', 'desc').orderBy('aangemaakt_op', 'desc');
  if (id) q = q.where('id', '=', id);
  return q.execute();
}

export function findAgendapunten(db: Kysely<Database>, overlegIds: string[]) {
  if (overlegIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('or_agendapunt as a')
    .leftJoin('or_verzoek as v', 'v.id', 'a.verzoek_id')
    .select([
      'a.id',
      'a.overleg_id',
      'a.volgorde',
      'a.titel',
      'a.verzoek_id',
      'v.onderwerp as verzoek_onderwerp',
    ])
    .where('a.overleg_id', 'in', overlegIds)
    .orderBy('a.volgorde')
    .execute();
}

export function findOverlegActies(db: Kysely<Database>, overlegIds: string[]) {
  if (overlegIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('or_overleg_actie')
    .selectAll()
    .where('overleg_id', 'in', overlegIds)
    .orderBy('aangemaakt_op')
    .execute();
}

export async function insertOverleg(db: Kysely<Database>, rij: Insertable<OrOverlegTable>): Promise<string> {
  const { id } = await db.insertInto('or_overleg').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateOverleg(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: Pick<Updateable<OrOverlegTable>, 'datum' | 'titel' | 'notulen'>,
): Promise<boolean> {
  const r = await db
    .updateTable('or_overleg')
    .set({ ...w, versie: sql<number>`versie + 1`, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Replaces the agenda of a meeting as a whole (its order is the order given). */
export async function vervangAgenda(
  db: Kysely<Database>,
  overlegId: string,
  punten: { titel: string; verzoekId: string | null }[],
): Promise<void> {
  await db.deleteFrom('or_agendapunt').where('overleg_id', '=', overlegId).execute();
  if (punten.length === 0) return;
  await db
    .insertInto('or_agendapunt')
    .values(
      punten.map((p, i) => ({
        overleg_id: overlegId,
        volgorde: i + 1,
        titel: p.titel,
        verzoek_id: p.verzoekId,
      })),
    )
    .execute();
}

/** Which of these ids are verzoeken (the agenda may only point at existing ones). */
export async function bestaandeVerzoekIds(db: Kysely<Database>, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rijen = await db.selectFrom('or_verzoek').select('id').where('id', 'in', ids).execute();
  return new Set(rijen.map((r) => r.id));
}

export async function insertOverlegActie(
  db: Kysely<Database>,
  rij: Insertable<OrOverlegActieTable>,
): Promise<string> {
  const { id } = await db
    .insertInto('or_overleg_actie')
    .values(rij)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function findOverlegActie(db: Kysely<Database>, overlegId: string, actieId: string) {
  return db
    .selectFrom('or_overleg_actie')
    .selectAll()
    .where('id', '=', actieId)
    .where('overleg_id', '=', overlegId)
    .executeTakeFirst();
}

export async function updateOverlegActie(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: Pick<Updateable<OrOverlegActieTable>, 'omschrijving' | 'eigenaar' | 'deadline' | 'afgerond_op'>,
): Promise<boolean> {
  const r = await db
    .updateTable('or_overleg_actie')
    .set({ ...w, versie: sql<number>`versie + 1`, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

// --- demo -----------------------------------------------------------------------------------------

export async function countOrVerzoeken(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('or_verzoek')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A scenario by name with its newest voorstel (the demo links them as documents). */
export async function findScenarioMetVoorstel(db: Kysely<Database>, naam: string) {
  return db
    .selectFrom('scenario as s')
    .leftJoin('voorstel as v', 'v.scenario_id', 's.id')
    .select(['s.id', 's.naam', 'v.id as voorstel_id', 'v.documentnummer'])
    .where('s.naam', '=', naam)
    .orderBy('v.gegenereerd_op', 'desc')
    .executeTakeFirst();
}
