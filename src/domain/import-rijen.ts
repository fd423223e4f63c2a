import { MAX_CONTRACTUREN_PER_WEEK } from './contracturen';
import { doorloop, STAP, type Stappen } from './import-stappen';
import type { Cel, RuweTabel } from './import-tabel';
import { type ImportSoort, type ImportVeld, type Koppeling, VELDEN } from './import-velden';
import {
  excelSerieelNaarDatum,
  isExcelFout,
  leesDatumTekst,
  leesGetalTekst,
  lijktFormule,
  toonGetal,
} from './import-waarden';
import { controleerDienstverband } from './medewerker';

/**
 * The rules for one row of an import file that need no database: is each mapped cell a value of the
 * right kind and in range, and is the file consistent with itself (no personeelsnummer or team
 * twice). Every problem is reported, with row, column and a Dutch reason, not just the first per row;
 * a row with any problem is left out of `rijen`. What the rows mean against the current state
 * (unknown team, history) is the import service's.
 */

/** One problem with an import file; `rij`/`kolom` null when it concerns the whole file or mapping. */
export interface ImportProbleem {
  rij: number | null;
  /** The column's header text as in the file. */
  kolom: string | null;
  code: string;
  /** Plain Dutch, with row and column in it where there are any. */
  melding: string;
}

/** Only mapped fields are present (undefined = not in the file: leave the current value alone). */
export interface MedewerkerRij {
  rij: number;
  personeelsnummer: string;
  voornaam?: string;
  tussenvoegsel?: string | null;
  achternaam?: string;
  e_mail?: string;
  functie?: string;
  schaal?: number;
  trede?: number;
  in_dienst?: string;
  uit_dienst?: string | null;
  team?: string;
  contracturen?: number;
  leidinggevende_van?: string | null;
}

export interface TeamRij {
  rij: number;
  naam: string;
  soort?: 'basisteam' | 'directie';
  bovenliggend_team?: string | null;
  omschrijving?: string | null;
}

/** Only `van` and `tot` may be absent; team, functie, schaal and fte are the place (see import-formatie.ts). */
export interface FormatieplaatsRij {
  rij: number;
  team: string;
  functie: string;
  /** The scale as a code, as the formatie keeps it ('10', '10A'). */
  schaal: string;
  fte: number;
  van?: string;
  tot?: string | null;
}

/** Ranges as the API's contract (src/contract/medewerker.ts) checks them on a form. */
export const SCHAAL_BEREIK = { min: 1, max: 18 } as const;
export const TREDE_BEREIK = { min: 0, max: 20 } as const;
const MAX_E_MAIL = 254;
/** zod's e-mail pattern, which the API applies to a medewerker's e-mail address. */
const E_MAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

type Uitkomst = { ok: true; waarde: unknown } | { ok: false; code: string; melding: string };
const waarde = (w: unknown): Uitkomst => ({ ok: true, waarde: w });
const fout = (code: string, melding: string): Uitkomst => ({ ok: false, code, melding });

/** What a cell holds, once a formula or an error value is ruled out. */
type Inhoud =
  | { soort: 'leeg' }
  | { soort: 'tekst'; tekst: string }
  | { soort: 'getal'; getal: number }
  | { soort: 'datum'; datum: string };

function kort(tekst: string, max = 40): string {
  return tekst.length > max ? `${tekst.slice(0, max - 1)}…` : tekst;
}

