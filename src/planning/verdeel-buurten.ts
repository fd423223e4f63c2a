import type { Paar, VerdeelInstantie } from '../domain/verdeling';

/**
 * Neighbourhoods for the large-instance search: sets of pairs the MIP re-decides with everything
 * else held at the current proposal. Two kinds, taken in turn, both ordered by how far the proposal
 * lags behind the LP there:
 * - whole expertises, one or several: people mostly compete within an expertise;
 * - a few vragen of one expertise with every other pair of the people who could serve them: what
 *   is left after that is people who should move hours between expertises.
 * Each holds about `grootte` pairs.
 */
export function buurten(
  inst: VerdeelInstantie,
  paren: readonly Paar[],
  lpUren: Float64Array,
  uren: Float64Array,
  grootte: number,
): number[][] {
  const a = expertiseBuurten(inst, paren, lpUren, uren, grootte);
  const b = mensenBuurten(inst, paren, lpUren, uren, grootte);
  const uit: number[][] = [];
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    if (a[k]) uit.push(a[k]!);
    if (b[k]) uit.push(b[k]!);
  }
  return uit;
}

function expertiseBuurten(
  inst: VerdeelInstantie,
  paren: readonly Paar[],
  lpUren: Float64Array,
  uren: Float64Array,
  grootte: number,
): number[][] {
  const verlies = new Map<string, number>();
  const parenVan = new Map<string, number[]>();
  paren.forEach((p, i) => {
    const e = inst.vragen[p.v]!.expertiseId;
    verlies.set(e, (verlies.get(e) ?? 0) + p.gewicht * (lpUren[i]! - uren[i]!));
    const lijst = parenVan.get(e);
    if (lijst) lijst.push(i);
    else parenVan.set(e, [i]);
  });
  const uit: number[][] = [];
  let huidig: number[] = [];
  for (const [e, v] of [...verlies].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    if (v <= 1e-6) break;
    huidig.push(...parenVan.get(e)!);
    if (huidig.length >= grootte) {
      uit.push(huidig);
      huidig = [];
    }
  }
  if (huidig.length > 0) uit.push(huidig);
  return uit;
}

function mensenBuurten(
  inst: VerdeelInstantie,
  paren: readonly Paar[],
  lpUren: Float64Array,
  uren: Float64Array,
  grootte: number,
): number[][] {
  const verlies = new Float64Array(inst.vragen.length);
  const parenVanVraag = new Map<number, number[]>();
  const parenVanMens = new Map<number, number[]>();
  paren.forEach((p, i) => {
    verlies[p.v]! += p.gewicht * (lpUren[i]! - uren[i]!);
    const v = parenVanVraag.get(p.v);
    if (v) v.push(i);
    else parenVanVraag.set(p.v, [i]);
    const m = parenVanMens.get(p.m);
    if (m) m.push(i);
    else parenVanMens.set(p.m, [i]);
  });
  const perExpertise = new Map<string, number[]>();
  for (const v of [...parenVanVraag.keys()].sort((a, b) => verlies[b]! - verlies[a]! || a - b)) {
    const e = inst.vragen[v]!.expertiseId;
    const lijst = perExpertise.get(e);
    if (lijst) lijst.push(v);
    else perExpertise.set(e, [v]);
  }
  const zaden = [...perExpertise.values()].sort((a, b) => verlies[b[0]!]! - verlies[a[0]!]!);
  const uit: number[][] = [];
  for (const vragen of zaden) {
    let vrij = new Set<number>();
    for (const v of vragen) {
      if (verlies[v]! <= 1e-6 && vrij.size > 0) break;
      const erbij = new Set(vrij);
      for (const i of parenVanVraag.get(v)!) {
        erbij.add(i);
        for (const j of parenVanMens.get(paren[i]!.m)!) erbij.add(j);
      }
      if (erbij.size > grootte && vrij.size > 0) {
        uit.push([...vrij]);
        vrij = new Set();
        continue;
      }
      vrij = erbij;
    }
    if (vrij.size > 0) uit.push([...vrij]);
  }
  return uit;
}
