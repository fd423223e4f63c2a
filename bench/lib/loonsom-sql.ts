import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/db/schema';

/** One team's loonsom in one year, in cents, as the bare query computes it. */
export interface SqlLoonsomRij {
  team_id: string;
  jaar: number;
  bezetting: number;
  vacature: number;
  totaal: number;
}

/**
 * BENCH ONLY: the loonsom per team and year computed by one SQL query, the yardstick for the API's
 * GET /organisatie/loonsom and /teams/{id}/loonsom (issue 13, Benchmarks: "≤ 1.5× the bare SQL of the
 * same figures"). It follows src/domain/loonsom.ts step by step so that it gives the same cents:
 * the vacant parts of each place between the moments its placements start and end; per placement
 * (and per place's vacant part) the FTE averaged over the calendar days of each month; the table and
 * werkgeverslasten in force in the month; the trede one up per year from the base year within the
 * scale (a vacancy at the setting or the middle trede); the yearly increase compounded after the
 * newest table; each month rounded to the cent as Math.round does (floor(x + 0.5), in float8 as
 * JavaScript computes). Not used by the application: the API computes the same in src/domain.
 */
export async function loonsomPerTeamSql(
  db: Kysely<Database>,
  jaren: readonly number[],
  basisjaar: number,
  teamId?: string,
): Promise<SqlLoonsomRij[]> {
  const r = await loonsomQuery(jaren, basisjaar, teamId).execute(db);
  return r.rows.map((x) => ({
    team_id: x.team_id,
    jaar: Number(x.jaar),
    bezetting: Number(x.bezetting),
    vacature: Number(x.vacature),
    totaal: Number(x.totaal),
  }));
}

