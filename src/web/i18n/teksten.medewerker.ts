import type { Teksten } from './teksten';

/**
 * Texts of the medewerker page's history forms: one team on every date (ending a membership names
 * the next team) and changes with retroactive effect (a reason, and the periods that changed).
 */
export const medewerker = {
  'terugwerkend.reden': {
    nl: 'Reden (verplicht bij een wijziging met terugwerkende kracht)',
    en: 'Reason (required for a change with retroactive effect)',
  },
  'terugwerkend.reden.uitleg': {
    nl: 'De datum ligt meer dan {dagen} dagen terug. Deze wijziging verandert cijfers die al getoond zijn; de reden komt in het auditlog.',
    en: 'The date lies more than {dagen} days back. This change alters figures already shown; the reason goes into the audit log.',
  },
  'medewerker.veld.einddatum': { nl: 'Laatste dag in dit team', en: 'Last day in this team' },
  'medewerker.veld.volgendTeam': { nl: 'Volgend team', en: 'Next team' },
  'medewerker.veld.volgendTeam.uitleg': {
    nl: 'Vanaf de dag na de einddatum. Alleen leeg laten als de einddatum de datum uit dienst is: een medewerker in dienst zit op elke datum in precies één team.',
    en: 'From the day after the end date. Leave empty only when the end date is the leaving date: an employee in service is in exactly one team on every date.',
  },
  'medewerker.actie.lidmaatschapEinde': { nl: 'Teamlidmaatschap beëindigen', en: 'End team membership' },
  'medewerker.lidmaatschapEinde.uitleg': {
    nl: 'Beëindigt het lidmaatschap van {team}. Noem het volgende team, tenzij de medewerker dan uit dienst gaat.',
    en: 'Ends the membership of {team}. Name the next team, unless the employee leaves on that date.',
  },
  'medewerker.lidmaatschapEinde.geenLopend': {
    nl: 'Er is geen lopend teamlidmaatschap om te beëindigen.',
    en: 'There is no running team membership to end.',
  },
  'medewerker.lidmaatschapEinde.opslaan': { nl: 'Einde opslaan', en: 'Save end' },
  'medewerker.lidmaatschapEinde.opgeslagen': {
    nl: 'Het lidmaatschap van {team} eindigt op {datum}.',
    en: 'The membership of {team} ends on {datum}.',
  },
  'medewerker.lidmaatschapEinde.metVolgend': {
    nl: 'Het lidmaatschap van {team} eindigt op {datum}; daarna hoort de medewerker bij {volgend}.',
    en: 'The membership of {team} ends on {datum}; after that the employee belongs to {volgend}.',
  },
  'terugwerkend.gewijzigd': {
    nl: 'Met terugwerkende kracht: de cijfers van {aantal} maand(en) zijn veranderd ({van} tot en met {tot}; ISO-weken {weekVan} tot en met {weekTot}).',
    en: 'With retroactive effect: the figures of {aantal} month(s) have changed ({van} to {tot}; ISO weeks {weekVan} to {weekTot}).',
  },
} as const satisfies Teksten;
