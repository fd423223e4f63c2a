import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import {
  assertMagScenarioMaken,
  assertMagScenarioZien,
  magScenarioMaken,
  magScenarioTeamsZien,
  magScenarioVaststellen,
  magScenarioWijzigen,
  magScenarioZien,
  scenarioMag,
} from '../access/scenario';
import { assertMagVoorstelTekstenWijzigen } from '../access/voorstel';
import {
  type NieuweScenarioWijziging,
  type NieuwScenario,
  type Scenario,
  type ScenarioAanpassing,
  type ScenarioLijst,
  type ScenarioVergelijking,
  type ScenarioWijzigingView,
  type Vaststelling,
  wijzigingGegevensSchema,
} from '../contract/scenario';
import { type VoorstelTeksten, voorstelTekstenSchema } from '../contract/voorstel';
import { withDbErrors } from '../db/db-errors';
import { findProgrammas } from '../db/programma.repository';
import * as repo from '../db/scenario.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { behoeftePeriode } from '../domain/behoefte';
import { capaciteitstekorten } from '../domain/capaciteitstekort';
import { inFte, naarFte } from '../domain/formatie';
import { type Grondslag, meerjarig, naarCenten, naarEuro, type PlaatsLoonsom } from '../domain/loonsom';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
  ValidationError,
} from '../domain/probleem';
import {
  alleProblemen,
  alsScenario,
  type Budget,
  isLeeg,
  type Kolomcijfers,
  type KopiePlaats,
  kolomcijfers,
  pasToe,
  type ScenarioContext,
  type ScenarioPlaats,
  type ScenarioStatus,
  schaalBekendIn,
  standaardVergelijkingsdatum,
  type Vaststellingsplan,
  vaststellingsplan,
  type Wijziging,
  type WijzigingInvoer,
  wijzigingUitInvoer,
} from '../domain/scenario';
import type { VoorstelWijziging } from '../reports/onderbouwd-voorstel-inhoud';
import { behoefteFtePerTeamZonderBereik } from './behoefte.service';
import { grondslag } from './loonsom.service';

/**
 * Scenario's (issue 13, item 5). A scenario stores its wijzigingen; everything it shows is computed
 * from them and the live formatie when asked (src/domain/scenario.ts). Adopting writes the difference
 * through the same rules in one transaction, with the formatie locked meanwhile.
 */

const jaarVan = (d: string) => Number(d.slice(0, 4));
const href = (id: string) => `/api/v1/scenarios/${id}`;

/** The live formatie and budgets from a date and year on, with what the rules need to judge them. */
interface Stand {
  kopie: KopiePlaats[];
  budgetten: Budget[];
  teams: ScenarioContext['teams'];
  g: Grondslag;
}

async function laadStand(db: Kysely<Database>, vanaf: string, vanafJaar: number): Promise<Stand> {
  const [plaatsen, plaatsingen, teams, budgetten, g] = await Promise.all([
    repo.findPlaatsenVanaf(db, vanaf),
    repo.findPlaatsingenVoorScenario(db, vanaf),
    repo.findTeams(db),
    repo.findBudgettenVanaf(db, vanafJaar),
    grondslag(db),
  ]);
  const perPlaats = new Map<string, KopiePlaats['plaatsingen'][number][]>();
  for (const p of plaatsingen) {
    const lijst = perPlaats.get(p.formatieplaats_id) ?? [];
    lijst.push({
      id: p.id,
      medewerkerId: p.medewerker_id,
      schaal: String(p.schaal),
      trede: p.trede,
      fte: Number(p.fte),
      ingangsdatum: p.ingangsdatum,
      einddatum: p.einddatum,
    });
    perPlaats.set(p.formatieplaats_id, lijst);
  }
  return {
    kopie: plaatsen.map((f) => ({
      id: f.id,
      teamId: f.team_id,
      functieNaam: f.functie_naam,
      functiefamilie: f.functiefamilie,
      functieniveau: f.functieniveau,
      salarisschaal: f.salarisschaal,
      fte: Number(f.fte),
      ingangsdatum: f.ingangsdatum,
      einddatum: f.einddatum,
      soort: f.soort,
      financiering: f.financiering,
      programmaId: f.programma_id,
      subsidie: f.subsidie,
      plaatsingen: perPlaats.get(f.id) ?? [],
    })),
    budgetten: budgetten.map((b) => ({
      teamId: b.team_id,
      jaar: b.jaar,
      bedrag: naarCenten(Number(b.bedrag)),
    })),
    teams: new Map(teams.map((t) => [t.id, { naam: t.naam, opgehevenOp: t.opgeheven_op }])),
    g,
  };
}

