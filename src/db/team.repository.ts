import type { Kysely } from 'kysely';
import { bezettingPerTeam } from './bezetting.queries';
import {
  type Gepagineerd,
  geldtOpDatum,
  likePatroon,
  offset,
  type Paginering,
  type Sortering,
  telRijen,
} from './query-helpers';
import type { Database, LeiderschapRow, NewTeamRow, TeamRow, TeamUpdate } from './schema';

export interface TeamFilter {
  soort?: 'directie' | 'basisteam';
  zoek?: string;
  status: 'actief' | 'opgeheven' | 'alle';
  parentId?: string;
}

export type TeamSorteerveld = 'naam' | 'soort' | 'aantalMedewerkers';

export interface TeamMetBezetting extends TeamRow {
  parent_naam: string | null;
  aantal_medewerkers: number;
  contracturen: number;
}

export interface LeiderschapMetNamen extends LeiderschapRow {
  team_naam: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
}

const SORTEER_KOLOM = { naam: 't.naam', soort: 't.soort', aantalMedewerkers: 'aantal_medewerkers' } as const;

function teamQuery(db: Kysely<Database>, peildatum: string) {
  return db
    .selectFrom('team as t')
    .leftJoin('team as p', 'p.id', 't.parent_id')
    .leftJoin(bezettingPerTeam(db, peildatum).as('b'), 'b.team_id', 't.id')
    .selectAll('t')
    .select((eb) => [
      'p.naam as parent_naam',
      eb.fn.coalesce('b.aantal', eb.lit(0)).as('aantal_medewerkers'),
      eb.fn.coalesce('b.uren', eb.lit(0)).as('contracturen'),
    ]);
}

export async function findTeams(
  db: Kysely<Database>,
  filter: TeamFilter,
  sortering: Sortering<TeamSorteerveld>,
  pagina: Paginering,
  peildatum: string,
): Promise<Gepagineerd<TeamMetBezetting>> {
  let q = teamQuery(db, peildatum);
  if (filter.soort) q = q.where('t.soort', '=', filter.soort);
  if (filter.parentId) q = q.where('t.parent_id', '=', filter.parentId);
  if (filter.zoek) q = q.where('t.naam', 'ilike', likePatroon(filter.zoek));
  if (filter.status === 'actief') q = q.where('t.opgeheven_op', 'is', null);
  if (filter.status === 'opgeheven') q = q.where('t.opgeheven_op', 'is not', null);
  const [rijen, aantal] = await Promise.all([
    q
      .orderBy(SORTEER_KOLOM[sortering.veld], sortering.richting)
      .orderBy('t.naam')
      .orderBy('t.id')
      .limit(pagina.paginaGrootte)
      .offset(offset(pagina))
      .execute(),
    telRijen(q),
  ]);
  return { rijen: rijen as TeamMetBezetting[], aantal };
}

export async function findTeam(
  db: Kysely<Database>,
  id: string,
  peildatum: string,
): Promise<TeamMetBezetting | undefined> {
  return (await teamQuery(db, peildatum).where('t.id', '=', id).executeTakeFirst()) as
    | TeamMetBezetting
    | undefined;
}

