import { type IsoDatum, plusDagen } from './datum';
import {
  controleerFormatieplaats,
  type Financiering,
  type FormatieSoort,
  formatieCijfers,
  NUL,
  type PlaatsCijfers,
} from './formatie';
import {
  type Cent,
  type Grondslag,
  loonsomTotalen,
  type PlaatsLoonsom,
  plaatsLoonsom,
  ruimte,
} from './loonsom';
import { geldtOp } from './periode';
import type { Probleem } from './probleem';

/**
 * Scenario's (issue 13, item 5): what the formatie would be after a list of wijzigingen, what that
 * costs, and what adopting it must write. Pure: the service reads the live rows and applies this.
 *
 * Decisions, with why:
 * - A scenario is a delta on the live formatie from its peildatum on. Applying it to the rows read
 *   now gives the scenario's formatie; the same application yields the plan that adoption writes,
 *   so adopting and then reading the formatie gives exactly the scenario's figures (property test).
 * - Changes are effective-dated the way the formatie keeps history: a place is never overwritten.
 *   Moving or re-scaling a place from a date ends it the day before and continues it from that date
 *   as a new place with the new team, scale or FTE; the placements running across that date continue
 *   on the new place (the people go with their place), later ones move to it. A change on the very
 *   first day of a (future) place changes that place itself, since there is no history to keep.
 * - Ending a place from a date ends it the day before, and with it the placements that run on: the
 *   scenario shows the formatie without that place. A placement that only starts after that date is
 *   a problem to solve first (in the live formatie), not something a scenario silently deletes.
 * - Wijzigingen apply in their order. Each names a place by the id of the live place or, for a place
 *   the scenario itself adds, by the id of the wijziging that adds it; the part of that place in
 *   force on the wijziging's date is the one changed, so a place can be re-scaled and later moved.
 * - Every wijziging is judged against the formatie the earlier ones left, and all problems are
 *   listed; one that does not apply is skipped, so the scenario stays readable when the live
 *   formatie moved under it (adopting then refuses until it is mended).
 */

export type ScenarioStatus = 'concept' | 'voorgesteld' | 'vastgesteld' | 'verworpen';

export type WijzigingSoort =
  | 'plaats-toevoegen'
  | 'plaats-beeindigen'
  | 'plaats-verplaatsen'
  | 'plaats-herschalen'
  | 'budget-wijzigen';

export interface NieuwePlaatsVelden {
  teamId: string;
  functieNaam: string;
  functiefamilie: string | null;
  functieniveau: string | null;
  salarisschaal: string;
  fte: number;
  einddatum: IsoDatum | null;
  plaatssoort: FormatieSoort;
  financiering: Financiering;
  programmaId: string | null;
  subsidie: string | null;
}

export type Wijziging = { id: string } & (
  | ({ soort: 'plaats-toevoegen'; ingangsdatum: IsoDatum } & NieuwePlaatsVelden)
  | { soort: 'plaats-beeindigen'; ingangsdatum: IsoDatum; formatieplaatsId: string }
  | { soort: 'plaats-verplaatsen'; ingangsdatum: IsoDatum; formatieplaatsId: string; teamId: string }
  | {
      soort: 'plaats-herschalen';
      ingangsdatum: IsoDatum;
      formatieplaatsId: string;
      salarisschaal: string | null;
      fte: number | null;
    }
  | { soort: 'budget-wijzigen'; teamId: string; jaar: number; bedrag: Cent }
);

export interface KopiePlaatsing {
  id: string;
  medewerkerId: string;
  /** The person's scale and trede (for the loonsom). */
  schaal: string;
  trede: number;
  fte: number;
  ingangsdatum: IsoDatum;
  einddatum: IsoDatum | null;
}

