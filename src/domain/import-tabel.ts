/**
 * What an import file is before any meaning is given to it: a header and rows of cells, as the file
 * holds them. The readers in src/import produce it (and re-export these types from
 * src/import/ruwe-tabel.ts); the domain (import-rijen.ts) gives the cells meaning, so every rule about
 * values lives in one place whatever the file type. Declared here so the domain stays free of src/import.
 */
export type Cel =
  /** Text as in the file, untrimmed (CSV: always text); the domain trims. */
  | string
  /** An XLSX numeric cell. */
  | number
  /** An XLSX date cell, ISO 'YYYY-MM-DD'. */
  | { datum: string }
  /** An XLSX formula cell, its text (e.g. '=A1+B1'); a CSV cell starting with '=' stays a string. */
  | { formule: string }
  /** Empty. */
  | null;

/** One data row; `rij` is the row number as a spreadsheet shows it (the header row is 1). */
export interface RuweRij {
  rij: number;
  cellen: Cel[];
}

export interface RuweTabel {
  /** The header row, trimmed, BOM removed. */
  koppen: string[];
  /** Trailing empty rows and trailing empty columns removed. */
  rijen: RuweRij[];
  bron: {
    soort: 'csv' | 'xlsx';
    codering?: 'utf-8' | 'windows-1252';
    bom?: boolean;
    scheidingsteken?: ',' | ';' | '\t';
  };
}

/** True for a cell that holds nothing: null, or text of only whitespace. */
export function isLegeCel(cel: Cel | undefined): boolean {
  return cel === null || cel === undefined || (typeof cel === 'string' && cel.trim() === '');
}
