import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_WACHTTIJD_MS,
  pogingSleutels,
  resterendeSeconden,
  VENSTER_MINUTEN,
  VRIJE_POGINGEN,
  vensterGrens,
  wachttijdMs,
} from './wachtwoord-pogingen';

describe('wachttijdMs', () => {
  it('is free for the first attempts, then doubles up to the cap', () => {
    expect([0, 1, 4].map(wachttijdMs)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 50].map(wachttijdMs)).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000, 10_000,
    ]);
    expect(wachttijdMs(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('property: never decreasing, never above the cap (so never a lockout)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), (n) => {
        expect(wachttijdMs(n + 1)).toBeGreaterThanOrEqual(wachttijdMs(n));
        expect(wachttijdMs(n)).toBeLessThanOrEqual(MAX_WACHTTIJD_MS);
        if (n < VRIJE_POGINGEN) expect(wachttijdMs(n)).toBe(0);
      }),
    );
  });
});

describe('window', () => {
  it('Retry-After is the rest of the window, at least one second', () => {
    const sinds = new Date('2025-03-03T09:00:00Z');
    expect(resterendeSeconden(sinds, new Date('2025-03-03T09:00:10Z'))).toBe(VENSTER_MINUTEN * 60 - 10);
    expect(resterendeSeconden(sinds, new Date('2025-03-03T10:00:00Z'))).toBe(1);
    expect(vensterGrens(new Date('2025-03-03T09:15:00Z'))).toEqual(sinds);
  });
});

describe('pogingSleutels', () => {
  it('keys the pair by e-mail (any case) and address', () => {
    expect(pogingSleutels(' Piet@Example.nl ', '10.0.0.1')).toEqual({
      paar: 'paar:piet@example.nl|10.0.0.1',
      adres: 'adres:10.0.0.1',
      account: 'account:piet@example.nl',
    });
    expect(pogingSleutels('a@b.nl', null).adres).toBe('adres:onbekend');
  });
});
