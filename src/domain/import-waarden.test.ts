import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  datumNaarExcelSerieel,
  excelSerieelNaarDatum,
  isExcelFout,
  leesDatumTekst,
  leesGetalTekst,
  lijktFormule,
} from './import-waarden';

describe('excelSerieelNaarDatum (1900-systeem)', () => {
  it('kent de vaste punten van Excel, met de schrikkeldag-fout van 1900', () => {
    expect(excelSerieelNaarDatum(1)).toBe('1900-01-01');
    expect(excelSerieelNaarDatum(59)).toBe('1900-02-28');
    expect(excelSerieelNaarDatum(60)).toBeNull(); // 29-02-1900 bestond niet
    expect(excelSerieelNaarDatum(61)).toBe('1900-03-01');
    expect(excelSerieelNaarDatum(45292)).toBe('2024-01-01');
    expect(excelSerieelNaarDatum(45351)).toBe('2024-02-29');
    expect(excelSerieelNaarDatum(45292.75)).toBe('2024-01-01'); // tijd van de dag valt weg
  });
  it('weigert wat geen dag is', () => {
    expect(excelSerieelNaarDatum(0)).toBeNull();
    expect(excelSerieelNaarDatum(-3)).toBeNull();
    expect(excelSerieelNaarDatum(Number.NaN)).toBeNull();
    expect(excelSerieelNaarDatum(200_000)).toBeNull(); // na 2199
  });
});

describe('leesDatumTekst', () => {
  it.each([
    ['01-03-2024', '2024-03-01'],
    ['1-3-2024', '2024-03-01'],
    ['01/03/2024', '2024-03-01'],
    ['1/3/2024', '2024-03-01'],
    ['01.03.2024', '2024-03-01'],
    ['2024-03-01', '2024-03-01'],
    [' 2024-03-01 ', '2024-03-01'],
    ['01-03-2024 00:00:00', '2024-03-01'],
    ['2024-03-01T00:00:00Z', '2024-03-01'],
    ['45352', '2024-03-01'],
    ['29-02-2024', '2024-02-29'],
  ])('%s → %s', (tekst, iso) => {
    expect(leesDatumTekst(tekst)).toBe(iso);
  });
  it.each(['31-02-2024', '29-02-2023', '2024-13-01', '1-3-24', '03/01/24', 'morgen', '', '01-03-1899', '60'])(
    '%s is geen datum',
    (tekst) => {
      expect(leesDatumTekst(tekst)).toBeNull();
    },
  );

  it('leest elke vorm van elke dag als dezelfde ISO-datum', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-03-01T00:00:00Z'),
          max: new Date('2199-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [j, m, dg] = iso.split('-') as [string, string, string];
          const vormen = [
            `${dg}-${m}-${j}`,
            `${Number(dg)}-${Number(m)}-${j}`,
            `${dg}/${m}/${j}`,
            iso,
            String(datumNaarExcelSerieel(iso)),
          ];
          for (const v of vormen) expect(leesDatumTekst(v)).toBe(iso);
          expect(excelSerieelNaarDatum(datumNaarExcelSerieel(iso))).toBe(iso);
        },
      ),
    );
  });
});

describe('leesGetalTekst', () => {
  it('leest een decimale komma en punt', () => {
    expect(leesGetalTekst('32,5')).toBe(32.5);
    expect(leesGetalTekst('32.5')).toBe(32.5);
    expect(leesGetalTekst(' 36 ')).toBe(36);
    expect(leesGetalTekst('-4')).toBe(-4);
    expect(leesGetalTekst(',5')).toBe(0.5);
  });
  it('weigert wat geen getal is, ook duizendtallen', () => {
    for (const t of ['', 'abc', '32,5,1', '1.000,5', '32 uur', '1e3']) expect(leesGetalTekst(t)).toBeNull();
  });
  it('leest elk getal met twee decimalen, met komma of punt', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (honderdsten) => {
        const getal = honderdsten / 100;
        expect(leesGetalTekst(String(getal).replace('.', ','))).toBe(getal);
        expect(leesGetalTekst(String(getal))).toBe(getal);
      }),
    );
  });
});

describe('lijktFormule en isExcelFout', () => {
  it('herkent formules, niet negatieve getallen', () => {
    for (const t of ['=A1+B1', '+31 6', '@SUM(A1)', '-A1', ' =1', '-x']) expect(lijktFormule(t)).toBe(true);
    for (const t of ['-5', '-4,5', '-.5', '-', 'Jan', 'a=b', '']) expect(lijktFormule(t)).toBe(false);
  });
  it('herkent foutwaarden van Excel', () => {
    for (const t of ['#N/B', '#N/A', '#VERW!', '#REF!', '#DEEL/0!', '#WAARDE!'])
      expect(isExcelFout(t)).toBe(true);
    expect(isExcelFout('#1 team')).toBe(false);
  });
});
