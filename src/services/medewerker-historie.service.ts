import type { Kysely } from 'kysely';
import { type Gebruiker, magInzetbaarheidZien } from '../access/gebruiker';
import { zichtOp } from '../access/medewerker';
import type {
  Contracturen,
  ContracturenWijziging,
  LidmaatschapEinde,
  NieuweContracturen,
  Teamlidmaatschap,
  TeamlidmaatschapWijziging,
  Teamwissel,
  Zicht,
} from '../contract/medewerker';
import { withDbErrors } from '../db/db-errors';
import * as medewerkers from '../db/medewerker.repository';
import { existsMedewerker, findTerugwerkendeDagen, leidtOp } from '../db/medewerker-historie.repository';
import type { Database, MedewerkerRow } from '../db/schema';
import { findTeamRow } from '../db/team.repository';
import { inTransactie } from '../db/transactie';
import { toetsEenBasisteam, toetsTeamsoort } from '../domain/basisteam';
import { plusDagen, vandaag } from '../domain/datum';
import { toetsDienstverband } from '../domain/inzet-toets';
import { volledigeNaam } from '../domain/medewerker';
import { controleerEinde, type Periode, planOpvolging } from '../domain/periode';
import {
  assertGeenProblemen,
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';
import {
  STANDAARD_TERUGWERKENDE_DAGEN,
  terugwerkendeWijziging,
  terugwerkendProblemen,
} from '../domain/terugwerkend';
import {
  contracturenView,
  controleerTeam,
  teamhistorieVoor,
  teamlidmaatschapView,
} from './medewerker.service';
import { assertReikwijdte, doelVan } from './reikwijdte.service';

/**
 * The effective-dated history of a medewerker: contract hours and team membership. A change from a
 * date ends the running period the day before and appends a new one; nothing is overwritten.
 * Membership keeps one team on every date in service (src/domain/basisteam.ts), and a change further
 * back than the organisation's limit needs a reason (src/domain/terugwerkend.ts).
 */

async function bestaandeMedewerker(
  db: Kysely<Database>,
  id: string,
  versie?: number,
): Promise<MedewerkerRow> {
  const m = await medewerkers.lockMedewerker(db, id);
  if (!m) throw new NotFoundError('Medewerker', id);
  if (versie !== undefined && m.versie !== versie) throw new StaleVersionError(m.versie);
  return m;
}

/**
 * A fact may start only inside the employment. One date against both ends: uit dienst never lies
 * before in dienst (a check on the table), so at most one of the two problems comes back.
 */
function binnenDienstverband(m: MedewerkerRow, datum: string, veld: string): Probleem[] {
  return toetsDienstverband(m, datum, datum, { van: veld, tot: veld });
}

/** The limit in days of the organisation setting `terugwerkendeDagen`. */
export async function terugwerkendeGrens(db: Kysely<Database>): Promise<number> {
  return (await findTerugwerkendeDagen(db)) ?? STANDAARD_TERUGWERKENDE_DAGEN;
}

const dienst = (m: MedewerkerRow) => ({ inDienst: m.in_dienst, uitDienst: m.uit_dienst });

/** Joining a team on a date: it exists, is not dissolved, and the directie only for those who lead. */
async function controleerNieuwTeam(
  db: Kysely<Database>,
  m: MedewerkerRow,
  teamId: string,
  vanaf: string,
  veld: string,
): Promise<Probleem[]> {
  const problemen = (await controleerTeam(db, teamId, vanaf)).map((p) => ({ ...p, veld }));
  if (problemen.length > 0) return problemen;
  const team = (await findTeamRow(db, teamId))!;
  if (team.soort === 'basisteam') return [];
  return toetsTeamsoort(team.soort, team.naam, volledigeNaam(m), vanaf, await leidtOp(db, m.id, vanaf), veld);
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
  peildatum: string = vandaag(),
): Promise<ContracturenWijziging> {
  return withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const m = await bestaandeMedewerker(trx, medewerkerId);
      const problemen = binnenDienstverband(m, invoer.ingangsdatum, 'ingangsdatum');
      const bestaand = await medewerkers.findContracturen(trx, medewerkerId);
      const opvolging = planOpvolging(bestaand, invoer.ingangsdatum, 'ingangsdatum');
      problemen.push(...opvolging.problemen);
      const grens = await terugwerkendeGrens(trx);
      problemen.push(...terugwerkendProblemen(invoer.ingangsdatum, peildatum, grens, invoer.reden));
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
      return {
        ...contracturenView(rij),
        terugwerkend: terugwerkendeWijziging(invoer.ingangsdatum, m.uit_dienst, peildatum, invoer.reden),
      };
    }),
  );
}

