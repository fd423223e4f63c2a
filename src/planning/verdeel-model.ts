import loadHighs, { type CallbackEventFor, type HighsCallbackMap, type ModelData } from 'highs';
import {
  gretig,
  type Paar,
  rondAf,
  STANDAARD,
  snoei,
  type Toewijzing,
  type VerdeelInstantie,
} from '../domain/verdeling';

/**
 * The verdeelvoorstel as a mixed-integer programme, solved with HiGHS (WebAssembly, synchronous: run
 * it in a worker thread, see verdeel-worker.ts).
 *
 * For every candidate pair p (medewerker m, vraag v) after pruning: x_p hours a week (continuous)
 * and y_p (binary: assigned or not). Maximise Σ gewicht_p · x_p subject to
 *   Σ_{p∋m} x_p ≤ vrij_m                         free hours of each medewerker
 *   Σ_{p: team(m)=t} x_p ≤ ruimte_t               the team's room beside its reservering
 *   Σ_{p∋v} x_p ≤ vraag_v                         no more than asked
 *   minimumUren · y_p ≤ x_p ≤ bovengrens_p · y_p  an assignment is worth having, or none
 *   Σ_{p∋m, new dossier} y_p ≤ K − dossiers_m     at most K agile dossiers a person
 * The greedy solution is given as the starting incumbent and its pairs are always in the model, so
 * the proposal is never worse than greedy.
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
}

let highsBelofte: ReturnType<typeof loadHighs> | undefined;
const highs = () => {
  highsBelofte ??= loadHighs();
  return highsBelofte;
};

export async function verdeel(inst: VerdeelInstantie, opties: VerdeelOpties = {}): Promise<VerdeelUitkomst> {
  const start = performance.now();
  const geprunde = snoei(inst, opties.kandidatenPerVraag ?? STANDAARD.kandidatenPerVraag);
  const alle = snoei(inst, Number.POSITIVE_INFINITY);
  const basis = gretig(inst, alle);
  const basisWaarde = somGewicht(alle, inst, basis);
  // Greedy's pairs always stay in the model, so its solution is feasible there.
  const sleutel = (m: number, v: number) => m * inst.vragen.length + v;
  const inModel = new Map(geprunde.map((p) => [sleutel(p.m, p.v), p]));
  const mIndex = new Map(inst.medewerkers.map((m, i) => [m.id, i]));
  const vIndex = new Map(inst.vragen.map((v, i) => [v.id, i]));
  const alleOpSleutel = new Map(alle.map((p) => [sleutel(p.m, p.v), p]));
  for (const t of basis) {
    const k = sleutel(mIndex.get(t.medewerkerId)!, vIndex.get(t.vraagId)!);
    if (!inModel.has(k)) inModel.set(k, alleOpSleutel.get(k)!);
  }
  const paren = [...inModel.values()].sort((a, b) => a.v - b.v || a.m - b.m);
  const leeg = (): VerdeelUitkomst => ({
    status: 'leeg',
    toewijzingen: [],
    doelwaarde: 0,
    grens: 0,
    gap: 0,
    gretig: { doelwaarde: basisWaarde, toewijzingen: basis },
    paren: 0,
    seconden: (performance.now() - start) / 1000,
  });
  if (paren.length === 0) return leeg();

  const h = await highs();
  const n = paren.length;
  const bouw = new ModelBouwer();
  const mwRij = new Map<number, number>();
  const teamRij = new Map<string, number>();
  const vraagRij = new Map<number, number>();
  const ruimte = new Map(inst.teams.map((t) => [t.id, Math.max(0, t.ruimte)]));
  for (const p of paren) {
    const mw = inst.medewerkers[p.m]!;
    if (!mwRij.has(p.m)) mwRij.set(p.m, bouw.rij(-Infinity, mw.vrij));
    if (!teamRij.has(mw.teamId)) teamRij.set(mw.teamId, bouw.rij(-Infinity, ruimte.get(mw.teamId) ?? 0));
    if (!vraagRij.has(p.v)) vraagRij.set(p.v, bouw.rij(-Infinity, inst.vragen[p.v]!.urenPerWeek));
  }
  // x_p and y_p for every pair: minimumUren·y ≤ x ≤ bovengrens·y.
  const xKol: number[] = [];
  const yKol: number[] = [];
  for (const p of paren) {
    const x = bouw.kolom(p.gewicht, 0, p.bovengrens, false);
    const y = bouw.kolom(0, 0, 1, true);
    bouw.zet(x, mwRij.get(p.m)!, 1);
    bouw.zet(x, teamRij.get(inst.medewerkers[p.m]!.teamId)!, 1);
    bouw.zet(x, vraagRij.get(p.v)!, 1);
    const boven = bouw.rij(-Infinity, 0);
    bouw.zet(x, boven, 1);
    bouw.zet(y, boven, -p.bovengrens);
    const onder = bouw.rij(0, Infinity);
    bouw.zet(x, onder, 1);
    bouw.zet(y, onder, -inst.minimumUren);
    xKol.push(x);
    yKol.push(y);
  }
  // The dossier limit, only where it can bind: z_{m,d} = "m joins new dossier d", y_p ≤ z, Σ_d z ≤ slots.
  const zKol = new Map<string, number>();
  const nieuwPerMw = new Map<number, Map<string, number[]>>();
  paren.forEach((p, i) => {
    if (p.alOpDossier) return;
    const d = inst.vragen[p.v]!.dossierId;
    const per = nieuwPerMw.get(p.m) ?? new Map<string, number[]>();
    per.set(d, [...(per.get(d) ?? []), i]);
    nieuwPerMw.set(p.m, per);
  });
  for (const [m, per] of nieuwPerMw) {
    const slots = Math.max(0, inst.maxDossiers - inst.medewerkers[m]!.dossiers.length);
    if (per.size <= slots) continue;
    const som = bouw.rij(-Infinity, slots);
    for (const [d, lijst] of per) {
      const z = bouw.kolom(0, 0, 1, true);
      zKol.set(`${m}|${d}`, z);
      bouw.zet(z, som, 1);
      for (const i of lijst) {
        const r = bouw.rij(-Infinity, 0);
        bouw.zet(yKol[i]!, r, 1);
        bouw.zet(z, r, -1);
      }
    }
  }

  const modelData = bouw.modelData(
    h.infinity,
    h.constants.objectiveSense.maximize,
    h.constants.variableType.integer,
  );
  using model = h.createModel(modelData);
  model.options.set({
    output_flag: process.env.HIGHS_LOG === '1',
    log_to_console: false,
    time_limit: opties.tijdslimietSeconden ?? 30,
    mip_rel_gap: opties.gap ?? 0.001,
    // Measured on generated instances: more heuristic effort finds the good solutions sooner.
    mip_heuristic_effort: 0.5,
  });
  // A second start: the LP relaxation (the same model without integrality, in its own solver
  // instance) rounded into a valid proposal. The better of greedy and this starts the MIP; the solver
  // only ever improves on it.
  let beginOplossing = basis;
  {
    using relaxatie = h.createModel({ ...modelData, integrality: undefined });
    relaxatie.options.set({ output_flag: false, time_limit: opties.tijdslimietSeconden ?? 30 });
    relaxatie.run();
    const lp = relaxatie.getSolution().colValue;
    const lpGretig = rondAf(
      inst,
      paren,
      paren.map((_, i) => lp[xKol[i]!] ?? 0),
    );
    if (somGewicht(paren, inst, lpGretig) > basisWaarde) beginOplossing = lpGretig;
  }
  const startWaarden = new Float64Array(bouw.aantalKolommen);
  const pIndex = new Map(paren.map((p, i) => [sleutel(p.m, p.v), i]));
  for (const t of beginOplossing) {
    const i = pIndex.get(sleutel(mIndex.get(t.medewerkerId)!, vIndex.get(t.vraagId)!))!;
    const p = paren[i]!;
    startWaarden[xKol[i]!] = t.urenPerWeek;
    startWaarden[yKol[i]!] = 1;
    const z = zKol.get(`${p.m}|${inst.vragen[p.v]!.dossierId}`);
    if (z !== undefined) startWaarden[z] = 1;
  }
  model.setSolution({ colValue: startWaarden });
  const cb = h.constants.callbackType;
  const melden = opties.voortgang;
  const logboek = process.env.HIGHS_LOG === '1'; // HIGHS_LOG=1 prints the solver's own log, for tuning
  const terugroepen: HighsCallbackMap = {
    ...(melden
      ? {
          [cb.mipLogging]: (e: CallbackEventFor<typeof cb.mipLogging>) => {
            const d = e.data;
            melden({
              seconden: d.running_time ?? 0,
              gap: d.mip_gap !== undefined && Number.isFinite(d.mip_gap) ? d.mip_gap : null,
              beste: d.objective_function_value ?? null,
              grens: d.mip_dual_bound ?? null,
            });
            return undefined;
          },
        }
      : {}),
    ...(logboek
      ? {
          [cb.logging]: (e: CallbackEventFor<typeof cb.logging>) => {
            process.stderr.write(e.message);
            return undefined;
          },
        }
      : {}),
  };
  const run = model.run(terugroepen);
  const status = run.modelStatus;
  const x = model.getSolution().colValue;
  let toewijzingen: Toewijzing[] = [];
  paren.forEach((p, i) => {
    const uren = Math.round((x[xKol[i]!] ?? 0) * 100) / 100;
    if (uren >= inst.minimumUren - 1e-6 && (x[yKol[i]!] ?? 0) > 0.5) {
      toewijzingen.push({
        medewerkerId: inst.medewerkers[p.m]!.id,
        vraagId: inst.vragen[p.v]!.id,
        urenPerWeek: uren,
      });
    }
  });
  let doelwaarde = somGewicht(paren, inst, toewijzingen);
  if (doelwaarde < basisWaarde) {
    // Rounding to whole minutes can cost a hair; greedy is then the proposal (never below it).
    toewijzingen = basis;
    doelwaarde = basisWaarde;
  }
  const grensInfo = Number(model.info.get('mip_dual_bound'));
  const grens = Number.isFinite(grensInfo) ? Math.max(grensInfo, doelwaarde) : doelwaarde;
  const gap = grens > 0 ? Math.max(0, (grens - doelwaarde) / grens) : 0;
  const c = h.constants.modelStatus;
  return {
    status:
      status === c.optimal
        ? 'optimaal'
        : status === c.timeLimit
          ? 'tijdslimiet'
          : status === c.interrupted
            ? 'onderbroken'
            : 'optimaal',
    toewijzingen,
    doelwaarde,
    grens,
    gap,
    gretig: { doelwaarde: basisWaarde, toewijzingen: basis },
    paren: n,
    seconden: (performance.now() - start) / 1000,
  };
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

/** A sparse model built column by column, handed to HiGHS in compressed-column form. */
class ModelBouwer {
  private readonly rijen: { lo: number; hi: number }[] = [];
  private readonly kolommen: {
    kost: number;
    lo: number;
    hi: number;
    geheel: boolean;
    a: [number, number][];
  }[] = [];

