import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, InzetverzoekStatus, VerdeelscenarioTable } from './schema';

// --- the instance: live data read for a proposal --------------------------------------------------

export interface VerdeelVraagRij {
  id: string;
  expertise_id: string;
  expertise: string;
  minimum_niveau: number;
  prioriteit: number;
  uren: number;
  opgave_id: string | null;
  bestuursopdracht_id: string | null;
  titel: string;
  dossier_status: string;
  /** Hours per week already asked in requests in one of the standing statuses. */
  al_gevraagd: number;
}

/**
 * The capaciteitsvragen of a period (or only those of `ids`), highest priority first, with their
 * expertise, dossier and the weekly hours already asked in standing requests.
 */
export async function findVerdeelVragen(
  db: Kysely<Database>,
  v: {
    periode: string;
    ids?: string[] | undefined;
    staandeStatussen: readonly InzetverzoekStatus[];
    /** First day planned: a request that ended before it gives nothing to the weeks still to come. */
    vanaf?: string | undefined;
  },
): Promise<VerdeelVraagRij[]> {
  const r = await sql<VerdeelVraagRij>`
      select c.id, c.expertise_id, e.naam as expertise, c.minimum_niveau, c.prioriteit, c.uren::float8 as uren,
             c.opgave_id, c.bestuursopdracht_id, coalesce(o.titel, b.titel) as titel,
             coalesce(o.status, b.status) as dossier_status,
             coalesce((select sum(v.uren_per_week) from inzetverzoek v
                        where v.capaciteitsvraag_id = c.id and v.status = any(${[...v.staandeStatussen]}::text[])
                          ${v.vanaf ? sql`and v.tot >= ${v.vanaf}::date` : sql``}), 0)::float8
               as al_gevraagd
        from capaciteitsvraag c
        join expertise e on e.id = c.expertise_id
        left join opgave o on o.id = c.opgave_id
        left join bestuursopdracht b on b.id = c.bestuursopdracht_id
       where c.periode = ${v.periode}
         ${v.ids ? sql`and c.id = any(${v.ids}::uuid[])` : sql``}
       order by c.prioriteit desc, c.id`.execute(db);
  return r.rows;
}

export interface ExpertisehouderRij {
  medewerker_id: string;
  expertise_id: string;
  niveau: number;
  ambitie: boolean;
  team_id: string;
  team_naam: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
}

/**
 * Everyone holding one of the expertises (any niveau), in service during [van, tot] and in a
 * basisteam on `van`: one row per person and expertise.
 */
export async function findExpertisehouders(
  db: Kysely<Database>,
  expertiseIds: string[],
  van: string,
  tot: string,
): Promise<ExpertisehouderRij[]> {
  if (expertiseIds.length === 0) return [];
  const r = await sql<ExpertisehouderRij>`
            select me.medewerker_id, me.expertise_id, me.niveau, me.ambitie, l.team_id, t.naam as team_naam,
                   m.voornaam, m.tussenvoegsel, m.achternaam
              from medewerker_expertise me
              join medewerker m on m.id = me.medewerker_id
              join teamlidmaatschap l on l.medewerker_id = m.id and l.ingangsdatum <= ${van}::date
                                     and (l.einddatum is null or l.einddatum >= ${van}::date)
              join team t on t.id = l.team_id and t.soort = 'basisteam'
             where me.expertise_id = any(${expertiseIds}::uuid[])
               and m.in_dienst <= ${tot}::date and (m.uit_dienst is null or m.uit_dienst >= ${van}::date)`.execute(
    db,
  );
  return r.rows;
}

/**
 * The agile dossiers (opgave or bestuursopdracht ids) each medewerker carries in [van, tot]: by
 * inzet on a capaciteitsvraag, or by a request in one of `openStatussen`.
 */
