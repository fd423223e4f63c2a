import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { assertMagResultaatdoelenPlannen, resultaatdoelMag } from '../access/resultaatdoel';
import type {
  Koppeling,
  NieuweVoortgang,
  NieuwResultaatdoel,
  Resultaatdoel,
  ResultaatdoelWijziging,
  Voortgang,
} from '../contract/resultaatdoel';
import * as begroting from '../db/begroting.repository';
import { withDbErrors } from '../db/db-errors';
import { existsMedewerker } from '../db/medewerker.repository';
import * as repo from '../db/resultaatdoel.repository';
import type { Database } from '../db/schema';
import { findTeamRow } from '../db/team.repository';
import { inTransactie } from '../db/transactie';
import { volledigeNaam } from '../domain/medewerker';
import {
  assertGeenProblemen,
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';

type Rij = Awaited<ReturnType<typeof repo.findResultaatdoelen>>[number];

/** The goal itself, the same for every caller. */
function gegevens(r: Rij): Omit<Resultaatdoel, 'mag'> {
  return {
    id: r.id,
    teamId: r.team_id,
    periode: r.periode,
    prioriteit: r.prioriteit,
    titel: r.titel,
    omschrijving: r.omschrijving,
    indicator: r.indicator,
    doelwaarde: r.doelwaarde === null ? null : Number(r.doelwaarde),
    eenheid: r.eenheid,
    geschatteUren: Number(r.geschatte_uren),
    eigenaar:
      r.eigenaar_medewerker_id && r.voornaam && r.achternaam
        ? {
            medewerkerId: r.eigenaar_medewerker_id,
            naam: volledigeNaam({
              voornaam: r.voornaam,
              tussenvoegsel: r.tussenvoegsel,
              achternaam: r.achternaam,
            }),
          }
        : null,
    status: r.status,
    beleidsdoelen: r.beleidsdoelen.map((k) => ({
      beleidsdoelId: k.beleidsdoel_id,
      naam: k.naam,
      gewicht: Number(k.gewicht),
    })),
    laatsteVoortgang: r.laatsteVoortgang
      ? {
          datum: r.laatsteVoortgang.datum,
          waarde: r.laatsteVoortgang.waarde === null ? null : Number(r.laatsteVoortgang.waarde),
          toelichting: r.laatsteVoortgang.toelichting,
        }
      : null,
    versie: r.versie,
  };
}

/** The goal as the API answers it, with what this caller may do with it (`mag`). */
function view(r: Rij, g: Gebruiker): Resultaatdoel {
  return { ...gegevens(r), mag: resultaatdoelMag(g, r.team_id) };
}

async function rijenVanTeam(db: Kysely<Database>, teamId: string, periode?: string): Promise<Rij[]> {
  if (!(await findTeamRow(db, teamId))) throw new NotFoundError('Team', teamId);
  return repo.findResultaatdoelen(db, teamId, periode);
}

/** A team's goals in priority order, without a caller: for computing with them (the prioriteitslijn). */
export async function resultaatdoelenVanTeam(
  db: Kysely<Database>,
  teamId: string,
  periode?: string,
): Promise<Omit<Resultaatdoel, 'mag'>[]> {
  return (await rijenVanTeam(db, teamId, periode)).map(gegevens);
}

export async function listResultaatdoelen(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  periode?: string,
): Promise<Resultaatdoel[]> {
  return (await rijenVanTeam(db, teamId, periode)).map((r) => view(r, g));
}

/** The goal's own row, or 404: its team decides who may plan it. */
async function bestaandDoel(db: Kysely<Database>, id: string) {
  const r = await repo.findResultaatdoel(db, id);
  if (!r) throw new NotFoundError('Resultaatdoel', id);
  return r;
}

export async function getResultaatdoel(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
): Promise<Resultaatdoel> {
  const r = await bestaandDoel(db, id);
  const rij = (await repo.findResultaatdoelen(db, r.team_id, r.periode)).find((x) => x.id === id)!;
  return view(rij, g);
}

/** Policy goals must exist, belong to the goal's budget year, and their weights add up to 1. */
async function controleerKoppelingen(
  db: Kysely<Database>,
  koppelingen: Koppeling[],
  jaar: number,
): Promise<Probleem[]> {
  const problemen: Probleem[] = [];
  const gevonden = await begroting.findBeleidsdoelen(
    db,
    koppelingen.map((k) => k.beleidsdoelId),
  );
  koppelingen.forEach((k, i) => {
    const b = gevonden.find((g) => g.id === k.beleidsdoelId);
    if (!b)
      problemen.push({
        veld: `beleidsdoelen.${i}.beleidsdoelId`,
        code: 'bestaat-niet',
        melding: 'Dit beleidsdoel bestaat niet.',
      });
    else if (b.begrotingsjaar !== jaar) {
      problemen.push({
        veld: `beleidsdoelen.${i}.beleidsdoelId`,
        code: 'ander-begrotingsjaar',
        melding: `Dit beleidsdoel hoort bij begrotingsjaar ${b.begrotingsjaar}, het resultaatdoel bij ${jaar}.`,
      });
    }
  });
  if (new Set(koppelingen.map((k) => k.beleidsdoelId)).size !== koppelingen.length) {
    problemen.push({ veld: 'beleidsdoelen', code: 'dubbel', melding: 'Noem elk beleidsdoel één keer.' });
  }
  const som = koppelingen.reduce((s, k) => s + k.gewicht, 0);
  if (koppelingen.length > 0 && Math.abs(som - 1) > 0.001) {
    problemen.push({
      veld: 'beleidsdoelen',
      code: 'gewichten',
      melding: `De gewichten tellen op tot ${Math.round(som * 1000) / 1000}; samen moeten ze 1 zijn.`,
    });
  }
  return problemen;
}

async function controleerEigenaar(db: Kysely<Database>, id: string | null | undefined): Promise<Probleem[]> {
  if (!id) return [];
  return (await existsMedewerker(db, id))
    ? []
    : [{ veld: 'eigenaarMedewerkerId', code: 'bestaat-niet', melding: 'Deze medewerker bestaat niet.' }];
}

const velden = (i: ResultaatdoelWijziging) => ({
  ...(i.titel !== undefined ? { titel: i.titel.trim() } : {}),
  ...(i.omschrijving !== undefined ? { omschrijving: i.omschrijving?.trim() || null } : {}),
  ...(i.indicator !== undefined ? { indicator: i.indicator?.trim() || null } : {}),
  ...(i.doelwaarde !== undefined ? { doelwaarde: i.doelwaarde } : {}),
  ...(i.eenheid !== undefined ? { eenheid: i.eenheid?.trim() || null } : {}),
  ...(i.geschatteUren !== undefined ? { geschatte_uren: i.geschatteUren } : {}),
  ...(i.eigenaarMedewerkerId !== undefined ? { eigenaar_medewerker_id: i.eigenaarMedewerkerId } : {}),
  ...(i.status !== undefined ? { status: i.status } : {}),
});

/** A new goal joins its team and period at the bottom of the priority list, unless a free rank is asked. */
export async function createResultaatdoel(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  invoer: NieuwResultaatdoel,
): Promise<Resultaatdoel> {
  assertMagResultaatdoelenPlannen(g, teamId);
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const team = await findTeamRow(trx, teamId);
      if (!team) throw new NotFoundError('Team', teamId);
      const problemen: Probleem[] = [];
      if (team.soort !== 'basisteam') {
        problemen.push({
          veld: 'teamId',
          code: 'geen-basisteam',
          melding: 'Resultaatdoelen horen bij een basisteam.',
        });
      }
      problemen.push(
        ...(await controleerKoppelingen(trx, invoer.beleidsdoelen ?? [], Number(invoer.periode.slice(0, 4)))),
      );
      problemen.push(...(await controleerEigenaar(trx, invoer.eigenaarMedewerkerId)));
      assertGeenProblemen(problemen);
      const laatste = await repo.maxPrioriteit(trx, teamId, invoer.periode);
      if (invoer.prioriteit !== undefined && invoer.prioriteit <= laatste) {
        const bezet = (await repo.findResultaatdoelen(trx, teamId, invoer.periode)).find(
          (d) => d.prioriteit === invoer.prioriteit,
        );
        throw new ConflictError(
          `Prioriteit ${invoer.prioriteit} is al bezet door "${bezet?.titel ?? 'een ander resultaatdoel'}". Laat de prioriteit weg om achteraan te beginnen en verander daarna de volgorde.`,
          'bestaat-al',
        );
      }
      const nieuwId = await repo.insertResultaatdoel(trx, {
        titel: invoer.titel.trim(),
        omschrijving: null,
        indicator: null,
        doelwaarde: null,
        eenheid: null,
        geschatte_uren: 0,
        eigenaar_medewerker_id: null,
        status: 'gepland',
        ...velden(invoer),
        team_id: teamId,
        periode: invoer.periode,
        prioriteit: invoer.prioriteit ?? laatste + 1,
      });
      await repo.setBeleidsdoelen(trx, nieuwId, invoer.beleidsdoelen ?? []);
      return nieuwId;
    }),
  );
  return getResultaatdoel(db, g, id);
}

