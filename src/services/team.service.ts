import type { Kysely } from 'kysely';
import { type Gebruiker, magTeamVolledigZien } from '../access/gebruiker';
import { assertMagTeamVolledigZien, teamMag } from '../access/team';
import type { Leiderschap } from '../contract/leiderschap';
import type {
  ExpertiseMatrix,
  NieuwLeiderschap,
  NieuwTeam,
  Team,
  Teamlid,
  TeamWijziging,
} from '../contract/team';
import { withDbErrors } from '../db/db-errors';
import * as leiderschap from '../db/leiderschap.repository';
import { findMedewerker } from '../db/medewerker.repository';
import type { Paginering, Sortering } from '../db/query-helpers';
import type { Database } from '../db/schema';
import * as teams from '../db/team.repository';
import { inTransactie } from '../db/transactie';
import { fteVanUren } from '../domain/contracturen';
import { vandaag } from '../domain/datum';
import { controleerEinde } from '../domain/periode';
import {
  assertGeenProblemen,
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';
import { leiderschapView } from './views';

/** A team as answered; the route adds `_links`. `mag`: what the caller may do with this team, so the web app keeps no copy of the rules. */
type TeamView = Omit<Team, '_links'>;

function teamView(
  r: teams.TeamMetBezetting,
  leiders: leiderschap.LeiderschapMetNamen[],
  g: Gebruiker,
): TeamView {
  return {
    id: r.id,
    naam: r.naam,
    soort: r.soort,
    parentId: r.parent_id,
    parentNaam: r.parent_naam,
    omschrijving: r.omschrijving,
    opgehevenOp: r.opgeheven_op,
    nietProductiefAandeel: r.niet_productief_aandeel === null ? null : Number(r.niet_productief_aandeel),
    robuustReservering:
      r.robuust_reservering === null || r.robuust_reservering === undefined
        ? null
        : Number(r.robuust_reservering),
    versie: r.versie,
    aantalMedewerkers: Number(r.aantal_medewerkers),
    fte: fteVanUren(Number(r.contracturen)),
    leidinggevenden: leiders.filter((l) => l.team_id === r.id).map(leiderschapView),
    mag: teamMag(g, r.id),
  };
}

export async function listTeams(
  db: Kysely<Database>,
  g: Gebruiker,
  filter: teams.TeamFilter,
  sortering: Sortering<teams.TeamSorteerveld>,
  pagina: Paginering,
): Promise<{ rijen: TeamView[]; aantal: number }> {
  const peildatum = vandaag();
  const { rijen, aantal } = await teams.findTeams(db, filter, sortering, pagina, peildatum);
  const leiders = await leiderschap.findLeiderschap(db, { teamIds: rijen.map((r) => r.id), peildatum });
  return { rijen: rijen.map((r) => teamView(r, leiders, g)), aantal };
}

export async function getTeam(db: Kysely<Database>, g: Gebruiker, id: string): Promise<TeamView> {
  const peildatum = vandaag();
  const rij = await teams.findTeam(db, id, peildatum);
  if (!rij) throw new NotFoundError('Team', id);
  const leiders = await leiderschap.findLeiderschap(db, { teamIds: [id], peildatum });
  return teamView(rij, leiders, g);
}

async function controleerParent(
  db: Kysely<Database>,
  parentId: string | null | undefined,
  teamId?: string,
): Promise<Probleem[]> {
  if (!parentId) return [];
  const parent = await teams.findTeamRow(db, parentId);
  if (!parent)
    return [{ veld: 'parentId', code: 'bestaat-niet', melding: 'Het bovenliggende team bestaat niet.' }];
  if (parent.opgeheven_op) {
    return [{ veld: 'parentId', code: 'opgeheven', melding: 'Het bovenliggende team is opgeheven.' }];
  }
  if (teamId && (parentId === teamId || (await teams.findAncestorIds(db, parentId)).includes(teamId))) {
    return [
      {
        veld: 'parentId',
        code: 'kringverwijzing',
        melding: 'Een team kan niet onder zichzelf of onder een van zijn eigen onderliggende teams hangen.',
      },
    ];
  }
  return [];
}

export async function createTeam(db: Kysely<Database>, g: Gebruiker, invoer: NieuwTeam): Promise<TeamView> {
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      assertGeenProblemen(await controleerParent(trx, invoer.parentId));
      const rij = await teams.insertTeam(trx, {
        naam: invoer.naam.trim(),
        soort: invoer.soort,
        parent_id: invoer.parentId ?? null,
        omschrijving: invoer.omschrijving ?? null,
      });
      return rij.id;
    }),
  );
  return getTeam(db, g, id);
}

