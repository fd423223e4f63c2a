import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

export interface Instellingen {
  nietProductiefAandeel: number;
  bevrijdingsdag: 'jaarlijks' | 'lustrum';
  /** The version of the settings as a whole: it rises with every change of any of them. */
  versie: number;
}

export async function getInstellingen(db: Kysely<Database>): Promise<Instellingen> {
  const rijen = await db.selectFrom('instelling').select(['sleutel', 'waarde', 'versie']).execute();
  const waarde = (sleutel: string) => rijen.find((r) => r.sleutel === sleutel)?.waarde;
  return {
    nietProductiefAandeel: Number(waarde('nietProductiefAandeel') ?? 0.15),
    bevrijdingsdag: waarde('bevrijdingsdag') === 'lustrum' ? 'lustrum' : 'jaarlijks',
    versie: rijen.reduce((s, r) => s + r.versie, 0),
  };
}

export async function setInstelling(db: Kysely<Database>, sleutel: string, waarde: unknown): Promise<void> {
  await db
    .updateTable('instelling')
    .set((eb) => ({ waarde: JSON.stringify(waarde), versie: eb('versie', '+', 1), gewijzigd_op: new Date() }))
    .where('sleutel', '=', sleutel)
    .execute();
}

// --- afwezigheid --------------------------------------------------------------------------------

export async function findAfwezigheid(
  db: Kysely<Database>,
  medewerkerIds: string[],
  vanWeek: string,
  totWeek: string,
) {
  if (medewerkerIds.length === 0) return [];
  return db
    .selectFrom('afwezigheid')
    .select(['medewerker_id', 'week', 'uren', 'versie'])
    .where('medewerker_id', 'in', medewerkerIds)
    .where('week', '>=', vanWeek)
    .where('week', '<=', totWeek)
    .orderBy('week')
    .execute();
}

export async function findAfwezigheidWeek(db: Kysely<Database>, medewerkerId: string, week: string) {
  return db
    .selectFrom('afwezigheid')
    .select(['uren', 'versie'])
    .where('medewerker_id', '=', medewerkerId)
    .where('week', '=', week)
    .executeTakeFirst();
}

/** Writes the hours of one week; with a version only if that is still the stored one. */
export async function saveAfwezigheid(
  db: Kysely<Database>,
  medewerkerId: string,
  week: string,
  uren: number,
  versie: number | null,
): Promise<{ uren: number; versie: number } | undefined> {
  if (versie === null) {
    return db
      .insertInto('afwezigheid')
      .values({ medewerker_id: medewerkerId, week, uren })
      .onConflict((oc) => oc.columns(['medewerker_id', 'week']).doNothing())
      .returning(['uren', 'versie'])
      .executeTakeFirst();
  }
  return db
    .updateTable('afwezigheid')
    .set({ uren, versie: versie + 1, gewijzigd_op: new Date() })
    .where('medewerker_id', '=', medewerkerId)
    .where('week', '=', week)
    .where('versie', '=', versie)
    .returning(['uren', 'versie'])
    .executeTakeFirst();
}

// --- beschikbaarheid ----------------------------------------------------------------------------

export interface BeschikbaarheidRij {
  medewerker_id: string;
  periode: string;
  contract_uren: number;
  feestdag_uren: number;
  afwezigheid_uren: number;
  robuust_uren: number;
  wendbaar_uren: number;
}

/**
 * Gross hours per medewerker and period, computed in the database: every weekday of [van, tot] in
 * service and (for a team) in the team that day, a fifth of the contract hours in force, holidays
 * counted apart; absence of an ISO week spread over its five weekdays. The service applies the
 * clipping and the non-productive share, as the domain function does. Planned inzet (robust and
 * agile) is summed the same way: a run's hours per week, a fifth on each weekday.
 */
