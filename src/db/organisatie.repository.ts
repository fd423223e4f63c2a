import { type Kysely, sql } from 'kysely';
import { bezettingPerTeam } from './bezetting.queries';
import { geldtOpDatum, likePatroon, telRijen } from './query-helpers';
import type { Database } from './schema';

export interface TeamBezetting {
  id: string;
  naam: string;
  soort: 'directie' | 'basisteam';
  parent_id: string | null;
  aantal: number;
  uren: number;
}

/** Every active team with its members and contract hours on a date. */
export async function findActieveTeamsMetBezetting(
  db: Kysely<Database>,
  peildatum: string,
): Promise<TeamBezetting[]> {
  return db
    .selectFrom('team as t')
    .leftJoin(bezettingPerTeam(db, peildatum).as('b'), 'b.team_id', 't.id')
    .where((eb) => eb.or([eb('t.opgeheven_op', 'is', null), eb('t.opgeheven_op', '>', peildatum)]))
    .select((eb) => [
      't.id',
      't.naam',
      't.soort',
      't.parent_id',
      eb.fn.coalesce('b.aantal', eb.lit(0)).as('aantal'),
      eb.fn.coalesce('b.uren', eb.lit(0)).as('uren'),
    ])
    .orderBy('t.soort')
    .orderBy('t.naam')
    .execute() as Promise<TeamBezetting[]>;
}

export interface OpenWijzigingRij {
  soort: 'teamwissel' | 'contractwijziging' | 'uitDienst' | 'inDienst';
  datum: string;
  medewerker_id: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  detail: string | null;
}

/** Changes dated after the peildatum: hires, leavers, team moves and contract changes ahead. */
export async function findOpenWijzigingen(
  db: Kysely<Database>,
  peildatum: string,
  limiet: number,
): Promise<OpenWijzigingRij[]> {
  const r = await sql<OpenWijzigingRij>`
    select * from (
      select 'inDienst' as soort, m.in_dienst::text as datum, m.id as medewerker_id, m.voornaam, m.tussenvoegsel, m.achternaam, m.functie as detail
        from medewerker m where m.in_dienst > ${peildatum}::date
      union all
      select 'uitDienst', m.uit_dienst::text, m.id, m.voornaam, m.tussenvoegsel, m.achternaam, null
        from medewerker m where m.uit_dienst >= ${peildatum}::date
      union all
      select 'teamwissel', l.ingangsdatum::text, m.id, m.voornaam, m.tussenvoegsel, m.achternaam, t.naam
        from teamlidmaatschap l join medewerker m on m.id = l.medewerker_id join team t on t.id = l.team_id
        where l.ingangsdatum > ${peildatum}::date and l.ingangsdatum > m.in_dienst
      union all
      select 'contractwijziging', c.ingangsdatum::text, m.id, m.voornaam, m.tussenvoegsel, m.achternaam, c.uren_per_week::text
        from contracturen c join medewerker m on m.id = c.medewerker_id
        where c.ingangsdatum > ${peildatum}::date and c.ingangsdatum > m.in_dienst
    ) w order by datum, achternaam limit ${limiet}`.execute(db);
  return r.rows;
}

/** Active basisteams without a teamleider on the peildatum. */
export async function findTeamsZonderTeamleider(
  db: Kysely<Database>,
  peildatum: string,
): Promise<{ id: string; naam: string }[]> {
  return db
    .selectFrom('team as t')
    .where('t.soort', '=', 'basisteam')
    .where('t.opgeheven_op', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('leiderschap as ls')
            .select('ls.id')
            .whereRef('ls.team_id', '=', 't.id')
            .where('ls.rol', '=', 'teamleider')
            .where(geldtOpDatum('ls', peildatum)),
        ),
      ),
    )
    .select(['t.id', 't.naam'])
    .orderBy('t.naam')
    .execute();
}

/**
 * Medewerkers in service on the peildatum who belong to no team that day: the first `limiet` by
 * name, and how many there are in all (the organisation's headcount counts every one of them).
 */
export async function findMedewerkersZonderTeam(
  db: Kysely<Database>,
  peildatum: string,
  limiet = 100,
): Promise<{
  rijen: { id: string; voornaam: string; tussenvoegsel: string | null; achternaam: string }[];
  aantal: number;
}> {
  const q = db
    .selectFrom('medewerker as m')
    .where('m.in_dienst', '<=', peildatum)
    .where((eb) => eb.or([eb('m.uit_dienst', 'is', null), eb('m.uit_dienst', '>=', peildatum)]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('teamlidmaatschap as l')
            .select('l.id')
            .whereRef('l.medewerker_id', '=', 'm.id')
            .where(geldtOpDatum('l', peildatum)),
        ),
      ),
    )
    .select(['m.id', 'm.voornaam', 'm.tussenvoegsel', 'm.achternaam']);
  const [rijen, aantal] = await Promise.all([
    q.orderBy('m.achternaam').orderBy('m.voornaam').orderBy('m.id').limit(limiet).execute(),
    telRijen(q),
  ]);
  return { rijen, aantal };
}

export interface ZoekTreffer {
  id: string;
  naam: string;
  omschrijving: string | null;
}

/** At most `limiet` hits each among medewerkers (in service), active teams and expertises. */
export async function search(db: Kysely<Database>, zoekterm: string, peildatum: string, limiet: number) {
  const patroon = likePatroon(zoekterm);
  const [medewerkers, teams, expertises] = await Promise.all([
    db
      .selectFrom('medewerker as m')
      .leftJoin('teamlidmaatschap as l', (join) =>
        join.onRef('l.medewerker_id', '=', 'm.id').on(geldtOpDatum('l', peildatum)),
      )
      .leftJoin('team as t', 't.id', 'l.team_id')
      .where((eb) =>
        eb.or([
          eb(sql`concat_ws(' ', m.voornaam, m.tussenvoegsel, m.achternaam)`, 'ilike', patroon),
          eb('m.personeelsnummer', 'ilike', patroon),
          eb('m.e_mail', 'ilike', patroon),
        ]),
      )
      .where((eb) => eb.or([eb('m.uit_dienst', 'is', null), eb('m.uit_dienst', '>=', peildatum)]))
      .select([
        'm.id',
        sql<string>`concat_ws(' ', m.voornaam, m.tussenvoegsel, m.achternaam)`.as('naam'),
        sql<string>`concat_ws(' · ', m.functie, t.naam)`.as('omschrijving'),
      ])
      .orderBy('m.achternaam')
      .limit(limiet)
      .execute(),
    db
      .selectFrom('team')
      .where('naam', 'ilike', patroon)
      .where('opgeheven_op', 'is', null)
      .select(['id', 'naam', 'soort as omschrijving'])
      .orderBy('naam')
      .limit(limiet)
      .execute(),
    db
      .selectFrom('expertise')
      .where((eb) => eb.or([eb('naam', 'ilike', patroon), eb('categorie', 'ilike', patroon)]))
      .where('vervallen', '=', false)
      .select(['id', 'naam', 'categorie as omschrijving'])
      .orderBy('naam')
      .limit(limiet)
      .execute(),
  ]);
  return {
    medewerkers: medewerkers as ZoekTreffer[],
    teams: teams as ZoekTreffer[],
    expertises: expertises as ZoekTreffer[],
  };
}