export async function updateTeam(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: TeamWijziging,
): Promise<TeamView> {
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const huidig = await teams.findTeamRow(trx, id);
      if (!huidig) throw new NotFoundError('Team', id);
      if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
      const problemen: Probleem[] = [];
      if (w.parentId !== undefined) problemen.push(...(await controleerParent(trx, w.parentId, id)));
      if (w.opgehevenOp) {
        const leden = await teams.findLeden(trx, id, w.opgehevenOp);
        const toekomst = await teams.existsLidmaatschapNa(trx, id, w.opgehevenOp);
        if (leden.length > 0 || toekomst) {
          problemen.push({
            veld: 'opgehevenOp',
            code: 'heeft-leden',
            melding: 'Het team heeft op of na deze datum nog leden. Verplaats hen eerst naar een ander team.',
          });
        }
      }
      assertGeenProblemen(problemen);
      const gewijzigd = await teams.updateTeam(trx, id, versie, {
        ...(w.naam !== undefined ? { naam: w.naam.trim() } : {}),
        ...(w.parentId !== undefined ? { parent_id: w.parentId } : {}),
        ...(w.omschrijving !== undefined ? { omschrijving: w.omschrijving } : {}),
        ...(w.opgehevenOp !== undefined ? { opgeheven_op: w.opgehevenOp } : {}),
        ...(w.nietProductiefAandeel !== undefined
          ? { niet_productief_aandeel: w.nietProductiefAandeel }
          : {}),
      });
      if (!gewijzigd) throw new StaleVersionError(huidig.versie);
      if (w.opgehevenOp) {
        await leiderschap.endLeiderschapVanTeam(trx, id, w.opgehevenOp);
      }
    }),
  );
  return getTeam(db, g, id);
}

/** The members on a date; their hours are personal detail, only for those who see the team in full. */
export async function listLeden(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  peildatum?: string,
): Promise<Teamlid[]> {
  const leden = await ledenOp(db, teamId, peildatum ?? vandaag());
  if (magTeamVolledigZien(g, teamId)) return leden;
  return leden.map((l) => ({ ...l, urenPerWeek: null, fte: null }));
}

async function ledenOp(db: Kysely<Database>, teamId: string, peildatum: string): Promise<Teamlid[]> {
  await assertTeamBestaat(db, teamId);
  const leden = await teams.findLeden(db, teamId, peildatum);
  return leden.map((l) => ({
    lidmaatschapId: l.lidmaatschap_id,
    medewerkerId: l.medewerker_id,
    naam: [l.voornaam, l.tussenvoegsel, l.achternaam].filter(Boolean).join(' '),
    functie: l.functie,
    urenPerWeek: l.uren_per_week,
    fte: l.uren_per_week === null ? null : fteVanUren(l.uren_per_week),
    ingangsdatum: l.ingangsdatum,
    einddatum: l.einddatum,
  }));
}

/** Members × the expertises somebody in the team has; cells only where a member has one. */
export async function getExpertiseMatrix(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
): Promise<ExpertiseMatrix> {
  assertMagTeamVolledigZien(
    g,
    teamId,
    'De expertisematrix van dit team is voor de eigen teamleider, programmaregisseurs, de directie en P&O.',
  );
  await assertTeamBestaat(db, teamId);
  const peildatum = vandaag();
  const [leden, cellen] = await Promise.all([
    ledenOp(db, teamId, peildatum),
    teams.findTeamExpertise(db, teamId, peildatum),
  ]);
  const expertises = new Map<string, { id: string; naam: string; categorie: string }>();
  for (const c of cellen)
    expertises.set(c.expertise_id, { id: c.expertise_id, naam: c.expertise_naam, categorie: c.categorie });
  return {
    expertises: [...expertises.values()],
    rijen: leden.map((l) => ({
      medewerkerId: l.medewerkerId,
      naam: l.naam,
      cellen: cellen
        .filter((c) => c.medewerker_id === l.medewerkerId)
        .map((c) => ({ expertiseId: c.expertise_id, niveau: c.niveau, ambitie: c.ambitie })),
    })),
  };
}