/**
 * The team history, for everybody who may see the medewerker (the team is a directory basic), with
 * the dates only for those who see the person in full: they hold the days in and out of service.
 */
export async function listTeamlidmaatschappen(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
): Promise<{ resultaten: Teamlidmaatschap[]; zicht: Zicht }> {
  const zicht = zichtOp(g, await doelVan(db, medewerkerId));
  const rijen = await medewerkers.findTeamlidmaatschappen(db, medewerkerId);
  return { resultaten: teamhistorieVoor(zicht, rijen.map(teamlidmaatschapView)), zicht };
}

/**
 * Moves a medewerker to a team from a date: the running membership ends the day before and the new
 * one starts, in one transaction — the atomic move that keeps one team on every date.
 * `versie`, when the client sent If-Match, must still be the medewerker's.
 */
export async function moveToTeam(
  db: Kysely<Database>,
  medewerkerId: string,
  invoer: Teamwissel,
  versie?: number,
  peildatum: string = vandaag(),
): Promise<TeamlidmaatschapWijziging> {
  return withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const m = await bestaandeMedewerker(trx, medewerkerId, versie);
      const problemen = binnenDienstverband(m, invoer.ingangsdatum, 'ingangsdatum');
      if (problemen.length === 0)
        problemen.push(...(await controleerNieuwTeam(trx, m, invoer.teamId, invoer.ingangsdatum, 'teamId')));
      const bestaand = await medewerkers.findTeamlidmaatschappen(trx, medewerkerId);
      const opvolging = planOpvolging(bestaand, invoer.ingangsdatum, 'ingangsdatum');
      problemen.push(...opvolging.problemen);
      const lopend = opvolging.beeindig && bestaand.find((b) => b.id === opvolging.beeindig?.id);
      if (lopend && lopend.team_id === invoer.teamId) {
        problemen.push({
          veld: 'teamId',
          code: 'al-lid',
          melding: `${volledigeNaam(m)} is al lid van ${lopend.team_naam}.`,
        });
      }
      if (problemen.length === 0) {
        const na: Periode[] = [
          ...bestaand.map((b) =>
            b.id === opvolging.beeindig?.id ? { ...b, einddatum: opvolging.beeindig.einddatum } : b,
          ),
          { ingangsdatum: invoer.ingangsdatum, einddatum: m.uit_dienst },
        ];
        problemen.push(...toetsEenBasisteam(volledigeNaam(m), dienst(m), bestaand, na, 'ingangsdatum'));
      }
      const grens = await terugwerkendeGrens(trx);
      problemen.push(...terugwerkendProblemen(invoer.ingangsdatum, peildatum, grens, invoer.reden));
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
      return {
        ...teamlidmaatschapView(rij),
        volgend: null,
        terugwerkend: terugwerkendeWijziging(invoer.ingangsdatum, null, peildatum, invoer.reden),
      };
    }),
  );
}

/**
 * Ends a membership. That may not leave the medewerker without a team while in service: the end
 * coincides with uit dienst, or the request names the next team (`volgendTeamId`), which then runs
 * from the next day until the ended membership would have ended — a move in one request.
 * `versie` is the medewerker's (If-Match): the membership is part of the medewerker's history.
 */