/** A live formatieplaats with its placements, as the service reads it. */
export interface KopiePlaats {
  id: string;
  teamId: string;
  functieNaam: string;
  functiefamilie: string | null;
  functieniveau: string | null;
  salarisschaal: string;
  fte: number;
  ingangsdatum: IsoDatum;
  einddatum: IsoDatum | null;
  soort: FormatieSoort;
  financiering: Financiering;
  programmaId: string | null;
  subsidie: string | null;
  plaatsingen: readonly KopiePlaatsing[];
}

export interface ScenarioPlaatsing extends Omit<KopiePlaatsing, 'id'> {
  /** The live id, or a new key when the scenario makes this placement. */
  sleutel: string;
  bestaand: boolean;
}

export interface ScenarioPlaats extends Omit<KopiePlaats, 'id' | 'plaatsingen'> {
  /** The live id, or a new key (`nieuw:…`) when the scenario makes this place. */
  sleutel: string;
  bestaand: boolean;
  /** What wijzigingen call it by: the live place it continues, or the wijziging that added it. */
  oorsprong: string;
  plaatsingen: ScenarioPlaatsing[];
}

export interface Budget {
  teamId: string;
  jaar: number;
  bedrag: Cent;
}

export interface ScenarioContext {
  peildatum: IsoDatum;
  teams: ReadonlyMap<string, { naam: string; opgehevenOp: IsoDatum | null }>;
  /** Whether the salary table in force on the date knows the scale (true when there are no tables). */
  schaalBekend: (schaal: string, datum: IsoDatum) => boolean;
}

export interface ScenarioUitkomst {
  plaatsen: ScenarioPlaats[];
  budgetten: Budget[];
  /** Per wijziging (same order): what is wrong with it; an empty list means it was applied. */
  problemen: Probleem[][];
}

const nl = (d: IsoDatum) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;

/**
 * The rows of one live formatie, made once: every column of a comparison starts from the same
 * objects, so a place no scenario touches is the same object in every column (the loonsom cache of
 * `kolomcijfers` goes by identity). They are never changed: `pasToe` copies a row before it changes
 * one (`eigen`).
 */
const basisVan = new WeakMap<readonly KopiePlaats[], readonly ScenarioPlaats[]>();

/** The scenario's starting point: the live places and placements, as scenario rows (shared, read-only). */
export function alsScenario(kopie: readonly KopiePlaats[]): readonly ScenarioPlaats[] {
  let basis = basisVan.get(kopie);
  if (!basis) {
    basis = maakBasis(kopie);
    basisVan.set(kopie, basis);
  }
  return basis;
}

function maakBasis(kopie: readonly KopiePlaats[]): ScenarioPlaats[] {
  return kopie.map(({ id, plaatsingen, ...rest }) => ({
    ...rest,
    sleutel: id,
    bestaand: true,
    oorsprong: id,
    plaatsingen: plaatsingen.map(({ id: pid, ...p }) => ({ ...p, sleutel: pid, bestaand: true })),
  }));
}

function teamProblemen(
  ctx: ScenarioContext,
  teamId: string,
  van: IsoDatum,
  tot: IsoDatum | null,
): Probleem[] {
  const team = ctx.teams.get(teamId);
  if (!team) return [{ veld: 'teamId', code: 'bestaat-niet', melding: 'Dit team bestaat niet.' }];
  if (team.opgehevenOp !== null && (tot === null || tot > team.opgehevenOp || van > team.opgehevenOp)) {
    return [
      {
        veld: 'teamId',
        code: 'team-opgeheven',
        melding: `Team ${team.naam} is opgeheven op ${nl(team.opgehevenOp)}; een plaats daar eindigt uiterlijk dan.`,
      },
    ];
  }
  return [];
}

function fteProblemen(fte: number): Probleem[] {
  return fte > 0 && fte <= 99
    ? []
    : [{ veld: 'fte', code: 'buiten-bereik', melding: 'De fte is groter dan 0 en hoogstens 99.' }];
}

function schaalProblemen(ctx: ScenarioContext, schaal: string, datum: IsoDatum): Probleem[] {
  return ctx.schaalBekend(schaal, datum)
    ? []
    : [
        {
          veld: 'salarisschaal',
          code: 'onbekende-schaal',
          melding: `De salaristabel die op ${nl(datum)} geldt, kent schaal ${schaal} niet.`,
        },
      ];
}

