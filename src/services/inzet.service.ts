import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { assertMagTeamPlannen, assertMagTeamVolledigZien } from '../access/team';
import type { Inzet, InzetReeksInvoer } from '../contract/inzet';
import { withDbErrors } from '../db/db-errors';
import * as repo from '../db/inzet.repository';
import { findContracturen, findTeamlidmaatschappen, lockMedewerker } from '../db/medewerker.repository';
import { findResultaatdoel } from '../db/resultaatdoel.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { zetUren } from '../domain/inzet';
import { type InzetToets, toetsInzet } from '../domain/inzet-toets';
import { assertGeenProblemen, NotFoundError, type Probleem, StaleVersionError } from '../domain/probleem';
import { bereik } from './beschikbaarheid.service';

/** The body of PUT /resultaatdoelen/{id}/inzet/{medewerkerId} with the two ids of its path. */
export type InzetInvoer = InzetReeksInvoer & { medewerkerId: string; resultaatdoelId: string };

async function reeksView(
  db: Kysely<Database>,
  medewerkerId: string,
  resultaatdoelId: string,
): Promise<Inzet> {
  const [reeksen, versie] = await Promise.all([
    repo.findReeksen(db, medewerkerId, resultaatdoelId),
    repo.findReeksVersie(db, medewerkerId, resultaatdoelId),
  ]);
  return {
    medewerkerId,
    resultaatdoelId,
    versie: versie ?? 0,
    reeksen: reeksen.map((r) => ({ van: r.van, tot: r.tot, urenPerWeek: Number(r.uren_per_week) })),
  };
}

const PLANNING_ZIEN =
  'De planning van dit team is voor de eigen teamleider, programmaregisseurs, de directie en P&O.';

/** The goal, or 404: its team decides who may see or plan inzet on it. */
async function bestaandDoel(db: Kysely<Database>, resultaatdoelId: string) {
  const doel = await findResultaatdoel(db, resultaatdoelId);
  if (!doel) throw new NotFoundError('Resultaatdoel', resultaatdoelId);
  return doel;
}

export async function getInzet(
  db: Kysely<Database>,
  g: Gebruiker,
  resultaatdoelId: string,
  medewerkerId: string,
): Promise<Inzet> {
  const doel = await bestaandDoel(db, resultaatdoelId);
  assertMagTeamVolledigZien(g, doel.team_id, PLANNING_ZIEN);
  return reeksView(db, medewerkerId, resultaatdoelId);
}

/** Who may plan hours on a goal of this team (one place for zetInzet and zetInzetBatch). */
export function assertMagDoelPlannen(g: Gebruiker, teamId: string): void {
  assertMagTeamPlannen(g, teamId, 'De inzet op dit resultaatdoel plant de eigen teamleider, of de directie.');
}

/**
 * What one row of inzet must satisfy once its facts are read, for zetInzet and zetInzetBatch alike:
 * taking hours away is always allowed; only hours put on someone need them to fit the employment,
 * the contract and the goal's team.
 */
export function toetsInzetRij(
  r: Omit<InzetToets, 'team'> & { urenPerWeek: number; teamId: string },
): Probleem[] {
  if (r.urenPerWeek <= 0) return [];
  const { urenPerWeek: _, teamId, ...toets } = r;
  return toetsInzet({ ...toets, team: { soort: 'team', teamId } });
}

/**
 * Sets the hours per week of a medewerker on a goal for a range of weeks. Every week must fall in the
 * employment, under contract hours and in the goal's team; the (medewerker, goal) pair's version
 * guards against two planners overwriting each other. Overbooking is allowed: the grid flags it.
 */
export async function zetInzet(
  db: Kysely<Database>,
  g: Gebruiker,
  invoer: InzetInvoer,
  versie: number,
): Promise<Inzet> {
  const { team_id } = await bestaandDoel(db, invoer.resultaatdoelId);
  assertMagDoelPlannen(g, team_id);
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const { van, tot, perioden } = bereik('week', invoer.vanWeek, invoer.totWeek);
      const doel = await findResultaatdoel(trx, invoer.resultaatdoelId);
      if (!doel) throw new NotFoundError('Resultaatdoel', invoer.resultaatdoelId);
      const m = await lockMedewerker(trx, invoer.medewerkerId);
      if (!m) throw new NotFoundError('Medewerker', invoer.medewerkerId);
      if (invoer.urenPerWeek > 0) {
        const [contracturen, lidmaatschappen] = await Promise.all([
          findContracturen(trx, m.id),
          findTeamlidmaatschappen(trx, m.id),
        ]);
        assertGeenProblemen(
          toetsInzetRij({
            urenPerWeek: invoer.urenPerWeek,
            dienstverband: m,
            contracturen,
            lidmaatschappen,
            van,
            tot,
            weken: perioden,
            teamId: doel.team_id,
          }),
        );
      }
      const huidig = await repo.lockReeksVersie(trx, m.id, doel.id);
      if (huidig !== versie) throw new StaleVersionError(huidig);
      const bestaand = (await repo.findReeksen(trx, m.id, doel.id)).map((r) => ({
        id: r.id,
        van: r.van,
        tot: r.tot,
        urenPerWeek: Number(r.uren_per_week),
      }));
      await repo.pasBewerkingToe(trx, m.id, doel.id, zetUren(bestaand, van, tot, invoer.urenPerWeek));
    }),
  );
  return reeksView(db, invoer.medewerkerId, invoer.resultaatdoelId);
}

/** All inzet on a team's goals in a range of weeks, per (medewerker, goal) with its version. */
export async function teamInzet(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  vanWeek: string,
  totWeek: string,
): Promise<Inzet[]> {
  assertMagTeamVolledigZien(g, teamId, PLANNING_ZIEN);
  const { van, tot } = bereik('week', vanWeek, totWeek);
  const rijen = await repo.findTeamInzet(db, teamId, van, tot);
  const paren = new Map<string, Inzet>();
  for (const r of rijen) {
    const sleutel = `${r.medewerker_id}:${r.resultaatdoel_id}`;
    const paar = paren.get(sleutel) ?? {
      medewerkerId: r.medewerker_id,
      resultaatdoelId: r.resultaatdoel_id!,
      versie: r.versie,
      reeksen: [],
    };
    paar.reeksen.push({ van: r.van, tot: r.tot, urenPerWeek: Number(r.uren_per_week) });
    paren.set(sleutel, paar);
  }
  return [...paren.values()];
}
