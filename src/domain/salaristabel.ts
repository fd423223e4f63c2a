import type { Probleem } from './probleem';

/**
 * Reading a salary table that P&O loads (issue 13, item 2): three columns, schaal, trede and bedrag
 * (the full-time monthly amount in euro), with a header row naming them in any order and any case.
 * Pure: CSV text is split here; an XLSX is turned into the same cells by the service.
 *
 * Every bad row is reported with its row number in the file (the header is row 1), its column and
 * what is wrong, so P&O fixes the file in one go; nothing is loaded while any row is wrong.
 * Amounts take a decimal comma or point ("4.123,45", "4123,45", "4123.45", "€ 4.123,45"), and
 * Dutch thousands points without decimals ("4.123"): three digits after a point are never cents.
 */

export const KOLOMMEN = ['schaal', 'trede', 'bedrag'] as const;
export const SCHAAL_PATROON = /^[0-9A-Za-z.+-]{1,10}$/;
export const MAX_BEDRAG = 99_999.99;
export const MAX_TREDE = 99;
/** More rows than any Cao table has (about 20 scales × 15 treden), far fewer than would hurt. */
export const MAX_RIJEN = 2000;
/**
 * Problems named one by one; beyond this the answer says how many more. A wrong file of thousands
 * of rows (the wrong sheet, a shifted column) otherwise answered megabytes of the same sentence.
 */
export const MAX_PROBLEMEN = 100;

export interface TabelRij {
  schaal: string;
  trede: number;
  /** Euro, two decimals. */
  bedrag: number;
}

const BOM = '\uFEFF';

/** Splits CSV text into rows of cells: `;` or `,` (whichever the header uses), RFC 4180 quotes. */
export function splitsCsv(tekst: string): string[][] {
  const schoon = tekst.startsWith(BOM) ? tekst.slice(1) : tekst;
  const eersteRegel = schoon.split(/\r?\n/, 1)[0] ?? '';
  const scheiding = eersteRegel.includes(';') ? ';' : eersteRegel.includes('\t') ? '\t' : ',';
  const rijen: string[][] = [];
  let rij: string[] = [];
  let cel = '';
  let tussenQuotes = false;
  for (let i = 0; i < schoon.length; i++) {
    const c = schoon[i]!;
    if (tussenQuotes) {
      if (c === '"' && schoon[i + 1] === '"') {
        cel += '"';
        i++;
      } else if (c === '"') tussenQuotes = false;
      else cel += c;
    } else if (c === '"') tussenQuotes = true;
    else if (c === scheiding) {
      rij.push(cel);
      cel = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && schoon[i + 1] === '\n') i++;
      rij.push(cel);
      rijen.push(rij);
      rij = [];
      cel = '';
    } else cel += c;
  }
  if (cel !== '' || rij.length > 0) {
    rij.push(cel);
    rijen.push(rij);
  }
  return rijen;
}

