import { type Kysely, sql } from 'kysely';
import type { Database, ResultaatdoelStatus } from './schema';
import { updateMetVersie } from './versie';

export async function findResultaatdoelen(db: Kysely<Database>, teamId: string, periode?: string) {
  let q = db
    .selectFrom('resultaatdoel as r')
    .leftJoin('medewerker as m', 'm.id', 'r.eigenaar_medewerker_id')
    .selectAll('r')
    .select(['m.voornaam', 'm.tussenvoegsel', 'm.achternaam'])
    .where('r.team_id', '=', teamId);
  if (periode) q = q.where('r.periode', '=', periode);
  const doelen = await q.orderBy('r.periode').orderBy('r.prioriteit').execute();
  const ids = doelen.map((d) => d.id);
  const [koppelingen, voortgang] = ids.length
    ? await Promise.all([
        db
          .selectFrom('resultaatdoel_beleidsdoel as k')
          .innerJoin('beleidsdoel as b', 'b.id', 'k.beleidsdoel_id')
          .select(['k.resultaatdoel_id', 'k.beleidsdoel_id', 'k.gewicht', 'b.naam'])
          .where('k.resultaatdoel_id', 'in', ids)
          .execute(),
        db
          .selectFrom('voortgang')
          .selectAll()
          .where('resultaatdoel_id', 'in', ids)
          .orderBy('datum', 'desc')
          .orderBy('aangemaakt_op', 'desc')
          .execute(),
      ])
    : [[], []];
  return doelen.map((d) => ({
    ...d,
    beleidsdoelen: koppelingen.filter((k) => k.resultaatdoel_id === d.id),
    laatsteVoortgang: voortgang.find((v) => v.resultaatdoel_id === d.id) ?? null,
  }));
}

export async function findResultaatdoel(db: Kysely<Database>, id: string) {
  return db.selectFrom('resultaatdoel').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function maxPrioriteit(db: Kysely<Database>, teamId: string, periode: string): Promise<number> {
  const r = await db
    .selectFrom('resultaatdoel')
    .select((eb) => eb.fn.max('prioriteit').as('max'))
    .where('team_id', '=', teamId)
    .where('periode', '=', periode)
    .executeTakeFirst();
  return Number(r?.max ?? 0);
}

export interface ResultaatdoelVelden {
  titel: string;
  omschrijving: string | null;
  indicator: string | null;
  doelwaarde: number | null;
  eenheid: string | null;
  geschatte_uren: number;
  eigenaar_medewerker_id: string | null;
  status: ResultaatdoelStatus;
}

export async function insertResultaatdoel(
  db: Kysely<Database>,
  rij: ResultaatdoelVelden & { team_id: string; periode: string; prioriteit: number },
): Promise<string> {
  const r = await db.insertInto('resultaatdoel').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateResultaatdoel(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: Partial<ResultaatdoelVelden>,
): Promise<boolean> {
  return (await updateMetVersie(db, 'resultaatdoel', id, versie, w)) !== undefined;
}

export async function setBeleidsdoelen(
  db: Kysely<Database>,
  resultaatdoelId: string,
  koppelingen: { beleidsdoelId: string; gewicht: number }[],
): Promise<void> {
  await db.deleteFrom('resultaatdoel_beleidsdoel').where('resultaatdoel_id', '=', resultaatdoelId).execute();
  if (koppelingen.length === 0) return;
  await db
    .insertInto('resultaatdoel_beleidsdoel')
    .values(
      koppelingen.map((k) => ({
        resultaatdoel_id: resultaatdoelId,
        beleidsdoel_id: k.beleidsdoelId,
        gewicht: k.gewicht,
      })),
    )
    .execute();
}

/** New ranks 1..n in the given order; the deferred unique check lets ranks swap within the transaction. */
export async function herorden(db: Kysely<Database>, ids: string[]): Promise<void> {
  await sql`set constraints resultaatdoel_prioriteit_uniek deferred`.execute(db);
  for (const [i, id] of ids.entries()) {
    await db
      .updateTable('resultaatdoel')
      .set((eb) => ({ prioriteit: i + 1, versie: eb('versie', '+', 1), gewijzigd_op: new Date() }))
      .where('id', '=', id)
      .execute();
  }
}

export async function findVoortgang(db: Kysely<Database>, resultaatdoelId: string) {
  return db
    .selectFrom('voortgang')
    .selectAll()
    .where('resultaatdoel_id', '=', resultaatdoelId)
    .orderBy('datum', 'desc')
    .orderBy('aangemaakt_op', 'desc')
    .execute();
}

export async function insertVoortgang(
  db: Kysely<Database>,
  rij: {
    resultaatdoel_id: string;
    datum: string;
    waarde: number | null;
    toelichting: string | null;
    account_id: string | null;
  },
) {
  return db.insertInto('voortgang').values(rij).returningAll().executeTakeFirstOrThrow();
}
