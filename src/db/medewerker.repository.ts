import { type Kysely, sql } from 'kysely';
import {
  type Gepagineerd,
  geldtOpDatum,
  likePatroon,
  offset,
  type Paginering,
  type Sortering,
  telRijen,
} from './query-helpers';
import type {
  ContracturenRow,
  Database,
  MedewerkerRow,
  MedewerkerUpdate,
  NewMedewerkerRow,
  TeamlidmaatschapRow,
} from './schema';
import { updateMetVersie } from './versie';

export interface MedewerkerFilter {
  teamId?: string;
  zoek?: string;
  functie?: string;
  status: 'in-dienst' | 'uit-dienst' | 'alle';
  expertiseId?: string;
  minNiveau?: number;
}

export type MedewerkerSorteerveld = 'achternaam' | 'personeelsnummer' | 'inDienst' | 'schaal' | 'functie';

/** A medewerker with the team and contract hours in force on the peildatum. */
export interface MedewerkerActueel extends MedewerkerRow {
  team_id: string | null;
  team_naam: string | null;
  uren_per_week: number | null;
}

const SORTEER_KOLOM = {
  achternaam: 'm.achternaam',
  personeelsnummer: 'm.personeelsnummer',
  inDienst: 'm.in_dienst',
  schaal: 'm.schaal',
  functie: 'm.functie',
} as const;

function medewerkerQuery(db: Kysely<Database>, peildatum: string) {
  return db
    .selectFrom('medewerker as m')
    .leftJoin('teamlidmaatschap as l', (join) =>
      join.onRef('l.medewerker_id', '=', 'm.id').on(geldtOpDatum('l', peildatum)),
    )
    .leftJoin('team as t', 't.id', 'l.team_id')
    .leftJoin('contracturen as c', (join) =>
      join.onRef('c.medewerker_id', '=', 'm.id').on(geldtOpDatum('c', peildatum)),
    )
    .selectAll('m')
    .select(['t.id as team_id', 't.naam as team_naam', 'c.uren_per_week']);
}

export async function findMedewerkers(
  db: Kysely<Database>,
  filter: MedewerkerFilter,
  sortering: Sortering<MedewerkerSorteerveld>,
  pagina: Paginering,
  peildatum: string,
): Promise<Gepagineerd<MedewerkerActueel>> {
  let q = medewerkerQuery(db, peildatum);
  if (filter.teamId) q = q.where('l.team_id', '=', filter.teamId);
  if (filter.functie) q = q.where('m.functie', 'ilike', likePatroon(filter.functie));
  if (filter.zoek) {
    const patroon = likePatroon(filter.zoek);
    q = q.where((eb) =>
      eb.or([
        eb(sql`concat_ws(' ', m.voornaam, m.tussenvoegsel, m.achternaam)`, 'ilike', patroon),
        eb('m.personeelsnummer', 'ilike', patroon),
        eb('m.e_mail', 'ilike', patroon),
      ]),
    );
  }
  if (filter.status === 'in-dienst') {
    // In service on the peildatum, as the organisation overview counts: someone who starts next
    // month is not in service yet (the list with status 'alle' and the overview's changes show them).
    q = q
      .where('m.in_dienst', '<=', peildatum)
      .where((eb) => eb.or([eb('m.uit_dienst', 'is', null), eb('m.uit_dienst', '>=', peildatum)]));
  }
  if (filter.status === 'uit-dienst') q = q.where('m.uit_dienst', '<', peildatum);
  if (filter.expertiseId) {
    const expertiseId = filter.expertiseId;
    const minNiveau = filter.minNiveau ?? 1;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('medewerker_expertise as me')
          .select('me.medewerker_id')
          .whereRef('me.medewerker_id', '=', 'm.id')
          .where('me.expertise_id', '=', expertiseId)
          .where('me.niveau', '>=', minNiveau),
      ),
    );
  }
  const [rijen, aantal] = await Promise.all([
    q
      .orderBy(SORTEER_KOLOM[sortering.veld], sortering.richting)
      .orderBy('m.achternaam')
      .orderBy('m.voornaam')
      .orderBy('m.id')
      .limit(pagina.paginaGrootte)
      .offset(offset(pagina))
      .execute(),
    telRijen(q),
  ]);
  return { rijen, aantal };
}

export async function findMedewerker(
  db: Kysely<Database>,
  id: string,
  peildatum: string,
): Promise<MedewerkerActueel | undefined> {
  return medewerkerQuery(db, peildatum).where('m.id', '=', id).executeTakeFirst();
}

