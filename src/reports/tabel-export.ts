import ExcelJS from 'exceljs';
import { naarCsvBestand, neutraliseer } from '../domain/csv';

/**
 * Exporting a grid or list as it appears on screen: a title, named columns, rows. CSV for any tool
 * (semicolons and a BOM, as Dutch Excel expects), XLSX with a frozen header row, number formats and
 * column widths. Cells that start like a formula are quoted so a spreadsheet never runs them; the CSV
 * comes from the one writer of every export (src/domain/csv.ts).
 */
export interface Kolom<T> {
  kop: string;
  waarde: (rij: T) => string | number | null;
  /** Number format for XLSX, e.g. '0.00'. */
  formaat?: string;
  breedte?: number;
}

export interface Tabel<T> {
  titel: string;
  kolommen: Kolom<T>[];
  rijen: T[];
}

export function naarCsv<T>(tabel: Tabel<T>): string {
  return naarCsvBestand(
    tabel.kolommen.map((k) => k.kop),
    tabel.rijen.map((rij) => tabel.kolommen.map((k) => k.waarde(rij))),
  );
}

export async function naarXlsx<T>(tabel: Tabel<T>): Promise<Buffer> {
  const boek = new ExcelJS.Workbook();
  boek.creator = 'Wendbaar';
  const blad = boek.addWorksheet(tabel.titel.slice(0, 31).replace(/[\\/?*[\]:]/g, '-'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  blad.columns = tabel.kolommen.map((k) => ({
    header: k.kop,
    width: k.breedte ?? Math.max(12, k.kop.length + 2),
  }));
  blad.getRow(1).font = { bold: true };
  for (const rij of tabel.rijen) {
    blad.addRow(
      tabel.kolommen.map((k) => {
        const v = k.waarde(rij);
        return typeof v === 'string' ? neutraliseer(v) : v;
      }),
    );
  }
  tabel.kolommen.forEach((k, i) => {
    if (k.formaat) blad.getColumn(i + 1).numFmt = k.formaat;
  });
  return Buffer.from(await boek.xlsx.writeBuffer());
}
