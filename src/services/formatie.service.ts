import type { Kysely } from 'kysely';
import {
  assertMagFormatieWijzigen,
  assertMagTeamFormatieZien,
  formatieMag,
  magTeamFormatieZien,
} from '../access/formatie';
import type { Gebruiker } from '../access/gebruiker';
import type {
  Formatieplaats,
  FormatieplaatsWijziging,
  FormatieVerloop,
  FormatieVerloopQuery,
  NieuweFormatieplaats,
  NieuwePlaatsing,
  OrganisatieFormatie,
  Plaatsing,
  PlaatsingWijziging,
  TeamFormatie,
} from '../contract/formatie';
import { withDbErrors } from '../db/db-errors';
import * as repo from '../db/formatie.repository';
import { findContracturen, lockMedewerker } from '../db/medewerker.repository';
import { findProgrammas } from '../db/programma.repository';
import type { Database } from '../db/schema';
import { findTeamRow } from '../db/team.repository';
import { inTransactie } from '../db/transactie';
import { vandaag } from '../domain/datum';
import {
  controleerFormatieplaats,
  controleerPlaatsing,
  formatieCijfers,
  formatieVerloop,
  inFte,
  NUL,
  type PlaatsCijfers,
  plaatsCijfers,
  plaatsingenBuiten,
  vacatureSinds,
} from '../domain/formatie';
import { volledigeNaam } from '../domain/medewerker';
import { geldtOp } from '../domain/periode';
import { assertGeenProblemen, NotFoundError, type Probleem, StaleVersionError } from '../domain/probleem';
import { bereik } from './beschikbaarheid.service';

type PlaatsRij = NonNullable<Awaited<ReturnType<typeof repo.findFormatieplaats>>>;
type PlaatsingRij = repo.PlaatsingRij;

function plaatsingView(p: PlaatsingRij): Plaatsing {
  return {
    id: p.id,
    formatieplaatsId: p.formatieplaats_id,
    teamId: p.team_id,
    medewerker: { id: p.medewerker_id, naam: volledigeNaam(p) },
    fte: Number(p.fte),
    ingangsdatum: p.ingangsdatum,
    einddatum: p.einddatum,
    versie: p.versie,
    _links: { self: { href: `/api/v1/plaatsingen/${p.id}` } },
  };
}

const metBezetting = (f: PlaatsRij, plaatsingen: readonly PlaatsingRij[]) => ({
  fte: Number(f.fte),
  ingangsdatum: f.ingangsdatum,
  einddatum: f.einddatum,
  plaatsingen: plaatsingen.map((p) => ({
    fte: Number(p.fte),
    ingangsdatum: p.ingangsdatum,
    einddatum: p.einddatum,
  })),
});

/** A place as the API answers it: its figures on `peildatum`, and its placements (on that date, or all). */
function plaatsView(
  f: PlaatsRij,
  plaatsingen: readonly PlaatsingRij[],
  peildatum: string,
  g: Gebruiker,
  alle: boolean,
): Formatieplaats {
  const m = metBezetting(f, plaatsingen);
  return {
    id: f.id,
    teamId: f.team_id,
    functie: { naam: f.functie_naam, functiefamilie: f.functiefamilie, niveau: f.functieniveau },
    salarisschaal: f.salarisschaal,
    fte: Number(f.fte),
    ingangsdatum: f.ingangsdatum,
    einddatum: f.einddatum,
    soort: f.soort,
    financiering: {
      soort: f.financiering,
      programma: f.programma_id ? { id: f.programma_id, naam: f.programma_naam ?? '' } : null,
      subsidie: f.subsidie,
    },
    peildatum,
    ...inFte(plaatsCijfers(m, peildatum)),
    vacatureSinds: vacatureSinds(m, peildatum),
    plaatsingen: plaatsingen.filter((p) => alle || geldtOp(p, peildatum)).map(plaatsingView),
    versie: f.versie,
    mag: formatieMag(g),
    _links: { self: { href: `/api/v1/formatieplaatsen/${f.id}` } },
  };
}

const perPlaats = (plaatsingen: readonly PlaatsingRij[]) => {
  const m = new Map<string, PlaatsingRij[]>();
  for (const p of plaatsingen) m.set(p.formatieplaats_id, [...(m.get(p.formatieplaats_id) ?? []), p]);
  return m;
};