const context = (stand: Stand, peildatum: string): ScenarioContext => ({
  peildatum,
  teams: stand.teams,
  schaalBekend: schaalBekendIn(stand.g),
});

/** A stored wijziging as the domain's, and its fields as the API answers them. */
function leesWijziging(r: repo.WijzigingRij): { wijziging: Wijziging; invoer: WijzigingInvoer } {
  const gegevens = wijzigingGegevensSchema.parse(r.gegevens);
  const invoer: WijzigingInvoer = { soort: r.soort, ...gegevens, ingangsdatum: r.ingangsdatum ?? undefined };
  const uit = wijzigingUitInvoer(r.id, invoer);
  // Stored only after the same check passed: a failure here is a damaged row, not user input.
  if (!uit.wijziging) throw new Error(`scenario_wijziging ${r.id} is onleesbaar`);
  return { wijziging: uit.wijziging, invoer };
}

function wijzigingView(
  r: repo.WijzigingRij,
  invoer: WijzigingInvoer,
  problemen: Probleem[],
): ScenarioWijzigingView {
  return {
    id: r.id,
    volgnummer: r.volgnummer,
    soort: r.soort,
    ingangsdatum: r.ingangsdatum,
    formatieplaatsId: invoer.formatieplaatsId ?? null,
    teamId: invoer.teamId ?? null,
    functieNaam: invoer.functieNaam ?? null,
    functiefamilie: invoer.functiefamilie ?? null,
    functieniveau: invoer.functieniveau ?? null,
    salarisschaal: invoer.salarisschaal ?? null,
    fte: invoer.fte ?? null,
    einddatum: invoer.einddatum ?? null,
    plaatssoort: invoer.plaatssoort ?? null,
    financiering: invoer.financiering ?? null,
    programmaId: invoer.programmaId ?? null,
    subsidie: invoer.subsidie ?? null,
    jaar: invoer.jaar ?? null,
    bedrag: invoer.bedrag ?? null,
    problemen,
  };
}

async function bestaand(db: Kysely<Database>, g: Gebruiker, id: string): Promise<repo.ScenarioRij> {
  const s = await repo.findScenario(db, id);
  if (!s) throw new NotFoundError('Scenario', id);
  assertMagScenarioZien(g, s.status);
  return s;
}

function assertWijzigbaar(g: Gebruiker, s: { status: ScenarioStatus }): void {
  if (magScenarioWijzigen(g, s.status)) return;
  if (s.status === 'vastgesteld' || s.status === 'verworpen') {
    throw new ConflictError(
      `Dit scenario is ${s.status} en ligt daarmee vast. Maak een nieuw scenario voor verdere wijzigingen.`,
      'vastgelegd',
    );
  }
  throw new ForbiddenError("Scenario's wijzigen P&O en de directie.");
}

/** Every scenario the caller may see, newest first. */
export async function lijstScenarios(db: Kysely<Database>, g: Gebruiker): Promise<ScenarioLijst> {
  return {
    resultaten: (await repo.findScenarios(db))
      .filter((s) => magScenarioZien(g, s.status))
      .map((s) => ({
        id: s.id,
        naam: s.naam,
        peildatum: s.peildatum,
        status: s.status,
        aantalWijzigingen: Number(s.aantal),
        versie: s.versie,
        _links: { self: { href: href(s.id) } },
      })),
    mag: { aanmaken: magScenarioMaken(g) },
  };
}