export async function findBrutoUren(
  db: Kysely<Database>,
  opties: {
    van: string;
    tot: string;
    per: 'week' | 'maand';
    feestdagen: string[];
    teamId?: string;
    medewerkerId?: string;
  },
): Promise<BeschikbaarheidRij[]> {
  const periode = opties.per === 'week' ? sql`to_char(d, 'IYYY-"W"IW')` : sql`to_char(d, 'YYYY-MM')`;
  const leden = opties.teamId
    ? sql`select medewerker_id, ingangsdatum as van, coalesce(einddatum, 'infinity'::date) as tot
            from teamlidmaatschap
           where team_id = ${opties.teamId} and ingangsdatum <= ${opties.tot}::date
             and (einddatum is null or einddatum >= ${opties.van}::date)`
    : sql`select id as medewerker_id, in_dienst as van, coalesce(uit_dienst, 'infinity'::date) as tot
            from medewerker where id = ${opties.medewerkerId ?? null}`;
  const r = await sql<BeschikbaarheidRij>`
    with dag as (
      select d::date as dag, ${periode} as periode, to_char(d, 'IYYY-"W"IW') as week,
             d::date = any(${opties.feestdagen}::date[]) as feestdag
        from generate_series(${opties.van}::date, ${opties.tot}::date, interval '1 day') as d
       where extract(isodow from d) < 6
    ),
    lid as (${leden}),
    -- Intervals in which a medewerker is in the team and in service: joined to days by range, so
    -- the work grows with the days that matter, not with members × days × rows.
    aanwezig as (
      select lid.medewerker_id,
             greatest(lid.van, m.in_dienst, ${opties.van}::date) as van,
             least(lid.tot, coalesce(m.uit_dienst, 'infinity'::date), ${opties.tot}::date) as tot
        from lid join medewerker m on m.id = lid.medewerker_id
    ),
    segment as (
      select w.medewerker_id, c.uren_per_week,
             greatest(w.van, c.ingangsdatum) as van, least(w.tot, coalesce(c.einddatum, 'infinity'::date)) as tot
        from aanwezig w
        join contracturen c on c.medewerker_id = w.medewerker_id
                           and c.ingangsdatum <= w.tot and coalesce(c.einddatum, 'infinity'::date) >= w.van
    ),
    bruto as (
      select s.medewerker_id, dag.periode,
             sum(s.uren_per_week / 5.0) as contract_uren,
             sum(case when dag.feestdag then s.uren_per_week / 5.0 else 0 end) as feestdag_uren
        from segment s join dag on dag.dag between s.van and s.tot
       group by s.medewerker_id, dag.periode
    ),
    afw as (
      select a.medewerker_id, dag.periode, sum(a.uren / 5.0) as uren
        from aanwezig w
        join afwezigheid a on a.medewerker_id = w.medewerker_id
        join dag on dag.week = a.week and dag.dag between w.van and w.tot
       group by a.medewerker_id, dag.periode
    ),
    inz as (
      select i.medewerker_id, dag.periode,
             sum(case when i.soort = 'robuust' then i.uren_per_week / 5.0 else 0 end) as robuust,
             sum(case when i.soort = 'wendbaar' then i.uren_per_week / 5.0 else 0 end) as wendbaar
        from aanwezig w
        join inzet i on i.medewerker_id = w.medewerker_id and i.van <= w.tot and i.tot >= w.van
        join dag on dag.dag between greatest(i.van, w.van) and least(i.tot, w.tot)
       group by i.medewerker_id, dag.periode
    )
    select b.medewerker_id, b.periode,
           b.contract_uren::float8 as contract_uren,
           b.feestdag_uren::float8 as feestdag_uren,
           coalesce(afw.uren, 0)::float8 as afwezigheid_uren,
           coalesce(inz.robuust, 0)::float8 as robuust_uren,
           coalesce(inz.wendbaar, 0)::float8 as wendbaar_uren
      from bruto b
      left join afw on afw.medewerker_id = b.medewerker_id and afw.periode = b.periode
      left join inz on inz.medewerker_id = b.medewerker_id and inz.periode = b.periode
     order by b.medewerker_id, b.periode`.execute(db);
  return r.rows;
}

export interface TeamRollupRij {
  team_id: string;
  periode: string;
  beschikbaar: number;
  robuust: number;
  wendbaar: number;
  vraag: number;
}

/**
 * Every active basisteam × month in one query: available hours (each medewerker's gross minus
 * absence, never below zero, less the team's non-productive share — the domain's rule, summed in the
 * database), planned inzet, and the demand of the team's result goals spread evenly over the months
 * of their period.
 */
