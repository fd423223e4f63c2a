import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

export interface OpenVraagRij {
  id: string;
  team_id: string | null;
  periode: string;
  uren: number;
  expertise: string;
  opgave_id: string | null;
  bestuursopdracht_id: string | null;
  titel: string;
}

/**
 * The capaciteitsvragen of the quarters, in dossiers that still ask for work: the same rule as the
 * verdeelvoorstel (src/services/verdeelvoorstel.service.ts, bouwInstantie) applies, an opgave not
 * afgerond, a bestuursopdracht vastgesteld or in uitvoering. Only of `teamIds` when given (vragen
 * without a team then drop out). What consent covers is subtracted by the service.
 */
export async function findOpenCapaciteitsvragen(
  db: Kysely<Database>,
  kwartalen: readonly string[],
  teamIds?: readonly string[],
): Promise<OpenVraagRij[]> {
  if (kwartalen.length === 0) return [];
  const r = await sql<OpenVraagRij>`
      select c.id, c.team_id, c.periode, c.uren::float8 as uren, e.naam as expertise,
             c.opgave_id, c.bestuursopdracht_id, coalesce(o.titel, b.titel) as titel
        from capaciteitsvraag c
        join expertise e on e.id = c.expertise_id
        left join opgave o on o.id = c.opgave_id
        left join bestuursopdracht b on b.id = c.bestuursopdracht_id
       where c.periode = any(${[...kwartalen]}::text[])
         and (o.status <> 'afgerond'
              or b.status in ('vastgesteld', 'gewijzigd-vastgesteld', 'in-uitvoering'))
         ${teamIds ? sql`and c.team_id = any(${[...teamIds]}::uuid[])` : sql``}
       order by c.periode, coalesce(o.titel, b.titel), e.naam, c.id`.execute(db);
  return r.rows;
}
