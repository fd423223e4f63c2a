import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { isVerborgen, zichtOpGroep } from '../access/medewerker';
import { assertMagTeamVolledigZien, teamMag } from '../access/team';
import type { Leiderschap, LeiderschapWijziging } from '../contract/leiderschap';
import type {
  ExpertiseMatrix,
  LeiderschapEinde,
  NieuwLeiderschap,
  NieuwTeam,
  Team,
  Teamlid,
  TeamWijziging,
  TeamWijzigingAntwoord,
} from '../contract/team';
import { getInstellingen } from '../db/beschikbaarheid.repository';
import { withDbErrors } from '../db/db-errors';
import * as leiderschap from '../db/leiderschap.repository';
import { findMedewerker } from '../db/medewerker.repository';
import type { Paginering, Sortering } from '../db/query-helpers';
import type { Database, TeamRow } from '../db/schema';
import * as teams from '../db/team.repository';
import { inTransactie } from '../db/transactie';
import { fteVanUren } from '../domain/contracturen';
import { plusDagen, vandaag } from '../domain/datum';
import {
  gemeentesecretarisProblemen,
  heropenenProblemen,
  type Leiding,
  laatsteTeamdag,
  ledenNaOpheffenProblemen,
  leidingNaOpheffenProblemen,
  teamZonderTeamleiderProblemen,
} from '../domain/leiderschap';
import { volledigeNaam } from '../domain/medewerker';
import { controleerEinde } from '../domain/periode';
import {
  assertGeenProblemen,
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';
import { terugwerkendeWijziging, terugwerkendProblemen } from '../domain/terugwerkend';
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
): Promise<Omit<TeamWijzigingAntwoord, '_links'>> {
  let terugwerkend: TeamWijzigingAntwoord['terugwerkend'] = null;
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const huidig = await teams.findTeamRow(trx, id);
      if (!huidig) throw new NotFoundError('Team', id);
      if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
      const problemen: Probleem[] = [];
      if (w.parentId !== undefined) problemen.push(...(await controleerParent(trx, w.parentId, id)));
      if (w.opgehevenOp !== undefined && w.opgehevenOp !== huidig.opgeheven_op) {
        const leidingen = await leiderschap.findLeiderschap(trx, { teamIds: [id] });
        if (w.opgehevenOp) {
          const leden = await teams.findLedenVanaf(trx, id, w.opgehevenOp);
          problemen.push(...ledenNaOpheffenProblemen(huidig.naam, w.opgehevenOp, leden.map(volledigeNaam)));
          problemen.push(...leidingNaOpheffenProblemen(leidingen.map(leiding), w.opgehevenOp));
        }
        if (huidig.opgeheven_op && huidig.soort === 'basisteam') {
          problemen.push(
            ...heropenenProblemen({
              teamNaam: huidig.naam,
              teamleiders: leidingen.filter((l) => l.rol === 'teamleider').map(leiding),
              oudOpgehevenOp: huidig.opgeheven_op,
              nieuwOpgehevenOp: w.opgehevenOp,
            }),
          );
        }
      }
      // Dissolving (or undoing it) changes membership and leadership from the earlier of the two
      // dates: far back, that rewrites figures already reported, so it needs a reason.
      const eersteDag =
        w.opgehevenOp !== undefined && w.opgehevenOp !== huidig.opgeheven_op
          ? [w.opgehevenOp, huidig.opgeheven_op].filter((d): d is string => d !== null).sort()[0]
          : undefined;
      if (eersteDag) {
        problemen.push(...(await terugwerkendCheck(trx, eersteDag, w.reden)));
        terugwerkend = terugwerkendeWijziging(eersteDag, null, vandaag(), w.reden);
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
      // A dissolved team has no leaders: they end on its last day, the day before `opgehevenOp`.
      const laatsteDag = laatsteTeamdag(w.opgehevenOp ?? null);
      if (laatsteDag) await leiderschap.endLeiderschapVanTeam(trx, id, laatsteDag);
    }),
  );
  return { ...(await getTeam(db, g, id)), terugwerkend };
}

/**
 * The members on a date; their hours are personal detail, only for those who see the team in full;
 * the dates of the memberships (the first is the day in service) and another date than today (which
 * would date them by trying) only for those who see every member's personnel data
 * (src/access/medewerker.ts).
 */
