import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

/**
 * Read models for a person's home (`GET /mijn-werk`): the few rows that wait on someone, each
 * with the names a readable title needs. Which rows a caller may see is decided by the service
 * with src/access/mijn-werk.ts; these queries only take the narrowing it hands them.
 */

export interface WachtendVerzoekRij {
  id: string;
  status: 'aangevraagd' | 'tegenvoorstel';
  medewerker_id: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  team_id: string;
  team_naam: string;
  van: string;
  tot: string;
  uren_per_week: number;
  aangevraagd_op: string;
  dossier_titel: string | null;
  expertise_naam: string;
}

const verzoekSelect = sql`
  select v.id, v.status, v.medewerker_id, m.voornaam, m.tussenvoegsel, m.achternaam, v.team_id,
         t.naam as team_naam, v.van::text, v.tot::text, v.uren_per_week::float8 as uren_per_week,
         (v.aangevraagd_op at time zone 'Europe/Amsterdam')::date::text as aangevraagd_op,
         coalesce(o.titel, b.titel) as dossier_titel, e.naam as expertise_naam
    from inzetverzoek v
    join medewerker m on m.id = v.medewerker_id
    join team t on t.id = v.team_id
    join capaciteitsvraag c on c.id = v.capaciteitsvraag_id
    join expertise e on e.id = c.expertise_id
    left join opgave o on o.id = c.opgave_id
    left join bestuursopdracht b on b.id = c.bestuursopdracht_id`;

const getal = (r: WachtendVerzoekRij) => ({ ...r, uren_per_week: Number(r.uren_per_week) });

/**
 * Requests that wait on the teamleider: asked (not yet answered) for a person whose team at the
 * time of asking is one of these teams.
 */
export async function findVerzoekenVoorTeams(
  db: Kysely<Database>,
  teamIds: readonly string[],
): Promise<WachtendVerzoekRij[]> {
  if (teamIds.length === 0) return [];
  const r = await sql<WachtendVerzoekRij>`${verzoekSelect}
   where v.status = 'aangevraagd' and v.team_id = any(${[...teamIds]}::uuid[])
   order by v.aangevraagd_op, v.id`.execute(db);
  return r.rows.map(getal);
}

/**
 * Asked requests nobody but the directie can answer: the person's team has no teamleider today
 * with an active account to log in with.
 */
export async function findVerzoekenZonderBeslisser(
  db: Kysely<Database>,
  peildatum: string,
): Promise<WachtendVerzoekRij[]> {
  const r = await sql<WachtendVerzoekRij>`${verzoekSelect}
   where v.status = 'aangevraagd'
     and not exists (
       select 1 from leiderschap l
         join account a on a.medewerker_id = l.medewerker_id and a.actief
        where l.team_id = v.team_id and l.rol = 'teamleider' and l.ingangsdatum <= ${peildatum}::date
          and (l.einddatum is null or l.einddatum >= ${peildatum}::date))
   order by v.aangevraagd_op, v.id`.execute(db);
  return r.rows.map(getal);
}

/** Counter-proposals that wait on the account that asked. */
export async function findTegenvoorstellenVoor(
  db: Kysely<Database>,
  accountId: string,
): Promise<WachtendVerzoekRij[]> {
  const r = await sql<WachtendVerzoekRij>`${verzoekSelect}
   where v.status = 'tegenvoorstel' and v.aangevraagd_door = ${accountId}::uuid
   order by v.beslist_op, v.id`.execute(db);
  return r.rows.map(getal);
}

/** One's own requests that still wait on the teamleider: a medewerker sees what is asked of her. */
export async function findEigenOpenVerzoeken(
  db: Kysely<Database>,
  medewerkerId: string,
): Promise<WachtendVerzoekRij[]> {
  const r = await sql<WachtendVerzoekRij>`${verzoekSelect}
   where v.status in ('aangevraagd', 'tegenvoorstel') and v.medewerker_id = ${medewerkerId}::uuid
   order by v.aangevraagd_op, v.id`.execute(db);
  return r.rows.map(getal);
}

