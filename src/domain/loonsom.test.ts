import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import {
  contractFte,
  jaarkosten,
  loonsomTotalen,
  maakGrondslag,
  meerjarig,
  middenTrede,
  type PlaatsInvoer,
  plaatsLoonsom,
  ruimte,
  type Salaristabel,
  vacaturePerioden,
  type Werkgeverslasten,
} from './loonsom';

/**
 * Hand-checked amounts. Scale 10 runs from trede 0 to 6; the employer's costs are 17,05 % IKB +
 * 10 % pension + 12,95 % social premiums = 40 %, so a full-time month at trede 5 (€ 4.000) costs
 * € 4.000 × 1,4 = € 5.600.
 */
const schaal10 = (bedragen: number[]): Salaristabel['rijen'] =>
  bedragen.map((euro, trede) => ({ schaal: '10', trede, bedrag: euro * 100 }));
const T2026: Salaristabel = {
  geldigVanaf: '2026-01-01',
  rijen: schaal10([3400, 3500, 3600, 3700, 3800, 4000, 4100]),
};
const lasten = (w: Partial<Werkgeverslasten> = {}): Werkgeverslasten => ({
  geldigVanaf: '2026-01-01',
  ikbPercentage: 17.05,
  pensioenPercentage: 10,
  socialePremiesPercentage: 12.95,
  opslagPerFte: null,
  loonstijgingPercentage: 0,
  vacatureTrede: null,
  ...w,
});
const voltijd = contractFte([{ ingangsdatum: '2020-01-01', einddatum: null, urenPerWeek: 36 }]);
const persoon = (trede: number) => ({ soort: 'persoon' as const, trede });

describe('what one person costs', () => {
  const g = maakGrondslag([T2026], [lasten()], 2026);

  it('costs a full-timer the table amount plus 40 % a month, twelve months a year', () => {
    const k = jaarkosten(g, '10', persoon(5), voltijd, 2026);
    expect(k.maanden).toEqual(Array(12).fill(560_000));
    expect(k.totaal).toBe(6_720_000);
  });

  it('costs a part-timer (18 of 36 hours) half', () => {
    const deeltijd = contractFte([{ ingangsdatum: '2020-01-01', einddatum: null, urenPerWeek: 18 }]);
    expect(jaarkosten(g, '10', persoon(5), deeltijd, 2026).totaal).toBe(3_360_000);
  });

  it('raises the periodiek on 1 January, up to the scale maximum and no further', () => {
    // 2027: trede 6, € 4.100 × 1,4 = € 5.740 a month; 2028: still trede 6 (the maximum).
    expect(jaarkosten(g, '10', persoon(5), voltijd, 2027).totaal).toBe(6_888_000);
    expect(jaarkosten(g, '10', persoon(5), voltijd, 2028).totaal).toBe(6_888_000);
    // Counted back: 2025 was trede 4 (€ 3.800 × 1,4 × 12), but the 2026 table is the only one, and
    // it does not hold in 2025: no table, no amount, reported.
    const k2025 = jaarkosten(g, '10', persoon(5), voltijd, 2025);
    expect(k2025).toMatchObject({ totaal: 0, zonderTabel: 12 });
  });

  it('applies a table change from the month of its geldigVanaf', () => {
    const juli = { geldigVanaf: '2026-07-01', rijen: schaal10([3400, 3500, 3600, 3700, 3800, 4200, 4300]) };
    const gm = maakGrondslag([T2026, juli], [lasten()], 2026);
    const k = jaarkosten(gm, '10', persoon(5), voltijd, 2026);
    // Six months at € 5.600, six at € 4.200 × 1,4 = € 5.880.
    expect(k.maanden).toEqual([...Array(6).fill(560_000), ...Array(6).fill(588_000)]);
    expect(k.totaal).toBe(6_888_000);
    // A table dated mid-month counts from that month.
    const half = { ...juli, geldigVanaf: '2026-07-15' };
    expect(
      jaarkosten(maakGrondslag([T2026, half], [lasten()], 2026), '10', persoon(5), voltijd, 2026).totaal,
    ).toBe(6_888_000);
  });

  it('pays a month started halfway pro rata by calendar day', () => {
    const vanaf16maart = contractFte([{ ingangsdatum: '2026-03-16', einddatum: null, urenPerWeek: 36 }]);
    const k = jaarkosten(g, '10', persoon(5), vanaf16maart, 2026);
    // 16 of March's 31 days: € 5.600 × 16 / 31 = € 2.890,32.
    expect(k.maanden.slice(0, 4)).toEqual([0, 0, 289_032, 560_000]);
    expect(k.totaal).toBe(289_032 + 9 * 560_000);
  });

  it('adds the overhead per FTE per year in twelfths, by FTE', () => {
    const go = maakGrondslag([T2026], [lasten({ opslagPerFte: 1_200_000 })], 2026);
    const deeltijd = contractFte([{ ingangsdatum: '2020-01-01', einddatum: null, urenPerWeek: 18 }]);
    // € 2.800 + € 12.000 / 12 × 0,5 = € 3.300 a month.
    expect(jaarkosten(go, '10', persoon(5), deeltijd, 2026).maanden[0]).toBe(330_000);
  });

  it('compounds the yearly increase from each 1 January after the newest table', () => {
    const gs = maakGrondslag([T2026], [lasten({ loonstijgingPercentage: 2 })], 2026);
    expect(jaarkosten(gs, '10', persoon(6), voltijd, 2026).maanden[0]).toBe(574_000);
    // 2027: € 4.100 × 1,02 × 1,4 = € 5.854,80; 2028: × 1,02² → € 5.971,896 → € 5.971,90.
    expect(jaarkosten(gs, '10', persoon(6), voltijd, 2027).totaal).toBe(12 * 585_480);
    expect(jaarkosten(gs, '10', persoon(6), voltijd, 2028).totaal).toBe(12 * 597_190);
  });

  it('reports months without an amount for the scale instead of guessing', () => {
    expect(jaarkosten(g, '11', persoon(5), voltijd, 2026)).toMatchObject({ totaal: 0, zonderTabel: 12 });
  });
});

