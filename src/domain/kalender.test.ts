import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import {
  dagenTussen,
  isoWeek,
  periodenTussen,
  periodeVan,
  sleutelVan,
  weekdag,
  wekenVanKwartaal,
} from './kalender';

describe('kalender', () => {
  it('knows ISO weeks across year ends', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(periodeVan('week', '2026-W53')).toEqual({
      sleutel: '2026-W53',
      van: '2026-12-28',
      tot: '2027-01-03',
    });
    expect(() => periodeVan('week', '2025-W53')).toThrow(RangeError);
  });

  it('gives months, quarters and years their own days', () => {
    expect(periodeVan('maand', '2024-02')).toEqual({
      sleutel: '2024-02',
      van: '2024-02-01',
      tot: '2024-02-29',
    });
    expect(periodeVan('kwartaal', '2026-Q4')).toEqual({
      sleutel: '2026-Q4',
      van: '2026-10-01',
      tot: '2026-12-31',
    });
    expect(periodeVan('jaar', '2026')).toEqual({ sleutel: '2026', van: '2026-01-01', tot: '2026-12-31' });
    // The ISO year: the 53 weeks the week view labels 2026, not the calendar year.
    expect(periodeVan('isojaar', '2026-ISO')).toEqual({
      sleutel: '2026-ISO',
      van: '2025-12-29',
      tot: '2027-01-03',
    });
    expect(periodeVan('isojaar', '2027-ISO')).toEqual({
      sleutel: '2027-ISO',
      van: '2027-01-04',
      tot: '2028-01-02',
    });
    expect(() => periodeVan('isojaar', '2026')).toThrow(RangeError);
    expect(weekdag('2026-11-26')).toBe(4);
  });

  it('tiles any range with periods that touch each other without gaps or overlaps', () => {
    const datum = fc.integer({ min: 0, max: 20_000 }).map((n) => plusDagen('2000-01-01', n));
    fc.assert(
      fc.property(
        datum,
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom('week', 'maand', 'kwartaal', 'jaar', 'isojaar' as const),
        (van, lengte, soort) => {
          const tot = plusDagen(van, lengte);
          const perioden = periodenTussen(soort, van, tot);
          expect(perioden[0]!.van <= van).toBe(true);
          expect(perioden.at(-1)!.tot >= tot).toBe(true);
          for (let i = 1; i < perioden.length; i++)
            expect(perioden[i]!.van).toBe(plusDagen(perioden[i - 1]!.tot, 1));
          for (const p of perioden) expect(sleutelVan(soort, p.van)).toBe(p.sleutel);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('walks every day of a range', () => {
    expect([...dagenTussen('2024-02-27', '2024-03-01')]).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });
});

describe('wekenVanKwartaal', () => {
  it('gives the weeks whose Thursday lies in the quarter', () => {
    expect(wekenVanKwartaal('2026-Q1')).toEqual({ vanWeek: '2026-W01', totWeek: '2026-W13', weken: 13 });
    // 2026 has 53 ISO weeks: W53 (Thursday 31 December) belongs to Q4.
    expect(wekenVanKwartaal('2026-Q4')).toEqual({ vanWeek: '2026-W40', totWeek: '2026-W53', weken: 14 });
    // 1 January 2027 is a Friday: its week is 2026-W53, so 2027-Q1 starts with W01 on 4 January.
    expect(wekenVanKwartaal('2027-Q1')).toEqual({ vanWeek: '2027-W01', totWeek: '2027-W12', weken: 12 });
    // …and W13 (Thursday 1 April 2027) belongs to Q2.
    expect(wekenVanKwartaal('2027-Q2').vanWeek).toBe('2027-W13');
  });

  it('puts every week of a year in exactly one quarter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (jaar) => {
        const kwartalen = [1, 2, 3, 4].map((k) => wekenVanKwartaal(`${jaar}-Q${k}`));
        const totaal = kwartalen.reduce((s, k) => s + k.weken, 0);
        expect(totaal === 52 || totaal === 53).toBe(true);
        for (let k = 1; k < 4; k++) {
          const vorige = periodeVan('week', kwartalen[k - 1]!.totWeek);
          expect(periodeVan('week', kwartalen[k]!.vanWeek).van).toBe(plusDagen(vorige.van, 7));
        }
      }),
    );
  });
});
