import type { Teksten } from './teksten';

/**
 * Texts the shell shows before any area has loaded that belong by subject to an area whose texts
 * load with its own chunk (woordenboek.ts): menu labels, the dossier states on the home page and
 * the pulse-survey banner. Kept here so that the area's whole file need not be in the first page.
 */
export const menu = {
  // The main menu (MainNav) names every area before any has loaded.
  'nav.capaciteit': { nl: 'Capaciteit', en: 'Capacity' },
  'nav.formatie': { nl: 'Formatie', en: 'Establishment' },
  'nav.mensen': { nl: 'Mensen', en: 'People' },
  'nav.wendbaar': { nl: 'Wendbare kant', en: 'Agile side' },
  'nav.inzetverzoeken': { nl: 'Inzetverzoeken', en: 'Staffing requests' },
  // Home (MijnDossiers): the state of each dossier.
  'wb.opgave.fase.signalering': { nl: 'Signalering', en: 'Signalling' },
  'wb.opgave.fase.verkenning': { nl: 'Verkenning', en: 'Exploration' },
  'wb.opgave.fase.rolbepaling': { nl: 'Rolbepaling', en: 'Role decision' },
  'wb.opgave.fase.aanpak': { nl: 'Aanpak', en: 'Approach' },
  'wb.opgave.fase.uitvoering': { nl: 'Uitvoering', en: 'Execution' },
  'wb.opgave.fase.evaluatie': { nl: 'Evaluatie', en: 'Evaluation' },
  'wb.opgave.fase.afgerond': { nl: 'Afgerond', en: 'Closed' },
  'wb.bo.status.concept': { nl: 'Concept', en: 'Draft' },
  'wb.bo.status.verkend': { nl: 'Verkend', en: 'Explored' },
  'wb.bo.status.ter-besluitvorming': { nl: 'Ter besluitvorming', en: 'Awaiting decision' },
  'wb.bo.status.vastgesteld': { nl: 'Vastgesteld', en: 'Adopted' },
  'wb.bo.status.gewijzigd-vastgesteld': { nl: 'Gewijzigd vastgesteld', en: 'Adopted with changes' },
  'wb.bo.status.aangehouden': { nl: 'Aangehouden', en: 'Postponed' },
  'wb.bo.status.afgewezen': { nl: 'Afgewezen', en: 'Rejected' },
  'wb.bo.status.in-uitvoering': { nl: 'In uitvoering', en: 'In progress' },
  'wb.bo.status.afgerond': { nl: 'Afgerond', en: 'Completed' },
  'wb.bo.status.geevalueerd': { nl: 'Geëvalueerd', en: 'Evaluated' },
  // Every page (PulsBanner): an open pulse survey.
  'puls.banner': {
    nl: 'Er staat een pulsmeting voor je open: {titel}.',
    en: 'A pulse survey is waiting for you: {titel}.',
  },
  'puls.bannerLink': { nl: 'Nu invullen', en: 'Answer now' },
} as const satisfies Teksten;
