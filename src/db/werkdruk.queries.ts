import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

/**
 * The figures behind the werkdruksignaal (src/domain/werkdruk.ts): one set-based query per part for
 * all teams × months at once, never one per team, so the heatmap of a large organisation stays one
 * round of queries. The capacity part reuses findTeamRollup (src/db/beschikbaarheid.repository.ts),
 * the same sums as the organisation's capacity heatmap. Nothing here returns a person.
 */

export interface MaandBereik {
  /** First day of the first month. */
  van: string;
  /** Last day of the last month. */
  tot: string;
  /** Only these teams; all basisteams when left out. */
  teamIds?: readonly string[];
}

const teamFilter = (kolom: string, teamIds?: readonly string[]) =>
  teamIds ? sql`and ${sql.ref(kolom)} = any(${[...teamIds]}::uuid[])` : sql``;

export interface PulsRondeScore {
  /** Null for the answers without a basisteam on the day. */
  team_id: string | null;
  ronde_id: string;
  gesloten_op: string;
  /** Null below `minimum` answers: the mean of a small group never leaves the database. */
  gemiddelde: number | null;
  antwoorden: number;
}

/**
 * Per closed pulse round (closed by `tot`) and group of answers (team, or none): the number of
 * answers, and the mean werkdruk score from `minimum` answers. Every group of the round, also the
 * small ones, so the caller can apply the pulsmeting's publication rule (bepaalPublicatie in
 * src/domain/puls-anonimiteit.ts), which decides from the whole round which teams are published.
 */
export async function findPulsWerkdruk(
  db: Kysely<Database>,
  bereik: Pick<MaandBereik, 'tot'>,
  minimum: number,
): Promise<PulsRondeScore[]> {
  const r = await sql<PulsRondeScore>`
    select a.team_id, r.id as ronde_id, to_char(r.gesloten_op, 'YYYY-MM-DD') as gesloten_op,
           case when count(*) >= ${minimum}
                then avg((a.scores->>'werkdruk')::numeric)::float8 end as gemiddelde,
           count(*)::int as antwoorden
      from puls_ronde r
      join puls_antwoord a on a.ronde_id = r.id
     where r.status = 'gesloten' and r.gesloten_op is not null
       and r.gesloten_op::date <= ${bereik.tot}::date
       and a.scores ? 'werkdruk'
     group by a.team_id, r.id, r.gesloten_op`.execute(db);
  return r.rows;
}

export interface MaandWaarde {
  team_id: string;
  /** 'YYYY-MM'. */
  maand: string;
  waarde: number;
}

export interface DossierWaarde extends MaandWaarde {
  /** The members the average rests on (those with consented agile inzet in the month). */
  personen: number;
}

export interface TeamGrootte {
  team_id: string;
  maand: string;
  /** The distinct members in the team, in service, on some day of the month. */
  leden: number;
}

/**
 * How many people a team's month rests on: its members in service on some day of the month.
 * The OR does not see a part that rests on fewer than five (src/access/werkdruk.ts).
 */
export async function findTeamGrootte(db: Kysely<Database>, bereik: MaandBereik): Promise<TeamGrootte[]> {
  const r = await sql<TeamGrootte>`
    with maand as (
      select to_char(m, 'YYYY-MM') as maand, m::date as van, (m + interval '1 month' - interval '1 day')::date as tot
        from generate_series(${bereik.van}::date, ${bereik.tot}::date, interval '1 month') m
    )
    select l.team_id, mn.maand, count(distinct l.medewerker_id)::int as leden
      from teamlidmaatschap l
      join medewerker md on md.id = l.medewerker_id
      join maand mn on l.ingangsdatum <= mn.tot and coalesce(l.einddatum, 'infinity'::date) >= mn.van
                   and md.in_dienst <= mn.tot and coalesce(md.uit_dienst, 'infinity'::date) >= mn.van
      join team t on t.id = l.team_id and t.soort = 'basisteam'
     where l.ingangsdatum <= ${bereik.tot}::date and coalesce(l.einddatum, 'infinity'::date) >= ${bereik.van}::date
       ${teamFilter('l.team_id', bereik.teamIds)}
     group by 1, 2`.execute(db);
  return r.rows;
}

