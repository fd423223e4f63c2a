import type { Kysely } from 'kysely';
import { withDbErrors } from '../db/db-errors';
import * as medewerkers from '../db/medewerker.repository';
import type { Database, MedewerkerRow } from '../db/schema';
import { controleerEinde, planOpvolging } from '../domain/periode';
import { assertGeenProblemen, ConflictError, NotFoundError, type Probleem } from '../domain/probleem';
import {
  type ContracturenView,
  contracturenView,
  controleerTeam,
  type TeamlidmaatschapView,
  teamlidmaatschapView,
} from './medewerker.service';

/**
 * The effective-dated history of a medewerker: contract hours and team membership. A change from a
 * date ends the running period the day before and appends a new one; nothing is overwritten.
 */

async function bestaandeMedewerker(db: Kysely<Database>, id: string): Promise<MedewerkerRow> {
  const m = await medewerkers.lockMedewerker(db, id);
  if (!m) throw new NotFoundError('Medewerker', id);
  return m;
}

function binnenDienstverband(m: MedewerkerRow, datum: string, veld: string): Probleem[] {
  if (datum < m.in_dienst) {
    return [
      { veld, code: 'voor-in-dienst', melding: `De medewerker is pas in dienst vanaf ${m.in_dienst}.` },
    ];
  }
  if (m.uit_dienst !== null && datum > m.uit_dienst) {
    return [{ veld, code: 'na-uit-dienst', melding: `De medewerker is uit dienst per ${m.uit_dienst}.` }];
  }
  return [];
}

export async function listContracturen(
  db: Kysely<Database>,
  medewerkerId: string,
): Promise<ContracturenView[]> {
  await assertBestaat(db, medewerkerId);
  return (await medewerkers.findContracturen(db, medewerkerId)).map(contracturenView);
}

export async function addContracturen(
  db: Kysely<Database>,
  medewerkerId: string,
  invoer: { urenPerWeek: number; ingangsdatum: string },
): Promise<ContracturenView> {
  return withDbErrors(() =>
    db.transaction().execute(async (trx) => {
      const m = await bestaandeMedewerker(trx, medewerkerId);
      const problemen = binnenDienstverband(m, invoer.ingangsdatum, 'ingangsdatum');
      const bestaand = await medewerkers.findContracturen(trx, medewerkerId);
      const opvolging = planOpvolging(bestaand, invoer.ingangsdatum, 'ingangsdatum');
      problemen.push(...opvolging.problemen);
      assertGeenProblemen(problemen);
      if (opvolging.beeindig)
        await medewerkers.endContracturen(trx, opvolging.beeindig.id, opvolging.beeindig.einddatum);
      const rij = await medewerkers.insertContracturen(trx, {
        medewerker_id: medewerkerId,
        uren_per_week: invoer.urenPerWeek,
        ingangsdatum: invoer.ingangsdatum,
        einddatum: m.uit_dienst,
      });
      await medewerkers.bumpMedewerkerVersie(trx, medewerkerId);
      return contracturenView(rij);
    }),
  );
}

export async function listTeamlidmaatschappen(
  db: Kysely<Database>,
  medewerkerId: string,
): Promise<TeamlidmaatschapView[]> {
  await assertBestaat(db, medewerkerId);
  return (await medewerkers.findTeamlidmaatschappen(db, medewerkerId)).map(teamlidmaatschapView);
}

/** Moves a medewerker to a team from a date: one team at any date, history kept. */
export async function moveToTeam(
  db: Kysely<Database>,
  medewerkerId: string,
  invoer: { teamId: string; ingangsdatum: string },
): Promise<TeamlidmaatschapView> {
  return withDbErrors(() =>
    db.transaction().execute(async (trx) => {
      const m = await bestaandeMedewerker(trx, medewerkerId);
      const problemen = binnenDienstverband(m, invoer.ingangsdatum, 'ingangsdatum');
      problemen.push(...(await controleerTeam(trx, invoer.teamId, invoer.ingangsdatum)));
      const bestaand = await medewerkers.findTeamlidmaatschappen(trx, medewerkerId);
      const opvolging = planOpvolging(bestaand, invoer.ingangsdatum, 'ingangsdatum');
      problemen.push(...opvolging.problemen);
      const lopend = opvolging.beeindig && bestaand.find((b) => b.id === opvolging.beeindig?.id);
      if (lopend && lopend.team_id === invoer.teamId) {
        problemen.push({
          veld: 'teamId',
          code: 'al-lid',
          melding: `De medewerker is al lid van ${lopend.team_naam}.`,
        });
      }
      assertGeenProblemen(problemen);
      if (opvolging.beeindig) {
        await medewerkers.endTeamlidmaatschap(trx, opvolging.beeindig.id, opvolging.beeindig.einddatum);
      }
      const id = await medewerkers.insertTeamlidmaatschap(trx, {
        medewerker_id: medewerkerId,
        team_id: invoer.teamId,
        ingangsdatum: invoer.ingangsdatum,
        einddatum: m.uit_dienst,
      });
      await medewerkers.bumpMedewerkerVersie(trx, medewerkerId);
      const rij = (await medewerkers.findTeamlidmaatschappen(trx, medewerkerId)).find((r) => r.id === id)!;
      return teamlidmaatschapView(rij);
    }),
  );
}

export async function endTeamlidmaatschap(
  db: Kysely<Database>,
  medewerkerId: string,
  lidmaatschapId: string,
  einddatum: string,
): Promise<TeamlidmaatschapView> {
  return withDbErrors(() =>
    db.transaction().execute(async (trx) => {
      await bestaandeMedewerker(trx, medewerkerId);
      const rij = (await medewerkers.findTeamlidmaatschappen(trx, medewerkerId)).find(
        (r) => r.id === lidmaatschapId,
      );
      if (!rij) throw new NotFoundError('Teamlidmaatschap', lidmaatschapId);
      if (rij.einddatum !== null && rij.einddatum <= einddatum) {
        throw new ConflictError(`Dit lidmaatschap is al beëindigd op ${rij.einddatum}.`, 'al-beeindigd');
      }
      assertGeenProblemen(controleerEinde(rij, einddatum, 'einddatum'));
      await medewerkers.endTeamlidmaatschap(trx, lidmaatschapId, einddatum);
      await medewerkers.bumpMedewerkerVersie(trx, medewerkerId);
      return teamlidmaatschapView({ ...rij, einddatum });
    }),
  );
}

async function assertBestaat(db: Kysely<Database>, id: string): Promise<void> {
  const m = await db.selectFrom('medewerker').select('id').where('id', '=', id).executeTakeFirst();
  if (!m) throw new NotFoundError('Medewerker', id);
}