/** A team's places on a date, their figures and who fills them: P&O, directie, the own teamleider. */
export async function teamFormatie(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  peildatum: string = vandaag(),
): Promise<TeamFormatie> {
  if (!(await findTeamRow(db, teamId))) throw new NotFoundError('Team', teamId);
  assertMagTeamFormatieZien(g, teamId);
  const plaatsen = await repo.findFormatieplaatsenOp(db, peildatum, teamId);
  const plaatsingen = perPlaats(
    await repo.findPlaatsingenVan(
      db,
      plaatsen.map((f) => f.id),
    ),
  );
  const views = plaatsen.map((f) => plaatsView(f, plaatsingen.get(f.id) ?? [], peildatum, g, false));
  const totaal = formatieCijfers(
    plaatsen.map((f) => ({ ...metBezetting(f, plaatsingen.get(f.id) ?? []), teamId })),
    peildatum,
  ).organisatie;
  return { teamId, peildatum, totaal: inFte(totaal), formatieplaatsen: views, mag: formatieMag(g) };
}

/** The organisation's totals for everyone allowed in; per team only the teams the caller may see. */
export async function organisatieFormatie(
  db: Kysely<Database>,
  g: Gebruiker,
  peildatum: string = vandaag(),
): Promise<OrganisatieFormatie> {
  const plaatsen = await repo.findFormatieplaatsenOp(db, peildatum);
  const plaatsingen = perPlaats(
    await repo.findPlaatsingenVan(
      db,
      plaatsen.map((f) => f.id),
    ),
  );
  const { teams, organisatie } = formatieCijfers(
    plaatsen.map((f) => ({ ...metBezetting(f, plaatsingen.get(f.id) ?? []), teamId: f.team_id })),
    peildatum,
  );
  const namen = new Map(plaatsen.map((f) => [f.team_id, f.team_naam]));
  return {
    peildatum,
    totaal: inFte(organisatie),
    teams: [...teams.entries()]
      .filter(([teamId]) => magTeamFormatieZien(g, teamId))
      .map(([teamId, c]: [string, PlaatsCijfers]) => ({
        teamId,
        naam: namen.get(teamId) ?? '',
        ...inFte(c ?? NUL),
      })),
  };
}