/**
 * Agile dossiers per person per team and month: for each member of a basisteam in the month, the
 * distinct dossiers (opgave or bestuursopdracht) their consented agile inzet serves in that month;
 * averaged over the members who work on at least one dossier.
 */
export async function findDossiersPerPersoon(
  db: Kysely<Database>,
  bereik: MaandBereik,
): Promise<DossierWaarde[]> {
  const r = await sql<DossierWaarde>`
    with maand as (
      select to_char(m, 'YYYY-MM') as maand, m::date as van, (m + interval '1 month' - interval '1 day')::date as tot
        from generate_series(${bereik.van}::date, ${bereik.tot}::date, interval '1 month') m
    ),
    per_persoon as (
      select l.team_id, mn.maand, i.medewerker_id,
             count(distinct coalesce(cv.opgave_id, cv.bestuursopdracht_id)) as dossiers
        from inzet i
        join capaciteitsvraag cv on cv.id = i.capaciteitsvraag_id
        join maand mn on i.van <= mn.tot and i.tot >= mn.van
        join teamlidmaatschap l on l.medewerker_id = i.medewerker_id
                               and l.ingangsdatum <= mn.tot and coalesce(l.einddatum, 'infinity'::date) >= mn.van
        join team t on t.id = l.team_id and t.soort = 'basisteam'
       where i.soort = 'wendbaar' and i.tot >= ${bereik.van}::date and i.van <= ${bereik.tot}::date
         ${teamFilter('l.team_id', bereik.teamIds)}
       group by 1, 2, 3
    )
    select team_id, maand, avg(dossiers)::float8 as waarde, count(*)::int as personen
      from per_persoon group by 1, 2`.execute(db);
  return r.rows;
}

export interface VacatureRij {
  team_id: string;
  maand: string;
  formatie_fte: number;
  vacature_fte: number;
}

/**
 * Formatie and vacant FTE per team on the last day of each month: per place its FTE less the
 * placements that day, never below zero (as src/domain/formatie.ts counts a vacancy: per place,
 * never netted against a surplus elsewhere).
 */
export async function findVacatures(db: Kysely<Database>, bereik: MaandBereik): Promise<VacatureRij[]> {
  // Placements with the same place and dates are added up first (a place of 4 fte held by four
  // people on the same terms is one row), then spread over the month ends: far fewer rows than
  // every placement × month, and the numeric sums stay exact, so the figures are the same.
  const r = await sql<VacatureRij>`
    with maand as (
      select to_char(dag, 'YYYY-MM') as maand, dag from unnest(${maandEinden(bereik)}::date[]) as dag
    ),
    plaats as (
      select f.id, f.team_id, mn.maand, mn.dag, f.fte::numeric as fte
        from formatieplaats f
        join maand mn on f.ingangsdatum <= mn.dag and coalesce(f.einddatum, 'infinity'::date) >= mn.dag
       where true ${teamFilter('f.team_id', bereik.teamIds)}
    ),
    termijn as (
      select p.formatieplaats_id as id, p.ingangsdatum as van, coalesce(p.einddatum, 'infinity'::date) as tot,
             sum(p.fte)::numeric as fte
        from plaatsing p
       where p.ingangsdatum <= (select max(dag) from maand)
         and coalesce(p.einddatum, 'infinity'::date) >= (select min(dag) from maand)
         ${bereik.teamIds ? sql`and p.formatieplaats_id in (select id from plaats)` : sql``}
       group by 1, 2, 3
    ),
    bezet as (
      select t.id, mn.maand, sum(t.fte) as bezet
        from termijn t
        join maand mn on t.van <= mn.dag and t.tot >= mn.dag
       group by 1, 2
    )
    select pl.team_id, pl.maand, sum(pl.fte)::float8 as formatie_fte,
           sum(greatest(0, pl.fte - coalesce(b.bezet, 0)))::float8 as vacature_fte
      from plaats pl
      left join bezet b on b.id = pl.id and b.maand = pl.maand
     group by 1, 2`.execute(db);
  return r.rows;
}

/**
 * Absence hours per basisteam and month, from `van` (give it twelve months earlier to know the
 * usual level): each week counts in the month of its Thursday, for the team its member is in on
 * the Monday.
 */
