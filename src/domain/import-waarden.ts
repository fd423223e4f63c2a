import { type IsoDatum, isIsoDatum, isPlausibelJaar } from './datum';

/**
 * Reading single values from an import file the way Dutch HR exports write them: dates as
 * dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj, jjjj-mm-dd or an Excel serial number; numbers with a decimal
 * comma or point. Each reader answers the value, or null when the text is no such value (the caller
 * words the message, with row and column).
 */

const DAG_MAAND_JAAR = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const JAAR_MAAND_DAG = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** A time of day after a date ("01-02-2024 00:00:00", "2024-02-01T00:00:00Z"), which exports add. */
const TIJD = /[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SERIEEL = /^\d{1,6}(\.\d+)?$/;

function isoVan(jaar: number, maand: number, dag: number): IsoDatum | null {
  if (!isPlausibelJaar(jaar)) return null;
  const iso = `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
  return isIsoDatum(iso) ? iso : null;
}

/** Day 0 of Excel's 1900 date system, for serials from 61 on (after the fictitious 29 February 1900). */
const EXCEL_NUL = Date.UTC(1899, 11, 30);
const DAG_MS = 86_400_000;

/**
 * An Excel serial date (1900 system) as an ISO date; a time of day (the fraction) is dropped.
 * Excel counts 1900 as a leap year (a bug kept from Lotus 1-2-3): serial 60 is 29 February 1900,
 * which never existed, so it is no date; serials 1–59 are one day later than the plain count from
 * 30 December 1899 gives.
 */
export function excelSerieelNaarDatum(serieel: number): IsoDatum | null {
  if (!Number.isFinite(serieel) || serieel < 1) return null;
  const dag = Math.floor(serieel);
  if (dag === 60) return null;
  const ms = EXCEL_NUL + (dag < 60 ? dag + 1 : dag) * DAG_MS;
  const iso = new Date(ms).toISOString().slice(0, 10);
  return isPlausibelJaar(Number(iso.slice(0, 4))) ? iso : null;
}

/** The Excel serial of an ISO date (the inverse of excelSerieelNaarDatum), for tests and exports. */
export function datumNaarExcelSerieel(datum: IsoDatum): number {
  const dag = Math.round((Date.parse(`${datum}T00:00:00Z`) - EXCEL_NUL) / DAG_MS);
  return dag <= 60 ? dag - 1 : dag;
}

/** A date as text in any accepted form, as an ISO date; null when it is none (or no real day). */
export function leesDatumTekst(tekst: string): IsoDatum | null {
  const t = tekst.trim().replace(TIJD, '');
  const dmj = DAG_MAAND_JAAR.exec(t);
  if (dmj) return isoVan(Number(dmj[3]), Number(dmj[2]), Number(dmj[1]));
  const jmd = JAAR_MAAND_DAG.exec(t);
  if (jmd) return isoVan(Number(jmd[1]), Number(jmd[2]), Number(jmd[3]));
  // A CSV saved from Excel with the date column as "Standaard" holds the serial.
  if (SERIEEL.test(t)) return excelSerieelNaarDatum(Number(t));
  return null;
}

/**
 * A number as text: a decimal comma or point ("32,5", "32.5"), an optional sign, spaces around.
 * Thousands separators are not accepted: "1.000" is ambiguous (one or a thousand) and no hours,
 * scale or step needs them.
 */
export function leesGetalTekst(tekst: string): number | null {
  const t = tekst.trim().replace(/\s/g, '');
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/** A number the Dutch way, for messages: 32.5 → "32,5". */
export function toonGetal(getal: number): string {
  return String(getal).replace('.', ',');
}

/**
 * True when a text would be a formula in a spreadsheet: it begins with `=`, `+` or `@`, or with `-`
 * followed by something other than a digit (so "-5" is a negative number, "-A1" a formula, a
 * lone "-" plain text).
 * Leading spaces do not hide it.
 */
export function lijktFormule(tekst: string): boolean {
  const t = tekst.trimStart();
  return /^[=+@]/.test(t) || /^-(?=[^\d.,])/.test(t);
}

/** Excel's error values in Dutch and English, as they stand in a file saved with values only. */
export function isExcelFout(tekst: string): boolean {
  return /^#(N\/A|N\/B|REF!|VERW!|VALUE!|WAARDE!|DIV\/0!|DEEL\/0!|NAME\?|NAAM\?|NUM!|GETAL!|NULL!|LEEG!|SPILL!|OVERLOOP!|CALC!)$/i.test(
    tekst.trim(),
  );
}
