import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeAlsWoord,
  dossierStatusWoord,
  faseStatusWoord,
  maandWoord,
  metHoofdletter,
  themaStandWoord,
} from './raadsbrief-woorden';

describe('the words of the raadsbrief', () => {
  it('names a month as a griffie reads it', () => {
    expect(maandWoord('2026-11')).toBe('november 2026');
    expect(maandWoord('2027-01')).toBe('januari 2027');
    expect(maandWoord('2026-12')).toBe('december 2026');
  });

  it('leaves what is not a month as it is', () => {
    expect(maandWoord('2026-13')).toBe('2026-13');
    expect(maandWoord('2026-00')).toBe('2026-00');
    expect(maandWoord('november')).toBe('november');
    expect(maandWoord('2026-11-30')).toBe('2026-11-30');
  });

  it('says the states in words', () => {
    expect(dossierStatusWoord('bestuursopdracht', 'in-uitvoering')).toBe('in uitvoering');
    expect(dossierStatusWoord('bestuursopdracht', 'ter-besluitvorming')).toBe('ter besluitvorming');
    expect(dossierStatusWoord('bestuursopdracht', 'gewijzigd-vastgesteld')).toBe('gewijzigd vastgesteld');
    expect(dossierStatusWoord('bestuursopdracht', 'geevalueerd')).toBe('geëvalueerd');
    expect(dossierStatusWoord('opgave', 'uitvoering')).toBe('uitvoering');
    expect(dossierStatusWoord('opgave', 'rolbepaling')).toBe('rolbepaling');
    expect(faseStatusWoord('lopend')).toBe('lopend');
    expect(faseStatusWoord('gepland')).toBe('gepland');
    expect(themaStandWoord('op-schema')).toBe('op schema');
    expect(themaStandWoord('achter')).toBe('loopt achter');
    expect(themaStandWoord('gepauzeerd')).toBe('gepauzeerd');
  });

  it('still reads a code it does not know, and never a key of Object', () => {
    expect(dossierStatusWoord('opgave', 'in_uitvoering')).toBe('in uitvoering');
    expect(themaStandWoord('ver-achter')).toBe('ver achter');
    expect(faseStatusWoord('constructor')).toBe('constructor');
    expect(faseStatusWoord('toString')).toBe('tostring');
    expect(codeAlsWoord('Op_Schema')).toBe('op schema');
  });

  it('puts a capital first for a table cell', () => {
    expect(metHoofdletter('in uitvoering')).toBe('In uitvoering');
    expect(metHoofdletter('')).toBe('');
  });

  it('property: no word has a hyphen, an underscore or a month number left', () => {
    const code = fc.stringMatching(/^[a-z]{1,8}([-_][a-z]{1,8}){0,3}$/);
    fc.assert(
      fc.property(code, fc.constantFrom('opgave', 'bestuursopdracht' as const), (c, soort) => {
        for (const w of [dossierStatusWoord(soort, c), faseStatusWoord(c), themaStandWoord(c)])
          expect(w).not.toMatch(/[-_]/);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), (j, m) => {
        expect(maandWoord(`${j}-${String(m).padStart(2, '0')}`)).toMatch(/^[a-z]+ \d{4}$/);
      }),
    );
  });
});
