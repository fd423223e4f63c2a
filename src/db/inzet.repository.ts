import { type Kysely, sql } from 'kysely';
import type { Bewerking } from '../domain/inzet';
import type { Database } from './schema';

export async function findReeksen(db: Kysely<Database>, medewerkerId: string, resultaatdoelId: string) {
  return db
    .selectFrom('inzet')
    .select(['id', 'van', 'tot', 'uren_per_week'])
    .where('medewerker_id', '=', medewerkerId)
    .where('resultaatdoel_id', '=', resultaatdoelId)
    .orderBy('van')
    .execute();
}

/** The version of the hours of one medewerker on one goal; undefined while none were ever set. */
export async function findReeksVersie(
  db: Kysely<Database>,
  medewerkerId: string,
  resultaatdoelId: string,
): Promise<number | undefined> {
  const r = await db
    .selectFrom('inzet_reeks')
    .select('versie')
    .where('medewerker_id', '=', medewerkerId)
    .where('resultaatdoel_id', '=', resultaatdoelId)
    .executeTakeFirst();
  return r?.versie;
}

/** The version of the hours of one medewerker on one goal, locked for the rest of the transaction. */
export async function lockReeksVersie(
  db: Kysely<Database>,
  medewerkerId: string,
  resultaatdoelId: string,
): Promise<number> {
  await db
    .insertInto('inzet_reeks')
    .values({ medewerker_id: medewerkerId, resultaatdoel_id: resultaatdoelId })
    .onConflict((oc) => oc.columns(['medewerker_id', 'resultaatdoel_id']).doNothing())
    .execute();
  const r = await db
    .selectFrom('inzet_reeks')
    .select('versie')
    .where('medewerker_id', '=', medewerkerId)
    .where('resultaatdoel_id', '=', resultaatdoelId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return r.versie;
}

export async function pasBewerkingToe(
  db: Kysely<Database>,
  medewerkerId: string,
  resultaatdoelId: string,
  b: Bewerking,
): Promise<void> {
  if (b.verwijder.length > 0) await db.deleteFrom('inzet').where('id', 'in', b.verwijder).execute();
  for (const w of b.wijzig)
    await db.updateTable('inzet').set({ van: w.van, tot: w.tot }).where('id', '=', w.id).execute();
  if (b.nieuw.length > 0) {
    await db
      .insertInto('inzet')
      .values(
        b.nieuw.map((n) => ({
          medewerker_id: medewerkerId,
          soort: 'robuust' as const,
          resultaatdoel_id: resultaatdoelId,
          van: n.van,
          tot: n.tot,
          uren_per_week: n.urenPerWeek,
        })),
      )
      .execute();
  }
  await db
    .updateTable('inzet_reeks')
    .set((eb) => ({ versie: eb('versie', '+', 1) }))
    .where('medewerker_id', '=', medewerkerId)
    .where('resultaatdoel_id', '=', resultaatdoelId)
    .execute();
}

/** Every run on a team's goals that touches [van, tot], with the version of its (medewerker, goal) pair. */
export async function findTeamInzet(db: Kysely<Database>, teamId: string, van: string, tot: string) {
  return db
    .selectFrom('inzet as i')
    .innerJoin('resultaatdoel as r', 'r.id', 'i.resultaatdoel_id')
    .innerJoin('inzet_reeks as s', (join) =>
      join
        .onRef('s.medewerker_id', '=', 'i.medewerker_id')
        .onRef('s.resultaatdoel_id', '=', 'i.resultaatdoel_id'),
    )
    .select(['i.medewerker_id', 'i.resultaatdoel_id', 'i.van', 'i.tot', 'i.uren_per_week', 's.versie'])
    .where('r.team_id', '=', teamId)
    .where('i.van', '<=', tot)
    .where('i.tot', '>=', van)
    .orderBy('i.medewerker_id')
    .orderBy('i.resultaatdoel_id')
    .orderBy('i.van')
    .execute();
}

/** Hours of inzet on each goal that fall within [van, tot] (a fifth of a week per weekday). */
export async function ingezetPerResultaatdoel(db: Kysely<Database>, ids: string[], van: string, tot: string) {
  if (ids.length === 0) return new Map<string, number>();
  const r = await sql<{ resultaatdoel_id: string; uren: number }>`
    select i.resultaatdoel_id, sum(i.uren_per_week / 5.0)::float8 as uren
      from inzet i
      join generate_series(greatest(i.van, ${van}::date), least(i.tot, ${tot}::date), interval '1 day') as d on true
     where i.resultaatdoel_id = any(${ids}::uuid[]) and extract(isodow from d) < 6
       and i.van <= ${tot}::date and i.tot >= ${van}::date
     group by i.resultaatdoel_id`.execute(db);
  return new Map(r.rows.map((x) => [x.resultaatdoel_id, Number(x.uren)]));
}

// --- agile inzet (on a capaciteitsvraag) ----------------------------------------------------------

/** Whether the medewerker already has inzet on the capaciteitsvraag in some day of [van, tot]. */
export async function heeftInzetOpVraag(
  db: Kysely<Database>,
  medewerkerId: string,
  capaciteitsvraagId: string,
  van: string,
  tot: string,
): Promise<boolean> {
  const r = await db
    .selectFrom('inzet')
    .select('id')
    .where('medewerker_id', '=', medewerkerId)
    .where('capaciteitsvraag_id', '=', capaciteitsvraagId)
    .where('van', '<=', tot)
    .where('tot', '>=', van)
    .executeTakeFirst();
  return r !== undefined;
}

/** Agile hours on a capaciteitsvraag, made by consent to an inzetverzoek. */
export async function insertWendbareInzet(
  db: Kysely<Database>,
  i: {
    medewerkerId: string;
    capaciteitsvraagId: string;
    inzetverzoekId: string;
    van: string;
    tot: string;
    urenPerWeek: number;
  },
): Promise<void> {
  await db
    .insertInto('inzet')
    .values({
      medewerker_id: i.medewerkerId,
      soort: 'wendbaar',
      resultaatdoel_id: null,
      capaciteitsvraag_id: i.capaciteitsvraagId,
      inzetverzoek_id: i.inzetverzoekId,
      van: i.van,
      tot: i.tot,
      uren_per_week: i.urenPerWeek,
    })
    .execute();
}

// --- transitieteam hours (veranderprogramma) ------------------------------------------------------

/**
 * A transitieteam member's hours on a theme as agile inzet: what there was is replaced by the run
 * given (or by nothing), so the capacity figures (beschikbaarheid, werkdruk, team grids) count the
 * membership as they count any wendbaar inzet, through this one table.
 */
export async function vervangThemaInzet(
  db: Kysely<Database>,
  medewerkerId: string,
  veranderThemaId: string,
  run: { van: string; tot: string; urenPerWeek: number } | null,
): Promise<void> {
  await db
    .deleteFrom('inzet')
    .where('medewerker_id', '=', medewerkerId)
    .where('verander_thema_id', '=', veranderThemaId)
    .execute();
  if (!run) return;
  await db
    .insertInto('inzet')
    .values({
      medewerker_id: medewerkerId,
      soort: 'wendbaar',
      resultaatdoel_id: null,
      verander_thema_id: veranderThemaId,
      van: run.van,
      tot: run.tot,
      uren_per_week: run.urenPerWeek,
    })
    .execute();
}
