import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import { geldtOpDatum } from './query-helpers';
import type {
  Database,
  GesprekActieTable,
  GesprekNotitieTable,
  GesprekssoortTable,
  GesprekTable,
} from './schema';

/** The gesprekscyclus's SQL (issue 14, item 2); reach is decided by the service (src/access/gesprek.ts). */

export type GesprekRij = Selectable<GesprekTable> & {
  soort_naam: string;
  medewerker_voornaam: string;
  medewerker_tussenvoegsel: string | null;
  medewerker_achternaam: string;
  team_naam: string | null;
  leider_voornaam: string | null;
  leider_tussenvoegsel: string | null;
  leider_achternaam: string | null;
};

function gesprekQuery(db: Kysely<Database>) {
  return db
    .selectFrom('gesprek as g')
    .innerJoin('gesprekssoort as s', 's.code', 'g.soort')
    .innerJoin('medewerker as m', 'm.id', 'g.medewerker_id')
    .leftJoin('team as t', 't.id', 'g.team_id')
    .leftJoin('medewerker as l', 'l.id', 'g.leidinggevende_id')
    .selectAll('g')
    .select([
      's.naam as soort_naam',
      'm.voornaam as medewerker_voornaam',
      'm.tussenvoegsel as medewerker_tussenvoegsel',
      'm.achternaam as medewerker_achternaam',
      't.naam as team_naam',
      'l.voornaam as leider_voornaam',
      'l.tussenvoegsel as leider_tussenvoegsel',
      'l.achternaam as leider_achternaam',
    ]);
}

export async function findGesprekken(db: Kysely<Database>, medewerkerId: string): Promise<GesprekRij[]> {
  return gesprekQuery(db)
    .where('g.medewerker_id', '=', medewerkerId)
    .orderBy('g.datum', 'desc')
    .orderBy('g.aangemaakt_op', 'desc')
    .execute();
}

export async function findGesprek(db: Kysely<Database>, id: string): Promise<GesprekRij | undefined> {
  return gesprekQuery(db).where('g.id', '=', id).executeTakeFirst();
}

export async function findActies(
  db: Kysely<Database>,
  gesprekIds: readonly string[],
): Promise<Selectable<GesprekActieTable>[]> {
  if (gesprekIds.length === 0) return [];
  return db
    .selectFrom('gesprek_actie')
    .selectAll()
    .where('gesprek_id', 'in', gesprekIds)
    .orderBy('aangemaakt_op')
    .orderBy('id')
    .execute();
}

