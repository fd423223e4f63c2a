import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bepaalPublicatie,
  type Groep,
  gemiddelde,
  MIN_GROEPSGROOTTE,
  publiceerbaarAantal,
  schud,
} from './puls-anonimiteit';

const g = (sleutel: string | null, aantal: number): Groep => ({ sleutel, aantal });

describe('bepaalPublicatie', () => {
  it('is five, never less', () => {
    expect(MIN_GROEPSGROOTTE).toBe(5);
    // A lower minimum asked for is raised to five.
    expect(bepaalPublicatie([g('a', 4), g('b', 4)], 2).apart).toEqual([]);
  });

  it('publishes nothing when the organisation has fewer than five answers', () => {
    expect(bepaalPublicatie([g('a', 2), g('b', 2)])).toEqual({
      organisatie: false,
      apart: [],
      overig: [],
      overigGepubliceerd: false,
    });
  });

  it('publishes every team of five or more and no overig when there is nothing left', () => {
    const p = bepaalPublicatie([g('a', 5), g('b', 9), g('c', 0)]);
    expect(p).toEqual({ organisatie: true, apart: ['a', 'b'], overig: [], overigGepubliceerd: false });
  });

  it('merges small teams into overig when together they reach five', () => {
    const p = bepaalPublicatie([g('a', 12), g('b', 3), g('c', 2), g('d', 7)]);
    expect(p.apart).toEqual(['d', 'a']);
    expect(p.overig).toEqual(['c', 'b']);
    expect(p.overigGepubliceerd).toBe(true);
  });

  it('moves the smallest published team into overig when overig alone would be 1..4 (total minus teams)', () => {
    // Without the move: total 20 − 6 − 10 = 4, the two small answers of b plus the team-less ones.
    const p = bepaalPublicatie([g('a', 10), g('b', 2), g('c', 6), g(null, 2)]);
    expect(p.apart).toEqual(['a']);
    expect(p.overig.sort()).toEqual(['b', 'c', null].sort());
    expect(p.overigGepubliceerd).toBe(true);
  });

  it('never publishes the answers without a basisteam on their own', () => {
    const p = bepaalPublicatie([g('a', 6), g(null, 7)]);
    expect(p.apart).toEqual(['a']);
    expect(p.overig).toEqual([null]);
    expect(p.overigGepubliceerd).toBe(true);
  });

  it('does not show overig twice when it is the whole organisation', () => {
    const p = bepaalPublicatie([g('a', 5), g('b', 3)]);
    expect(p).toEqual({ organisatie: true, apart: [], overig: ['b', 'a'], overigGepubliceerd: false });
  });

  it('shows only the count of an open round from five', () => {
    expect(publiceerbaarAantal(4)).toBeNull();
    expect(publiceerbaarAantal(5)).toBe(5);
  });

  it('rounds a mean to one decimal', () => {
    expect(gemiddelde([1, 2, 2])).toBe(1.7);
    expect(gemiddelde([])).toBeNull();
  });

  it('shuffles without losing or adding anything', () => {
    const r = [0.9, 0.1, 0.5, 0.3];
    let i = 0;
    const uit = schud([1, 2, 3, 4, 5], () => r[i++ % r.length]!);
    expect([...uit].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

/** A published figure: the set of groups it sums over, and its number of answers. */
type Figuur = { groepen: Set<string>; aantal: number };

function figuren(groepen: Groep[]): Figuur[] {
  const p = bepaalPublicatie(groepen);
  const sleutel = (s: string | null) => String(s);
  const aantal = (s: (string | null)[]) =>
    groepen.filter((x) => s.includes(x.sleutel)).reduce((t, x) => t + x.aantal, 0);
  const uit: Figuur[] = [];
  if (p.organisatie) {
    uit.push({
      groepen: new Set(groepen.map((x) => sleutel(x.sleutel))),
      aantal: aantal(groepen.map((x) => x.sleutel)),
    });
  }
  for (const a of p.apart) uit.push({ groepen: new Set([sleutel(a)]), aantal: aantal([a]) });
  if (p.overigGepubliceerd) uit.push({ groepen: new Set(p.overig.map(sleutel)), aantal: aantal(p.overig) });
  return uit;
}

describe('bepaalPublicatie, for any team sizes', () => {
  const teams = fc
    .array(fc.integer({ min: 0, max: 14 }), { minLength: 0, maxLength: 9 })
    .chain((aantallen) =>
      fc
        .integer({ min: 0, max: 6 })
        .map((zonderTeam) => [...aantallen.map((n, i) => g(`t${i}`, n)), g(null, zonderTeam)]),
    );

  it('publishes no figure of 1..4 answers', () => {
    fc.assert(
      fc.property(teams, (groepen) => {
        for (const f of figuren(groepen)) expect(f.aantal).toBeGreaterThanOrEqual(MIN_GROEPSGROOTTE);
      }),
    );
  });

  it('lets no published figure minus any combination of other published figures reveal 1..4 answers', () => {
    fc.assert(
      fc.property(teams, (groepen) => {
        const f = figuren(groepen);
        for (let i = 0; i < f.length; i++) {
          const basis = f[i]!;
          // Figures that lie inside this one: the ones one can meaningfully subtract from it.
          const binnen = f.filter((x, j) => j !== i && [...x.groepen].every((s) => basis.groepen.has(s)));
          for (let masker = 1; masker < 1 << binnen.length; masker++) {
            const gekozen = binnen.filter((_, k) => masker & (1 << k));
            const gezien = new Set<string>();
            let disjunct = true;
            for (const x of gekozen) {
              for (const s of x.groepen) {
                if (gezien.has(s)) disjunct = false;
                gezien.add(s);
              }
            }
            if (!disjunct) continue;
            const rest = basis.aantal - gekozen.reduce((t, x) => t + x.aantal, 0);
            expect(rest === 0 || rest >= MIN_GROEPSGROOTTE, `${rest} uit ${JSON.stringify(groepen)}`).toBe(
              true,
            );
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accounts for every answer exactly once: the parts partition the total', () => {
    fc.assert(
      fc.property(teams, (groepen) => {
        const p = bepaalPublicatie(groepen);
        if (!p.organisatie) return;
        const delen = [...p.apart, ...p.overig];
        expect(new Set(delen).size).toBe(delen.length);
        const metAntwoorden = groepen.filter((x) => x.aantal > 0).map((x) => x.sleutel);
        expect(new Set(delen)).toEqual(new Set(metAntwoorden));
      }),
    );
  });
});
