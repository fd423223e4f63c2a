import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BehoefteCel,
  type Bronuren,
  behoefteCel,
  betaaldePerioden,
  CIJFERS,
  fteInJaar,
  kostenPerFte,
  naarCent,
  naarFte,
  periodeTotaal,
  tekortTeken,
  telOp,
  urenPerFte,
  werkdagen,
} from './behoefte';

/**
 * Hand-checked figures. January 2026 starts on a Thursday: 22 weekdays, less Nieuwjaarsdag = 21
 * working days, so one FTE gives 21 × 7,2 = 151,2 hours. A team whose FTE costs € 72.000 a year
 * costs € 6.000 a month per FTE.
 */
const JANUARI = { fteUren: 151.2, kostenPerFte: 7_200_000, perJaar: 12 };

describe('hours of one FTE', () => {
  it('counts the working days of a month without the public holidays', () => {
    expect(werkdagen('2026-01-01', '2026-01-31', new Set(['2026-01-01']))).toBe(21);
    expect(werkdagen('2026-01-01', '2026-01-31', new Set())).toBe(22);
    // A weekend only.
    expect(werkdagen('2026-01-03', '2026-01-04', new Set())).toBe(0);
    expect(urenPerFte(21)).toBeCloseTo(151.2, 10);
  });

  it('converts hours to FTE to 0,01 and to euro to the cent', () => {
    expect(naarFte(151.2, 151.2)).toBe(1);
    expect(naarFte(100, 151.2)).toBe(0.66);
    expect(naarFte(100, 0)).toBe(0);
    // 100 / 151,2 × 7.200.000 / 12 = 396.825,397 cents.
    expect(naarCent(100, 151.2, 7_200_000, 12)).toBe(396_825);
    // A quarter carries a quarter of the year.
    expect(naarCent(468, 468, 7_200_000, 4)).toBe(1_800_000);
  });
});

describe('a team in a period', () => {
  it('adds the sources, subtracts the availability, and converts every figure', () => {
    const c = behoefteCel(
      { resultaatdoelen: 100, inzet: 50.004, capaciteitsvragen: 30, beschikbaar: 151.2 },
      JANUARI,
    );
    expect(c.uren).toEqual({
      resultaatdoelen: 100,
      inzet: 50,
      capaciteitsvragen: 30,
      vraag: 180,
      beschikbaar: 151.2,
      tekort: 28.8,
    });
    expect(c.fte).toEqual({
      resultaatdoelen: 0.66,
      inzet: 0.33,
      capaciteitsvragen: 0.2,
      vraag: 1.19,
      beschikbaar: 1,
      tekort: 0.19,
    });
    expect(c.euro).toEqual({
      resultaatdoelen: 396_825,
      inzet: 198_413,
      capaciteitsvragen: 119_048,
      vraag: 714_286,
      beschikbaar: 600_000,
      tekort: 114_286,
    });
  });

  it('gives room left as a negative gap, and no euro without a cost per FTE', () => {
    const c = behoefteCel(
      { resultaatdoelen: 10, inzet: 0, capaciteitsvragen: 0, beschikbaar: 151.2 },
      { ...JANUARI, kostenPerFte: null },
    );
    expect(c.uren.tekort).toBe(-141.2);
    expect(c.fte.tekort).toBe(-0.93);
    expect(c.euro).toBeNull();
  });
});

describe('average cost per FTE', () => {
  it('divides the loonsom by the FTE it pays for', () => {
    expect(kostenPerFte(7_200_000, 1.5)).toBe(4_800_000);
    expect(kostenPerFte(100, 0)).toBeNull();
  });

  it('pays for the people on a place and its vacant part, averaged over the months', () => {
    const plaats = {
      id: 'p',
      teamId: 't',
      salarisschaal: '10',
      fte: 1,
      ingangsdatum: '2026-01-01',
      einddatum: null,
      plaatsingen: [
        {
          medewerkerId: 'm',
          schaal: '10',
          trede: 5,
          fte: 0.5,
          ingangsdatum: '2026-01-01',
          einddatum: null,
        },
      ],
    };
    expect(fteInJaar(betaaldePerioden(plaats), 2026)).toBeCloseTo(1, 10);
    // A place that starts on 1 July pays for half a year.
    expect(
      fteInJaar(betaaldePerioden({ ...plaats, ingangsdatum: '2026-07-01', plaatsingen: [] }), 2026),
    ).toBe(0.5);
  });
});