/** The list being changed, and which of its rows are this application's own copies. */
interface Werklijst {
  plaatsen: ScenarioPlaats[];
  eigen: Set<ScenarioPlaats>;
}

/** The row to change: the shared row is replaced by a copy the first time (copy-on-write). */
function eigen(w: Werklijst, deel: ScenarioPlaats): ScenarioPlaats {
  if (w.eigen.has(deel)) return deel;
  const kopie = { ...deel };
  w.plaatsen[w.plaatsen.indexOf(deel)] = kopie;
  w.eigen.add(kopie);
  return kopie;
}

/** The part of the place (live id or adding wijziging's id) in force on the date. */
function zoek(
  plaatsen: readonly ScenarioPlaats[],
  oorsprong: string,
  datum: IsoDatum,
): ScenarioPlaats | Probleem {
  const delen = plaatsen.filter((p) => p.oorsprong === oorsprong);
  const deel = delen.find((p) => geldtOp(p, datum));
  if (deel) return deel;
  return delen.length === 0
    ? { veld: 'formatieplaatsId', code: 'bestaat-niet', melding: 'Deze formatieplaats bestaat niet (meer).' }
    : {
        veld: 'formatieplaatsId',
        code: 'niet-in-kracht',
        melding: `Deze formatieplaats geldt op ${nl(datum)} niet (meer); kies een datum waarop ze loopt.`,
      };
}

const isProbleem = (x: ScenarioPlaats | Probleem): x is Probleem => 'code' in x;

/**
 * Splits a place at `datum` and gives the part from `datum` on the new attributes: see the module
 * comment. Mutates the (copied) list.
 */
function splits(
  lijst: Werklijst,
  gevonden: ScenarioPlaats,
  datum: IsoDatum,
  sleutel: string,
  velden: Partial<Pick<ScenarioPlaats, 'teamId' | 'salarisschaal' | 'fte'>>,
): void {
  const deel = eigen(lijst, gevonden);
  if (datum === deel.ingangsdatum) {
    Object.assign(deel, velden);
    return;
  }
  const dagErvoor = plusDagen(datum, -1);
  const vervolg: ScenarioPlaats = {
    ...deel,
    ...velden,
    sleutel,
    bestaand: false,
    ingangsdatum: datum,
    plaatsingen: [],
  };
  const blijft: ScenarioPlaatsing[] = [];
  for (const p of deel.plaatsingen) {
    if (p.ingangsdatum >= datum) {
      vervolg.plaatsingen.push(p);
    } else if (p.einddatum === null || p.einddatum >= datum) {
      blijft.push({ ...p, einddatum: dagErvoor });
      vervolg.plaatsingen.push({
        ...p,
        sleutel: `${sleutel}/${p.sleutel}`,
        bestaand: false,
        ingangsdatum: datum,
      });
    } else {
      blijft.push(p);
    }
  }
  deel.einddatum = dagErvoor;
  deel.plaatsingen = blijft;
  lijst.plaatsen.push(vervolg);
  lijst.eigen.add(vervolg);
}