/** One scenario with its wijzigingen (each with what is wrong with it now) and comments. */
export async function getScenario(db: Kysely<Database>, g: Gebruiker, id: string): Promise<Scenario> {
  const s = await bestaand(db, g, id);
  const rijen = await repo.findWijzigingen(db, [id]);
  const gelezen = rijen.map(leesWijziging);
  let problemen: Probleem[][] = [];
  if (gelezen.length > 0) {
    const stand = await laadStand(db, s.peildatum, jaarVan(s.peildatum));
    problemen = pasToe(
      stand.kopie,
      stand.budgetten,
      gelezen.map((x) => x.wijziging),
      context(stand, s.peildatum),
    ).problemen;
  }
  const opmerkingen = await repo.findOpmerkingen(db, id);
  return {
    id: s.id,
    naam: s.naam,
    peildatum: s.peildatum,
    status: s.status,
    toelichting: s.toelichting,
    aangemaaktDoor: s.aangemaakt_door_naam,
    aangemaaktOp: new Date(s.aangemaakt_op).toISOString(),
    wijzigingen: rijen.map((r, i) => wijzigingView(r, gelezen[i]!.invoer, problemen[i] ?? [])),
    opmerkingen: opmerkingen.map((o) => ({
      id: o.id,
      auteur: o.auteur,
      tekst: o.tekst,
      geplaatstOp: new Date(o.geplaatst_op).toISOString(),
    })),
    besluit:
      s.status === 'vastgesteld' && s.besluitdatum && s.besluit_kenmerk && s.vastgesteld_op
        ? {
            besluitdatum: s.besluitdatum,
            kenmerk: s.besluit_kenmerk,
            omschrijving: s.besluit_omschrijving,
            vastgesteldDoor: s.vastgesteld_door_naam,
            vastgesteldOp: new Date(s.vastgesteld_op).toISOString(),
          }
        : null,
    voorstelteksten: leesVoorstelteksten(s.voorstelteksten),
    versie: s.versie,
    mag: scenarioMag(g, s.status),
    _links: { self: { href: href(s.id) } },
  };
}

const GEEN_TEKSTEN: VoorstelTeksten = {
  aanleiding: null,
  toelichtingBehoefte: null,
  risicos: null,
  gevraagdBesluit: null,
  ontwikkelbudget: null,
};

/** The stored texts of the voorstel (issue 13, item 6), every key present. */
export function leesVoorstelteksten(opgeslagen: unknown): VoorstelTeksten {
  // Stored only after the contract's check: a failure here is a damaged row, not user input.
  return voorstelTekstenSchema.parse({ ...GEEN_TEKSTEN, ...(opgeslagen as object | null) });
}

export async function createScenario(
  db: Kysely<Database>,
  g: Gebruiker,
  v: NieuwScenario,
): Promise<Scenario> {
  assertMagScenarioMaken(g);
  const id = await repo.insertScenario(db, {
    naam: v.naam,
    peildatum: v.peildatum,
    toelichting: v.toelichting || null,
    aangemaakt_door: g.accountId,
  });
  return getScenario(db, g, id);
}

/** Name, peildatum, toelichting and status (concept, voorgesteld, verworpen), with If-Match. */
export async function updateScenario(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: ScenarioAanpassing,
): Promise<Scenario> {
  await inTransactie(db, async (trx) => {
    const s = await repo.lockScenario(trx, id);
    if (!s) throw new NotFoundError('Scenario', id);
    assertMagScenarioZien(g, s.status);
    // Only the voorstel's texts may change after adoption (src/access/voorstel.ts says why).
    const alleenTeksten =
      w.voorstelteksten !== undefined &&
      Object.entries(w).every(([k, v]) => k === 'voorstelteksten' || v === undefined);
    if (alleenTeksten) assertMagVoorstelTekstenWijzigen(g, s.status);
    else assertWijzigbaar(g, s);
    if (s.versie !== versie) throw new StaleVersionError(s.versie);
    if (w.peildatum !== undefined && w.peildatum > s.peildatum) {
      // A later peildatum could strand wijzigingen before it; they are judged again on every read,
      // so this only needs a clear word when it happens.
      const vroeger = (await repo.findWijzigingen(trx, [id])).filter(
        (r) => r.ingangsdatum !== null && r.ingangsdatum < w.peildatum!,
      );
      if (vroeger.length > 0) {
        throw new ValidationError([
          {
            veld: 'peildatum',
            code: 'na-wijziging',
            melding: `${vroeger.length} wijziging(en) gaan in vóór deze peildatum; pas die eerst aan of kies een eerdere datum.`,
          },
        ]);
      }
    }
    const gelukt = await repo.updateScenario(trx, id, versie, {
      ...(w.naam !== undefined ? { naam: w.naam } : {}),
      ...(w.peildatum !== undefined ? { peildatum: w.peildatum } : {}),
      ...(w.toelichting !== undefined ? { toelichting: w.toelichting || null } : {}),
      ...(w.status !== undefined ? { status: w.status } : {}),
      ...(w.voorstelteksten !== undefined
        ? {
            voorstelteksten: JSON.stringify(
              metTeksten(leesVoorstelteksten(s.voorstelteksten), w.voorstelteksten),
            ),
          }
        : {}),
    });
    if (!gelukt) throw new StaleVersionError(s.versie + 1);
  });
  return getScenario(db, g, id);
}

