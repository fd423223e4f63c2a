import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { isVerborgen, lijstProblemen } from '../access/medewerker';
import type {
  Contracturen,
  Medewerker,
  MedewerkerDetail,
  MedewerkerExpertise,
  MedewerkerWijziging,
  NieuweMedewerker,
  Teamlidmaatschap,
  Zicht,
} from '../contract/medewerker';
import type { TerugwerkendAntwoord } from '../contract/terugwerkend';
import { withDbErrors } from '../db/db-errors';
import { findMedewerkerExpertises } from '../db/expertise.repository';
import { findLeiderschap } from '../db/leiderschap.repository';
import * as medewerkers from '../db/medewerker.repository';
import { findTerugwerkendeDagen } from '../db/medewerker-historie.repository';
import type { Paginering, Sortering } from '../db/query-helpers';
import type { Database, MedewerkerUpdate } from '../db/schema';
import { findTeamRow } from '../db/team.repository';
import { inTransactie } from '../db/transactie';
import { toetsTeamsoort } from '../domain/basisteam';
import { fteVanUren } from '../domain/contracturen';
import { plusDagen, vandaag } from '../domain/datum';
import { controleerDienstverband, volledigeNaam } from '../domain/medewerker';
import { assertGeenProblemen, NotFoundError, type Probleem, StaleVersionError } from '../domain/probleem';
import {
  STANDAARD_TERUGWERKENDE_DAGEN,
  terugwerkendeWijziging,
  terugwerkendProblemen,
} from '../domain/terugwerkend';
import { leiderschapView } from './views';

/** Filled for every medewerker here; src/http/zicht.ts may hide them (null) from a caller. */
type AltijdGevuld = 'schaal' | 'trede' | 'inDienst';

/**
 * A medewerker as the service builds it: the contract's Medewerker before src/http/zicht.ts decides
 * what this caller sees (adding `zicht`) and the route adds `_links`.
 */
export type MedewerkerView = Omit<Medewerker, AltijdGevuld | 'zicht' | '_links'> & {
  [K in AltijdGevuld]: NonNullable<Medewerker[K]>;
};
export type MedewerkerDetailView = MedewerkerView & Omit<MedewerkerDetail, keyof Medewerker>;

export function medewerkerView(r: medewerkers.MedewerkerActueel): MedewerkerView {
  return {
    id: r.id,
    personeelsnummer: r.personeelsnummer,
    voornaam: r.voornaam,
    tussenvoegsel: r.tussenvoegsel,
    achternaam: r.achternaam,
    naam: volledigeNaam(r),
    eMail: r.e_mail,
    functie: r.functie,
    schaal: r.schaal,
    trede: r.trede,
    inDienst: r.in_dienst,
    uitDienst: r.uit_dienst,
    team: r.team_id && r.team_naam ? { id: r.team_id, naam: r.team_naam } : null,
    urenPerWeek: r.uren_per_week,
    fte: r.uren_per_week === null ? null : fteVanUren(r.uren_per_week),
    versie: r.versie,
  };
}

export function teamlidmaatschapView(r: medewerkers.TeamlidmaatschapMetTeam): Teamlidmaatschap {
  return {
    id: r.id,
    teamId: r.team_id,
    teamNaam: r.team_naam,
    ingangsdatum: r.ingangsdatum,
    einddatum: r.einddatum,
  };
}

/** A team history as a caller with this sight may see it: its dates tell the days in and out of service. */
export function teamhistorieVoor(zicht: Zicht, historie: Teamlidmaatschap[]): Teamlidmaatschap[] {
  if (!isVerborgen(zicht, 'teamhistorieData')) return historie;
  return historie.map((l) => ({ ...l, ingangsdatum: null, einddatum: null }));
}

export function contracturenView(r: {
  id: string;
  uren_per_week: number;
  ingangsdatum: string;
  einddatum: string | null;
}): Contracturen {
  return {
    id: r.id,
    urenPerWeek: r.uren_per_week,
    fte: fteVanUren(r.uren_per_week),
    ingangsdatum: r.ingangsdatum,
    einddatum: r.einddatum,
  };
}

/**
 * A page of medewerkers. A filter or sort on a field the caller may not see of everyone the list
 * can hold (who has left, expertise and level, scale, start date) is refused with a 400 that says
 * why (src/access/medewerker.ts, lijstProblemen): the rows would hide the field, the order or the
 * selection would still give it away.
 */
