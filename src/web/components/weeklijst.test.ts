import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from '../../domain/datum';
import { isoWeek, weekdag } from '../../domain/kalender';
import {
  isWeek,
  totNaVan,
  verschuifWeek,
  WEKEN_VOORUIT,
  weekKeuzes,
  weekLabel,
  weekOpties,
  wekenTussen,
} from './weeklijst';

const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

describe('weeklijst', () => {
  it('labels a week with its number and its Monday to Sunday', () => {
    expect(weekLabel('2027-W05', 'nl')).toBe('week 5 · 1 – 7 feb 2027');
    expect(weekLabel('2026-W05', 'nl')).toBe('week 5 · 26 jan – 1 feb 2026');
    expect(weekLabel('2026-W53', 'nl')).toBe('week 53 · 28 dec 2026 – 3 jan 2027');
    expect(weekLabel('2027-W01', 'nl')).toBe('week 1 · 4 – 10 jan 2027');
    expect(weekLabel('2025-W01', 'nl')).toBe('week 1 · 30 dec 2024 – 5 jan 2025');
    expect(weekLabel('2027-W13', 'nl')).toBe('week 13 · 29 mrt – 4 apr 2027');
    expect(weekLabel('2027-W13', 'en')).toBe('week 13 · 29 Mar – 4 Apr 2027');
  });

  it('counts weeks across year ends and week 53', () => {
    expect(verschuifWeek('2026-W52', 1)).toBe('2026-W53');
    expect(verschuifWeek('2026-W53', 1)).toBe('2027-W01');
    expect(verschuifWeek('2027-W01', -1)).toBe('2026-W53');
    expect(verschuifWeek('2025-W52', 1)).toBe('2026-W01');
    expect(wekenTussen('2026-W51', '2027-W02')).toEqual([
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    expect(wekenTussen('2027-W02', '2027-W01')).toEqual([]);
    expect(isWeek('2026-W53')).toBe(true);
    expect(isWeek('2025-W53')).toBe(false);
    expect(isWeek('2027-5')).toBe(false);
  });

  it('offers about two years from the current week, "tot en met" never before "vanaf"', () => {
    const keuzes = weekKeuzes({ begin: '2026-W49', van: '2027-W01', tot: '2027-W13' });
    expect(keuzes.van[0]).toBe('2026-W49');
    expect(keuzes.van.slice(0, 6)).toEqual([
      '2026-W49',
      '2026-W50',
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W01',
    ]);
    expect(keuzes.van).toHaveLength(WEKEN_VOORUIT + 1);
    // 2026 has 53 weeks: 104 weeks on is week 48, not 49.
    expect(keuzes.van.at(-1)).toBe('2028-W48');
    expect(keuzes.tot[0]).toBe('2027-W01');
    expect(keuzes.tot.at(-1)).toBe('2028-W48');
  });

  it('keeps chosen weeks choosable, also before the current week or past two years', () => {
    const keuzes = weekKeuzes({ begin: '2026-W49', van: '2026-W40', tot: '2029-W02' });
    expect(keuzes.van[0]).toBe('2026-W40');
    expect(keuzes.van.at(-1)).toBe('2029-W02');
    expect(keuzes.tot[0]).toBe('2026-W40');
    // Something that is no week is not offered; the list stays as from the current week.
    const zonder = weekKeuzes({ begin: '2026-W49', van: '2027-W5', tot: '' });
    expect(zonder.van[0]).toBe('2026-W49');
    expect(zonder.tot).toEqual(zonder.van);
  });

  it('moves "tot en met" along when "vanaf" passes it, keeping the length', () => {
    expect(totNaVan({ vanOud: '2027-W01', totOud: '2027-W13', vanNieuw: '2027-W05' })).toBe('2027-W13');
    expect(totNaVan({ vanOud: '2027-W01', totOud: '2027-W13', vanNieuw: '2027-W13' })).toBe('2027-W13');
    expect(totNaVan({ vanOud: '2027-W01', totOud: '2027-W13', vanNieuw: '2027-W14' })).toBe('2027-W26');
    expect(totNaVan({ vanOud: '2026-W50', totOud: '2026-W52', vanNieuw: '2026-W53' })).toBe('2027-W02');
    expect(totNaVan({ vanOud: '2027-W01', totOud: '2027-W13', vanNieuw: '2026-W40' })).toBe('2027-W13');
  });

  const weekArb = fc.integer({ min: 0, max: 200 * 365 }).map((n) => isoWeek(plusDagen('1950-01-01', n)));

  it('property: the list is consecutive and each label holds the Monday and Sunday of its week', () => {
    fc.assert(
      fc.property(weekArb, fc.integer({ min: 0, max: 120 }), (begin, lengte) => {
        const weken = wekenTussen(begin, verschuifWeek(begin, lengte));
        expect(weken).toHaveLength(lengte + 1);
        weken.forEach((week, i) => {
          if (i > 0) {
            expect(week > weken[i - 1]!).toBe(true);
            expect(verschuifWeek(weken[i - 1]!, 1)).toBe(week);
          }
        });
        for (const optie of weekOpties(weken, 'nl')) {
          const m = /^week (\d+) · (\d+)(?: (\w+))?(?: (\d{4}))? – (\d+) (\w+) (\d{4})$/.exec(optie.label);
          expect(m, optie.label).not.toBeNull();
          const [, nr, dagVan, maandVan, jaarVan, dagTot, maandTot, jaarTot] = m!;
          const zondag = `${jaarTot}-${String(MAANDEN.indexOf(maandTot!) + 1).padStart(2, '0')}-${dagTot!.padStart(2, '0')}`;
          const maandag = `${jaarVan ?? jaarTot}-${String(MAANDEN.indexOf(maandVan ?? maandTot!) + 1).padStart(2, '0')}-${dagVan!.padStart(2, '0')}`;
          expect(weekdag(maandag)).toBe(1);
          expect(weekdag(zondag)).toBe(7);
          expect(plusDagen(maandag, 6)).toBe(zondag);
          expect(isoWeek(maandag)).toBe(optie.value);
          expect(Number(nr)).toBe(Number(optie.value.slice(6)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: "tot en met" offers exactly the weeks from "vanaf" on, and moving "vanaf" never puts it before', () => {
    fc.assert(
      fc.property(weekArb, fc.nat(150), fc.nat(60), fc.nat(150), (begin, a, lengte, b) => {
        const van = verschuifWeek(begin, a);
        const tot = verschuifWeek(van, lengte);
        const keuzes = weekKeuzes({ begin, van, tot });
        expect(keuzes.tot[0]).toBe(van);
        expect(keuzes.tot).toContain(tot);
        expect(keuzes.van.slice(keuzes.van.indexOf(van))).toEqual(keuzes.tot);
        const vanNieuw = verschuifWeek(begin, b);
        const totNieuw = totNaVan({ vanOud: van, totOud: tot, vanNieuw });
        expect(totNieuw >= vanNieuw).toBe(true);
        if (tot >= vanNieuw) expect(totNieuw).toBe(tot);
        else expect(wekenTussen(vanNieuw, totNieuw)).toHaveLength(lengte + 1);
      }),
      { numRuns: 100 },
    );
  });
});