/** The stored texts with the given keys replaced; an empty text is stored as null. */
function metTeksten(
  huidig: VoorstelTeksten,
  w: NonNullable<ScenarioAanpassing['voorstelteksten']>,
): VoorstelTeksten {
  const uit: VoorstelTeksten = { ...huidig };
  for (const k of ['aanleiding', 'toelichtingBehoefte', 'risicos', 'gevraagdBesluit'] as const) {
    const v = w[k];
    if (v !== undefined) uit[k] = v === null || v === '' ? null : v;
  }
  if (w.ontwikkelbudget !== undefined) uit.ontwikkelbudget = w.ontwikkelbudget;
  return uit;
}

/**
 * Adds a wijziging at the end. 400 with every problem when its fields do not fit its soort or it
 * cannot apply to the scenario's formatie as the earlier wijzigingen leave it; raises the version.
 */
export async function addWijziging(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  invoer: NieuweScenarioWijziging,
): Promise<Scenario> {
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const s = await repo.lockScenario(trx, id);
      if (!s) throw new NotFoundError('Scenario', id);
      assertMagScenarioZien(g, s.status);
      assertWijzigbaar(g, s);
      const { soort, ingangsdatum, ...gegevens } = invoer;
      const nieuwId = crypto.randomUUID();
      const uit = wijzigingUitInvoer(nieuwId, invoer);
      if (!uit.wijziging) throw new ValidationError(uit.problemen);
      const problemen: Probleem[] = [];
      if (invoer.programmaId && (await findProgrammas(trx, invoer.programmaId)).length === 0) {
        problemen.push({ veld: 'programmaId', code: 'bestaat-niet', melding: 'Dit programma bestaat niet.' });
      }
      const eerder = (await repo.findWijzigingen(trx, [id])).map((r) => leesWijziging(r).wijziging);
      const stand = await laadStand(trx, s.peildatum, jaarVan(s.peildatum));
      const u = pasToe(stand.kopie, stand.budgetten, [...eerder, uit.wijziging], context(stand, s.peildatum));
      problemen.push(...(u.problemen.at(-1) ?? []));
      if (problemen.length > 0) throw new ValidationError(problemen);
      await repo.insertWijziging(trx, {
        scenario_id: id,
        soort,
        ingangsdatum: ingangsdatum ?? null,
        gegevens: Object.fromEntries(
          Object.entries(gegevens).filter(([, v]) => v !== undefined && v !== null && v !== ''),
        ),
      });
      if (!(await repo.updateScenario(trx, id, s.versie, {}))) throw new StaleVersionError(s.versie + 1);
    }),
  );
  return getScenario(db, g, id);
}

export async function deleteWijziging(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  wijzigingId: string,
): Promise<Scenario> {
  await inTransactie(db, async (trx) => {
    const s = await repo.lockScenario(trx, id);
    if (!s) throw new NotFoundError('Scenario', id);
    assertMagScenarioZien(g, s.status);
    assertWijzigbaar(g, s);
    if (s.versie !== versie) throw new StaleVersionError(s.versie);
    if (!(await repo.deleteWijziging(trx, id, wijzigingId)))
      throw new NotFoundError('Wijziging', wijzigingId);
    if (!(await repo.updateScenario(trx, id, s.versie, {}))) throw new StaleVersionError(s.versie + 1);
  });
  return getScenario(db, g, id);
}

/** A comment, by anyone who may see the scenario (the college on a proposed one too). */
export async function addOpmerking(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  tekst: string,
): Promise<Scenario> {
  const s = await bestaand(db, g, id);
  await repo.insertOpmerking(db, { scenario_id: s.id, account_id: g.accountId, auteur: g.naam, tekst });
  return getScenario(db, g, id);
}

