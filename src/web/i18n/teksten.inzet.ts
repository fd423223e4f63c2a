import type { Teksten } from './teksten';

/**
 * Texts of staffing the agile side (issue 6): candidates for a capaciteitsvraag, inzetverzoeken
 * and the inbox, the teams' reservering, the directie's statistics and verdeelvoorstellen.
 */
export const inzet = {
  'wb.nav.verdeelvoorstellen': { nl: 'Verdeelvoorstellen', en: 'Allocation proposals' },
  'wb.nav.inzetPerTeam': { nl: 'Inzet per team', en: 'Requests per team' },

  // Shared
  'iz.status.aangevraagd': { nl: 'Aangevraagd', en: 'Requested' },
  'iz.status.ingestemd': { nl: 'Ingestemd', en: 'Agreed' },
  'iz.status.afgewezen': { nl: 'Afgewezen', en: 'Declined' },
  'iz.status.tegenvoorstel': { nl: 'Tegenvoorstel', en: 'Counter-proposal' },
  'iz.status.ingetrokken': { nl: 'Ingetrokken', en: 'Withdrawn' },
  'iz.vlag.bovenBeschikbaar': { nl: 'Boven beschikbaar', en: 'Beyond available hours' },
  'iz.vlag.reservering': { nl: 'Reservering overschreden', en: 'Reservation exceeded' },
  'iz.weken': { nl: '{van} t/m {tot}', en: '{van} to {tot}' },
  'iz.weekNr': { nl: 'week {n}', en: 'week {n}' },
  'iz.wekenNr': { nl: 'week {van} t/m {tot}', en: 'weeks {van} to {tot}' },
  'iz.onbekend': { nl: 'onbekend', en: 'unknown' },
  'iz.veld.urenPerWeek': { nl: 'Uren per week', en: 'Hours per week' },
  'iz.veld.urenPerWeek.uitleg': {
    nl: 'Deze medewerker kan naast de teamreservering {inzetbaar} uur per week.',
    en: "Beside the team's reservation this employee can give {inzetbaar} hours a week.",
  },
  'iz.veld.vanWeek': { nl: 'Vanaf week', en: 'From week' },
  'iz.veld.totWeek': { nl: 'Tot en met week', en: 'Up to and including week' },
  'iz.veld.toelichting': { nl: 'Toelichting', en: 'Explanation' },
  'iz.veld.overschrijden': { nl: 'Reservering bewust overschrijden', en: 'Knowingly exceed the reservation' },
  'iz.veld.overschrijden.uitleg': {
    nl: 'Het verzoek gaat dan toch naar de teamleider, met uw reden erbij. Dit wordt vastgelegd.',
    en: 'The request then still goes to the team leader, with your reason. This is recorded.',
  },
  'iz.veld.overschrijdingReden': {
    nl: 'Reden om de reservering te overschrijden',
    en: 'Reason to exceed the reservation',
  },
  'iz.veld.overschrijdingReden.uitleg': {
    nl: 'Bijvoorbeeld een wettelijke termijn of een besluit van het college.',
    en: 'For example a statutory deadline or a decision of the executive board.',
  },
  'iz.veld.redenAfwijzing': { nl: 'Reden van afwijzing', en: 'Reason for declining' },
  'iz.veld.redenTegenvoorstel': {
    nl: 'Toelichting bij het tegenvoorstel',
    en: 'Explanation of the counter-proposal',
  },
  'iz.reservering.titel': {
    nl: 'Dit verzoek past niet in de reservering van het team',
    en: "This request does not fit the team's reservation",
  },
  'iz.reservering.zieOnder': {
    nl: 'Lees de uitleg onder het formulier en kies wat u wilt doen.',
    en: 'Read the explanation below the form and choose what to do.',
  },

  // What consent would do, on an open request (issue 17)
  'iz.gevolg.titel': { nl: 'Als u instemt ({uren} u)', en: 'If you agree ({uren} h)' },
  'iz.gevolg.titelTegen': {
    nl: 'Als het tegenvoorstel wordt aanvaard ({uren} u)',
    en: 'If the counter-proposal is accepted ({uren} h)',
  },
  'iz.gevolg.vrij': { nl: 'Vrij in deze periode', en: 'Free in this period' },
  'iz.gevolg.uren': { nl: '{uren} u', en: '{uren} h' },
  'iz.gevolg.voorNa': { nl: '{voor} → na instemming {na}', en: '{voor} → after agreeing {na}' },
  'iz.gevolg.reservering': { nl: 'Reservering team', en: 'Team reservation' },
  'iz.gevolg.reserveringWaarde': {
    nl: '{voor} → {na} (minimum {minimum})',
    en: '{voor} → {na} (minimum {minimum})',
  },
  'iz.gevolg.letOp': { nl: 'Let op:', en: 'Note:' },
  'iz.gevolg.boven': {
    nl: 'meer uren dan {naam} vrij heeft, {weken}.',
    en: 'more hours than {naam} has free, {weken}.',
  },
  'iz.gevolg.onder': {
    nl: 'het team komt onder zijn reservering voor regulier werk, {weken}.',
    en: 'the team drops below its reservation for regular work, {weken}.',
  },
  'iz.gevolg.elkeWeek': { nl: 'in elke week', en: 'in every week' },
  'iz.gevolg.inWeek': { nl: 'in week {weken}', en: 'in week {weken}' },
  'iz.gevolg.inWeken': { nl: 'in week {weken}', en: 'in weeks {weken}' },
  'iz.gevolg.en': { nl: 'en', en: 'and' },

  // The capaciteitsvragen table on a dossier
  'iz.cv.bezetting': { nl: 'Bezetting', en: 'Staffing' },
  'iz.cv.kandidatenZoeken': { nl: 'Kandidaten zoeken', en: 'Find candidates' },

  // Candidates
  'iz.kand.soort': { nl: 'Capaciteitsvraag', en: 'Capacity request' },
  'iz.kand.titel': { nl: 'Kandidaten voor {expertise}', en: 'Candidates for {expertise}' },
  'iz.kand.titelKort': { nl: 'Kandidaten', en: 'Candidates' },
  'iz.kand.terug': { nl: 'Terug naar {dossier}', en: 'Back to {dossier}' },
  'iz.kand.lijst': { nl: 'Kandidaten ({aantal})', en: 'Candidates ({aantal})' },
  'iz.kand.uitleg': {
    nl: 'Wie de expertise op het gevraagde niveau heeft, de best passende eerst: op niveau, vrije uren naast de reservering van het team, ambitie en het aantal wendbare dossiers dat iemand al heeft.',
    en: "Who holds the expertise at the level asked, best fit first: by level, free hours beside the team's reservation, ambition and the number of agile dossiers someone already carries.",
  },
  'iz.kand.rang': { nl: '{rang}.', en: '{rang}.' },
  'iz.kand.niveauAmbitie': { nl: '{niveau}, wil groeien', en: '{niveau}, wants to grow' },
  'iz.kand.vrij': { nl: 'Vrij voor wendbaar werk', en: 'Free for agile work' },
  'iz.kand.vrijWaarde': {
    nl: 'minstens {min} uur per week (gemiddeld {gemiddeld})',
    en: 'at least {min} hours a week (on average {gemiddeld})',
  },
  'iz.kand.teamRuimte': { nl: 'Ruimte in het team', en: 'Room in the team' },
  'iz.kand.teamRuimteWaarde': {
    nl: '{uren} uur per week naast de reservering van {reservering}% voor robuust werk',
    en: '{uren} hours a week beside the reservation of {reservering}% for robust work',
  },
  'iz.kand.inzetbaar': { nl: 'Inzetbaar', en: 'Available' },
  'iz.kand.dossiers': { nl: 'Wendbare dossiers', en: 'Agile dossiers' },
  'iz.kand.dossiersAlHier': { nl: '{aantal}, waaronder dit dossier', en: '{aantal}, including this dossier' },
  'iz.kand.verzoeken': {
    nl: 'Verzoeken voor deze vraag ({aantal})',
    en: 'Requests for this demand ({aantal})',
  },
  'iz.kand.geenVerzoeken': {
    nl: 'Voor deze vraag is nog niemand gevraagd.',
    en: 'Nobody has been asked for this demand yet.',
  },
  'iz.vraag.dossier': { nl: 'Dossier', en: 'Dossier' },
  'iz.vraag.expertise': {
    nl: '{expertise}, minimaal niveau {niveau}',
    en: '{expertise}, at least level {niveau}',
  },
  'iz.vraag.periode': { nl: 'Periode', en: 'Period' },
  'iz.vraag.gevraagd': { nl: 'Gevraagd', en: 'Asked' },
  'iz.vraag.gevraagdWaarde': {
    nl: '{uren} uur in totaal, {perWeek} uur per week',
    en: '{uren} hours in total, {perWeek} hours a week',
  },
  'iz.vraag.prioriteit': { nl: 'Prioriteit', en: 'Priority' },
  'iz.vraag.prioriteitWaarde': { nl: '{p} van 5', en: '{p} of 5' },
  'iz.vraag.team': { nl: 'Bij voorkeur uit', en: 'Preferably from' },
  'iz.aanvragen': { nl: 'Inzet aanvragen', en: 'Request staffing' },
  'iz.versturen': { nl: 'Verzoek versturen', en: 'Send request' },
  'iz.verstuurd': {
    nl: 'Het verzoek voor {naam} staat klaar bij de teamleider van {team}.',
    en: 'The request for {naam} is waiting for the team leader of {team}.',
  },

  // A request and its steps
  'iz.kaart.titel': { nl: '{naam} – {expertise}', en: '{naam} – {expertise}' },
  'iz.kaart.gevraagd': { nl: 'Gevraagd', en: 'Asked' },
  'iz.kaart.tegenvoorstel': { nl: 'Tegenvoorstel', en: 'Counter-proposal' },
  'iz.kaart.bovenBeschikbaar': {
    nl: 'Meer uren dan deze medewerker in een van de weken vrij heeft.',
    en: 'More hours than this employee has free in one of the weeks.',
  },
  'iz.kaart.reden': { nl: 'Reden', en: 'Reason' },
  'iz.kaart.aangevraagd': { nl: 'Aangevraagd door', en: 'Requested by' },
  'iz.kaart.wachtdagen': { nl: 'Wachttijd', en: 'Waiting time' },
  'iz.kaart.dagen': { nl: '{dagen} dagen', en: '{dagen} days' },
  'iz.instemmen': { nl: 'Instemmen', en: 'Agree' },
  'iz.afwijzen': { nl: 'Afwijzen', en: 'Decline' },
  'iz.tegenvoorstel': { nl: 'Tegenvoorstel doen', en: 'Make a counter-proposal' },
  'iz.tegenvoorstelSturen': { nl: 'Tegenvoorstel versturen', en: 'Send counter-proposal' },
  'iz.aanvaarden': { nl: 'Tegenvoorstel aanvaarden', en: 'Accept counter-proposal' },
  'iz.intrekken': { nl: 'Verzoek intrekken', en: 'Withdraw request' },
  'iz.ingestemdMelding': {
    nl: 'U hebt ingestemd met de inzet van {naam}. De uren staan nu in het rooster.',
    en: 'You agreed to the staffing of {naam}. The hours are now in the schedule.',
  },
  'iz.afgewezenMelding': {
    nl: 'Het verzoek voor {naam} is afgewezen.',
    en: 'The request for {naam} was declined.',
  },
  'iz.tegenvoorstelMelding': {
    nl: 'Uw tegenvoorstel voor {naam} is naar de aanvrager gestuurd.',
    en: 'Your counter-proposal for {naam} was sent to the requester.',
  },
  'iz.aanvaardMelding': {
    nl: 'U hebt het tegenvoorstel voor {naam} aanvaard. De uren staan nu in het rooster.',
    en: 'You accepted the counter-proposal for {naam}. The hours are now in the schedule.',
  },
  'iz.ingetrokkenMelding': {
    nl: 'Het verzoek voor {naam} is ingetrokken.',
    en: 'The request for {naam} was withdrawn.',
  },
  'iz.tabel.vraag': { nl: 'Dossier en expertise', en: 'Dossier and expertise' },
  'iz.tabel.weken': { nl: 'Weken', en: 'Weeks' },
  'iz.tabel.toelichting': { nl: 'Toelichting of reden', en: 'Explanation or reason' },
  'iz.tabel.tegen': { nl: '(tegenvoorstel: {uren})', en: '(counter-proposal: {uren})' },

  // The inbox
  'iz.inbox.titel': { nl: 'Inzetverzoeken', en: 'Staffing requests' },
  'iz.inbox.intro': {
    nl: 'Een programmaregisseur vraagt de teamleider om uren van een medewerker voor een opgave of bestuursopdracht. Pas na instemming staan de uren in het rooster.',
    en: 'A programme director asks the team leader for hours of an employee for a challenge or mandate. Only after agreement are the hours in the schedule.',
  },
  'iz.inbox.teBeslissen': { nl: 'Te beslissen ({aantal})', en: 'To decide ({aantal})' },
  'iz.inbox.nietsTeBeslissen': {
    nl: 'Er wachten geen verzoeken op uw besluit.',
    en: 'No requests are waiting for your decision.',
  },
  'iz.inbox.reserveringUitleg': {
    nl: 'Hoeveel capaciteit uw team voor robuust werk reserveert, stelt u in bij de capaciteit van het team:',
    en: "How much capacity your team keeps for robust work is set on the team's capacity page:",
  },
  'iz.inbox.reserveringLink': { nl: 'reservering van {team}', en: 'reservation of {team}' },
  'iz.inbox.wachtOpAanvrager': {
    nl: 'Tegenvoorstel, wacht op de aanvrager ({aantal})',
    en: 'Counter-proposal, waiting for the requester ({aantal})',
  },
  'iz.inbox.mijn': { nl: 'Mijn verzoeken ({aantal})', en: 'My requests ({aantal})' },
  'iz.inbox.geenMijn': { nl: 'U hebt geen openstaande verzoeken.', en: 'You have no open requests.' },
  'iz.inbox.overMij': { nl: 'Verzoeken over mij ({aantal})', en: 'Requests about me ({aantal})' },
  'iz.inbox.geenOverMij': {
    nl: 'Er zijn geen verzoeken om uw inzet.',
    en: 'There are no requests for your time.',
  },
  'iz.inbox.overzicht': { nl: 'Alle verzoeken', en: 'All requests' },
  'iz.inbox.filter': { nl: 'Verzoeken filteren', en: 'Filter requests' },
  'iz.inbox.aantal': { nl: '{aantal} verzoeken', en: '{aantal} requests' },
  'iz.inbox.afgekapt': {
    nl: 'Er staan zo veel verzoeken open dat hier per status alleen de nieuwste {aantal} staan.',
    en: 'So many requests are open that only the newest {aantal} per status are shown here.',
  },
  'iz.inbox.zichtAlles': {
    nl: 'U ziet de verzoeken van de hele organisatie.',
    en: 'You see the requests of the whole organisation.',
  },
  'iz.inbox.zichtTeams': {
    nl: 'U ziet de verzoeken voor de teams die u leidt, en die over uzelf.',
    en: 'You see the requests for the teams you lead, and those about yourself.',
  },
  'iz.inbox.zichtEigen': {
    nl: 'U ziet de verzoeken over uzelf.',
    en: 'You see the requests about yourself.',
  },

  // The team's reservering
  'iz.res.titel': { nl: 'Reservering voor robuust werk', en: 'Reservation for robust work' },
  'iz.res.uitleg': {
    nl: 'Het deel van de capaciteit van het team dat voor het reguliere werk blijft. Verzoeken voor wendbaar werk die daar doorheen gaan, worden geweigerd, tenzij de aanvrager ze met een reden toch doorzet.',
    en: "The share of the team's capacity that stays with the regular work. Requests for agile work that break through it are refused, unless the requester pushes them through with a reason.",
  },
  'iz.res.keuze': { nl: 'Reservering', en: 'Reservation' },
  'iz.res.standaard': { nl: 'Organisatiestandaard gebruiken', en: "Use the organisation's default" },
  'iz.res.standaardWaarde': {
    nl: 'de organisatiestandaard is {procent}%',
    en: "the organisation's default is {procent}%",
  },
  'iz.res.eigen': { nl: 'Eigen percentage voor dit team', en: 'An own percentage for this team' },
  'iz.res.percentage': { nl: 'Percentage voor robuust werk', en: 'Percentage for robust work' },
  'iz.res.percentage.uitleg': {
    nl: 'Van 0 tot en met 100, bijvoorbeeld 60.',
    en: 'From 0 to 100, for example 60.',
  },
  'iz.res.ongeldig': {
    nl: 'Geef een percentage van 0 tot en met 100.',
    en: 'Enter a percentage from 0 to 100.',
  },
  'iz.res.nuStandaard': {
    nl: 'Nu geldt de organisatiestandaard ({standaard}).',
    en: "The organisation's default applies now ({standaard}).",
  },
  'iz.res.nuEigen': {
    nl: 'Nu reserveert dit team {procent}% voor robuust werk.',
    en: 'This team now keeps {procent}% for robust work.',
  },
  'iz.stap.titel': { nl: 'Stappen in verdeelvoorstellen', en: 'Steps in allocation proposals' },
  'iz.stap.uitleg': {
    nl: 'Een verdeelvoorstel stelt uren per week voor in stappen van deze grootte, voor de hele organisatie. Grotere stappen geven minder versnipperde inzet; een halve dag (4 uur) is makkelijk in te plannen.',
    en: 'An allocation proposal suggests hours per week in steps of this size, for the whole organisation. Larger steps give less fragmented work; half a day (4 hours) is easy to schedule.',
  },
  'iz.stap.keuze': { nl: 'Stap in uren per week', en: 'Step in hours per week' },
  'iz.stap.0.5': { nl: '0,5 uur', en: '0.5 hour' },
  'iz.stap.1': { nl: '1 uur (hele uren)', en: '1 hour (whole hours)' },
  'iz.stap.2': { nl: '2 uur', en: '2 hours' },
  'iz.stap.4': { nl: '4 uur (halve dagen)', en: '4 hours (half days)' },
  'iz.stap.opslaan': { nl: 'Stap opslaan', en: 'Save step' },
  'iz.stap.opgeslagen': {
    nl: 'Verdeelvoorstellen rekenen voortaan in stappen van {stap}.',
    en: 'Allocation proposals now use steps of {stap}.',
  },
  'iz.res.opslaan': { nl: 'Reservering opslaan', en: 'Save reservation' },
  'iz.res.opgeslagen': {
    nl: '{team} reserveert nu {procent}% voor robuust werk.',
    en: '{team} now keeps {procent}% for robust work.',
  },
  'iz.res.opgeslagenStandaard': {
    nl: 'Voor {team} geldt nu de organisatiestandaard.',
    en: "The organisation's default now applies to {team}.",
  },

  // Statistics for the directie
  'iz.stat.titel': { nl: 'Inzetverzoeken per team', en: 'Staffing requests per team' },
  'iz.stat.intro': {
    nl: 'Per basisteam: hoeveel verzoeken er kwamen, hoeveel de teamleider instemde of afwees, hoeveel er nog open staan, en hoe lang een verzoek gemiddeld wacht op een besluit.',
    en: 'Per base team: how many requests came in, how many the team leader agreed to or declined, how many are still open, and how long a request waits for a decision on average.',
  },
  'iz.stat.geen': {
    nl: 'Er zijn nog geen inzetverzoeken gedaan.',
    en: 'No staffing requests have been made yet.',
  },
  'iz.stat.aantal': { nl: 'Verzoeken', en: 'Requests' },
  'iz.stat.ingestemd': { nl: 'Ingestemd', en: 'Agreed' },
  'iz.stat.afgewezen': { nl: 'Afgewezen', en: 'Declined' },
  'iz.stat.open': { nl: 'Open', en: 'Open' },
  'iz.stat.wachtdagen': { nl: 'Gemiddelde wachttijd (dagen)', en: 'Average waiting time (days)' },
  'iz.stat.totaal': { nl: 'Totaal', en: 'Total' },

  // Verdeelvoorstellen
  'vv.titel': { nl: 'Verdeelvoorstellen', en: 'Allocation proposals' },
  'vv.intro': {
    nl: 'Een verdeelvoorstel zoekt voor alle open capaciteitsvragen van een kwartaal tegelijk de best passende mensen, binnen hun vrije uren en de reservering van hun team. Het voorstel verandert niets: u kiest daarna welke regels inzetverzoeken worden.',
    en: "An allocation proposal finds the best-fitting people for all open capacity requests of a quarter at once, within their free hours and their team's reservation. The proposal changes nothing: you then choose which lines become staffing requests.",
  },
  'vv.nieuw': { nl: 'Nieuw verdeelvoorstel', en: 'New allocation proposal' },
  'vv.veld.periode': { nl: 'Kwartaal', en: 'Quarter' },
  'vv.veld.periode.uitleg': {
    nl: 'De open capaciteitsvragen van dit kwartaal worden verdeeld, vanaf deze week: weken die al voorbij zijn worden niet gepland.',
    en: 'The open capacity requests of this quarter are allocated, from this week on: weeks already passed are not planned.',
  },
  'vv.veld.weken': { nl: 'Geplande weken', en: 'Weeks planned' },
  'vv.weken': { nl: '{van} tot en met {tot} ({weken} weken)', en: '{van} to {tot} ({weken} weeks)' },
  'vv.wekenVoorbij': {
    nl: '{voorbij} weken van het kwartaal waren al voorbij en zijn niet gepland.',
    en: '{voorbij} weeks of the quarter had already passed and are not planned.',
  },
  'vv.veld.stap': { nl: 'Uren per week in stappen van', en: 'Hours a week in steps of' },
  'vv.stap': { nl: '{stap} uur', en: '{stap} hours' },
  'vv.veld.maxDossiers': { nl: 'Wendbare dossiers per medewerker', en: 'Agile dossiers per employee' },
  'vv.veld.maxDossiers.uitleg': {
    nl: 'Hoogstens zoveel dossiers per persoon (1 tot en met 10); zonder invullen 3.',
    en: 'At most this many dossiers per person (1 to 10); 3 when left empty.',
  },
  'vv.veld.minimumUren': { nl: 'Minimum uren per week', en: 'Minimum hours per week' },
  'vv.veld.minimumUren.uitleg': {
    nl: 'Minder uren per week is niet de moeite waard; zonder invullen 4.',
    en: 'Fewer hours a week are not worth it; 4 when left empty.',
  },
  'vv.veld.tijdslimiet': { nl: 'Rekentijd (seconden)', en: 'Computing time (seconds)' },
  'vv.veld.tijdslimiet.uitleg': {
    nl: 'Hoogstens 300; zonder invullen 20.',
    en: 'At most 300; 20 when left empty.',
  },
  'vv.starten': { nl: 'Voorstel berekenen', en: 'Compute proposal' },
  'vv.eerder': { nl: 'Eerdere voorstellen ({aantal})', en: 'Earlier proposals ({aantal})' },
  'vv.geenEerder': {
    nl: 'Er zijn nog geen verdeelvoorstellen.',
    en: 'There are no allocation proposals yet.',
  },
  'vv.kolom.gestart': { nl: 'Gestart', en: 'Started' },
  'vv.kolom.regels': { nl: 'Regels', en: 'Lines' },
  'vv.kolom.uren': { nl: 'Uren per week', en: 'Hours per week' },
  'vv.status.rekent': { nl: 'Rekent', en: 'Computing' },
  'vv.status.klaar': { nl: 'Klaar', en: 'Ready' },
  'vv.status.mislukt': { nl: 'Mislukt', en: 'Failed' },
  'vv.standaard': { nl: '{waarde} (standaard)', en: '{waarde} (default)' },
  'vv.detail.titel': { nl: 'Verdeelvoorstel {periode}', en: 'Allocation proposal {periode}' },
  'vv.detail.titelKort': { nl: 'Verdeelvoorstel', en: 'Allocation proposal' },
  'vv.terug': { nl: 'Alle verdeelvoorstellen', en: 'All allocation proposals' },
  'vv.opnieuw': { nl: 'Een nieuw voorstel berekenen', en: 'Compute a new proposal' },
  'vv.live.rekent': {
    nl: 'Het verdeelvoorstel voor {periode} wordt berekend.',
    en: 'The allocation proposal for {periode} is being computed.',
  },
  'vv.live.klaar': {
    nl: 'Het verdeelvoorstel is klaar: {regels} regels.',
    en: 'The allocation proposal is ready: {regels} lines.',
  },
  'vv.live.mislukt': {
    nl: 'Het verdeelvoorstel kon niet worden berekend.',
    en: 'The allocation proposal could not be computed.',
  },
  'vv.voortgang.rekentijd': {
    nl: 'Rekentijd: {seconden} van hoogstens {limiet} seconden',
    en: 'Computing time: {seconden} of at most {limiet} seconds',
  },
  'vv.voortgang.beste': {
    nl: 'Beste verdeling tot nu toe: {beste}; meer dan {grens} kan niet.',
    en: 'Best allocation so far: {beste}; more than {grens} is impossible.',
  },
  'vv.voortgang.gap': { nl: 'Nog hoogstens {gap}% te winnen.', en: 'At most {gap}% left to gain.' },
  'vv.kwal.titel': { nl: 'Hoe goed is dit voorstel?', en: 'How good is this proposal?' },
  // One sentence per stand of the proposal (the answer's `stand`): the summary and the open demand
  // below it are both shown from it, so they cannot contradict each other.
  'vv.stand.niets-gevraagd': {
    nl: 'Er is in {periode} niets te verdelen: in de weken die nog komen staat geen open capaciteitsvraag (alles is al aangevraagd, of er is niets gevraagd).',
    en: 'There is nothing to allocate in {periode}: no capacity request is open in the weeks still to come (everything has been requested already, or nothing was asked).',
  },
  'vv.stand.alles-verdeeld': {
    nl: 'Het voorstel verdeelt alle gevraagde {gevraagd} uur per week over {regels} regels in {periode}.',
    en: 'The proposal allocates all {gevraagd} hours a week asked over {regels} lines in {periode}.',
  },
  'vv.stand.deels-verdeeld': {
    nl: 'Het voorstel verdeelt {verdeeld} van de {gevraagd} gevraagde uur per week over {regels} regels in {periode}; {open} uur per week blijft open (waarom staat hieronder).',
    en: 'The proposal allocates {verdeeld} of the {gevraagd} hours a week asked over {regels} lines in {periode}; {open} hours a week stay open (why is shown below).',
  },
  'vv.kwal.doel': {
    nl: 'Het voorstel scoort {doel} punten (passendheid maal prioriteit maal uren). Een eenvoudige verdeling die steeds de best passende kandidaat eerst neemt, haalt {gretig}.',
    en: 'The proposal scores {doel} points (fit times priority times hours). A simple allocation that always takes the best-fitting candidate first reaches {gretig}.',
  },
  'vv.kwal.beterDanGretig': {
    nl: 'Dit voorstel is dus {procent}% beter.',
    en: 'This proposal is therefore {procent}% better.',
  },
  'vv.kwal.zoalsGretig': {
    nl: 'Hier was de eenvoudige verdeling al even goed.',
    en: 'Here the simple allocation was already as good.',
  },
  'vv.kwal.bewezenBest': {
    nl: 'Er bestaat aantoonbaar geen betere verdeling (de bovengrens is {grens}).',
    en: 'There is provably no better allocation (the upper bound is {grens}).',
  },
  'vv.kwal.gap': {
    nl: 'Aangetoond is dat geen verdeling meer dan {gap}% beter kan (de bovengrens is {grens}).',
    en: 'It is proven that no allocation can be more than {gap}% better (the upper bound is {grens}).',
  },
  'vv.kwal.tijdslimiet': {
    nl: 'De rekentijd van {seconden} seconden was op.',
    en: 'The computing time of {seconden} seconds ran out.',
  },
  'vv.regels.titel': { nl: 'Voorgestelde inzet', en: 'Proposed staffing' },
  'vv.regels.uitleg': {
    nl: 'Per dossier en capaciteitsvraag: wie, hoeveel uur per week en waarom. Kies de regels die u wilt aanvragen; ze worden in één keer inzetverzoeken aan de teamleiders, of geen van alle als er een niet meer past.',
    en: 'Per dossier and capacity request: who, how many hours a week and why. Choose the lines you want to request; they become staffing requests to the team leaders in one go, or none at all if one no longer fits.',
  },
  'vv.regels.vraag': {
    nl: '{expertise} (prioriteit {prioriteit})',
    en: '{expertise} (priority {prioriteit})',
  },
  'vv.regels.kiezen': { nl: 'Kiezen', en: 'Choose' },
  'vv.regels.kies': {
    nl: 'Regel kiezen: {naam}, {uren} uur per week {expertise}',
    en: 'Choose line: {naam}, {uren} hours a week {expertise}',
  },
  'vv.regels.reden': { nl: 'Waarom', en: 'Why' },
  'vv.regels.omgezet': { nl: 'Aangevraagd', en: 'Requested' },
  'vv.regels.alles': { nl: 'Alle regels kiezen', en: 'Choose all lines' },
  'vv.regels.niets': { nl: 'Geen regels kiezen', en: 'Choose no lines' },
  'vv.regels.gekozen': {
    nl: '{aantal} van {totaal} regels gekozen',
    en: '{aantal} of {totaal} lines chosen',
  },
  'vv.soort.opgave': { nl: 'opgave', en: 'challenge' },
  'vv.soort.bestuursopdracht': { nl: 'bestuursopdracht', en: 'mandate' },
  'vv.omzetten': {
    nl: 'Geselecteerde regels omzetten in inzetverzoeken',
    en: 'Turn the selected lines into staffing requests',
  },
  'vv.omgezet': {
    nl: 'Inzetverzoeken gemaakt: {aantal}. De teamleiders zien ze in hun inbox.',
    en: 'Staffing requests made: {aantal}. The team leaders see them in their inbox.',
  },
  'vv.omgezetIngekort': {
    nl: 'De verzoeken lopen van {van} tot en met {tot}: de weken daarvoor zijn voorbij en niet aangevraagd.',
    en: 'The requests run from {van} to {tot}: the weeks before have passed and are not requested.',
  },
  'vv.omgezetTotaal': {
    nl: 'Inzetverzoeken uit dit voorstel: {aantal}.',
    en: 'Staffing requests from this proposal: {aantal}.',
  },
  'vv.naarVerzoeken': { nl: 'Naar de inzetverzoeken', en: 'To the staffing requests' },
  'vv.open.titel': { nl: 'Onvervulde vraag per expertise', en: 'Unmet demand per expertise' },
  'vv.open.niets-gevraagd': { nl: 'Er is geen open vraag.', en: 'There is no open demand.' },
  'vv.open.alles-verdeeld': { nl: 'Alle vraag is verdeeld.', en: 'All demand is allocated.' },
  'vv.open.uren': { nl: 'Open uren per week', en: 'Open hours per week' },
  'vv.knel.titel': { nl: 'Knelpunten ({aantal})', en: 'Bottlenecks ({aantal})' },
  'vv.knel.geen': { nl: 'Er zijn geen knelpunten.', en: 'There are no bottlenecks.' },
  'vv.knel.open': { nl: '{uren} uur per week blijft open.', en: '{uren} hours a week stay open.' },
  'vv.overgeslagen': { nl: 'Niet meegenomen in dit voorstel:', en: 'Not included in this proposal:' },
  'vv.overgeslagenRegel': { nl: '{aantal} × {reden}', en: '{aantal} × {reden}' },
} as const satisfies Teksten;
