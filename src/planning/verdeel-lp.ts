import type { Highs, Model, SymbolDisposable } from 'highs';
import type { Paar, VerdeelInstantie } from '../domain/verdeling';

/**
 * The compact LP over every pair, priced instead of built whole (column generation). Most pairs of
 * a large instance never carry an hour in the LP, yet each costs the simplex time: at 5,000 × 800
 * there are 71,000 pairs, at 25,000 × 3,000 over a million. So the LP starts from the likeliest pairs
 * (per vraag the best by weight) and adds, round by round, the pairs whose reduced cost under the
 * current duals is positive, until none is: then the LP is optimal over every pair.
 *
 * The bound never depends on reaching that point. For any row duals y ≥ 0, weak duality gives for
 * every proposal x (within its pairs' upper bounds u):
 *   Σ_p w_p x_p ≤ Σ_r y_r b_r + Σ_p u_p · max(0, w_p − y·a_p),
 * so that sum, taken over all pairs, is a valid bound at every round, and equals the LP's value once
 * no pair prices out. A time limit therefore leaves a weaker bound, never a false one.
 *
 * Rows: one per person (free hours), team (room beside its reservering) and vraag (demand).
 */
export class GeprijsdeLp implements Disposable {
  readonly model: SymbolDisposable<Model>;
  /** The pair of each LP column, in column order. */
  readonly kolPaar: number[] = [];
  private readonly inModel: Uint8Array;
  private readonly rijM: Int32Array;
  private readonly rijT: Int32Array;
  private readonly rijV: Int32Array;
  private readonly rechts: Float64Array;

  constructor(
    private readonly h: Highs,
    inst: VerdeelInstantie,
    private readonly paren: readonly Paar[],
    startPerVraag: number,
    /** Pairs that start in the LP whatever their weight (a proposal's: then the LP is worth as much). */
    verplicht: Iterable<number> = [],
  ) {
    const M = inst.medewerkers.length;
    const T = inst.teams.length;
    const tIndex = new Map(inst.teams.map((t, i) => [t.id, i]));
    this.rijM = Int32Array.from({ length: M }, (_, m) => m);
    this.rijT = Int32Array.from(inst.medewerkers, (m) => M + (tIndex.get(m.teamId) ?? 0));
    this.rijV = Int32Array.from({ length: inst.vragen.length }, (_, v) => M + T + v);
    this.rechts = Float64Array.from([
      ...inst.medewerkers.map((m) => Math.max(0, m.vrij)),
      ...inst.teams.map((t) => Math.max(0, t.ruimte)),
      ...inst.vragen.map((v) => Math.max(0, v.urenPerWeek)),
    ]);
    // A pair of a person without a team row would have nowhere to count: give it none.
    for (let m = 0; m < M; m++) if (!tIndex.has(inst.medewerkers[m]!.teamId)) this.rijT[m] = -1;
    this.inModel = new Uint8Array(paren.length);
    const start = [
      ...new Set([...besteParenPerVraag(paren, inst.vragen.length, startPerVraag), ...verplicht]),
    ];
    const n = this.rechts.length;
    this.model = h.createModel({
      numCols: 0,
      numRows: n,
      sense: h.constants.objectiveSense.maximize,
      colCost: new Float64Array(0),
      colLower: new Float64Array(0),
      colUpper: new Float64Array(0),
      rowLower: new Float64Array(n).fill(-h.infinity),
      rowUpper: this.rechts,
      matrix: {
        format: 'csc',
        numRows: n,
        numCols: 0,
        starts: Int32Array.from([0]),
        indices: new Int32Array(0),
        values: new Float64Array(0),
      },
    });
    this.model.options.set({ output_flag: false });
    this.voegToe(start);
  }

  [Symbol.dispose]() {
    this.model[Symbol.dispose]();
  }

  private voegToe(nieuw: number[]) {
    if (nieuw.length === 0) return;
    nieuw.sort((a, b) => a - b);
    const starts: number[] = [];
    const indices: number[] = [];
    for (const i of nieuw) {
      const p = this.paren[i]!;
      starts.push(indices.length);
      // Rows in increasing order: person < team < vraag.
      indices.push(this.rijM[p.m]!);
      if (this.rijT[p.m]! >= 0) indices.push(this.rijT[p.m]!);
      indices.push(this.rijV[p.v]!);
      this.inModel[i] = 1;
      this.kolPaar.push(i);
    }
    starts.push(indices.length);
    this.model.addCols({
      cost: Float64Array.from(nieuw, (i) => this.paren[i]!.gewicht),
      lower: new Float64Array(nieuw.length),
      upper: Float64Array.from(nieuw, (i) => this.paren[i]!.bovengrens),
      matrix: {
        format: 'csc',
        numRows: this.rechts.length,
        numCols: nieuw.length,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: new Float64Array(indices.length).fill(1),
      },
    });
  }