export async function listMedewerkers(
  db: Kysely<Database>,
  g: Gebruiker,
  filter: medewerkers.MedewerkerFilter,
  sortering: Sortering<medewerkers.MedewerkerSorteerveld>,
  pagina: Paginering,
): Promise<{ rijen: MedewerkerView[]; aantal: number }> {
  assertGeenProblemen(lijstProblemen(g, { ...filter, sorteerveld: sortering.veld }));
  const { rijen, aantal } = await medewerkers.findMedewerkers(db, filter, sortering, pagina, vandaag());
  return { rijen: rijen.map(medewerkerView), aantal };
}

export async function getMedewerker(db: Kysely<Database>, id: string): Promise<MedewerkerDetailView> {
  const rij = await medewerkers.findMedewerker(db, id, vandaag());
  if (!rij) throw new NotFoundError('Medewerker', id);
  const [lidmaatschappen, contracturen, expertises, leiderschap] = await Promise.all([
    medewerkers.findTeamlidmaatschappen(db, id),
    medewerkers.findContracturen(db, id),
    findMedewerkerExpertises(db, id),
    findLeiderschap(db, { medewerkerId: id }),
  ]);
  return {
    ...medewerkerView(rij),
    teamhistorie: lidmaatschappen.map(teamlidmaatschapView),
    contracthistorie: contracturen.map(contracturenView),
    expertises: expertises.map(
      (e): MedewerkerExpertise => ({
        expertiseId: e.expertise_id,
        naam: e.naam,
        categorie: e.categorie,
        niveau: e.niveau,
        ambitie: e.ambitie,
        versie: e.versie,
      }),
    ),
    leidinggevende: leiderschap.map(leiderschapView),
  };
}

/** Hires a medewerker: the person, their first team and their first contract hours, all or nothing. */
export async function createMedewerker(
  db: Kysely<Database>,
  invoer: NieuweMedewerker,
): Promise<MedewerkerDetailView> {
  const uitDienst = invoer.uitDienst ?? null;
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const problemen: Probleem[] = [...controleerDienstverband(invoer.inDienst, uitDienst)];
      if (await medewerkers.existsPersoneelsnummer(trx, invoer.personeelsnummer)) {
        problemen.push({
          veld: 'personeelsnummer',
          code: 'bestaat-al',
          melding: 'Dit personeelsnummer is al in gebruik.',
        });
      }
      if (await medewerkers.existsEMail(trx, invoer.eMail)) {
        problemen.push({ veld: 'eMail', code: 'bestaat-al', melding: 'Dit e-mailadres is al in gebruik.' });
      }
      const teamProblemen = await controleerTeam(trx, invoer.teamId, invoer.inDienst);
      problemen.push(...teamProblemen);
      const team = teamProblemen.length === 0 ? await findTeamRow(trx, invoer.teamId) : undefined;
      // Someone new holds no leadership yet, so starts in a basisteam (src/domain/basisteam.ts).
      if (team)
        problemen.push(
          ...toetsTeamsoort(
            team.soort,
            team.naam,
            volledigeNaam({ ...invoer, tussenvoegsel: invoer.tussenvoegsel ?? null }),
            invoer.inDienst,
            false,
          ),
        );
      assertGeenProblemen(problemen);
      const m = await medewerkers.insertMedewerker(trx, {
        personeelsnummer: invoer.personeelsnummer.trim(),
        voornaam: invoer.voornaam.trim(),
        tussenvoegsel: invoer.tussenvoegsel?.trim() || null,
        achternaam: invoer.achternaam.trim(),
        e_mail: invoer.eMail.trim(),
        functie: invoer.functie.trim(),
        schaal: invoer.schaal,
        trede: invoer.trede,
        in_dienst: invoer.inDienst,
        uit_dienst: uitDienst,
      });
      await medewerkers.insertTeamlidmaatschap(trx, {
        medewerker_id: m.id,
        team_id: invoer.teamId,
        ingangsdatum: invoer.inDienst,
        einddatum: uitDienst,
      });
      await medewerkers.insertContracturen(trx, {
        medewerker_id: m.id,
        uren_per_week: invoer.urenPerWeek,
        ingangsdatum: invoer.inDienst,
        einddatum: uitDienst,
      });
      return m.id;
    }),
  );
  return getMedewerker(db, id);
}

