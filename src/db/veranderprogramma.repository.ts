import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import { type IsoDatum, vandaag as vandaagIn } from '../domain/datum';
import {
  type ActieStand,
  isVerlopen,
  type ThemaStand,
  telActies,
  themaStand,
  volgendeMijlpaal,
} from '../domain/veranderprogramma';
import type {
  Database,
  VeranderActieTable,
  VeranderFaseTable,
  VeranderThemaLidTable,
  VeranderThemaTable,
} from './schema';

/** The veranderprogramma (0023): phases, themes, transitieteams and actions. */

type Db = Kysely<Database>;
const naam = sql<string>`concat_ws(' ', m.voornaam, m.tussenvoegsel, m.achternaam)`;

// --- phases ---------------------------------------------------------------------------------------------

export function findFases(db: Db) {
  return db.selectFrom('verander_fase').selectAll().orderBy('volgnummer').execute();
}
export type FaseRij = Awaited<ReturnType<typeof findFases>>[number];

export function findFase(db: Db, id: string) {
  return db.selectFrom('verander_fase').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertFase(db: Db, rij: Insertable<VeranderFaseTable>): Promise<string> {
  const r = await db.insertInto('verander_fase').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Changes a row while it still has this version, raising it in SQL; false when someone was first. */
async function metVersie<
  T extends 'verander_fase' | 'verander_thema' | 'verander_thema_lid' | 'verander_actie',
>(db: Db, tabel: T, id: string, versie: number, w: Record<string, unknown>): Promise<boolean> {
  const r = await db
    .updateTable(tabel as 'verander_fase')
    .set({ ...w, versie: sql<number>`versie + 1`, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export const updateFase = (db: Db, id: string, versie: number, w: Updateable<VeranderFaseTable>) =>
  metVersie(db, 'verander_fase', id, versie, w);

export async function deleteFase(db: Db, id: string, versie: number): Promise<boolean> {
  const r = await db
    .deleteFrom('verander_fase')
    .where('id', '=', id)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function telThemasInFase(db: Db, faseId: string): Promise<number> {
  const r = await db
    .selectFrom('verander_thema')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('fase_id', '=', faseId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Evaluations per phase or theme. An evaluation stays readable as it was (issue 15, item 2), so a
 * phase or theme that has one cannot be removed (the reference has no cascade on purpose).
 */
export async function telEvaluaties(
  db: Db,
  kolom: 'verander_fase_id' | 'verander_thema_id',
): Promise<Map<string, number>> {
  const r = await db
    .selectFrom('evaluatie')
    .select([kolom, (eb) => eb.fn.countAll<number>().as('n')])
    .where(kolom, 'is not', null)
    .groupBy(kolom)
    .execute();
  return new Map(r.map((x) => [x[kolom] as string, Number(x.n)]));
}

// --- themes ---------------------------------------------------------------------------------------------

export function findThemas(db: Db, filter: { id?: string } = {}) {
  let q = db
    .selectFrom('verander_thema as t')
    .leftJoin('medewerker as m', 'm.id', 't.trekker_medewerker_id')
    .selectAll('t')
    .select(naam.as('trekker_naam'))
    .orderBy('t.naam');
  if (filter.id) q = q.where('t.id', '=', filter.id);
  return q.execute();
}
export type ThemaRij = Awaited<ReturnType<typeof findThemas>>[number];

export async function insertThema(db: Db, rij: Insertable<VeranderThemaTable>): Promise<string> {
  const r = await db.insertInto('verander_thema').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export const updateThema = (db: Db, id: string, versie: number, w: Updateable<VeranderThemaTable>) =>
  metVersie(db, 'verander_thema', id, versie, w);

export async function deleteThema(db: Db, id: string, versie: number): Promise<boolean> {
  const r = await db
    .deleteFrom('verander_thema')
    .where('id', '=', id)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Whether a medewerker exists (a trekker, member or owner must be one). */
export async function bestaandeMedewerkers(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const r = await db.selectFrom('medewerker').select('id').where('id', 'in', ids).execute();
  return new Set(r.map((x) => x.id));
}

// --- transitieteam ----------------------------------------------------------------------------------------

export function findLeden(db: Db, themaIds: string[]) {
  if (themaIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('verander_thema_lid as l')
    .innerJoin('medewerker as m', 'm.id', 'l.medewerker_id')
    .selectAll('l')
    .select(naam.as('naam'))
    .where('l.thema_id', 'in', themaIds)
    .orderBy('m.achternaam')
    .orderBy('m.voornaam')
    .execute();
}
export type LidRij = Awaited<ReturnType<typeof findLeden>>[number];

export function findLid(db: Db, themaId: string, lidId: string) {
  return db
    .selectFrom('verander_thema_lid')
    .selectAll()
    .where('id', '=', lidId)
    .where('thema_id', '=', themaId)
    .executeTakeFirst();
}

export async function insertLid(db: Db, rij: Insertable<VeranderThemaLidTable>): Promise<string> {
  const r = await db.insertInto('verander_thema_lid').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export const updateLid = (db: Db, id: string, versie: number, w: Updateable<VeranderThemaLidTable>) =>
  metVersie(db, 'verander_thema_lid', id, versie, w);

export async function deleteLid(db: Db, id: string, versie: number): Promise<boolean> {
  const r = await db
    .deleteFrom('verander_thema_lid')
    .where('id', '=', id)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// --- actions and milestones ------------------------------------------------------------------------------

export function findActies(db: Db, themaIds: string[]) {
  if (themaIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('verander_actie as a')
    .leftJoin('medewerker as m', 'm.id', 'a.eigenaar_medewerker_id')
    .selectAll('a')
    .select(naam.as('eigenaar_naam'))
    .where('a.thema_id', 'in', themaIds)
    .orderBy(sql`a.datum nulls last`)
    .orderBy('a.titel')
    .execute();
}
export type ActieRij = Awaited<ReturnType<typeof findActies>>[number];

export function findActie(db: Db, themaId: string, actieId: string) {
  return db
    .selectFrom('verander_actie')
    .selectAll()
    .where('id', '=', actieId)
    .where('thema_id', '=', themaId)
    .executeTakeFirst();
}

export async function insertActie(db: Db, rij: Insertable<VeranderActieTable>): Promise<string> {
  const r = await db.insertInto('verander_actie').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export const updateActie = (db: Db, id: string, versie: number, w: Updateable<VeranderActieTable>) =>
  metVersie(db, 'verander_actie', id, versie, w);

export async function deleteActie(db: Db, id: string, versie: number): Promise<boolean> {
  const r = await db
    .deleteFrom('verander_actie')
    .where('id', '=', id)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// --- the overview others read (raadsbrief snapshot, directie dashboard) -------------------------------

export interface VeranderprogrammaOverzicht {
  fases: {
    id: string;
    volgnummer: number;
    naam: string;
    doel: string;
    van: IsoDatum | null;
    tot: IsoDatum | null;
    status: 'gepland' | 'lopend' | 'afgerond';
  }[];
  themas: {
    id: string;
    naam: string;
    status: 'actief' | 'gepauzeerd' | 'afgerond';
    stand: ThemaStand;
    faseId: string | null;
    trekker: string | null;
    aantalLeden: number;
    urenPerWeek: number;
    acties: { open: number; gereed: number; verlopen: number };
    volgendeMijlpaal: { titel: string; datum: IsoDatum; verlopen: boolean } | null;
  }[];
}

/**
 * The programme at a glance, for whoever reports on it (the raadsbrief snapshot, the dashboard):
 * the phases, and per theme where it stands, its counts of open/done/overdue actions, its team's
 * size and hours, and its next milestone. Organisation-level: the trekker is named (a role in the
 * programme), members are counted, not named.
 */
export async function veranderprogrammaOverzicht(
  db: Db,
  vandaag: IsoDatum = vandaagIn(),
): Promise<VeranderprogrammaOverzicht> {
  const [fases, themas] = await Promise.all([findFases(db), findThemas(db)]);
  const ids = themas.map((t) => t.id);
  const [acties, leden] = await Promise.all([findActies(db, ids), findLeden(db, ids)]);
  return {
    fases: fases.map((f) => ({
      id: f.id,
      volgnummer: f.volgnummer,
      naam: f.naam,
      doel: f.doel,
      van: f.van,
      tot: f.tot,
      status: f.status,
    })),
    themas: themas.map((t) => {
      const eigen: (ActieStand & { titel: string })[] = acties.filter((a) => a.thema_id === t.id);
      const team = leden.filter((l) => l.thema_id === t.id && l.van <= vandaag && l.tot >= vandaag);
      const m = volgendeMijlpaal(eigen);
      return {
        id: t.id,
        naam: t.naam,
        status: t.status,
        stand: themaStand(t.status, eigen, vandaag),
        faseId: t.fase_id,
        trekker: t.trekker_medewerker_id ? t.trekker_naam : null,
        aantalLeden: team.length,
        urenPerWeek: team.reduce((s, l) => s + Number(l.uren_per_week), 0),
        acties: telActies(eigen, vandaag),
        volgendeMijlpaal: m?.datum
          ? { titel: m.titel, datum: m.datum, verlopen: isVerlopen(m, vandaag) }
          : null,
      };
    }),
  };
}

export async function countFases(db: Db): Promise<number> {
  const r = await db
    .selectFrom('verander_fase')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// --- demo -------------------------------------------------------------------------------------------

/**
 * Medewerkers for the demo's transitieteams: in service, not leading a team (the teamleiders trek),
 * in a stable order so the demo is the same every time.
 */
export async function findDemoKandidaten(db: Db): Promise<{ id: string }[]> {
  const r = await sql<{ id: string }>`
    select m.id from medewerker m
     where m.uit_dienst is null
       and not exists (select 1 from leiderschap l where l.medewerker_id = m.id and l.einddatum is null)
     order by m.personeelsnummer`.execute(db);
  return r.rows;
}

/** Teamleiders in service (the demo's trekkers), in a stable order. */
export async function findDemoTeamleiders(db: Db): Promise<{ id: string }[]> {
  const r = await sql<{ id: string }>`
    select distinct m.id, m.personeelsnummer from medewerker m
      join leiderschap l on l.medewerker_id = m.id and l.einddatum is null and l.rol = 'teamleider'
     where m.uit_dienst is null
     order by m.personeelsnummer`.execute(db);
  return r.rows.map((x) => ({ id: x.id }));
}

/** The medewerker behind a demo account (the demo medewerker trekt a theme). */
export async function findAccountMedewerker(db: Db, eMail: string): Promise<string | null> {
  const r = await db
    .selectFrom('account')
    .select('medewerker_id')
    .where('e_mail', '=', eMail)
    .executeTakeFirst();
  return r?.medewerker_id ?? null;
}

/**
 * The open actions and milestones of one person's Mijn werk: those they own, and those of the
 * themes they carry as trekker (who answers for the theme as a whole), with the theme's name.
 */
export function findOpenActiesVoor(db: Db, medewerkerId: string) {
  return db
    .selectFrom('verander_actie as a')
    .innerJoin('verander_thema as t', 't.id', 'a.thema_id')
    .select([
      'a.id',
      'a.thema_id',
      'a.soort',
      'a.titel',
      'a.datum',
      'a.status',
      'a.eigenaar_medewerker_id',
      't.naam as thema_naam',
      't.trekker_medewerker_id',
    ])
    .where('a.status', '=', 'open')
    .where((eb) =>
      eb.or([
        eb('a.eigenaar_medewerker_id', '=', medewerkerId),
        eb('t.trekker_medewerker_id', '=', medewerkerId),
      ]),
    )
    .execute();
}
