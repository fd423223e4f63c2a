import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import {
  contractFte,
  type FtePeriode,
  type Grondslag,
  gemiddeldeFte,
  jaarkosten,
  loonsomTotalen,
  maakGrondslag,
  maandkosten,
  meerjarig,
  middenTrede,
  type PlaatsInvoer,
  type PlaatsLoonsom,
  plaatsLoonsom,
  ruimte,
  type Salaristabel,
  vacaturePerioden,
  type Werkgeverslasten,
  type Wie,
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

/**
 * The straightforward computation the optimised one replaced (each month looks up the table, the
 * werkgeverslasten, the scale's bounds and the increase anew, over date strings), kept as the
 * reference: the fast path caches and counts in day numbers, and must give the same cents.
 */
const referentie = {
  inForce<T extends { geldigVanaf: string }>(rijen: readonly T[], jaar: number, maand: number) {
    const sleutel = `${jaar}-${String(maand).padStart(2, '0')}`;
    let gevonden: T | undefined;
    for (const r of rijen) if (r.geldigVanaf.slice(0, 7) <= sleutel) gevonden = r;
    return gevonden;
  },
  gemiddeldeFte(perioden: readonly FtePeriode[], jaar: number, maand: number): number {
    const dagen = new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
    const sleutel = `${jaar}-${String(maand).padStart(2, '0')}`;
    const eerste = `${sleutel}-01`;
    const laatste = `${sleutel}-${String(dagen).padStart(2, '0')}`;
    let som = 0;
    for (const p of perioden) {
      const van = p.ingangsdatum > eerste ? p.ingangsdatum : eerste;
      const tot = p.einddatum !== null && p.einddatum < laatste ? p.einddatum : laatste;
      if (van > tot) continue;
      som += p.fte * (Number(tot.slice(8, 10)) - Number(van.slice(8, 10)) + 1);
    }
    return som / dagen;
  },
  stijgingsfactor(g: Grondslag, jaar: number): number {
    const nieuwste = g.tabellen.at(-1);
    if (!nieuwste) return 1;
    let factor = 1;
    for (let j = Number(nieuwste.geldigVanaf.slice(0, 4)) + 1; j <= jaar; j++) {
      factor *= 1 + (referentie.inForce(g.lasten, j, 1)?.loonstijgingPercentage ?? 0) / 100;
    }
    return factor;
  },
  maandbedrag(g: Grondslag, schaal: string, wie: Wie, jaar: number, maand: number) {
    const tabel = referentie.inForce(g.tabellen, jaar, maand);
    const treden = tabel?.schalen.get(schaal);
    if (!treden || treden.size === 0) return null;
    const alle = [...treden.keys()];
    const min = Math.min(...alle);
    const max = Math.max(...alle);
    const lasten = referentie.inForce(g.lasten, jaar, maand);
    const trede =
      wie.soort === 'persoon'
        ? Math.min(max, Math.max(min, wie.trede + (jaar - g.basisjaar)))
        : Math.min(max, Math.max(min, lasten?.vacatureTrede ?? Math.floor((min + max) / 2)));
    const bedrag = treden.get(trede);
    if (bedrag === undefined) return null;
    return { bedrag: bedrag * referentie.stijgingsfactor(g, jaar), trede, lasten };
  },
  jaarkosten(g: Grondslag, schaal: string, wie: Wie, perioden: readonly FtePeriode[], jaar: number) {
    const maanden: number[] = [];
    let zonderTabel = 0;
    for (let maand = 1; maand <= 12; maand++) {
      const fte = referentie.gemiddeldeFte(perioden, jaar, maand);
      if (fte === 0) {
        maanden.push(0);
        continue;
      }
      const m = referentie.maandbedrag(g, schaal, wie, jaar, maand);
      if (!m) {
        zonderTabel++;
        maanden.push(0);
        continue;
      }
      maanden.push(maandkosten(m.bedrag, fte, m.lasten));
    }
    return { jaar, maanden, totaal: maanden.reduce((s, x) => s + x, 0), zonderTabel };
  },
  plaatsLoonsom(g: Grondslag, p: PlaatsInvoer, jaren: readonly number[]): PlaatsLoonsom {
    let zonderTabel = 0;
    const perPersoon = new Map<string, Map<number, number>>();
    const vacatures = vacaturePerioden(p);
    const perJaar = jaren.map((jaar) => {
      let bezetting = 0;
      for (const x of p.plaatsingen) {
        const k = referentie.jaarkosten(g, x.schaal, { soort: 'persoon', trede: x.trede }, [x], jaar);
        zonderTabel += k.zonderTabel;
        bezetting += k.totaal;
        const rij = perPersoon.get(x.medewerkerId) ?? new Map<number, number>();
        rij.set(jaar, (rij.get(jaar) ?? 0) + k.totaal);
        perPersoon.set(x.medewerkerId, rij);
      }
      const v = referentie.jaarkosten(g, p.salarisschaal, { soort: 'vacature' }, vacatures, jaar);
      zonderTabel += v.zonderTabel;
      return { jaar, bezetting, vacature: v.totaal, totaal: bezetting + v.totaal };
    });
    return {
      plaatsId: p.id,
      teamId: p.teamId,
      jaren: perJaar,
      personen: [...perPersoon.entries()].map(([medewerkerId, m]) => ({
        medewerkerId,
        jaren: jaren.map((jaar) => ({ jaar, totaal: m.get(jaar) ?? 0 })),
      })),
      zonderTabel,
    };
  },
};

describe('the optimised computation against the straightforward one', () => {
  const datumTussen = (van: string, dagen: number) =>
    fc.integer({ min: 0, max: dagen }).map((n) => plusDagen(van, n));
  const schaalArb = fc.constantFrom('10', '11', '8A');
  /** A table from some date (often the 1st, sometimes mid-month), with gaps in its treden. */
  const tabelArb: fc.Arbitrary<Salaristabel> = fc.record({
    geldigVanaf: fc.oneof(
      fc
        .tuple(fc.integer({ min: 2024, max: 2029 }), fc.integer({ min: 1, max: 12 }))
        .map(([j, m]) => `${j}-${String(m).padStart(2, '0')}-01`),
      datumTussen('2024-01-01', 6 * 365),
    ),
    rijen: fc
      .uniqueArray(
        fc.record({
          schaal: schaalArb,
          trede: fc.integer({ min: 0, max: 12 }),
          bedrag: fc.integer({ min: 150_000, max: 900_000 }),
        }),
        { selector: (r) => `${r.schaal}|${r.trede}`, maxLength: 30 },
      )
      .map((rijen) => rijen),
  });
  const procent = fc.integer({ min: 0, max: 3000 }).map((n) => n / 100);
  const lastenArb: fc.Arbitrary<Werkgeverslasten> = fc.record({
    geldigVanaf: datumTussen('2024-01-01', 6 * 365),
    ikbPercentage: procent,
    pensioenPercentage: procent,
    socialePremiesPercentage: procent,
    opslagPerFte: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
    loonstijgingPercentage: fc.integer({ min: -200, max: 600 }).map((n) => n / 100),
    vacatureTrede: fc.option(fc.integer({ min: -1, max: 14 }), { nil: null }),
  });
  const periodeArb = fc
    .tuple(datumTussen('2023-06-01', 6 * 365), fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }))
    .map(([van, duur]) => ({ ingangsdatum: van, einddatum: duur === null ? null : plusDagen(van, duur) }));
  const fteArb = fc.integer({ min: 0, max: 15_000 }).map((n) => n / 10_000);
  const plaatsArb: fc.Arbitrary<PlaatsInvoer> = fc
    .record({
      id: fc.uuid(),
      teamId: fc.constantFrom('a', 'b'),
      salarisschaal: schaalArb,
      fte: fteArb,
      periode: periodeArb,
      plaatsingen: fc.array(
        fc
          .tuple(
            fc.constantFrom('m1', 'm2', 'm3'),
            schaalArb,
            fc.integer({ min: -2, max: 15 }),
            fteArb,
            periodeArb,
          )
          .map(([medewerkerId, schaal, trede, fte, p]) => ({ medewerkerId, schaal, trede, fte, ...p })),
        { maxLength: 5 },
      ),
    })
    .map(({ periode, ...p }) => ({ ...p, ...periode }));

  it('gives every place, person and month the same cents', () => {
    fc.assert(
      fc.property(
        fc.array(tabelArb, { maxLength: 3 }),
        fc.array(lastenArb, { maxLength: 3 }),
        fc.integer({ min: 2024, max: 2028 }),
        fc.array(plaatsArb, { minLength: 1, maxLength: 5 }),
        (tabellen, lastenRijen, basisjaar, plaatsen) => {
          const g = maakGrondslag(tabellen, lastenRijen, basisjaar);
          const jaren = meerjarig(basisjaar - 1);
          for (const p of plaatsen) {
            expect(plaatsLoonsom(g, p, jaren)).toEqual(referentie.plaatsLoonsom(g, p, jaren));
            for (const x of p.plaatsingen) {
              const wie = persoon(x.trede);
              for (const jaar of jaren) {
                expect(jaarkosten(g, x.schaal, wie, [x], jaar)).toEqual(
                  referentie.jaarkosten(g, x.schaal, wie, [x], jaar),
                );
              }
            }
          }
          // Several periods at once (a contract history), month by month.
          const perioden = plaatsen.flatMap((p) => p.plaatsingen);
          for (let maand = 1; maand <= 12; maand++) {
            expect(gemiddeldeFte(perioden, basisjaar, maand)).toBe(
              referentie.gemiddeldeFte(perioden, basisjaar, maand),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same cents for the example organisation, with a table change and an increase', () => {
    const g = maakGrondslag(
      [T2026, { geldigVanaf: '2026-07-01', rijen: schaal10([3500, 3600, 3700, 3800, 3900, 4100, 4250]) }],
      [
        lasten({ opslagPerFte: 500_000, loonstijgingPercentage: 2 }),
        lasten({ geldigVanaf: '2028-01-01', ikbPercentage: 17.3, loonstijgingPercentage: 2.5 }),
      ],
      2026,
    );
    const jaren = meerjarig(2026);
    fc.assert(
      fc.property(plaatsArb, (p) => {
        const tien = {
          ...p,
          salarisschaal: '10',
          plaatsingen: p.plaatsingen.map((x) => ({ ...x, schaal: '10' })),
        };
        expect(plaatsLoonsom(g, tien, jaren)).toEqual(referentie.plaatsLoonsom(g, tien, jaren));
      }),
      { numRuns: 200 },
    );
  });
});
