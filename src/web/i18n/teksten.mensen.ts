import type { Teksten } from './teksten';

/**
 * Texts of the Mensen hub (issue 14): werkdruk, pulse, development and conversations on one page,
 * and the werkdruk page's thresholds form and month range.
 */
export const mensen = {
  'mensen.titel': { nl: 'Mensen', en: 'People' },
  'mensen.intro': {
    nl: 'Ontwikkeling, welzijn en werkdruk: wat u mag zien, op één plek.',
    en: 'Development, wellbeing and workload: what you may see, in one place.',
  },
  // Werkdruk
  'mensen.werkdruk': { nl: 'Werkdruk', en: 'Workload' },
  'mensen.werkdruk.samenvatting': {
    nl: 'In {maand}: {rood} teams rood en {oranje} teams oranje (van {totaal} teams).',
    en: 'In {maand}: {rood} teams red and {oranje} teams amber (of {totaal} teams).',
  },
  'mensen.werkdruk.geen': { nl: 'Nog geen werkdruksignaal.', en: 'No workload signal yet.' },
  'mensen.werkdruk.naarHeatmap': {
    nl: 'Werkdruk per team en maand',
    en: 'Workload per team and month',
  },
  // Pulse
  'mensen.puls': { nl: 'Pulsmeting', en: 'Pulse survey' },
  'mensen.puls.open': {
    nl: 'De pulsmeting “{titel}” staat voor u open.',
    en: 'The pulse survey “{titel}” is open for you.',
  },
  'mensen.puls.invullen': { nl: 'Invullen', en: 'Answer' },
  'mensen.puls.beantwoord': {
    nl: 'U hebt “{titel}” ingevuld. Dank u wel.',
    en: 'You answered “{titel}”. Thank you.',
  },
  'mensen.puls.geenOpen': {
    nl: 'Er staat nu geen pulsmeting voor u open.',
    en: 'No pulse survey is open for you now.',
  },
  'mensen.puls.laatste': {
    nl: 'Uitslag van de laatste gesloten ronde: {titel}',
    en: 'Results of the latest closed round: {titel}',
  },
  'mensen.puls.rondes': { nl: 'Alle rondes', en: 'All rounds' },
  'mensen.puls.anoniem': {
    nl: 'Antwoorden zijn anoniem; uitslagen tonen alleen groepen van minstens vijf.',
    en: 'Answers are anonymous; results only show groups of at least five.',
  },
  // Development
  'mensen.ontwikkeling': { nl: 'Ontwikkeling', en: 'Development' },
  'mensen.ontwikkeling.mijnPlan': { nl: 'Mijn ontwikkelplan', en: 'My development plan' },
  'mensen.ontwikkeling.budget': { nl: 'Ontwikkelbudget', en: 'Development budget' },
  // Conversations
  'mensen.gesprekken': { nl: 'Gesprekken', en: 'Conversations' },
  'mensen.gesprekken.mijn': { nl: 'Mijn gesprekken', en: 'My conversations' },
  'mensen.gesprekken.dekking': {
    nl: 'Gesprekken in {jaar} per team',
    en: 'Conversations in {jaar} per team',
  },
  'mensen.gesprekken.dekkingUitleg': {
    nl: 'Alleen aantallen: teams van minder dan {minimum} medewerkers staan samen onder Overig.',
    en: 'Counts only: teams of fewer than {minimum} employees are merged into Other.',
  },
  'mensen.gesprekken.team': { nl: 'Team', en: 'Team' },
  'mensen.gesprekken.medewerkers': { nl: 'Medewerkers', en: 'Employees' },
  'mensen.gesprekken.metGesprek': { nl: 'Met een gesprek', en: 'With a conversation' },
  'mensen.gesprekken.aandeel': { nl: 'Aandeel', en: 'Share' },
  'mensen.gesprekken.overig': { nl: 'Overig (kleine teams)', en: 'Other (small teams)' },
  'mensen.gesprekken.totaal': { nl: 'Totaal', en: 'Total' },
  'mensen.gesprekken.geenTeams': { nl: 'Nog geen teams om te tellen.', en: 'No teams to count yet.' },
  'mensen.verlopen': { nl: 'Verlopen gespreksacties', en: 'Overdue conversation actions' },
  'mensen.verlopen.geen': {
    nl: 'Geen afgesproken acties over hun deadline.',
    en: 'No agreed actions past their deadline.',
  },
  'mensen.verlopen.regel': {
    nl: '{omschrijving} ({soort} van {datum}), {dagen} dagen over de deadline',
    en: '{omschrijving} ({soort} of {datum}), {dagen} days past the deadline',
  },
  'mensen.niets': {
    nl: 'Voor uw rol staat hier nog niets.',
    en: 'There is nothing here for your role yet.',
  },
  // The werkdruk page: month range and thresholds
  'mensen.bereik.titel': { nl: 'Periode', en: 'Period' },
  'mensen.bereik.van': { nl: 'Van maand', en: 'From month' },
  'mensen.bereik.tot': { nl: 'Tot en met maand', en: 'Up to and including month' },
  'mensen.bereik.toon': { nl: 'Tonen', en: 'Show' },
  'mensen.bereik.standaard': { nl: 'Laatste twaalf maanden', en: 'Last twelve months' },
  'mensen.drempels': { nl: 'Drempels', en: 'Thresholds' },
  'mensen.drempels.uitleg': {
    nl: 'Vanaf deze waarden is een deel oranje of rood. Ze gelden voor de hele organisatie.',
    en: 'From these values a part is amber or red. They apply to the whole organisation.',
  },
  'mensen.drempels.oranje': { nl: 'Oranje vanaf', en: 'Amber from' },
  'mensen.drempels.rood': { nl: 'Rood vanaf', en: 'Red from' },
  'mensen.drempels.eenheid.procent': { nl: 'In procenten, bijvoorbeeld 95.', en: 'In percent, e.g. 95.' },
  'mensen.drempels.eenheid.score': {
    nl: 'Gemiddelde score van 1 tot 5, bijvoorbeeld 3,5.',
    en: 'Mean score from 1 to 5, e.g. 3.5.',
  },
  'mensen.drempels.eenheid.aantal': {
    nl: 'Aantal dossiers per persoon, bijvoorbeeld 2.',
    en: 'Number of dossiers per person, e.g. 2.',
  },
  'mensen.drempels.eenheid.keer': {
    nl: 'Keer het normale niveau, bijvoorbeeld 1,5.',
    en: 'Times the usual level, e.g. 1.5.',
  },
  'mensen.drempels.opslaan': { nl: 'Drempels opslaan', en: 'Save thresholds' },
  'mensen.drempels.opgeslagen': {
    nl: 'De drempels zijn opgeslagen; de heatmap rekent ermee.',
    en: 'The thresholds are saved; the heatmap uses them.',
  },
  'mensen.drempels.ongewijzigd': { nl: 'Er is niets gewijzigd.', en: 'Nothing was changed.' },
} as const satisfies Teksten;
