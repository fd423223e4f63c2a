import { leesCsv, OnleesbareCsv } from './lees-csv';
import { leesXlsx, OnleesbareXlsx } from './lees-xlsx';
import type { RuweTabel } from './ruwe-tabel';

/** A file that is no CSV or Excel file Wendbaar can read; the message is plain Dutch for the user. */
export class OnleesbaarBestand extends Error {
  override name = 'OnleesbaarBestand';
}

const ZIP = [0x50, 0x4b, 0x03, 0x04] as const;
const OUD_OFFICE = [0xd0, 0xcf, 0x11, 0xe0] as const;

function begintMet(bytes: Uint8Array, begin: readonly number[]): boolean {
  return bytes.length >= begin.length && begin.every((b, i) => bytes[i] === b);
}

/**
 * Reads an uploaded CSV or XLSX file into a RuweTabel. The kind follows from the content, not the
 * name (an .xlsx renamed to .csv, or a CSV called .txt, still reads); the name only words the
 * message when neither fits.
 */
export async function leesBestand(inhoud: Uint8Array, bestandsnaam: string): Promise<RuweTabel> {
  if (inhoud.length === 0) throw new OnleesbaarBestand('Het bestand is leeg.');
  if (begintMet(inhoud, OUD_OFFICE)) {
    throw new OnleesbaarBestand(
      'Dit is een Excelbestand in het oude formaat (.xls). Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.',
    );
  }
  try {
    if (begintMet(inhoud, ZIP)) return await leesXlsx(inhoud);
    return leesCsv(inhoud);
  } catch (fout) {
    if (fout instanceof OnleesbareXlsx || fout instanceof OnleesbareCsv) {
      const naam = bestandsnaam.trim() === '' ? '' : ` (${bestandsnaam})`;
      throw new OnleesbaarBestand(
        fout.message.startsWith('Dit is geen') ? `${fout.message.replace(/\.$/, '')}${naam}.` : fout.message,
      );
    }
    throw fout;
  }
}
