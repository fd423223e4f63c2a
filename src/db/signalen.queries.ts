import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

/**
 * Read models for the overview's signals ahead. Each signal is found in two steps: SQL narrows the
 * organisation to the few people or teams where something can be wrong within the horizon (cheap on
 * 25,000 medewerkers), then the domain (src/domain/signalen.ts) computes the exact stretches from
 * their full history. Facts are read as the data holds them, legacy included: a membership of a
 * team that was disbanded ends the day before the team did, a leadership ends at the latest on the
 * leader's last day in service.
 */

export interface PersoonRij {
  id: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  in_dienst: string;
  uit_dienst: string | null;
}

export interface FeitRij {
  medewerker_id: string;
  ingangsdatum: string;
  einddatum: string | null;
}

export interface LidmaatschapRij extends FeitRij {
  team_id: string;
  team_naam: string;
}

/** A membership as it holds: until the day before its team was disbanded, at the latest. */
const lidmaatschappen = sql`
  select l.medewerker_id, l.team_id, t.naam as team_naam, l.ingangsdatum,
         least(l.einddatum, t.opgeheven_op - 1) as einddatum
    from teamlidmaatschap l join team t on t.id = l.team_id`;

/**
 * Medewerkers who, on some day of [van, tot] within their employment, belong to no team: a gap can
 * only begin on the first day of the window or the day after a membership ends, so only those days
 * are checked.
 */
export async function findKandidatenZonderTeam(
  db: Kysely<Database>,
  van: string,
  tot: string,
): Promise<PersoonRij[]> {
  const r = await sql<PersoonRij>`
    with lid as (${lidmaatschappen}),
    punt as (
      select m.id as medewerker_id, greatest(m.in_dienst, ${van}::date) as d
        from medewerker m
       where m.in_dienst <= ${tot}::date and (m.uit_dienst is null or m.uit_dienst >= ${van}::date)
      union
      select l.medewerker_id, l.einddatum + 1
        from lid l join medewerker m on m.id = l.medewerker_id
       where l.einddatum + 1 >= greatest(m.in_dienst, ${van}::date)
         and l.einddatum + 1 <= least(${tot}::date, coalesce(m.uit_dienst, ${tot}::date))
    )
    select m.id, m.voornaam, m.tussenvoegsel, m.achternaam, m.in_dienst::text, m.uit_dienst::text
      from medewerker m
     where m.id in (
       select p.medewerker_id from punt p
        where not exists (
          select 1 from lid l
           where l.medewerker_id = p.medewerker_id and l.ingangsdatum <= p.d
             and (l.einddatum is null or l.einddatum >= p.d)))`.execute(db);
  return r.rows;
}

/** Every membership of these medewerkers, as it holds. */
export async function findLidmaatschappen(db: Kysely<Database>, ids: string[]): Promise<LidmaatschapRij[]> {
  if (ids.length === 0) return [];
  const r = await sql<LidmaatschapRij>`
    select medewerker_id, team_id, team_naam, ingangsdatum::text, einddatum::text from (${lidmaatschappen}) l
     where l.medewerker_id = any(${ids}::uuid[])
     order by l.medewerker_id, l.ingangsdatum`.execute(db);
  return r.rows;
}

export interface BasisteamRij {
  id: string;
  naam: string;
  /** The first day the team is known to exist: its creation, or its first leadership if earlier. */
  begin: string;
  /** The last day the team exists, or null. */
  einde: string | null;
}

export interface TeamleiderRij {
  team_id: string;
  medewerker_id: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  ingangsdatum: string;
  einddatum: string | null;
}

/** Basisteams that still exist on `van`, and every teamleider they ever had. */
export async function findBasisteamsMetTeamleiders(
  db: Kysely<Database>,
  van: string,
): Promise<{ teams: BasisteamRij[]; leiders: TeamleiderRij[] }> {
  const leiders = await sql<TeamleiderRij>`
    select l.team_id, l.medewerker_id, m.voornaam, m.tussenvoegsel, m.achternaam, l.ingangsdatum::text,
           least(l.einddatum, m.uit_dienst)::text as einddatum
      from leiderschap l
      join medewerker m on m.id = l.medewerker_id
      join team t on t.id = l.team_id
     where l.rol = 'teamleider' and t.soort = 'basisteam'
       and (t.opgeheven_op is null or t.opgeheven_op > ${van}::date)
     order by l.team_id, l.ingangsdatum`.execute(db);
  const teams = await sql<BasisteamRij>`
    select t.id, t.naam,
           least(${van}::date, (t.aangemaakt_op at time zone 'Europe/Amsterdam')::date,
                 (select min(l.ingangsdatum) from leiderschap l where l.team_id = t.id))::text as begin,
           (t.opgeheven_op - 1)::text as einde
      from team t
     where t.soort = 'basisteam' and (t.opgeheven_op is null or t.opgeheven_op > ${van}::date)
     order by t.naam`.execute(db);
  return { teams: teams.rows, leiders: leiders.rows };
}

