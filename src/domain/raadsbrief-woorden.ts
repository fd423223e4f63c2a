import type { BestuursopdrachtStatus } from './bestuursopdracht';
import type { OpgaveStatus } from './opgave';
import type { FaseStatus, ThemaStand } from './veranderprogramma';

/**
 * The words a raadsbrief uses for what the snapshot stores as codes (issue 15, item 5): a griffie
 * reads "november 2026", "in uitvoering" and "op schema", not "2026-11", "in-uitvoering" and
 * "op-schema". Pure and Dutch only, as the letter is; the web page says the same through its own
 * texts (teksten.menu.ts, teksten.verandering.ts), and src/web/components/raadsbrief/
 * voorbeeld-woorden.test.ts holds the two together. Written as running text (lower case); a table cell puts a capital first (`metHoofdletter`).
 *
 * The snapshot keeps the codes, not these words, so its hash does not depend on the wording; a
 * code this map does not know (an older or newer snapshot) is still shown readably (`codeAlsWoord`).
 */
export { maandWoord } from './datum-woorden';

export const OPGAVE_STATUS_WOORD: Readonly<Record<OpgaveStatus, string>> = {
  signalering: 'signalering',
  verkenning: 'verkenning',
  rolbepaling: 'rolbepaling',
  aanpak: 'aanpak',
  uitvoering: 'uitvoering',
  evaluatie: 'evaluatie',
  afgerond: 'afgerond',
};

export const BESTUURSOPDRACHT_STATUS_WOORD: Readonly<Record<BestuursopdrachtStatus, string>> = {
  concept: 'concept',
  verkend: 'verkend',
  'ter-besluitvorming': 'ter besluitvorming',
  vastgesteld: 'vastgesteld',
  'gewijzigd-vastgesteld': 'gewijzigd vastgesteld',
  aangehouden: 'aangehouden',
  afgewezen: 'afgewezen',
  'in-uitvoering': 'in uitvoering',
  afgerond: 'afgerond',
  geevalueerd: 'geëvalueerd',
};

export const FASE_STATUS_WOORD: Readonly<Record<FaseStatus, string>> = {
  gepland: 'gepland',
  lopend: 'lopend',
  afgerond: 'afgerond',
};

export const THEMA_STAND_WOORD: Readonly<Record<ThemaStand, string>> = {
  'op-schema': 'op schema',
  achter: 'loopt achter',
  gereed: 'gereed',
  gepauzeerd: 'gepauzeerd',
};

/** A code no map knows, still readable: 'in_uitvoering' and 'op-schema' become 'in uitvoering', 'op schema'. */
export function codeAlsWoord(code: string): string {
  return code.replace(/[-_]+/g, ' ').trim().toLowerCase();
}

function uit(map: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(map, code) ? (map[code] as string) : codeAlsWoord(code);
}

/** The state of an opgave or bestuursopdracht in the portfolio. */
export function dossierStatusWoord(soort: 'opgave' | 'bestuursopdracht', status: string): string {
  return uit(soort === 'opgave' ? OPGAVE_STATUS_WOORD : BESTUURSOPDRACHT_STATUS_WOORD, status);
}

/** The state of a phase of the veranderprogramma. */
export const faseStatusWoord = (status: string): string => uit(FASE_STATUS_WOORD, status);

/** Where a theme of the veranderprogramma stands. */
export const themaStandWoord = (stand: string): string => uit(THEMA_STAND_WOORD, stand);

/** 'in uitvoering' → 'In uitvoering', for a table cell. */
export const metHoofdletter = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