// --- comparing --------------------------------------------------------------------------------------

type Kolom = ScenarioVergelijking['kolommen'][number];

/** `tekort`: the capacity gap (src/domain/capaciteitstekort.ts); null for a team without demand. */
const kolomView = (c: Kolomcijfers, tekort: number | null) => ({
  ...inFte(c.fte),
  capaciteitstekortFte: tekort,
  loonsom: c.loonsom.map((j) => ({
    jaar: j.jaar,
    totaal: naarEuro(j.totaal),
    vacatures: naarEuro(j.vacatures),
    budget: j.budget === null ? null : naarEuro(j.budget),
    ruimte: j.ruimte === null ? null : naarEuro(j.ruimte),
  })),
});

/** The live formatie and each scenario side by side: FTE on a date, loonsom for four years. */
async function vergelijk(
  db: Kysely<Database>,
  g: Gebruiker,
  scenarios: repo.ScenarioRij[],
  query: { datum?: string | undefined; jaar?: number | undefined },
): Promise<ScenarioVergelijking> {
  const wijzigingen = groepeer(
    await repo.findWijzigingen(
      db,
      scenarios.map((s) => s.id),
    ),
  );
  const metWijzigingen = scenarios.map((s) => ({
    s,
    peildatum: s.peildatum,
    wijzigingen: (wijzigingen.get(s.id) ?? []).map((r) => leesWijziging(r).wijziging),
  }));
  const vroegste = scenarios.map((s) => s.peildatum).sort()[0]!;
  const jaren = meerjarig(query.jaar ?? jaarVan(vroegste));
  const vanafJaar = Math.min(jaren[0]!, jaarVan(vroegste));
  const vanaf = `${vanafJaar}-01-01` < vroegste ? `${vanafJaar}-01-01` : vroegste;
  const datum = query.datum ?? standaardVergelijkingsdatum(metWijzigingen);
  // The demand in FTE over the four quarters from the date, for the capacity gap: no euro, so no
  // second loonsom; it runs beside the formatie's queries.
  const [stand, behoefte] = await Promise.all([
    laadStand(db, vanaf, vanafJaar),
    behoefteFtePerTeamZonderBereik(db, { per: 'kwartaal', ...behoeftePeriode(datum) }),
  ]);
  const vraagPerTeam = new Map(behoefte.teams.map((t) => [t.teamId, t]));
  const fteVan = (c: ReturnType<typeof kolomcijfers>) =>
    new Map(
      [...c.teams].map(([id, k]) => [
        id,
        { formatie: naarFte(k.fte.formatie), bezetting: naarFte(k.fte.bezetting) },
      ]),
    );
  const tekortenVan = (c: ReturnType<typeof kolomcijfers>) =>
    capaciteitstekorten(vraagPerTeam, behoefte.zonderTeamVraag, huidigeFte, fteVan(c));
  const teamsZien = magScenarioTeamsZien(g);
  const teamRijen = (c: ReturnType<typeof kolomcijfers>, tekorten: Map<string, number>) =>
    teamsZien
      ? [...c.teams.entries()]
          .map(([teamId, k]) => ({
            teamId,
            naam: stand.teams.get(teamId)?.naam ?? '',
            ...kolomView(k, tekorten.get(teamId) ?? null),
          }))
          .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
      : [];
  // One cache for all columns: a place no scenario changes is costed once (same tables, same years).
  const cache = new WeakMap<ScenarioPlaats, PlaatsLoonsom>();
  const huidig = kolomcijfers(stand.g, alsScenario(stand.kopie), stand.budgetten, datum, jaren, cache);
  const huidigeFte = fteVan(huidig);
  const huidigeTekorten = tekortenVan(huidig);
  const kolommen: Kolom[] = [
    {
      soort: 'huidig',
      scenarioId: null,
      naam: 'Huidige formatie',
      status: null,
      totaal: kolomView(huidig.organisatie, huidigeTekorten.organisatie),
      teams: teamRijen(huidig, huidigeTekorten.teams),
      verschil: null,
      problemen: [],
    },
  ];
  for (const { s, wijzigingen: w } of metWijzigingen) {
    const u = pasToe(stand.kopie, stand.budgetten, w, context(stand, s.peildatum));
    const c = kolomcijfers(stand.g, u.plaatsen, u.budgetten, datum, jaren, cache);
    const tekorten = tekortenVan(c);
    kolommen.push({
      soort: 'scenario',
      scenarioId: s.id,
      naam: s.naam,
      status: s.status,
      totaal: kolomView(c.organisatie, tekorten.organisatie),
      teams: teamRijen(c, tekorten.teams),
      verschil: {
        formatieFte: naarFte(c.organisatie.fte.formatie - huidig.organisatie.fte.formatie),
        vacatureFte: naarFte(c.organisatie.fte.vacature - huidig.organisatie.fte.vacature),
        capaciteitstekortFte: Math.round((tekorten.organisatie - huidigeTekorten.organisatie) * 100) / 100,
        loonsom: c.organisatie.loonsom.map((j, i) => ({
          jaar: j.jaar,
          totaal: naarEuro(j.totaal - huidig.organisatie.loonsom[i]!.totaal),
        })),
      },
      problemen: alleProblemen(u),
    });
  }
  return { datum, jaren, kolommen };
}

