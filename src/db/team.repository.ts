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
import type { Database, NewTeamRow, TeamRow, TeamUpdate } from './schema';
import { updateMetVersie } from './versie';

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
  return updateMetVersie(db, 'team', id, versie, wijziging);
}

/**
 * Raises the team's versie (its ETag) for a change of something the team answers with, such as its
 * leadership; undefined when the versie is no longer the one the caller read.
 */
export async function bumpTeamVersie(
  db: Kysely<Database>,
  id: string,
  versie: number,
): Promise<TeamRow | undefined> {
  return updateMetVersie(db, 'team', id, versie, {});
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

/** The basisteams not yet dissolved on a date (dissolved later counts), by name. */
export async function findActieveBasisteams(
  db: Kysely<Database>,
  datum: string,
): Promise<{ id: string; naam: string }[]> {
  return db
    .selectFrom('team')
    .select(['id', 'naam'])
    .where('soort', '=', 'basisteam')
    .where((eb) => eb.or([eb('opgeheven_op', 'is', null), eb('opgeheven_op', '>', datum)]))
    .orderBy('naam')
    .execute();
}

/**
 * The non-productive share of the team a medewerker is in on a date: undefined when in no team
 * that day, null when the team keeps the organisation's.
 */
export async function findTeamAandeelVanMedewerker(
  db: Kysely<Database>,
  medewerkerId: string,
  peildatum: string,
): Promise<number | null | undefined> {
  const rij = await db
    .selectFrom('teamlidmaatschap as l')
    .innerJoin('team as t', 't.id', 'l.team_id')
    .select('t.niet_productief_aandeel')
    .where('l.medewerker_id', '=', medewerkerId)
    .where(geldtOpDatum('l', peildatum))
    .executeTakeFirst();
  return rij?.niet_productief_aandeel;
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

/** Who is a member of a team on or after a date (membership running or starting then), by name. */
export async function findLedenVanaf(
  db: Kysely<Database>,
  teamId: string,
  datum: string,
): Promise<{ voornaam: string; tussenvoegsel: string | null; achternaam: string }[]> {
  return db
    .selectFrom('teamlidmaatschap as l')
    .innerJoin('medewerker as m', 'm.id', 'l.medewerker_id')
    .where('l.team_id', '=', teamId)
    .where((eb) => eb.or([eb('l.einddatum', 'is', null), eb('l.einddatum', '>=', datum)]))
    .select(['m.id', 'm.voornaam', 'm.tussenvoegsel', 'm.achternaam'])
    .distinct()
    .orderBy('m.achternaam')
    .orderBy('m.voornaam')
    .execute();
}

/** Everybody who is a member of a team at some point of [van, tot], once each, by name. */
export async function findLedenInPeriode(
  db: Kysely<Database>,
  teamId: string,
  van: string,
  tot: string,
): Promise<
  { id: string; voornaam: string; tussenvoegsel: string | null; achternaam: string; functie: string }[]
> {
  return db
    .selectFrom('teamlidmaatschap as l')
    .innerJoin('medewerker as m', 'm.id', 'l.medewerker_id')
    .where('l.team_id', '=', teamId)
    .where('l.ingangsdatum', '<=', tot)
    .where((eb) => eb.or([eb('l.einddatum', 'is', null), eb('l.einddatum', '>=', van)]))
    .select(['m.id', 'm.voornaam', 'm.tussenvoegsel', 'm.achternaam', 'm.functie'])
    .distinct()
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
