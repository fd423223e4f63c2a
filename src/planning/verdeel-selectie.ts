import type { Paar, VerdeelInstantie } from '../domain/verdeling';

/**
 * Which pairs the MIP gets. The LP over every pair is cheap; the MIP is not, so on large instances
 * it gets per vraag the pairs the LP rates best: by reduced cost, not by weight. A heavy-weight
 * pair of someone whose hours the LP already spends better elsewhere is worth little; weight alone
 * kept exactly those and missed the people who are free (at 5,000 × 800 the best forty by weight
 * per vraag lost 8% of the LP's value).
 *
 * Leaving pairs out must not make the bound a lie. LP duality gives, for every proposal x over all
 * pairs, doelwaarde(x) ≤ lpGrens + Σ_p rc_p · x_p, where the reduced cost rc_p ≤ 0 for pairs the LP
 * leaves empty. A proposal that uses a left-out pair gives it at least the minimum, so it is worth
 * at most lpGrens − minimum · |rc_p|. So `buitenGrens` bounds every proposal that uses a left-out
 * pair, and the MIP's bound over the chosen pairs bounds the rest: the larger of the two bounds all.
 */
export interface Selectie {
  /** Indices into `alle`, increasing. */
  indices: number[];
  /** The best any proposal using a left-out pair can reach; −∞ when none is left out. */
  buitenGrens: number;
}

export function kiesParen(
  inst: VerdeelInstantie,
  alle: readonly Paar[],
  lp: { lpGrens: number; lpUren: Float64Array; gereduceerd: Float64Array },
  /** Pairs that must stay (they carry hours in a proposal already found). */
  verplicht: Iterable<number>,
  perVraag: number,
  /** Up to this many pairs everything is kept. */
  alles: number,
): Selectie {
  if (alle.length <= alles) return { indices: [...alle.keys()], buitenGrens: Number.NEGATIVE_INFINITY };
  const gekozen = new Uint8Array(alle.length);
  for (const i of verplicht) gekozen[i] = 1;
  const perV = new Map<number, number[]>();
  alle.forEach((p, i) => {
    if (lp.lpUren[i]! > 1e-9) gekozen[i] = 1;
    const lijst = perV.get(p.v);
    if (lijst) lijst.push(i);
    else perV.set(p.v, [i]);
  });
  for (const lijst of perV.values()) {
    lijst.sort((a, b) => lp.gereduceerd[b]! - lp.gereduceerd[a]! || a - b);
    for (const i of lijst.slice(0, perVraag)) gekozen[i] = 1;
  }
  const indices: number[] = [];
  let minsteStraf = Number.POSITIVE_INFINITY;
  gekozen.forEach((g, i) => {
    if (g) indices.push(i);
    else minsteStraf = Math.min(minsteStraf, -Math.min(0, lp.gereduceerd[i]!));
  });
  const buitenGrens =
    indices.length === alle.length ? Number.NEGATIVE_INFINITY : lp.lpGrens - inst.minimumUren * minsteStraf;
  return { indices, buitenGrens };
}