export async function updateResultaatdoel(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: ResultaatdoelWijziging,
): Promise<Resultaatdoel> {
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const huidig = await bestaandDoel(trx, id);
      assertMagResultaatdoelenPlannen(g, huidig.team_id);
      if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
      const problemen: Probleem[] = [];
      if (w.beleidsdoelen)
        problemen.push(
          ...(await controleerKoppelingen(trx, w.beleidsdoelen, Number(huidig.periode.slice(0, 4)))),
        );
      problemen.push(...(await controleerEigenaar(trx, w.eigenaarMedewerkerId)));
      assertGeenProblemen(problemen);
      if (!(await repo.updateResultaatdoel(trx, id, versie, velden({ titel: huidig.titel, ...w })))) {
        throw new StaleVersionError(huidig.versie + 1);
      }
      if (w.beleidsdoelen) await repo.setBeleidsdoelen(trx, id, w.beleidsdoelen);
    }),
  );
  return getResultaatdoel(db, g, id);
}

/**
 * Puts a team's goals of one period in a new order. The client sends the complete list it saw; if
 * somebody added or removed a goal meanwhile, the lists differ and nothing changes (409).
 */
export async function herordenResultaatdoelen(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  periode: string,
  volgorde: string[],
): Promise<Resultaatdoel[]> {
  assertMagResultaatdoelenPlannen(g, teamId);
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const huidig = await repo.findResultaatdoelen(trx, teamId, periode);
      const bekend = new Set(huidig.map((d) => d.id));
      if (
        volgorde.length !== bekend.size ||
        new Set(volgorde).size !== volgorde.length ||
        volgorde.some((id) => !bekend.has(id))
      ) {
        throw new ConflictError(
          `De volgorde moet precies de ${bekend.size} resultaatdoelen van dit team in ${periode} bevatten. Laad de lijst opnieuw: iemand kan intussen een doel hebben toegevoegd of verwijderd.`,
          'intussen-gewijzigd',
        );
      }
      await repo.herorden(trx, volgorde);
    }),
  );
  return listResultaatdoelen(db, g, teamId, periode);
}