async function assertTeamBestaat(db: Kysely<Database>, teamId: string) {
  const team = await teams.findTeamRow(db, teamId);
  if (!team) throw new NotFoundError('Team', teamId);
  return team;
}

export async function listLeidinggevenden(db: Kysely<Database>, teamId: string): Promise<Leiderschap[]> {
  await assertTeamBestaat(db, teamId);
  return (await leiderschap.findLeiderschap(db, { teamIds: [teamId] })).map(leiderschapView);
}

export async function addLeidinggevende(
  db: Kysely<Database>,
  teamId: string,
  invoer: NieuwLeiderschap,
): Promise<Leiderschap> {
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const team = await assertTeamBestaat(trx, teamId);
      const problemen: Probleem[] = [];
      const verwacht = invoer.rol === 'teamleider' ? 'basisteam' : 'directie';
      if (team.soort !== verwacht) {
        problemen.push({
          veld: 'rol',
          code: 'past-niet-bij-team',
          melding:
            invoer.rol === 'teamleider'
              ? 'Een teamleider leidt een basisteam; dit team is de directie.'
              : 'Een directeur leidt de directie; dit team is een basisteam.',
        });
      }
      if (invoer.gemeentesecretaris && invoer.rol !== 'directeur') {
        problemen.push({
          veld: 'gemeentesecretaris',
          code: 'alleen-directeur',
          melding: 'Alleen een directeur kan gemeentesecretaris zijn.',
        });
      }
      if (team.opgeheven_op && team.opgeheven_op <= invoer.ingangsdatum) {
        problemen.push({
          veld: 'ingangsdatum',
          code: 'team-opgeheven',
          melding: 'Het team is dan al opgeheven.',
        });
      }
      const m = await findMedewerker(trx, invoer.medewerkerId, invoer.ingangsdatum);
      if (!m) {
        problemen.push({
          veld: 'medewerkerId',
          code: 'bestaat-niet',
          melding: 'Deze medewerker bestaat niet.',
        });
      } else if (
        m.in_dienst > invoer.ingangsdatum ||
        (m.uit_dienst !== null && m.uit_dienst < invoer.ingangsdatum)
      ) {
        problemen.push({
          veld: 'ingangsdatum',
          code: 'niet-in-dienst',
          melding: 'De medewerker is op de ingangsdatum niet in dienst.',
        });
      }
      if (invoer.rol === 'teamleider' && problemen.length === 0) {
        const zittend = (await leiderschap.findLeiderschap(trx, { teamIds: [teamId] })).find(
          (l) => l.rol === 'teamleider' && (l.einddatum === null || l.einddatum >= invoer.ingangsdatum),
        );
        if (zittend) {
          throw new ConflictError(
            `Dit team heeft vanaf ${zittend.ingangsdatum} al een teamleider. Beëindig dat leiderschap eerst (met een einddatum vóór ${invoer.ingangsdatum}).`,
            'bestaat-al',
          );
        }
      }
      assertGeenProblemen(problemen);
      return leiderschap.insertLeiderschap(trx, {
        medewerker_id: invoer.medewerkerId,
        team_id: teamId,
        rol: invoer.rol,
        gemeentesecretaris: invoer.gemeentesecretaris ?? false,
        ingangsdatum: invoer.ingangsdatum,
      });
    }),
  );
  const rij = await leiderschap.findLeiderschapById(db, id);
  return leiderschapView(rij!);
}

export async function endLeidinggevende(
  db: Kysely<Database>,
  teamId: string,
  leiderschapId: string,
  einddatum: string,
): Promise<Leiderschap> {
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const rij = await leiderschap.findLeiderschapById(trx, leiderschapId);
      if (!rij || rij.team_id !== teamId) throw new NotFoundError('Leiderschap', leiderschapId);
      if (rij.einddatum !== null && rij.einddatum <= einddatum) {
        throw new ConflictError(`Dit leiderschap is al beëindigd op ${rij.einddatum}.`, 'al-beeindigd');
      }
      assertGeenProblemen(controleerEinde(rij, einddatum, 'einddatum'));
      await leiderschap.endLeiderschap(trx, leiderschapId, einddatum);
    }),
  );
  return leiderschapView((await leiderschap.findLeiderschapById(db, leiderschapId))!);
}