/** A team a medewerker can join on a date: it exists and is not dissolved by then. */
export async function controleerTeam(
  db: Kysely<Database>,
  teamId: string,
  vanaf: string,
): Promise<Probleem[]> {
  const team = await findTeamRow(db, teamId);
  if (!team) return [{ veld: 'teamId', code: 'bestaat-niet', melding: 'Dit team bestaat niet.' }];
  if (team.opgeheven_op !== null && team.opgeheven_op <= vanaf) {
    return [
      { veld: 'teamId', code: 'opgeheven', melding: `Dit team is opgeheven per ${team.opgeheven_op}.` },
    ];
  }
  return [];
}

/**
 * Changes a medewerker. Leaving (uitDienst) ends the running team membership, contract hours and
 * leadership that day; moving or clearing the date reopens what the earlier date had ended, so the
 * memberships always end with the employment. A date change that reaches further back than the
 * organisation's limit needs `reden` (src/domain/terugwerkend.ts).
 */
export async function updateMedewerker(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: MedewerkerWijziging,
  peildatum: string = vandaag(),
): Promise<MedewerkerDetailView & { terugwerkend: TerugwerkendAntwoord }> {
  let terugwerkend: TerugwerkendAntwoord = null;
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const huidig = await medewerkers.lockMedewerker(trx, id);
      if (!huidig) throw new NotFoundError('Medewerker', id);
      if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
      const problemen: Probleem[] = [];
      if (w.eMail !== undefined && (await medewerkers.existsEMail(trx, w.eMail, id))) {
        problemen.push({ veld: 'eMail', code: 'bestaat-al', melding: 'Dit e-mailadres is al in gebruik.' });
      }
      const uitDienstWijzigt = w.uitDienst !== undefined && w.uitDienst !== huidig.uit_dienst;
      if (uitDienstWijzigt && w.uitDienst) {
        problemen.push(...controleerDienstverband(huidig.in_dienst, w.uitDienst));
        if ((await medewerkers.countFactsStartingAfter(trx, id, w.uitDienst)) > 0) {
          problemen.push({
            veld: 'uitDienst',
            code: 'latere-wijzigingen',
            melding:
              'Na deze datum staan nog wijzigingen (team, contracturen of leiderschap) gepland. Kies een latere datum.',
          });
        }
      }
      // The first day whose figures change: the day after the earlier of the old and new last day.
      const eersteDag =
        uitDienstWijzigt && (huidig.uit_dienst ?? w.uitDienst)
          ? plusDagen([huidig.uit_dienst, w.uitDienst].filter((d): d is string => !!d).sort()[0]!, 1)
          : null;
      if (eersteDag) {
        const grens = (await findTerugwerkendeDagen(trx)) ?? STANDAARD_TERUGWERKENDE_DAGEN;
        problemen.push(
          ...terugwerkendProblemen(eersteDag, peildatum, grens, w.reden).map((p) => ({
            ...p,
            melding: p.melding.replace(
              'De wijziging gaat in',
              'De wijziging van de datum uit dienst gaat in',
            ),
          })),
        );
        const laatsteDag =
          huidig.uit_dienst && w.uitDienst ? [huidig.uit_dienst, w.uitDienst].sort()[1]! : null;
        terugwerkend = terugwerkendeWijziging(eersteDag, laatsteDag, peildatum, w.reden);
      }
      assertGeenProblemen(problemen);
      const set: MedewerkerUpdate = {};
      if (w.voornaam !== undefined) set.voornaam = w.voornaam.trim();
      if (w.tussenvoegsel !== undefined) set.tussenvoegsel = w.tussenvoegsel?.trim() || null;
      if (w.achternaam !== undefined) set.achternaam = w.achternaam.trim();
      if (w.eMail !== undefined) set.e_mail = w.eMail.trim();
      if (w.functie !== undefined) set.functie = w.functie.trim();
      if (w.schaal !== undefined) set.schaal = w.schaal;
      if (w.trede !== undefined) set.trede = w.trede;
      if (uitDienstWijzigt) set.uit_dienst = w.uitDienst ?? null;
      const gewijzigd = await medewerkers.updateMedewerker(trx, id, versie, set);
      if (!gewijzigd) throw new StaleVersionError(huidig.versie);
      if (uitDienstWijzigt) {
        if (huidig.uit_dienst) await medewerkers.reopenFacts(trx, id, huidig.uit_dienst, w.uitDienst ?? null);
        if (w.uitDienst) await medewerkers.endAllFacts(trx, id, w.uitDienst);
      }
    }),
  );
  return { ...(await getMedewerker(db, id)), terugwerkend };
}