  get aantalKolommen() {
    return this.kolommen.length;
  }

  rij(lo: number, hi: number): number {
    this.rijen.push({ lo, hi });
    return this.rijen.length - 1;
  }

  kolom(kost: number, lo: number, hi: number, geheel: boolean): number {
    this.kolommen.push({ kost, lo, hi, geheel, a: [] });
    return this.kolommen.length - 1;
  }

  zet(kolom: number, rij: number, waarde: number) {
    this.kolommen[kolom]!.a.push([rij, waarde]);
  }

  modelData(oneindig: number, richting: ModelData['sense'], geheelType: 1): ModelData {
    const starts: number[] = [];
    const indices: number[] = [];
    const values: number[] = [];
    for (const k of this.kolommen) {
      starts.push(indices.length);
      for (const [r, w] of [...k.a].sort((a, b) => a[0] - b[0])) {
        indices.push(r);
        values.push(w);
      }
    }
    starts.push(indices.length);
    const grens = (x: number) => (x === Infinity ? oneindig : x === -Infinity ? -oneindig : x);
    return {
      numCols: this.kolommen.length,
      numRows: this.rijen.length,
      sense: richting,
      colCost: Float64Array.from(this.kolommen, (k) => k.kost),
      colLower: Float64Array.from(this.kolommen, (k) => k.lo),
      colUpper: Float64Array.from(this.kolommen, (k) => grens(k.hi)),
      rowLower: Float64Array.from(this.rijen, (r) => grens(r.lo)),
      rowUpper: Float64Array.from(this.rijen, (r) => grens(r.hi)),
      matrix: {
        format: 'csc' as const,
        numRows: this.rijen.length,
        numCols: this.kolommen.length,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
      integrality: Int32Array.from(this.kolommen, (k) =>
        k.geheel ? geheelType : 0,
      ) as ModelData['integrality'],
    };
  }
}
