import { describe, expect, it } from 'vitest';
import { leesBedrag, leesSalaristabel, MAX_PROBLEMEN, MAX_RIJEN, splitsCsv } from './salaristabel';

describe('reading a salary table file', () => {
  it('reads the three columns in any order, with Dutch or English amounts and a BOM', () => {
    const cellen = splitsCsv(
      '\uFEFFTrede;Schaal;Bedrag\r\n0;10;"3.400,00"\r\n1;10;3500.5\r\n;;\r\n0;10A;€ 3.600,25\r\n',
    );
    expect(leesSalaristabel(cellen)).toEqual({
      rijen: [
        { schaal: '10', trede: 0, bedrag: 3400 },
        { schaal: '10', trede: 1, bedrag: 3500.5 },
        { schaal: '10A', trede: 0, bedrag: 3600.25 },
      ],
      problemen: [],
    });
  });

  it('reports every bad row with its row number and column, and loads none', () => {
    const cellen = splitsCsv('schaal,trede,bedrag\n10,0,3400\n10!,x,-5\n10,0,3500\n,1,\n');
    const { problemen } = leesSalaristabel(cellen);
    expect(problemen.map((p) => p.veld)).toEqual([
      'bestand.rij3.schaal',
      'bestand.rij3.trede',
      'bestand.rij3.bedrag',
      'bestand.rij4.trede',
      'bestand.rij5.schaal',
      'bestand.rij5.bedrag',
    ]);
    expect(problemen[3]!.melding).toBe('Rij 4, kolom trede: schaal 10 trede 0 staat ook al op rij 2.');
  });

  it('names missing header columns', () => {
    expect(leesSalaristabel([['schaal', 'bedrag']]).problemen[0]!.melding).toContain('trede');
    expect(leesSalaristabel([['schaal', 'trede', 'bedrag']]).problemen[0]!.code).toBe('leeg');
  });

  it('reads amounts as a spreadsheet writes them', () => {
    expect(leesBedrag('4.123,45')).toBe(4123.45);
    expect(leesBedrag('4123.45')).toBe(4123.45);
    expect(leesBedrag('4123,456')).toBeNull();
    expect(leesBedrag('1e5')).toBeNull();
  });

  it('reads Dutch thousands points without decimals, and refuses English thousands commas', () => {
    expect(leesBedrag('4.123')).toBe(4123);
    expect(leesBedrag('€ 12.345')).toBe(12345);
    expect(leesBedrag('4.12')).toBe(4.12);
    expect(leesBedrag('1,234.56')).toBeNull();
    expect(leesBedrag('41.23.4')).toBeNull();
  });

  it('calls an empty file empty', () => {
    for (const tekst of ['', '\uFEFF', '\r\n\r\n', ';;\n;;']) {
      expect(leesSalaristabel(splitsCsv(tekst)).problemen).toEqual([
        { veld: 'bestand', code: 'leeg', melding: 'Het bestand is leeg. De kop is: schaal;trede;bedrag.' },
      ]);
    }
  });

  it('refuses a file of too many rows with one problem, not one per row', () => {
    const rijen = Array.from({ length: MAX_RIJEN + 1 }, (_, i) => `x;${i};y`);
    const { problemen } = leesSalaristabel(splitsCsv(['schaal;trede;bedrag', ...rijen].join('\n')));
    expect(problemen).toHaveLength(1);
    expect(problemen[0]!.code).toBe('te-groot');
  });

  it('names at most MAX_PROBLEMEN problems and says how many more', () => {
    const rijen = Array.from({ length: 60 }, () => '!;y;z'); // 3 problems a row: 180
    const { problemen } = leesSalaristabel(splitsCsv(['schaal;trede;bedrag', ...rijen].join('\n')));
    expect(problemen).toHaveLength(MAX_PROBLEMEN + 1);
    expect(problemen.at(-1)).toMatchObject({ code: 'meer-problemen' });
    expect(problemen.at(-1)!.melding).toContain(`En nog ${180 - MAX_PROBLEMEN} problemen`);
  });
});