/** The first of the month `maand` months after `van` (YYYY-MM). */
function plusMaanden(maand: string, n: number): string {
  const d = new Date(Date.UTC(Number(maand.slice(0, 4)), Number(maand.slice(5, 7)) - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/**
 * The organisation's formatie over time: the figures on the first of each month from `van` to `tot`
 * (by default the twelve months up to this one), the organisation for everyone allowed in and per
 * team only the teams the caller may see, as on one date.
 */
export async function organisatieFormatieVerloop(
  db: Kysely<Database>,
  g: Gebruiker,
  q: FormatieVerloopQuery,
): Promise<FormatieVerloop> {
  const deze = vandaag().slice(0, 7);
  const van = q.van ?? plusMaanden(q.tot ?? deze, -11);
  const tot = q.tot ?? (q.van ? plusMaanden(q.van, 11) : deze);
  const maanden = bereik('maand', van, tot).perioden;
  const peildata = maanden.map((m) => m.van);
  const plaatsen = await repo.findFormatieplaatsenInPeriode(db, peildata[0]!, peildata.at(-1)!);
  const plaatsingen = perPlaats(
    await repo.findPlaatsingenVan(
      db,
      plaatsen.map((f) => f.id),
    ),
  );
  const verloop = formatieVerloop(
    plaatsen.map((f) => ({ ...metBezetting(f, plaatsingen.get(f.id) ?? []), teamId: f.team_id })),
    peildata,
  );
  const maand = (peildatum: string, c: PlaatsCijfers) => ({
    maand: peildatum.slice(0, 7),
    peildatum,
    ...inFte(c),
  });
  const namen = new Map(plaatsen.map((f) => [f.team_id, f.team_naam]));
  return {
    van,
    tot,
    maanden: verloop.map((v) => maand(v.peildatum, v.organisatie)),
    teams: [...namen.keys()]
      .filter((teamId) => magTeamFormatieZien(g, teamId))
      .map((teamId) => ({
        teamId,
        naam: namen.get(teamId) ?? '',
        maanden: verloop.map((v) => maand(v.peildatum, v.teams.get(teamId) ?? NUL)),
      }))
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
  };
}

async function bestaandePlaats(db: Kysely<Database>, id: string): Promise<PlaatsRij> {
  const f = await repo.findFormatieplaats(db, id);
  if (!f) throw new NotFoundError('Formatieplaats', id);
  return f;
}

/** One place with all its placements (earlier and later ones too), figures on `peildatum`. */
export async function getFormatieplaats(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  peildatum: string = vandaag(),
): Promise<Formatieplaats> {
  const f = await bestaandePlaats(db, id);
  assertMagTeamFormatieZien(g, f.team_id);
  return plaatsView(f, await repo.findPlaatsingenVan(db, [id]), peildatum, g, true);
}

interface PlaatsVelden {
  ingangsdatum: string;
  einddatum: string | null;
  soort: 'structureel' | 'tijdelijk';
  financiering: 'regulier' | 'programma' | 'subsidie';
  programmaId: string | null;
  subsidie: string | null;
}

/** The place's rules, its programma, and its team's life: every problem at once. */
async function controleerPlaats(
  db: Kysely<Database>,
  teamOpgehevenOp: string | null,
  v: PlaatsVelden,
): Promise<Probleem[]> {
  const problemen = controleerFormatieplaats(v);
  if (v.programmaId && (await findProgrammas(db, v.programmaId)).length === 0) {
    problemen.push({ veld: 'programmaId', code: 'bestaat-niet', melding: 'Dit programma bestaat niet.' });
  }
  if (teamOpgehevenOp && (v.einddatum === null || v.einddatum > teamOpgehevenOp)) {
    problemen.push({
      veld: 'einddatum',
      code: 'team-opgeheven',
      melding: `Het team is opgeheven op ${teamOpgehevenOp}; de formatieplaats eindigt uiterlijk dan.`,
    });
  }
  return problemen;
}

export async function createFormatieplaats(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  invoer: NieuweFormatieplaats,
): Promise<Formatieplaats> {
  assertMagFormatieWijzigen(g);
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const team = await findTeamRow(trx, teamId);
      if (!team) throw new NotFoundError('Team', teamId);
      const v: PlaatsVelden = {
        ingangsdatum: invoer.ingangsdatum,
        einddatum: invoer.einddatum ?? null,
        soort: invoer.soort,
        financiering: invoer.financiering,
        programmaId: invoer.programmaId ?? null,
        subsidie: invoer.subsidie || null,
      };
      assertGeenProblemen(await controleerPlaats(trx, team.opgeheven_op, v));
      return repo.insertFormatieplaats(trx, {
        team_id: teamId,
        functie_naam: invoer.functieNaam,
        functiefamilie: invoer.functiefamilie || null,
        functieniveau: invoer.functieniveau || null,
        salarisschaal: invoer.salarisschaal,
        fte: invoer.fte,
        ingangsdatum: v.ingangsdatum,
        einddatum: v.einddatum,
        soort: v.soort,
        financiering: v.financiering,
        programma_id: v.programmaId,
        subsidie: v.subsidie,
      });
    }),
  );
  return getFormatieplaats(db, g, id, invoer.ingangsdatum);
}

/** Changes or ends a place; its placements must still lie within it (change them first). */
export async function updateFormatieplaats(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: FormatieplaatsWijziging,
): Promise<Formatieplaats> {
  assertMagFormatieWijzigen(g);
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const huidig = await bestaandePlaats(trx, id);
      if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
      const team = await findTeamRow(trx, huidig.team_id);
      const financiering = w.financiering ?? huidig.financiering;
      const v: PlaatsVelden = {
        ingangsdatum: w.ingangsdatum ?? huidig.ingangsdatum,
        einddatum: w.einddatum !== undefined ? w.einddatum : huidig.einddatum,
        soort: w.soort ?? huidig.soort,
        financiering,
        // Switching the funding away from a programma or subsidy drops what belonged to it.
        programmaId:
          w.programmaId !== undefined
            ? w.programmaId
            : financiering === 'programma'
              ? huidig.programma_id
              : null,
        subsidie:
          w.subsidie !== undefined
            ? w.subsidie || null
            : financiering === 'subsidie'
              ? huidig.subsidie
              : null,
      };
      const problemen = await controleerPlaats(trx, team?.opgeheven_op ?? null, v);
      const buiten = plaatsingenBuiten(v, await repo.findPlaatsingenVan(trx, [id]));
      if (buiten.length > 0) {
        problemen.push({
          veld: v.einddatum !== huidig.einddatum ? 'einddatum' : 'ingangsdatum',
          code: 'plaatsingen-buiten',
          melding: `De plaatsing${buiten.length === 1 ? '' : 'en'} van ${buiten
            .map((p) => volledigeNaam(p))
            .join(
              ', ',
            )} zou${buiten.length === 1 ? '' : 'den'} buiten de looptijd van de plaats vallen. Beëindig of verplaats die eerst.`,
        });
      }
      assertGeenProblemen(problemen);
      const gelukt = await repo.updateFormatieplaats(trx, id, versie, {
        ...(w.functieNaam !== undefined ? { functie_naam: w.functieNaam } : {}),
        ...(w.functiefamilie !== undefined ? { functiefamilie: w.functiefamilie || null } : {}),
        ...(w.functieniveau !== undefined ? { functieniveau: w.functieniveau || null } : {}),
        ...(w.salarisschaal !== undefined ? { salarisschaal: w.salarisschaal } : {}),
        ...(w.fte !== undefined ? { fte: w.fte } : {}),
        ingangsdatum: v.ingangsdatum,
        einddatum: v.einddatum,
        soort: v.soort,
        financiering: v.financiering,
        programma_id: v.programmaId,
        subsidie: v.subsidie,
      });
      if (!gelukt) throw new StaleVersionError(huidig.versie + 1);
    }),
  );
  return getFormatieplaats(db, g, id);
}

