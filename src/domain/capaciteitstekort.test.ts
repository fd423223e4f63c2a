import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capaciteitstekorten, nettoAandeel } from './capaciteitstekort';

describe('capaciteitstekorten', () => {
  const behoefte = new Map([
    ['a', { vraag: 12, beschikbaar: 8 }],
    ['b', { vraag: 5, beschikbaar: 6 }],
  ]);
  const huidig = new Map([
    ['a', { formatie: 11, bezetting: 10 }],
    ['b', { formatie: 8, bezetting: 7.5 }],
    ['c', { formatie: 4, bezetting: 4 }],
  ]);

  it('the live formatie has the behoefte’s gap: vraag − beschikbaar, plus the questions without a team', () => {
    const r = capaciteitstekorten(behoefte, 0.5, huidig, huidig);
    expect(r.teams.get('a')).toBe(4);
    expect(r.teams.get('b')).toBe(-1);
    expect(r.organisatie).toBe(3.5);
  });

  it('counts added formatie as filled at the team’s net share, and ignores teams without demand', () => {
    // Team a: 8 available from 10 placed = 0.8 per FTE; 2 FTE added → 1.6 FTE capacity.
    // Team b: 6 from 7.5 = 0.8; a place of 1 FTE ended → 0.8 FTE less.
    const kolom = new Map([
      ['a', { formatie: 13 }],
      ['b', { formatie: 7 }],
      ['c', { formatie: 10 }],
    ]);
    const r = capaciteitstekorten(behoefte, 0, huidig, kolom);
    expect(r.teams.get('a')).toBe(2.4);
    expect(r.teams.get('b')).toBe(-0.2);
    expect(r.teams.has('c')).toBe(false);
    expect(r.organisatie).toBe(2.2);
  });

  it('a team with no one placed takes the organisation’s share, which is at most 1', () => {
    expect(nettoAandeel(0, 0, 0.85)).toBe(0.85);
    expect(nettoAandeel(12, 10, 0.5)).toBe(1);
    const r = capaciteitstekorten(
      new Map([
        ['a', { vraag: 10, beschikbaar: 9 }],
        ['n', { vraag: 3, beschikbaar: 0 }],
      ]),
      0,
      new Map([['a', { formatie: 10, bezetting: 10 }]]),
      new Map([
        ['a', { formatie: 10 }],
        ['n', { formatie: 2 }],
      ]),
    );
    // Organisation share 9 / 10 = 0.9; team n gets 2 × 0.9 = 1.8 FTE.
    expect(r.teams.get('n')).toBe(1.2);
  });

  it('adding formatie never raises a gap, and the organisation adds up the teams (property)', () => {
    const team = fc.record({
      vraag: fc.integer({ min: 0, max: 5000 }).map((x) => x / 100),
      beschikbaar: fc.integer({ min: 0, max: 5000 }).map((x) => x / 100),
      formatie: fc.integer({ min: 0, max: 5000 }).map((x) => x / 100),
      bezetting: fc.integer({ min: 0, max: 5000 }).map((x) => x / 100),
      erbij: fc.integer({ min: 0, max: 500 }).map((x) => x / 100),
    });
    fc.assert(
      fc.property(fc.array(team, { minLength: 1, maxLength: 20 }), (ts) => {
        const behoefte = new Map(ts.map((t, i) => [`t${i}`, { vraag: t.vraag, beschikbaar: t.beschikbaar }]));
        const huidig = new Map(ts.map((t, i) => [`t${i}`, { formatie: t.formatie, bezetting: t.bezetting }]));
        const meer = new Map(ts.map((t, i) => [`t${i}`, { formatie: t.formatie + t.erbij }]));
        const nu = capaciteitstekorten(behoefte, 0, huidig, huidig);
        const na = capaciteitstekorten(behoefte, 0, huidig, meer);
        for (const [id, tekort] of na.teams) expect(tekort).toBeLessThanOrEqual(nu.teams.get(id)!);
        const som = [...na.teams.values()].reduce((s, x) => s + x, 0);
        expect(Math.abs(som - na.organisatie)).toBeLessThanOrEqual(0.005 * ts.length + 1e-9);
      }),
    );
  });
});
