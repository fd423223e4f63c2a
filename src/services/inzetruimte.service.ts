import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { assertMagTeamPlannen } from '../access/team';
import type { Teamreservering } from '../contract/team';
import * as repo from '../db/beschikbaarheid.repository';
import { findReserveringen } from '../db/inzetruimte.queries';
import type { Database } from '../db/schema';
import { findTeamRow } from '../db/team.repository';
import { updateMetVersie } from '../db/versie';
import { NotFoundError, StaleVersionError } from '../domain/probleem';
import { bereik, cellen, feestdagenRond, perMedewerker } from './beschikbaarheid.service';

/**
 * Room for agile work in a range of whole ISO weeks: per medewerker the free hours of every week
 * (available − robust − agile inzet, the grid's own figures), and per team the hours it can still
 * give beside its reservering for robust work: (1 − reservering) × team capacity − agile inzet.
 * Agile work asked as constant hours a week fits when it fits the smallest week, so both are also
 * given as their minimum over the range.
 */
export interface MedewerkerRuimte {
  medewerkerId: string;
  weken: { week: string; beschikbaar: number; vrij: number }[];
  minVrij: number;
  gemiddeldVrij: number;
}

export interface TeamRuimte {
  teamId: string;
  reservering: number;
  weken: { week: string; beschikbaar: number; wendbaar: number; ruimte: number }[];
  minRuimte: number;
}

const rond = (x: number) => Math.round(x * 100) / 100;

export async function medewerkerRuimte(
  db: Kysely<Database>,
  medewerkerIds: readonly string[],
  vanWeek: string,
  totWeek: string,
): Promise<Map<string, MedewerkerRuimte>> {
  const uit = new Map<string, MedewerkerRuimte>();
  if (medewerkerIds.length === 0) return uit;
  const b = bereik('week', vanWeek, totWeek);
  const instellingen = await repo.getInstellingen(db);
  // Each day at the share of the team the person is in that day, as in the grids.
  const rijen = await repo.findBrutoUren(db, {
    perioden: b.perioden,
    feestdagen: feestdagenRond(b.van, b.tot, instellingen),
    nietProductiefAandeel: instellingen.nietProductiefAandeel,
    medewerkerIds,
  });
  const groepen = perMedewerker(rijen);
  for (const id of medewerkerIds) {
    const c = cellen(b.perioden, groepen.get(id) ?? []);
    const vrij = c.map((x) => Math.max(0, x.vrij));
    uit.set(id, {
      medewerkerId: id,
      weken: c.map((x) => ({ week: x.periode, beschikbaar: x.beschikbaar, vrij: x.vrij })),
      minVrij: rond(Math.min(...vrij)),
      gemiddeldVrij: rond(vrij.reduce((s, x) => s + x, 0) / Math.max(1, vrij.length)),
    });
  }
  return uit;
}

export async function teamRuimte(
  db: Kysely<Database>,
  teamIds: readonly string[],
  vanWeek: string,
  totWeek: string,
): Promise<Map<string, TeamRuimte>> {
  const uit = new Map<string, TeamRuimte>();
  if (teamIds.length === 0) return uit;
  const b = bereik('week', vanWeek, totWeek);
  const instellingen = await repo.getInstellingen(db);
  const [rijen, teams] = await Promise.all([
    repo.findTeamRollup(db, {
      perioden: b.perioden,
      metVraag: false,
      teamIds,
      feestdagen: feestdagenRond(b.van, b.tot, instellingen),
      nietProductiefAandeel: instellingen.nietProductiefAandeel,
    }),
    findReserveringen(db, teamIds),
  ]);
  const perSleutel = new Map(rijen.map((r) => [`${r.team_id}|${r.periode}`, r]));
  for (const t of teams) {
    const reservering = Number(t.robuust_reservering ?? instellingen.robuustReservering);
    const weken = b.perioden.map((p) => {
      const r = perSleutel.get(`${t.id}|${p.sleutel}`);
      const beschikbaar = r?.beschikbaar ?? 0;
      const wendbaar = r?.wendbaar ?? 0;
      return {
        week: p.sleutel,
        beschikbaar: rond(beschikbaar),
        wendbaar: rond(wendbaar),
        ruimte: rond((1 - reservering) * beschikbaar - wendbaar),
      };
    });
    uit.set(t.id, {
      teamId: t.id,
      reservering,
      weken,
      minRuimte: rond(Math.min(...weken.map((w) => w.ruimte))),
    });
  }
  return uit;
}

/** The teamleider's reservering for robust work (null: the organisation's default), with If-Match. */
export async function zetReservering(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  versie: number,
  waarde: number | null,
): Promise<Teamreservering> {
  assertMagTeamPlannen(g, teamId, 'De reservering van een team zet de eigen teamleider, of de directie.');
  const r = await updateMetVersie(db, 'team', teamId, versie, { robuust_reservering: waarde });
  if (!r) {
    const t = await findTeamRow(db, teamId);
    if (!t) throw new NotFoundError('Team', teamId);
    throw new StaleVersionError(t.versie);
  }
  return {
    teamId: r.id,
    robuustReservering: r.robuust_reservering === null ? null : Number(r.robuust_reservering),
    versie: r.versie,
  };
}
