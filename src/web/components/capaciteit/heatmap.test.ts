import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aantalWeken,
  BANDEN,
  bandVan,
  benutting,
  isoWeekVan,
  jarenVan,
  maandenVanaf,
  procentVan,
  verschuifMaand,
  verschuifWeek,
  weekBereik,
  weekKeuzes,
} from './heatmap';

describe('the utilisation band of a cell', () => {
  it('puts 50% in another band than 0%, and over-booking in its own', () => {
    expect(bandVan(0)).toBe('laag');
    expect(bandVan(0.49)).toBe('laag');
    expect(bandVan(0.5)).toBe('midden');
    expect(bandVan(0.84)).toBe('midden');
    expect(bandVan(0.85)).toBe('hoog');
    expect(bandVan(1)).toBe('hoog');
    expect(bandVan(1.01)).toBe('over');
    expect(bandVan(null)).toBe('geen');
  });

  it('treats hours booked without availability as over-booked', () => {
    expect(benutting(4, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(bandVan(benutting(4, 0))).toBe('over');
    expect(benutting(0, 0)).toBeNull();
    expect(benutting(13.6, 27.2)).toBe(0.5);
    expect(procentVan(0.504)).toBe(50);
    expect(procentVan(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('never puts a higher utilisation in a lower band', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(BANDEN.indexOf(bandVan(lo))).toBeLessThanOrEqual(BANDEN.indexOf(bandVan(hi)));
        },
      ),
    );
  });
});

describe('ranges from today', () => {
  it('knows the ISO week of a day, also at year ends', () => {
    expect(isoWeekVan(new Date(2026, 11, 5))).toBe('2026-W49');
    expect(isoWeekVan(new Date(2021, 0, 1))).toBe('2020-W53');
    expect(isoWeekVan(new Date(2024, 11, 30))).toBe('2025-W01');
    expect(isoWeekVan(new Date(2026, 11, 31))).toBe('2026-W53');
  });

  it('shifts weeks across years and back', () => {
    expect(verschuifWeek('2026-W53', 1)).toBe('2027-W01');
    expect(verschuifWeek('2027-W01', -1)).toBe('2026-W53');
    expect(aantalWeken('2026-W49', '2027-W09')).toBe(14);
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2090 }),
        fc.integer({ min: 1, max: 52 }),
        fc.integer({ min: -200, max: 200 }),
        (jaar, w, n) => {
          const week = `${jaar}-W${String(w).padStart(2, '0')}`;
          expect(verschuifWeek(verschuifWeek(week, n), -n)).toBe(week);
          if (n >= 0) expect(aantalWeken(week, verschuifWeek(week, n))).toBe(n + 1);
        },
      ),
    );
  });

  it('opens the team grid at this week, not at the start of the quarter', () => {
    const nu = new Date(2026, 11, 5);
    expect(weekBereik({ periode: null, van: null, weken: null }, nu)).toEqual({
      van: '2026-W49',
      tot: '2027-W08',
      aantal: 13,
    });
    expect(weekBereik({ periode: null, van: '2027-W03', weken: '4' }, nu)).toEqual({
      van: '2027-W03',
      tot: '2027-W06',
      aantal: 4,
    });
    // Nonsense falls back to the default; an explicit quarter still means its weeks.
    expect(weekBereik({ periode: null, van: 'x', weken: '0' }, nu).van).toBe('2026-W49');
    expect(weekBereik({ periode: '2026-Q2', van: null, weken: null }, nu)).toEqual({
      van: '2026-W14',
      tot: '2026-W26',
      aantal: 13,
    });
    expect(weekKeuzes(nu, '2026-W49')).toContain('2026-W49');
    expect(weekKeuzes(nu, '2020-W01')[0]).toBe('2020-W01');
  });

  it('counts months across years', () => {
    expect(verschuifMaand('2026-12', 1)).toBe('2027-01');
    expect(verschuifMaand('2026-01', -1)).toBe('2025-12');
    expect(maandenVanaf('2026-12', 3)).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(jarenVan(maandenVanaf('2026-12', 12))).toEqual([2026, 2027]);
  });
});

/** WCAG 2.x relative luminance and contrast ratio. */
function luminantie(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminantie(a), luminantie(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

describe('the colours of the bands (src/web/theme/capaciteit.css)', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../theme/capaciteit.css'), 'utf8');
  const kleur = (naam: string) => {
    const match = new RegExp(`--wb-hm-${naam}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
    if (!match?.[1]) throw new Error(`--wb-hm-${naam} ontbreekt`);
    return match[1];
  };

  it.each(BANDEN)('gives text on band %s a contrast of at least 4.5:1', (band) => {
    expect(contrast(kleur(`${band}-bg`), kleur(`${band}-fg`))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the over-booked stripes readable too', () => {
    expect(contrast(kleur('over-bg2'), kleur('over-fg'))).toBeGreaterThanOrEqual(4.5);
  });

  it('makes 50% look different from 0%', () => {
    expect(contrast(kleur('laag-bg'), kleur('midden-bg'))).toBeGreaterThan(1.5);
  });
});
