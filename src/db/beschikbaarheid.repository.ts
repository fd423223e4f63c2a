import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

export interface Instellingen {
  nietProductiefAandeel: number;
  bevrijdingsdag: 'jaarlijks' | 'lustrum';
  /** Share of a team's capacity kept for robust work, unless the team sets its own. */
  robuustReservering: number;
  /** The version of the settings as a whole: it rises with every change of any of them. */
  versie: number;
}

export async function getInstellingen(db: Kysely<Database>): Promise<Instellingen> {
  const rijen = await db.selectFrom('instelling').select(['sleutel', 'waarde', 'versie']).execute();
  const waarde = (sleutel: string) => rijen.find((r) => r.sleutel === sleutel)?.waarde;
  return {
    nietProductiefAandeel: Number(waarde('nietProductiefAandeel') ?? 0.15),
    bevrijdingsdag: waarde('bevrijdingsdag') === 'lustrum' ? 'lustrum' : 'jaarlijks',
    robuustReservering: Number(waarde('robuustReservering') ?? 0.6),
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
 * The calendar of [van, tot] as running counts, so the weekdays of any stretch inside it cost two
 * lookups instead of one row per day: `wd` counts weekdays up to and including `dag`, `nd` the
 * weekdays that are no public holiday. Starts a day before `van`, so "count up to the day before the
 * stretch" always exists. Also the periods (ISO weeks or months, clipped to [van, tot]) and the ISO
 * weeks that absence is recorded in.
 */
function kalender(van: string, tot: string, per: 'week' | 'maand', feestdagen: string[]) {
  const stap = per === 'week' ? sql`'1 week'` : sql`'1 month'`;
  const eenheid = per === 'week' ? sql`'week'` : sql`'month'`;
  const label = per === 'week' ? sql`to_char(m, 'IYYY-"W"IW')` : sql`to_char(m, 'YYYY-MM')`;
  return sql`
    kal as (
      select d::date as dag,
             count(*) filter (where extract(isodow from d) < 6) over w as wd,
             count(*) filter (where extract(isodow from d) < 6 and d::date <> all(${feestdagen}::date[])) over w as nd
        from generate_series(${van}::date - 1, ${tot}::date, interval '1 day') as d
      window w as (order by d)
    ),
    per as (
      select ${label} as periode,
             greatest(m::date, ${van}::date) as van,
             least((m + interval ${stap} - interval '1 day')::date, ${tot}::date) as tot
        from generate_series(date_trunc(${eenheid}, ${van}::date), ${tot}::date, interval ${stap}) as m
    ),
    wk as (
      select to_char(m, 'IYYY-"W"IW') as week, m::date as ma
        from generate_series(date_trunc('week', ${van}::date), ${tot}::date, interval '1 week') as m
    )`;
}

/**
 * Gross hours per medewerker and period, computed in the database: every weekday of [van, tot] in
 * service and (for a team) in the team that day, a fifth of the contract hours in force, holidays
 * counted apart; absence of an ISO week spread over its five weekdays. The service applies the
 * clipping and the non-productive share, as the domain function does. Planned inzet (robust and
 * agile) is summed the same way: a run's hours per week, a fifth on each weekday.
 *
 * Every stretch (contract segment, absence week, inzet run) is cut by the periods it overlaps and
 * its weekdays counted from the running calendar, so the work grows with stretches × periods, never
 * with days.
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
    /** Several medewerkers at once, wherever they work (their employment decides). */
    medewerkerIds?: readonly string[];
  },
): Promise<BeschikbaarheidRij[]> {
  const { van, tot } = opties;
  const leden = opties.teamId
    ? sql`select medewerker_id, ingangsdatum as van, coalesce(einddatum, 'infinity'::date) as tot
            from teamlidmaatschap
           where team_id = ${opties.teamId} and ingangsdatum <= ${tot}::date
             and (einddatum is null or einddatum >= ${van}::date)`
    : opties.medewerkerIds
      ? sql`select id as medewerker_id, in_dienst as van, coalesce(uit_dienst, 'infinity'::date) as tot
              from medewerker where id = any(${[...opties.medewerkerIds]}::uuid[])`
      : sql`select id as medewerker_id, in_dienst as van, coalesce(uit_dienst, 'infinity'::date) as tot
              from medewerker where id = ${opties.medewerkerId ?? null}`;
  const r = await sql<BeschikbaarheidRij>`
    with ${kalender(van, tot, opties.per, opties.feestdagen)},
    lid as (${leden}),
    -- Intervals in which a medewerker is in the team and in service, inside [van, tot].
    aanwezig as (
      select * from (
        select lid.medewerker_id,
               greatest(lid.van, m.in_dienst, ${van}::date) as van,
               least(lid.tot, coalesce(m.uit_dienst, 'infinity'::date), ${tot}::date) as tot
          from lid join medewerker m on m.id = lid.medewerker_id
      ) a where van <= tot
    ),
    segment as (
      select w.medewerker_id, c.uren_per_week,
             greatest(w.van, c.ingangsdatum) as van, least(w.tot, coalesce(c.einddatum, 'infinity'::date)) as tot
        from aanwezig w
        join contracturen c on c.medewerker_id = w.medewerker_id
                           and c.ingangsdatum <= w.tot and coalesce(c.einddatum, 'infinity'::date) >= w.van
    ),
    bruto as (
      select s.medewerker_id, p.periode,
             sum(s.uren_per_week / 5.0 * (k1.wd - k0.wd)) as contract_uren,
             sum(s.uren_per_week / 5.0 * ((k1.wd - k0.wd) - (k1.nd - k0.nd))) as feestdag_uren
        from segment s
        join per p on p.van <= s.tot and p.tot >= s.van
        join kal k0 on k0.dag = greatest(s.van, p.van) - 1
        join kal k1 on k1.dag = least(s.tot, p.tot)
       group by s.medewerker_id, p.periode
    ),
    afw as (
      select a.medewerker_id, p.periode, sum(a.uren / 5.0 * (k1.wd - k0.wd)) as uren
        from aanwezig w
        join afwezigheid a on a.medewerker_id = w.medewerker_id
        join wk on wk.week = a.week
        join per p on p.van <= least(wk.ma + 4, w.tot) and p.tot >= greatest(wk.ma, w.van)
        join kal k0 on k0.dag = greatest(wk.ma, w.van, p.van) - 1
        join kal k1 on k1.dag = least(wk.ma + 4, w.tot, p.tot)
       where greatest(wk.ma, w.van, p.van) <= least(wk.ma + 4, w.tot, p.tot)
       group by a.medewerker_id, p.periode
    ),
    inz as (
      select i.medewerker_id, p.periode,
             sum(case when i.soort = 'robuust' then i.uren_per_week / 5.0 * (k1.wd - k0.wd) else 0 end) as robuust,
             sum(case when i.soort = 'wendbaar' then i.uren_per_week / 5.0 * (k1.wd - k0.wd) else 0 end) as wendbaar
        from aanwezig w
        join inzet i on i.medewerker_id = w.medewerker_id and i.van <= w.tot and i.tot >= w.van
        join per p on p.van <= least(i.tot, w.tot) and p.tot >= greatest(i.van, w.van)
        join kal k0 on k0.dag = greatest(i.van, w.van, p.van) - 1
        join kal k1 on k1.dag = least(i.tot, w.tot, p.tot)
       group by i.medewerker_id, p.periode
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
  /** Null in the totals of a month (or the grand total). */
  team_id: string | null;
  /** Null in a team's total over the year (or the grand total). */
  periode: string | null;
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
  opties: {
    van: string;
    tot: string;
    feestdagen: string[];
    nietProductiefAandeel: number;
    /** Months (the organisation view) or ISO weeks (a team's room for agile work). */
    per?: 'week' | 'maand';
    /** Only these teams; all active basisteams when left out. */
    teamIds?: readonly string[];
  },
): Promise<TeamRollupRij[]> {
  const { van, tot } = opties;
  const teamFilter = opties.teamIds ? sql`and id = any(${[...opties.teamIds]}::uuid[])` : sql``;
  const r = await sql<TeamRollupRij>`
    with ${kalender(van, tot, opties.per ?? 'maand', opties.feestdagen)},
    team_actief as (
      select id, coalesce(niet_productief_aandeel, ${opties.nietProductiefAandeel}) as aandeel
        from team where soort = 'basisteam' and (opgeheven_op is null or opgeheven_op > ${van}::date) ${teamFilter}
    ),
    aanwezig as (
      select * from (
        select l.team_id, l.medewerker_id,
               greatest(l.ingangsdatum, m.in_dienst, ${van}::date) as van,
               least(coalesce(l.einddatum, 'infinity'::date), coalesce(m.uit_dienst, 'infinity'::date), ${tot}::date) as tot
          from teamlidmaatschap l
          join team_actief t on t.id = l.team_id
          join medewerker m on m.id = l.medewerker_id
         where l.ingangsdatum <= ${tot}::date and (l.einddatum is null or l.einddatum >= ${van}::date)
      ) a where van <= tot
    ),
    segment as (
      select w.team_id, w.medewerker_id, c.uren_per_week,
             greatest(w.van, c.ingangsdatum) as van, least(w.tot, coalesce(c.einddatum, 'infinity'::date)) as tot
        from aanwezig w
        join contracturen c on c.medewerker_id = w.medewerker_id
                           and c.ingangsdatum <= w.tot and coalesce(c.einddatum, 'infinity'::date) >= w.van
    ),
    -- Team totals as step functions: every stretch adds its hours a day from its first day and
    -- removes them after its last, so a team's rate changes only where a stretch starts or ends.
    -- Summing the steps per month costs teams × steps × months, not medewerkers × days.
    -- Many stretches share their first and last day (a year, a quarter): add those up first.
    segment_som as (
      select team_id, van, tot, sum(uren_per_week)::float8 as uren from segment group by 1, 2, 3
    ),
    contract_stap as (
      select team_id, dag as van, lead(dag) over (partition by team_id order by dag) - 1 as tot,
             sum(delta) over (partition by team_id order by dag) as per_dag
        from (select team_id, dag, sum(delta) / 5.0 as delta
                from (select team_id, van as dag, uren as delta from segment_som
                      union all
                      select team_id, tot + 1, -uren from segment_som) e
               group by 1, 2) s
    ),
    bruto_team as (
      select s.team_id, p.periode, sum(s.per_dag * (k1.nd - k0.nd)) as uren
        from contract_stap s
        join per p on p.van <= s.tot and p.tot >= s.van
        join kal k0 on k0.dag = greatest(s.van, p.van) - 1
        join kal k1 on k1.dag = least(s.tot, p.tot)
       where s.per_dag <> 0
       group by 1, 2
    ),
    afw as (
      select w.team_id, a.medewerker_id, p.periode, sum(a.uren / 5.0 * (k1.wd - k0.wd)) as uren
        from aanwezig w
        join afwezigheid a on a.medewerker_id = w.medewerker_id
        join wk on wk.week = a.week
        join per p on p.van <= least(wk.ma + 4, w.tot) and p.tot >= greatest(wk.ma, w.van)
        join kal k0 on k0.dag = greatest(wk.ma, w.van, p.van) - 1
        join kal k1 on k1.dag = least(wk.ma + 4, w.tot, p.tot)
       where greatest(wk.ma, w.van, p.van) <= least(wk.ma + 4, w.tot, p.tot)
       group by 1, 2, 3
    ),
    -- Absence never takes a medewerker below zero: where someone has absence in a month, the team
    -- loses min(their gross hours, their absence) — only those few medewerker-months are computed.
    afw_aftrek as (
      select a.team_id, a.periode, sum(least(a.uren, coalesce(b.uren, 0))) as uren
        from afw a
        left join lateral (
          select sum(s.uren_per_week / 5.0 * (k1.nd - k0.nd)) as uren
            from segment s
            join per p on p.periode = a.periode and p.van <= s.tot and p.tot >= s.van
            join kal k0 on k0.dag = greatest(s.van, p.van) - 1
            join kal k1 on k1.dag = least(s.tot, p.tot)
           where s.team_id = a.team_id and s.medewerker_id = a.medewerker_id
        ) b on true
       group by 1, 2
    ),
    inzet_deel as (
      select w.team_id, greatest(i.van, w.van) as van, least(i.tot, w.tot) as tot,
             sum(case when i.soort = 'robuust' then i.uren_per_week else 0 end)::float8 as robuust,
             sum(case when i.soort = 'wendbaar' then i.uren_per_week else 0 end)::float8 as wendbaar
        from aanwezig w
        join inzet i on i.medewerker_id = w.medewerker_id and i.van <= w.tot and i.tot >= w.van
       group by 1, 2, 3
    ),
    inzet_stap as (
      select team_id, dag as van, lead(dag) over (partition by team_id order by dag) - 1 as tot,
             sum(robuust) over (partition by team_id order by dag) / 5.0 as robuust,
             sum(wendbaar) over (partition by team_id order by dag) / 5.0 as wendbaar
        from (select team_id, dag, sum(robuust) as robuust, sum(wendbaar) as wendbaar
                from (select team_id, van as dag, robuust, wendbaar from inzet_deel
                      union all
                      select team_id, tot + 1, -robuust, -wendbaar from inzet_deel) e
               group by 1, 2) s
    ),
    inz as (
      select s.team_id, p.periode,
             sum(s.robuust * (k1.wd - k0.wd)) as robuust, sum(s.wendbaar * (k1.wd - k0.wd)) as wendbaar
        from inzet_stap s
        join per p on p.van <= s.tot and p.tot >= s.van
        join kal k0 on k0.dag = greatest(s.van, p.van) - 1
        join kal k1 on k1.dag = least(s.tot, p.tot)
       where s.robuust <> 0 or s.wendbaar <> 0
       group by 1, 2
    ),
    beschikbaar as (
      select b.team_id, b.periode, (b.uren - coalesce(a.uren, 0)) * (1 - t.aandeel) as uren
        from bruto_team b
        join team_actief t on t.id = b.team_id
        left join afw_aftrek a on a.team_id = b.team_id and a.periode = b.periode
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
         and m >= date_trunc('month', ${van}::date) and m <= ${tot}::date
       group by 1, 2
    )
    -- Every active team × month, with the team totals, the month totals and the grand total
    -- (team_id or periode null) from the same sums.
    select t.id as team_id, p.periode,
           coalesce(sum(b.uren), 0)::float8 as beschikbaar,
           coalesce(sum(i.robuust), 0)::float8 as robuust,
           coalesce(sum(i.wendbaar), 0)::float8 as wendbaar,
           coalesce(sum(v.uren), 0)::float8 as vraag
      from team_actief t
      cross join per p
      left join beschikbaar b on b.team_id = t.id and b.periode = p.periode
      left join inz i on i.team_id = t.id and i.periode = p.periode
      left join vraag v on v.team_id = t.id and v.periode = p.periode
     group by grouping sets ((t.id, p.periode), (t.id), (p.periode), ())`.execute(db);
  return r.rows;
}
