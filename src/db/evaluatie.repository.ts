import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { OnderwerpSoort } from '../domain/evaluatie';
import type { Database, EvaluatieActieTable, EvaluatieTable } from './schema';

/** Evaluaties (0024): evaluation moments, their questions, findings and follow-up actions. */

export interface EvaluatieZoek {
  id?: string;
  onderwerp?: OnderwerpSoort;
  onderwerpId?: string;
  /** 'geen': a filter that matches nothing (a reader asking for concepts). */
  status?: 'concept' | 'vastgesteld' | 'geen';
}

/** Evaluations with the name of their subject, newest first. */
export function findEvaluaties(db: Kysely<Database>, z: EvaluatieZoek) {
  let q = db
    .selectFrom('evaluatie as e')
    .leftJoin('verander_fase as f', 'f.id', 'e.verander_fase_id')
    .leftJoin('verander_thema as t', 't.id', 'e.verander_thema_id')
    .leftJoin('opgave as o', 'o.id', 'e.opgave_id')
    .selectAll('e')
    .select([
      'f.volgnummer as fase_volgnummer',
      'f.naam as fase_naam',
      't.naam as thema_naam',
      'o.titel as opgave_titel',
    ])
    .orderBy('e.datum', 'desc')
    .orderBy('e.aangemaakt_op', 'desc');
  if (z.id) q = q.where('e.id', '=', z.id);
  if (z.onderwerp) q = q.where('e.onderwerp_soort', '=', z.onderwerp);
  if (z.status === 'geen') q = q.where(sql<boolean>`false`);
  else if (z.status) q = q.where('e.status', '=', z.status);
  if (z.onderwerpId)
    q = q.where((eb) =>
      eb.or([
        eb('e.verander_fase_id', '=', z.onderwerpId!),
        eb('e.verander_thema_id', '=', z.onderwerpId!),
        eb('e.opgave_id', '=', z.onderwerpId!),
      ]),
    );
  return q.execute();
}

export type EvaluatieRij = Awaited<ReturnType<typeof findEvaluaties>>[number];

export function findVragen(db: Kysely<Database>, evaluatieId: string) {
  return db
    .selectFrom('evaluatie_vraag')
    .selectAll()
    .where('evaluatie_id', '=', evaluatieId)
    .orderBy('volgorde')
    .execute();
}

export function findBevindingen(db: Kysely<Database>, evaluatieId: string) {
  return db
    .selectFrom('evaluatie_bevinding')
    .selectAll()
    .where('evaluatie_id', '=', evaluatieId)
    .orderBy('volgorde')
    .execute();
}