function groepeer(rijen: readonly repo.WijzigingRij[]): Map<string, repo.WijzigingRij[]> {
  const m = new Map<string, repo.WijzigingRij[]>();
  for (const r of rijen) m.set(r.scenario_id, [...(m.get(r.scenario_id) ?? []), r]);
  return m;
}

export async function vergelijkMetHuidig(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  query: { datum?: string | undefined; jaar?: number | undefined },
): Promise<ScenarioVergelijking> {
  return vergelijk(db, g, [await bestaand(db, g, id)], query);
}

/** Two or more scenarios side by side, after the live formatie. */
export async function vergelijkScenarios(
  db: Kysely<Database>,
  g: Gebruiker,
  ids: string[],
  query: { datum?: string | undefined; jaar?: number | undefined },
): Promise<ScenarioVergelijking> {
  const uniek = [...new Set(ids)];
  if (uniek.length < 2 || uniek.length > 10) {
    throw new ValidationError([
      {
        veld: 'scenarios',
        code: 'aantal',
        melding: 'Geef twee tot en met tien verschillende scenario-id’s, gescheiden door komma’s.',
      },
    ]);
  }
  const scenarios: repo.ScenarioRij[] = [];
  for (const id of uniek) scenarios.push(await bestaand(db, g, id));
  return vergelijk(db, g, scenarios, query);
}

// --- adoption -------------------------------------------------------------------------------------

export interface Vaststellingsresultaat {
  scenario: Scenario;
  /** What adoption wrote, in counts: for the audit record. */
  samenvatting: Record<string, number>;
}

/**
 * The directie adopts a scenario: in one transaction, with the formatie from the peildatum locked,
 * its wijzigingen are judged once more against the live formatie and their difference is written as
 * effective-dated formatie changes and budgets; the scenario becomes vastgesteld with its besluit.
 * A wijziging that no longer applies (the formatie changed meanwhile) refuses the whole adoption.
 */
