import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datumWoord, MAANDEN, maandWoord } from './datum-woorden';

describe('datum in woorden', () => {
  it('writes months and dates as a Dutch reader says them', () => {
    expect(maandWoord('2026-11')).toBe('november 2026');
    expect(maandWoord('2026-01')).toBe('januari 2026');
    expect(datumWoord('2026-03-12')).toBe('12 maart 2026');
    expect(datumWoord('2026-12-01T09:30:00Z')).toBe('1 december 2026');
  });

  it('returns anything that is not a month or date as it is', () => {
    expect(maandWoord('2026-13')).toBe('2026-13');
    expect(maandWoord('2026-Q1')).toBe('2026-Q1');
    expect(datumWoord('2026-00-05')).toBe('2026-00-05');
    expect(datumWoord('gisteren')).toBe('gisteren');
  });

  it('names every month of every year by its number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), (jaar, maand) => {
        const code = `${jaar}-${String(maand).padStart(2, '0')}`;
        expect(maandWoord(code)).toBe(`${MAANDEN[maand - 1]} ${jaar}`);
        expect(datumWoord(`${code}-07`)).toBe(`7 ${MAANDEN[maand - 1]} ${jaar}`);
      }),
    );
  });
});