/** The query itself (for EXPLAIN when profiling). */
export function loonsomQuery(jaren: readonly number[], basisjaar: number, teamId?: string) {
  const van = `${jaren[0]}-01-01`;
  const tot = `${jaren.at(-1)}-12-31`;
  const laatsteMaand = `${jaren.at(-1)}-12-01`;
  const team = teamId ? sql`and team_id = ${teamId}` : sql``;
  return sql<SqlLoonsomRij>`
    with recursive
    maand as materialized (
      select d::date as begin, (d + interval '1 month' - interval '1 day')::date as eind,
             extract(year from d)::int as jaar,
             extract(day from d + interval '1 month' - interval '1 day')::int as dagen
        from generate_series(${van}::date, ${laatsteMaand}::date, interval '1 month') as d
    ),
    maand_grondslag as materialized (
      select m.begin,
             (select t.id from salaristabel t where date_trunc('month', t.geldig_vanaf)::date <= m.begin
               order by t.geldig_vanaf desc limit 1) as tabel_id,
             l.ikb_percentage, l.pensioen_percentage, l.sociale_premies_percentage,
             l.opslag_per_fte, l.vacature_trede
        from maand m
        left join lateral (
          select * from werkgeverslasten w where date_trunc('month', w.geldig_vanaf)::date <= m.begin
           order by w.geldig_vanaf desc limit 1) l on true
    ),
    stijging (jaar, factor) as (
      select extract(year from max(geldig_vanaf))::int, 1::float8 from salaristabel
      union all
      select s.jaar + 1,
             s.factor * (1 + coalesce((
               select w.loonstijging_percentage from werkgeverslasten w
                where date_trunc('month', w.geldig_vanaf)::date <= make_date(s.jaar + 1, 1, 1)
                order by w.geldig_vanaf desc limit 1), 0)::float8 / 100)
        from stijging s where s.jaar < ${jaren.at(-1)!}
    ),
    schaal_grens as materialized (
      select salaristabel_id, schaal, min(trede) as laagste, max(trede) as hoogste
        from salaristabel_bedrag group by salaristabel_id, schaal
    ),
    plaats as materialized (
      select id, team_id, salarisschaal, fte, ingangsdatum, einddatum from formatieplaats
       where ingangsdatum <= ${tot} and (einddatum is null or einddatum >= ${van}) ${team}
    ),
    moment as (
      select f.id as plaats_id, f.ingangsdatum as van from plaats f
      union
      select p.formatieplaats_id, p.ingangsdatum from plaatsing p join plaats f on f.id = p.formatieplaats_id
       where p.ingangsdatum > f.ingangsdatum
      union
      select p.formatieplaats_id, p.einddatum + 1 from plaatsing p join plaats f on f.id = p.formatieplaats_id
       where p.einddatum is not null
    ),
    segment as (
      select m.plaats_id, m.van,
             coalesce(lead(m.van) over (partition by m.plaats_id order by m.van) - 1, f.einddatum) as tot
        from moment m join plaats f on f.id = m.plaats_id
       where f.einddatum is null or m.van <= f.einddatum
    ),
    vacature as (
      select s.plaats_id, s.van, s.tot, round((f.fte - coalesce(sum(p.fte), 0)) * 10000) / 10000 as fte
        from segment s join plaats f on f.id = s.plaats_id
        left join plaatsing p on p.formatieplaats_id = s.plaats_id
         and p.ingangsdatum <= s.van and (p.einddatum is null or p.einddatum >= s.van)
       group by s.plaats_id, s.van, s.tot, f.fte
    ),
    -- Per month the FTE averaged over its calendar days: a placement is one period (no sum needed),
    -- a place's vacant part may be several.
    maand_fte as (
      select f.team_id, 'persoon' as soort, m.schaal::text as schaal, m.trede, mnd.begin, mnd.jaar,
             p.fte::float8 * (least(coalesce(p.einddatum, mnd.eind), mnd.eind) - greatest(p.ingangsdatum, mnd.begin) + 1)
               / mnd.dagen as fte
        from plaatsing p join plaats f on f.id = p.formatieplaats_id join medewerker m on m.id = p.medewerker_id
        join maand mnd on p.ingangsdatum <= mnd.eind and (p.einddatum is null or p.einddatum >= mnd.begin)
      union all
      select f.team_id, 'vacature', f.salarisschaal, null, mnd.begin, mnd.jaar,
             sum(v.fte::float8 * (least(coalesce(v.tot, mnd.eind), mnd.eind) - greatest(v.van, mnd.begin) + 1))
               / mnd.dagen
        from vacature v join plaats f on f.id = v.plaats_id
        join maand mnd on v.van <= mnd.eind and (v.tot is null or v.tot >= mnd.begin)
       where v.fte > 0
       group by v.plaats_id, f.team_id, f.salarisschaal, mnd.begin, mnd.jaar, mnd.dagen
    ),
    kosten as (
      select mf.team_id, mf.jaar, mf.soort,
             case when b.bedrag is null then 0 else floor(
               round(b.bedrag * 100)::float8 * coalesce(st.factor, 1) * mf.fte
                 * (1 + (coalesce(g.ikb_percentage::float8, 0) + coalesce(g.pensioen_percentage::float8, 0)
                         + coalesce(g.sociale_premies_percentage::float8, 0)) / 100)
               + coalesce(round(g.opslag_per_fte * 100)::float8, 0) * mf.fte / 12
               + 0.5) end as cent
        from maand_fte mf
        join maand_grondslag g on g.begin = mf.begin
        left join stijging st on st.jaar = mf.jaar
        left join schaal_grens sg on sg.salaristabel_id = g.tabel_id and sg.schaal = mf.schaal
        left join salaristabel_bedrag b on b.salaristabel_id = g.tabel_id and b.schaal = mf.schaal
         and b.trede = case when mf.soort = 'persoon'
               then least(sg.hoogste, greatest(sg.laagste, mf.trede + mf.jaar - ${basisjaar}::int))
               else least(sg.hoogste, greatest(sg.laagste, coalesce(g.vacature_trede, (sg.laagste + sg.hoogste) / 2)))
             end
    )
    select team_id, jaar,
           coalesce(sum(cent) filter (where soort = 'persoon'), 0)::float8 as bezetting,
           coalesce(sum(cent) filter (where soort = 'vacature'), 0)::float8 as vacature,
           sum(cent)::float8 as totaal
      from kosten group by team_id, jaar order by team_id, jaar`;
}

/**
 * The largest difference, in cents, between the API's per-team per-year totals (euros) and the
 * query's (cents); a team or year on one side only counts in full. 0 means the same figures.
 */
export function grootsteVerschil(
  api: readonly { teamId: string; jaren: readonly { jaar: number; totaal: number | null }[] }[],
  bare: readonly SqlLoonsomRij[],
): number {
  const sleutel = (team: string, jaar: number) => `${team}|${jaar}`;
  const uitApi = new Map<string, number>();
  for (const t of api)
    for (const j of t.jaren) uitApi.set(sleutel(t.teamId, j.jaar), Math.round((j.totaal ?? 0) * 100));
  const uitSql = new Map(bare.map((r) => [sleutel(r.team_id, r.jaar), r.totaal]));
  let grootste = 0;
  for (const k of new Set([...uitApi.keys(), ...uitSql.keys()])) {
    grootste = Math.max(grootste, Math.abs((uitApi.get(k) ?? 0) - (uitSql.get(k) ?? 0)));
  }
  return grootste;
}
