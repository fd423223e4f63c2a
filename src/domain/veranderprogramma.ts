import { type IsoDatum, plusDagen } from './datum';
import { weekdag } from './kalender';
import type { Probleem } from './probleem';

/**
 * The veranderprogramma (issue 15, item 1): numbered phases, themes carried by a trekker and a
 * transitieteam, and per theme actions and milestones. Pure rules: where a theme stands, what is
 * overdue, what the next milestone is, and what is wrong with an input (every problem at once).
 */

export const FASE_STATUSSEN = ['gepland', 'lopend', 'afgerond'] as const;
export type FaseStatus = (typeof FASE_STATUSSEN)[number];
export const THEMA_STATUSSEN = ['actief', 'gepauzeerd', 'afgerond'] as const;
export type ThemaStatus = (typeof THEMA_STATUSSEN)[number];
export const ACTIE_SOORTEN = ['actie', 'mijlpaal'] as const;
export type ActieSoort = (typeof ACTIE_SOORTEN)[number];
export const ACTIE_STATUSSEN = ['open', 'gereed'] as const;
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];
/** Where a theme stands, as the programme page and the raadsbrief say it. */
export const THEMA_STANDEN = ['op-schema', 'achter', 'gereed', 'gepauzeerd'] as const;
export type ThemaStand = (typeof THEMA_STANDEN)[number];

export const MIN_FASE = 0;
export const MAX_FASE = 5;
export const MAX_UREN_PER_WEEK = 60;

export interface ActieStand {
  soort: ActieSoort;
  datum: IsoDatum | null;
  status: ActieStatus;
}

/** An open action or milestone whose date lies before today. Done ones are never overdue. */
export function isVerlopen(a: ActieStand, vandaag: IsoDatum): boolean {
  return a.status === 'open' && a.datum !== null && a.datum < vandaag;
}

export interface ActieTelling {
  open: number;
  gereed: number;
  verlopen: number;
}

/** Open, done and overdue (overdue ones are also open: open + gereed is every action). */
export function telActies(acties: readonly ActieStand[], vandaag: IsoDatum): ActieTelling {
  let open = 0;
  let gereed = 0;
  let verlopen = 0;
  for (const a of acties) {
    if (a.status === 'gereed') gereed++;
    else open++;
    if (isVerlopen(a, vandaag)) verlopen++;
  }
  return { open, gereed, verlopen };
}

/**
 * The next milestone: the open milestone with the earliest date (an overdue one first, because it
 * is the one to act on), else none. Undated milestones have no place in time and are skipped.
 */
export function volgendeMijlpaal<T extends ActieStand>(acties: readonly T[]): T | null {
  let beste: T | null = null;
  for (const a of acties) {
    if (a.soort !== 'mijlpaal' || a.status !== 'open' || a.datum === null) continue;
    if (beste === null || a.datum < (beste.datum as string)) beste = a;
  }
  return beste;
}

/**
 * Where a theme stands: `gereed` when closed or when it has actions and all are done; `gepauzeerd`
 * when paused; `achter` when anything is overdue; otherwise `op-schema`.
 */
export function themaStand(
  status: ThemaStatus,
  acties: readonly ActieStand[],
  vandaag: IsoDatum,
): ThemaStand {
  if (status === 'afgerond') return 'gereed';
  const t = telActies(acties, vandaag);
  if (acties.length > 0 && t.open === 0) return 'gereed';
  if (status === 'gepauzeerd') return 'gepauzeerd';
  return t.verlopen > 0 ? 'achter' : 'op-schema';
}

// --- validation ---------------------------------------------------------------------------------------

export interface FaseInvoer {
  volgnummer: number;
  van: IsoDatum | null;
  tot: IsoDatum | null;
  status: FaseStatus;
}

/**
 * A phase: its period runs forward; one phase runs at a time (the programme has one "now"); its
 * number is free. `andere` are the other phases as stored.
 */
export function faseProblemen(f: FaseInvoer, andere: readonly (FaseInvoer & { naam: string })[]): Probleem[] {
  const p: Probleem[] = [];
  if (f.van !== null && f.tot !== null && f.tot < f.van)
    p.push({ veld: 'tot', code: 'voor-begin', melding: 'Het einde van de fase ligt vóór het begin.' });
  const dubbel = andere.find((a) => a.volgnummer === f.volgnummer);
  if (dubbel)
    p.push({
      veld: 'volgnummer',
      code: 'bestaat-al',
      melding: `Fase ${f.volgnummer} bestaat al (${dubbel.naam}); kies een ander nummer of wijzig die fase.`,
    });
  const lopend = andere.find((a) => a.status === 'lopend');
  if (f.status === 'lopend' && lopend)
    p.push({
      veld: 'status',
      code: 'al-een-lopende-fase',
      melding: `Fase ${lopend.volgnummer} (${lopend.naam}) loopt al; rond die eerst af of zet deze op gepland.`,
    });
  return p;
}

/** The whole weeks (monday through sunday) that hold [van, tot]: inzet is planned in whole weeks. */
export function heleWeken(van: IsoDatum, tot: IsoDatum): { van: IsoDatum; tot: IsoDatum } {
  return { van: plusDagen(van, 1 - weekdag(van)), tot: plusDagen(tot, 7 - weekdag(tot)) };
}

export interface LidInvoer {
  van: IsoDatum;
  tot: IsoDatum;
  urenPerWeek: number;
}

/** A transitieteam member's period and hours (the hours become inzet). */
export function lidProblemen(l: LidInvoer): Probleem[] {
  const p: Probleem[] = [];
  if (l.tot < l.van)
    p.push({ veld: 'tot', code: 'voor-begin', melding: 'Het einde ligt vóór het begin van de deelname.' });
  if (!(l.urenPerWeek > 0) || l.urenPerWeek > MAX_UREN_PER_WEEK)
    p.push({
      veld: 'urenPerWeek',
      code: 'buiten-bereik',
      melding: `Geef meer dan 0 en hoogstens ${MAX_UREN_PER_WEEK} uur per week.`,
    });
  return p;
}

export interface ActieInvoer {
  soort: ActieSoort;
  datum: IsoDatum | null;
  status: ActieStatus;
  gereedOp: IsoDatum | null;
}

/** A milestone is a moment, so it has a date; a done action knows when, and not in the future. */
export function actieProblemen(a: ActieInvoer, vandaag: IsoDatum): Probleem[] {
  const p: Probleem[] = [];
  if (a.soort === 'mijlpaal' && a.datum === null)
    p.push({ veld: 'datum', code: 'verplicht', melding: 'Een mijlpaal heeft een datum.' });
  if (a.gereedOp !== null && a.gereedOp > vandaag)
    p.push({
      veld: 'gereedOp',
      code: 'toekomst',
      melding: 'Meld een actie gereed op of na de dag dat ze af is.',
    });
  return p;
}

/** Done: the date it was done (today unless given); reopened: no date. */
export function gereedOp(status: ActieStatus, gegeven: IsoDatum | null | undefined, vandaag: IsoDatum) {
  return status === 'gereed' ? (gegeven ?? vandaag) : null;
}