export async function findAfwezigheidPerMaand(
  db: Kysely<Database>,
  bereik: MaandBereik,
): Promise<MaandWaarde[]> {
  // The weeks as a small table (key, Monday, month of the Thursday) joined on the stored key, so no
  // week key is parsed or formatted per absence row. Given as lists rather than generate_series,
  // whose row count the planner cannot see (it guessed 5 weeks and chose a lookup per absence row).
  const w = weken(bereik);
  const r = await sql<MaandWaarde>`
    with week as (
      select * from unnest(${w.week}::text[], ${w.maandag}::date[], ${w.maand}::text[]) as w(week, ma, maand)
    )
    select l.team_id, w.maand, sum(a.uren)::float8 as waarde
      from afwezigheid a
      join week w on w.week = a.week
      join teamlidmaatschap l on l.medewerker_id = a.medewerker_id
                             and l.ingangsdatum <= w.ma and coalesce(l.einddatum, 'infinity'::date) >= w.ma
      join team t on t.id = l.team_id and t.soort = 'basisteam'
     where a.uren > 0 and a.week >= ${isoWeekSleutelOnder(bereik.van)} and a.week <= ${isoWeekSleutelBoven(bereik.tot)}
       ${teamFilter('l.team_id', bereik.teamIds)}
     group by 1, 2`.execute(db);
  return r.rows;
}

const dagNaarTekst = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAG = 86_400_000;

/** The last day of every month from `van`'s to `tot`'s ('YYYY-MM-DD', first and last day of months). */
function maandEinden(bereik: Pick<MaandBereik, 'van' | 'tot'>): string[] {
  const uit: string[] = [];
  let j = Number(bereik.van.slice(0, 4));
  let m = Number(bereik.van.slice(5, 7));
  const eind = Number(bereik.tot.slice(0, 4)) * 12 + Number(bereik.tot.slice(5, 7));
  while (j * 12 + m <= eind) {
    uit.push(dagNaarTekst(Date.UTC(j, m, 0)));
    m += 1;
    if (m > 12) [j, m] = [j + 1, 1];
  }
  return uit;
}

/**
 * The ISO weeks whose Thursday lies in [van, tot]: key ('2026-W05'), Monday, and the month of the
 * Thursday. The Thursday fixes the ISO year and the week number (the year's first Thursday is in W01).
 */
function weken(bereik: Pick<MaandBereik, 'van' | 'tot'>) {
  const van = Date.parse(`${bereik.van}T00:00:00Z`);
  const tot = Date.parse(`${bereik.tot}T00:00:00Z`);
  const uit = { week: [] as string[], maandag: [] as string[], maand: [] as string[] };
  // The first Thursday on or after `van` (getUTCDay: 4 is Thursday).
  for (let do_ = van + ((4 - new Date(van).getUTCDay() + 7) % 7) * DAG; do_ <= tot; do_ += 7 * DAG) {
    const dag = dagNaarTekst(do_);
    const jaar = Number(dag.slice(0, 4));
    const nummer = Math.floor((do_ - Date.UTC(jaar, 0, 1)) / (7 * DAG)) + 1;
    uit.week.push(`${jaar}-W${String(nummer).padStart(2, '0')}`);
    uit.maandag.push(dagNaarTekst(do_ - 3 * DAG));
    uit.maand.push(dag.slice(0, 7));
  }
  return uit;
}

// Week keys ('2026-W05') sort as text. A week counts in the month of its Thursday, and the
// Thursday's year is the ISO year, so the weeks of the months lie within the ISO years of van and tot.
function isoWeekSleutelOnder(van: string): string {
  return `${van.slice(0, 4)}-W00`;
}
function isoWeekSleutelBoven(tot: string): string {
  return `${tot.slice(0, 4)}-W99`;
}

/** The stored setting `werkdrukDrempels` as it is (src/domain/werkdruk.ts reads it with defaults). */
export async function findWerkdrukDrempelsInstelling(db: Kysely<Database>): Promise<unknown> {
  const r = await db
    .selectFrom('instelling')
    .select('waarde')
    .where('sleutel', '=', 'werkdrukDrempels')
    .executeTakeFirst();
  return r?.waarde;
}
