import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import {
  assertMagLoonkostenVanZien,
  assertMagLoonsomGrondslagWijzigen,
  assertMagTeamLoonsomZien,
  magIndividueleLoonkostenZien,
  magLoonsomGrondslagWijzigen,
  magTeamLoonsomZien,
} from '../access/loonsom';
import type {
  BedragWijziging,
  Loonsombudget,
  LoonsomJaar,
  MedewerkerLoonkosten,
  NieuweWerkgeverslasten,
  NieuwLoonsombudget,
  OrganisatieLoonsom,
  Salaristabel,
  Salaristabellen,
  TeamLoonsom,
  Werkgeverslasten,
  WerkgeverslastenLijst,
  WerkgeverslastenWijziging,
} from '../contract/loonsom';
import { withDbErrors } from '../db/db-errors';
import * as repo from '../db/loonsom.repository';
import { findContracturen } from '../db/medewerker.repository';
import type { Database } from '../db/schema';
import { findTeamRow } from '../db/team.repository';
import { inTransactie } from '../db/transactie';
import { vandaag } from '../domain/datum';
import {
  contractFte,
  type Grondslag,
  jaarkosten,
  loonsomTotalen,
  maakGrondslag,
  meerjarig,
  naarCenten,
  naarEuro,
  type PlaatsLoonsom,
  plaatsLoonsom,
  ruimte,
  type Totalen,
} from '../domain/loonsom';
import { volledigeNaam } from '../domain/medewerker';
import {
  assertGeenProblemen,
  ConflictError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../domain/probleem';
import { leesSalaristabel } from '../domain/salaristabel';
import {
  type Bestandsformaat,
  bestandsCellen,
  OnleesbaarBestandError,
} from '../reports/salaristabel-bestand';

const huidigJaar = () => Number(vandaag().slice(0, 4));

// --- salary tables --------------------------------------------------------------------------------

export async function lijstSalaristabellen(db: Kysely<Database>, g: Gebruiker): Promise<Salaristabellen> {
  const rijen = await repo.findSalaristabellen(db);
  return {
    resultaten: rijen.map((t) => ({
      id: t.id,
      naam: t.naam,
      geldigVanaf: t.geldig_vanaf,
      aantalSchalen: Number(t.aantal_schalen),
      aantalBedragen: Number(t.aantal_bedragen),
      versie: t.versie,
      _links: { self: { href: `/api/v1/salaristabellen/${t.id}` } },
    })),
    mag: { wijzigen: magLoonsomGrondslagWijzigen(g) },
  };
}

/** Scales in their natural order (2, 10, 10A), treden ascending. */
const schaalVolgorde = (a: string, b: string) => a.localeCompare(b, 'nl', { numeric: true });

export async function getSalaristabel(db: Kysely<Database>, g: Gebruiker, id: string): Promise<Salaristabel> {
  const t = await repo.findSalaristabel(db, id);
  if (!t) throw new NotFoundError('Salaristabel', id);
  const bedragen = await repo.findBedragen(db, [id]);
  return {
    id: t.id,
    naam: t.naam,
    geldigVanaf: t.geldig_vanaf,
    bedragen: bedragen
      .map((b) => ({ schaal: b.schaal, trede: b.trede, bedrag: Number(b.bedrag) }))
      .sort((a, b) => schaalVolgorde(a.schaal, b.schaal) || a.trede - b.trede),
    versie: t.versie,
    mag: { wijzigen: magLoonsomGrondslagWijzigen(g) },
    _links: { self: { href: `/api/v1/salaristabellen/${t.id}` } },
  };
}

/**
 * Loads a table from a CSV or XLSX file: every bad row is reported at once and nothing is stored
 * unless all rows are right. One table per date: a second for the same date is a conflict (change
 * its amounts, or load it with another date).
 */
export async function laadSalaristabel(
  db: Kysely<Database>,
  g: Gebruiker,
  invoer: { geldigVanaf: string; naam?: string | null; formaat: Bestandsformaat; inhoud: Buffer | string },
): Promise<Salaristabel> {
  assertMagLoonsomGrondslagWijzigen(g);
  return getSalaristabel(db, g, await slaSalaristabelOp(db, invoer));
}

/**
 * Loads a table without a caller: for the API (after its reach check) and the CLI, which runs as
 * the operator on the server. Answers the new table's id.
 */
export async function slaSalaristabelOp(
  db: Kysely<Database>,
  invoer: { geldigVanaf: string; naam?: string | null; formaat: Bestandsformaat; inhoud: Buffer | string },
): Promise<string> {
  let cellen: string[][];
  try {
    cellen = await bestandsCellen(invoer.formaat, invoer.inhoud);
  } catch (error) {
    if (error instanceof OnleesbaarBestandError) {
      throw new ValidationError([{ veld: 'bestand', code: 'onleesbaar', melding: error.message }]);
    }
    throw error;
  }
  const { rijen, problemen } = leesSalaristabel(cellen);
  assertGeenProblemen(problemen);
  const naam = invoer.naam?.trim() || `Salaristabel per ${invoer.geldigVanaf}`;
  return withDbErrors(() =>
    inTransactie(db, async (trx) => {
      if (await repo.findSalaristabelOp(trx, invoer.geldigVanaf)) {
        throw new ConflictError(
          `Er is al een salaristabel die geldt vanaf ${invoer.geldigVanaf}. Wijzig de bedragen daarvan, of laad deze tabel met een andere datum.`,
          'bestaat-al',
        );
      }
      const nieuw = await repo.insertSalaristabel(trx, { naam, geldig_vanaf: invoer.geldigVanaf });
      await repo.insertBedragen(trx, nieuw, rijen);
      return nieuw;
    }),
  );
}

/** Replaces one amount of a table (If-Match on the table's version). */
export async function wijzigBedrag(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: BedragWijziging,
): Promise<Salaristabel> {
  assertMagLoonsomGrondslagWijzigen(g);
  await inTransactie(db, async (trx) => {
    const t = await repo.findSalaristabel(trx, id);
    if (!t) throw new NotFoundError('Salaristabel', id);
    if (t.versie !== versie) throw new StaleVersionError(t.versie);
    const uitkomst = await repo.updateBedrag(trx, id, versie, w);
    if (uitkomst === 'onbekend') {
      throw new ValidationError([
        {
          veld: 'trede',
          code: 'bestaat-niet',
          melding: `De tabel heeft geen bedrag voor schaal ${w.schaal} trede ${w.trede}; laad een nieuwe tabel om schalen of treden toe te voegen.`,
        },
      ]);
    }
    if (uitkomst === 'verouderd') throw new StaleVersionError(t.versie + 1);
  });
  return getSalaristabel(db, g, id);
}

// --- werkgeverslasten -------------------------------------------------------------------------------

type LastenRij = NonNullable<Awaited<ReturnType<typeof repo.findWerkgeverslast>>>;

function lastenView(r: LastenRij): Werkgeverslasten {
  return {
    id: r.id,
    geldigVanaf: r.geldig_vanaf,
    ikbPercentage: Number(r.ikb_percentage),
    pensioenPercentage: Number(r.pensioen_percentage),
    socialePremiesPercentage: Number(r.sociale_premies_percentage),
    opslagPerFte: r.opslag_per_fte === null ? null : Number(r.opslag_per_fte),
    loonstijgingPercentage: Number(r.loonstijging_percentage),
    vacatureTrede: r.vacature_trede,
    versie: r.versie,
    _links: { self: { href: `/api/v1/werkgeverslasten/${r.id}` } },
  };
}

export async function lijstWerkgeverslasten(
  db: Kysely<Database>,
  g: Gebruiker,
): Promise<WerkgeverslastenLijst> {
  return {
    resultaten: (await repo.findWerkgeverslasten(db)).map(lastenView),
    mag: { wijzigen: magLoonsomGrondslagWijzigen(g) },
  };
}

export async function getWerkgeverslasten(db: Kysely<Database>, id: string): Promise<Werkgeverslasten> {
  const r = await repo.findWerkgeverslast(db, id);
  if (!r) throw new NotFoundError('Werkgeverslasten', id);
  return lastenView(r);
}

const datumBezet = (datum: string) =>
  new ConflictError(
    `Er gelden al werkgeverslasten vanaf ${datum}; wijzig die, of kies een andere datum.`,
    'bestaat-al',
  );

export async function createWerkgeverslasten(
  db: Kysely<Database>,
  g: Gebruiker,
  v: NieuweWerkgeverslasten,
): Promise<Werkgeverslasten> {
  assertMagLoonsomGrondslagWijzigen(g);
  // withDbErrors: two requests for one date racing meet the unique constraint, a 409 not a 500.
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      if ((await repo.findWerkgeverslasten(trx)).some((r) => r.geldig_vanaf === v.geldigVanaf)) {
        throw datumBezet(v.geldigVanaf);
      }
      return repo.insertWerkgeverslasten(trx, {
        geldig_vanaf: v.geldigVanaf,
        ikb_percentage: v.ikbPercentage,
        pensioen_percentage: v.pensioenPercentage,
        sociale_premies_percentage: v.socialePremiesPercentage,
        opslag_per_fte: v.opslagPerFte ?? null,
        loonstijging_percentage: v.loonstijgingPercentage,
        vacature_trede: v.vacatureTrede ?? null,
      });
    }),
  );
  return getWerkgeverslasten(db, id);
}