/** A euro amount as written in a Dutch or an English spreadsheet; null when it is none. */
export function leesBedrag(tekst: string): number | null {
  let t = tekst.replace(/[€\s\u00a0]/g, '');
  if (t === '') return null;
  if (t.includes(',')) t = t.replaceAll('.', '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replaceAll('.', '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Number(t);
}

const probleem = (rij: number, kolom: string, code: string, melding: string): Probleem => ({
  veld: `bestand.rij${rij}.${kolom}`,
  code,
  melding: `Rij ${rij}, kolom ${kolom}: ${melding}`,
});

/**
 * The rows of a table from its cells (the first row the header), or every problem found. Empty rows
 * are skipped; a scale and trede twice is an error on the second.
 */
export function leesSalaristabel(cellen: readonly (readonly string[])[]): {
  rijen: TabelRij[];
  problemen: Probleem[];
} {
  const problemen: Probleem[] = [];
  const gevuld = (cel: readonly string[]) => cel.some((c) => c.trim() !== '');
  if (!cellen.some(gevuld)) {
    return {
      rijen: [],
      problemen: [
        { veld: 'bestand', code: 'leeg', melding: 'Het bestand is leeg. De kop is: schaal;trede;bedrag.' },
      ],
    };
  }
  // Counted before reading the rows, so a far too large file is one problem, not one per row.
  const aantalRijen = cellen.slice(1).filter(gevuld).length;
  if (aantalRijen > MAX_RIJEN) {
    return {
      rijen: [],
      problemen: [
        {
          veld: 'bestand',
          code: 'te-groot',
          melding: `Het bestand heeft ${aantalRijen} rijen; een salaristabel heeft er hoogstens ${MAX_RIJEN}.`,
        },
      ],
    };
  }
  const kop = (cellen[0] ?? []).map((c) => c.trim().toLowerCase());
  const index = Object.fromEntries(KOLOMMEN.map((k) => [k, kop.indexOf(k)])) as Record<
    (typeof KOLOMMEN)[number],
    number
  >;
  const ontbreekt = KOLOMMEN.filter((k) => index[k] < 0);
  if (ontbreekt.length > 0) {
    return {
      rijen: [],
      problemen: [
        {
          veld: 'bestand.rij1',
          code: 'kolommen-ontbreken',
          melding: `Rij 1 (de kop) noemt de kolom${ontbreekt.length === 1 ? '' : 'men'} ${ontbreekt.join(
            ', ',
          )} niet. De kop is: schaal;trede;bedrag.`,
        },
      ],
    };
  }
  const rijen: TabelRij[] = [];
  const gezien = new Map<string, number>();
  cellen.slice(1).forEach((cel, i) => {
    const nr = i + 2;
    if (!gevuld(cel)) return;
    const schaal = (cel[index.schaal] ?? '').trim();
    const tredeTekst = (cel[index.trede] ?? '').trim();
    const bedragTekst = (cel[index.bedrag] ?? '').trim();
    let goed = true;
    if (!SCHAAL_PATROON.test(schaal)) {
      goed = false;
      problemen.push(
        probleem(
          nr,
          'schaal',
          'ongeldig',
          schaal === ''
            ? 'de schaal ontbreekt.'
            : `'${schaal.slice(0, 20)}' is geen schaal (bijvoorbeeld 10 of 10A).`,
        ),
      );
    }
    const trede = /^\d{1,2}$/.test(tredeTekst) ? Number(tredeTekst) : null;
    if (trede === null || trede > MAX_TREDE) {
      goed = false;
      problemen.push(
        probleem(
          nr,
          'trede',
          'ongeldig',
          tredeTekst === ''
            ? 'de trede ontbreekt.'
            : `'${tredeTekst.slice(0, 20)}' is geen trede (een geheel getal van 0 tot en met ${MAX_TREDE}).`,
        ),
      );
    }
    const bedrag = leesBedrag(bedragTekst);
    if (bedrag === null || bedrag <= 0 || bedrag > MAX_BEDRAG) {
      goed = false;
      problemen.push(
        probleem(
          nr,
          'bedrag',
          'ongeldig',
          bedragTekst === ''
            ? 'het bedrag ontbreekt.'
            : `'${bedragTekst.slice(0, 20)}' is geen maandbedrag in euro tussen 0 en ${MAX_BEDRAG.toLocaleString('nl-NL')} (bijvoorbeeld 4123,45).`,
        ),
      );
    }
    if (!goed || trede === null || bedrag === null) return;
    const sleutel = `${schaal}|${trede}`;
    const eerder = gezien.get(sleutel);
    if (eerder !== undefined) {
      problemen.push(
        probleem(nr, 'trede', 'dubbel', `schaal ${schaal} trede ${trede} staat ook al op rij ${eerder}.`),
      );
      return;
    }
    gezien.set(sleutel, nr);
    rijen.push({ schaal, trede, bedrag });
  });
  if (problemen.length === 0 && rijen.length === 0) {
    problemen.push({
      veld: 'bestand',
      code: 'leeg',
      melding: 'Het bestand bevat geen bedragen onder de kop.',
    });
  }
  if (problemen.length > MAX_PROBLEMEN) {
    const meer = problemen.length - MAX_PROBLEMEN;
    return {
      rijen,
      problemen: [
        ...problemen.slice(0, MAX_PROBLEMEN),
        {
          veld: 'bestand',
          code: 'meer-problemen',
          melding: `En nog ${meer} ${meer === 1 ? 'probleem' : 'problemen'} in latere rijen. Staan de kolommen schaal, trede en bedrag goed?`,
        },
      ],
    };
  }
  return { rijen, problemen };
}
