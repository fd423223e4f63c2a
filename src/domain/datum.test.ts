import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDatum, laatste, plusDagen, vandaag } from './datum';

describe('isIsoDatum', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDatum('2024-02-29')).toBe(true);
    expect(isIsoDatum('2025-02-29')).toBe(false);
    expect(isIsoDatum('2025-13-01')).toBe(false);
    expect(isIsoDatum('2025-1-01')).toBe(false);
    expect(isIsoDatum('01-01-2025')).toBe(false);
  });
});

describe('plusDagen', () => {
  it('crosses months, years and daylight saving without losing a day', () => {
    expect(plusDagen('2024-02-28', 1)).toBe('2024-02-29');
    expect(plusDagen('2024-03-01', -1)).toBe('2024-02-29');
    expect(plusDagen('2024-12-31', 1)).toBe('2025-01-01');
    expect(plusDagen('2025-03-30', 1)).toBe('2025-03-31');
    expect(plusDagen('2025-10-26', 1)).toBe('2025-10-27');
  });

  it('is undone by the opposite step', () => {
    const datum = fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(datum, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10);
        expect(plusDagen(plusDagen(iso, n), -n)).toBe(iso);
        expect(isIsoDatum(plusDagen(iso, n))).toBe(true);
      }),
    );
  });
});

describe('vandaag', () => {
  it('is the date in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1).
    expect(vandaag(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(vandaag(new Date('2025-07-01T21:59:00Z'))).toBe('2025-07-01');
    expect(vandaag(new Date('2025-07-01T22:01:00Z'))).toBe('2025-07-02');
  });
});

describe('laatste', () => {
  it('treats null as no end', () => {
    expect(laatste('2025-01-01', '2024-01-01')).toBe('2025-01-01');
    expect(laatste(null, '2024-01-01')).toBe(null);
  });
});