/** Everything wrong with one wijziging against the formatie so far; applies it when nothing is. */
function pasEenToe(
  lijst: Werklijst,
  budgetten: Map<string, Budget>,
  w: Wijziging,
  ctx: ScenarioContext,
): Probleem[] {
  if (w.soort === 'budget-wijzigen') {
    const problemen: Probleem[] = [];
    if (!ctx.teams.has(w.teamId)) {
      problemen.push({ veld: 'teamId', code: 'bestaat-niet', melding: 'Dit team bestaat niet.' });
    }
    if (w.jaar < Number(ctx.peildatum.slice(0, 4))) {
      problemen.push({
        veld: 'jaar',
        code: 'voor-peildatum',
        melding: `Het scenario gaat uit van de formatie op ${nl(ctx.peildatum)}; een budget geldt voor dat jaar of later.`,
      });
    }
    if (!(w.bedrag >= 0)) {
      problemen.push({ veld: 'bedrag', code: 'negatief', melding: 'Een budget is 0 of meer.' });
    }
    if (problemen.length === 0) {
      budgetten.set(`${w.teamId}|${w.jaar}`, { teamId: w.teamId, jaar: w.jaar, bedrag: w.bedrag });
    }
    return problemen;
  }
  const problemen: Probleem[] = [];
  if (w.ingangsdatum < ctx.peildatum) {
    problemen.push({
      veld: 'ingangsdatum',
      code: 'voor-peildatum',
      melding: `De wijziging gaat in vóór de peildatum van het scenario (${nl(ctx.peildatum)}).`,
    });
  }
  if (w.soort === 'plaats-toevoegen') {
    problemen.push(
      ...controleerFormatieplaats({
        ingangsdatum: w.ingangsdatum,
        einddatum: w.einddatum,
        soort: w.plaatssoort,
        financiering: w.financiering,
        programmaId: w.programmaId,
        subsidie: w.subsidie,
      }),
      ...teamProblemen(ctx, w.teamId, w.ingangsdatum, w.einddatum),
      ...fteProblemen(w.fte),
      ...schaalProblemen(ctx, w.salarisschaal, w.ingangsdatum),
    );
    if (problemen.length > 0) return problemen;
    const nieuw: ScenarioPlaats = {
      sleutel: `nieuw:${w.id}`,
      bestaand: false,
      oorsprong: w.id,
      teamId: w.teamId,
      functieNaam: w.functieNaam,
      functiefamilie: w.functiefamilie,
      functieniveau: w.functieniveau,
      salarisschaal: w.salarisschaal,
      fte: w.fte,
      ingangsdatum: w.ingangsdatum,
      einddatum: w.einddatum,
      soort: w.plaatssoort,
      financiering: w.financiering,
      programmaId: w.programmaId,
      subsidie: w.subsidie,
      plaatsingen: [],
    };
    lijst.plaatsen.push(nieuw);
    lijst.eigen.add(nieuw);
    return [];
  }
  const gevonden = zoek(lijst.plaatsen, w.formatieplaatsId, w.ingangsdatum);
  if (isProbleem(gevonden)) return [...problemen, gevonden];
  const deel = gevonden;
  if (w.soort === 'plaats-beeindigen') {
    if (w.ingangsdatum === deel.ingangsdatum) {
      problemen.push({
        veld: 'ingangsdatum',
        code: 'op-ingangsdatum',
        melding: `De plaats begint op ${nl(deel.ingangsdatum)}; kies een latere datum, of voeg haar niet toe.`,
      });
    }
    const later = deel.plaatsingen.filter((p) => p.ingangsdatum >= w.ingangsdatum);
    if (later.length > 0) {
      problemen.push({
        veld: 'ingangsdatum',
        code: 'plaatsing-na-einde',
        melding: `Op deze plaats begint ${later.length === 1 ? 'een plaatsing' : `${later.length} plaatsingen`} op of na ${nl(
          w.ingangsdatum,
        )}; beëindig of verplaats die eerst.`,
      });
    }
    if (problemen.length > 0) return problemen;
    const dagErvoor = plusDagen(w.ingangsdatum, -1);
    const eind = eigen(lijst, deel);
    eind.einddatum = dagErvoor;
    eind.plaatsingen = eind.plaatsingen.map((p) =>
      p.einddatum === null || p.einddatum > dagErvoor ? { ...p, einddatum: dagErvoor } : p,
    );
    return [];
  }
  if (w.soort === 'plaats-verplaatsen') {
    if (w.teamId === deel.teamId) {
      problemen.push({ veld: 'teamId', code: 'zelfde-team', melding: 'De plaats hoort al bij dit team.' });
    } else {
      problemen.push(...teamProblemen(ctx, w.teamId, w.ingangsdatum, deel.einddatum));
    }
    if (problemen.length > 0) return problemen;
    splits(lijst, deel, w.ingangsdatum, `nieuw:${w.id}`, { teamId: w.teamId });
    return [];
  }
  // plaats-herschalen
  if (w.salarisschaal === null && w.fte === null) {
    problemen.push({
      veld: 'salarisschaal',
      code: 'verplicht',
      melding: 'Geef een nieuwe salarisschaal, een nieuwe fte, of beide.',
    });
  }
  if (w.fte !== null) problemen.push(...fteProblemen(w.fte));
  if (w.salarisschaal !== null) problemen.push(...schaalProblemen(ctx, w.salarisschaal, w.ingangsdatum));
  if (
    problemen.length === 0 &&
    (w.salarisschaal ?? deel.salarisschaal) === deel.salarisschaal &&
    (w.fte ?? deel.fte) === deel.fte
  ) {
    problemen.push({
      veld: 'salarisschaal',
      code: 'geen-wijziging',
      melding: 'De plaats heeft deze schaal en fte al.',
    });
  }
  if (problemen.length > 0) return problemen;
  splits(lijst, deel, w.ingangsdatum, `nieuw:${w.id}`, {
    ...(w.salarisschaal !== null ? { salarisschaal: w.salarisschaal } : {}),
    ...(w.fte !== null ? { fte: w.fte } : {}),
  });
  return [];
}