/** Actions with their owner's name parts, by evaluation (or one action). */
export function findActies(db: Kysely<Database>, evaluatieIds: string[], actieId?: string) {
  if (evaluatieIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('evaluatie_actie as a')
    .innerJoin('medewerker as m', 'm.id', 'a.eigenaar_medewerker_id')
    .selectAll('a')
    .select(['m.voornaam', 'm.tussenvoegsel', 'm.achternaam'])
    .where('a.evaluatie_id', 'in', evaluatieIds)
    .orderBy('a.datum')
    .orderBy('a.aangemaakt_op');
  if (actieId) q = q.where('a.id', '=', actieId);
  return q.execute();
}

export type EvaluatieActieRij = Awaited<ReturnType<typeof findActies>>[number];

/** One owner's open actions of vastgestelde evaluations (Mijn werk), with the evaluation's title. */
export function findOpenActiesVan(db: Kysely<Database>, medewerkerId: string) {
  return db
    .selectFrom('evaluatie_actie as a')
    .innerJoin('evaluatie as e', 'e.id', 'a.evaluatie_id')
    .select(['a.id', 'a.omschrijving', 'a.datum', 'a.status', 'e.id as evaluatie_id', 'e.titel'])
    .where('a.eigenaar_medewerker_id', '=', medewerkerId)
    .where('a.status', '=', 'open')
    .where('e.status', '=', 'vastgesteld')
    .orderBy('a.datum')
    .execute();
}

export async function insertEvaluatie(
  db: Kysely<Database>,
  rij: Insertable<EvaluatieTable>,
): Promise<string> {
  const { id } = await db.insertInto('evaluatie').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Changes an evaluation while it has this versie and is a concept; false when that no longer holds. */
export async function updateEvaluatie(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: Omit<Updateable<EvaluatieTable>, 'id' | 'versie' | 'gewijzigd_op'>,
): Promise<boolean> {
  const r = await db
    .updateTable('evaluatie')
    .set({ ...w, versie: sql<number>`versie + 1`, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .where('versie', '=', versie)
    .where('status', '=', 'concept')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Replaces the questions of a concept as a whole (their order is the order given). */
export async function vervangVragen(
  db: Kysely<Database>,
  evaluatieId: string,
  vragen: { vraag: string; antwoord: string }[],
): Promise<void> {
  await db.deleteFrom('evaluatie_vraag').where('evaluatie_id', '=', evaluatieId).execute();
  if (vragen.length === 0) return;
  await db
    .insertInto('evaluatie_vraag')
    .values(vragen.map((v, i) => ({ evaluatie_id: evaluatieId, volgorde: i + 1, ...v })))
    .execute();
}

export async function vervangBevindingen(
  db: Kysely<Database>,
  evaluatieId: string,
  bevindingen: { soort: 'sterk' | 'verbeterpunt' | 'risico'; tekst: string }[],
): Promise<void> {
  await db.deleteFrom('evaluatie_bevinding').where('evaluatie_id', '=', evaluatieId).execute();
  if (bevindingen.length === 0) return;
  await db
    .insertInto('evaluatie_bevinding')
    .values(bevindingen.map((b, i) => ({ evaluatie_id: evaluatieId, volgorde: i + 1, ...b })))
    .execute();
}

export async function insertActie(
  db: Kysely<Database>,
  rij: Insertable<EvaluatieActieTable>,
): Promise<string> {
  const { id } = await db.insertInto('evaluatie_actie').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateActie(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: Pick<
    Updateable<EvaluatieActieTable>,
    'omschrijving' | 'eigenaar_medewerker_id' | 'datum' | 'status' | 'gereed_op' | 'gereed_door'
  >,
): Promise<boolean> {
  const r = await db
    .updateTable('evaluatie_actie')
    .set({ ...w, versie: sql<number>`versie + 1`, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Whether the subject exists: a phase, theme or opgave by id. */
export async function onderwerpBestaat(
  db: Kysely<Database>,
  soort: 'fase' | 'thema' | 'opgave',
  id: string,
): Promise<boolean> {
  const tabel = soort === 'fase' ? 'verander_fase' : soort === 'thema' ? 'verander_thema' : 'opgave';
  const r = await db.selectFrom(tabel).select('id').where('id', '=', id).executeTakeFirst();
  return r !== undefined;
}

export async function medewerkerBestaat(db: Kysely<Database>, id: string): Promise<boolean> {
  const r = await db.selectFrom('medewerker').select('id').where('id', '=', id).executeTakeFirst();
  return r !== undefined;
}

// --- demo -----------------------------------------------------------------------------------------

export async function countEvaluaties(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('evaluatie')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The demo sets an evaluation vastgesteld with the date it was held, which may lie in the past. */
export async function stelVast(
  db: Kysely<Database>,
  id: string,
  versie: number,
  op: Date,
  door: string,
): Promise<boolean> {
  return updateEvaluatie(db, id, versie, {
    status: 'vastgesteld',
    vastgesteld_op: op,
    vastgesteld_door: door,
  });
}

/** The phase with this number (the demo evaluates phase 1). */
export async function findFaseId(db: Kysely<Database>, volgnummer: number): Promise<string | undefined> {
  const r = await db
    .selectFrom('verander_fase')
    .select('id')
    .where('volgnummer', '=', volgnummer)
    .executeTakeFirst();
  return r?.id;
}

/** The medewerker behind a demo account, and any other medewerker as a fallback. */
export async function findMedewerkerVanAccount(
  db: Kysely<Database>,
  eMail: string,
): Promise<string | undefined> {
  const r = await db
    .selectFrom('account')
    .select('medewerker_id')
    .where('e_mail', '=', eMail)
    .where('medewerker_id', 'is not', null)
    .executeTakeFirst();
  if (r?.medewerker_id) return r.medewerker_id;
  const m = await db.selectFrom('medewerker').select('id').orderBy('personeelsnummer').executeTakeFirst();
  return m?.id;
}