export async function updateWerkgeverslasten(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: WerkgeverslastenWijziging,
): Promise<Werkgeverslasten> {
  assertMagLoonsomGrondslagWijzigen(g);
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const huidig = await repo.findWerkgeverslast(trx, id);
      if (!huidig) throw new NotFoundError('Werkgeverslasten', id);
      if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
      if (
        w.geldigVanaf !== undefined &&
        w.geldigVanaf !== huidig.geldig_vanaf &&
        (await repo.findWerkgeverslasten(trx)).some((r) => r.geldig_vanaf === w.geldigVanaf)
      ) {
        throw datumBezet(w.geldigVanaf);
      }
      const gelukt = await repo.updateWerkgeverslasten(trx, id, versie, {
        ...(w.geldigVanaf !== undefined ? { geldig_vanaf: w.geldigVanaf } : {}),
        ...(w.ikbPercentage !== undefined ? { ikb_percentage: w.ikbPercentage } : {}),
        ...(w.pensioenPercentage !== undefined ? { pensioen_percentage: w.pensioenPercentage } : {}),
        ...(w.socialePremiesPercentage !== undefined
          ? { sociale_premies_percentage: w.socialePremiesPercentage }
          : {}),
        ...(w.opslagPerFte !== undefined ? { opslag_per_fte: w.opslagPerFte } : {}),
        ...(w.loonstijgingPercentage !== undefined
          ? { loonstijging_percentage: w.loonstijgingPercentage }
          : {}),
        ...(w.vacatureTrede !== undefined ? { vacature_trede: w.vacatureTrede } : {}),
      });
      if (!gelukt) throw new StaleVersionError(huidig.versie + 1);
    }),
  );
  return getWerkgeverslasten(db, id);
}