/**
 * The scenario's formatie and budgets: the wijzigingen applied in order to the live places and
 * budgets, each judged against what the earlier ones left. The input is not changed.
 */
export function pasToe(
  kopie: readonly KopiePlaats[],
  budgetten: readonly Budget[],
  wijzigingen: readonly Wijziging[],
  ctx: ScenarioContext,
): ScenarioUitkomst {
  const lijst: Werklijst = { plaatsen: [...alsScenario(kopie)], eigen: new Set() };
  const budget = new Map(budgetten.map((b) => [`${b.teamId}|${b.jaar}`, { ...b }]));
  const problemen = wijzigingen.map((w) => pasEenToe(lijst, budget, w, ctx));
  return { plaatsen: lijst.plaatsen, budgetten: [...budget.values()], problemen };
}

/** The problems of all wijzigingen, each field named by its place in the list (`wijzigingen[2].teamId`). */
export const alleProblemen = (u: Pick<ScenarioUitkomst, 'problemen'>): Probleem[] =>
  u.problemen.flatMap((lijst, i) => lijst.map((p) => ({ ...p, veld: `wijzigingen[${i}].${p.veld}` })));

// --- what adoption writes ---------------------------------------------------------------------------

export interface Vaststellingsplan {
  /** Live places whose period, team, scale or FTE change. */
  plaatsWijzigingen: {
    id: string;
    velden: Partial<Pick<ScenarioPlaats, 'einddatum' | 'teamId' | 'salarisschaal' | 'fte'>>;
  }[];
  /** New places, by their key (placements refer to it). */
  nieuwePlaatsen: Omit<ScenarioPlaats, 'plaatsingen' | 'bestaand' | 'oorsprong'>[];
  /** Live placements that end earlier or move to another place (a live id or a new place's key). */
  plaatsingWijzigingen: { id: string; einddatum?: IsoDatum | null; plaats?: string }[];
  nieuwePlaatsingen: {
    plaats: string;
    medewerkerId: string;
    fte: number;
    ingangsdatum: IsoDatum;
    einddatum: IsoDatum | null;
  }[];
  /** Budgets set (new, or changed in amount). */
  budgetten: Budget[];
}

/**
 * What adopting writes: the difference between the live rows and the scenario's. Only rows that
 * change appear, so adopting a scenario whose wijzigingen undo each other writes nothing.
 */