export async function findWendbareDossiers(
  db: Kysely<Database>,
  medewerkerIds: string[],
  van: string,
  tot: string,
  openStatussen: readonly InzetverzoekStatus[],
): Promise<{ medewerker_id: string; dossier: string }[]> {
  if (medewerkerIds.length === 0) return [];
  const r = await sql<{ medewerker_id: string; dossier: string }>`
          select distinct x.medewerker_id, coalesce(c.opgave_id, c.bestuursopdracht_id)::text as dossier
            from (select medewerker_id, capaciteitsvraag_id from inzet
                   where soort = 'wendbaar' and capaciteitsvraag_id is not null
                     and van <= ${tot}::date and tot >= ${van}::date
                  union
                  select medewerker_id, capaciteitsvraag_id from inzetverzoek
                   where status = any(${[...openStatussen]}::text[]) and van <= ${tot}::date and tot >= ${van}::date) x
            join capaciteitsvraag c on c.id = x.capaciteitsvraag_id
           where x.medewerker_id = any(${medewerkerIds}::uuid[])`.execute(db);
  return r.rows;
}

// --- the scenario: a proposal and its progress ----------------------------------------------------

export type VerdeelscenarioRij = Selectable<VerdeelscenarioTable>;

export async function insertScenario(
  db: Kysely<Database>,
  s: { periode: string; parameters: unknown; aangemaaktDoor: string | null },
): Promise<string> {
  const { id } = await db
    .insertInto('verdeelscenario')
    .values({
      periode: s.periode,
      parameters: JSON.stringify(s.parameters),
      aangemaakt_door: s.aangemaaktDoor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Records progress, only while the scenario still computes. */
export async function zetVoortgang(db: Kysely<Database>, id: string, voortgang: unknown): Promise<void> {
  await db
    .updateTable('verdeelscenario')
    .set({ voortgang: JSON.stringify(voortgang) })
    .where('id', '=', id)
    .where('status', '=', 'rekent')
    .execute();
}

export async function zetKlaar(db: Kysely<Database>, id: string, resultaat: unknown): Promise<void> {
  await db
    .updateTable('verdeelscenario')
    .set({ status: 'klaar', resultaat: JSON.stringify(resultaat), klaar_op: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function zetMislukt(db: Kysely<Database>, id: string, fout: string): Promise<void> {
  await db
    .updateTable('verdeelscenario')
    .set({ status: 'mislukt', fout, klaar_op: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function findScenario(
  db: Kysely<Database>,
  id: string,
): Promise<VerdeelscenarioRij | undefined> {
  return db.selectFrom('verdeelscenario').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface ScenarioSamenvattingRij {
  id: string;
  periode: string;
  status: 'rekent' | 'klaar' | 'mislukt';
  parameters: unknown;
  fout: string | null;
  aangemaakt_op: Date | string;
  klaar_op: Date | string | null;
  regels: number | null;
  uren_per_week: number | null;
  doelwaarde: number | null;
  gap: number | null;
  gretig: number | null;
}

/** The last `limiet` scenarios, newest first, each summed up in the database without its lines. */
export async function findScenarioSamenvattingen(
  db: Kysely<Database>,
  limiet: number,
): Promise<ScenarioSamenvattingRij[]> {
  const r = await sql<ScenarioSamenvattingRij>`
      select s.id, s.periode, s.status, s.parameters, s.fout, s.aangemaakt_op, s.klaar_op,
             jsonb_array_length(s.resultaat->'regels') as regels,
             (select coalesce(sum((r->>'urenPerWeek')::float8), 0)
                from jsonb_array_elements(s.resultaat->'regels') r) as uren_per_week,
             (s.resultaat->>'doelwaarde')::float8 as doelwaarde,
             (s.resultaat->>'gap')::float8 as gap,
             (s.resultaat->>'gretig')::float8 as gretig
        from verdeelscenario s
       order by s.aangemaakt_op desc, s.id
       limit ${limiet}`.execute(db);
  return r.rows;
}
