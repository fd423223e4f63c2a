import type { Kysely } from 'kysely';
import type { Inzet } from '../contract/inzet';
import { findInzetNamen } from '../db/inzet-namen.repository';
import type { Database } from '../db/schema';
import { volledigeNaam } from '../domain/medewerker';
import type { InzetNamen } from '../reports/lijst-exports-rest';

/**
 * The names the team-inzet export shows instead of ids. Called after inzet.service's teamInzet, which
 * already checked that the user may see this team's planning: it only adds names to what they see.
 */
export async function teamInzetNamen(
  db: Kysely<Database>,
  teamId: string,
  rijen: readonly Inzet[],
): Promise<InzetNamen> {
  const { teamNaam, medewerkers, doelen } = await findInzetNamen(
    db,
    teamId,
    [...new Set(rijen.map((r) => r.medewerkerId))],
    [...new Set(rijen.map((r) => r.resultaatdoelId))],
  );
  return {
    team: teamNaam,
    medewerkers: new Map(
      medewerkers.map((m) => [m.id, { naam: volledigeNaam(m), personeelsnummer: m.personeelsnummer }]),
    ),
    doelen: new Map(doelen.map((d) => [d.id, { titel: d.titel, periode: d.periode }])),
  };
}