export function vaststellingsplan(
  kopie: readonly KopiePlaats[],
  liveBudgetten: readonly Budget[],
  u: ScenarioUitkomst,
): Vaststellingsplan {
  const live = new Map(kopie.map((p) => [p.id, p]));
  const livePlaatsingen = new Map(
    kopie.flatMap((p) => p.plaatsingen.map((x) => [x.id, { plaatsing: x, plaats: p.id }] as const)),
  );
  const plan: Vaststellingsplan = {
    plaatsWijzigingen: [],
    nieuwePlaatsen: [],
    plaatsingWijzigingen: [],
    nieuwePlaatsingen: [],
    budgetten: [],
  };
  for (const p of u.plaatsen) {
    if (p.bestaand) {
      const oud = live.get(p.sleutel)!;
      const velden: Vaststellingsplan['plaatsWijzigingen'][number]['velden'] = {};
      if (oud.einddatum !== p.einddatum) velden.einddatum = p.einddatum;
      if (oud.teamId !== p.teamId) velden.teamId = p.teamId;
      if (oud.salarisschaal !== p.salarisschaal) velden.salarisschaal = p.salarisschaal;
      if (oud.fte !== p.fte) velden.fte = p.fte;
      if (Object.keys(velden).length > 0) plan.plaatsWijzigingen.push({ id: p.sleutel, velden });
    } else {
      const { plaatsingen: _p, bestaand: _b, oorsprong: _o, ...velden } = p;
      plan.nieuwePlaatsen.push(velden);
    }
    for (const x of p.plaatsingen) {
      if (x.bestaand) {
        const oud = livePlaatsingen.get(x.sleutel)!;
        const w: Vaststellingsplan['plaatsingWijzigingen'][number] = { id: x.sleutel };
        if (oud.plaatsing.einddatum !== x.einddatum) w.einddatum = x.einddatum;
        if (oud.plaats !== p.sleutel) w.plaats = p.sleutel;
        if (w.einddatum !== undefined || w.plaats !== undefined) plan.plaatsingWijzigingen.push(w);
      } else {
        plan.nieuwePlaatsingen.push({
          plaats: p.sleutel,
          medewerkerId: x.medewerkerId,
          fte: x.fte,
          ingangsdatum: x.ingangsdatum,
          einddatum: x.einddatum,
        });
      }
    }
  }
  const oudBudget = new Map(liveBudgetten.map((b) => [`${b.teamId}|${b.jaar}`, b.bedrag]));
  for (const b of u.budgetten) {
    if (oudBudget.get(`${b.teamId}|${b.jaar}`) !== b.bedrag) plan.budgetten.push(b);
  }
  return plan;
}

/** Whether adopting would write anything at all. */
export const isLeeg = (plan: Vaststellingsplan): boolean =>
  plan.plaatsWijzigingen.length +
    plan.nieuwePlaatsen.length +
    plan.plaatsingWijzigingen.length +
    plan.nieuwePlaatsingen.length +
    plan.budgetten.length ===
  0;

// --- the figures a comparison shows ----------------------------------------------------------------

export interface Kolomcijfers {
  /** Formatie, bezetting, vacature and boventallig on the date, in ten-thousandths of an FTE. */
  fte: PlaatsCijfers;
  loonsom: { jaar: number; totaal: Cent; vacatures: Cent; budget: Cent | null; ruimte: Cent | null }[];
}

/**
 * Per team and for the organisation: the formatie figures on `datum` and the loonsom for `jaren`
 * against the budgets (the organisation's budget is the sum of the teams' in that year, null when no
 * team has one), with the existing formatie and loonsom rules, so a column of a scenario with no
 * wijzigingen equals what the formatie and loonsom pages show.
 */