/**
 * Medewerkers whose employment or contract hours end on or before `tot` while inzet runs past that
 * end and is not over before `van`. A contract end counts when no contract follows the next day
 * and the person is still in service then.
 */
export async function findKandidatenInzetNaEinde(
  db: Kysely<Database>,
  van: string,
  tot: string,
): Promise<PersoonRij[]> {
  const r = await sql<PersoonRij>`
    with einde as (
      select m.id as medewerker_id, m.uit_dienst as d
        from medewerker m where m.uit_dienst is not null and m.uit_dienst <= ${tot}::date
      union
      select c.medewerker_id, c.einddatum
        from contracturen c join medewerker m on m.id = c.medewerker_id
       where c.einddatum is not null and c.einddatum <= ${tot}::date
         and (m.uit_dienst is null or c.einddatum < m.uit_dienst)
         and not exists (
           select 1 from contracturen n
            where n.medewerker_id = c.medewerker_id and n.ingangsdatum <= c.einddatum + 1
              and (n.einddatum is null or n.einddatum >= c.einddatum + 1))
    )
    select m.id, m.voornaam, m.tussenvoegsel, m.achternaam, m.in_dienst::text, m.uit_dienst::text
      from medewerker m
     where m.id in (
       select e.medewerker_id from einde e
        where exists (
          select 1 from inzet i
           where i.medewerker_id = e.medewerker_id and i.tot > e.d and i.tot >= ${van}::date))`.execute(db);
  return r.rows;
}

/** Every contract-hours fact of these medewerkers. */
export async function findContracten(db: Kysely<Database>, ids: string[]): Promise<FeitRij[]> {
  if (ids.length === 0) return [];
  const r = await sql<FeitRij>`
    select medewerker_id, ingangsdatum::text, einddatum::text from contracturen
     where medewerker_id = any(${ids}::uuid[]) order by medewerker_id, ingangsdatum`.execute(db);
  return r.rows;
}

export interface InzetRij {
  medewerker_id: string;
  soort: 'robuust' | 'wendbaar';
  van: string;
  tot: string;
  uren_per_week: number;
  /** The work: a team's resultaatdoel (robust), or the opgave or bestuursopdracht of the capaciteitsvraag (agile). */
  werk_soort: 'resultaatdoel' | 'opgave' | 'bestuursopdracht' | null;
  werk_id: string | null;
  werk_titel: string | null;
  /** The team of the resultaatdoel, for robust inzet. */
  team_id: string | null;
}

/** The inzet of these medewerkers that is not over before `van`, with the work it is for. */
export async function findInzetMetWerk(
  db: Kysely<Database>,
  ids: string[],
  van: string,
): Promise<InzetRij[]> {
  if (ids.length === 0) return [];
  const r = await sql<InzetRij>`
    select i.medewerker_id, i.soort, i.van::text, i.tot::text, i.uren_per_week::float8 as uren_per_week,
           case when r.id is not null then 'resultaatdoel'
                when o.id is not null then 'opgave'
                when b.id is not null then 'bestuursopdracht' end as werk_soort,
           coalesce(r.id, o.id, b.id) as werk_id,
           coalesce(r.titel, o.titel, b.titel) as werk_titel,
           r.team_id
      from inzet i
      left join resultaatdoel r on r.id = i.resultaatdoel_id
      left join capaciteitsvraag v on v.id = i.capaciteitsvraag_id
      left join opgave o on o.id = v.opgave_id
      left join bestuursopdracht b on b.id = v.bestuursopdracht_id
     where i.medewerker_id = any(${ids}::uuid[]) and i.tot >= ${van}::date
     order by i.medewerker_id, i.van`.execute(db);
  return r.rows.map((x) => ({ ...x, uren_per_week: Number(x.uren_per_week) }));
}
