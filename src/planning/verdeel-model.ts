import loadHighs, { type CallbackEventFor, type HighsCallbackMap } from 'highs';
import {
  gretig,
  type Paar,
  rondAf,
  ruweGrens,
  STANDAARD,
  snoei,
  type Toewijzing,
  type VerdeelInstantie,
} from '../domain/verdeling';
import { buurten } from './verdeel-buurten';
import { herverdeel } from './verdeel-deelmip';
import { Belofte, duik } from './verdeel-duik';
import { besteParenPerVraag } from './verdeel-lp';
import { alsKolommen, alsToewijzingen, bouwMip, uitKolommen } from './verdeel-mip';
import { kiesParen, type Selectie } from './verdeel-selectie';

/**
 * The verdeelvoorstel, solved in three phases within one time limit (run it in a worker thread:
 * HiGHS is synchronous WebAssembly, see verdeel-in-worker.ts):
 *   1. an LP dive over every pair (verdeel-duik.ts, verdeel-lp.ts): the bound for the whole
 *      problem and a near-optimal proposal in seconds;
 *   2. on models over GROOT_MODEL pairs: a neighbourhood search, one small MIP per neighbourhood
 *      (verdeel-buurten.ts, verdeel-deelmip.ts), started from the best proposal so far;
 *   3. the MIP (verdeel-mip.ts) over the pairs that matter (verdeel-selectie.ts) for the time that
 *      is left, from the best proposal; on small models first restricted to what the LP left
 *      undecided. Its bound tightens the LP's.
 * It stops as soon as the proposal is proven within the asked gap of the bound. Every pair of every
 * proposal found, greedy's first, stays in the MIP, so the result is never worse than greedy.
 */
export interface VerdeelOpties {
  tijdslimietSeconden?: number;
  /** Relative gap at which the solver may stop (0.001 = 0.1%). */
  gap?: number;
  kandidatenPerVraag?: number;
  voortgang?: (v: {
    seconden: number;
    gap: number | null;
    beste: number | null;
    grens: number | null;
  }) => void;
}

export type VerdeelStatus = 'optimaal' | 'tijdslimiet' | 'leeg' | 'onderbroken';

export interface VerdeelUitkomst {
  status: VerdeelStatus;
  toewijzingen: Toewijzing[];
  doelwaarde: number;
  /** Best proven bound on the objective (from the LP relaxation and branching). */
  grens: number;
  /** (grens − doelwaarde) / grens, 0 when proven optimal. */
  gap: number;
  gretig: { doelwaarde: number; toewijzingen: Toewijzing[] };
  paren: number;
  seconden: number;
  /** How each phase went: the proposal and bound after it, and when. */
  verloop: { fase: string; seconden: number; doelwaarde: number; grens: number | null }[];
}

/**
 * Above this many pairs the whole MIP is not tried first: measured on generated instances, from
 * 1,000 × 160 (2,600 pairs) on it spends the time limit in its first node, while small
 * neighbourhoods keep improving the proposal.
 */
const GROOT_MODEL = 1500;
/**
 * Each neighbourhood MIP gets at most this long and stops at this gap of its own objective (the
 * value of its open pairs only). Measured at 5,000 × 800: proving 0.001% took up to 3 s a
 * neighbourhood, where within 0.3 s and 0.3% it has found nearly all it will (1% proven in 9-11 s,
 * against 12-13 s at 0.1% or 0.01%); at 1% it stops at once with almost no gain.
 */
const BUURT_SECONDEN = 0.3;
const BUURT_GAP = 3e-3;
/**
 * The LP neighbourhood of the small models (phase 2) is solved to this gap, not the asked one: its
 * objective includes everything held fixed, so against the asked gap the start was already
 * "optimal" and it never improved anything.
 */
const LP_BUURT_GAP = 1e-5;

let highsBelofte: ReturnType<typeof loadHighs> | undefined;
const highs = () => {
  highsBelofte ??= loadHighs();
  return highsBelofte;
};

