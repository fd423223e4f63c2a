import type { Teksten } from './teksten';

/**
 * Texts of the organisation overview's signals: gaps in membership and leadership, and inzet planned
 * after an employment or contract ends, today and ahead.
 */
export const organisatie = {
  'signaal.horizon': {
    nl: 'Vandaag en de komende 12 maanden, tot en met {datum}.',
    en: 'Today and the next 12 months, up to and including {datum}.',
  },
  'signaal.geen': {
    nl: 'Geen signalen: elk basisteam houdt een teamleider, elke medewerker een team, en niemand heeft inzet gepland na het einde van dienstverband of contracturen.',
    en: 'No signals: every base team keeps a team leader, every employee a team, and nobody has work planned after their employment or contract hours end.',
  },
  'signaal.titel': { nl: 'Signalen: nu en komend', en: 'Signals: now and ahead' },
  'signaal.nu': { nl: 'nu al', en: 'already now' },
  'signaal.vanaf': { nl: 'Vanaf', en: 'From' },
  'signaal.totEnMet': { nl: 'tot en met', en: 'to' },
  'signaal.geenEinde': { nl: 'geen einde bekend', en: 'no end known' },
  'signaal.leiding.titel': {
    nl: 'Teams zonder teamleider ({aantal})',
    en: 'Teams without a team leader ({aantal})',
  },
  'signaal.leiding.geenOpvolger': { nl: 'geen opvolger bekend', en: 'no successor known' },
  'signaal.leiding.vertrekt': { nl: 'Laatste teamleider:', en: 'Last team leader:' },
  'signaal.lid.titel': {
    nl: 'Medewerkers zonder team ({aantal})',
    en: 'Employees without a team ({aantal})',
  },
  'signaal.lid.was': { nl: 'daarvoor in', en: 'before that in' },
  'signaal.inzet.titel': {
    nl: 'Inzet gepland na het einde ({aantal})',
    en: 'Work planned after the end ({aantal})',
  },
  'signaal.inzet.uitDienst': {
    nl: 'Uit dienst per {datum}',
    en: 'Leaves on {datum}',
  },
  'signaal.inzet.contracturen': {
    nl: 'Contracturen eindigen na {datum}',
    en: 'Contract hours end after {datum}',
  },
  'signaal.inzet.daarna': {
    nl: 'daarna nog {uren} uur gepland:',
    en: 'then still {uren} hours planned:',
  },
  'signaal.inzet.run': {
    nl: '{uren} uur ({perWeek} uur per week)',
    en: '{uren} hours ({perWeek} hours a week)',
  },
  'signaal.inzet.onbekendWerk': { nl: 'werk zonder titel', en: 'untitled work' },
  'signaal.inzet.robuust': { nl: 'robuust', en: 'robust' },
  'signaal.inzet.wendbaar': { nl: 'wendbaar', en: 'agile' },
  'signaal.nietGetoond': {
    nl: 'Hier niet getoond: nog {aantal}, omdat uw rol hen niet op naam mag zien of de lijst langer is dan 100.',
    en: 'Not shown here: {aantal} more, because your role may not see them by name or the list is longer than 100.',
  },
  'signaal.nietGetoondAlle': {
    nl: '{aantal} in totaal; uw rol mag hen niet op naam zien.',
    en: '{aantal} in all; your role may not see them by name.',
  },
} as const satisfies Teksten;
