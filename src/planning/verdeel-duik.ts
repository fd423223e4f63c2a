import type { Highs } from 'highs';
import type { Paar, VerdeelInstantie } from '../domain/verdeling';
import { GeprijsdeLp } from './verdeel-lp';

/**
 * An LP dive: the quickest way we found to a near-optimal proposal on large instances.
 *
 * The LP is the MIP's relaxation with the binaries eliminated: in the relaxation y_p = x_p / bovengrens
 * is always best, and then x_p ≥ minimum · y_p holds by itself, so only the hours x_p remain. The
 * dossier limit is left out too: in the relaxation it almost never binds (measured at 5,000 × 800:
 * the bound moves by 0.001%) while its rows double the LP and its solve time. Leaving constraints
 * out of a maximisation keeps the bound valid. The dive enforces the limit itself when it rounds
 * (Belofte), so its proposal keeps it. What remains is a network flow: hours from team to person
 * to vraag, each capped.
 *
 * That LP ignores the minimum useful assignment, so its solution has pieces of a few hours. The dive
 * repeats: keep every pair that has at least the minimum (x_p ≥ minimum from then on), round every
 * fractional pair to the nearer of 0 and the minimum, and re-solve from the previous basis (a few
 * hundred milliseconds even at 5,000 × 800, where the first LP takes seconds). A pair is
 * only rounded up while the minimums already promised fit the person, the team, the vraag and the
 * person's dossier slots, so every LP in the dive stays feasible. When no fractional pair is left,
 * the LP solution is a valid proposal: every pair has 0 or at least the minimum.
 */
export interface DuikUitkomst {
  /** Hours a week per pair (index as in `paren`), 0 or at least the minimum. */
  uren: Float64Array;
  /**
   * The first LP's bound (verdeel-lp.ts): proven for every proposal from these pairs, and the LP's
   * own value when pricing finished in time.
   */
  lpGrens: number;
  /** The first LP's hours per pair (0 for pairs it never priced in), for other rounding heuristics. */
  lpUren: Float64Array;
  /**
   * The first LP's reduced cost per pair: what one hour more on it would change the objective by
   * (≤ 0 for a pair the LP leaves empty). Pairs near 0 are the ones worth modelling.
   */
  gereduceerd: Float64Array;
  rondes: number;
}

const EPS = 1e-6;
/**
 * Up to HEEL_LP pairs the first LP gets them all (at 5,000 × 800, 71,000 pairs: 1.8 s, against
 * 2.1 s priced). Above it, it starts from greedy's pairs and the best BEGIN_PER_VRAAG per vraag by
 * weight and prices in at most PER_RONDE per vraag a round: at 25,000 × 3,000 (1.3 million pairs)
 * it converges in 7 rounds and about 50 s with 380,000 of them, where the whole LP did not finish
 * in 120 s.
 */
const HEEL_LP = 150_000;
const BEGIN_PER_VRAAG = 10;
const PER_RONDE = 40;