export async function listLeden(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  peildatum?: string,
): Promise<Teamlid[]> {
  const zicht = zichtOpGroep(g, teamId);
  const zonderData = isVerborgen(zicht, 'teamhistorieData');
  if (zonderData && peildatum !== undefined && peildatum !== vandaag()) {
    assertGeenProblemen([
      {
        veld: 'peildatum',
        code: 'niet-zichtbaar',
        melding:
          'U kunt de leden alleen van vandaag opvragen: wie wanneer in het team zat, verraadt de datum in en uit dienst. Dat mogen de directie, P&O en de eigen teamleider zien.',
      },
    ]);
  }
  const leden = await ledenOp(db, teamId, peildatum ?? vandaag());
  return leden.map((l) => ({
    ...l,
    urenPerWeek: isVerborgen(zicht, 'urenPerWeek') ? null : l.urenPerWeek,
    fte: isVerborgen(zicht, 'fte') ? null : l.fte,
    ingangsdatum: zonderData ? null : l.ingangsdatum,
    einddatum: zonderData ? null : l.einddatum,
  }));
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

const leiding = (r: leiderschap.LeiderschapMetNamen): Leiding => ({
  id: r.id,
  naam: volledigeNaam(r),
  ingangsdatum: r.ingangsdatum,
  einddatum: r.einddatum,
});

/**
 * Every change of a team's leadership raises the team's versie: the leaders are part of the team's
 * answer, and a change based on an old view of them must fail (412). Done first, so the UPDATE's row
 * lock queues a concurrent change of the same team behind this one.
 */
async function raiseTeamVersie(
  trx: Kysely<Database>,
  teamId: string,
  verwacht: number | undefined,
): Promise<{ team: TeamRow; versie: number }> {
  const team = await assertTeamBestaat(trx, teamId);
  if (verwacht !== undefined && team.versie !== verwacht) throw new StaleVersionError(team.versie);
  const nieuw = await teams.bumpTeamVersie(trx, teamId, team.versie);
  if (!nieuw) throw new StaleVersionError(team.versie);
  return { team, versie: nieuw.versie };
}

/** The leader must exist and be in service on the first day. */
async function controleerLeider(
  trx: Kysely<Database>,
  medewerkerId: string,
  vanaf: string,
  veld: { medewerker: string; datum: string },
): Promise<Probleem[]> {
  const m = await findMedewerker(trx, medewerkerId, vanaf);
  if (!m) return [{ veld: veld.medewerker, code: 'bestaat-niet', melding: 'Deze medewerker bestaat niet.' }];
  if (m.in_dienst > vanaf || (m.uit_dienst !== null && m.uit_dienst < vanaf)) {
    return [
      {
        veld: veld.datum,
        code: 'niet-in-dienst',
        melding: `${volledigeNaam(m)} is op ${vanaf} niet in dienst.`,
      },
    ];
  }
  return [];
}

/** Far back needs a reason (the organisation's `terugwerkendeDagen`). */
async function terugwerkendCheck(trx: Kysely<Database>, ingang: string, reden: string | undefined) {
  const { terugwerkendeDagen } = await getInstellingen(trx);
  return terugwerkendProblemen(ingang, vandaag(), terugwerkendeDagen, reden);
}

async function wijzigingView(
  db: Kysely<Database>,
  id: string,
  opvolgerId: string | null,
  teamVersie: number,
  terugwerkend: LeiderschapWijziging['terugwerkend'],
): Promise<LeiderschapWijziging> {
  const rij = await leiderschap.findLeiderschapById(db, id);
  const opvolger = opvolgerId ? await leiderschap.findLeiderschapById(db, opvolgerId) : undefined;
  return {
    ...leiderschapView(rij!),
    opvolger: opvolger ? leiderschapView(opvolger) : null,
    teamVersie,
    terugwerkend,
  };
}

/**
 * Appoints a teamleider or directeur from a date. `versie` (If-Match, optional on this POST) is the
 * team's: sent, it must still be current.
 */
export async function addLeidinggevende(
  db: Kysely<Database>,
  teamId: string,
  invoer: NieuwLeiderschap,
  versie?: number,
): Promise<LeiderschapWijziging> {
  let verandertHistorie = false;
  const { id, teamVersie } = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const { team, versie: teamVersie } = await raiseTeamVersie(trx, teamId, versie);
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
      } else if (invoer.gemeentesecretaris) {
        const bestaand = (await leiderschap.findGemeentesecretarissen(trx)).map(leiding);
        problemen.push(
          ...gemeentesecretarisProblemen(bestaand, { ingangsdatum: invoer.ingangsdatum, einddatum: null }),
        );
      }
      if (team.opgeheven_op && team.opgeheven_op <= invoer.ingangsdatum) {
        problemen.push({
          veld: 'ingangsdatum',
          code: 'team-opgeheven',
          melding: `Het team is dan al opgeheven (per ${team.opgeheven_op}).`,
        });
      }
      problemen.push(
        ...(await controleerLeider(trx, invoer.medewerkerId, invoer.ingangsdatum, {
          medewerker: 'medewerkerId',
          datum: 'ingangsdatum',
        })),
      );
      // The team's first leader registers where its recorded history starts (as a new medewerker's
      // inDienst does); from then on, a leadership further back changes that history: a reason.
      const historie = await leiderschap.findLeiderschap(trx, { teamIds: [teamId] });
      verandertHistorie = historie.length > 0;
      if (verandertHistorie) {
        problemen.push(...(await terugwerkendCheck(trx, invoer.ingangsdatum, invoer.reden)));
      }
      if (invoer.rol === 'teamleider' && problemen.length === 0) {
        const zittend = historie.find(
          (l) => l.rol === 'teamleider' && (l.einddatum === null || l.einddatum >= invoer.ingangsdatum),
        );
        if (zittend) {
          throw new ConflictError(
            `Dit team heeft vanaf ${zittend.ingangsdatum} al een teamleider (${volledigeNaam(zittend)}). ` +
              'Beëindig dat leiderschap en noem daarbij deze persoon als opvolger.',
            'bestaat-al',
          );
        }
      }
      assertGeenProblemen(problemen);
      const id = await leiderschap.insertLeiderschap(trx, {
        medewerker_id: invoer.medewerkerId,
        team_id: teamId,
        rol: invoer.rol,
        gemeentesecretaris: invoer.gemeentesecretaris ?? false,
        ingangsdatum: invoer.ingangsdatum,
      });
      return { id, teamVersie };
    }),
  );
  const terugwerkend = verandertHistorie
    ? terugwerkendeWijziging(invoer.ingangsdatum, null, vandaag(), invoer.reden)
    : null;
  return wijzigingView(db, id, null, teamVersie, terugwerkend);
}

