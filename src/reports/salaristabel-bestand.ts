import ExcelJS from 'exceljs';
import { KOLOMMEN, splitsCsv } from '../domain/salaristabel';

/**
 * A loaded salary table file as cells (rows of texts), whatever its format: CSV as text, XLSX from
 * the first worksheet whose first row names schaal, trede and bedrag (else the first worksheet, whose
 * header problem is then reported): a workbook often opens with a sheet of explanation. The rules for the cells are src/domain/salaristabel.ts's. Numbers in an XLSX
 * are written with a decimal point, so "4123.45" reads the same as the CSV's "4123,45".
 */
export type Bestandsformaat = 'csv' | 'xlsx';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class OnleesbaarBestandError extends Error {}

function celTekst(waarde: ExcelJS.CellValue): string {
  if (waarde === null || waarde === undefined) return '';
  if (typeof waarde === 'number') return String(waarde);
  if (typeof waarde === 'string') return waarde;
  if (typeof waarde === 'boolean') return waarde ? 'waar' : 'onwaar';
  if (waarde instanceof Date) return waarde.toISOString().slice(0, 10);
  if (typeof waarde === 'object') {
    if ('result' in waarde && waarde.result !== undefined)
      return celTekst(waarde.result as ExcelJS.CellValue);
    if ('richText' in waarde) return waarde.richText.map((r) => r.text).join('');
    if ('text' in waarde) return String(waarde.text);
  }
  return '';
}

export async function bestandsCellen(formaat: Bestandsformaat, inhoud: Buffer | string): Promise<string[][]> {
  if (formaat === 'csv') return splitsCsv(typeof inhoud === 'string' ? inhoud : inhoud.toString('utf8'));
  const boek = new ExcelJS.Workbook();
  try {
    await boek.xlsx.load(
      (typeof inhoud === 'string' ? Buffer.from(inhoud) : inhoud) as unknown as ExcelJS.Buffer,
    );
  } catch {
    throw new OnleesbaarBestandError('Dit is geen leesbaar XLSX-bestand.');
  }
  const heeftKop = (b: ExcelJS.Worksheet) => {
    const kop: string[] = [];
    b.getRow(1).eachCell((c) => {
      kop.push(celTekst(c.value).trim().toLowerCase());
    });
    return KOLOMMEN.every((k) => kop.includes(k));
  };
  const blad = boek.worksheets.find(heeftKop) ?? boek.worksheets[0];
  if (!blad) throw new OnleesbaarBestandError('Het XLSX-bestand heeft geen werkblad.');
  const rijen: string[][] = [];
  for (let r = 1; r <= blad.rowCount; r++) {
    const rij = blad.getRow(r);
    const cellen: string[] = [];
    for (let k = 1; k <= Math.max(rij.cellCount, 3); k++) cellen.push(celTekst(rij.getCell(k).value));
    rijen.push(cellen);
  }
  return rijen;
}
