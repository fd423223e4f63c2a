import { type Insertable, type Kysely, sql } from 'kysely';
import type { OpgaveStatus } from '../domain/opgave';
import type { Database, OpgaveBevindingTable, OpgaveStakeholderTable, OpgaveTable } from './schema';

export interface OpgaveFilter {
  id?: string;
  status?: OpgaveStatus;
  programmaId?: string;
}

/**
 * Opgaven, newest first, with their programme's name, the hours their capacity demand asks and the
 * names of who proposed and who decided their rolbepaling.
 */
export function findOpgaven(db: Kysely<Database>, filter: OpgaveFilter) {
  let q = db
    .selectFrom('opgave as o')
    .leftJoin('programma as p', 'p.id', 'o.programma_id')
    // Who proposed and who decided the rolbepaling, by name, as the answer shows them.
    .leftJoin('account as rv', 'rv.id', 'o.rolbepaling_voorgesteld_door')
    .leftJoin('account as rb', 'rb.id', 'o.rolbepaling_besloten_door')
    .selectAll('o')
    .select([
      'p.naam as programma_naam',
      'rv.naam as rolbepaling_voorgesteld_door_naam',
      'rb.naam as rolbepaling_besloten_door_naam',
      sql<number>`coalesce((select sum(c.uren) from capaciteitsvraag c where c.opgave_id = o.id), 0)::float8`.as(
        'uren_gevraagd',
      ),
    ])
    .orderBy('o.aangemaakt_op', 'desc');
  if (filter.id) q = q.where('o.id', '=', filter.id);
  if (filter.status) q = q.where('o.status', '=', filter.status);
  if (filter.programmaId) q = q.where('o.programma_id', '=', filter.programmaId);
  return q.execute();
}

export type OpgaveRij = Awaited<ReturnType<typeof findOpgaven>>[number];

export function findOpgaveStatus(db: Kysely<Database>, id: string) {
  return db.selectFrom('opgave').select('status').where('id', '=', id).executeTakeFirst();
}

/** The opgave's current versie; throws when the opgave is gone. */
export async function findOpgaveVersie(db: Kysely<Database>, id: string): Promise<number> {
  const r = await db.selectFrom('opgave').select('versie').where('id', '=', id).executeTakeFirstOrThrow();
  return r.versie;
}

export async function insertOpgave(db: Kysely<Database>, rij: Insertable<OpgaveTable>): Promise<string> {
  const { id } = await db.insertInto('opgave').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}

/**
 * One step of the lifecycle, from `van` to `naar`; false when the opgave is no longer in `van`.
 * The status in the WHERE makes two simultaneous steps from the same state yield one winner. The
 * versie is raised in SQL: a stakeholder or bevinding added between the read and this write raised
 * it too, and setting "the read versie + 1" would hand out a version number twice.
 */
export async function updateOpgaveStatus(
  db: Kysely<Database>,
  id: string,
  van: OpgaveStatus,
  naar: OpgaveStatus,
): Promise<boolean> {
  const r = await db
    .updateTable('opgave')
    .set({ status: naar, versie: sql<number>`versie + 1`, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .where('status', '=', van)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The bestuurlijke ambities an opgave serves, by title. */
export function findOpgaveAmbities(db: Kysely<Database>, opgaveId: string) {
  return db
    .selectFrom('ambitie_opgave as k')
    .innerJoin('bestuurlijke_ambitie as a', 'a.id', 'k.ambitie_id')
    .select(['a.id', 'a.titel'])
    .where('k.opgave_id', '=', opgaveId)
    .orderBy('a.titel')
    .execute();
}

/** Replaces the ambities an opgave is linked to by exactly these (duplicates count once). */
export async function replaceOpgaveAmbities(
  db: Kysely<Database>,
  opgaveId: string,
  ambitieIds: string[],
): Promise<void> {
  await db.deleteFrom('ambitie_opgave').where('opgave_id', '=', opgaveId).execute();
  const uniek = [...new Set(ambitieIds)];
  if (uniek.length > 0)
    await db
      .insertInto('ambitie_opgave')
      .values(uniek.map((a) => ({ ambitie_id: a, opgave_id: opgaveId })))
      .execute();
}

// --- the exploration: stakeholders and findings ------------------------------------------------

export function findStakeholders(db: Kysely<Database>, opgaveId: string) {
  return db
    .selectFrom('opgave_stakeholder')
    .select(['id', 'naam', 'soort', 'belang', 'invloed', 'betrokkenheid'])
    .where('opgave_id', '=', opgaveId)
    .orderBy('aangemaakt_op')
    .execute();
}

export async function insertStakeholder(
  db: Kysely<Database>,
  rij: Omit<Insertable<OpgaveStakeholderTable>, 'id' | 'aangemaakt_op'>,
): Promise<void> {
  await db.insertInto('opgave_stakeholder').values(rij).execute();
}

/** Removes a stakeholder of this opgave; false when the opgave has no such stakeholder. */
export async function deleteStakeholder(
  db: Kysely<Database>,
  opgaveId: string,
  id: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom('opgave_stakeholder')
    .where('id', '=', id)
    .where('opgave_id', '=', opgaveId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The findings, newest date first (and the latest written first within a date). */
export function findBevindingen(db: Kysely<Database>, opgaveId: string) {
  return db
    .selectFrom('opgave_bevinding')
    .select(['id', 'datum', 'tekst'])
    .where('opgave_id', '=', opgaveId)
    .orderBy('datum', 'desc')
    .orderBy('aangemaakt_op', 'desc')
    .execute();
}

export async function insertBevinding(
  db: Kysely<Database>,
  rij: Omit<Insertable<OpgaveBevindingTable>, 'id' | 'aangemaakt_op'>,
): Promise<void> {
  await db.insertInto('opgave_bevinding').values(rij).execute();
}

/** Corrects a finding of this opgave; false when the opgave has no such finding. */
export async function updateBevinding(
  db: Kysely<Database>,
  opgaveId: string,
  id: string,
  w: { datum?: string; tekst?: string },
): Promise<boolean> {
  const r = await db
    .updateTable('opgave_bevinding')
    .set(w)
    .where('id', '=', id)
    .where('opgave_id', '=', opgaveId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Removes a finding of this opgave; false when the opgave has no such finding. */
export async function deleteBevinding(db: Kysely<Database>, opgaveId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('opgave_bevinding')
    .where('id', '=', id)
    .where('opgave_id', '=', opgaveId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