export async function verdeel(inst: VerdeelInstantie, opties: VerdeelOpties = {}): Promise<VerdeelUitkomst> {
  const start = performance.now();
  const alle = snoei(inst, Number.POSITIVE_INFINITY);
  const basis = gretig(inst, alle);
  const basisWaarde = somGewicht(alle, inst, basis);
  const sleutel = (m: number, v: number) => m * inst.vragen.length + v;
  const mIndex = new Map(inst.medewerkers.map((m, i) => [m.id, i]));
  const vIndex = new Map(inst.vragen.map((v, i) => [v.id, i]));
  const alleIndex = new Map(alle.map((p, i) => [sleutel(p.m, p.v), i]));
  const indicesVan = (t: readonly Toewijzing[]) =>
    t.map((a) => alleIndex.get(sleutel(mIndex.get(a.medewerkerId)!, vIndex.get(a.vraagId)!))!);
  if (alle.length === 0) {
    return {
      status: 'leeg',
      toewijzingen: [],
      doelwaarde: 0,
      grens: 0,
      gap: 0,
      gretig: { doelwaarde: basisWaarde, toewijzingen: basis },
      paren: 0,
      seconden: (performance.now() - start) / 1000,
      verloop: [],
    };
  }

  const h = await highs();
  const limiet = opties.tijdslimietSeconden ?? 30;
  const doelGap = opties.gap ?? 0.001;
  const deadline = start + limiet * 1000;
  const resterend = () => Math.max(0.2, (deadline - performance.now()) / 1000);

  // Greedy is a proposal already: shown at once, so a long first LP does not look like nothing.
  const seconden = () => (performance.now() - start) / 1000;
  opties.voortgang?.({ seconden: seconden(), gap: null, beste: basisWaarde, grens: null });
  // 1. The LP dive over every pair (verdeel-duik.ts): a bound for the whole problem and a good
  //    proposal, rounding off at half the time. Its LP rounded and topped up greedily gives two more.
  const gedoken = duik(h, inst, alle, {
    deadline: start + limiet * 500,
    tijdslimietSeconden: resterend(),
    beginParen: indicesVan(basis),
    naLp: (lpGrens) =>
      opties.voortgang?.({
        seconden: seconden(),
        gap: lpGrens > 0 ? Math.max(0, (lpGrens - basisWaarde) / lpGrens) : null,
        beste: basisWaarde,
        grens: lpGrens,
      }),
  });
  const kandidaten: Toewijzing[][] = [basis];
  if (gedoken) {
    kandidaten.push(
      alsToewijzingen(inst, alle, gedoken.uren),
      rondAf(inst, alle, [...gedoken.uren]),
      rondAf(inst, alle, [...gedoken.lpUren]),
    );
  }
  // The MIP's pairs (verdeel-selectie.ts): every pair of a small instance; of a large one, what the
  // LP rates best per vraag, plus every pair a proposal already uses, so none is lost.
  const perVraag = opties.kandidatenPerVraag ?? STANDAARD.kandidatenPerVraag;
  const selectie = gedoken
    ? kiesParen(inst, alle, gedoken, kandidaten.flatMap(indicesVan), perVraag, GROOT_MODEL)
    : terugval(alle, inst.vragen.length, indicesVan(basis), perVraag);
  const paren = selectie.indices.map((i) => alle[i]!);
  const n = paren.length;
  const pIndex = new Map(paren.map((p, i) => [sleutel(p.m, p.v), i]));
  const perPaar = (t: readonly Toewijzing[]) => {
    const uren = new Float64Array(n);
    for (const a of t)
      uren[pIndex.get(sleutel(mIndex.get(a.medewerkerId)!, vIndex.get(a.vraagId)!))!] = a.urenPerWeek;
    return uren;
  };
  const lpUren = gedoken ? Float64Array.from(selectie.indices, (i) => gedoken.lpUren[i]!) : null;

  // The best proposal so far and the best proven bound; every phase may improve either.
  let beste: Float64Array = perPaar(basis);
  let besteWaarde = basisWaarde;
  let grens = gedoken ? gedoken.lpGrens : ruweGrens(inst, alle);
  /** Keeps `uren` when it beats the best so far; says whether it did. */
  const overweeg = (uren: Float64Array) => {
    let w = 0;
    uren.forEach((u, i) => {
      w += paren[i]!.gewicht * u;
    });
    if (w <= besteWaarde + 1e-9) return false;
    beste = uren;
    besteWaarde = w;
    return true;
  };
  for (const k of kandidaten.slice(1)) overweeg(perPaar(k));
  /** A bound of the MIP over the chosen pairs, as a bound for the whole problem. */
  const heelGrens = (mipGrens: number) => Math.min(grens, Math.max(mipGrens, selectie.buitenGrens));
  const gap = () => (grens > 0 && Number.isFinite(grens) ? Math.max(0, (grens - besteWaarde) / grens) : 1);
  const verloop: VerdeelUitkomst['verloop'] = [];
  const meld = (fase: string) => {
    const seconden = (performance.now() - start) / 1000;
    verloop.push({ fase, seconden, doelwaarde: besteWaarde, grens: Number.isFinite(grens) ? grens : null });
    opties.voortgang?.({
      seconden,
      gap: Number.isFinite(grens) ? gap() : null,
      beste: besteWaarde,
      grens: Number.isFinite(grens) ? grens : null,
    });
  };
  const uitkomst = (status: VerdeelStatus): VerdeelUitkomst => {
    const g = Number.isFinite(grens) ? Math.max(grens, besteWaarde) : besteWaarde;
    return {
      status,
      toewijzingen: alsToewijzingen(inst, paren, beste),
      doelwaarde: besteWaarde,
      grens: g,
      gap: g > 0 ? (g - besteWaarde) / g : 0,
      gretig: { doelwaarde: basisWaarde, toewijzingen: basis },
      paren: n,
      seconden: (performance.now() - start) / 1000,
      verloop,
    };
  };
  meld('duik');
  if (gap() <= doelGap) return uitkomst('optimaal');

  // 2. Large models: the whole MIP would spend the time on its first node. Re-decide one small
  //    neighbourhood at a time (verdeel-buurten.ts) as a MIP of its own (verdeel-deelmip.ts), the
  //    rest held at the best proposal, for as long as any neighbourhood improves it.
  if (lpUren && n > GROOT_MODEL) {
    let verbeterd = true;
    // Stop as soon as the asked gap is proven: more search would only cost the user time.
    const klaar = () => gap() <= doelGap || performance.now() >= deadline - 200;
    let gemeld = performance.now();
    while (verbeterd && !klaar()) {
      verbeterd = false;
      for (const vrij of buurten(inst, paren, lpUren, beste)) {
        if (klaar()) break;
        const beter = herverdeel(h, inst, paren, beste, vrij, {
          seconden: Math.min(resterend(), BUURT_SECONDEN),
          gap: BUURT_GAP,
        });
        if (beter && overweeg(beter)) verbeterd = true;
        // A round over every vraag takes minutes on large instances: report along the way.
        if (performance.now() - gemeld > 1000) {
          meld('buurten');
          gemeld = performance.now();
        }
      }
    }
    meld('buurten');
    // When no neighbourhood improves any more and time is left, the whole MIP gets the rest: it
    // may still find a better proposal or tighten the bound.
    if (gap() <= doelGap || performance.now() > deadline - 1000) {
      return uitkomst(gap() <= doelGap ? 'optimaal' : 'tijdslimiet');
    }
  }

  const mip = bouwMip(h, inst, paren);
  using model = h.createModel(mip.modelData);
  const logboek = process.env.HIGHS_LOG === '1'; // HIGHS_LOG=1 prints the solver's own log, for tuning
  model.options.set({
    output_flag: logboek,
    log_to_console: false,
    mip_rel_gap: doelGap,
    // Measured on generated instances: more heuristic effort finds the good solutions sooner, and
    // without restarts the demo size proves 0.1% in 3-7 s instead of 3-18 s.
    mip_heuristic_effort: 0.5,
    mip_allow_restart: false,
  });
  const cb = h.constants.callbackType;
  const terugroepen: HighsCallbackMap = logboek
    ? {
        [cb.logging]: (e: CallbackEventFor<typeof cb.logging>) => {
          process.stderr.write(e.message);
          return undefined;
        },
      }
    : {};
  const los = (seconden: number, extra: HighsCallbackMap = {}, relGap = doelGap) => {
    model.zeroAllClocks();
    model.options.set({ time_limit: seconden, mip_rel_gap: relGap });
    model.setSolution({ colValue: alsKolommen(mip, beste) });
    const run = model.run({ ...terugroepen, ...extra });
    if (model.getSolution().colValue.length > 0)
      overweeg(uitKolommen(mip, inst, model.getSolution().colValue));
    return run.modelStatus;
  };

  // 3. Small models, first a neighbourhood of the LP: pairs the LP gives the minimum keep it, pairs it gives nothing stay
  //    empty, and the MIP decides the pairs it left in pieces. Small, so solved in a second or two.
  //    Not on large models: at 5,000 × 800 it took 3.6 s and gained nothing.
  if (lpUren && n <= GROOT_MODEL) {
    const vast = buurt(inst, paren, lpUren);
    const kolommen = vast.map(([i]) => mip.yKol[i]!);
    const selectie = { kind: 'set' as const, indices: Int32Array.from(kolommen) };
    const waarden = Float64Array.from(vast, ([, w]) => w);
    model.changeColsBounds(selectie, waarden, waarden);
    los(Math.min(resterend(), Math.max(1, limiet * 0.2)), {}, LP_BUURT_GAP);
    model.changeColsBounds(
      selectie,
      new Float64Array(kolommen.length),
      new Float64Array(kolommen.length).fill(1),
    );
    meld('buurt');
    if (gap() <= doelGap || performance.now() > deadline)
      return uitkomst(gap() <= doelGap ? 'optimaal' : 'tijdslimiet');
  }

  // Then the whole MIP for the time that is left, from the best proposal; its bound tightens ours.
  const melden = opties.voortgang;
  const status = los(
    resterend(),
    melden
      ? {
          [cb.mipLogging]: (e: CallbackEventFor<typeof cb.mipLogging>) => {
            const d = e.data;
            const b =
              d.mip_dual_bound !== undefined && Number.isFinite(d.mip_dual_bound)
                ? heelGrens(d.mip_dual_bound)
                : grens;
            const w = Math.max(besteWaarde, d.objective_function_value ?? 0);
            melden({
              seconden: (performance.now() - start) / 1000,
              gap: Number.isFinite(b) && b > 0 ? Math.max(0, (b - w) / b) : null,
              beste: w,
              grens: Number.isFinite(b) ? b : null,
            });
            return undefined;
          },
        }
      : {},
  );
  const mipGrens = Number(model.info.get('mip_dual_bound'));
  if (Number.isFinite(mipGrens)) grens = heelGrens(mipGrens);
  const c = h.constants.modelStatus;
  if (status === c.interrupted) return uitkomst('onderbroken');
  return uitkomst(status === c.optimal || gap() <= doelGap ? 'optimaal' : 'tijdslimiet');
}

