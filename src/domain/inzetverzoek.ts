import type { Graaf } from './levenscyclus';

/**
 * An inzetverzoek asks the teamleider of a medewerker's basisteam for hours of that person on an
 * agile capaciteitsvraag. The teamleider consents (the inzet is then made), declines with a reason,
 * or proposes other hours, which the asker accepts or withdraws.
 */
export const INZETVERZOEK_STATUSSEN = [
  'aangevraagd',
  'ingestemd',
  'afgewezen',
  'tegenvoorstel',
  'ingetrokken',
] as const;
export type InzetverzoekStatus = (typeof INZETVERZOEK_STATUSSEN)[number];

/** Waiting for an answer: the teamleider (aangevraagd) or the asker (tegenvoorstel) must act. */
export const OPEN_STATUSSEN = [
  'aangevraagd',
  'tegenvoorstel',
] as const satisfies readonly InzetverzoekStatus[];

/** A request that still stands: open, or consented to. Declined and withdrawn ones no longer count. */
export const STAANDE_STATUSSEN = [
  ...OPEN_STATUSSEN,
  'ingestemd',
] as const satisfies readonly InzetverzoekStatus[];

export const INZETVERZOEK_GRAAF: Graaf<InzetverzoekStatus> = {
  aangevraagd: ['ingestemd', 'afgewezen', 'tegenvoorstel', 'ingetrokken'],
  tegenvoorstel: ['ingestemd', 'ingetrokken'],
  ingestemd: [],
  afgewezen: [],
  ingetrokken: [],
};

/** Whole days between asking and deciding (or now, while it waits), for the directie's overview. */
export function wachtdagen(aangevraagdOp: Date, beslistOp: Date | null, nu: Date): number {
  return Math.max(
    0,
    Math.round((((beslistOp ?? nu).getTime() - aangevraagdOp.getTime()) / 86_400_000) * 10) / 10,
  );
}
