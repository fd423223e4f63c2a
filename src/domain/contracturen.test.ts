import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fte, fteVanUren, MAX_CONTRACTUREN_PER_WEEK } from './contracturen';

describe('fte', () => {
  it('is contract hours over 36', () => {
    expect(fte(36)).toBe(1);
    expect(fte(32)).toBe(0.8889);
    expect(fte(18)).toBe(0.5);
    expect(fte(0)).toBe(0);
    expect(fte(40)).toBe(1.1111);
  });

  it('grows with the hours and stays within 0..40/36', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: MAX_CONTRACTUREN_PER_WEEK, noNaN: true }),
        fc.double({ min: 0, max: MAX_CONTRACTUREN_PER_WEEK, noNaN: true }),
        (a, b) => {
          if (a <= b) expect(fte(a)).toBeLessThanOrEqual(fte(b));
          expect(fte(a)).toBeGreaterThanOrEqual(0);
          expect(fte(a)).toBeLessThanOrEqual(1.1112);
        },
      ),
    );
  });
});

describe('fteVanUren', () => {
  it('is the FTE of a sum of hours, to two decimals', () => {
    expect(fteVanUren(36)).toBe(1);
    expect(fteVanUren(32)).toBe(0.89);
    expect(fteVanUren(68)).toBe(1.89);
    expect(fteVanUren(0)).toBe(0);
    expect(fteVanUren(360)).toBe(10);
  });

  it('stays within half a hundredth of the exact FTE', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (uren) => {
        expect(Math.abs(fteVanUren(uren) - uren / 36)).toBeLessThanOrEqual(0.00505);
      }),
    );
  });
});
