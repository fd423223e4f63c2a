/**
 * The one CSV writer of every export (tables, grids, the audit log): semicolons, CRLF line ends and
 * a BOM, as Dutch Excel expects; numbers with a decimal comma. Values come from users and attackers
 * alike (a name, a path in the audit log), so two rules hold for every cell:
 *
 * - A cell holding a separator, a quote, or a line break of any kind (`\n` and a bare `\r` too: a
 *   spreadsheet starts a new row on either) is quoted, with quotes doubled (RFC 4180). So each
 *   record stays exactly one row, whatever it holds.
 * - A text that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab, a CR
 *   or LF, or their full-width forms) gets a leading `'`, so it is shown, never run (OWASP "CSV
 *   injection"). Numbers are written as numbers; a negative number is no formula.
 */
export type CsvWaarde = string | number | boolean | null | undefined;

export const CSV_SCHEIDING = ';';
const REGELEINDE = '\r\n';
const BOM = '\uFEFF';

/** The characters a spreadsheet reads as the start of a formula (or that hide one behind them). */
const FORMULE_BEGIN = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/** What makes a cell need quotes: either separator, a quote, or any line break. */
const MOET_QUOTES = /[";,\r\n]/;

/** A text as a cell shows it and no spreadsheet runs it. */
export function neutraliseer(tekst: string): string {
  return FORMULE_BEGIN.test(tekst) ? `'${tekst}` : tekst;
}

/** One cell, neutralised and quoted where needed. */
export function csvCel(waarde: CsvWaarde): string {
  if (waarde === null || waarde === undefined) return '';
  if (typeof waarde === 'number') return Number.isFinite(waarde) ? String(waarde).replace('.', ',') : '';
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  const veilig = neutraliseer(waarde);
  return MOET_QUOTES.test(veilig) ? `"${veilig.replaceAll('"', '""')}"` : veilig;
}

export function csvRegel(cellen: readonly CsvWaarde[]): string {
  return cellen.map(csvCel).join(CSV_SCHEIDING);
}

/** A whole file: BOM, the header row, one row per record, each ending in CRLF. */
export function naarCsvBestand(kop: readonly string[], rijen: Iterable<readonly CsvWaarde[]>): string {
  const regels = [csvRegel(kop)];
  for (const rij of rijen) regels.push(csvRegel(rij));
  return `${BOM}${regels.join(REGELEINDE)}${REGELEINDE}`;
}
