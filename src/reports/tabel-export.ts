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
  /** The value is an ISO date (yyyy-mm-dd) or moment: XLSX gets a real date, CSV keeps the ISO text. */
  datum?: boolean;
}

export interface Tabel<T> {
  titel: string;
  kolommen: Kolom<T>[];
  rijen: T[];
}

/**
 * Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/FFFF): one of them in
 * a pasted name made the whole workbook unreadable. Shown as U+FFFD, replaced before neutralising so a
 * control character cannot hide a formula behind it.
 */
const GEEN_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids, and DEL, which the XLSX reader drops
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A text as an XLSX cell holds it: valid XML, and never run as a formula. */
export function xlsxTekst(tekst: string): string {
  return neutraliseer(tekst.replace(GEEN_XML, '\uFFFD'));
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
  // A sheet name: no characters XML or Excel forbid, no quote at either end, never empty.
  const bladnaam =
    tabel.titel
      .replace(GEEN_XML, '')
      .replace(/[\\/?*[\]:]/g, '-')
      .slice(0, 31)
      .replace(GEEN_XML, '')
      // Quotes and spaces together, so "=' '" does not end in a quote after one pass of each.
      .replace(/^['\s]+|['\s]+$/g, '') || 'Export';
  const blad = boek.addWorksheet(bladnaam, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  blad.columns = tabel.kolommen.map((k) => ({
    // A heading can be a user's text too (a pulse question): neutralised like every cell.
    header: xlsxTekst(k.kop),
    width: k.breedte ?? Math.max(12, k.kop.length + 2),
  }));
  blad.getRow(1).font = { bold: true };
  for (const rij of tabel.rijen) {
    blad.addRow(
      tabel.kolommen.map((k) => {
        const v = k.waarde(rij);
        if (k.datum && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))
          return new Date(`${v.slice(0, 10)}T00:00:00Z`);
        if (typeof v === 'number') return Number.isFinite(v) ? v : null;
        return typeof v === 'string' ? xlsxTekst(v) : v;
      }),
    );
  }
  tabel.kolommen.forEach((k, i) => {
    const formaat = k.formaat ?? (k.datum ? 'dd-mm-yyyy' : undefined);
    if (formaat) blad.getColumn(i + 1).numFmt = formaat;
  });
  return Buffer.from(await boek.xlsx.writeBuffer());
}