/**
 * The neighbourhood of the LP solution the second phase solves: y fixed to 1 where the LP already
 * gives the minimum (as far as the minimums and dossier slots fit, most hours first), to 0 where
 * the LP gives nothing. Returns [pair index, fixed y] in increasing column order of y.
 */
function buurt(inst: VerdeelInstantie, paren: readonly Paar[], lpUren: Float64Array): [number, number][] {
  const belofte = new Belofte(inst);
  const vast: [number, number][] = [];
  for (const i of [...paren.keys()].sort((a, b) => lpUren[b]! - lpUren[a]!)) {
    const u = lpUren[i]!;
    const heel = u >= inst.minimumUren - 1e-6;
    if (heel && belofte.past(paren[i]!)) {
      belofte.neem(paren[i]!);
      vast.push([i, 1]);
    } else if (heel || u <= 1e-6) vast.push([i, 0]);
  }
  return vast.sort((a, b) => a[0] - b[0]);
}

function somGewicht(paren: readonly Paar[], inst: VerdeelInstantie, t: readonly Toewijzing[]): number {
  const mIndex = new Map(inst.medewerkers.map((m, i) => [m.id, i]));
  const vIndex = new Map(inst.vragen.map((v, i) => [v.id, i]));
  const gewichtVan = new Map(paren.map((p) => [`${p.m}|${p.v}`, p.gewicht]));
  let som = 0;
  for (const a of t)
    som += (gewichtVan.get(`${mIndex.get(a.medewerkerId)}|${vIndex.get(a.vraagId)}`) ?? 0) * a.urenPerWeek;
  return som;
}

/**
 * Without an LP (it ran out of time) there are no reduced costs: the best pairs by weight per vraag
 * plus greedy's, and no bound for the whole problem unless every pair is in.
 */
function terugval(
  alle: readonly Paar[],
  aantalVragen: number,
  verplicht: number[],
  perVraag: number,
): Selectie {
  const gekozen = new Set([...besteParenPerVraag(alle, aantalVragen, perVraag), ...verplicht]);
  const indices = [...gekozen].sort((a, b) => a - b);
  return {
    indices,
    buitenGrens: indices.length === alle.length ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  };
}
