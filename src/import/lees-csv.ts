import type { Cel, RuweRij, RuweTabel } from './ruwe-tabel';

/**
 * Reading a CSV export of an HR or payroll system as it really comes: UTF-8 with or without a BOM,
 * or Windows-1252 (what Excel and older systems write on a Dutch Windows machine); comma, semicolon
 * or tab between the cells; quoted cells with doubled quotes and line breaks inside (RFC 4180);
 * CRLF, LF or a bare CR between the rows; empty rows and columns at the end. No CSV library is a
 * dependency of Wendbaar, and the reader is small enough to own and test.
 */

export type Codering = 'utf-8' | 'windows-1252';
export type Scheidingsteken = ',' | ';' | '\t';

/** A CSV file that cannot be read; the message is plain Dutch. */
export class OnleesbareCsv extends Error {
  override name = 'OnleesbareCsv';
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function begintMet(bytes: Uint8Array, begin: readonly number[]): boolean {
  return begin.every((b, i) => bytes[i] === b);
}

/** Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1), as the WHATWG Encoding standard lists them. */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];
const CP1252 = Uint16Array.from({ length: 256 }, (_, b) =>
  b >= 0x80 && b < 0xa0 ? (CP1252_80_9F[b - 0x80] as number) : b,
);

/**
 * Windows-1252 decoded by table, not by TextDecoder('windows-1252'): Node 20 decodes that label as
 * Latin-1, so € (0x80) and the curly quotes Word and Excel type (0x91–0x94) came out as control characters.
 */
export function windows1252(bytes: Uint8Array): string {
  const delen: string[] = [];
  const STUK = 8192;
  for (let i = 0; i < bytes.length; i += STUK) {
    const stuk = bytes.subarray(i, i + STUK);
    const codes = new Uint16Array(stuk.length);
    for (let j = 0; j < stuk.length; j++) codes[j] = CP1252[stuk[j] as number] as number;
    delen.push(String.fromCharCode(...codes));
  }
  return delen.join('');
}

/**
 * The text of the file and how it was encoded: a UTF-8 BOM or valid UTF-8 is UTF-8; anything else
 * is Windows-1252, where every byte is a character (Excel's "CSV (gescheiden door lijstscheidingsteken)").
 * Valid UTF-8 by accident is rare for real Windows-1252 text with accents: é is one byte there,
 * which UTF-8 never allows alone.
 */
export function decodeer(bytes: Uint8Array): { tekst: string; codering: Codering; bom: boolean } {
  if (begintMet(bytes, [0xff, 0xfe]) || begintMet(bytes, [0xfe, 0xff])) {
    throw new OnleesbareCsv(
      "Dit bestand is opgeslagen als Unicode-tekst (UTF-16). Sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)' of als Excel-werkmap (.xlsx).",
    );
  }
  const bom = begintMet(bytes, UTF8_BOM);
  const inhoud = bom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: the BOM is already off; a second one would be content.
    const tekst = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inhoud);
    return { tekst, codering: 'utf-8', bom };
  } catch {
    if (bom)
      throw new OnleesbareCsv('Het bestand zegt UTF-8 te zijn, maar bevat tekens die geen UTF-8 zijn.');
    return { tekst: windows1252(inhoud), codering: 'windows-1252', bom: false };
  }
}

/**
 * The separator the header line uses, counted outside quotes: the most frequent of `;`, tab and `,`
 * (on a tie in that order: a Dutch export uses `;` because `,` is the decimal sign). A header of one
 * column has none; then `;`.
 */
export function bepaalScheidingsteken(tekst: string): Scheidingsteken {
  const tellingen: Record<Scheidingsteken, number> = { ';': 0, '\t': 0, ',': 0 };
  let tussenQuotes = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i];
    if (c === '"') tussenQuotes = !tussenQuotes;
    else if (!tussenQuotes && (c === '\n' || c === '\r')) {
      // Leading empty lines are no header.
      if (tellingen[';'] + tellingen['\t'] + tellingen[','] > 0 || tekst.slice(0, i).trim() !== '') break;
    } else if (!tussenQuotes && (c === ';' || c === '\t' || c === ',')) tellingen[c]++;
  }
  const volgorde: Scheidingsteken[] = [';', '\t', ','];
  return volgorde.reduce((best, s) => (tellingen[s] > tellingen[best] ? s : best), ';' as Scheidingsteken);
}

/** One record of the file and the line it starts on (1-based), for messages about a broken quote. */
export interface CsvRecord {
  regel: number;
  cellen: string[];
}

/**
 * Splits CSV text into records (RFC 4180, leniently): a quoted cell may hold the separator, line
 * breaks and doubled quotes; a quote inside an unquoted cell is just a character; text after a
 * closing quote belongs to the same cell. A quote left open is an error: otherwise the rest of the
 * file would silently become one cell. A line end after the last record adds no empty record.
 */