/** The bare row, locked for the rest of the transaction so concurrent changes queue up. */
export async function lockMedewerker(db: Kysely<Database>, id: string): Promise<MedewerkerRow | undefined> {
  return db.selectFrom('medewerker').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertMedewerker(db: Kysely<Database>, rij: NewMedewerkerRow): Promise<MedewerkerRow> {
  return db.insertInto('medewerker').values(rij).returningAll().executeTakeFirstOrThrow();
}

/** Updates only when the version still matches; undefined means somebody else was first. */
export async function updateMedewerker(
  db: Kysely<Database>,
  id: string,
  versie: number,
  wijziging: MedewerkerUpdate,
): Promise<MedewerkerRow | undefined> {
  return updateMetVersie(db, 'medewerker', id, versie, wijziging);
}

/** Marks a change to a medewerker's history, so ETags of the medewerker change with it. */
export async function bumpMedewerkerVersie(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .updateTable('medewerker')
    .set((eb) => ({ versie: eb('versie', '+', 1), gewijzigd_op: new Date() }))
    .where('id', '=', id)
    .execute();
}

export async function existsMedewerker(db: Kysely<Database>, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('medewerker').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

export async function existsEMail(db: Kysely<Database>, eMail: string, behalveId?: string): Promise<boolean> {
  let q = db.selectFrom('medewerker').select('id').where(sql`lower(e_mail)`, '=', eMail.toLowerCase());
  if (behalveId) q = q.where('id', '<>', behalveId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function existsPersoneelsnummer(db: Kysely<Database>, nummer: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('medewerker')
      .select('id')
      .where('personeelsnummer', '=', nummer)
      .executeTakeFirst()) !== undefined
  );
}

// --- contracturen -------------------------------------------------------------------------------

export async function findContracturen(
  db: Kysely<Database>,
  medewerkerId: string,
): Promise<ContracturenRow[]> {
  return db
    .selectFrom('contracturen')
    .selectAll()
    .where('medewerker_id', '=', medewerkerId)
    .orderBy('ingangsdatum', 'desc')
    .execute();
}

export async function insertContracturen(
  db: Kysely<Database>,
  rij: { medewerker_id: string; uren_per_week: number; ingangsdatum: string; einddatum?: string | null },
): Promise<ContracturenRow> {
  return db.insertInto('contracturen').values(rij).returningAll().executeTakeFirstOrThrow();
}

export async function endContracturen(db: Kysely<Database>, id: string, einddatum: string): Promise<void> {
  await db.updateTable('contracturen').set({ einddatum }).where('id', '=', id).execute();
}

// --- teamlidmaatschap ---------------------------------------------------------------------------

export interface TeamlidmaatschapMetTeam extends TeamlidmaatschapRow {
  team_naam: string;
}

export async function findTeamlidmaatschappen(
  db: Kysely<Database>,
  medewerkerId: string,
): Promise<TeamlidmaatschapMetTeam[]> {
  return db
    .selectFrom('teamlidmaatschap as l')
    .innerJoin('team as t', 't.id', 'l.team_id')
    .selectAll('l')
    .select('t.naam as team_naam')
    .where('l.medewerker_id', '=', medewerkerId)
    .orderBy('l.ingangsdatum', 'desc')
    .execute();
}

export async function insertTeamlidmaatschap(
  db: Kysely<Database>,
  rij: { medewerker_id: string; team_id: string; ingangsdatum: string; einddatum?: string | null },
): Promise<string> {
  const r = await db.insertInto('teamlidmaatschap').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function endTeamlidmaatschap(
  db: Kysely<Database>,
  id: string,
  einddatum: string,
): Promise<void> {
  await db.updateTable('teamlidmaatschap').set({ einddatum }).where('id', '=', id).execute();
}

// --- ending everything at uit dienst ------------------------------------------------------------

/** Facts of a medewerker that start after a date: they stand in the way of leaving on that date. */
export async function countFactsStartingAfter(
  db: Kysely<Database>,
  medewerkerId: string,
  datum: string,
): Promise<number> {
  const r = await sql<{ n: number }>`
    select (select count(*) from contracturen where medewerker_id = ${medewerkerId} and ingangsdatum > ${datum}::date)
         + (select count(*) from teamlidmaatschap where medewerker_id = ${medewerkerId} and ingangsdatum > ${datum}::date)
         + (select count(*) from leiderschap where medewerker_id = ${medewerkerId} and ingangsdatum > ${datum}::date)
      as n`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** Ends every running contract, membership and leadership of a medewerker on a date. */
export async function endAllFacts(db: Kysely<Database>, medewerkerId: string, datum: string): Promise<void> {
  for (const tabel of ['contracturen', 'teamlidmaatschap', 'leiderschap'] as const) {
    await db
      .updateTable(tabel)
      .set({ einddatum: datum })
      .where('medewerker_id', '=', medewerkerId)
      .where((eb) => eb.or([eb('einddatum', 'is', null), eb('einddatum', '>', datum)]))
      .execute();
  }
}

/** Reopens what leaving on `oud` had ended: to `nieuw` when the date moves, open again when cleared. */
export async function reopenFacts(
  db: Kysely<Database>,
  medewerkerId: string,
  oud: string,
  nieuw: string | null,
): Promise<void> {
  for (const tabel of ['contracturen', 'teamlidmaatschap', 'leiderschap'] as const) {
    await db
      .updateTable(tabel)
      .set({ einddatum: nieuw })
      .where('medewerker_id', '=', medewerkerId)
      .where('einddatum', '=', oud)
      .execute();
  }
}