export function kolomcijfers(
  g: Grondslag,
  plaatsen: readonly ScenarioPlaats[],
  budgetten: readonly Budget[],
  datum: IsoDatum,
  jaren: readonly number[],
  cache?: WeakMap<ScenarioPlaats, PlaatsLoonsom>,
): { teams: Map<string, Kolomcijfers>; organisatie: Kolomcijfers } {
  const fte = formatieCijfers(plaatsen, datum);
  const loonsom = loonsomTotalen(
    plaatsen.map((p) => {
      const invoer = {
        id: p.sleutel,
        teamId: p.teamId,
        salarisschaal: p.salarisschaal,
        fte: p.fte,
        ingangsdatum: p.ingangsdatum,
        einddatum: p.einddatum,
        plaatsingen: p.plaatsingen,
      };
      if (!cache) return plaatsLoonsom(g, invoer, jaren);
      let berekend = cache.get(p);
      if (!berekend) {
        berekend = plaatsLoonsom(g, invoer, jaren);
        cache.set(p, berekend);
      }
      return berekend;
    }),
    jaren,
  );
  const budget = new Map(budgetten.map((b) => [`${b.teamId}|${b.jaar}`, b.bedrag]));
  const teamIds = new Set([...fte.teams.keys(), ...loonsom.teams.keys(), ...budgetten.map((b) => b.teamId)]);
  const jarenVan = (
    totalen: { jaar: number; totaal: Cent; vacature: Cent }[] | undefined,
    b: (j: number) => Cent | null,
  ) =>
    jaren.map((jaar, i) => {
      const t = totalen?.[i] ?? { jaar, totaal: 0, vacature: 0 };
      const bj = b(jaar);
      return { jaar, totaal: t.totaal, vacatures: t.vacature, budget: bj, ruimte: ruimte(bj, t.totaal) };
    });
  const teams = new Map<string, Kolomcijfers>();
  for (const teamId of teamIds) {
    teams.set(teamId, {
      fte: fte.teams.get(teamId) ?? NUL,
      loonsom: jarenVan(loonsom.teams.get(teamId), (j) => budget.get(`${teamId}|${j}`) ?? null),
    });
  }
  const orgBudget = (j: number) => {
    const rijen = budgetten.filter((b) => b.jaar === j);
    return rijen.length === 0 ? null : rijen.reduce((s, b) => s + b.bedrag, 0);
  };
  return { teams, organisatie: { fte: fte.organisatie, loonsom: jarenVan(loonsom.organisatie, orgBudget) } };
}

/** The date a comparison shows FTE on by default: when every wijziging is in force. */
export function standaardVergelijkingsdatum(
  scenarios: readonly { peildatum: IsoDatum; wijzigingen: readonly Wijziging[] }[],
): IsoDatum {
  let datum = scenarios[0]?.peildatum ?? '1900-01-01';
  for (const s of scenarios) {
    if (s.peildatum > datum) datum = s.peildatum;
    for (const w of s.wijzigingen)
      if (w.soort !== 'budget-wijzigen' && w.ingangsdatum > datum) datum = w.ingangsdatum;
  }
  return datum;
}

// --- input --------------------------------------------------------------------------------------------

/** A wijziging as a request gives it: every field optional, `soort` says which are needed. */
export interface WijzigingInvoer {
  soort: WijzigingSoort;
  ingangsdatum?: IsoDatum | undefined;
  formatieplaatsId?: string | undefined;
  teamId?: string | undefined;
  functieNaam?: string | undefined;
  functiefamilie?: string | null | undefined;
  functieniveau?: string | null | undefined;
  salarisschaal?: string | undefined;
  fte?: number | undefined;
  einddatum?: IsoDatum | null | undefined;
  plaatssoort?: FormatieSoort | undefined;
  financiering?: Financiering | undefined;
  programmaId?: string | null | undefined;
  subsidie?: string | null | undefined;
  jaar?: number | undefined;
  /** In euro. */
  bedrag?: number | undefined;
}

type Veld = Exclude<keyof WijzigingInvoer, 'soort'>;

