import type { Paar, VerdeelInstantie } from '../domain/verdeling';

/**
 * Neighbourhoods for the large-instance search, each re-decided as a small MIP of its own
 * (verdeel-deelmip.ts) with everything else held at the current proposal. One per vraag: every
 * pair of the vraag, every pair its candidates work on (in the proposal or in the LP), and every
 * pair working on those vragen. That is where hours can move when the vraag gets a person more or
 * less. Ordered by how far the proposal lags behind the LP on the vraag, most first.
 *
 * Small on purpose: a few hundred pairs at 5,000 × 800, solved in a fraction of a second. Measured
 * there, neighbourhoods of whole expertises (700-1,000 pairs) reached 1.35% in 15 s where these
 * reach 1% in 11-12 s: a small MIP gains almost as much and takes a tenth of the time.
 */
export function buurten(
  inst: VerdeelInstantie,
  paren: readonly Paar[],
  lpUren: Float64Array,
  uren: Float64Array,
): number[][] {
  const verlies = new Float64Array(inst.vragen.length);
  const vanVraag = new Map<number, number[]>();
  const vanMens = new Map<number, number[]>();
  const voegToe = (map: Map<number, number[]>, k: number, i: number) => {
    const lijst = map.get(k);
    if (lijst) lijst.push(i);
    else map.set(k, [i]);
  };
  paren.forEach((p, i) => {
    verlies[p.v]! += p.gewicht * (lpUren[i]! - uren[i]!);
    voegToe(vanVraag, p.v, i);
    voegToe(vanMens, p.m, i);
  });
  const actief = (i: number) => uren[i]! > 0 || lpUren[i]! > 1e-6;
  const volgorde = [...vanVraag.keys()].sort((a, b) => verlies[b]! - verlies[a]! || a - b);
  return volgorde.map((v) => {
    const vrij = new Set<number>();
    for (const i of vanVraag.get(v)!) {
      vrij.add(i);
      for (const j of vanMens.get(paren[i]!.m)!) {
        if (!actief(j)) continue;
        vrij.add(j);
        for (const k of vanVraag.get(paren[j]!.v)!) if (actief(k)) vrij.add(k);
      }
    }
    return [...vrij];
  });
}