export async function findActie(
  db: Kysely<Database>,
  id: string,
): Promise<Selectable<GesprekActieTable> | undefined> {
  return db.selectFrom('gesprek_actie').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findNotities(
  db: Kysely<Database>,
  gesprekIds: readonly string[],
): Promise<Selectable<GesprekNotitieTable>[]> {
  if (gesprekIds.length === 0) return [];
  return db
    .selectFrom('gesprek_notitie')
    .selectAll()
    .where('gesprek_id', 'in', gesprekIds)
    .orderBy('aangemaakt_op')
    .orderBy('id')
    .execute();
}

export async function insertGesprek(db: Kysely<Database>, rij: Insertable<GesprekTable>): Promise<string> {
  const r = await db.insertInto('gesprek').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function insertActie(db: Kysely<Database>, rij: Insertable<GesprekActieTable>): Promise<string> {
  const r = await db.insertInto('gesprek_actie').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function insertNotitie(
  db: Kysely<Database>,
  rij: Insertable<GesprekNotitieTable>,
): Promise<string> {
  const r = await db.insertInto('gesprek_notitie').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function findSoorten(db: Kysely<Database>): Promise<Selectable<GesprekssoortTable>[]> {
  return db.selectFrom('gesprekssoort').selectAll().orderBy('volgorde').orderBy('code').execute();
}

export async function insertSoort(db: Kysely<Database>, rij: Insertable<GesprekssoortTable>): Promise<void> {
  await db.insertInto('gesprekssoort').values(rij).execute();
}

export async function findSoort(
  db: Kysely<Database>,
  code: string,
): Promise<Selectable<GesprekssoortTable> | undefined> {
  return db.selectFrom('gesprekssoort').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Another kind with this name, whatever its case: two kinds called alike cannot be told apart in a list. */
export async function findSoortOpNaam(
  db: Kysely<Database>,
  naam: string,
  behalveCode?: string,
): Promise<{ code: string } | undefined> {
  let q = db
    .selectFrom('gesprekssoort')
    .select('code')
    .where(sql<string>`lower(naam)`, '=', naam.toLowerCase());
  if (behalveCode !== undefined) q = q.where('code', '<>', behalveCode);
  return q.executeTakeFirst();
}

/** Rename or switch off/on at the version the caller read; undefined when that version is gone. */
export async function updateSoort(
  db: Kysely<Database>,
  code: string,
  versie: number,
  w: Pick<Updateable<GesprekssoortTable>, 'naam' | 'actief'>,
): Promise<Selectable<GesprekssoortTable> | undefined> {
  return db
    .updateTable('gesprekssoort')
    .set({ ...w, versie: sql<number>`versie + 1` })
    .where('code', '=', code)
    .where('versie', '=', versie)
    .returningAll()
    .executeTakeFirst();
}

/** The medewerker's team memberships and in- and out-of-service dates: what `leidingOp` needs. */
export async function findLidmaatschappen(db: Kysely<Database>, medewerkerId: string) {
  return db
    .selectFrom('teamlidmaatschap')
    .select(['team_id', 'ingangsdatum', 'einddatum'])
    .where('medewerker_id', '=', medewerkerId)
    .execute();
}

/** The leadership of the given teams, all of its history. */
export async function findLeiding(db: Kysely<Database>, teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  return db
    .selectFrom('leiderschap')
    .select(['team_id', 'medewerker_id', 'rol', 'ingangsdatum', 'einddatum'])
    .where('team_id', 'in', teamIds)
    .execute();
}

/** The medewerkers in the teams `leiderId` leads on `peildatum` (for the overdue-actions list). */
export async function findGeleideMedewerkers(
  db: Kysely<Database>,
  leiderId: string,
  peildatum: string,
): Promise<string[]> {
  const rijen = await db
    .selectFrom('leiderschap as ls')
    .innerJoin('teamlidmaatschap as tl', 'tl.team_id', 'ls.team_id')
    .select('tl.medewerker_id')
    .where('ls.medewerker_id', '=', leiderId)
    .where(geldtOpDatum('ls', peildatum))
    .where(geldtOpDatum('tl', peildatum))
    .where('tl.medewerker_id', '!=', leiderId)
    .distinct()
    .execute();
  return rijen.map((r) => r.medewerker_id);
}

export interface VerlopenRij extends Selectable<GesprekActieTable> {
  medewerker_id: string;
  gesprek_datum: string;
  soort_naam: string;
  leidinggevende_id: string | null;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
}

/**
 * Open actions whose deadline lies before `vandaag`: of everybody (`reikwijdte` null) or of the
 * conversations of the given medewerkers and those held by `leiderId`.
 */
export async function findVerlopenActies(
  db: Kysely<Database>,
  vandaag: string,
  reikwijdte: { medewerkerIds: readonly string[]; leiderId: string } | null,
): Promise<VerlopenRij[]> {
  let q = db
    .selectFrom('gesprek_actie as a')
    .innerJoin('gesprek as g', 'g.id', 'a.gesprek_id')
    .innerJoin('gesprekssoort as s', 's.code', 'g.soort')
    .innerJoin('medewerker as m', 'm.id', 'g.medewerker_id')
    .selectAll('a')
    .select([
      'g.medewerker_id',
      'g.datum as gesprek_datum',
      's.naam as soort_naam',
      'g.leidinggevende_id',
      'm.voornaam',
      'm.tussenvoegsel',
      'm.achternaam',
    ])
    .where('a.afgerond_op', 'is', null)
    .where('a.deadline', '<', vandaag)
    .where('m.geanonimiseerd_op', 'is', null);
  if (reikwijdte) {
    const { medewerkerIds, leiderId } = reikwijdte;
    q = q.where((eb) =>
      eb.or([
        eb('g.leidinggevende_id', '=', leiderId),
        ...(medewerkerIds.length > 0 ? [eb('g.medewerker_id', 'in', medewerkerIds)] : []),
      ]),
    );
  }
  return q.orderBy('a.deadline').orderBy('m.achternaam').execute();
}

/** All conversations of one medewerker with their actions and notes: the AVG export. */
export async function findGesprekkenVoorInzage(db: Kysely<Database>, medewerkerId: string) {
  const gesprekken = await findGesprekken(db, medewerkerId);
  const ids = gesprekken.map((g) => g.id);
  const [acties, notities] = await Promise.all([findActies(db, ids), findNotities(db, ids)]);
  return { gesprekken, acties, notities };
}

/** What the rules need of the medewerker: the employment dates. */
export async function findMedewerkerDienst(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('medewerker')
    .select(['id', 'in_dienst', 'uit_dienst'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// --- the demo's conversations (src/demo/demo-gesprekken.ts) ---------------------------------------

/** Medewerkers in service on `peildatum`, in a stable order, with their team memberships. */
export async function findDemoKandidaten(db: Kysely<Database>, peildatum: string) {
  const [medewerkers, leden, leiding] = await Promise.all([
    db
      .selectFrom('medewerker')
      .select(['id', 'in_dienst'])
      .where('in_dienst', '<=', peildatum)
      .where((eb) => eb.or([eb('uit_dienst', 'is', null), eb('uit_dienst', '>=', peildatum)]))
      .orderBy('personeelsnummer')
      .execute(),
    db
      .selectFrom('teamlidmaatschap')
      .select(['medewerker_id', 'team_id', 'ingangsdatum', 'einddatum'])
      .execute(),
    db
      .selectFrom('leiderschap')
      .select(['medewerker_id', 'team_id', 'rol', 'ingangsdatum', 'einddatum'])
      .execute(),
  ]);
  return { medewerkers, leden, leiding };
}

export async function findMedewerkerVanAccount(db: Kysely<Database>, eMail: string): Promise<string | null> {
  const r = await db
    .selectFrom('account')
    .select('medewerker_id')
    .where('e_mail', '=', eMail)
    .executeTakeFirst();
  return r?.medewerker_id ?? null;
}

export async function countGesprekken(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('gesprek')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Removes a medewerker's conversations with their actions and notes (anonymisation, AVG). */
export async function deleteGesprekkenVan(db: Kysely<Database>, medewerkerId: string): Promise<number> {
  const r = await db.deleteFrom('gesprek').where('medewerker_id', '=', medewerkerId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/**
 * Per basisteam its members on `peildatum` and how many of them had a held conversation (not only
 * planned) in [van, tot]: counts only, for the aggregate.
 */
export async function findDekkingPerTeam(db: Kysely<Database>, peildatum: string, van: string, tot: string) {
  const rijen = await db
    .selectFrom('teamlidmaatschap as tl')
    .innerJoin('team as t', 't.id', 'tl.team_id')
    .leftJoin('gesprek as g', (j) =>
      j
        .onRef('g.medewerker_id', '=', 'tl.medewerker_id')
        .on('g.datum', '>=', van)
        .on('g.datum', '<=', tot)
        .on('g.status', '!=', 'gepland'),
    )
    .select((eb) => [
      't.id as team_id',
      't.naam',
      eb.fn.count<string>('tl.medewerker_id').distinct().as('leden'),
      eb.fn.count<string>('g.medewerker_id').distinct().as('met_gesprek'),
    ])
    .where('t.soort', '=', 'basisteam')
    .where(geldtOpDatum('tl', peildatum))
    .groupBy(['t.id', 't.naam'])
    .execute();
  return rijen.map((r) => ({
    teamId: r.team_id,
    naam: r.naam,
    aantalMedewerkers: Number(r.leden),
    aantalMetGesprek: Number(r.met_gesprek),
  }));
}