function inhoudVan(cel: Cel | undefined): Inhoud | Extract<Uitkomst, { ok: false }> {
  if (cel === null || cel === undefined) return { soort: 'leeg' };
  if (typeof cel === 'number') return { soort: 'getal', getal: cel };
  if (typeof cel === 'object') {
    if ('formule' in cel) {
      return {
        ok: false,
        code: 'formule',
        melding: `hier staat een formule (${kort(cel.formule)}), geen waarde. Zet de waarde zelf in de cel (in Excel: kopiëren en ‘Plakken als waarden’).`,
      };
    }
    return { soort: 'datum', datum: cel.datum };
  }
  const tekst = cel.trim();
  if (tekst === '') return { soort: 'leeg' };
  if (isExcelFout(tekst)) {
    return {
      ok: false,
      code: 'foutwaarde',
      melding: `hier staat de foutwaarde ${tekst} van Excel, geen waarde.`,
    };
  }
  if (lijktFormule(tekst)) {
    return {
      ok: false,
      code: 'formule',
      melding: `‘${kort(tekst)}’ begint als een formule (met ${tekst[0]}); een spreadsheet zou die uitvoeren. Zet de waarde zelf in de cel.`,
    };
  }
  return { soort: 'tekst', tekst };
}

/** Leeg: what an empty cell means for the field — absent (leave alone), null (clear it), or a problem. */
type Leeg = 'weg' | 'null' | 'verplicht';

function leegUitkomst(leeg: Leeg, label: string): Uitkomst {
  if (leeg === 'verplicht') return fout('verplicht', `${label} ontbreekt.`);
  return waarde(leeg === 'null' ? null : undefined);
}

function tekstVeld(max: number, leeg: Leeg, label: string) {
  return (cel: Cel | undefined): Uitkomst => {
    const inhoud = inhoudVan(cel);
    if ('ok' in inhoud) return inhoud;
    if (inhoud.soort === 'leeg') return leegUitkomst(leeg, label);
    if (inhoud.soort === 'datum')
      return fout('geen-tekst', `hier staat een datum (${inhoud.datum}), geen tekst.`);
    // An XLSX number in a text field (a personeelsnummer typed as 1234) is that number's text.
    const tekst = inhoud.soort === 'getal' ? String(inhoud.getal) : inhoud.tekst;
    if (tekst.length > max) return fout('te-lang', `gebruik hoogstens ${max} tekens (hier ${tekst.length}).`);
    return waarde(tekst);
  };
}

function eMailVeld(cel: Cel | undefined): Uitkomst {
  const uitkomst = tekstVeld(MAX_E_MAIL, 'weg', 'het e-mailadres')(cel);
  if (!uitkomst.ok || uitkomst.waarde === undefined) return uitkomst;
  const adres = String(uitkomst.waarde).replace(/^mailto:/i, '');
  return E_MAIL.test(adres)
    ? waarde(adres)
    : fout('geen-e-mail', `‘${kort(adres)}’ is geen geldig e-mailadres.`);
}

function getalVan(cel: Cel | undefined): Uitkomst {
  const inhoud = inhoudVan(cel);
  if ('ok' in inhoud) return inhoud;
  if (inhoud.soort === 'leeg') return waarde(undefined);
  if (inhoud.soort === 'datum')
    return fout('geen-getal', `hier staat een datum (${inhoud.datum}), geen getal.`);
  if (inhoud.soort === 'getal') return waarde(inhoud.getal);
  const getal = leesGetalTekst(inhoud.tekst);
  return getal === null ? fout('geen-getal', `‘${kort(inhoud.tekst)}’ is geen getal.`) : waarde(getal);
}

function geheelGetalVeld(naam: string, bereik: { min: number; max: number }) {
  return (cel: Cel | undefined): Uitkomst => {
    const uitkomst = getalVan(cel);
    if (!uitkomst.ok || uitkomst.waarde === undefined) return uitkomst;
    const getal = uitkomst.waarde as number;
    if (!Number.isInteger(getal))
      return fout('geen-geheel-getal', `${naam} ${toonGetal(getal)} is geen geheel getal.`);
    if (getal < bereik.min || getal > bereik.max) {
      return fout(
        'buiten-bereik',
        `${naam} ${getal} bestaat niet; de ${naam} loopt van ${bereik.min} tot en met ${bereik.max}.`,
      );
    }
    return uitkomst;
  };
}

