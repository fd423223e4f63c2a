import type { Teksten } from './teksten';

/** Texts of the werkdruk pages (issue 14, item 6): the heatmap and a team's signal with its parts. */
export const werkdruk = {
  'wd.titel': { nl: 'Werkdruk', en: 'Workload' },
  'wd.titelTeam': { nl: 'Werkdruk {team}', en: 'Workload {team}' },
  'wd.intro': {
    nl: 'Per team en maand één signaal uit vijf delen: vraag tegen capaciteit, de pulsmeting, wendbare dossiers per persoon, vacatures en afwezigheid. Rood als één deel rood is of twee oranje zijn. Klik een cel voor het waarom.',
    en: 'One signal per team and month from five parts: demand against capacity, the pulse survey, agile dossiers per person, vacancies and absence. Red when one part is red or two are amber. Click a cell for the reasons.',
  },
  'wd.eigenTeams': {
    nl: 'U ziet de teams die u leidt; de organisatie ziet u als aantallen per kleur.',
    en: 'You see the teams you lead; the organisation as counts per colour.',
  },
  'wd.tabel': { nl: 'Werkdruksignaal per team en maand', en: 'Workload signal per team and month' },
  'wd.team': { nl: 'Team', en: 'Team' },
  'wd.organisatie': { nl: 'Organisatie (aantal teams)', en: 'Organisation (number of teams)' },
  'wd.organisatieCel': {
    nl: '{rood} rood, {oranje} oranje, {groen} groen',
    en: '{rood} red, {oranje} amber, {groen} green',
  },
  'wd.niveau.groen': { nl: 'Groen', en: 'Green' },
  'wd.niveau.oranje': { nl: 'Oranje', en: 'Amber' },
  'wd.niveau.rood': { nl: 'Rood', en: 'Red' },
  'wd.niveau.onbekend': { nl: 'Onbekend', en: 'Unknown' },
  'wd.celLink': { nl: '{team}, {maand}: {niveau}', en: '{team}, {maand}: {niveau}' },
  'wd.legenda': { nl: 'Legenda', en: 'Legend' },
  'wd.geenTeams': { nl: 'Geen teams om te tonen.', en: 'No teams to show.' },
  'wd.naarHeatmap': { nl: 'Werkdruk van de organisatie', en: "The organisation's workload" },
  'wd.naarTeam': { nl: 'Naar het team', en: 'To the team' },
  'wd.maand': { nl: 'Maand', en: 'Month' },
  'wd.signaal': { nl: 'Signaal', en: 'Signal' },
  'wd.deel': { nl: 'Deel', en: 'Part' },
  'wd.waarde': { nl: 'Waarde', en: 'Value' },
  'wd.drempel': { nl: 'Drempels', en: 'Thresholds' },
  'wd.drempelTekst': {
    nl: 'oranje vanaf {oranje}, rood vanaf {rood}',
    en: 'amber from {oranje}, red from {rood}',
  },
  'wd.toelichting': { nl: 'Waarop het rust', en: 'Based on' },
  'wd.waarom': { nl: 'Waarom {niveau}: {redenen}', en: 'Why {niveau}: {redenen}' },
  'wd.nietsVerhoogd': { nl: 'Geen deel boven zijn drempel.', en: 'No part above its threshold.' },
  'wd.deel.capaciteit': { nl: 'Vraag tegen capaciteit', en: 'Demand against capacity' },
  'wd.deel.puls': { nl: 'Werkdruk in de pulsmeting (1–5)', en: 'Workload in the pulse survey (1–5)' },
  'wd.deel.dossiers': { nl: 'Wendbare dossiers per persoon', en: 'Agile dossiers per person' },
  'wd.deel.vacatures': { nl: 'Vacatures (deel van de formatie)', en: 'Vacancies (share of establishment)' },
  'wd.deel.afwezigheid': { nl: 'Afwezigheid tegen normaal', en: 'Absence against usual' },
  'wd.keerNormaal': { nl: '{x} × normaal', en: '{x} × usual' },
} as const satisfies Teksten;