const NODIG: Record<WijzigingSoort, { verplicht: Veld[]; mag: Veld[] }> = {
  'plaats-toevoegen': {
    verplicht: [
      'ingangsdatum',
      'teamId',
      'functieNaam',
      'salarisschaal',
      'fte',
      'plaatssoort',
      'financiering',
    ],
    mag: ['functiefamilie', 'functieniveau', 'einddatum', 'programmaId', 'subsidie'],
  },
  'plaats-beeindigen': { verplicht: ['ingangsdatum', 'formatieplaatsId'], mag: [] },
  'plaats-verplaatsen': { verplicht: ['ingangsdatum', 'formatieplaatsId', 'teamId'], mag: [] },
  'plaats-herschalen': { verplicht: ['ingangsdatum', 'formatieplaatsId'], mag: ['salarisschaal', 'fte'] },
  'budget-wijzigen': { verplicht: ['teamId', 'jaar', 'bedrag'], mag: [] },
};

const leeg = (v: unknown) => v === undefined || v === null || v === '';

/**
 * The wijziging the input describes, or every field it lacks or should not have for its soort. A
 * field of another soort is refused rather than ignored, so a client learns it was not used.
 */
export function wijzigingUitInvoer(
  id: string,
  v: WijzigingInvoer,
): { wijziging: Wijziging; problemen: [] } | { wijziging: null; problemen: Probleem[] } {
  const { verplicht, mag } = NODIG[v.soort];
  const problemen: Probleem[] = [];
  for (const veld of verplicht) {
    if (leeg(v[veld])) {
      problemen.push({ veld, code: 'verplicht', melding: `Een wijziging ${v.soort} heeft ${veld} nodig.` });
    }
  }
  for (const veld of Object.keys(v) as (keyof WijzigingInvoer)[]) {
    if (veld === 'soort' || verplicht.includes(veld) || mag.includes(veld) || leeg(v[veld])) continue;
    problemen.push({
      veld,
      code: 'niet-van-toepassing',
      melding: `Een wijziging ${v.soort} heeft geen ${veld}.`,
    });
  }
  if (problemen.length > 0) return { wijziging: null, problemen };
  const d = v.ingangsdatum as IsoDatum;
  const w: Wijziging = (() => {
    switch (v.soort) {
      case 'plaats-toevoegen':
        return {
          id,
          soort: v.soort,
          ingangsdatum: d,
          teamId: v.teamId!,
          functieNaam: v.functieNaam!,
          functiefamilie: v.functiefamilie || null,
          functieniveau: v.functieniveau || null,
          salarisschaal: v.salarisschaal!,
          fte: v.fte!,
          einddatum: v.einddatum ?? null,
          plaatssoort: v.plaatssoort!,
          financiering: v.financiering!,
          programmaId: v.programmaId ?? null,
          subsidie: v.subsidie || null,
        };
      case 'plaats-beeindigen':
        return { id, soort: v.soort, ingangsdatum: d, formatieplaatsId: v.formatieplaatsId! };
      case 'plaats-verplaatsen':
        return {
          id,
          soort: v.soort,
          ingangsdatum: d,
          formatieplaatsId: v.formatieplaatsId!,
          teamId: v.teamId!,
        };
      case 'plaats-herschalen':
        return {
          id,
          soort: v.soort,
          ingangsdatum: d,
          formatieplaatsId: v.formatieplaatsId!,
          salarisschaal: v.salarisschaal ?? null,
          fte: v.fte ?? null,
        };
      case 'budget-wijzigen':
        return { id, soort: v.soort, teamId: v.teamId!, jaar: v.jaar!, bedrag: Math.round(v.bedrag! * 100) };
    }
  })();
  return { wijziging: w, problemen: [] };
}

/**
 * Whether a scale is in the salary table in force on a date (by month, as the loonsom reads tables;
 * before the first table, the first). Without any table nothing can be judged, so every scale passes.
 */
export function schaalBekendIn(g: Pick<Grondslag, 'tabellen'>): (schaal: string, datum: IsoDatum) => boolean {
  return (schaal, datum) => {
    if (g.tabellen.length === 0) return true;
    let tabel = g.tabellen[0]!;
    for (const t of g.tabellen) if (t.geldigVanaf.slice(0, 7) <= datum.slice(0, 7)) tabel = t;
    return (tabel.schalen.get(schaal)?.size ?? 0) > 0;
  };
}