// --- loonsombudget --------------------------------------------------------------------------------

type BudgetRij = NonNullable<Awaited<ReturnType<typeof repo.findLoonsombudget>>>;

const budgetView = (b: BudgetRij): Loonsombudget => ({
  id: b.id,
  teamId: b.team_id,
  jaar: b.jaar,
  bedrag: Number(b.bedrag),
  versie: b.versie,
  _links: { self: { href: `/api/v1/loonsombudgetten/${b.id}` } },
});

export async function getLoonsombudget(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
): Promise<Loonsombudget> {
  const b = await repo.findLoonsombudget(db, id);
  if (!b) throw new NotFoundError('Loonsombudget', id);
  assertMagTeamLoonsomZien(g, b.team_id);
  return budgetView(b);
}

export async function createLoonsombudget(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  v: NieuwLoonsombudget,
): Promise<Loonsombudget> {
  assertMagLoonsomGrondslagWijzigen(g);
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      if (!(await findTeamRow(trx, teamId))) throw new NotFoundError('Team', teamId);
      if ((await repo.findLoonsombudgetten(trx, [v.jaar], teamId)).length > 0) {
        throw new ConflictError(
          `Dit team heeft al een loonsombudget voor ${v.jaar}; wijzig dat budget.`,
          'bestaat-al',
        );
      }
      return repo.insertLoonsombudget(trx, { team_id: teamId, jaar: v.jaar, bedrag: v.bedrag });
    }),
  );
  return getLoonsombudget(db, g, id);
}

export async function updateLoonsombudget(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  bedrag: number,
): Promise<Loonsombudget> {
  assertMagLoonsomGrondslagWijzigen(g);
  await inTransactie(db, async (trx) => {
    const b = await repo.findLoonsombudget(trx, id);
    if (!b) throw new NotFoundError('Loonsombudget', id);
    if (b.versie !== versie) throw new StaleVersionError(b.versie);
    if (!(await repo.updateLoonsombudget(trx, id, versie, bedrag))) throw new StaleVersionError(b.versie + 1);
  });
  return getLoonsombudget(db, g, id);
}

// --- the loonsom ----------------------------------------------------------------------------------