export function duik(
  h: Highs,
  inst: VerdeelInstantie,
  paren: readonly Paar[],
  opties: {
    /** After this moment (performance.now()) the dive rounds everything that is left. */
    deadline: number;
    /** For the first LP: past this the dive gives up (null). */
    tijdslimietSeconden: number;
    rondesMax?: number;
    /** Pairs per vraag in the first LP before pricing (tests set it low to exercise pricing). */
    beginPerVraag?: number;
    /** Pairs in the first LP from the start, e.g. greedy's: its LP is then worth at least greedy. */
    beginParen?: Iterable<number>;
    /** Called with the bound as soon as the first LP is solved, before the rounding starts. */
    naLp?: (lpGrens: number) => void;
  },
): DuikUitkomst | null {
  const min = inst.minimumUren;
  const begin = performance.now();
  // The first LP over every pair, priced (verdeel-lp.ts); the dive then works on its columns.
  const beginPerVraag =
    opties.beginPerVraag ?? (paren.length <= HEEL_LP ? Number.POSITIVE_INFINITY : BEGIN_PER_VRAAG);
  using lp = new GeprijsdeLp(h, inst, paren, beginPerVraag, opties.beginParen);
  const eerste = lp.los(begin + opties.tijdslimietSeconden * 1000, PER_RONDE);
  if (!eerste) return null;
  const { grens: lpGrens, uren: lpUren, gereduceerd } = eerste;
  opties.naLp?.(lpGrens);
  const kolPaar = lp.kolPaar;
  const n = kolPaar.length;
  let x = lp.model.getSolution().colValue;

  const belofte = new Belofte(inst);
  // 0: open, 1: at least the minimum, 2: none.
  const vast = new Uint8Array(n);
  const rondesMax = opties.rondesMax ?? 40;
  // Past half the rounds or half the time, pairs the LP leaves at 0 are closed too: no new pieces
  // can appear, and the dive ends within a round or two.
  const halverwege = begin + (opties.deadline - begin) / 2;
  let rondes = 1;
  for (;;) {
    const laatste = rondes >= rondesMax || performance.now() > opties.deadline;
    const sluiten = rondes >= rondesMax / 2 || performance.now() > halverwege;
    const omhoog: number[] = [];
    const omlaag: number[] = [];
    let fractioneel = 0;
    const open: number[] = [];
    for (let i = 0; i < n; i++) {
      if (vast[i] !== 0) continue;
      if ((x[i] ?? 0) > EPS) open.push(i);
      else if (sluiten) {
        vast[i] = 2;
        omlaag.push(i);
      }
    }
    // Pairs with the most hours first: they are the surest to stay.
    open.sort((a, b) => (x[b] ?? 0) - (x[a] ?? 0));
    for (const i of open) {
      const u = x[i] ?? 0;
      const heel = u >= min - EPS;
      if (!heel) fractioneel++;
      const p = paren[kolPaar[i]!]!;
      if ((heel || (!laatste && u >= min / 2)) && belofte.past(p)) {
        belofte.neem(p);
        vast[i] = 1;
        omhoog.push(i);
      } else if (!heel || !belofte.past(p)) {
        vast[i] = 2;
        omlaag.push(i);
      }
    }
    if (fractioneel === 0 && omlaag.length === 0) break;
    // Rounded up: at least the minimum (and the dossier taken); rounded down: nothing.
    const grenzen = new Map<number, [number, number]>();
    for (const i of omlaag) grenzen.set(i, [0, 0]);
    for (const i of omhoog) grenzen.set(i, [min, paren[kolPaar[i]!]!.bovengrens]);
    const kolommen = [...grenzen.keys()].sort((a, b) => a - b); // HiGHS wants them increasing
    lp.model.changeColsBounds(
      { kind: 'set', indices: Int32Array.from(kolommen) },
      Float64Array.from(kolommen, (k) => grenzen.get(k)![0]),
      Float64Array.from(kolommen, (k) => grenzen.get(k)![1]),
    );
    // A re-solve starts from the last basis and takes a fraction of the first; the deadline only
    // decides when to stop rounding, never cuts a solve short (that would leave no valid proposal).
    lp.model.options.set({ time_limit: opties.tijdslimietSeconden });
    lp.model.zeroAllClocks();
    lp.model.run();
    rondes++;
    if (lp.model.getModelStatus() !== h.constants.modelStatus.optimal) return null;
    x = lp.model.getSolution().colValue;
  }
  const uren = new Float64Array(paren.length);
  for (let i = 0; i < n; i++) {
    const u = x[i] ?? 0;
    // Whole hundredths, rounded down so capacities hold; the minimum itself is kept exactly.
    uren[kolPaar[i]!] = u >= min - EPS ? Math.max(min, Math.floor(u * 100 + 1e-6) / 100) : 0;
  }
  return { uren, lpGrens, lpUren, gereduceerd, rondes };
}

/** The minimums and dossier slots promised by the pairs kept so far. */
export class Belofte {
  private readonly mw: Float64Array;
  private readonly vraag: Float64Array;
  private readonly team = new Map<string, number>();
  private readonly ruimte: Map<string, number>;
  private readonly nieuw = new Map<number, Set<string>>();

  constructor(private readonly inst: VerdeelInstantie) {
    this.mw = new Float64Array(inst.medewerkers.length);
    this.vraag = new Float64Array(inst.vragen.length);
    this.ruimte = new Map(inst.teams.map((t) => [t.id, Math.max(0, t.ruimte)]));
  }

  past(p: Paar): boolean {
    const min = this.inst.minimumUren;
    const mw = this.inst.medewerkers[p.m]!;
    const vr = this.inst.vragen[p.v]!;
    if (this.mw[p.m]! + min > mw.vrij + EPS) return false;
    if (this.vraag[p.v]! + min > vr.urenPerWeek + EPS) return false;
    if ((this.team.get(mw.teamId) ?? 0) + min > (this.ruimte.get(mw.teamId) ?? 0) + EPS) return false;
    if (p.alOpDossier) return true;
    const eigen = this.nieuw.get(p.m);
    return (
      (eigen?.has(vr.dossierId) ?? false) || (eigen?.size ?? 0) < this.inst.maxDossiers - mw.dossiers.length
    );
  }

  neem(p: Paar) {
    const min = this.inst.minimumUren;
    const mw = this.inst.medewerkers[p.m]!;
    this.mw[p.m]! += min;
    this.vraag[p.v]! += min;
    this.team.set(mw.teamId, (this.team.get(mw.teamId) ?? 0) + min);
    if (!p.alOpDossier) {
      const eigen = this.nieuw.get(p.m) ?? new Set<string>();
      eigen.add(this.inst.vragen[p.v]!.dossierId);
      this.nieuw.set(p.m, eigen);
    }
  }
}
