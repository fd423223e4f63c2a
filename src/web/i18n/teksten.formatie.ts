import type { Teksten } from './teksten';

/**
 * Texts of the formatie and loonsom pages (issue 13): a team's formatie, the organisation's formatie
 * and loonsom, the salary tables and the werkgeverslasten.
 */
export const formatie = {
  // --- formatie ---
  'fm.titel': { nl: 'Formatie', en: 'Establishment' },
  'fm.titelTeam': { nl: 'Formatie {team}', en: 'Establishment {team}' },
  'fm.naarTeam': { nl: 'Naar het team', en: 'To the team' },
  'fm.naarOrganisatie': {
    nl: 'Formatie en loonsom van de organisatie',
    en: "The organisation's establishment and payroll",
  },
  'fm.peildatum': { nl: 'Peildatum', en: 'Reference date' },
  'fm.peildatum.uitleg': {
    nl: 'De cijfers gelden op deze datum. Standaard vandaag.',
    en: 'The figures hold on this date. Today unless changed.',
  },
  'fm.opPeildatum': { nl: 'Formatie en bezetting op', en: 'Establishment and occupation on' },
  'fm.plaatsen': { nl: 'Formatieplaatsen', en: 'Positions' },
  'fm.geenPlaatsen': {
    nl: 'Dit team heeft op deze datum geen formatieplaatsen.',
    en: 'This team has no positions on this date.',
  },
  'fm.tabel.caption': {
    nl: 'Formatieplaatsen van {team} op {datum}: functie, schaal, fte, soort en financiering, wie ze vervullen en wat vacant of boventallig is',
    en: 'Positions of {team} on {datum}: job, scale, FTE, kind and funding, who fills them and what is vacant or surplus',
  },
  'fm.kc.formatie': { nl: 'Formatie (fte)', en: 'Establishment (FTE)' },
  'fm.kc.bezetting': { nl: 'Bezetting (fte)', en: 'Occupation (FTE)' },
  'fm.kc.vacatures': { nl: 'Vacatures', en: 'Vacancies' },
  'fm.kc.vacatureFte': { nl: 'samen {fte} fte', en: '{fte} FTE together' },
  'fm.kc.vacatureFte.label': { nl: 'Vacant (fte)', en: 'Vacant (FTE)' },
  'fm.kc.boventallig': { nl: 'Boventallig (fte)', en: 'Surplus (FTE)' },
  'fm.kolom.schaal': { nl: 'Schaal', en: 'Scale' },
  'fm.kolom.formatie': { nl: 'Formatie (fte)', en: 'Establishment (FTE)' },
  'fm.kolom.soort': { nl: 'Soort en financiering', en: 'Kind and funding' },
  'fm.kolom.vervuldDoor': { nl: 'Vervuld door (fte)', en: 'Filled by (FTE)' },
  'fm.kolom.bezetting': { nl: 'Bezetting (fte)', en: 'Occupation (FTE)' },
  'fm.kolom.vacature': { nl: 'Vacant (fte)', en: 'Vacant (FTE)' },
  'fm.kolom.boventallig': { nl: 'Boventallig (fte)', en: 'Surplus (FTE)' },
  'fm.kolom.status': { nl: 'Vacature of boventallig', en: 'Vacancy or surplus' },
  'fm.soort.structureel': { nl: 'Structureel', en: 'Structural' },
  'fm.soort.tijdelijk': { nl: 'Tijdelijk', en: 'Temporary' },
  'fm.financiering.regulier': { nl: 'Regulier budget', en: 'Regular budget' },
  'fm.financiering.programma': { nl: 'Programma', en: 'Programme' },
  'fm.financiering.subsidie': { nl: 'Subsidie', en: 'Subsidy' },
  'fm.tot': { nl: 'tot en met', en: 'until' },
  'fm.sinds': { nl: 'sinds', en: 'since' },
  'fm.niemand': { nl: 'Niemand', en: 'Nobody' },
  'fm.status.vacant': { nl: '{fte} fte vacant', en: '{fte} FTE vacant' },
  'fm.status.boventallig': { nl: '{fte} fte boventallig', en: '{fte} FTE surplus' },
  'fm.status.vervuld': { nl: 'Vervuld', en: 'Filled' },
  'fm.schaalN': { nl: 'schaal {schaal}', en: 'scale {schaal}' },
  'fm.vacantFte': { nl: '{fte} fte vacant', en: '{fte} FTE vacant' },
  'fm.kies': { nl: 'Kies…', en: 'Choose…' },

  'fm.plaats.toevoegen': { nl: 'Formatieplaats toevoegen', en: 'Add a position' },
  'fm.plaats.toegevoegd': {
    nl: 'Formatieplaats {functie} is toegevoegd.',
    en: 'Position {functie} was added.',
  },
  'fm.plaatsing.toevoegen': { nl: 'Medewerker plaatsen', en: 'Place an employee' },
  'fm.plaatsing.toegevoegd': {
    nl: '{naam} is geplaatst op {functie}.',
    en: '{naam} was placed on {functie}.',
  },
  'fm.beeindig': { nl: 'Plaats of plaatsing beëindigen', en: 'End a position or placement' },
  'fm.beeindig.knop': { nl: 'Beëindigen', en: 'End' },
  'fm.beeindig.plaats': { nl: 'Formatieplaats {plaats}', en: 'Position {plaats}' },
  'fm.beeindig.plaatsing': {
    nl: 'Plaatsing van {naam} ({fte} fte) op {plaats}',
    en: 'Placement of {naam} ({fte} FTE) on {plaats}',
  },
  'fm.beeindigd': { nl: 'Beëindigd: {wat}.', en: 'Ended: {wat}.' },

  'fm.veld.functie': { nl: 'Functie', en: 'Job' },
  'fm.veld.functiefamilie': { nl: 'Functiefamilie', en: 'Job family' },
  'fm.veld.functiefamilie.uitleg': {
    nl: 'Uit het functiehuis, bijvoorbeeld Beleid of Dienstverlening.',
    en: 'From the job framework, for example Policy or Services.',
  },
  'fm.veld.functieniveau': { nl: 'Functieniveau', en: 'Job level' },
  'fm.veld.schaal': { nl: 'Salarisschaal', en: 'Salary scale' },
  'fm.veld.schaal.uitleg': { nl: 'Bijvoorbeeld 10 of 10A.', en: 'For example 10 or 10A.' },
  'fm.veld.fte': { nl: 'Omvang (fte)', en: 'Size (FTE)' },
  'fm.veld.fte.uitleg': {
    nl: 'Bijvoorbeeld 1 of 0,8. Een plaats mag groter zijn dan 1 fte (meerdere mensen in dezelfde functie).',
    en: 'For example 1 or 0.8. A position may exceed 1 FTE (several people in the same job).',
  },
  'fm.veld.einddatum': { nl: 'Einddatum', en: 'End date' },
  'fm.veld.einddatum.uitleg': {
    nl: 'Verplicht bij een tijdelijke plaats: de laatste dag.',
    en: 'Required for a temporary position: the last day.',
  },
  'fm.veld.soort': { nl: 'Structureel of tijdelijk', en: 'Structural or temporary' },
  'fm.veld.financiering': { nl: 'Financiering', en: 'Funding' },
  'fm.veld.programma': { nl: 'Programma', en: 'Programme' },
  'fm.veld.subsidie': { nl: 'Subsidie', en: 'Subsidy' },
  'fm.veld.formatieplaats': { nl: 'Formatieplaats', en: 'Position' },
  'fm.veld.medewerker': { nl: 'Medewerker', en: 'Employee' },
  'fm.veld.plaatsingFte': { nl: 'Deel van de plaats (fte)', en: 'Share of the position (FTE)' },
  'fm.veld.plaatsingFte.uitleg': {
    nl: 'Hoeveel fte deze medewerker op deze plaats werkt, bijvoorbeeld 0,5.',
    en: 'How many FTE this employee works on this position, for example 0.5.',
  },
  'fm.veld.beeindigWat': { nl: 'Wat beëindigt u?', en: 'What do you end?' },
  'fm.veld.laatsteDag': { nl: 'Laatste dag', en: 'Last day' },
  'fm.veld.laatsteDag.uitleg': {
    nl: 'Tot en met deze dag telt de plaats of plaatsing nog mee.',
    en: 'The position or placement counts up to and including this day.',
  },
  'fm.fout.kiesSoort': { nl: 'Kies structureel of tijdelijk.', en: 'Choose structural or temporary.' },
  'fm.fout.kiesFinanciering': { nl: 'Kies de financiering.', en: 'Choose the funding.' },
  'fm.fout.kiesPlaats': { nl: 'Kies de formatieplaats.', en: 'Choose the position.' },
  'fm.fout.kiesMedewerker': { nl: 'Kies een medewerker.', en: 'Choose an employee.' },
  'fm.fout.fte': { nl: 'Geef de fte, bijvoorbeeld 0,5.', en: 'Give the FTE, for example 0.5.' },
  'fm.fout.kiesBeeindig': {
    nl: 'Kies de plaats of plaatsing die eindigt.',
    en: 'Choose the position or placement that ends.',
  },

  'fm.org.titel': { nl: 'Formatie en loonsom', en: 'Establishment and payroll' },
  'fm.org.intro': {
    nl: 'De formatie per team op een datum en de loonsom voor vier jaar tegen het loonsombudget.',
    en: 'The establishment per team on a date and the payroll for four years against the payroll budget.',
  },
  'fm.org.formatie': { nl: 'Formatie per team', en: 'Establishment per team' },
  'fm.verloop.titel': { nl: 'Formatie in de tijd', en: 'Establishment over time' },
  'fm.verloop.intro': {
    nl: 'Op de eerste van elke maand, de twaalf maanden tot en met deze. De download heeft ook de maanden per team.',
    en: 'On the first of each month, the twelve months up to this one. The download also has the months per team.',
  },
  'fm.verloop.caption': {
    nl: 'Formatie, bezetting, vacatures en boventalligheid van {van} tot en met {tot}',
    en: 'Establishment, occupation, vacancies and surplus from {van} to {tot}',
  },
  'fm.verloop.maand': { nl: 'Maand (op de eerste)', en: 'Month (on the first)' },
  'fm.org.caption': {
    nl: 'Formatie, bezetting, vacatures en boventalligheid per team op {datum}, met het totaal van de organisatie',
    en: 'Establishment, occupation, vacancies and surplus per team on {datum}, with the organisation total',
  },
  'fm.org.alleenTotaal': {
    nl: 'U ziet alleen het totaal van de organisatie.',
    en: 'You see the organisation total only.',
  },
  'fm.totaalOrganisatie': { nl: 'Totaal organisatie', en: 'Organisation total' },

  // --- loonsom ---
  'ls.titelTeam': { nl: 'Loonsom tegen budget', en: 'Payroll against budget' },
  'ls.uitleg': {
    nl: 'De werkgeverskosten van de bezetting en van de vacatures (tegen de vacaturetrede), per jaar, met het loonsombudget ernaast.',
    en: 'The employer costs of the occupation and of the vacancies (at the vacancy step), per year, beside the payroll budget.',
  },
  'ls.zonderTabel': {
    nl: 'Let op: in {maanden} maanden gold voor een schaal geen salaristabel; die tellen als 0. Laad de tabel.',
    en: 'Note: in {maanden} months no salary table applied to a scale; they count as 0. Load the table.',
  },
  'ls.team.caption': {
    nl: 'Loonsom van {team} per jaar tegen het budget',
    en: 'Payroll of {team} per year against the budget',
  },
  'ls.kolom.jaar': { nl: 'Jaar', en: 'Year' },
  'ls.kolom.bezetting': { nl: 'Bezetting', en: 'Occupation' },
  'ls.kolom.vacatures': { nl: 'Vacatures', en: 'Vacancies' },
  'ls.kolom.loonsom': { nl: 'Loonsom', en: 'Payroll' },
  'ls.kolom.budget': { nl: 'Budget', en: 'Budget' },
  'ls.kolom.ruimte': { nl: 'Ruimte of overschrijding', en: 'Headroom or overrun' },
  'ls.kolom.loonsomJaar': { nl: 'Loonsom {jaar}', en: 'Payroll {jaar}' },
  'ls.kolom.ruimteJaar': { nl: 'Tegen budget {jaar}', en: 'Against budget {jaar}' },
  'ls.ruimte': { nl: 'Ruimte {bedrag}', en: 'Headroom {bedrag}' },
  'ls.overschrijding': { nl: 'Overschrijding {bedrag}', en: 'Overrun {bedrag}' },
  'ls.geenBudget': { nl: 'Geen budget', en: 'No budget' },
  'ls.budget.zetten': { nl: 'Loonsombudget vastleggen', en: 'Set the payroll budget' },
  'ls.budget.opslaan': { nl: 'Budget opslaan', en: 'Save budget' },
  'ls.budget.opgeslagen': {
    nl: 'Het loonsombudget voor {jaar} is opgeslagen.',
    en: 'The payroll budget for {jaar} was saved.',
  },
  'ls.veld.jaar': { nl: 'Jaar', en: 'Year' },
  'ls.veld.bedrag': { nl: 'Budget (euro per jaar)', en: 'Budget (euro per year)' },
  'ls.veld.bedrag.uitleg': {
    nl: 'Uit de begroting, bijvoorbeeld 1250000.',
    en: 'From the budget, for example 1250000.',
  },
  'ls.veld.bedrag.bestaand': {
    nl: 'Dit jaar heeft al een budget; opslaan vervangt het.',
    en: 'This year already has a budget; saving replaces it.',
  },
  'ls.org.titel': { nl: 'Loonsom {van}–{tot}', en: 'Payroll {van}–{tot}' },
  'ls.org.caption': {
    nl: 'Loonsom van de organisatie per jaar tegen het budget (de cijfers van de grafiek)',
    en: "The organisation's payroll per year against the budget (the chart's figures)",
  },
  'ls.org.perTeam.caption': {
    nl: 'Loonsom per team per jaar, met de ruimte of overschrijding tegen het budget van het team',
    en: "Payroll per team per year, with the headroom or overrun against the team's budget",
  },
  'ls.org.overschreden': {
    nl: '{aantal} team(s) overschrijden hun loonsombudget in een of meer jaren: {teams}.',
    en: '{aantal} team(s) exceed their payroll budget in one or more years: {teams}.',
  },
  'ls.grafiek.titel': { nl: 'Loonsom per jaar tegen het budget', en: 'Payroll per year against the budget' },
  'ls.grafiek.naarTabel': { nl: '(de cijfers staan in de tabel)', en: '(the figures are in the table)' },
  'ls.grafiek.over': { nl: 'boven budget', en: 'over budget' },
  'ls.grafiek.jaarBinnen': {
    nl: '{jaar}: loonsom {loonsom}, budget {budget}, ruimte {verschil}.',
    en: '{jaar}: payroll {loonsom}, budget {budget}, headroom {verschil}.',
  },
  'ls.grafiek.jaarOver': {
    nl: '{jaar}: loonsom {loonsom}, budget {budget}, overschrijding {verschil}.',
    en: '{jaar}: payroll {loonsom}, budget {budget}, overrun {verschil}.',
  },
  'ls.grafiek.jaarZonderBudget': {
    nl: '{jaar}: loonsom {loonsom}, geen budget.',
    en: '{jaar}: payroll {loonsom}, no budget.',
  },

  // --- salary tables ---
  'sal.titel': { nl: 'Salaristabellen', en: 'Salary tables' },
  'sal.intro': {
    nl: 'De maandbedragen per schaal en trede bij een volledige werkweek, elk geldig vanaf een datum, en de werkgeverslasten. Hiermee wordt de loonsom berekend.',
    en: 'The monthly amounts per scale and step for a full working week, each valid from a date, and the employer charges. The payroll is computed with them.',
  },
  'sal.lijst': { nl: 'Geladen tabellen', en: 'Loaded tables' },
  'sal.lijst.caption': {
    nl: 'Geladen salaristabellen, nieuwste eerst',
    en: 'Loaded salary tables, newest first',
  },
  'sal.geen': { nl: 'Er is nog geen salaristabel geladen.', en: 'No salary table has been loaded yet.' },
  'sal.tabel': { nl: 'Salaristabel', en: 'Salary table' },
  'sal.geldigVanaf': { nl: 'Geldig vanaf', en: 'Valid from' },
  'sal.grid.uitleg': {
    nl: 'Maandbedragen in euro bij 36 uur per week.',
    en: 'Monthly amounts in euro for 36 hours a week.',
  },
  'sal.grid.caption': {
    nl: '{naam}: maandbedrag per schaal (rij) en trede (kolom)',
    en: '{naam}: monthly amount per scale (row) and step (column)',
  },
  'sal.kolom.schaal': { nl: 'Schaal', en: 'Scale' },
  'sal.kolom.trede': { nl: 'Trede {trede}', en: 'Step {trede}' },
  'sal.kolom.schalen': { nl: 'Schalen', en: 'Scales' },
  'sal.kolom.bedragen': { nl: 'Bedragen', en: 'Amounts' },
  'sal.laden.titel': { nl: 'Salaristabel laden', en: 'Load a salary table' },
  'sal.laden': { nl: 'Tabel laden', en: 'Load table' },
  'sal.geladen': {
    nl: '{naam} is geladen ({aantal} bedragen).',
    en: '{naam} was loaded ({aantal} amounts).',
  },
  'sal.veld.bestand': { nl: 'Bestand', en: 'File' },
  'sal.veld.bestand.uitleg': {
    nl: 'Een CSV-bestand (puntkomma of komma) of een Excel-bestand (XLSX, eerste werkblad) met de kolommen schaal, trede en bedrag. Hoogstens 512 kB.',
    en: 'A CSV file (semicolon or comma) or an Excel file (XLSX, first sheet) with the columns schaal, trede and bedrag. At most 512 kB.',
  },
  'sal.veld.geldigVanaf': { nl: 'Geldig vanaf', en: 'Valid from' },
  'sal.veld.naam': { nl: 'Naam', en: 'Name' },
  'sal.veld.naam.uitleg': {
    nl: 'Bijvoorbeeld "Cao Gemeenten per 1 juli 2026".',
    en: 'For example "Cao Gemeenten per 1 juli 2026".',
  },
  'sal.veld.trede': { nl: 'Trede', en: 'Step' },
  'sal.veld.bedrag': { nl: 'Maandbedrag (euro)', en: 'Monthly amount (euro)' },
  'sal.veld.bedrag.uitleg': { nl: 'Bijvoorbeeld 4123,45.', en: 'For example 4123.45.' },
  'sal.fout.geenBestand': { nl: 'Kies een CSV- of XLSX-bestand.', en: 'Choose a CSV or XLSX file.' },
  'sal.fout.geenDatum': {
    nl: 'Geef de datum vanaf wanneer de tabel geldt.',
    en: 'Give the date the table is valid from.',
  },
  'sal.fout.rijen': {
    nl: 'Het bestand heeft {aantal} fout(en); er is niets geladen. Zie de lijst hieronder.',
    en: 'The file has {aantal} error(s); nothing was loaded. See the list below.',
  },
  'sal.rijfouten.titel': { nl: 'Fouten in het bestand ({aantal})', en: 'Errors in the file ({aantal})' },
  'sal.bedrag.wijzigen': { nl: 'Eén bedrag wijzigen', en: 'Change one amount' },
  'sal.bedrag.opslaan': { nl: 'Bedrag opslaan', en: 'Save amount' },
  'sal.bedrag.opgeslagen': {
    nl: 'Het bedrag voor schaal {schaal} trede {trede} is opgeslagen.',
    en: 'The amount for scale {schaal} step {trede} was saved.',
  },

  // --- werkgeverslasten ---
  'wgl.titel': { nl: 'Werkgeverslasten', en: 'Employer charges' },
  'wgl.uitleg': {
    nl: 'Elke rij geldt vanaf haar datum tot de volgende. Percentages van het salaris.',
    en: 'Each row holds from its date until the next. Percentages of the salary.',
  },
  'wgl.caption': { nl: 'Werkgeverslasten per ingangsdatum', en: 'Employer charges per start date' },
  'wgl.geen': {
    nl: 'Er zijn nog geen werkgeverslasten vastgelegd.',
    en: 'No employer charges have been set yet.',
  },
  'wgl.middelste': { nl: 'middelste', en: 'middle' },
  'wgl.toevoegen': { nl: 'Werkgeverslasten vastleggen', en: 'Set employer charges' },
  'wgl.toegevoegd': {
    nl: 'De werkgeverslasten vanaf {datum} zijn vastgelegd.',
    en: 'The employer charges from {datum} were set.',
  },
  'wgl.veld.geldigVanaf': { nl: 'Geldig vanaf', en: 'Valid from' },
  'wgl.veld.ikb': { nl: 'IKB (%)', en: 'IKB (%)' },
  'wgl.veld.pensioen': { nl: 'Pensioenpremie werkgever (%)', en: 'Employer pension premium (%)' },
  'wgl.veld.sociaal': { nl: 'Sociale premies (%)', en: 'Social premiums (%)' },
  'wgl.veld.opslag': { nl: 'Opslag per fte per jaar (euro)', en: 'Surcharge per FTE per year (euro)' },
  'wgl.veld.loonstijging': { nl: 'Loonstijging per jaar (%)', en: 'Salary increase per year (%)' },
  'wgl.veld.loonstijging.uitleg': {
    nl: 'Voor de jaren na de nieuwste salaristabel, vanaf elke 1 januari.',
    en: 'For the years after the newest salary table, from each 1 January.',
  },
  'wgl.veld.vacatureTrede': { nl: 'Vacaturetrede', en: 'Vacancy step' },
  'wgl.veld.vacatureTrede.uitleg': {
    nl: 'De trede waartegen een vacature wordt berekend. Leeg: de middelste trede van de schaal.',
    en: 'The step a vacancy is costed at. Empty: the middle step of the scale.',
  },
} as const satisfies Teksten;
