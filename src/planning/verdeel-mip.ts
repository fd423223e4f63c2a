import type { Highs, ModelData } from 'highs';
import type { Paar, Toewijzing, VerdeelInstantie } from '../domain/verdeling';
import { ModelBouwer } from './model-bouwer';

/**
 * The verdeelvoorstel as a mixed-integer programme for HiGHS.
 *
 * For every candidate pair p (medewerker m, vraag v) after pruning: x_p hours a week (continuous)
 * and y_p (binary: assigned or not). Maximise Σ gewicht_p · x_p subject to
 *   Σ_{p∋m} x_p ≤ vrij_m                         free hours of each medewerker
 *   Σ_{p: team(m)=t} x_p ≤ ruimte_t               the team's room beside its reservering
 *   Σ_{p∋v} x_p ≤ vraag_v                         no more than asked
 *   minimumUren · y_p ≤ x_p ≤ bovengrens_p · y_p  an assignment is worth having, or none
 *   Σ_{p∋m, new dossier} y_p ≤ K − dossiers_m     at most K agile dossiers a person
 * The last one only where it can bind: z_{m,d} = "m joins new dossier d", y_p ≤ z, Σ_d z ≤ slots.
 */
export interface VerdeelMip {
  modelData: ModelData;
  xKol: number[];
  yKol: number[];
  /** The z column of pair p, or −1 where the dossier limit cannot bind. */
  zVan: Int32Array;
}

export function bouwMip(h: Highs, inst: VerdeelInstantie, paren: readonly Paar[]): VerdeelMip {
  const bouw = new ModelBouwer();
  const ruimte = new Map(inst.teams.map((t) => [t.id, Math.max(0, t.ruimte)]));
  const xKol: number[] = [];
  const yKol: number[] = [];
  for (const p of paren) {
    const x = urenKolom(bouw, inst, ruimte, p);
    const y = bouw.kolom(0, 0, 1, true);
    const boven = bouw.rij(-Infinity, 0);
    bouw.zet(x, boven, 1);
    bouw.zet(y, boven, -p.bovengrens);
    const onder = bouw.rij(0, Infinity);
    bouw.zet(x, onder, 1);
    bouw.zet(y, onder, -inst.minimumUren);
    xKol.push(x);
    yKol.push(y);
  }
  const zVan = new Int32Array(paren.length).fill(-1);
  for (const { slots, perDossier } of dossierGrenzen(inst, paren)) {
    const som = bouw.rij(-Infinity, slots);
    for (const lijst of perDossier) {
      const z = bouw.kolom(0, 0, 1, true);
      bouw.zet(z, som, 1);
      for (const i of lijst) {
        zVan[i] = z;
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
  return { modelData, xKol, yKol, zVan };
}

/** The hours x of pair p, in the rows of its person's free hours, its team's room and its vraag. */
export function urenKolom(bouw: ModelBouwer, inst: VerdeelInstantie, ruimte: Map<string, number>, p: Paar) {
  const mw = inst.medewerkers[p.m]!;
  const x = bouw.kolom(p.gewicht, 0, p.bovengrens, false);
  bouw.zet(x, bouw.rijVan(`m${p.m}`, -Infinity, mw.vrij), 1);
  bouw.zet(x, bouw.rijVan(`t${mw.teamId}`, -Infinity, ruimte.get(mw.teamId) ?? 0), 1);
  bouw.zet(x, bouw.rijVan(`v${p.v}`, -Infinity, inst.vragen[p.v]!.urenPerWeek), 1);
  return x;
}

/**
 * The people whose dossier limit can bind: more new dossiers among their pairs than slots left.
 * Per person the slots and, per new dossier, the indices of its pairs.
 */
export function dossierGrenzen(
  inst: VerdeelInstantie,
  paren: readonly Paar[],
): { slots: number; perDossier: number[][] }[] {
  const nieuwPerMw = new Map<number, Map<string, number[]>>();
  paren.forEach((p, i) => {
    if (p.alOpDossier) return;
    const d = inst.vragen[p.v]!.dossierId;
    const per = nieuwPerMw.get(p.m) ?? new Map<string, number[]>();
    const lijst = per.get(d);
    if (lijst) lijst.push(i);
    else per.set(d, [i]);
    nieuwPerMw.set(p.m, per);
  });
  const uit: { slots: number; perDossier: number[][] }[] = [];
  for (const [m, per] of nieuwPerMw) {
    const slots = Math.max(0, inst.maxDossiers - inst.medewerkers[m]!.dossiers.length);
    if (per.size > slots) uit.push({ slots, perDossier: [...per.values()] });
  }
  return uit;
}

/** A proposal as the MIP's column values (a starting solution for HiGHS). */
export function alsKolommen(mip: VerdeelMip, uren: Float64Array): Float64Array {
  const waarden = new Float64Array(mip.modelData.numCols);
  uren.forEach((u, i) => {
    if (u <= 0) return;
    waarden[mip.xKol[i]!] = u;
    waarden[mip.yKol[i]!] = 1;
    const z = mip.zVan[i]!;
    if (z >= 0) waarden[z] = 1;
  });
  return waarden;
}

/** The MIP's column values as hours per pair, in whole hundredths. */
export function uitKolommen(mip: VerdeelMip, inst: VerdeelInstantie, x: ArrayLike<number>): Float64Array {
  return Float64Array.from(mip.xKol, (k, i) => {
    const uren = Math.round((x[k] ?? 0) * 100) / 100;
    return uren >= inst.minimumUren - 1e-6 && (x[mip.yKol[i]!] ?? 0) > 0.5 ? uren : 0;
  });
}

export function alsToewijzingen(
  inst: VerdeelInstantie,
  paren: readonly Paar[],
  uren: ArrayLike<number>,
): Toewijzing[] {
  const t: Toewijzing[] = [];
  paren.forEach((p, i) => {
    const u = uren[i] ?? 0;
    if (u > 0)
      t.push({ medewerkerId: inst.medewerkers[p.m]!.id, vraagId: inst.vragen[p.v]!.id, urenPerWeek: u });
  });
  return t;
}