  /** w_p − y·a_p under row duals y. */
  private gereduceerdMet(y: Float64Array, i: number): number {
    const p = this.paren[i]!;
    const t = this.rijT[p.m]!;
    return p.gewicht - y[this.rijM[p.m]!]! - (t >= 0 ? y[t]! : 0) - y[this.rijV[p.v]!]!;
  }

  /**
   * Solves to optimality over every pair, or for as many rounds as fit before `deadline`. Returns
   * the bound (see above), the hours per pair and the reduced cost per pair, or null when not even
   * the first LP was solved in time.
   */
  los(deadline: number, perRonde: number) {
    const c = this.h.constants.modelStatus;
    let rondes = 0;
    for (;;) {
      const begin = performance.now();
      this.model.options.set({ time_limit: Math.max(0.1, (deadline - begin) / 1000) });
      this.model.zeroAllClocks();
      this.model.run();
      rondes++;
      if (this.model.getModelStatus() !== c.optimal) return null;
      // Another round takes about as long as this one: only start it if it can finish in time, so
      // the model always ends at an optimal LP (the dive starts from it).
      const nogEen = performance.now() + 1.5 * (performance.now() - begin) < deadline;
      // HiGHS reports a maximisation's row duals as shadow prices, ≥ 0 for ≤ rows (clamped: noise).
      const y = Float64Array.from(this.model.getSolution().rowDual, (d) => Math.max(0, d));
      const kandidaten: [number, number][] = [];
      for (let i = 0; i < this.paren.length; i++) {
        if (this.inModel[i]) continue;
        const rc = this.gereduceerdMet(y, i);
        if (rc > 1e-7) kandidaten.push([i, rc]);
      }
      if (kandidaten.length === 0 || !nogEen) return this.uitkomst(y, rondes);
      // The best few per vraag: pricing everything in at once would rebuild the whole LP.
      kandidaten.sort((a, b) => b[1] - a[1]);
      const perV = new Map<number, number>();
      const nieuw: number[] = [];
      for (const [i] of kandidaten) {
        const v = this.paren[i]!.v;
        const k = perV.get(v) ?? 0;
        if (k >= perRonde) continue;
        perV.set(v, k + 1);
        nieuw.push(i);
      }
      this.voegToe(nieuw);
    }
  }

  private uitkomst(y: Float64Array, rondes: number) {
    let grens = 0;
    y.forEach((d, r) => {
      grens += d * this.rechts[r]!;
    });
    const gereduceerd = new Float64Array(this.paren.length);
    for (let i = 0; i < this.paren.length; i++) {
      const rc = this.gereduceerdMet(y, i);
      gereduceerd[i] = rc;
      if (rc > 0) grens += rc * this.paren[i]!.bovengrens;
    }
    const x = this.model.getSolution().colValue;
    const uren = new Float64Array(this.paren.length);
    this.kolPaar.forEach((i, k) => {
      uren[i] = Math.max(0, x[k] ?? 0);
    });
    // Float noise can put the dual bound a hair under the LP's own value; the LP value is a
    // relaxation's optimum over its columns, so the larger of the two is the honest bound.
    return { grens: Math.max(grens, this.model.getObjectiveValue()), uren, gereduceerd, rondes };
  }
}

/** Per vraag the best pairs by weight, then by room: where the LP's hours will mostly be. */
export function besteParenPerVraag(paren: readonly Paar[], aantalVragen: number, perVraag: number): number[] {
  const perV: number[][] = Array.from({ length: aantalVragen }, () => []);
  paren.forEach((p, i) => {
    perV[p.v]!.push(i);
  });
  const uit: number[] = [];
  for (const lijst of perV) {
    lijst.sort(
      (a, b) => paren[b]!.gewicht - paren[a]!.gewicht || paren[b]!.bovengrens - paren[a]!.bovengrens || a - b,
    );
    uit.push(...lijst.slice(0, perVraag));
  }
  return uit;
}