export async function stelVast(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  besluit: Vaststelling,
): Promise<Vaststellingsresultaat> {
  const plan = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const s = await repo.lockScenario(trx, id);
      if (!s) throw new NotFoundError('Scenario', id);
      assertMagScenarioZien(g, s.status);
      if (s.status === 'vastgesteld') {
        throw new ConflictError(
          `Dit scenario is al vastgesteld (besluit ${s.besluit_kenmerk} van ${s.besluitdatum}). Maak een nieuw scenario voor verdere wijzigingen.`,
          'vastgelegd',
        );
      }
      if (s.status === 'verworpen') {
        throw new ConflictError(
          'Dit scenario is verworpen. Zet het eerst terug naar concept of voorgesteld, of maak een nieuw scenario.',
          'verkeerde-fase',
        );
      }
      if (!magScenarioVaststellen(g, s.status))
        throw new ForbiddenError('Een scenario stelt de directie vast.');
      if (s.versie !== versie) throw new StaleVersionError(s.versie);
      const rijen = await repo.findWijzigingen(trx, [id]);
      if (rijen.length === 0) {
        throw new ConflictError(
          'Dit scenario heeft nog geen wijzigingen; er is niets vast te stellen.',
          'nog-niet-klaar',
        );
      }
      await repo.lockFormatieVanaf(trx, s.peildatum, jaarVan(s.peildatum));
      const stand = await laadStand(trx, s.peildatum, jaarVan(s.peildatum));
      const u = pasToe(
        stand.kopie,
        stand.budgetten,
        rijen.map((r) => leesWijziging(r).wijziging),
        context(stand, s.peildatum),
      );
      const problemen = u.problemen.flatMap((lijst, i) =>
        lijst.map((p) => `wijziging ${rijen[i]!.volgnummer}: ${p.melding}`),
      );
      if (problemen.length > 0) {
        throw new ConflictError(
          `De formatie is sinds het opstellen van dit scenario zo gewijzigd dat niet alle wijzigingen meer passen (${problemen.join(
            ' ',
          )}) Pas deze wijzigingen in het scenario aan of verwijder ze, bekijk de vergelijking opnieuw en stel het daarna vast.`,
          'past-niet-meer',
        );
      }
      const plan = vaststellingsplan(stand.kopie, stand.budgetten, u);
      if (!isLeeg(plan)) await voerUit(trx, plan, stand);
      const gelukt = await repo.updateScenario(trx, id, versie, {
        status: 'vastgesteld',
        besluitdatum: besluit.besluitdatum,
        besluit_kenmerk: besluit.kenmerk,
        besluit_omschrijving: besluit.omschrijving || null,
        vastgesteld_door: g.accountId,
        vastgesteld_op: new Date(),
      });
      if (!gelukt) throw new StaleVersionError(s.versie + 1);
      return plan;
    }),
  );
  return {
    scenario: await getScenario(db, g, id),
    samenvatting: {
      plaatsenGewijzigd: plan.plaatsWijzigingen.length,
      plaatsenToegevoegd: plan.nieuwePlaatsen.length,
      plaatsingenGewijzigd: plan.plaatsingWijzigingen.length,
      plaatsingenToegevoegd: plan.nieuwePlaatsingen.length,
      budgettenGezet: plan.budgetten.length,
    },
  };
}

/** Writes the plan: places first (new ones get their ids), then placements, then budgets. */
async function voerUit(trx: Kysely<Database>, plan: Vaststellingsplan, stand: Stand): Promise<void> {
  for (const w of plan.plaatsWijzigingen) {
    await repo.updatePlaats(trx, w.id, {
      ...(w.velden.einddatum !== undefined ? { einddatum: w.velden.einddatum } : {}),
      ...(w.velden.teamId !== undefined ? { team_id: w.velden.teamId } : {}),
      ...(w.velden.salarisschaal !== undefined ? { salarisschaal: w.velden.salarisschaal } : {}),
      ...(w.velden.fte !== undefined ? { fte: w.velden.fte } : {}),
    });
  }
  const ids = new Map(stand.kopie.map((p) => [p.id, p.id]));
  for (const p of plan.nieuwePlaatsen) {
    ids.set(
      p.sleutel,
      await repo.insertPlaats(trx, {
        team_id: p.teamId,
        functie_naam: p.functieNaam,
        functiefamilie: p.functiefamilie,
        functieniveau: p.functieniveau,
        salarisschaal: p.salarisschaal,
        fte: p.fte,
        ingangsdatum: p.ingangsdatum,
        einddatum: p.einddatum,
        soort: p.soort,
        financiering: p.financiering,
        programma_id: p.programmaId,
        subsidie: p.subsidie,
      }),
    );
  }
  for (const w of plan.plaatsingWijzigingen) {
    await repo.updatePlaatsing(trx, w.id, {
      ...(w.einddatum !== undefined ? { einddatum: w.einddatum } : {}),
      ...(w.plaats !== undefined ? { formatieplaats_id: ids.get(w.plaats)! } : {}),
    });
  }
  for (const p of plan.nieuwePlaatsingen) {
    await repo.insertPlaatsing(trx, {
      formatieplaats_id: ids.get(p.plaats)!,
      medewerker_id: p.medewerkerId,
      fte: p.fte,
      ingangsdatum: p.ingangsdatum,
      einddatum: p.einddatum,
    });
  }
  for (const b of plan.budgetten) await repo.zetBudget(trx, b.teamId, b.jaar, naarEuro(b.bedrag));
}

// --- for the onderbouwd voorstel ---------------------------------------------------------------------