function contracturenVeld(cel: Cel | undefined): Uitkomst {
  const uitkomst = getalVan(cel);
  if (!uitkomst.ok || uitkomst.waarde === undefined) return uitkomst;
  const uren = uitkomst.waarde as number;
  if (uren < 0)
    return fout(
      'buiten-bereik',
      `${toonGetal(uren)} uur per week kan niet: contracturen zijn niet negatief.`,
    );
  if (uren > MAX_CONTRACTUREN_PER_WEEK) {
    return fout('buiten-bereik', `${toonGetal(uren)} uur per week is meer dan ${MAX_CONTRACTUREN_PER_WEEK}.`);
  }
  // Two decimals at most, as the API stores them; tolerant of binary noise in an XLSX (32.50000001).
  if (Math.abs(Math.round(uren * 100) - uren * 100) > 1e-6) {
    return fout('te-veel-decimalen', `${toonGetal(uren)} uur per week: gebruik hoogstens twee decimalen.`);
  }
  return waarde(Math.round(uren * 100) / 100);
}

const DATUMVORMEN = 'dd-mm-jjjj (zoals 01-03-2024) of jjjj-mm-dd';

function datumVeld(leeg: Leeg) {
  return (cel: Cel | undefined): Uitkomst => {
    const inhoud = inhoudVan(cel);
    if ('ok' in inhoud) return inhoud;
    if (inhoud.soort === 'leeg') return leegUitkomst(leeg, 'de datum');
    if (inhoud.soort === 'datum') {
      const datum = leesDatumTekst(inhoud.datum);
      return datum === null
        ? fout('geen-datum', `${inhoud.datum} ligt buiten de jaren die Wendbaar kent.`)
        : waarde(datum);
    }
    if (inhoud.soort === 'getal') {
      const datum = excelSerieelNaarDatum(inhoud.getal);
      if (datum !== null) return waarde(datum);
      return fout(
        'geen-datum',
        Math.floor(inhoud.getal) === 60
          ? 'Excel-datum 60 is 29 februari 1900, een dag die niet bestond.'
          : `${toonGetal(inhoud.getal)} is geen datum; schrijf ${DATUMVORMEN}.`,
      );
    }
    const datum = leesDatumTekst(inhoud.tekst);
    return datum === null
      ? fout('geen-datum', `‘${kort(inhoud.tekst)}’ is geen geldige datum; schrijf ${DATUMVORMEN}.`)
      : waarde(datum);
  };
}

function soortVeld(cel: Cel | undefined): Uitkomst {
  const uitkomst = tekstVeld(200, 'weg', 'de soort')(cel);
  if (!uitkomst.ok || uitkomst.waarde === undefined) return uitkomst;
  const tekst = String(uitkomst.waarde);
  const sleutel = tekst.toLowerCase().replace(/[^a-z]/g, '');
  if (sleutel === 'basisteam' || sleutel === 'team') return waarde('basisteam');
  if (sleutel === 'directie') return waarde('directie');
  return fout('ongeldige-soort', `‘${kort(tekst)}’ is geen soort team; kies ‘basisteam’ of ‘directie’.`);
}

/** A formatieplaats's scale: a short code as the formatie stores it (src/contract/formatie.ts). */
function schaalCodeVeld(cel: Cel | undefined): Uitkomst {
  const uitkomst = tekstVeld(200, 'verplicht', 'de salarisschaal')(cel);
  if (!uitkomst.ok) return uitkomst;
  const code = String(uitkomst.waarde).replace(/^schaal\s*/i, '');
  return /^[0-9A-Za-z.+-]{1,10}$/.test(code)
    ? waarde(code)
    : fout(
        'geen-schaal',
        `‘${kort(code)}’ is geen salarisschaal; schrijf de schaal als code, zoals 10 of 10A.`,
      );
}

