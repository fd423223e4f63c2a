import { type Kysely, sql } from 'kysely';
import { geldtOpDatum } from './query-helpers';
import type { Database } from './schema';

/**
 * Per team on a date: how many medewerkers in service are members, and their contract hours. The
 * one subquery behind every team count and FTE figure, so all screens add up the same way.
 */
export function bezettingPerTeam(db: Kysely<Database>, peildatum: string) {
  return db
    .selectFrom('teamlidmaatschap as l')
    .innerJoin('medewerker as m', 'm.id', 'l.medewerker_id')
    .leftJoin('contracturen as c', (join) =>
      join.onRef('c.medewerker_id', '=', 'l.medewerker_id').on(geldtOpDatum('c', peildatum)),
    )
    .where(geldtOpDatum('l', peildatum))
    .where('m.in_dienst', '<=', peildatum)
    .where((eb) => eb.or([eb('m.uit_dienst', 'is', null), eb('m.uit_dienst', '>=', peildatum)]))
    .groupBy('l.team_id')
    .select([
      'l.team_id',
      sql<number>`count(*)::int`.as('aantal'),
      sql<number>`coalesce(sum(c.uren_per_week), 0)::float8`.as('uren'),
    ]);
}