/**
 * The scenario's wijzigingen as the onderbouwd voorstel prints them (issue 13, item 6): names, not
 * ids. A place is described as the earlier wijzigingen leave it (a place moved and then re-scaled is
 * re-scaled in its new team), from the live formatie on the peildatum or the wijziging that adds it.
 */
export async function voorstelWijzigingen(
  db: Kysely<Database>,
  s: repo.ScenarioRij,
): Promise<{
  wijzigingen: VoorstelWijziging[];
  budgetwijzigingen: { team: string; jaar: number; bedrag: number }[];
}> {
  const rijen = await repo.findWijzigingen(db, [s.id]);
  const stand = await laadStand(db, s.peildatum, jaarVan(s.peildatum));
  const programmas = new Map((await findProgrammas(db)).map((p) => [p.id, p.naam]));
  const teamNaam = (id: string | null | undefined) => (id ? (stand.teams.get(id)?.naam ?? '') : '');
  type Plaats = Omit<
    VoorstelWijziging,
    'soort' | 'naarTeam' | 'naarSalarisschaal' | 'naarFte' | 'ingangsdatum'
  >;
  const plaatsen = new Map<string, Plaats>(
    stand.kopie.map((p) => [
      p.id,
      {
        team: teamNaam(p.teamId),
        functie: p.functieNaam,
        salarisschaal: p.salarisschaal,
        fte: p.fte,
        einddatum: p.einddatum,
        plaatssoort: p.soort,
        financiering: p.financiering,
        financieringNaam:
          p.financiering === 'programma'
            ? (programmas.get(p.programmaId ?? '') ?? null)
            : p.financiering === 'subsidie'
              ? p.subsidie
              : null,
      },
    ]),
  );
  const onbekend: Plaats = {
    team: '',
    functie: '(onbekende plaats)',
    salarisschaal: '',
    fte: 0,
    einddatum: null,
    plaatssoort: 'structureel',
    financiering: 'regulier',
    financieringNaam: null,
  };
  const wijzigingen: VoorstelWijziging[] = [];
  const budgetwijzigingen: { team: string; jaar: number; bedrag: number }[] = [];
  for (const r of rijen) {
    const { invoer: w } = leesWijziging(r);
    const ingangsdatum = r.ingangsdatum ?? '';
    if (w.soort === 'budget-wijzigen') {
      budgetwijzigingen.push({ team: teamNaam(w.teamId), jaar: w.jaar ?? 0, bedrag: w.bedrag ?? 0 });
      continue;
    }
    if (w.soort === 'plaats-toevoegen') {
      const p: Plaats = {
        team: teamNaam(w.teamId),
        functie: w.functieNaam ?? '',
        salarisschaal: w.salarisschaal ?? '',
        fte: w.fte ?? 0,
        einddatum: w.einddatum ?? null,
        plaatssoort: w.plaatssoort ?? 'structureel',
        financiering: w.financiering ?? 'regulier',
        financieringNaam:
          w.financiering === 'programma'
            ? (programmas.get(w.programmaId ?? '') ?? null)
            : w.financiering === 'subsidie'
              ? (w.subsidie ?? null)
              : null,
      };
      plaatsen.set(r.id, p);
      wijzigingen.push({
        soort: w.soort,
        ...p,
        naarTeam: null,
        naarSalarisschaal: null,
        naarFte: null,
        ingangsdatum,
      });
      continue;
    }
    const sleutel = w.formatieplaatsId ?? '';
    const p = plaatsen.get(sleutel) ?? onbekend;
    const rij: VoorstelWijziging = {
      soort: w.soort,
      ...p,
      naarTeam: null,
      naarSalarisschaal: null,
      naarFte: null,
      ingangsdatum,
    };
    if (w.soort === 'plaats-verplaatsen') {
      rij.naarTeam = teamNaam(w.teamId);
      plaatsen.set(sleutel, { ...p, team: rij.naarTeam });
    } else if (w.soort === 'plaats-herschalen') {
      rij.naarSalarisschaal = w.salarisschaal ?? null;
      rij.naarFte = w.fte ?? null;
      plaatsen.set(sleutel, {
        ...p,
        salarisschaal: w.salarisschaal ?? p.salarisschaal,
        fte: w.fte ?? p.fte,
      });
    }
    wijzigingen.push(rij);
  }
  return { wijzigingen, budgetwijzigingen };
}