export async function listVoortgang(db: Kysely<Database>, resultaatdoelId: string): Promise<Voortgang[]> {
  if (!(await repo.findResultaatdoel(db, resultaatdoelId)))
    throw new NotFoundError('Resultaatdoel', resultaatdoelId);
  return (await repo.findVoortgang(db, resultaatdoelId)).map((v) => ({
    id: v.id,
    datum: v.datum,
    waarde: v.waarde === null ? null : Number(v.waarde),
    toelichting: v.toelichting,
    vastgelegdOp: new Date(v.aangemaakt_op).toISOString(),
  }));
}

/** Records progress, by whoever plans the goal's team; the caller's account is kept with it. */
export async function addVoortgang(
  db: Kysely<Database>,
  g: Gebruiker,
  resultaatdoelId: string,
  invoer: NieuweVoortgang,
): Promise<Voortgang[]> {
  const doel = await bestaandDoel(db, resultaatdoelId);
  assertMagResultaatdoelenPlannen(g, doel.team_id);
  await repo.insertVoortgang(db, {
    resultaatdoel_id: resultaatdoelId,
    datum: invoer.datum,
    waarde: invoer.waarde ?? null,
    toelichting: invoer.toelichting?.trim() || null,
    account_id: g.accountId,
  });
  return listVoortgang(db, resultaatdoelId);
}
