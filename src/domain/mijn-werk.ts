import type { BestuursopdrachtStatus } from './bestuursopdracht';
import type { IsoDatum } from './datum';
import type { OpgaveStatus } from './opgave';

/**
 * What moves a dossier forward from a state: the step a home page asks someone to take. The
 * lifecycle graphs also hold steps back (more exploration, a new role decision); those are never
 * due, so they are not asked for. Null when nothing is left to do.
 */
export const VOLGENDE_OPGAVESTAP: Readonly<Record<OpgaveStatus, OpgaveStatus | null>> = {
  signalering: 'verkenning',
  verkenning: 'rolbepaling',
  rolbepaling: 'aanpak',
  aanpak: 'uitvoering',
  uitvoering: 'evaluatie',
  evaluatie: 'afgerond',
  afgerond: null,
};

/** For a bestuursopdracht ter besluitvorming the step is the college's besluit (`vastgesteld` stands for it). */
export const VOLGENDE_BESTUURSOPDRACHTSTAP: Readonly<
  Record<BestuursopdrachtStatus, BestuursopdrachtStatus | null>
> = {
  concept: 'verkend',
  verkend: 'ter-besluitvorming',
  'ter-besluitvorming': 'vastgesteld',
  vastgesteld: 'in-uitvoering',
  'gewijzigd-vastgesteld': 'in-uitvoering',
  aangehouden: 'ter-besluitvorming',
  afgewezen: 'verkend',
  'in-uitvoering': 'afgerond',
  afgerond: 'geevalueerd',
  geevalueerd: null,
};

/**
 * The date a dossier's next step is due: its first milestone on or after the peildatum. Milestones
 * carry no "done" mark, so one already past says nothing about what is still open and is skipped.
 */
export function eerstvolgendeMijlpaal(
  mijlpalen: readonly { titel: string; datum: IsoDatum }[],
  peildatum: IsoDatum,
): { titel: string; datum: IsoDatum } | null {
  const komend = mijlpalen
    .filter((m) => typeof m.datum === 'string' && m.datum >= peildatum)
    .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  return komend[0] ?? null;
}

export interface Urgentie {
  /** The day it is due, if it has one. */
  vervaldatum: IsoDatum | null;
  /** The day it started waiting, if known. */
  sinds: IsoDatum | null;
}

/**
 * The order of a work list: what has a due date first (earliest first), then what waits longest,
 * then the rest; ties keep their order (Array.prototype.sort is stable).
 */
export function opUrgentie(a: Urgentie, b: Urgentie): number {
  if (a.vervaldatum !== b.vervaldatum) {
    if (a.vervaldatum === null) return 1;
    if (b.vervaldatum === null) return -1;
    return a.vervaldatum < b.vervaldatum ? -1 : 1;
  }
  if (a.sinds !== b.sinds) {
    if (a.sinds === null) return 1;
    if (b.sinds === null) return -1;
    return a.sinds < b.sinds ? -1 : 1;
  }
  return 0;
}

/** Phases in which a dossier waits on its regisseur's next step; in the others the work runs. */
const VOORBEREIDEND = new Set<string>([
  'signalering',
  'verkenning',
  'rolbepaling',
  'aanpak',
  'concept',
  'verkend',
  'vastgesteld',
  'gewijzigd-vastgesteld',
  'aangehouden',
  'afgewezen',
]);

/** How many days before a milestone its dossier's step counts as due. */
export const MIJLPAAL_VOORUIT_DAGEN = 30;

/**
 * Whether a dossier's next step is due now: while it is being prepared (the next step is the work
 * itself), or while it runs when its next milestone falls within {@link MIJLPAAL_VOORUIT_DAGEN} days.
 */
export function isStapAanDeBeurt(
  status: string,
  mijlpaal: { datum: IsoDatum } | null,
  peildatum: IsoDatum,
): boolean {
  if (VOORBEREIDEND.has(status)) return true;
  if (!mijlpaal) return false;
  const dagen =
    (Date.parse(`${mijlpaal.datum}T00:00:00Z`) - Date.parse(`${peildatum}T00:00:00Z`)) / 86_400_000;
  return dagen >= 0 && dagen <= MIJLPAAL_VOORUIT_DAGEN;
}