export async function findTeamRollup(
  db: Kysely<Database>,
  opties: { van: string; tot: string; feestdagen: string[]; nietProductiefAandeel: number },
): Promise<TeamRollupRij[]> {
  const r = await sql<TeamRollupRij>`
    with dag as (
      select d::date as dag, to_char(d, 'YYYY-MM') as periode, to_char(d, 'IYYY-"W"IW') as week,
             d::date = any(${opties.feestdagen}::date[]) as feestdag
        from generate_series(${opties.van}::date, ${opties.tot}::date, interval '1 day') as d
       where extract(isodow from d) < 6
    ),
    team_actief as (
      select id, coalesce(niet_productief_aandeel, ${opties.nietProductiefAandeel}) as aandeel
        from team where soort = 'basisteam' and (opgeheven_op is null or opgeheven_op > ${opties.van}::date)
    ),
    aanwezig as (
      select l.team_id, l.medewerker_id,
             greatest(l.ingangsdatum, m.in_dienst, ${opties.van}::date) as van,
             least(coalesce(l.einddatum, 'infinity'::date), coalesce(m.uit_dienst, 'infinity'::date), ${opties.tot}::date) as tot
        from teamlidmaatschap l
        join team_actief t on t.id = l.team_id
        join medewerker m on m.id = l.medewerker_id
       where l.ingangsdatum <= ${opties.tot}::date and (l.einddatum is null or l.einddatum >= ${opties.van}::date)
    ),
    segment as (
      select w.team_id, w.medewerker_id, c.uren_per_week,
             greatest(w.van, c.ingangsdatum) as van, least(w.tot, coalesce(c.einddatum, 'infinity'::date)) as tot
        from aanwezig w
        join contracturen c on c.medewerker_id = w.medewerker_id
                           and c.ingangsdatum <= w.tot and coalesce(c.einddatum, 'infinity'::date) >= w.van
    ),
    bruto as (
      select s.team_id, s.medewerker_id, dag.periode,
             sum(case when dag.feestdag then 0 else s.uren_per_week / 5.0 end) as uren
        from segment s join dag on dag.dag between s.van and s.tot
       group by 1, 2, 3
    ),
    afw as (
      select w.team_id, a.medewerker_id, dag.periode, sum(a.uren / 5.0) as uren
        from aanwezig w
        join afwezigheid a on a.medewerker_id = w.medewerker_id
        join dag on dag.week = a.week and dag.dag between w.van and w.tot
       group by 1, 2, 3
    ),
    inz as (
      select w.team_id, dag.periode,
             sum(case when i.soort = 'robuust' then i.uren_per_week / 5.0 else 0 end) as robuust,
             sum(case when i.soort = 'wendbaar' then i.uren_per_week / 5.0 else 0 end) as wendbaar
        from aanwezig w
        join inzet i on i.medewerker_id = w.medewerker_id and i.van <= w.tot and i.tot >= w.van
        join dag on dag.dag between greatest(i.van, w.van) and least(i.tot, w.tot)
       group by 1, 2
    ),
    beschikbaar as (
      select b.team_id, b.periode, sum(greatest(0, b.uren - coalesce(a.uren, 0)) * (1 - t.aandeel)) as uren
        from bruto b
        join team_actief t on t.id = b.team_id
        left join afw a on a.team_id = b.team_id and a.medewerker_id = b.medewerker_id and a.periode = b.periode
       group by 1, 2
    ),
    vraag as (
      select r.team_id, to_char(m, 'YYYY-MM') as periode,
             sum(r.geschatte_uren / case when r.periode like '%-Q%' then 3 else 12 end) as uren
        from resultaatdoel r
        join team_actief t on t.id = r.team_id
        join generate_series(
               case when r.periode like '%-Q%'
                    then make_date(left(r.periode, 4)::int, (right(r.periode, 1)::int - 1) * 3 + 1, 1)
                    else make_date(r.periode::int, 1, 1) end,
               case when r.periode like '%-Q%'
                    then make_date(left(r.periode, 4)::int, (right(r.periode, 1)::int - 1) * 3 + 1, 1) + interval '2 months'
                    else make_date(r.periode::int, 12, 1) end,
               interval '1 month') as m on true
       where r.status <> 'vervallen'
         and m >= date_trunc('month', ${opties.van}::date) and m <= ${opties.tot}::date
       group by 1, 2
    ),
    sleutels as (
      select team_id, periode from beschikbaar
      union select team_id, periode from inz
      union select team_id, periode from vraag
    )
    select s.team_id, s.periode,
           coalesce(b.uren, 0)::float8 as beschikbaar,
           coalesce(i.robuust, 0)::float8 as robuust,
           coalesce(i.wendbaar, 0)::float8 as wendbaar,
           coalesce(v.uren, 0)::float8 as vraag
      from sleutels s
      left join beschikbaar b on b.team_id = s.team_id and b.periode = s.periode
      left join inz i on i.team_id = s.team_id and i.periode = s.periode
      left join vraag v on v.team_id = s.team_id and v.periode = s.periode
     order by s.team_id, s.periode`.execute(db);
  return r.rows;
}
