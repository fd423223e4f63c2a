import type { InzetverzoekStatus } from './inzetverzoek';

/**
 * The steps on an inzetverzoek: who takes each (the teamleider of the medewerker's team, or the one
 * who asked), from which states, into which state, and the sub-resource that takes it
 * (`POST /inzetverzoeken/{id}/<pad>`). The API, the abilities in each response (`mag`) and the web app
 * all read this one table.
 */
export const INZETVERZOEK_STAPPEN = {
  instemmen: { pad: 'instemmingen', wie: 'teamleider', van: ['aangevraagd'], naar: 'ingestemd' },
  afwijzen: { pad: 'afwijzingen', wie: 'teamleider', van: ['aangevraagd'], naar: 'afgewezen' },
  tegenvoorstellen: {
    pad: 'tegenvoorstellen',
    wie: 'teamleider',
    van: ['aangevraagd'],
    naar: 'tegenvoorstel',
  },
  aanvaarden: { pad: 'aanvaardingen', wie: 'aanvrager', van: ['tegenvoorstel'], naar: 'ingestemd' },
  intrekken: {
    pad: 'intrekkingen',
    wie: 'aanvrager',
    van: ['aangevraagd', 'tegenvoorstel'],
    naar: 'ingetrokken',
  },
} as const satisfies Record<
  string,
  {
    pad: string;
    wie: 'teamleider' | 'aanvrager';
    van: readonly InzetverzoekStatus[];
    naar: InzetverzoekStatus;
  }
>;

export type InzetverzoekStap = keyof typeof INZETVERZOEK_STAPPEN;
