import type { Kysely } from 'kysely';
import { type Gebruiker, magInzetbaarheidZien } from '../access/gebruiker';
import type { Contracturen, NieuweContracturen, Teamlidmaatschap, Teamwissel } from '../contract/medewerker';
import { withDbErrors } from '../db/db-errors';
import * as medewerkers from '../db/medewerker.repository';
import { existsMedewerker } from '../db/medewerker-historie.repository';
import type { Database, MedewerkerRow } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { toetsDienstverband } from '../domain/inzet-toets';
import { controleerEinde, planOpvolging } from '../domain/periode';
import { assertGeenProblemen, ConflictError, NotFoundError, type Probleem } from '../domain/probleem';
import { contracturenView, controleerTeam, teamlidmaatschapView } from './medewerker.service';
import { assertReikwijdte } from './reikwijdte.service';

/**
 * The effective-dated history of a medewerker: contract hours and team membership. A change from a
 * date ends the running period the day before and appends a new one; nothing is overwritten.
 */

async function bestaandeMedewerker(db: Kysely<Database>, id: string): Promise<MedewerkerRow> {
  const m = await medewerkers.lockMedewerker(db, id);
  if (!m) throw new NotFoundError('Medewerker', id);
  return m;
}

/**
 * A fact may start only inside the employment. One date against both ends: uit dienst never lies
 * before in dienst (a check on the table), so at most one of the two problems comes back.
 */
function binnenDienstverband(m: MedewerkerRow, datum: string, veld: string): Probleem[] {
  return toetsDienstverband(m, datum, datum, { van: veld, tot: veld });
}

/** Contract hours: for those who see the person's inzetbaarheid (a programmaregisseur too). */
export async function listContracturen(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
): Promise<Contracturen[]> {
  await assertReikwijdte(db, g, medewerkerId, magInzetbaarheidZien, 'de contracturen');
  await assertBestaat(db, medewerkerId);
  return (await medewerkers.findContracturen(db, medewerkerId)).map(contracturenView);
}

export async function addContracturen(
  db: Kysely<Database>,
  medewerkerId: string,
  invoer: NieuweContracturen,
): Promise<Contracturen> {
  return withDbErrors(() =>
    inTransactie(db, async (trx) => {
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
): Promise<Teamlidmaatschap[]> {
  await assertBestaat(db, medewerkerId);
  return (await medewerkers.findTeamlidmaatschappen(db, medewerkerId)).map(teamlidmaatschapView);
}

/** Moves a medewerker to a team from a date: one team at any date, history kept. */
export async function moveToTeam(
  db: Kysely<Database>,
  medewerkerId: string,
  invoer: Teamwissel,
): Promise<Teamlidmaatschap> {
  return withDbErrors(() =>
    inTransactie(db, async (trx) => {
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
): Promise<Teamlidmaatschap> {
  return withDbErrors(() =>
    inTransactie(db, async (trx) => {
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
  if (!(await existsMedewerker(db, id))) throw new NotFoundError('Medewerker', id);
}
