import { type Kysely, sql } from 'kysely';
import { AFWEZIGHEID_INSTELLING, STANDAARD_AFWEZIGHEID } from '../domain/ontwikkeling';
import { STANDAARD_TERUGWERKENDE_DAGEN } from '../domain/terugwerkend';
import { STANDAARD_VERDEEL_STAP } from '../domain/verdeel-stappen';
import { leesDrempels, type WerkdrukDrempels } from '../domain/werkdruk';
import type { Database } from './schema';

export interface Instellingen {
  nietProductiefAandeel: number;
  bevrijdingsdag: 'jaarlijks' | 'lustrum';
  /** Share of a team's capacity kept for robust work, unless the team sets its own. */
  robuustReservering: number;
  /** How many days back a change may take effect without a reason (src/domain/terugwerkend.ts). */
  terugwerkendeDagen: number;
  /** The step in hours a verdeelvoorstel proposes in (src/domain/verdeel-stappen.ts). */
  verdeelStapUren: number;
  /** The organisation's name as documents print it; null until it is set. */
  organisatienaam: string | null;
  /** The thresholds of the werkdruksignaal per part (src/domain/werkdruk.ts); defaults until set. */
  werkdrukDrempels: WerkdrukDrempels;
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
    terugwerkendeDagen: Number(waarde('terugwerkendeDagen') ?? STANDAARD_TERUGWERKENDE_DAGEN),
    verdeelStapUren: Number(waarde('verdeelStapUren') ?? STANDAARD_VERDEEL_STAP),
    organisatienaam: (() => {
      const naam = waarde('organisatienaam');
      return typeof naam === 'string' && naam.trim() !== '' ? naam.trim() : null;
    })(),
    werkdrukDrempels: leesDrempels(waarde('werkdrukDrempels')),
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

/**
 * A setting that has no row until it is first set (its default lives in getInstellingen): inserted
 * then, updated as any other after that. No migration needed for a setting with a default.
 */
export async function setOfVoegInstellingToe(
  db: Kysely<Database>,
  sleutel: string,
  waarde: unknown,
): Promise<void> {
  await db
    .insertInto('instelling')
    .values({ sleutel, waarde: JSON.stringify(waarde), gewijzigd_op: new Date() })
    .onConflict((oc) =>
      oc.column('sleutel').doUpdateSet((eb) => ({
        waarde: JSON.stringify(waarde),
        versie: eb('instelling.versie', '+', 1),
        gewijzigd_op: new Date(),
      })),
    )
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

/** What bounds a week's absence: the employment and the contract hours of one medewerker. */
export async function findDienstverband(db: Kysely<Database>, medewerkerId: string) {
  const [m, contracten] = await Promise.all([
    db
      .selectFrom('medewerker')
      .select(['in_dienst', 'uit_dienst'])
      .where('id', '=', medewerkerId)
      .executeTakeFirst(),
    db
      .selectFrom('contracturen')
      .select(['uren_per_week', 'ingangsdatum', 'einddatum'])
      .where('medewerker_id', '=', medewerkerId)
      .execute(),
  ]);
  return m ? { inDienst: m.in_dienst, uitDienst: m.uit_dienst, contracten } : undefined;
}

// --- beschikbaarheid ----------------------------------------------------------------------------

/** A period to sum over: its key and its first and last day (src/domain/kalender.ts). */
export interface SomPeriode {
  sleutel: string;
  van: string;
  tot: string;
}

export interface BeschikbaarheidRij {
  medewerker_id: string;
  periode: string;
  contract_uren: number;
  feestdag_uren: number;
  afwezigheid_uren: number;
  niet_productief_uren: number;
  robuust_uren: number;
  wendbaar_uren: number;
}

/**
 * The calendar around the periods as running counts, so the weekdays of any stretch cost two lookups
 * instead of one row per day: `wd` counts weekdays up to and including `dag`, `nd` the weekdays that
 * are no public holiday. It runs from the day before the Monday of the first week to the Sunday of
 * the last, because a week's absence is weighed against the whole week even where a month cuts it.
 * `per` holds the periods as the domain made them (so SQL and TypeScript mean the same days by a
 * key), `wk` the ISO weeks that absence is recorded in.
 */
function kalender(perioden: readonly SomPeriode[], feestdagen: string[]) {
  const van = perioden[0]!.van;
  const tot = perioden[perioden.length - 1]!.tot;
  return sql`
    kal as (
      select d::date as dag,
             count(*) filter (where extract(isodow from d) < 6) over w as wd,
             count(*) filter (where extract(isodow from d) < 6 and d::date <> all(${feestdagen}::date[])) over w as nd
        from generate_series(date_trunc('week', ${van}::date)::date - 1, date_trunc('week', ${tot}::date)::date + 6,
                             interval '1 day') as d
      window w as (order by d)
    ),
    per as (
      select * from unnest(${perioden.map((p) => p.sleutel)}::text[], ${perioden.map((p) => p.van)}::date[],
                           ${perioden.map((p) => p.tot)}::date[]) as p(periode, van, tot)
    ),
    wk as (
      select to_char(m, 'IYYY-"W"IW') as week, m::date as ma
        from generate_series(date_trunc('week', ${van}::date), ${tot}::date, interval '1 week') as m
    )`;
}

/**
 * Development hours count as absence (issue 14, src/domain/ontwikkeling.ts): the hours of every
 * activity of a kind the setting `ontwikkeling.telt_als_afwezigheid` names (default: training,
 * cursus, traineeship, coaching) that is not cancelled, spread evenly over the ISO weeks its dates
 * touch (the domain's urenPerWeek), for the people in `mens`. They add to the week's absence.
 */
const ontwikkelWeken = sql`
    ontw_week as (
      select p.medewerker_id, to_char(w, 'IYYY-"W"IW') as week,
             oa.uren::numeric / count(*) over (partition by oa.id) as uren
        from ontwikkelactiviteit oa
        join ontwikkelplan p on p.id = oa.plan_id
        cross join generate_series(date_trunc('week', oa.van::timestamp), oa.tot::timestamp, interval '1 week') as w
       where p.medewerker_id in (select medewerker_id from mens)
         and oa.status <> 'geannuleerd' and oa.uren > 0
         and oa.soort in (select jsonb_array_elements_text(coalesce(
               (select waarde from instelling where sleutel = ${AFWEZIGHEID_INSTELLING}),
               ${JSON.stringify(STANDAARD_AFWEZIGHEID)}::jsonb)))
    )`;

/**
 * The absence factor of every recorded week of the people in `mens` (a CTE with medewerker_id):
 * min(1, absence ÷ the gross hours of that week's working days in service). The gross hours are
 * those of the whole employment, not of one team's days, so a person's week is shared out the same
 * way in every grid (the domain's afwezigheidsfactor). A week without working days in service gets
 * no factor: its absence is ignored (stored before the employment changed; new input is refused).
 *
 * The rows are restricted to the weeks asked (`wk`) and the people in `mens` before they are
 * grouped: the planner does not push a join or a semi-join into a grouped subquery, so it summed
 * every absence row ever recorded, of everyone, for a single team's grid too. Development hours are
 * restricted after their spread, which divides an activity's hours over all of its weeks.
 */
const afwezigheidsfactor = sql`
    ${ontwikkelWeken},
    afw_week as (
      select a.medewerker_id, wk.ma, a.uren::numeric as uren,
             m.in_dienst as dienst_van, coalesce(m.uit_dienst, 'infinity'::date) as dienst_tot
        from (select medewerker_id, week, sum(uren) as uren
                from (select medewerker_id, week, uren::numeric as uren from afwezigheid
                       where week in (select week from wk)
                         and medewerker_id in (select medewerker_id from mens)
                      union all
                      select medewerker_id, week, uren from ontw_week
                       where week in (select week from wk)) alle
               group by 1, 2) a
        join wk on wk.week = a.week
        join medewerker m on m.id = a.medewerker_id
       where a.uren > 0
    ),
    factor as (
      select medewerker_id, ma, least(1, uren / bruto) as factor
        from (select f.medewerker_id, f.ma, f.uren, sum(c.uren_per_week / 5.0 * (k1.nd - k0.nd)) as bruto
                from afw_week f
                join contracturen c on c.medewerker_id = f.medewerker_id
                 and greatest(f.ma, f.dienst_van, c.ingangsdatum)
                     <= least(f.ma + 4, f.dienst_tot, coalesce(c.einddatum, 'infinity'::date))
                join kal k0 on k0.dag = greatest(f.ma, f.dienst_van, c.ingangsdatum) - 1
                join kal k1 on k1.dag = least(f.ma + 4, f.dienst_tot, coalesce(c.einddatum, 'infinity'::date))
               group by 1, 2, 3) b
       where bruto > 0
    )`;

/**
 * Hours per medewerker and period, summed in the database by the domain's rule
 * (src/domain/beschikbaarheid.ts, somVanDagen): every weekday of the periods in service and (for a
 * team) in the team that day, a fifth of the contract hours in force, holidays counted apart; the
 * absence factor of each week on that week's working days; the non-productive share of the team the
 * person is in on each day. The service only rounds. Planned inzet (robust and agile) is summed the
 * same way: a run's hours per week, a fifth on each weekday.
 *
 * Every stretch (a piece of the employment with one share and one contract, an absence week, an
 * inzet run) is cut by the periods it overlaps and its weekdays counted from the running calendar,
 * so the work grows with stretches × periods, never with days.
 */
export async function findBrutoUren(
  db: Kysely<Database>,
  opties: {
    perioden: readonly SomPeriode[];
    feestdagen: string[];
    /** The organisation's share, for days in a team without its own (or in no team). */
    nietProductiefAandeel: number;
    teamId?: string;
    medewerkerId?: string;
    /** Several medewerkers at once, wherever they work (their employment decides). */
    medewerkerIds?: readonly string[];
  },
): Promise<BeschikbaarheidRij[]> {
  if (opties.perioden.length === 0) return [];
  const van = opties.perioden[0]!.van;
  const tot = opties.perioden[opties.perioden.length - 1]!.tot;
  const standaard = opties.nietProductiefAandeel;
  // Stretches in service inside [van, tot], each with the share in force on its days.
  const aanwezig = opties.teamId
    ? sql`
    mens as (
      select distinct medewerker_id from teamlidmaatschap
       where team_id = ${opties.teamId} and ingangsdatum <= ${tot}::date
         and (einddatum is null or einddatum >= ${van}::date)
    ),
    aanwezig as (
      -- A team grid: the days in this team, all at the team's share.
      select * from (
        select l.medewerker_id,
               greatest(l.ingangsdatum, m.in_dienst, ${van}::date) as van,
               least(coalesce(l.einddatum, 'infinity'::date), coalesce(m.uit_dienst, 'infinity'::date), ${tot}::date) as tot,
               coalesce(t.niet_productief_aandeel, ${standaard}) as aandeel
          from teamlidmaatschap l
          join team t on t.id = l.team_id
          join medewerker m on m.id = l.medewerker_id
         where l.team_id = ${opties.teamId} and l.ingangsdatum <= ${tot}::date
           and (l.einddatum is null or l.einddatum >= ${van}::date)
      ) a where van <= tot
    )`
    : sql`
    mens as (
      select id as medewerker_id from medewerker
       where id = any(${opties.medewerkerIds ? [...opties.medewerkerIds] : [opties.medewerkerId ?? null]}::uuid[])
    ),
    dienst as (
      select m.id as medewerker_id, greatest(m.in_dienst, ${van}::date) as van,
             least(coalesce(m.uit_dienst, 'infinity'::date), ${tot}::date) as tot
        from medewerker m join mens on mens.medewerker_id = m.id
    ),
    lidm as (
      select l.medewerker_id, l.ingangsdatum as van, coalesce(l.einddatum, 'infinity'::date) as tot,
             coalesce(t.niet_productief_aandeel, ${standaard}) as aandeel
        from teamlidmaatschap l
        join team t on t.id = l.team_id
        join mens on mens.medewerker_id = l.medewerker_id
       where l.ingangsdatum <= ${tot}::date and (l.einddatum is null or l.einddatum >= ${van}::date)
    ),
    -- A person's own figure: the employment cut where a membership starts or ends, each piece at
    -- the share of the team they are in then (the organisation's in a gap). With overlapping
    -- memberships (not allowed, but old data) the latest started one counts, as on a single day.
    grens as (
      select medewerker_id, van as dag from dienst where van <= tot
      union
      select l.medewerker_id, g.dag
        from lidm l
        join dienst d on d.medewerker_id = l.medewerker_id
        cross join lateral (values (l.van), (l.tot + 1)) as g(dag)
       where g.dag > d.van and g.dag <= d.tot
    ),
    stuk as (
      select g.medewerker_id, g.dag as van,
             coalesce(lead(g.dag) over (partition by g.medewerker_id order by g.dag) - 1, d.tot) as tot
        from grens g join dienst d on d.medewerker_id = g.medewerker_id
    ),
    aanwezig as (
      select s.medewerker_id, s.van, s.tot,
             coalesce((select l.aandeel from lidm l
                        where l.medewerker_id = s.medewerker_id and l.van <= s.van and l.tot >= s.van
                        order by l.van desc limit 1), ${standaard}) as aandeel
        from stuk s
    )`;
  const r = await sql<BeschikbaarheidRij>`
    with ${kalender(opties.perioden, opties.feestdagen)},
    ${aanwezig},
    ${afwezigheidsfactor},
    segment as (
      select w.medewerker_id, w.aandeel, c.uren_per_week / 5.0 as per_dag,
             greatest(w.van, c.ingangsdatum) as van, least(w.tot, coalesce(c.einddatum, 'infinity'::date)) as tot
        from aanwezig w
        join contracturen c on c.medewerker_id = w.medewerker_id
                           and c.ingangsdatum <= w.tot and coalesce(c.einddatum, 'infinity'::date) >= w.van
    ),
    bruto as (
      select s.medewerker_id, p.periode,
             sum(s.per_dag * (k1.wd - k0.wd)) as contract_uren,
             sum(s.per_dag * ((k1.wd - k0.wd) - (k1.nd - k0.nd))) as feestdag_uren,
             sum(s.aandeel * s.per_dag * (k1.nd - k0.nd)) as niet_productief
        from segment s
        join per p on p.van <= s.tot and p.tot >= s.van
        join kal k0 on k0.dag = greatest(s.van, p.van) - 1
        join kal k1 on k1.dag = least(s.tot, p.tot)
       group by s.medewerker_id, p.periode
    ),
    -- A week's absence on the working days of each stretch and period it touches; the share is not
    -- taken of absent hours, so those come off the non-productive hours too.
    afw as (
      select s.medewerker_id, p.periode,
             sum(f.factor * s.per_dag * (k1.nd - k0.nd)) as uren,
             sum(s.aandeel * f.factor * s.per_dag * (k1.nd - k0.nd)) as niet_productief
        from segment s
        join factor f on f.medewerker_id = s.medewerker_id and f.ma <= s.tot and f.ma + 4 >= s.van
        join per p on p.van <= least(s.tot, f.ma + 4) and p.tot >= greatest(s.van, f.ma)
        join kal k0 on k0.dag = greatest(s.van, f.ma, p.van) - 1
        join kal k1 on k1.dag = least(s.tot, f.ma + 4, p.tot)
       group by s.medewerker_id, p.periode
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
    ),
    -- The three parts side by side as one grouped union, not as joins: joined, the planner (which
    -- cannot estimate these CTEs) chose nested loops that re-ran the inzet sum for every row, 80 % of
    -- a team grid's time. A row exists where the person has gross hours (bruto), as before.
    deel as (
      select medewerker_id, periode, true as heeft_bruto, contract_uren, feestdag_uren,
             0::numeric as afw_uren, niet_productief, 0::numeric as robuust, 0::numeric as wendbaar
        from bruto
      union all
      select medewerker_id, periode, false, 0, 0, uren, -niet_productief, 0, 0 from afw
      union all
      select medewerker_id, periode, false, 0, 0, 0, 0, robuust, wendbaar from inz
    )
    select medewerker_id, periode,
           sum(contract_uren)::float8 as contract_uren,
           sum(feestdag_uren)::float8 as feestdag_uren,
           sum(afw_uren)::float8 as afwezigheid_uren,
           sum(niet_productief)::float8 as niet_productief_uren,
           sum(robuust)::float8 as robuust_uren,
           sum(wendbaar)::float8 as wendbaar_uren
      from deel
     group by medewerker_id, periode
    having bool_or(heeft_bruto)
     order by medewerker_id, periode`.execute(db);
  return r.rows;
}

/**
 * The non-productive shares that apply to a medewerker's days in service within [van, tot]: those of
 * the teams they are in then, and the organisation's when some of those days are in no team.
 */
export async function findAandelenInBereik(
  db: Kysely<Database>,
  medewerkerId: string,
  van: string,
  tot: string,
  standaard: number,
): Promise<number[]> {
  const r = await sql<{ aandeel: number }>`
    with bereik as (
      select greatest(in_dienst, ${van}::date) as a, least(coalesce(uit_dienst, 'infinity'::date), ${tot}::date) as b
        from medewerker where id = ${medewerkerId}
    ),
    lid as (
      select coalesce(t.niet_productief_aandeel, ${standaard}::numeric) as aandeel,
             greatest(l.ingangsdatum, r.a) as va, least(coalesce(l.einddatum, 'infinity'::date), r.b) as ta
        from teamlidmaatschap l
        join team t on t.id = l.team_id
        cross join bereik r
       where l.medewerker_id = ${medewerkerId} and l.ingangsdatum <= r.b
         and coalesce(l.einddatum, 'infinity'::date) >= r.a
    )
    select distinct aandeel::float8 as aandeel from (
      select aandeel from lid
      union all
      -- Memberships of one person never overlap, so their days add up to the days in a team.
      select ${standaard}::numeric from bereik r
       where r.a <= r.b and (select coalesce(sum(ta - va + 1), 0) from lid) < r.b - r.a + 1
    ) x`.execute(db);
  return r.rows.map((x) => Number(x.aandeel));
}

export interface TeamRollupRij {
  /** Null in the totals of a period (or the grand total). */
  team_id: string | null;
  /** Null in a team's total over all periods (or the grand total). */
  periode: string | null;
  beschikbaar: number;
  robuust: number;
  wendbaar: number;
  vraag: number;
}

/**
 * Every active basisteam × period in one query: available hours (the domain's rule, summed in the
 * database: gross hours of the members' days in the team, less their absence attributed to those
 * days, less the team's non-productive share), planned inzet, and the demand of the team's result
 * goals spread evenly over the months of their period (calendar periods only: weeks get none).
 */
export async function findTeamRollup(
  db: Kysely<Database>,
  opties: {
    /** Months (the organisation view) or ISO weeks (a team's room for agile work), as the domain made them. */
    perioden: readonly SomPeriode[];
    /** Whether the periods are calendar months, quarters or years, which the demand is spread over. */
    metVraag: boolean;
    feestdagen: string[];
    nietProductiefAandeel: number;
    /** Only these teams; all active basisteams when left out. */
    teamIds?: readonly string[];
  },
): Promise<TeamRollupRij[]> {
  const van = opties.perioden[0]!.van;
  const tot = opties.perioden[opties.perioden.length - 1]!.tot;
  const teamFilter = opties.teamIds ? sql`and id = any(${[...opties.teamIds]}::uuid[])` : sql``;
  const r = await sql<TeamRollupRij>`
    with ${kalender(opties.perioden, opties.feestdagen)},
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
    mens as (select distinct medewerker_id from aanwezig),
    ${afwezigheidsfactor},
    segment as (
      select w.team_id, w.medewerker_id, c.uren_per_week,
             greatest(w.van, c.ingangsdatum) as van, least(w.tot, coalesce(c.einddatum, 'infinity'::date)) as tot
        from aanwezig w
        join contracturen c on c.medewerker_id = w.medewerker_id
                           and c.ingangsdatum <= w.tot and coalesce(c.einddatum, 'infinity'::date) >= w.van
    ),
    -- Team totals as step functions: every stretch adds its hours a day from its first day and
    -- removes them after its last, so a team's rate changes only where a stretch starts or ends.
    -- Summing the steps per period costs teams × steps × periods, not medewerkers × days.
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
    -- Absence on the members' working days in the team: only the few stretches with an absence
    -- week are visited. Each day stays within its own hours, so nothing is clipped afterwards.
    afw_aftrek as (
      select s.team_id, p.periode, sum(f.factor * s.uren_per_week / 5.0 * (k1.nd - k0.nd))::float8 as uren
        from segment s
        join factor f on f.medewerker_id = s.medewerker_id and f.ma <= s.tot and f.ma + 4 >= s.van
        join per p on p.van <= least(s.tot, f.ma + 4) and p.tot >= greatest(s.van, f.ma)
        join kal k0 on k0.dag = greatest(s.van, f.ma, p.van) - 1
        join kal k1 on k1.dag = least(s.tot, f.ma + 4, p.tot)
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
      select r.team_id, p.periode,
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
        join per p on p.van <= m::date and p.tot >= m::date
       where r.status <> 'vervallen' and ${opties.metVraag}
       group by 1, 2
    )
    -- Every active team × period, with the team totals, the period totals and the grand total
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
