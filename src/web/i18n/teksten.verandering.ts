import type { Teksten } from './teksten';

/** The Verandering hub (issue 15). */
export const verandering = {
  'nav.verandering': { nl: 'Verandering', en: 'Change' },
  'verandering.titel': { nl: 'Verandering', en: 'Change' },
  'verandering.intro': {
    nl: 'Hoe de organisatie verandert: de manier van werken die we samen afspraken, en de procedures met de ondernemingsraad.',
    en: 'How the organisation changes: the way of working we agreed together, and the procedures with the works council.',
  },
  'verandering.zoWerkenWe': { nl: 'Zo werken we', en: 'How we work' },
  'verandering.zoWerkenWe.uitleg': {
    nl: 'De organisatiefilosofie, voor iedereen. Iedere pagina heeft haar geschiedenis.',
    en: 'The organisation philosophy, for everyone. Every page keeps its history.',
  },
  'verandering.zoWerkenWe.alle': { nl: 'Alle pagina’s van Zo werken we', en: 'All pages of How we work' },
  'verandering.or': { nl: 'Ondernemingsraad', en: 'Works council' },
  'verandering.or.geen': {
    nl: 'Er loopt geen procedure met een datum die nog komt.',
    en: 'No procedure has a date still ahead.',
  },
  'verandering.or.alle': { nl: 'Het hele OR-dossier', en: 'The whole works council file' },
} as const satisfies Teksten;
