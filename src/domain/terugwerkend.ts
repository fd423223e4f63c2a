import { type IsoDatum, plusDagen } from './datum';
import { isoWeek, periodenTussen } from './kalender';
import type { Probleem } from './probleem';

/**
 * Changing the past is deliberate. A change that takes effect far back silently rewrites every grid
 * and report of that time, so beyond a limit (an organisation setting, `terugwerkendeDagen`) the
 * writer has to say why; the reason goes into the audit record and the answer names the periods
 * whose figures changed.
 */
export const STANDAARD_TERUGWERKENDE_DAGEN = 31;

/** The veld of the reason in every request that can change the past. */
export const REDEN_VELD = 'reden';

/** The periods whose figures change: calendar months ('YYYY-MM') and the ISO weeks as a range. */
export interface Terugwerkend {
  vanaf: IsoDatum;
  tot: IsoDatum;
  maanden: string[];
  weken: { van: string; tot: string };
}

/** What a write tells its caller about a change with retroactive effect (reden null when not needed). */
export interface TerugwerkendeWijziging extends Terugwerkend {
  reden: string | null;
}

/** True when `ingang` lies more than `grensDagen` days before `vandaag`. */
export function isVerTerug(ingang: IsoDatum, vandaag: IsoDatum, grensDagen: number): boolean {
  return ingang < plusDagen(vandaag, -grensDagen);
}

/** Problems when `ingang` lies more than `grensDagen` days before `vandaag` and no reason was given (veld 'reden'). */
export function terugwerkendProblemen(
  ingang: IsoDatum,
  vandaag: IsoDatum,
  grensDagen: number,
  reden: string | undefined,
): Probleem[] {
  if (!isVerTerug(ingang, vandaag, grensDagen)) return [];
  if (reden !== undefined && reden.trim().length > 0) return [];
  return [
    {
      veld: REDEN_VELD,
      code: 'reden-verplicht',
      melding:
        `De wijziging gaat in op ${ingang}, meer dan ${grensDagen} dagen terug (vóór ${plusDagen(vandaag, -grensDagen)}). ` +
        'Geef een reden op voor deze wijziging met terugwerkende kracht.',
    },
  ];
}

/**
 * The periods whose figures change by a change that takes effect from `van` (until `tot`, or until
 * vandaag when open): the calendar months 'YYYY-MM' and ISO weeks as a range. A change that only
 * touches one day still changes that day's month and week.
 */
export function geraaktePerioden(van: IsoDatum, tot: IsoDatum | null, vandaag: IsoDatum): Terugwerkend {
  const eind = tot ?? vandaag;
  const totDatum = eind < van ? van : eind;
  return {
    vanaf: van,
    tot: totDatum,
    maanden: periodenTussen('maand', van, totDatum).map((p) => p.sleutel),
    weken: { van: isoWeek(van), tot: isoWeek(totDatum) },
  };
}

/**
 * The answer's `terugwerkend` for a change from `van`: null when it starts today or later (no figure
 * already shown changes), otherwise the periods touched up to today and the reason given.
 */
export function terugwerkendeWijziging(
  van: IsoDatum,
  tot: IsoDatum | null,
  vandaag: IsoDatum,
  reden: string | undefined | null,
): TerugwerkendeWijziging | null {
  if (van >= vandaag) return null;
  const eind = tot === null || tot > vandaag ? vandaag : tot;
  return { reden: reden?.trim() || null, ...geraaktePerioden(van, eind, vandaag) };
}