describe('what a formatieplaats costs', () => {
  const g = maakGrondslag([T2026], [lasten()], 2026);
  const plaats = (w: Partial<PlaatsInvoer> = {}): PlaatsInvoer => ({
    id: 'p',
    teamId: 'a',
    salarisschaal: '10',
    fte: 1,
    ingangsdatum: '2026-01-01',
    einddatum: null,
    plaatsingen: [],
    ...w,
  });

  it('costs a vacant place at the middle trede of its scale, or at the vacatureTrede setting', () => {
    expect(middenTrede(0, 6)).toBe(3);
    // Trede 3: € 3.700 × 1,4 = € 5.180 a month.
    expect(plaatsLoonsom(g, plaats(), [2026]).jaren).toEqual([
      { jaar: 2026, bezetting: 0, vacature: 6_216_000, totaal: 6_216_000 },
    ]);
    const g5 = maakGrondslag([T2026], [lasten({ vacatureTrede: 5 })], 2026);
    expect(plaatsLoonsom(g5, plaats(), [2026, 2027]).jaren.map((j) => j.vacature)).toEqual([
      6_720_000, 6_720_000,
    ]);
  });

  it('costs the filled part at the person, the rest at the vacancy trede', () => {
    const p = plaats({
      plaatsingen: [
        {
          medewerkerId: 'm',
          schaal: '10',
          trede: 5,
          fte: 0.5,
          ingangsdatum: '2026-01-01',
          einddatum: '2026-06-30',
        },
      ],
    });
    expect(vacaturePerioden(p)).toEqual([
      { ingangsdatum: '2026-01-01', einddatum: '2026-06-30', fte: 0.5 },
      { ingangsdatum: '2026-07-01', einddatum: null, fte: 1 },
    ]);
    // Half a place for six months: 6 × € 2.800; vacancy 6 × € 2.590 + 6 × € 5.180.
    const l = plaatsLoonsom(g, p, [2026]);
    expect(l.jaren).toEqual([{ jaar: 2026, bezetting: 1_680_000, vacature: 4_662_000, totaal: 6_342_000 }]);
    expect(l.personen).toEqual([{ medewerkerId: 'm', jaren: [{ jaar: 2026, totaal: 1_680_000 }] }]);
  });

  it('costs people placed above the place fully, and leaves no negative vacancy', () => {
    const p = plaats({
      fte: 0.5,
      plaatsingen: [
        { medewerkerId: 'm', schaal: '10', trede: 5, fte: 1, ingangsdatum: '2026-01-01', einddatum: null },
      ],
    });
    expect(plaatsLoonsom(g, p, [2026]).jaren[0]).toEqual({
      jaar: 2026,
      bezetting: 6_720_000,
      vacature: 0,
      totaal: 6_720_000,
    });
  });

  it('gives the budget headroom, or the overrun as a negative figure', () => {
    expect(ruimte(7_000_000, 6_720_000)).toBe(280_000);
    expect(ruimte(6_000_000, 6_720_000)).toBe(-720_000);
    expect(ruimte(null, 6_720_000)).toBeNull();
    expect(meerjarig(2026)).toEqual([2026, 2027, 2028, 2029]);
  });
});

