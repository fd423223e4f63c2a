import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leesCsv } from '../../test/helpers/strikte-csv';
import { neutraliseer } from '../domain/csv';
import { naarCsv, naarXlsx, type Tabel, xlsxTekst } from './tabel-export';

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

/** What a spreadsheet reads as the start of a formula (or hides one behind). */
const FORMULE = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Texts made of formula triggers, separators and quotes, and of any UTF-16 at all (control characters, lone surrogates). */
const vijandig = fc.oneof(
  fc.string({
    unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ';', "'", ' ', 'a', '\u0001', '\uFF1D'),
    maxLength: 10,
  }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }),
);

async function leesBlad(bestand: Buffer) {
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.load(bestand as never);
  return boek.worksheets[0]!;
}

describe('no exported cell starts a formula, in either format', () => {
  it('XLSX: every text cell and heading neutralised, numbers stay numbers (negatives too)', async () => {
    await fc.assert(
      fc.asyncProperty(
        vijandig,
        fc.array(fc.tuple(vijandig, fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 5 }),
        async (kop, rijen) => {
          const blad = await leesBlad(
            await naarXlsx({
              titel: kop,
              kolommen: [
                { kop, waarde: (r) => r[0] },
                { kop: 'Getal', waarde: (r) => r[1] },
              ],
              rijen,
            }),
          );
          const cellen: unknown[] = [];
          blad.eachRow((rij) => {
            rij.eachCell((cel) => {
              cellen.push(cel.value);
              expect(cel.type).not.toBe(ExcelJS.ValueType.Formula);
            });
          });
          for (const v of cellen) if (typeof v === 'string') expect(FORMULE.test(v)).toBe(false);
          rijen.forEach(([tekst, getal], i) => {
            const rij = blad.getRow(i + 2);
            expect(rij.getCell(2).value).toBe(Object.is(getal, -0) ? 0 : getal);
            // The text comes back, only with a leading quote where it looked like a formula.
            if (tekst !== '') {
              // (XML reads a CR as a line feed: that is the format, not the export.)
              const lf = (t: string) => t.replace(/\r\n?/g, '\n');
              expect(rij.getCell(1).value).toBe(lf(xlsxTekst(tekst)));
              // A text XML can hold comes back as it was, only with a quote where it looked like a formula.
              if (xlsxTekst(tekst) === neutraliseer(tekst))
                expect([lf(tekst), lf(`'${tekst}`)]).toContain(rij.getCell(1).value);
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('CSV: no cell of a table starts a formula; a negative number is a number', () => {
    fc.assert(
      fc.property(vijandig, fc.array(fc.tuple(vijandig, fc.integer()), { maxLength: 5 }), (kop, rijen) => {
        const csv = naarCsv({
          titel: 't',
          kolommen: [
            { kop, waarde: (r) => r[0] },
            { kop: 'Getal', waarde: (r) => r[1] },
          ],
          rijen,
        });
        const gelezen = leesCsv(csv);
        expect(gelezen).toHaveLength(rijen.length + 1);
        // Every text: the headings and the first column (the second holds numbers, and -5 is no formula).
        for (const rij of gelezen) expect(FORMULE.test(rij[0]!)).toBe(false);
        expect(FORMULE.test(gelezen[0]![1]!)).toBe(false);
        rijen.forEach(([, getal], i) => {
          expect(gelezen[i + 1]![1]).toBe(String(getal));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('XLSX: a control character in a name no longer makes the whole workbook unreadable', async () => {
    const blad = await leesBlad(
      await naarXlsx({
        titel: 'Team\u0001 X',
        kolommen: [{ kop: 'Naam', waarde: (r: string) => r }],
        rijen: ['Jan\u0001Jansen', '\u0002=HYPERLINK("x")', '\uD800'],
      }),
    );
    expect(blad.getCell('A2').value).toBe('Jan\uFFFDJansen');
    expect(blad.getCell('A3').value).toBe('\uFFFD=HYPERLINK("x")');
    expect(blad.getCell('A4').value).toBe('\uFFFD');
  });

  it('XLSX: a title that ends in a quote once its spaces are gone still names a valid sheet', async () => {
    for (const [titel, naam] of [
      ["=' '", '='],
      ["' '", 'Export'],
      ["'Team A' ", 'Team A'],
    ] as const) {
      const boek = new ExcelJS.Workbook();
      await boek.xlsx.load((await naarXlsx({ ...tabel, titel, rijen: [] })) as never);
      expect(boek.worksheets[0]!.name).toBe(naam);
    }
  });

  it('XLSX: a heading that is a user text (a pulse question) is neutralised like a cell', async () => {
    const blad = await leesBlad(
      await naarXlsx({ titel: 't', kolommen: [{ kop: '=1+1', waarde: () => -3 }], rijen: [1] }),
    );
    expect(blad.getCell('A1').value).toBe("'=1+1");
    expect(blad.getCell('A2').value).toBe(-3);
  });
});