describe('totals', () => {
  it('adds a row over periods, with the average FTE', () => {
    const jan = behoefteCel(
      { resultaatdoelen: 151.2, inzet: 0, capaciteitsvragen: 0, beschikbaar: 0 },
      JANUARI,
    );
    const feb = behoefteCel(
      { resultaatdoelen: 0, inzet: 0, capaciteitsvragen: 0, beschikbaar: 0 },
      { ...JANUARI, fteUren: 144 },
    );
    const t = periodeTotaal([jan, feb], [151.2, 144]);
    expect(t.uren.vraag).toBe(151.2);
    // 151,2 hours over 295,2 hours of one FTE: 0,51 FTE on average.
    expect(t.fte.vraag).toBe(0.51);
    expect(t.euro?.vraag).toBe(600_000);
  });
});

// --- properties -------------------------------------------------------------------------------------

const uren = fc.double({ min: 0, max: 5000, noNaN: true, noDefaultInfinity: true });
const bronArb: fc.Arbitrary<Bronuren> = fc.record({
  resultaatdoelen: uren,
  inzet: uren,
  capaciteitsvragen: uren,
  beschikbaar: uren,
});
const periodeArb = fc.record({
  fteUren: fc.integer({ min: 0, max: 66 }).map(urenPerFte),
  kostenPerFte: fc.option(fc.integer({ min: 1, max: 20_000_000 }), { nil: null }),
  perJaar: fc.constantFrom(12, 4),
});
const honderd = (x: number) => Math.round(x * 100);

describe('properties', () => {
  it('the organisation is exactly the sum of its teams, in hours, FTE and euro', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(bronArb, periodeArb), { minLength: 1, maxLength: 8 }), (teams) => {
        const cellen: BehoefteCel[] = teams.map(([b, p]) => behoefteCel(b, p));
        const org = telOp(cellen);
        for (const k of CIJFERS) {
          expect(honderd(org.uren[k])).toBe(cellen.reduce((s, c) => s + honderd(c.uren[k]), 0));
          expect(honderd(org.fte[k])).toBe(cellen.reduce((s, c) => s + honderd(c.fte[k]), 0));
          if (org.euro) expect(org.euro[k]).toBe(cellen.reduce((s, c) => s + (c.euro?.[k] ?? 0), 0));
        }
        expect(org.euro === null).toBe(cellen.some((c) => c.euro === null));
      }),
    );
  });

  it('the demand is its sources and the gap is demand − availability, exactly, in hours', () => {
    fc.assert(
      fc.property(bronArb, periodeArb, (b, p) => {
        const c = behoefteCel(b, p);
        expect(honderd(c.uren.vraag)).toBe(
          honderd(c.uren.resultaatdoelen) + honderd(c.uren.inzet) + honderd(c.uren.capaciteitsvragen),
        );
        expect(honderd(c.uren.tekort)).toBe(honderd(c.uren.vraag) - honderd(c.uren.beschikbaar));
      }),
    );
  });

  it('a gap never changes sign between hours, FTE and euro', () => {
    fc.assert(
      fc.property(bronArb, periodeArb, (b, p) => {
        const c = behoefteCel(b, p);
        const uur = tekortTeken(c, 'uren');
        for (const e of ['fte', 'euro'] as const) expect(tekortTeken(c, e) * uur).toBeGreaterThanOrEqual(0);
        // More demand than capacity is never shown as room left, and the reverse.
        if (uur !== 0 && p.fteUren > 0) expect(c.fte.tekort * uur).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
