import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * The names behind a team's inzet (GET /teams/{teamId}/inzet): the JSON names people and goals by
 * id, but its CSV/XLSX export is read by people, who need the team's name, the medewerker's name and
 * personeelsnummer (the key a spreadsheet user matches on) and the resultaatdoel's title. Two
 * queries, whatever the number of rows.
 */
export async function findInzetNamen(
  db: Kysely<Database>,
  teamId: string,
  medewerkerIds: string[],
  resultaatdoelIds: string[],
) {
  const [team, medewerkers, doelen] = await Promise.all([
    db.selectFrom('team').select('naam').where('id', '=', teamId).executeTakeFirst(),
    medewerkerIds.length === 0
      ? []
      : db
          .selectFrom('medewerker')
          .select(['id', 'personeelsnummer', 'voornaam', 'tussenvoegsel', 'achternaam'])
          .where('id', 'in', medewerkerIds)
          .execute(),
    resultaatdoelIds.length === 0
      ? []
      : db
          .selectFrom('resultaatdoel')
          .select(['id', 'titel', 'periode'])
          .where('id', 'in', resultaatdoelIds)
          .execute(),
  ]);
  return { teamNaam: team?.naam ?? '', medewerkers, doelen };
}
