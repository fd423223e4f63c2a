import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

export interface VraagRij {
  opgave_id: string | null;
  bestuursopdracht_id: string | null;
  /** Null in a dossier's total over the range, or in the grand totals per period. */
  periode: string | null;
  uren: number;
}

/**
 * Hours asked per dossier and quarter in [van, tot] (quarters as 'YYYY-Qn', which sort as text),
 * with each dossier's total and the totals per quarter from the same query.
 */
export async function findVraagPerPeriode(
  db: Kysely<Database>,
  van: string,
  tot: string,
): Promise<VraagRij[]> {
  const r = await sql<VraagRij>`
    select opgave_id, bestuursopdracht_id, periode, sum(uren)::float8 as uren
      from capaciteitsvraag
     where periode between ${van} and ${tot}
     group by grouping sets ((opgave_id, bestuursopdracht_id, periode), (opgave_id, bestuursopdracht_id), (periode))`.execute(
    db,
  );
  return r.rows;
}

export interface MijlpaalRij {
  bestuursopdracht_id: string;
  titel: string;
  dossier_titel: string;
  datum: string;
}

/** The milestones on the timelines of the bestuursopdrachten, between two dates, in date order. */
export async function findMijlpalen(db: Kysely<Database>, van: string, tot: string): Promise<MijlpaalRij[]> {
  const r = await sql<MijlpaalRij>`
    select b.id as bestuursopdracht_id, b.titel as dossier_titel, m->>'titel' as titel, m->>'datum' as datum
      from bestuursopdracht b
     cross join lateral jsonb_array_elements(coalesce(b.inhoud->'mijlpalen', '[]'::jsonb)) as m
     where m->>'datum' between ${van} and ${tot}
     order by m->>'datum', b.titel`.execute(db);
  return r.rows;
}