export function splitsRecords(tekst: string, scheiding: Scheidingsteken): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cellen: string[] = [];
  let cel = '';
  let regel = 1;
  let recordRegel = 1;
  let quoteRegel = 0;
  let tussenQuotes = false;
  let celBegonnen = false; // whether the current record has anything, so a final line end adds nothing
  const n = tekst.length;
  for (let i = 0; i < n; i++) {
    const c = tekst[i] as string;
    if (tussenQuotes) {
      if (c === '"') {
        if (tekst[i + 1] === '"') {
          cel += '"';
          i++;
        } else tussenQuotes = false;
      } else {
        if (c === '\n' || (c === '\r' && tekst[i + 1] !== '\n')) regel++;
        cel += c;
      }
      continue;
    }
    if (c === '"' && cel === '') {
      tussenQuotes = true;
      celBegonnen = true;
      quoteRegel = regel;
    } else if (c === scheiding) {
      cellen.push(cel);
      cel = '';
      celBegonnen = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && tekst[i + 1] === '\n') i++;
      cellen.push(cel);
      records.push({ regel: recordRegel, cellen });
      cellen = [];
      cel = '';
      celBegonnen = false;
      regel++;
      recordRegel = regel;
    } else {
      cel += c;
      celBegonnen = true;
    }
  }
  if (tussenQuotes) {
    throw new OnleesbareCsv(
      `Regel ${quoteRegel}: een aanhalingsteken (") wordt geopend maar nergens gesloten. Controleer die regel in het bestand.`,
    );
  }
  if (celBegonnen) {
    cellen.push(cel);
    records.push({ regel: recordRegel, cellen });
  }
  return records;
}

const SEP_REGEL = /^sep=(.)$/i;

/**
 * A CSV file as a RuweTabel. The header is the first row that is not empty; rows are numbered as a
 * spreadsheet shows them (one record, even with line breaks inside, is one row); empty rows are
 * left out wherever they are, and empty columns at the end. Excel's `sep=;` first line is honoured.
 */
export function leesCsv(bytes: Uint8Array): RuweTabel {
  if (bytes.includes(0))
    throw new OnleesbareCsv('Dit is geen CSV- of Excelbestand: het bevat binaire gegevens.');
  const { tekst, codering, bom } = decodeer(bytes);
  let inhoud = tekst;
  let scheiding: Scheidingsteken | undefined;
  const eersteRegelEinde = inhoud.search(/\r\n|\n|\r/);
  const eersteRegel = eersteRegelEinde < 0 ? inhoud : inhoud.slice(0, eersteRegelEinde);
  const sep = SEP_REGEL.exec(eersteRegel);
  if (sep && (sep[1] === ';' || sep[1] === ',' || sep[1] === '\t')) {
    scheiding = sep[1];
    // Excel hides this line; the header after it is row 1 there as well.
    inhoud = eersteRegelEinde < 0 ? '' : inhoud.slice(eersteRegelEinde).replace(/^(\r\n|\n|\r)/, '');
  }
  scheiding ??= bepaalScheidingsteken(inhoud);
  const records = splitsRecords(inhoud, scheiding);
  const bron = { soort: 'csv' as const, codering, bom, scheidingsteken: scheiding };
  return naarTabel(
    records.map((r, i) => ({ rij: i + 1, cellen: r.cellen.map((c): Cel => (c === '' ? null : c)) })),
    bron,
  );
}

function leeg(cel: Cel | undefined): boolean {
  return cel === null || cel === undefined || (typeof cel === 'string' && cel.trim() === '');
}

function kopTekst(cel: Cel | undefined): string {
  if (cel === null || cel === undefined) return '';
  if (typeof cel === 'string') return cel.replace(/^\uFEFF/, '').trim();
  if (typeof cel === 'number') return String(cel);
  if ('datum' in cel) return cel.datum;
  return cel.formule;
}

/**
 * The shared last step of both readers: the first non-empty row is the header, empty rows go,
 * empty columns at the end go (a column with a header stays, even when all its cells are empty),
 * and every row gets the header's width, so a consumer can index any column.
 */
export function naarTabel(alleRijen: RuweRij[], bron: RuweTabel['bron']): RuweTabel {
  const gevuld = alleRijen.filter((r) => r.cellen.some((c) => !leeg(c)));
  const [kopRij, ...rijen] = gevuld;
  if (!kopRij) throw new OnleesbareCsv('Het bestand is leeg: er staat geen kopregel in.');
  let breedte = 0;
  for (const r of gevuld) {
    for (let k = r.cellen.length - 1; k >= breedte; k--) {
      if (!leeg(r.cellen[k])) {
        breedte = k + 1;
        break;
      }
    }
  }
  const opBreedte = (cellen: Cel[]): Cel[] => {
    const uit = cellen.slice(0, breedte);
    while (uit.length < breedte) uit.push(null);
    return uit;
  };
  return {
    koppen: opBreedte(kopRij.cellen).map(kopTekst),
    rijen: rijen.map((r) => ({ rij: r.rij, cellen: opBreedte(r.cellen) })),
    bron,
  };
}
