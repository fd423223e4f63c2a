import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

/**
 * The pulsmeting's SQL. No function here returns one person's answer: results leave as counts and
 * sums per team (the service publishes them by src/domain/puls-anonimiteit.ts), open answers as bare
 * texts without team or id. Nothing joins puls_antwoord to puls_deelname or to a person.
 */

export function findRondes(db: Kysely<Database>, opties: { id?: string; statussen?: string[] } = {}) {
  let q = db
    .selectFrom('puls_ronde as r')
    .select([
      'r.id',
      'r.titel',
      'r.status',
      'r.open_vraag',
      'r.geopend_op',
      'r.gesloten_op',
      'r.versie',
      sql<number>`(select count(*) from puls_antwoord a where a.ronde_id = r.id)::int`.as('aantal'),
    ])
    .orderBy(sql`coalesce(r.geopend_op, r.aangemaakt_op)`, 'desc')
    .orderBy('r.titel');
  if (opties.id) q = q.where('r.id', '=', opties.id);
  if (opties.statussen) q = q.where('r.status', 'in', opties.statussen as never);
  return q.execute();
}

export function findVragen(db: Kysely<Database>, rondeIds: string[]) {
  if (rondeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('puls_vraag')
    .select(['ronde_id', 'code', 'tekst'])
    .where('ronde_id', 'in', rondeIds)
    .orderBy('ronde_id')
    .orderBy('volgorde')
    .execute();
}

export async function insertRonde(
  db: Kysely<Database>,
  rij: { titel: string; open_vraag: string | null },
): Promise<string> {
  const { id } = await db
    .insertInto('puls_ronde')
    .values({ ...rij, status: 'concept' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Replaces the questions of a round (only while it is a concept: nobody answered them yet). */
export async function zetVragen(
  db: Kysely<Database>,
  rondeId: string,
  vragen: readonly { code: string; tekst: string }[],
): Promise<void> {
  await db.deleteFrom('puls_vraag').where('ronde_id', '=', rondeId).execute();
  await db
    .insertInto('puls_vraag')
    .values(vragen.map((v, i) => ({ ronde_id: rondeId, code: v.code, tekst: v.tekst, volgorde: i + 1 })))
    .execute();
}

/** Locks the round for the answer being stored, so closing it cannot slip in between. */
export function lockRonde(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('puls_ronde')
    .select(['id', 'status'])
    .where('id', '=', id)
    .forShare()
    .executeTakeFirst();
}

/**
 * Records that this person answered: true when recorded, false when they already had. `on conflict
 * do nothing` waits for a concurrent insert of the same key to commit or roll back, so of two
 * simultaneous submissions exactly one records, on PostgreSQL as on PGlite.
 */
export async function insertDeelname(db: Kysely<Database>, rondeId: string, medewerkerId: string) {
  const r = await db
    .insertInto('puls_deelname')
    .values({ ronde_id: rondeId, medewerker_id: medewerkerId })
    .onConflict((oc) => oc.columns(['ronde_id', 'medewerker_id']).doNothing())
    .returning('ronde_id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Stores an answer. Its id is random and it carries no person and no time. */
export async function insertAntwoord(
  db: Kysely<Database>,
  rij: {
    ronde_id: string;
    team_id: string | null;
    scores: Record<string, number>;
    open_antwoord: string | null;
  },
): Promise<void> {
  await db
    .insertInto('puls_antwoord')
    .values({ ...rij, scores: JSON.stringify(rij.scores) })
    .execute();
}

/**
 * Rewrites a round's answers in a random order with new random ids, when it closes. While a round is
 * open its rows lie in the heap in the order they came in, which next to the audit trail (who
 * answered when) could pair a person with an answer; afterwards row order, ctid and id say nothing.
 * The deleted versions are dead tuples until (auto)vacuum removes them; docs/privacy.md says so.
 */
export async function schudAntwoorden(db: Kysely<Database>, rondeId: string): Promise<void> {
  await sql`
    with weg as (
      delete from puls_antwoord where ronde_id = ${rondeId}
      returning ronde_id, team_id, scores, open_antwoord
    )
    insert into puls_antwoord (ronde_id, team_id, scores, open_antwoord)
    select ronde_id, team_id, scores, open_antwoord from weg order by random()
  `.execute(db);
}

export function isDeelnemer(db: Kysely<Database>, rondeId: string, medewerkerId: string) {
  return db
    .selectFrom('puls_deelname')
    .select('ronde_id')
    .where('ronde_id', '=', rondeId)
    .where('medewerker_id', '=', medewerkerId)
    .executeTakeFirst();
}

/** Open rounds with whether this person answered them. */
export function mijnOpenRondes(db: Kysely<Database>, medewerkerId: string | null) {
  return db
    .selectFrom('puls_ronde as r')
    .select([
      'r.id',
      'r.titel',
      sql<boolean>`exists (select 1 from puls_deelname d where d.ronde_id = r.id and d.medewerker_id = ${medewerkerId})`.as(
        'beantwoord',
      ),
    ])
    .where('r.status', '=', 'open')
    .orderBy('r.geopend_op', 'desc')
    .execute();
}

/** The basisteam a person is in on a day, or null (no membership, or a directie team). */
export async function basisteamOp(
  db: Kysely<Database>,
  medewerkerId: string,
  datum: string,
): Promise<string | null> {
  const r = await db
    .selectFrom('teamlidmaatschap as l')
    .innerJoin('team as t', 't.id', 'l.team_id')
    .select('l.team_id')
    .where('l.medewerker_id', '=', medewerkerId)
    .where('t.soort', '=', 'basisteam')
    .where('l.ingangsdatum', '<=', datum)
    .where((eb) => eb.or([eb('l.einddatum', 'is', null), eb('l.einddatum', '>=', datum)]))
    .executeTakeFirst();
  return r?.team_id ?? null;
}

/** Per team of the round(s): how many answered, and per question the number and sum of scores. */
export async function tellingen(db: Kysely<Database>, rondeIds: string[]) {
  if (rondeIds.length === 0) return { aantallen: [], sommen: [] };
  const aantallen = await db
    .selectFrom('puls_antwoord')
    .select(['ronde_id', 'team_id', sql<number>`count(*)::int`.as('aantal')])
    .where('ronde_id', 'in', rondeIds)
    .groupBy(['ronde_id', 'team_id'])
    .execute();
  const sommen = await sql<{
    ronde_id: string;
    team_id: string | null;
    code: string;
    aantal: number;
    som: number;
  }>`
    select a.ronde_id, a.team_id, s.key as code, count(*)::int as aantal, sum((s.value)::int)::int as som
    from puls_antwoord a, jsonb_each_text(a.scores) s
    where a.ronde_id in (${sql.join(rondeIds)})
    group by a.ronde_id, a.team_id, s.key
  `.execute(db);
  return { aantallen, sommen: sommen.rows };
}

/** The open answers of a round: bare texts, no team, no id, in random order. */
export async function openAntwoorden(db: Kysely<Database>, rondeId: string): Promise<string[]> {
  const r = await db
    .selectFrom('puls_antwoord')
    .select('open_antwoord')
    .where('ronde_id', '=', rondeId)
    .where('open_antwoord', 'is not', null)
    .orderBy(sql`random()`)
    .execute();
  return r.map((x) => x.open_antwoord!);
}

export function teamNamen(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('team').select(['id', 'naam']).where('id', 'in', ids).execute();
}

export async function zetStatus(
  db: Kysely<Database>,
  id: string,
  versie: number,
  status: 'open' | 'gesloten',
  nu: Date,
) {
  return db
    .updateTable('puls_ronde')
    .set({
      status,
      ...(status === 'open' ? { geopend_op: nu } : { gesloten_op: nu }),
      versie: sql<number>`versie + 1`,
    })
    .where('id', '=', id)
    .where('versie', '=', versie)
    .returning('id')
    .executeTakeFirst();
}

// --- demo --------------------------------------------------------------------------------------------

/** Everyone in service on a day with their basisteam then (null: none), for the demo's answers. */
export async function medewerkersMetBasisteam(db: Kysely<Database>, datum: string) {
  const r = await sql<{ medewerker_id: string; team_id: string | null; team_naam: string | null }>`
    select m.id as medewerker_id, t.id as team_id, t.naam as team_naam
    from medewerker m
    left join teamlidmaatschap l on l.medewerker_id = m.id and l.ingangsdatum <= ${datum}::date
      and (l.einddatum is null or l.einddatum >= ${datum}::date)
    left join team t on t.id = l.team_id and t.soort = 'basisteam'
    where m.in_dienst <= ${datum}::date and (m.uit_dienst is null or m.uit_dienst >= ${datum}::date)
    order by m.personeelsnummer`.execute(db);
  return r.rows;
}

/** Medewerkers who have an account: the demo leaves the open round for them to answer. */
export async function medewerkersMetAccount(db: Kysely<Database>): Promise<Set<string>> {
  const r = await db
    .selectFrom('account')
    .select('medewerker_id')
    .where('medewerker_id', 'is not', null)
    .execute();
  return new Set(r.map((x) => x.medewerker_id!));
}

/** A round as the demo loads it: already in its final state, with its dates. */
export async function insertDemoRonde(
  db: Kysely<Database>,
  rij: {
    titel: string;
    status: 'open' | 'gesloten';
    open_vraag: string | null;
    geopend_op: Date;
    gesloten_op: Date | null;
    aangemaakt_op: Date;
  },
): Promise<string> {
  const { id } = await db.insertInto('puls_ronde').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertDemoAntwoorden(
  db: Kysely<Database>,
  rondeId: string,
  antwoorden: { team_id: string | null; scores: Record<string, number>; open_antwoord: string | null }[],
  deelnemers: string[],
): Promise<void> {
  for (let i = 0; i < antwoorden.length; i += 500) {
    await db
      .insertInto('puls_antwoord')
      .values(
        antwoorden.slice(i, i + 500).map((a) => ({
          ronde_id: rondeId,
          team_id: a.team_id,
          scores: JSON.stringify(a.scores),
          open_antwoord: a.open_antwoord,
        })),
      )
      .execute();
  }
  for (let i = 0; i < deelnemers.length; i += 500) {
    await db
      .insertInto('puls_deelname')
      .values(deelnemers.slice(i, i + 500).map((medewerker_id) => ({ ronde_id: rondeId, medewerker_id })))
      .execute();
  }
}
