import { describe, expect, it } from 'vitest';
import { readDemoArguments } from './demo.command';

describe('readDemoArguments', () => {
  it('defaults to the demo municipality of 400 with the standard seed', () => {
    expect(readDemoArguments({})).toEqual({ medewerkers: 400, seed: 2023, vervang: false });
  });

  it('reads --medewerkers, --seed and --vervang', () => {
    expect(readDemoArguments({ medewerkers: '25000', seed: '7', vervang: true })).toEqual({
      medewerkers: 25000,
      seed: 7,
      vervang: true,
    });
  });

  it.each([
    [{ medewerkers: 'veel' }, "--medewerkers moet een geheel getal zijn, niet 'veel'."],
    [{ medewerkers: '2.5' }, "--medewerkers moet een geheel getal zijn, niet '2.5'."],
    [{ medewerkers: '19' }, '--medewerkers moet tussen 20 en 1.000.000 liggen.'],
    [{ medewerkers: '1000001' }, '--medewerkers moet tussen 20 en 1.000.000 liggen.'],
    [{ seed: '-1' }, "--seed moet een geheel getal zijn, niet '-1'."],
  ])('refuses %o', (values, message) => {
    expect(() => readDemoArguments(values)).toThrow(message);
  });
});
