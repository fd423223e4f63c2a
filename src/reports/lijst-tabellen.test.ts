import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zoekTabel } from './lijst-tabellen';
import { naarCsv, naarXlsx, type Tabel } from './tabel-export';

describe('list tables', () => {
  it('a date column is a real date in XLSX (dd-mm-jjjj) and ISO text in CSV; an empty date stays empty', async () => {
    const tabel: Tabel<{ d: string | null }> = {
      titel: 'Data',
      kolommen: [{ kop: 'Datum', waarde: (r) => r.d, datum: true }],
      rijen: [{ d: '2027-03-15' }, { d: '2026-11-02T09:00:00.000Z' }, { d: null }],
    };
    expect(naarCsv(tabel)).toBe('\uFEFFDatum\r\n2027-03-15\r\n2026-11-02T09:00:00.000Z\r\n\r\n');
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load((await naarXlsx(tabel)) as never);
    const blad = boek.worksheets[0]!;
    expect(blad.getCell('A2').value).toEqual(new Date('2027-03-15T00:00:00Z'));
    expect(blad.getCell('A2').numFmt).toBe('dd-mm-yyyy');
    expect(blad.getCell('A3').value).toEqual(new Date('2026-11-02T00:00:00Z'));
    expect(blad.getCell('A4').value).toBeNull();
  });

  it('the search puts every group in one sheet, each hit with its kind', () => {
    const t = zoekTabel('jan', {
      medewerkers: [{ id: 'm', naam: 'Jan', omschrijving: 'Jurist · Team A' }],
      teams: [{ id: 't', naam: 'Team Jansen', omschrijving: 'basisteam' }],
      expertises: [],
    });
    expect(t.rijen.map((r) => [r.soort, r.naam])).toEqual([
      ['Medewerker', 'Jan'],
      ['Team', 'Team Jansen'],
    ]);
  });
});
