import type { Kysely } from 'kysely';
import * as formatieRepo from '../db/formatie.repository';
import * as loonsomRepo from '../db/loonsom.repository';
import type { Database } from '../db/schema';
import { formatieCijfers, naarFte, vacatureSinds } from '../domain/formatie';
import { loonsomTotalen, naarCenten, naarEuro } from '../domain/loonsom';
import { plaatsenMetLoonsom } from './loonsom.service';

/**
 * The formatie and loonsom figures the home turns into signals (issue 13 on the first page): per
 * team its vacancies, surplus and loonsom against budget. The caller decides the reach
 * (src/access/mijn-werk.ts); these functions only count within it.
 */

/** Teams to count: all of them, or these. */
export type TeamBereik = 'alle' | readonly string[];

export interface TeamFormatieStand {
  teamId: string;
  naam: string;
  vacatureFte: number;
  /** The oldest vacancy of the team: since when it has been open without a break. */
  vacatureSinds: string | null;
  boventalligFte: number;
}

export async function formatieStanden(
  db: Kysely<Database>,
  bereik: TeamBereik,
  peildatum: string,
): Promise<TeamFormatieStand[]> {
  if (bereik !== 'alle' && bereik.length === 0) return [];
  // A teamleider leads one or two teams: reading those is cheaper than the whole organisation.
  const plaatsen =
    bereik === 'alle'
      ? await formatieRepo.findFormatieplaatsenOp(db, peildatum)
      : (
          await Promise.all(bereik.map((id) => formatieRepo.findFormatieplaatsenOp(db, peildatum, id)))
        ).flat();
  const plaatsingen = await formatieRepo.findPlaatsingenVan(
    db,
    plaatsen.map((f) => f.id),
  );
  const perPlaats = new Map<string, { fte: number; ingangsdatum: string; einddatum: string | null }[]>();
  for (const p of plaatsingen) {
    const lijst = perPlaats.get(p.formatieplaats_id) ?? [];
    lijst.push({ fte: Number(p.fte), ingangsdatum: p.ingangsdatum, einddatum: p.einddatum });
    perPlaats.set(p.formatieplaats_id, lijst);
  }
  const metBezetting = plaatsen.map((f) => ({
    teamId: f.team_id,
    fte: Number(f.fte),
    ingangsdatum: f.ingangsdatum,
    einddatum: f.einddatum,
    plaatsingen: perPlaats.get(f.id) ?? [],
  }));
  const { teams } = formatieCijfers(metBezetting, peildatum);
  const namen = new Map(plaatsen.map((f) => [f.team_id, f.team_naam]));
  return [...teams.entries()]
    .map(([teamId, c]) => {
      const sinds = metBezetting
        .filter((p) => p.teamId === teamId)
        .map((p) => vacatureSinds(p, peildatum))
        .filter((d): d is string => d !== null)
        .sort()[0];
      return {
        teamId,
        naam: namen.get(teamId) ?? '',
        vacatureFte: naarFte(c.vacature),
        vacatureSinds: sinds ?? null,
        boventalligFte: naarFte(c.boventallig),
      };
    })
    .filter((t) => t.vacatureFte > 0 || t.boventalligFte > 0)
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

export interface TeamBudgetStand {
  teamId: string;
  naam: string;
  jaar: number;
  /** Euro. */
  loonsom: number;
  budget: number;
}

/** The teams whose loonsom of `jaar` is above the loonsombudget set for that year. */
export async function teamsBovenBudget(
  db: Kysely<Database>,
  bereik: TeamBereik,
  jaar: number,
): Promise<TeamBudgetStand[]> {
  if (bereik !== 'alle' && bereik.length === 0) return [];
  const budgetten = (await loonsomRepo.findLoonsombudgetten(db, [jaar])).filter(
    (b) => bereik === 'alle' || bereik.includes(b.team_id),
  );
  // Without a budget there is nothing to be over: no loonsom needs computing.
  if (budgetten.length === 0) return [];
  const berekend =
    bereik === 'alle'
      ? (await plaatsenMetLoonsom(db, [jaar])).berekend
      : (await Promise.all(bereik.map((id) => plaatsenMetLoonsom(db, [jaar], id)))).flatMap(
          (r) => r.berekend,
        );
  const { teams } = loonsomTotalen(
    berekend.map((b) => b.loonsom),
    [jaar],
  );
  const namen = new Map(
    (
      await loonsomRepo.findTeamNamen(
        db,
        budgetten.map((b) => b.team_id),
      )
    ).map((t) => [t.id, t.naam]),
  );
  return budgetten
    .map((b) => ({
      teamId: b.team_id,
      naam: namen.get(b.team_id) ?? '',
      jaar,
      loonsom: naarEuro(teams.get(b.team_id)?.[0]?.totaal ?? 0),
      budget: naarEuro(naarCenten(Number(b.bedrag))),
    }))
    .filter((t) => t.loonsom > t.budget)
    .sort((a, b) => b.loonsom / b.budget - a.loonsom / a.budget);
}