/** All tables and settings, indexed; the trede on each medewerker holds in the current year. */
export async function grondslag(db: Kysely<Database>): Promise<Grondslag> {
  const [tabellen, bedragen, lasten] = await Promise.all([
    repo.findSalaristabellen(db),
    repo.findBedragen(db),
    repo.findWerkgeverslasten(db),
  ]);
  const perTabel = new Map<string, { schaal: string; trede: number; bedrag: number }[]>();
  for (const b of bedragen) {
    const rijen = perTabel.get(b.salaristabel_id) ?? [];
    rijen.push({ schaal: b.schaal, trede: b.trede, bedrag: naarCenten(Number(b.bedrag)) });
    perTabel.set(b.salaristabel_id, rijen);
  }
  return maakGrondslag(
    tabellen.map((t) => ({ geldigVanaf: t.geldig_vanaf, rijen: perTabel.get(t.id) ?? [] })),
    lasten.map((r) => ({
      geldigVanaf: r.geldig_vanaf,
      ikbPercentage: Number(r.ikb_percentage),
      pensioenPercentage: Number(r.pensioen_percentage),
      socialePremiesPercentage: Number(r.sociale_premies_percentage),
      opslagPerFte: r.opslag_per_fte === null ? null : naarCenten(Number(r.opslag_per_fte)),
      loonstijgingPercentage: Number(r.loonstijging_percentage),
      vacatureTrede: r.vacature_trede,
    })),
    huidigJaar(),
  );
}

type PlaatsRij = Awaited<ReturnType<typeof repo.findPlaatsenInPeriode>>[number];
type PlaatsingRij = Awaited<ReturnType<typeof repo.findPlaatsingenOpPlaatsenInPeriode>>[number];

/** The places (of a team, or all) over the years, each costed (also for the behoefte's cost per FTE). */
export async function plaatsenMetLoonsom(db: Kysely<Database>, jaren: number[], teamId?: string) {
  const van = `${jaren[0]}-01-01`;
  const tot = `${jaren.at(-1)}-12-31`;
  // Three independent reads (PostgreSQL runs them side by side); the placements by a join on the
  // same places rather than by a list of their ids.
  const [g, plaatsen, plaatsingen] = await Promise.all([
    grondslag(db),
    repo.findPlaatsenInPeriode(db, van, tot, teamId),
    repo.findPlaatsingenOpPlaatsenInPeriode(db, van, tot, teamId),
  ]);
  const perPlaats = new Map<string, PlaatsingRij[]>();
  for (const p of plaatsingen) {
    const rijen = perPlaats.get(p.formatieplaats_id);
    if (rijen) rijen.push(p);
    else perPlaats.set(p.formatieplaats_id, [p]);
  }
  const berekend: { plaats: PlaatsRij; loonsom: PlaatsLoonsom }[] = plaatsen.map((f) => ({
    plaats: f,
    loonsom: plaatsLoonsom(
      g,
      {
        id: f.id,
        teamId: f.team_id,
        salarisschaal: f.salarisschaal,
        fte: Number(f.fte),
        ingangsdatum: f.ingangsdatum,
        einddatum: f.einddatum,
        plaatsingen: (perPlaats.get(f.id) ?? []).map((p) => ({
          medewerkerId: p.medewerker_id,
          schaal: String(p.schaal),
          trede: p.trede,
          fte: Number(p.fte),
          ingangsdatum: p.ingangsdatum,
          einddatum: p.einddatum,
        })),
      },
      jaren,
    ),
  }));
  return { berekend, plaatsingen };
}

function jaarView(t: Totalen, budget: number | null): LoonsomJaar {
  return {
    jaar: t.jaar,
    bezetting: naarEuro(t.bezetting),
    vacatures: naarEuro(t.vacature),
    totaal: naarEuro(t.totaal),
    budget: budget === null ? null : naarEuro(budget),
    ruimte: (() => {
      const r = ruimte(budget, t.totaal);
      return r === null ? null : naarEuro(r);
    })(),
  };
}

/** Budgets per team and year, in cents. */
function budgetIndex(rijen: readonly BudgetRij[]) {
  const m = new Map<string, number>();
  for (const b of rijen) m.set(`${b.team_id}|${b.jaar}`, naarCenten(Number(b.bedrag)));
  return m;
}

/**
 * The organisation's loonsom for four years with its budget (the sum of the teams' budgets), and
 * per team for those who may see the team.
 */
