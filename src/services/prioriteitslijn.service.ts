import type { Kysely } from 'kysely';
import type { Prioriteitslijn } from '../contract/inzet';
import { ingezetPerResultaatdoel } from '../db/inzet.repository';
import type { Database } from '../db/schema';
import { periodeVan } from '../domain/kalender';
import { teamBeschikbaarheid } from './beschikbaarheid.service';
import { resultaatdoelenVanTeam } from './resultaatdoel.service';

/**
 * The priority line of a team for a period: its goals in priority order with their estimated hours
 * added up, against the hours the team has available. Goals whose running total fits fall above
 * the line; the rest below, where they wait for capacity or a choice.
 */
export async function prioriteitslijn(
  db: Kysely<Database>,
  teamId: string,
  periode: string,
): Promise<Prioriteitslijn> {
  const kwartaal = /^\d{4}-Q[1-4]$/.test(periode);
  const p = periodeVan(kwartaal ? 'kwartaal' : 'jaar', periode);
  const [doelen, grid] = await Promise.all([
    resultaatdoelenVanTeam(db, teamId, periode),
    teamBeschikbaarheid(db, teamId, 'maand', p.van.slice(0, 7), p.tot.slice(0, 7)),
  ]);
  const capaciteit = grid.totalen.reduce((s, t) => s + t.beschikbaar, 0);
  const actief = doelen.filter((d) => d.status !== 'vervallen');
  const ingezet = await ingezetPerResultaatdoel(
    db,
    actief.map((d) => d.id),
    p.van,
    p.tot,
  );
  let cumulatief = 0;
  const regels = actief.map((d) => {
    cumulatief += d.geschatteUren;
    return {
      resultaatdoelId: d.id,
      prioriteit: d.prioriteit,
      titel: d.titel,
      status: d.status,
      geschatteUren: d.geschatteUren,
      ingezetUren: Math.round((ingezet.get(d.id) ?? 0) * 100) / 100,
      cumulatief: Math.round(cumulatief * 100) / 100,
      bovenDeLijn: cumulatief <= capaciteit + 1e-9,
    };
  });
  return {
    teamId,
    periode,
    capaciteit: Math.round(capaciteit * 100) / 100,
    vraag: Math.round(cumulatief * 100) / 100,
    tekort: Math.round(Math.max(0, cumulatief - capaciteit) * 100) / 100,
    resultaatdoelen: regels,
  };
}