/** A place's size: more than 0 and at most 99 FTE, four decimals (as migration 0012 stores it). */
function fteVeld(cel: Cel | undefined): Uitkomst {
  const uitkomst = getalVan(cel);
  if (!uitkomst.ok) return uitkomst;
  if (uitkomst.waarde === undefined) return fout('verplicht', 'de omvang in fte ontbreekt.');
  const fte = uitkomst.waarde as number;
  if (fte <= 0)
    return fout('buiten-bereik', `${toonGetal(fte)} fte kan niet: een formatieplaats is groter dan 0 fte.`);
  if (fte > 99) return fout('buiten-bereik', `${toonGetal(fte)} fte is meer dan 99 fte voor één plaats.`);
  if (Math.abs(Math.round(fte * 10_000) - fte * 10_000) > 1e-6)
    return fout('te-veel-decimalen', `${toonGetal(fte)} fte: gebruik hoogstens vier decimalen.`);
  return waarde(Math.round(fte * 10_000) / 10_000);
}

type Lezer = (cel: Cel | undefined) => Uitkomst;

const MEDEWERKER_LEZERS: Partial<Record<ImportVeld, Lezer>> = {
  personeelsnummer: tekstVeld(20, 'verplicht', 'het personeelsnummer'),
  voornaam: tekstVeld(100, 'weg', ''),
  tussenvoegsel: tekstVeld(20, 'null', ''),
  achternaam: tekstVeld(100, 'weg', ''),
  e_mail: eMailVeld,
  functie: tekstVeld(120, 'weg', ''),
  schaal: geheelGetalVeld('schaal', SCHAAL_BEREIK),
  trede: geheelGetalVeld('trede', TREDE_BEREIK),
  in_dienst: datumVeld('weg'),
  uit_dienst: datumVeld('null'),
  team: tekstVeld(200, 'weg', ''),
  contracturen: contracturenVeld,
  leidinggevende_van: tekstVeld(200, 'null', ''),
};

const TEAM_LEZERS: Partial<Record<ImportVeld, Lezer>> = {
  naam: tekstVeld(200, 'verplicht', 'de naam van het team'),
  soort: soortVeld,
  bovenliggend_team: tekstVeld(200, 'null', ''),
  omschrijving: tekstVeld(2000, 'null', ''),
};

const FORMATIEPLAATS_LEZERS: Partial<Record<ImportVeld, Lezer>> = {
  team: tekstVeld(200, 'verplicht', 'het team'),
  functie: tekstVeld(200, 'verplicht', 'de functie'),
  schaal: schaalCodeVeld,
  fte: fteVeld,
  van: datumVeld('weg'),
  tot: datumVeld('null'),
};

/** A column's letter as a spreadsheet shows it (0 → A, 26 → AA). */
export function kolomLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function rijProbleem(rij: number, kolom: string, code: string, melding: string): ImportProbleem {
  return { rij, kolom, code, melding: `Rij ${rij}, kolom ‘${kolom}’: ${melding}` };
}

/** "rij 3, 9 en 12" */
function rijenOpsomming(rijen: number[]): string {
  const teksten = rijen.map(String);
  const laatste = teksten.pop();
  return teksten.length === 0 ? `rij ${laatste}` : `rij ${teksten.join(', ')} en ${laatste}`;
}

interface GelezenRij {
  rij: number;
  velden: Record<string, unknown>;
  /** The header text of each mapped field, for messages about the row as a whole. */
  kolommen: Partial<Record<ImportVeld, string>>;
  problemen: ImportProbleem[];
}

/**
 * The shared part of both kinds: the mapping against the header (every mapped column present and
 * unambiguous, the required field mapped), then each row's mapped cells read by their field's rule.
 * Without a readable key column there are no rows, only the mapping's problems.
 */