/**
 * Ends a leadership on its last day, optionally with a successor (same rol, and gemeentesecretaris
 * when the one ending was) from the next day, in one transaction. A basisteam keeps a teamleider on
 * every date it exists: ending the only one without a successor is refused unless the team is
 * dissolved by then. `versie` (If-Match) is the team's.
 */
export async function endLeidinggevende(
  db: Kysely<Database>,
  teamId: string,
  leiderschapId: string,
  versie: number,
  invoer: LeiderschapEinde,
): Promise<LeiderschapWijziging> {
  const { einddatum } = invoer;
  const vanaf = plusDagen(einddatum, 1);
  const { opvolgerId, teamVersie, oudeEinddatum } = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const rij = await leiderschap.findLeiderschapById(trx, leiderschapId);
      if (!rij || rij.team_id !== teamId) throw new NotFoundError('Leiderschap', leiderschapId);
      const { team, versie: teamVersie } = await raiseTeamVersie(trx, teamId, versie);
      if (rij.einddatum !== null && rij.einddatum <= einddatum) {
        throw new ConflictError(`Dit leiderschap is al beëindigd op ${rij.einddatum}.`, 'al-beeindigd');
      }
      const problemen: Probleem[] = [...controleerEinde(rij, einddatum, 'einddatum')];
      problemen.push(...(await terugwerkendCheck(trx, vanaf, invoer.reden)));
      const vanTeam = (await leiderschap.findLeiderschap(trx, { teamIds: [teamId] })).filter(
        (l) => l.rol === rij.rol,
      );
      const opvolger = invoer.opvolger;
      if (opvolger) {
        const veld = 'opvolger.medewerkerId';
        if (opvolger.medewerkerId === rij.medewerker_id) {
          problemen.push({ veld, code: 'zelfde-persoon', melding: 'De opvolger is dezelfde persoon.' });
        } else if (team.opgeheven_op !== null && team.opgeheven_op <= vanaf) {
          problemen.push({
            veld,
            code: 'team-opgeheven',
            melding: `Het team is per ${team.opgeheven_op} opgeheven; een opvolger is niet nodig.`,
          });
        } else {
          problemen.push(
            ...(await controleerLeider(trx, opvolger.medewerkerId, vanaf, { medewerker: veld, datum: veld })),
          );
          const later = vanTeam.find((l) => l.id !== rij.id && l.ingangsdatum > einddatum);
          if (rij.rol === 'teamleider' && later) {
            problemen.push({
              veld,
              code: 'overlap',
              melding:
                `${volledigeNaam(later)} is al teamleider vanaf ${later.ingangsdatum}. ` +
                `Beëindig dit leiderschap op ${plusDagen(later.ingangsdatum, -1)}, zonder opvolger.`,
            });
          }
          if (rij.gemeentesecretaris) {
            const anderen = (await leiderschap.findGemeentesecretarissen(trx))
              .filter((l) => l.id !== rij.id)
              .map(leiding);
            problemen.push(
              ...gemeentesecretarisProblemen(anderen, { ingangsdatum: vanaf, einddatum: null }, veld),
            );
          }
        }
      }
      if (rij.rol === 'teamleider') {
        problemen.push(
          ...teamZonderTeamleiderProblemen({
            teamNaam: team.naam,
            teamleiders: vanTeam.map(leiding),
            leiderschapId: rij.id,
            einddatum,
            opvolgerVanaf: opvolger ? vanaf : null,
            opgehevenOp: team.opgeheven_op,
          }),
        );
      }
      assertGeenProblemen(problemen);
      await leiderschap.endLeiderschap(trx, leiderschapId, einddatum);
      const opvolgerId = opvolger
        ? await leiderschap.insertLeiderschap(trx, {
            medewerker_id: opvolger.medewerkerId,
            team_id: teamId,
            rol: rij.rol,
            gemeentesecretaris: rij.gemeentesecretaris,
            ingangsdatum: vanaf,
          })
        : null;
      return { opvolgerId, teamVersie, oudeEinddatum: rij.einddatum };
    }),
  );
  // The change takes effect from the day after the end, until the old end (or for good).
  const terugwerkend = terugwerkendeWijziging(vanaf, oudeEinddatum, vandaag(), invoer.reden);
  return wijzigingView(db, leiderschapId, opvolgerId, teamVersie, terugwerkend);
}