export async function findTeamRow(db: Kysely<Database>, id: string): Promise<TeamRow | undefined> {
  return db.selectFrom('team').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTeam(db: Kysely<Database>, team: NewTeamRow): Promise<TeamRow> {
  return db.insertInto('team').values(team).returningAll().executeTakeFirstOrThrow();
}

/** Updates only when the version still matches; undefined means somebody else was first. */
export async function updateTeam(
  db: Kysely<Database>,
  id: string,
  versie: number,
  wijziging: TeamUpdate,
): Promise<TeamRow | undefined> {
  return db
    .updateTable('team')
    .set({ ...wijziging, versie: versie + 1, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .where('versie', '=', versie)
    .returningAll()
    .executeTakeFirst();
}

/** Ancestors of a team, nearest first; used to refuse a parent that would make a cycle. */
export async function findAncestorIds(db: Kysely<Database>, id: string): Promise<string[]> {
  const ids: string[] = [];
  let huidig: string | null = id;
  while (huidig && ids.length < 100) {
    const rij: { parent_id: string | null } | undefined = await db
      .selectFrom('team')
      .select('parent_id')
      .where('id', '=', huidig)
      .executeTakeFirst();
    huidig = rij?.parent_id ?? null;
    if (huidig) ids.push(huidig);
  }
  return ids;
}

function leiderschapQuery(db: Kysely<Database>) {
  return db
    .selectFrom('leiderschap as ls')
    .innerJoin('medewerker as m', 'm.id', 'ls.medewerker_id')
    .innerJoin('team as t', 't.id', 'ls.team_id')
    .selectAll('ls')
    .select(['t.naam as team_naam', 'm.voornaam', 'm.tussenvoegsel', 'm.achternaam']);
}

/** Leaders of teams; with a peildatum only those in office that day, else the whole history. */
export async function findLeiderschap(
  db: Kysely<Database>,
  opties: { teamIds?: string[]; medewerkerId?: string; peildatum?: string },
): Promise<LeiderschapMetNamen[]> {
  let q = leiderschapQuery(db);
  if (opties.teamIds) {
    if (opties.teamIds.length === 0) return [];
    q = q.where('ls.team_id', 'in', opties.teamIds);
  }
  if (opties.medewerkerId) q = q.where('ls.medewerker_id', '=', opties.medewerkerId);
  if (opties.peildatum) q = q.where(geldtOpDatum('ls', opties.peildatum));
  return q.orderBy('ls.ingangsdatum', 'desc').orderBy('m.achternaam').execute();
}

export async function findLeiderschapById(
  db: Kysely<Database>,
  id: string,
): Promise<LeiderschapMetNamen | undefined> {
  return leiderschapQuery(db).where('ls.id', '=', id).executeTakeFirst();
}

export async function insertLeiderschap(
  db: Kysely<Database>,
  rij: {
    medewerker_id: string;
    team_id: string;
    rol: 'teamleider' | 'directeur';
    gemeentesecretaris: boolean;
    ingangsdatum: string;
  },
): Promise<string> {
  const r = await db.insertInto('leiderschap').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function endLeiderschap(db: Kysely<Database>, id: string, einddatum: string): Promise<void> {
  await db.updateTable('leiderschap').set({ einddatum }).where('id', '=', id).execute();
}

export interface Lid {
  lidmaatschap_id: string;
  medewerker_id: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  functie: string;
  uren_per_week: number | null;
  ingangsdatum: string;
  einddatum: string | null;
}

/** Members of a team on a date who are in service that day, by name. */
export async function findLeden(db: Kysely<Database>, teamId: string, peildatum: string): Promise<Lid[]> {
  return db
    .selectFrom('teamlidmaatschap as l')
    .innerJoin('medewerker as m', 'm.id', 'l.medewerker_id')
    .leftJoin('contracturen as c', (join) =>
      join.onRef('c.medewerker_id', '=', 'm.id').on(geldtOpDatum('c', peildatum)),
    )
    .where('l.team_id', '=', teamId)
    .where(geldtOpDatum('l', peildatum))
    .where('m.in_dienst', '<=', peildatum)
    .where((eb) => eb.or([eb('m.uit_dienst', 'is', null), eb('m.uit_dienst', '>=', peildatum)]))
    .select([
      'l.id as lidmaatschap_id',
      'm.id as medewerker_id',
      'm.voornaam',
      'm.tussenvoegsel',
      'm.achternaam',
      'm.functie',
      'c.uren_per_week',
      'l.ingangsdatum',
      'l.einddatum',
    ])
    .orderBy('m.achternaam')
    .orderBy('m.voornaam')
    .execute();
}

export interface MatrixCel {
  medewerker_id: string;
  expertise_id: string;
  expertise_naam: string;
  categorie: string;
  niveau: number;
  ambitie: boolean;
}

/** The expertise of a team's members on a date: the cells of the team's expertise matrix. */
export async function findTeamExpertise(
  db: Kysely<Database>,
  teamId: string,
  peildatum: string,
): Promise<MatrixCel[]> {
  return db
    .selectFrom('teamlidmaatschap as l')
    .innerJoin('medewerker_expertise as me', 'me.medewerker_id', 'l.medewerker_id')
    .innerJoin('expertise as e', 'e.id', 'me.expertise_id')
    .where('l.team_id', '=', teamId)
    .where(geldtOpDatum('l', peildatum))
    .select([
      'me.medewerker_id',
      'me.expertise_id',
      'e.naam as expertise_naam',
      'e.categorie',
      'me.niveau',
      'me.ambitie',
    ])
    .orderBy('e.categorie')
    .orderBy('e.naam')
    .execute();
}