describe('properties', () => {
  const g = maakGrondslag(
    [T2026, { geldigVanaf: '2027-04-01', rijen: schaal10([3500, 3600, 3700, 3800, 3900, 4100, 4250]) }],
    [lasten({ opslagPerFte: 250_000, loonstijgingPercentage: 1.5 })],
    2026,
  );
  const datum = fc.integer({ min: 0, max: 1400 }).map((n) => plusDagen('2025-06-01', n));
  const periode = fc
    .tuple(datum, fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }))
    .map(([van, duur]) => ({ ingangsdatum: van, einddatum: duur === null ? null : plusDagen(van, duur) }));
  const plaatsArb = fc.record({
    id: fc.uuid(),
    teamId: fc.constantFrom('a', 'b', 'c'),
    salarisschaal: fc.constantFrom('10', '11'),
    fte: fc.integer({ min: 1, max: 30_000 }).map((n) => n / 10_000),
    ingangsdatum: fc.constant('2025-01-01'),
    einddatum: fc.constant(null),
    plaatsingen: fc.array(
      fc
        .tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 8 }), periode)
        .map(([f, trede, p]) => ({ medewerkerId: 'm', schaal: '10', trede, fte: f / 10_000, ...p })),
      { maxLength: 4 },
    ),
  });

  it('adds the teams up to the organisation, to the cent, every year', () => {
    fc.assert(
      fc.property(fc.array(plaatsArb, { maxLength: 6 }), (plaatsen) => {
        const jaren = meerjarig(2026);
        const { teams, organisatie } = loonsomTotalen(
          plaatsen.map((p) => plaatsLoonsom(g, p, jaren)),
          jaren,
        );
        jaren.forEach((_, i) => {
          const som = [...teams.values()].reduce((s, t) => s + t[i]!.totaal, 0);
          expect(som).toBe(organisatie[i]!.totaal);
          expect(organisatie[i]!.bezetting + organisatie[i]!.vacature).toBe(organisatie[i]!.totaal);
          expect(Number.isInteger(organisatie[i]!.totaal)).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('makes a year exactly its twelve months, and never costs less for more hours', () => {
    fc.assert(
      fc.property(
        periode,
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 0, max: 8 }),
        (p, uren, trede) => {
          const minder = jaarkosten(
            g,
            '10',
            persoon(trede),
            contractFte([{ ...p, urenPerWeek: uren }]),
            2027,
          );
          const meer = jaarkosten(
            g,
            '10',
            persoon(trede),
            contractFte([{ ...p, urenPerWeek: uren + 4 }]),
            2027,
          );
          expect(minder.totaal).toBe(minder.maanden.reduce((s, x) => s + x, 0));
          expect(meer.totaal).toBeGreaterThanOrEqual(minder.totaal);
        },
      ),
      { numRuns: 80 },
    );
  });
});