export interface DossierRij {
  soort: 'opgave' | 'bestuursopdracht';
  id: string;
  titel: string;
  status: string;
  /** A bestuursopdracht's working copy (jsonb), for its milestones; null for an opgave. */
  inhoud: unknown;
  rolbepaling_status: 'voorgesteld' | 'besloten' | null;
  gewijzigd_op: string;
  open_inzetverzoeken: number;
}

const dossierSelect = sql`
  select * from (
    select 'opgave' as soort, o.id, o.titel, o.status::text as status, null::jsonb as inhoud,
           o.rolbepaling_status, (o.gewijzigd_op at time zone 'Europe/Amsterdam')::date::text as gewijzigd_op,
           o.programmaregisseur_medewerker_id as regisseur_id, p.programmaregisseur_medewerker_id as programma_regisseur_id,
           (select count(*) from inzetverzoek v join capaciteitsvraag c on c.id = v.capaciteitsvraag_id
             where c.opgave_id = o.id and v.status in ('aangevraagd', 'tegenvoorstel'))::int as open_inzetverzoeken
      from opgave o left join programma p on p.id = o.programma_id
    union all
    select 'bestuursopdracht', b.id, b.titel, b.status::text, b.inhoud::jsonb, null,
           (b.gewijzigd_op at time zone 'Europe/Amsterdam')::date::text,
           null, p.programmaregisseur_medewerker_id,
           (select count(*) from inzetverzoek v join capaciteitsvraag c on c.id = v.capaciteitsvraag_id
             where c.bestuursopdracht_id = b.id and v.status in ('aangevraagd', 'tegenvoorstel'))::int
      from bestuursopdracht b left join programma p on p.id = b.programma_id
  ) d`;

/**
 * The dossiers a programmaregisseur runs: the opgaven that name them, and every opgave and
 * bestuursopdracht of a programma they direct; finished ones left out.
 */
export async function findDossiersVanRegisseur(
  db: Kysely<Database>,
  medewerkerId: string,
): Promise<DossierRij[]> {
  const r = await sql<DossierRij>`${dossierSelect}
   where (d.regisseur_id = ${medewerkerId}::uuid or d.programma_regisseur_id = ${medewerkerId}::uuid)
     and d.status not in ('afgerond', 'geevalueerd', 'afgewezen')
   order by d.soort desc, d.titel`.execute(db);
  return r.rows;
}

/** Dossiers in one of these states, or opgaven whose rolbepaling is proposed: what a decider waits on. */
export async function findDossiersInStatus(
  db: Kysely<Database>,
  opties: { opgave: readonly string[]; bestuursopdracht: readonly string[]; rolbepalingVoorgesteld: boolean },
): Promise<DossierRij[]> {
  const r = await sql<DossierRij>`${dossierSelect}
   where (d.soort = 'opgave' and d.status = any(${[...opties.opgave, '']}::text[]))
      or (d.soort = 'bestuursopdracht' and d.status = any(${[...opties.bestuursopdracht, '']}::text[]))
      or (${opties.rolbepalingVoorgesteld} and d.soort = 'opgave' and d.rolbepaling_status = 'voorgesteld'
          and d.status in ('verkenning', 'rolbepaling'))
   order by d.gewijzigd_op, d.titel`.execute(db);
  return r.rows;
}

/** The basisteam a medewerker belongs to today, if any. */
export async function findTeamVanMedewerker(
  db: Kysely<Database>,
  medewerkerId: string,
  peildatum: string,
): Promise<string | null> {
  const r = await sql<{ team_id: string }>`
    select l.team_id from teamlidmaatschap l
     where l.medewerker_id = ${medewerkerId}::uuid and l.ingangsdatum <= ${peildatum}::date
       and (l.einddatum is null or l.einddatum >= ${peildatum}::date)
     limit 1`.execute(db);
  return r.rows[0]?.team_id ?? null;
}

/** A medewerker's name, for the greeting. */
export async function findMedewerkerNaam(db: Kysely<Database>, medewerkerId: string) {
  return db
    .selectFrom('medewerker')
    .select(['id', 'voornaam', 'tussenvoegsel', 'achternaam'])
    .where('id', '=', medewerkerId)
    .executeTakeFirst();
}