async function bestaandePlaatsing(db: Kysely<Database>, id: string): Promise<PlaatsingRij> {
  const p = await repo.findPlaatsing(db, id);
  if (!p) throw new NotFoundError('Plaatsing', id);
  return p;
}

export async function getPlaatsing(db: Kysely<Database>, g: Gebruiker, id: string): Promise<Plaatsing> {
  const p = await bestaandePlaatsing(db, id);
  assertMagTeamFormatieZien(g, p.team_id);
  return plaatsingView(p);
}

/**
 * A placement's rules against the place, the employment and the contract. The person's row is
 * locked first, so two placements of one person written at once cannot both pass the contract check.
 */
async function controleerTegen(
  trx: Kysely<Database>,
  plaats: PlaatsRij,
  medewerkerId: string,
  p: { fte: number; ingangsdatum: string; einddatum: string | null },
  behalve: string | null,
): Promise<Probleem[]> {
  const medewerker = await lockMedewerker(trx, medewerkerId);
  if (!medewerker) {
    return [{ veld: 'medewerkerId', code: 'bestaat-niet', melding: 'Deze medewerker bestaat niet.' }];
  }
  const andere = (await repo.findPlaatsingenVanMedewerker(trx, medewerkerId)).filter((x) => x.id !== behalve);
  const problemen = controleerPlaatsing(p, {
    plaats,
    dienstverband: { inDienst: medewerker.in_dienst, uitDienst: medewerker.uit_dienst },
    contracten: (await findContracturen(trx, medewerkerId)).map((c) => ({
      urenPerWeek: Number(c.uren_per_week),
      ingangsdatum: c.ingangsdatum,
      einddatum: c.einddatum,
    })),
    anderePlaatsingen: andere.map((x) => ({
      fte: Number(x.fte),
      ingangsdatum: x.ingangsdatum,
      einddatum: x.einddatum,
    })),
  });
  return problemen;
}

export async function createPlaatsing(
  db: Kysely<Database>,
  g: Gebruiker,
  formatieplaatsId: string,
  invoer: NieuwePlaatsing,
): Promise<Plaatsing> {
  assertMagFormatieWijzigen(g);
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const plaats = await bestaandePlaats(trx, formatieplaatsId);
      const p = { fte: invoer.fte, ingangsdatum: invoer.ingangsdatum, einddatum: invoer.einddatum ?? null };
      assertGeenProblemen(await controleerTegen(trx, plaats, invoer.medewerkerId, p, null));
      return repo.insertPlaatsing(trx, {
        formatieplaats_id: formatieplaatsId,
        medewerker_id: invoer.medewerkerId,
        ...p,
      });
    }),
  );
  return plaatsingView((await repo.findPlaatsing(db, id))!);
}

