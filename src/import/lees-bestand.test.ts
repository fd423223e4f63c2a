import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { leesBestand, OnleesbaarBestand } from './lees-bestand';

async function xlsx(vul: (boek: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const boek = new ExcelJS.Workbook();
  vul(boek);
  return new Uint8Array(await boek.xlsx.writeBuffer());
}

describe('leesBestand: XLSX', () => {
  it('leest het eerste werkblad met elk soort cel, de kop in de eerste niet-lege rij', async () => {
    const bytes = await xlsx((boek) => {
      const blad = boek.addWorksheet('Medewerkers');
      boek.addWorksheet('Uitleg').getCell('A1').value = 'niet lezen';
      blad.getRow(3).values = ['Persnr', 'Naam', 'In dienst', 'Uren', 'E-mail', 'Schaal', null, null];
      blad.getRow(4).values = [
        1001,
        { richText: [{ text: 'Zoë ' }, { font: { bold: true }, text: 'de Vries' }] },
        new Date(Date.UTC(2024, 2, 1)),
        32.5,
        { text: 'zoe@gemeente.nl', hyperlink: 'mailto:zoe@gemeente.nl' },
        { formula: 'B9*2', result: 10 },
      ];
      blad.getRow(5).values = ['1002', '', 45352, '36', null, true];
      blad.getCell('D4').numFmt = '0.0';
      // Formatting far to the right and below, as a real export has: no content, so no column or row.
      blad.getCell('K20').numFmt = '0';
      blad.getCell('A30').value = '';
    });
    const tabel = await leesBestand(bytes, 'export.xlsx');
    expect(tabel).toEqual({
      koppen: ['Persnr', 'Naam', 'In dienst', 'Uren', 'E-mail', 'Schaal'],
      rijen: [
        {
          rij: 4,
          cellen: [
            1001,
            'Zoë de Vries',
            { datum: '2024-03-01' },
            32.5,
            'zoe@gemeente.nl',
            { formule: '=B9*2' },
          ],
        },
        { rij: 5, cellen: ['1002', null, 45352, '36', null, 'ja'] },
      ],
      bron: { soort: 'xlsx' },
    });
  });

  it('herkent een XLSX aan de inhoud, ook met een andere naam', async () => {
    const bytes = await xlsx((boek) => {
      boek.addWorksheet('x').getCell('A1').value = 'Persnr';
    });
    expect((await leesBestand(bytes, 'export.csv')).bron.soort).toBe('xlsx');
  });

  it('meldt een leeg werkblad en een kapot bestand in gewone taal', async () => {
    const leeg = await xlsx((boek) => {
      boek.addWorksheet('leeg');
    });
    await expect(leesBestand(leeg, 'leeg.xlsx')).rejects.toThrow(/werkblad van het Excelbestand is leeg/);
    const kapot = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(leesBestand(kapot, 'kapot.xlsx')).rejects.toThrow(OnleesbaarBestand);
  });
});

describe('leesBestand: CSV en wat geen van beide is', () => {
  it('leest CSV', async () => {
    const tabel = await leesBestand(new TextEncoder().encode('a;b\n1;2\n'), 'x.csv');
    expect(tabel.rijen).toEqual([{ rij: 2, cellen: ['1', '2'] }]);
  });
  it('weigert een leeg, oud Excel- of binair bestand met een Nederlandse uitleg', async () => {
    await expect(leesBestand(new Uint8Array(), 'x.csv')).rejects.toThrow('Het bestand is leeg.');
    await expect(leesBestand(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'oud.xls')).rejects.toThrow(
      /\.xls/,
    );
    await expect(leesBestand(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'foto.png')).rejects.toThrow(
      /Dit is geen CSV- of Excelbestand.*\(foto\.png\)/,
    );
  });
});
