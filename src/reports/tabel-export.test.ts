import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { naarCsv, naarXlsx, type Tabel } from './tabel-export';

const tabel: Tabel<{ naam: string; uren: number | null }> = {
  titel: 'Team Vergunningen / 2026',
  kolommen: [
    { kop: 'Naam', waarde: (r) => r.naam },
    { kop: 'Uren', waarde: (r) => r.uren, formaat: '0.00' },
  ],
  rijen: [
    { naam: 'Jan de Vries', uren: 24.48 },
    { naam: '=HYPERLINK("x")', uren: null },
    { naam: 'Piet; "Bakker"', uren: -9.6 },
  ],
};

describe('table export', () => {
  it('writes Dutch CSV with a BOM, decimal commas, quoting and no formulas', () => {
    expect(naarCsv(tabel)).toBe(
      '\uFEFFNaam;Uren\r\nJan de Vries;24,48\r\n"\'=HYPERLINK(""x"")";\r\n"Piet; ""Bakker""";-9,6\r\n',
    );
  });

  it('writes an XLSX that reads back with the same cells', async () => {
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load((await naarXlsx(tabel)) as never);
    const blad = boek.worksheets[0]!;
    expect(blad.name).toBe('Team Vergunningen - 2026');
    expect(blad.getRow(1).values).toEqual([undefined, 'Naam', 'Uren']);
    expect(blad.getRow(2).values).toEqual([undefined, 'Jan de Vries', 24.48]);
    expect(blad.getCell('A3').value).toBe('\'=HYPERLINK("x")');
    expect(blad.getColumn(2).numFmt).toBe('0.00');
  });
});