export async function endTeamlidmaatschap(
  db: Kysely<Database>,
  medewerkerId: string,
  lidmaatschapId: string,
  versie: number,
  invoer: LidmaatschapEinde,
  peildatum: string = vandaag(),
): Promise<TeamlidmaatschapWijziging> {
  const { einddatum, volgendTeamId, reden } = invoer;
  return withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const m = await bestaandeMedewerker(trx, medewerkerId, versie);
      const bestaand = await medewerkers.findTeamlidmaatschappen(trx, medewerkerId);
      const rij = bestaand.find((r) => r.id === lidmaatschapId);
      if (!rij) throw new NotFoundError('Teamlidmaatschap', lidmaatschapId);
      if (rij.einddatum !== null && rij.einddatum <= einddatum) {
        throw new ConflictError(`Dit lidmaatschap is al beëindigd op ${rij.einddatum}.`, 'al-beeindigd');
      }
      const problemen = controleerEinde(rij, einddatum, 'einddatum');
      const volgendeDag = plusDagen(einddatum, 1);
      if (volgendTeamId !== undefined) {
        if (m.uit_dienst !== null && volgendeDag > m.uit_dienst) {
          problemen.push({
            veld: 'volgendTeamId',
            code: 'na-uit-dienst',
            melding: `${volledigeNaam(m)} is uit dienst per ${m.uit_dienst}; na die datum volgt geen team meer.`,
          });
        } else if (volgendTeamId === rij.team_id) {
          problemen.push({
            veld: 'volgendTeamId',
            code: 'al-lid',
            melding: `${volledigeNaam(m)} is al lid van ${rij.team_naam}; kies een ander team.`,
          });
        } else {
          problemen.push(...(await controleerNieuwTeam(trx, m, volgendTeamId, volgendeDag, 'volgendTeamId')));
        }
      }
      const volgend: Periode | null =
        volgendTeamId === undefined ? null : { ingangsdatum: volgendeDag, einddatum: rij.einddatum };
      if (problemen.length === 0) {
        const na: Periode[] = [
          ...bestaand.map((b) => (b.id === rij.id ? { ...b, einddatum } : b)),
          ...(volgend ? [volgend] : []),
        ];
        problemen.push(...toetsEenBasisteam(volledigeNaam(m), dienst(m), bestaand, na, 'einddatum'));
      }
      // Last, so a request sees its gap and the missing reason together.
      const grens = await terugwerkendeGrens(trx);
      problemen.push(...terugwerkendProblemen(einddatum, peildatum, grens, reden));
      assertGeenProblemen(problemen);
      await medewerkers.endTeamlidmaatschap(trx, lidmaatschapId, einddatum);
      let volgendView: Teamlidmaatschap | null = null;
      if (volgend && volgendTeamId !== undefined) {
        const id = await medewerkers.insertTeamlidmaatschap(trx, {
          medewerker_id: medewerkerId,
          team_id: volgendTeamId,
          ingangsdatum: volgend.ingangsdatum,
          einddatum: volgend.einddatum,
        });
        const nieuw = (await medewerkers.findTeamlidmaatschappen(trx, medewerkerId)).find(
          (r) => r.id === id,
        )!;
        volgendView = teamlidmaatschapView(nieuw);
      }
      await medewerkers.bumpMedewerkerVersie(trx, medewerkerId);
      return {
        ...teamlidmaatschapView({ ...rij, einddatum }),
        volgend: volgendView,
        terugwerkend: terugwerkendeWijziging(volgendeDag, rij.einddatum, peildatum, reden),
      };
    }),
  );
}

async function assertBestaat(db: Kysely<Database>, id: string): Promise<void> {
  if (!(await existsMedewerker(db, id))) throw new NotFoundError('Medewerker', id);
}