export async function organisatieLoonsom(
  db: Kysely<Database>,
  g: Gebruiker,
  jaar: number = huidigJaar(),
): Promise<OrganisatieLoonsom> {
  const jaren = meerjarig(jaar);
  const { berekend } = await plaatsenMetLoonsom(db, jaren);
  const budgetten = await repo.findLoonsombudgetten(db, jaren);
  const index = budgetIndex(budgetten);
  const { teams, organisatie } = loonsomTotalen(
    berekend.map((b) => b.loonsom),
    jaren,
  );
  const orgBudget = (j: number) => {
    const rijen = budgetten.filter((b) => b.jaar === j);
    return rijen.length === 0 ? null : rijen.reduce((s, b) => s + naarCenten(Number(b.bedrag)), 0);
  };
  const zichtbaar = [...new Set([...teams.keys(), ...budgetten.map((b) => b.team_id)])].filter((teamId) =>
    magTeamLoonsomZien(g, teamId),
  );
  const namen = new Map((await repo.findTeamNamen(db, zichtbaar)).map((t) => [t.id, t.naam]));
  return {
    jaar,
    jaren: organisatie.map((t) => jaarView(t, orgBudget(t.jaar))),
    teams: zichtbaar
      .map((teamId) => ({
        teamId,
        naam: namen.get(teamId) ?? '',
        jaren: (
          teams.get(teamId) ?? jaren.map((j) => ({ jaar: j, bezetting: 0, vacature: 0, totaal: 0 }))
        ).map((t) => jaarView(t, index.get(`${teamId}|${t.jaar}`) ?? null)),
      }))
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    maandenZonderTabel: berekend.reduce((s, b) => s + b.loonsom.zonderTabel, 0),
  };
}

/**
 * A team's loonsom for four years against its budgets, per place; per medewerker only for those
 * who may see individual salary data (a place's bezetting names what its people cost, so it is
 * left out for the others too).
 */
export async function teamLoonsom(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  jaar: number = huidigJaar(),
): Promise<TeamLoonsom> {
  if (!(await findTeamRow(db, teamId))) throw new NotFoundError('Team', teamId);
  assertMagTeamLoonsomZien(g, teamId);
  const individueel = magIndividueleLoonkostenZien(g);
  const jaren = meerjarig(jaar);
  const { berekend, plaatsingen } = await plaatsenMetLoonsom(db, jaren, teamId);
  const budgetten = await repo.findLoonsombudgetten(db, jaren, teamId);
  const index = budgetIndex(budgetten);
  const { organisatie: totaal } = loonsomTotalen(
    berekend.map((b) => b.loonsom),
    jaren,
  );
  const namen = new Map(plaatsingen.map((p) => [p.medewerker_id, volledigeNaam(p)]));
  return {
    teamId,
    jaar,
    jaren: totaal.map((t) => jaarView(t, index.get(`${teamId}|${t.jaar}`) ?? null)),
    formatieplaatsen: berekend.map(({ plaats, loonsom }) => ({
      id: plaats.id,
      functie: plaats.functie_naam,
      salarisschaal: plaats.salarisschaal,
      fte: Number(plaats.fte),
      jaren: loonsom.jaren.map((j) => ({
        jaar: j.jaar,
        bezetting: individueel ? naarEuro(j.bezetting) : null,
        vacatures: naarEuro(j.vacature),
        totaal: individueel ? naarEuro(j.totaal) : null,
      })),
    })),
    medewerkers: individueel
      ? berekend.flatMap(({ plaats, loonsom }) =>
          loonsom.personen.map((p) => ({
            medewerker: { id: p.medewerkerId, naam: namen.get(p.medewerkerId) ?? '' },
            formatieplaatsId: plaats.id,
            jaren: p.jaren.map((j) => ({ jaar: j.jaar, totaal: naarEuro(j.totaal) })),
          })),
        )
      : null,
    budgetten: budgetten.map(budgetView),
    maandenZonderTabel: berekend.reduce((s, b) => s + b.loonsom.zonderTabel, 0),
    mag: { individueel, budgetWijzigen: magLoonsomGrondslagWijzigen(g) },
  };
}

/** What one person costs the employer (their whole contract), per month, for four years. */
export async function medewerkerLoonkosten(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  jaar: number = huidigJaar(),
): Promise<MedewerkerLoonkosten> {
  const m = await repo.findSchaalTrede(db, medewerkerId);
  if (!m) throw new NotFoundError('Medewerker', medewerkerId);
  assertMagLoonkostenVanZien(g, medewerkerId);
  const gs = await grondslag(db);
  const contracten = contractFte(
    (await findContracturen(db, medewerkerId)).map((c) => ({
      ingangsdatum: c.ingangsdatum,
      einddatum: c.einddatum,
      urenPerWeek: Number(c.uren_per_week),
    })),
  );
  const jaren = meerjarig(jaar).map((j) =>
    jaarkosten(gs, String(m.schaal), { soort: 'persoon', trede: m.trede }, contracten, j),
  );
  return {
    medewerkerId,
    schaal: m.schaal,
    trede: m.trede,
    jaren: jaren.map((k) => ({ jaar: k.jaar, maanden: k.maanden.map(naarEuro), totaal: naarEuro(k.totaal) })),
    maandenZonderTabel: jaren.reduce((s, k) => s + k.zonderTabel, 0),
  };
}
