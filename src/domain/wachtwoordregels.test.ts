import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVeelGebruikt, MIN_LENGTE, wachtwoordProblemen } from './wachtwoordregels';

const codes = (w: string) => wachtwoordProblemen(w).map((p) => p.code);

describe('wachtwoordProblemen', () => {
  it('refuses passwords from the breach list and Dutch base words with digits around them', () => {
    for (const w of [
      '123456789012',
      'wachtwoord12',
      'Wachtwoord2024!',
      'qwertyuiop12',
      'password1234',
      'W@chtw00rd2025',
      'Welkom2024!!',
      '2024feyenoord',
      'iloveyou1234',
      '1q2w3e4r5t6y',
    ]) {
      expect(codes(w), w).toEqual(['veelgebruikt']);
    }
  });

  it('accepts a long sentence or a few unrelated words', () => {
    for (const w of ['een heel goed wachtwoord', 'mijn fiets staat in de gang', 'Kaasschaaf-Regenboog-17']) {
      expect(codes(w), w).toEqual([]);
    }
  });

  it('refuses short, overlong and repeated passwords', () => {
    expect(codes('kort')).toEqual(['te-kort']);
    expect(codes('x'.repeat(201))).toContain('te-lang');
    expect(codes('aaaaaaaaaaaa')).toEqual(['herhaling']);
    expect(codes('abcabcabcabc')).toEqual(['herhaling']);
  });

  it('messages are plain Dutch sentences', () => {
    for (const p of wachtwoordProblemen('123456789012')) expect(p.melding).toMatch(/^[A-Z].*\.$/);
  });

  it('property: any list word with digits and punctuation around it is refused', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('wachtwoord', 'welkom', 'password', 'dragon', 'gemeente', 'sunshine'),
        fc.stringMatching(/^[0-9!?.#]{0,6}$/),
        fc.stringMatching(/^[0-9!?.#]{0,6}$/),
        fc.boolean(),
        (woord, voor, na, hoofdletter) => {
          const w = `${voor}${hoofdletter ? woord.toUpperCase() : woord}${na}`;
          expect(isVeelGebruikt(w)).toBe(true);
        },
      ),
    );
  });

  it('property: length alone decides te-kort', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 40 }), (w) => {
        expect(codes(w).includes('te-kort')).toBe([...w].length < MIN_LENGTE);
      }),
    );
  });
});