/** Changes a placement's share or period; an einddatum ends it. */
export async function updatePlaatsing(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: PlaatsingWijziging,
): Promise<Plaatsing> {
  assertMagFormatieWijzigen(g);
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const huidig = await bestaandePlaatsing(trx, id);
      if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
      const plaats = await bestaandePlaats(trx, huidig.formatieplaats_id);
      const p = {
        fte: w.fte ?? Number(huidig.fte),
        ingangsdatum: w.ingangsdatum ?? huidig.ingangsdatum,
        einddatum: w.einddatum !== undefined ? w.einddatum : huidig.einddatum,
      };
      assertGeenProblemen(await controleerTegen(trx, plaats, huidig.medewerker_id, p, id));
      if (!(await repo.updatePlaatsing(trx, id, versie, p))) throw new StaleVersionError(huidig.versie + 1);
    }),
  );
  return plaatsingView((await repo.findPlaatsing(db, id))!);
}

/**
 * Many placements at once (the demo municipality; later an import), under the same rules as one:
 * each is checked against its place, the employment and the contract, and a person's placements in
 * the batch count against each other as their stored ones do. Nothing is stored unless every one
 * is right; problems name their row (`plaatsingen[3].fte`). A few queries for the whole batch
 * instead of several per placement.
 */
export async function createPlaatsingen(
  db: Kysely<Database>,
  g: Gebruiker,
  invoer: readonly (NieuwePlaatsing & { formatieplaatsId: string })[],
): Promise<number> {
  assertMagFormatieWijzigen(g);
  if (invoer.length === 0) return 0;
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const personen = [...new Set(invoer.map((p) => p.medewerkerId))];
      const plaatsen = new Map(
        (await repo.findFormatieplaatsenVan(trx, [...new Set(invoer.map((p) => p.formatieplaatsId))])).map(
          (f) => [f.id, f],
        ),
      );
      const medewerkers = new Map(
        (await repo.lockMedewerkersVoorPlaatsing(trx, personen)).map((m) => [m.id, m]),
      );
      const contracten = groepeer(await repo.findContracturenVan(trx, personen));
      const opgeslagen = groepeer(await repo.findPlaatsingenVanMedewerkers(trx, personen));
      const nieuw = invoer.map((p) => ({
        medewerker_id: p.medewerkerId,
        fte: p.fte,
        ingangsdatum: p.ingangsdatum,
        einddatum: p.einddatum ?? null,
      }));
      const inBatch = groepeer(nieuw);
      const problemen: Probleem[] = [];
      const vanRij = (i: number, lijst: Probleem[]) =>
        lijst.map((x) => ({ ...x, veld: `plaatsingen[${i}].${x.veld}` }));
      invoer.forEach((p, i) => {
        const plaats = plaatsen.get(p.formatieplaatsId);
        const medewerker = medewerkers.get(p.medewerkerId);
        if (!plaats) {
          problemen.push(
            ...vanRij(i, [
              {
                veld: 'formatieplaatsId',
                code: 'bestaat-niet',
                melding: 'Deze formatieplaats bestaat niet.',
              },
            ]),
          );
          return;
        }
        if (!medewerker) {
          problemen.push(
            ...vanRij(i, [
              { veld: 'medewerkerId', code: 'bestaat-niet', melding: 'Deze medewerker bestaat niet.' },
            ]),
          );
          return;
        }
        const eigen = nieuw[i]!;
        const andere = [
          ...(opgeslagen.get(p.medewerkerId) ?? []),
          ...(inBatch.get(p.medewerkerId) ?? []).filter((x) => x !== eigen),
        ];
        problemen.push(
          ...vanRij(
            i,
            controleerPlaatsing(eigen, {
              plaats,
              dienstverband: { inDienst: medewerker.in_dienst, uitDienst: medewerker.uit_dienst },
              contracten: (contracten.get(p.medewerkerId) ?? []).map((c) => ({
                urenPerWeek: Number(c.uren_per_week),
                ingangsdatum: c.ingangsdatum,
                einddatum: c.einddatum,
              })),
              anderePlaatsingen: andere.map((x) => ({
                fte: Number(x.fte),
                ingangsdatum: x.ingangsdatum,
                einddatum: x.einddatum,
              })),
            }),
          ),
        );
      });
      assertGeenProblemen(problemen);
      await repo.insertPlaatsingen(
        trx,
        invoer.map((p, i) => ({ formatieplaats_id: p.formatieplaatsId, ...nieuw[i]! })),
      );
    }),
  );
  return invoer.length;
}

function groepeer<T extends { medewerker_id: string }>(rijen: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rijen) m.set(r.medewerker_id, [...(m.get(r.medewerker_id) ?? []), r]);
  return m;
}
