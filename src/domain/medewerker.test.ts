import { describe, expect, it } from 'vitest';
import { controleerDienstverband, inDienstOp, volledigeNaam } from './medewerker';

describe('volledigeNaam', () => {
  it('puts the tussenvoegsel between first and last name', () => {
    expect(volledigeNaam({ voornaam: 'Jan', tussenvoegsel: 'de', achternaam: 'Vries' })).toBe('Jan de Vries');
    expect(volledigeNaam({ voornaam: 'Fatima', tussenvoegsel: null, achternaam: 'El Amrani' })).toBe(
      'Fatima El Amrani',
    );
    expect(volledigeNaam({ voornaam: 'Piet', tussenvoegsel: ' ', achternaam: 'Bakker' })).toBe('Piet Bakker');
  });
});

describe('inDienstOp', () => {
  it('includes the first and the last day', () => {
    const m = { inDienst: '2020-03-01', uitDienst: '2025-02-28' };
    expect(inDienstOp(m, '2020-03-01')).toBe(true);
    expect(inDienstOp(m, '2025-02-28')).toBe(true);
    expect(inDienstOp(m, '2025-03-01')).toBe(false);
    expect(inDienstOp({ inDienst: '2020-03-01', uitDienst: null }, '2099-01-01')).toBe(true);
  });
});

describe('controleerDienstverband', () => {
  it('refuses leaving before joining', () => {
    expect(controleerDienstverband('2020-01-01', '2019-12-31')).toEqual([
      {
        veld: 'uitDienst',
        code: 'voor-in-dienst',
        melding: 'De datum uit dienst ligt vóór de datum in dienst (2020-01-01).',
      },
    ]);
    expect(controleerDienstverband('2020-01-01', '2020-01-01')).toEqual([]);
    expect(controleerDienstverband('2020-01-01', null)).toEqual([]);
  });
});
