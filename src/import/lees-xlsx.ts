import ExcelJS from 'exceljs';
import { naarTabel, OnleesbareCsv } from './lees-csv';
import type { Cel, RuweRij, RuweTabel } from './ruwe-tabel';

/**
 * Reading an Excel workbook (.xlsx) into a RuweTabel: the first worksheet, the header the first
 * non-empty row, rows numbered as Excel shows them. Cells keep their kind, so the domain can tell a
 * number from text, a date from a number and a formula from a value: a date cell becomes
 * `{ datum }`, a formula `{ formule }` (never its cached result: a formula where a value belongs is
 * reported, not evaluated), rich text and hyperlinks their text.
 */

/** An unreadable workbook; the message is plain Dutch. */
export class OnleesbareXlsx extends Error {
  override name = 'OnleesbareXlsx';
}

function tekstVan(waarde: unknown): string {
  if (waarde === null || waarde === undefined) return '';
  if (typeof waarde === 'string') return waarde;
  if (typeof waarde === 'number' || typeof waarde === 'boolean') return String(waarde);
  if (typeof waarde === 'object' && 'richText' in waarde && Array.isArray(waarde.richText)) {
    return waarde.richText.map((r: { text?: unknown }) => tekstVan(r.text)).join('');
  }
  return '';
}

/** One cell as a Cel; exported for the tests of odd cell kinds. */
export function celVan(cel: ExcelJS.Cell): Cel {
  const waarde = cel.value;
  if (waarde === null || waarde === undefined) return null;
  if (typeof waarde === 'number') return waarde;
  if (typeof waarde === 'string') return waarde === '' ? null : waarde;
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  // exceljs turns a date serial into a Date at UTC midnight (plus the time of day, if any).
  if (waarde instanceof Date)
    return Number.isNaN(waarde.getTime()) ? null : { datum: waarde.toISOString().slice(0, 10) };
  if (typeof waarde === 'object') {
    if ('formula' in waarde || 'sharedFormula' in waarde) {
      const formule =
        cel.formula ||
        ('formula' in waarde ? waarde.formula : '') ||
        ('sharedFormula' in waarde ? waarde.sharedFormula : '');
      return { formule: `=${String(formule).replace(/^=/, '')}` };
    }
    if ('richText' in waarde) return tekstVan(waarde) || null;
    // A hyperlink (an e-mail address as mailto: link, often): its shown text.
    if ('hyperlink' in waarde) return tekstVan(waarde.text) || null;
    // An error value pasted as value (#N/B, #VERW!): its text, which the domain rejects as no value.
    if ('error' in waarde) return String(waarde.error);
  }
  return null;
}

export async function leesXlsx(bytes: Uint8Array): Promise<RuweTabel> {
  const boek = new ExcelJS.Workbook();
  try {
    await boek.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    throw new OnleesbareXlsx(
      'Dit Excelbestand kan niet worden gelezen. Is het beschadigd of met een wachtwoord beveiligd?',
    );
  }
  const blad = boek.worksheets[0];
  if (!blad) throw new OnleesbareXlsx('Het Excelbestand heeft geen werkblad.');
  const rijen: RuweRij[] = [];
  blad.eachRow({ includeEmpty: false }, (rij, rijNummer) => {
    const cellen: Cel[] = [];
    rij.eachCell({ includeEmpty: false }, (cel, kolomNummer) => {
      while (cellen.length < kolomNummer - 1) cellen.push(null);
      cellen[kolomNummer - 1] = celVan(cel);
    });
    rijen.push({ rij: rijNummer, cellen });
  });
  try {
    return naarTabel(rijen, { soort: 'xlsx' });
  } catch (fout) {
    if (fout instanceof OnleesbareCsv)
      throw new OnleesbareXlsx('Het eerste werkblad van het Excelbestand is leeg.');
    throw fout;
  }
}
