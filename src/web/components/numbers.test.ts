import { describe, expect, it } from 'vitest';
import {
  afronden,
  alsFractie,
  alsProcent,
  formatEuro,
  formatFte,
  formatGetal,
  formatProcent,
  getalAlsTekst,
  parseNumber,
} from './numbers';

describe('numbers', () => {
  it('reads a decimal comma or point, and nothing else', () => {
    expect(parseNumber('32,5')).toBe(32.5);
    expect(parseNumber(' 32.5 ')).toBe(32.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('1.234,5')).toBeNaN();
    expect(parseNumber('abc')).toBeNaN();
  });

  it('writes a number back as it is typed in the language', () => {
    expect(getalAlsTekst(32.5, 'nl')).toBe('32,5');
    expect(getalAlsTekst(32.5, 'en')).toBe('32.5');
    expect(getalAlsTekst(null, 'nl')).toBe('');
  });

  it('rounds, and turns fractions into percentages and back', () => {
    expect(afronden(3.25, 1)).toBe(3.3);
    expect(afronden(7.4)).toBe(7);
    expect(alsProcent(0.1234)).toBe(12);
    expect(alsProcent(0.1234, 1)).toBe(12.3);
    expect(alsFractie(12.34)).toBe(0.123);
    // The same arithmetic as before the helpers, to the last bit.
    for (const x of [0.1, 0.15, 0.2345, 0.335, 0.999]) {
      expect(alsProcent(x, 1)).toBe(Math.round(x * 1000) / 10);
      expect(alsProcent(x)).toBe(Math.round(x * 100));
      expect(alsFractie(x * 100)).toBe(Math.round(x * 100 * 10) / 1000);
    }
  });

  it('formats in the reader’s language', () => {
    expect(formatGetal('nl-NL', 1234.5)).toBe('1.234,5');
    expect(formatGetal('nl-NL', 2.345)).toBe('2,35');
    expect(formatGetal('nl-NL', 2, 1)).toBe('2,0');
    expect(formatGetal('en-GB', 1234.5)).toBe('1,234.5');
    expect(formatGetal('nl-NL', undefined)).toBe('');
    expect(formatFte('nl-NL', 0.888)).toBe('0,89');
    expect(formatFte('nl-NL', 1)).toBe('1,00');
    expect(formatProcent('nl-NL', 45)).toBe('45%');
    expect(formatProcent('nl-NL', 12.5)).toBe('12,5%');
    expect(formatProcent('nl-NL', null)).toBe('');
    expect(formatEuro('nl-NL', 1234.5)).toMatch(/^€\s1\.234,50$/);
  });
});