function* leesRijen(
  soort: ImportSoort,
  lezers: Partial<Record<ImportVeld, Lezer>>,
  tabel: RuweTabel,
  koppeling: Koppeling,
): Stappen<{ gelezen: GelezenRij[]; problemen: ImportProbleem[] }> {
  const problemen: ImportProbleem[] = [];
  const koppen = tabel.koppen.map((k) => k.trim());
  const kolommen: { veld: ImportVeld; kop: string; index: number }[] = [];
  let sleutelOntbreekt = false;
  for (const { veld, label, verplicht } of VELDEN[soort]) {
    const kop = koppeling[veld]?.trim();
    if (kop === undefined || kop === '') {
      if (verplicht) {
        sleutelOntbreekt = true;
        problemen.push({
          rij: null,
          kolom: null,
          code: 'verplicht-veld-niet-gekoppeld',
          melding: `Koppel een kolom aan ‘${label}’: dat veld is verplicht.`,
        });
      }
      continue;
    }
    const indexen = koppen.flatMap((k, i) => (k === kop ? [i] : []));
    if (indexen.length === 0) {
      if (verplicht) sleutelOntbreekt = true;
      problemen.push({
        rij: null,
        kolom: kop,
        code: 'kolom-ontbreekt',
        melding: `De kolom ‘${kop}’ (gekoppeld aan ‘${label}’) staat niet in het bestand. Kies een andere kolom of ontkoppel het veld.`,
      });
      continue;
    }
    if (indexen.length > 1) {
      if (verplicht) sleutelOntbreekt = true;
      problemen.push({
        rij: null,
        kolom: kop,
        code: 'kolom-dubbel',
        melding: `De kop ‘${kop}’ staat meer dan eens in het bestand (kolom ${indexen.map(kolomLetter).join(' en ')}). Geef de kolommen verschillende namen.`,
      });
      continue;
    }
    kolommen.push({ veld, kop, index: indexen[0] as number });
  }
  if (sleutelOntbreekt) return { gelezen: [], problemen };

  const gelezen: GelezenRij[] = [];
  let gedaan = 0;
  for (const { rij, cellen } of tabel.rijen) {
    if (++gedaan % STAP === 0) yield gedaan;
    if (cellen.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
    const regel: GelezenRij = { rij, velden: {}, kolommen: {}, problemen: [] };
    for (const { veld, kop, index } of kolommen) {
      regel.kolommen[veld] = kop;
      const uitkomst = (lezers[veld] as Lezer)(cellen[index]);
      if (uitkomst.ok) {
        if (uitkomst.waarde !== undefined) regel.velden[veld] = uitkomst.waarde;
      } else regel.problemen.push(rijProbleem(rij, kop, uitkomst.code, uitkomst.melding));
    }
    gelezen.push(regel);
  }
  return { gelezen, problemen };
}

/**
 * Every occurrence of a key that more than one row has, reported on each of those rows: which of
 * them is right only the user knows. Rows whose key could not be read take no part.
 */
function meldDubbelen(
  gelezen: GelezenRij[],
  veld: ImportVeld,
  sleutelVan: (waarde: string, rij: GelezenRij) => string | null,
  zeg: (waarde: string, anderen: number[]) => string,
): void {
  const perSleutel = new Map<string, GelezenRij[]>();
  for (const r of gelezen) {
    const w = r.velden[veld];
    if (typeof w !== 'string') continue;
    const sleutel = sleutelVan(w, r);
    if (sleutel === null) continue;
    perSleutel.set(sleutel, [...(perSleutel.get(sleutel) ?? []), r]);
  }
  for (const groep of perSleutel.values()) {
    if (groep.length < 2) continue;
    for (const r of groep) {
      const anderen = groep.filter((a) => a !== r).map((a) => a.rij);
      r.problemen.push(
        rijProbleem(r.rij, r.kolommen[veld] as string, 'dubbel', zeg(r.velden[veld] as string, anderen)),
      );
    }
  }
}

function splits<T>(
  gelezen: GelezenRij[],
  problemen: ImportProbleem[],
): { rijen: T[]; problemen: ImportProbleem[] } {
  const rijen: T[] = [];
  for (const r of gelezen) {
    if (r.problemen.length === 0) rijen.push({ rij: r.rij, ...r.velden } as T);
    else problemen.push(...r.problemen);
  }
  // Row order first, then the file-wide problems (rij null) before any row's.
  problemen.sort((a, b) => (a.rij ?? 0) - (b.rij ?? 0));
  return { rijen, problemen };
}

function kleineLetter(tekst: string): string {
  return tekst.charAt(0).toLowerCase() + tekst.slice(1);
}

type Gelezen<T> = { rijen: T[]; problemen: ImportProbleem[] };

/** The medewerkers of an import file, by the mapping; see the module comment for the rules. */
export function leesMedewerkerRijen(tabel: RuweTabel, koppeling: Koppeling): Gelezen<MedewerkerRij> {
  return doorloop(leesMedewerkerRijenStappen(tabel, koppeling));
}

/** leesMedewerkerRijen in steps (src/domain/import-stappen.ts). */
export function* leesMedewerkerRijenStappen(
  tabel: RuweTabel,
  koppeling: Koppeling,
): Stappen<Gelezen<MedewerkerRij>> {
  const { gelezen, problemen } = yield* leesRijen('medewerkers', MEDEWERKER_LEZERS, tabel, koppeling);
  for (const r of gelezen) {
    const inDienst = r.velden.in_dienst;
    const uitDienst = r.velden.uit_dienst;
    if (typeof inDienst === 'string' && typeof uitDienst === 'string') {
      for (const p of controleerDienstverband(inDienst, uitDienst)) {
        r.problemen.push(
          rijProbleem(r.rij, r.kolommen.uit_dienst as string, p.code, kleineLetter(p.melding)),
        );
      }
    }
  }
  meldDubbelen(
    gelezen,
    'personeelsnummer',
    (w) => w,
    (w, anderen) =>
      `personeelsnummer ${w} staat ook in ${rijenOpsomming(anderen)}; elk personeelsnummer mag één keer in het bestand staan.`,
  );
  return splits<MedewerkerRij>(gelezen, problemen);
}

/** The teams of an import file, by the mapping; names compare without regard to case, as in the database. */
export function leesTeamRijen(tabel: RuweTabel, koppeling: Koppeling): Gelezen<TeamRij> {
  return doorloop(leesTeamRijenStappen(tabel, koppeling));
}

/** leesTeamRijen in steps (src/domain/import-stappen.ts). */
export function* leesTeamRijenStappen(tabel: RuweTabel, koppeling: Koppeling): Stappen<Gelezen<TeamRij>> {
  const { gelezen, problemen } = yield* leesRijen('teams', TEAM_LEZERS, tabel, koppeling);
  const sleutel = (naam: string) => naam.trim().toLocaleLowerCase('nl');
  for (const r of gelezen) {
    const naam = r.velden.naam;
    const boven = r.velden.bovenliggend_team;
    if (typeof naam === 'string' && typeof boven === 'string' && sleutel(naam) === sleutel(boven)) {
      r.problemen.push(
        rijProbleem(
          r.rij,
          r.kolommen.bovenliggend_team as string,
          'eigen-bovenliggend',
          'een team kan niet onder zichzelf vallen.',
        ),
      );
    }
  }
  meldDubbelen(
    gelezen,
    'naam',
    sleutel,
    (w, anderen) =>
      `het team ‘${kort(w)}’ staat ook in ${rijenOpsomming(anderen)}; elk team mag één keer in het bestand staan.`,
  );
  meldKringen(gelezen, sleutel);
  return splits<TeamRij>(gelezen, problemen);
}

/**
 * Teams of the file that fall under themselves through others (A under B, B under A): reported on
 * each team of the circle. A circle through teams only in the database is the service's to find.
 */
function meldKringen(gelezen: GelezenRij[], sleutel: (naam: string) => string): void {
  const bovenVan = new Map<string, string>();
  const rijVan = new Map<string, GelezenRij>();
  for (const r of gelezen) {
    const naam = r.velden.naam;
    const boven = r.velden.bovenliggend_team;
    if (typeof naam !== 'string' || rijVan.has(sleutel(naam))) continue;
    rijVan.set(sleutel(naam), r);
    if (typeof boven === 'string' && sleutel(boven) !== sleutel(naam))
      bovenVan.set(sleutel(naam), sleutel(boven));
  }
  const inKring = new Set<string>();
  for (const start of bovenVan.keys()) {
    const pad: string[] = [];
    const gezien = new Set<string>();
    let huidig: string | undefined = start;
    while (huidig !== undefined && !gezien.has(huidig)) {
      gezien.add(huidig);
      pad.push(huidig);
      huidig = bovenVan.get(huidig);
    }
    if (huidig === start) for (const n of pad) inKring.add(n);
  }
  for (const n of inKring) {
    const r = rijVan.get(n) as GelezenRij;
    const kring: string[] = [];
    let huidig = n;
    do {
      kring.push(String(rijVan.get(huidig)?.velden.naam ?? huidig));
      huidig = bovenVan.get(huidig) as string;
    } while (huidig !== n);
    r.problemen.push(
      rijProbleem(
        r.rij,
        r.kolommen.bovenliggend_team as string,
        'kring',
        `de teams ${kring.map((k) => `‘${kort(k)}’`).join(' → ')} → ‘${kort(kring[0] as string)}’ vallen in een kring onder elkaar.`,
      ),
    );
  }
}

/** The natural key of a formatieplaats: team, functie and schaal, without regard to case or spacing. */
export function formatieSleutel(team: string, functie: string, schaal: string): string {
  const n = (t: string) => t.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return `${n(team)}|${n(functie)}|${n(schaal)}`;
}

/**
 * The formatieplaatsen of an import file, by the mapping. Besides each cell's rule: the end date is
 * not before the start date, and one place (team, functie, schaal) is in the file once — a team
 * with two places of the same function and scale has one place of their summed fte.
 */
export function leesFormatieplaatsRijen(tabel: RuweTabel, koppeling: Koppeling): Gelezen<FormatieplaatsRij> {
  return doorloop(leesFormatieplaatsRijenStappen(tabel, koppeling));
}

/** leesFormatieplaatsRijen in steps (src/domain/import-stappen.ts). */
export function* leesFormatieplaatsRijenStappen(
  tabel: RuweTabel,
  koppeling: Koppeling,
): Stappen<Gelezen<FormatieplaatsRij>> {
  const { gelezen, problemen } = yield* leesRijen(
    'formatieplaatsen',
    FORMATIEPLAATS_LEZERS,
    tabel,
    koppeling,
  );
  for (const r of gelezen) {
    const { van, tot } = r.velden;
    if (typeof van === 'string' && typeof tot === 'string' && tot < van)
      r.problemen.push(
        rijProbleem(
          r.rij,
          r.kolommen.tot as string,
          'einde-voor-begin',
          `de einddatum ${tot} ligt vóór de ingangsdatum ${van}.`,
        ),
      );
  }
  meldDubbelen(
    gelezen,
    'functie',
    (functie, r) =>
      typeof r.velden.team === 'string' && typeof r.velden.schaal === 'string'
        ? formatieSleutel(r.velden.team, functie, r.velden.schaal)
        : null,
    (functie, anderen) =>
      `‘${kort(functie)}’ met deze schaal staat voor dit team ook in ${rijenOpsomming(anderen)}; zet één plaats per team, functie en schaal in het bestand, met de fte opgeteld.`,
  );
  return splits<FormatieplaatsRij>(gelezen, problemen);
}
