/**
 * The audit log in plain language: one record (route, object, result) becomes a sentence a
 * beheerder reads without knowing the API, e.g. "Yuna van Wijk stemde in met inzetverzoek
 * ‘Jeugdzorg Q1’ van Sophia Jacobs", and a link to the object's page in the web app. Pure: the
 * names come from one lookup by the caller (`ObjectNaam`, keyed by `objectSleutel`). The kinds of
 * events are one table (`GEBEURTENISSEN`), which holds every write and every audited read of the
 * API (audit-zin.test.ts walks the OpenAPI document); a route not in it (a refused knock on an
 * unaudited read) gets a generic sentence from its method, so no record is ever shown as a bare
 * route. An export or download reads "downloadde … als CSV-bestand (n personen)".
 */
import { datumWoord } from '../domain/datum-woorden';

export interface AuditGebeurtenis {
  actor: string;
  actorNaam: string | null;
  actie: string;
  objectType: string | null;
  objectId: string | null;
  resultaat: 'gelukt' | 'geweigerd' | 'mislukt';
  aantalPersonen?: number | null;
  /** The file an export or download asked for (the query's `formaat`): csv, xlsx, pdf or docx. */
  formaat?: string | null;
}

/** What the lookup found of an object: its name, and for a request the person it concerns. */
export interface ObjectNaam {
  naam: string;
  van?: string | null;
  /**
   * The object whose page shows this one, as an `objectSleutel` (`team:…`, `medewerker:…`): the
   * team of a formatieplaats, the person or team of an ontwikkelplan, the person of a gesprek.
   */
  ouder?: string | null;
  /** A date that tells objects of one name apart (a gesprek, an overleg, werkgeverslasten), ISO. */
  datum?: string | null;
}

export const objectSleutel = (type: string, id: string) => `${type}:${id}`;

/** `{object}` is the object as a phrase ("inzetverzoek ‘X’ van Y"); `{aantal}` the people a bulk read named. */
export const GEBEURTENISSEN: Readonly<Record<string, string>> = {
  'POST /sessies': 'logde in',
  'DELETE /sessies/huidig': 'logde uit',
  'DELETE /sessies': 'logde overal uit',
  'POST /sessies/huidig/totp-verificaties': 'voltooide de tweestapsverificatie',
  'POST /accounts/huidig/wachtwoorden': 'wijzigde het eigen wachtwoord',
  'GET /accounts/huidig/persoonsgegevens': 'bekeek de eigen persoonsgegevens',
  'POST /accounts': 'maakte {object} aan',
  'PATCH /accounts/{accountId}': 'wijzigde {object}',
  'GET /accounts/{accountId}': 'bekeek {object}',
  'GET /accounts': 'bekeek de lijst van accounts ({aantal})',
  'POST /accounts/{accountId}/wachtwoord-resets': 'zette het wachtwoord van {object} terug',
  'POST /accounts/{accountId}/totp-resets': 'zette de tweestapsverificatie van {object} terug',
  'GET /auditregels': 'bekeek het auditlog',
  'GET /auditregels/verificatie': 'controleerde de hashketen van het auditlog',
  'POST /medewerkers/{medewerkerId}/anonimiseringen': 'anonimiseerde {object}',
  'PATCH /instellingen': 'wijzigde de instellingen',
  'POST /medewerkers': 'nam {object} in dienst',
  'GET /medewerkers': 'bekeek de lijst van medewerkers ({aantal})',
  'GET /medewerkers/{medewerkerId}': 'bekeek de gegevens van {object}',
  'PATCH /medewerkers/{medewerkerId}': 'wijzigde de gegevens van {object}',
  'POST /medewerkers/{medewerkerId}/contracturen': 'legde nieuwe contracturen vast voor {object}',
  'POST /medewerkers/{medewerkerId}/teamlidmaatschappen': 'plaatste {object} in een team',
  'POST /medewerkers/{medewerkerId}/expertises': 'voegde een expertise toe aan {object}',
  'PUT /medewerkers/{medewerkerId}/afwezigheid/{week}': 'legde afwezigheid vast voor {object}',
  'POST /teams': 'maakte {object} aan',
  'PATCH /teams/{teamId}': 'wijzigde {object}',
  'POST /teams/{teamId}/leidinggevenden': 'legde een leidinggevende vast voor {object}',
  'PUT /teams/{teamId}/reservering': 'stelde de reservering van {object} in',
  'GET /teams/{teamId}/beschikbaarheid': 'bekeek de beschikbaarheid van {object} ({aantal})',
  'POST /opgaven': 'maakte {object} aan',
  'PATCH /opgaven/{opgaveId}': 'wijzigde {object}',
  'POST /opgaven/{opgaveId}/overgangen': 'zette {object} in een volgende fase',
  'PUT /opgaven/{opgaveId}/rolbepaling': 'legde de rolbepaling van {object} vast',
  'POST /opgaven/{opgaveId}/rolbepaling/bevestigingen': 'bevestigde de rolbepaling van {object}',
  'POST /bestuursopdrachten': 'maakte {object} aan',
  'PATCH /bestuursopdrachten/{bestuursopdrachtId}': 'wijzigde {object}',
  'POST /bestuursopdrachten/{bestuursopdrachtId}/overgangen': 'zette {object} in een volgende fase',
  'POST /bestuursopdrachten/{bestuursopdrachtId}/besluiten': 'legde het collegebesluit over {object} vast',
  'POST /capaciteitsvragen/{capaciteitsvraagId}/inzetverzoeken': 'vroeg {object} aan',
  'GET /inzetverzoeken': 'bekeek de lijst van inzetverzoeken ({aantal})',
  'GET /inzetverzoeken/{inzetverzoekId}': 'bekeek {object}',
  'POST /inzetverzoeken/{inzetverzoekId}/instemmingen': 'stemde in met {object}',
  'POST /inzetverzoeken/{inzetverzoekId}/afwijzingen': 'wees {object} af',
  'POST /inzetverzoeken/{inzetverzoekId}/tegenvoorstellen': 'deed een tegenvoorstel op {object}',
  'POST /inzetverzoeken/{inzetverzoekId}/aanvaardingen': 'aanvaardde het tegenvoorstel op {object}',
  'POST /inzetverzoeken/{inzetverzoekId}/intrekkingen': 'trok {object} in',
  'POST /verdeelvoorstellen': 'startte {object}',
  'POST /verdeelvoorstellen/{verdeelvoorstelId}/inzetverzoeken': 'zette {object} om in inzetverzoeken',
  'POST /accounts/huidig/totp': 'begon de tweestapsverificatie in te stellen',
  'POST /accounts/huidig/totp/bevestigingen': 'stelde de tweestapsverificatie in',
  'GET /beheer/backup': 'maakte een back-up van alle gegevens ({aantal})',

  // Organisation, teams and people: reads of personal data and the lists that can be exported.
  'GET /organisatie': 'bekeek het overzicht van de organisatie ({aantal})',
  'GET /organisatie/capaciteit': 'bekeek de capaciteit van de organisatie',
  'GET /zoekresultaten': 'zocht in de organisatie ({aantal})',
  'GET /mijn-werk': 'bekeek het eigen werk ({aantal})',
  'GET /teams': 'bekeek de lijst van teams',
  'GET /teams/{teamId}/leden': 'bekeek de leden van {object} ({aantal})',
  'GET /teams/{teamId}/expertise-matrix': 'bekeek de expertisematrix van {object} ({aantal})',
  'PATCH /teams/{teamId}/leidinggevenden/{leiderschapId}': 'wijzigde {object}',
  'GET /medewerkers/{medewerkerId}/contracturen': 'bekeek de contracturen van {object}',
  'GET /medewerkers/{medewerkerId}/teamlidmaatschappen': 'bekeek de teamlidmaatschappen van {object}',
  'PATCH /medewerkers/{medewerkerId}/teamlidmaatschappen/{lidmaatschapId}': 'wijzigde {object}',
  'GET /medewerkers/{medewerkerId}/expertises': 'bekeek de expertises van {object}',
  'GET /medewerkers/{medewerkerId}/expertises/{expertiseId}': 'bekeek {object} van een medewerker',
  'PATCH /medewerkers/{medewerkerId}/expertises/{expertiseId}': 'wijzigde {object} van een medewerker',
  'DELETE /medewerkers/{medewerkerId}/expertises/{expertiseId}': 'verwijderde {object} van een medewerker',
  'GET /medewerkers/{medewerkerId}/beschikbaarheid': 'bekeek de beschikbaarheid van {object}',
  'GET /medewerkers/{medewerkerId}/afwezigheid': 'bekeek de afwezigheid van {object}',
  'GET /expertises': 'bekeek de expertisecatalogus',
  'POST /expertises': 'voegde {object} toe aan de expertisecatalogus',
  'PATCH /expertises/{expertiseId}': 'wijzigde {object} in de expertisecatalogus',

  // Begroting, resultaatdoelen and inzet.
  'GET /begrotingsprogrammas': 'bekeek de begrotingsprogramma’s',
  'POST /begrotingsprogrammas': 'voegde een begrotingsprogramma toe',
  'POST /begrotingsprogrammas/{begrotingsprogrammaId}/beleidsdoelen':
    'voegde een beleidsdoel toe aan {object}',
  'GET /teams/{teamId}/resultaatdoelen': 'bekeek de resultaatdoelen van {object}',
  'POST /teams/{teamId}/resultaatdoelen': 'maakte een resultaatdoel aan voor {object}',
  'POST /teams/{teamId}/prioriteringen': 'legde de prioriteiten van {object} vast',
  'GET /teams/{teamId}/prioriteitslijn': 'bekeek de prioriteitslijn van {object}',
  'PATCH /resultaatdoelen/{resultaatdoelId}': 'wijzigde {object}',
  'POST /resultaatdoelen/{resultaatdoelId}/voortgang': 'legde de voortgang van {object} vast',
  'GET /teams/{teamId}/inzet': 'bekeek de inzet van {object} ({aantal})',
  'GET /resultaatdoelen/{resultaatdoelId}/inzet/{medewerkerId}':
    'bekeek de inzet van {object} op een resultaatdoel',
  'PUT /resultaatdoelen/{resultaatdoelId}/inzet/{medewerkerId}':
    'legde de inzet van {object} op een resultaatdoel vast',

  // The agile portfolio.
  'GET /programmas': 'bekeek de lijst van programma’s',
  'POST /programmas': 'maakte {object} aan',
  'PATCH /programmas/{programmaId}': 'wijzigde {object}',
  'GET /opgaven': 'bekeek de lijst van opgaven',
  'POST /opgaven/{opgaveId}/stakeholders': 'voegde een stakeholder toe aan {object}',
  'DELETE /opgaven/{opgaveId}/stakeholders/{stakeholderId}': 'verwijderde {object} van een opgave',
  'POST /opgaven/{opgaveId}/bevindingen': 'legde een bevinding vast bij {object}',
  'PATCH /opgaven/{opgaveId}/bevindingen/{bevindingId}': 'wijzigde {object} van een opgave',
  'DELETE /opgaven/{opgaveId}/bevindingen/{bevindingId}': 'verwijderde {object} van een opgave',
  'POST /opgaven/{opgaveId}/capaciteitsvragen': 'stelde een capaciteitsvraag voor {object}',
  'PATCH /capaciteitsvragen/{capaciteitsvraagId}': 'wijzigde {object}',
  'DELETE /capaciteitsvragen/{capaciteitsvraagId}': 'verwijderde {object}',
  'GET /capaciteitsvragen/{capaciteitsvraagId}/kandidaten': 'bekeek de kandidaten voor {object} ({aantal})',
  'GET /bestuurlijke-ambities': 'bekeek de bestuurlijke ambities',
  'POST /bestuurlijke-ambities': 'legde {object} vast',
  'PATCH /bestuurlijke-ambities/{ambitieId}': 'wijzigde {object}',
  'GET /bestuursopdrachten': 'bekeek de lijst van bestuursopdrachten',
  'POST /bestuursopdrachten/{bestuursopdrachtId}/capaciteitsvragen':
    'stelde een capaciteitsvraag voor {object}',
  'GET /bestuursopdrachten/{bestuursopdrachtId}/collegevoorstel': 'bekeek het collegevoorstel van {object}',
  'GET /portfolio': 'bekeek het portfolio',
  'GET /besluiten': 'bekeek de besluiten van het college',
  'GET /verdeelvoorstellen': 'bekeek de lijst van verdeelvoorstellen',
  'GET /verdeelvoorstellen/{verdeelvoorstelId}': 'bekeek {object}',

  // Formatie, loonsom and salaristabellen (issue 13).
  'GET /organisatie/formatie': 'bekeek de formatie van de organisatie',
  'GET /organisatie/formatie/verloop': 'bekeek het verloop van de formatie',
  'GET /teams/{teamId}/formatie': 'bekeek de formatie van {object} ({aantal})',
  'POST /teams/{teamId}/formatieplaatsen': 'maakte een formatieplaats aan in {object}',
  'GET /formatieplaatsen/{formatieplaatsId}': 'bekeek {object} ({aantal})',
  'PATCH /formatieplaatsen/{formatieplaatsId}': 'wijzigde {object}',
  'POST /formatieplaatsen/{formatieplaatsId}/plaatsingen': 'plaatste een medewerker op {object}',
  'GET /plaatsingen/{plaatsingId}': 'bekeek {object}',
  'PATCH /plaatsingen/{plaatsingId}': 'wijzigde {object}',
  'GET /salaristabellen': 'bekeek de salaristabellen',
  'POST /salaristabellen': 'voegde {object} toe',
  'PATCH /salaristabellen/{salaristabelId}': 'wijzigde {object}',
  'GET /werkgeverslasten': 'bekeek de werkgeverslasten',
  'POST /werkgeverslasten': 'legde {object} vast',
  'PATCH /werkgeverslasten/{werkgeverslastenId}': 'wijzigde {object}',
  'POST /teams/{teamId}/loonsombudgetten': 'legde een loonsombudget vast voor {object}',
  'PATCH /loonsombudgetten/{loonsombudgetId}': 'wijzigde {object}',
  'GET /organisatie/loonsom': 'bekeek de loonsom van de organisatie',
  'GET /teams/{teamId}/loonsom': 'bekeek de loonsom per medewerker van {object} ({aantal})',
  'GET /medewerkers/{medewerkerId}/loonkosten': 'bekeek de loonkosten van {object}',
  'GET /teams/{teamId}/behoefte': 'bekeek de behoefte aan capaciteit van {object}',
  'GET /organisatie/behoefte': 'bekeek de behoefte aan capaciteit van de organisatie',

  // Scenario's and onderbouwde voorstellen (issue 13).
  'GET /scenarios': 'bekeek de lijst van scenario’s',
  'POST /scenarios': 'maakte {object} aan',
  'PATCH /scenarios/{scenarioId}': 'wijzigde {object}',
  'POST /scenarios/{scenarioId}/wijzigingen': 'voegde een wijziging toe aan {object}',
  'DELETE /scenarios/{scenarioId}/wijzigingen/{wijzigingId}': 'verwijderde {object} uit een scenario',
  'POST /scenarios/{scenarioId}/opmerkingen': 'plaatste een opmerking bij {object}',
  'POST /scenarios/{scenarioId}/vaststellingen': 'stelde {object} vast',
  'GET /scenario-vergelijking': 'bekeek de vergelijking van scenario’s',
  'POST /scenarios/{scenarioId}/voorstellen': 'maakte {object} aan',
  'GET /scenarios/{scenarioId}/voorstellen': 'bekeek de onderbouwde voorstellen van {object}',
  'GET /voorstellen/{voorstelId}/document': 'bekeek het document van {object}',

  // Gesprekken (issue 14): the medewerker is named, what was said never.
  'GET /medewerkers/{medewerkerId}/gesprekken': 'bekeek de gesprekken van {object}',
  'POST /medewerkers/{medewerkerId}/gesprekken': 'legde een gesprek vast met {object}',
  'GET /gesprekken/{gesprekId}': 'bekeek een gesprek met {object}',
  'PATCH /gesprekken/{gesprekId}': 'wijzigde {object}',
  'POST /gesprekken/{gesprekId}/acties': 'legde een afspraak vast in {object}',
  'PATCH /gesprekken/{gesprekId}/acties/{actieId}': 'werkte een afspraak bij in {object}',
  'POST /gesprekken/{gesprekId}/notities': 'schreef een eigen notitie bij {object}',
  'GET /verlopen-gesprekacties': 'bekeek de verlopen afspraken uit gesprekken ({aantal})',
  'POST /gesprekssoorten': 'voegde {object} toe',
  'PATCH /gesprekssoorten/{code}': 'wijzigde {object}',
  'GET /organisatie/gesprekken': 'bekeek het aantal gevoerde gesprekken per team',

  // Ontwikkeling (issue 14).
  'POST /ontwikkelthemas': 'voegde {object} toe',
  'PATCH /ontwikkelthemas/{themaId}': 'wijzigde {object}',
  'GET /medewerkers/{medewerkerId}/ontwikkelplannen': 'bekeek de ontwikkelplannen van {object}',
  'POST /medewerkers/{medewerkerId}/ontwikkelplannen': 'maakte een ontwikkelplan aan voor {object}',
  'GET /teams/{teamId}/ontwikkelplannen': 'bekeek de ontwikkelplannen van {object} ({aantal})',
  'POST /teams/{teamId}/ontwikkelplannen': 'maakte een teamontwikkelplan aan voor {object}',
  'GET /ontwikkelplannen/{ontwikkelplanId}': 'bekeek {object}',
  'POST /ontwikkelplannen/{ontwikkelplanId}/doelen': 'voegde een doel toe aan {object}',
  'PATCH /ontwikkeldoelen/{ontwikkeldoelId}': 'wijzigde {object}',
  'DELETE /ontwikkeldoelen/{ontwikkeldoelId}': 'verwijderde {object}',
  'POST /ontwikkelplannen/{ontwikkelplanId}/activiteiten': 'voegde een activiteit toe aan {object}',
  'PATCH /ontwikkelactiviteiten/{ontwikkelactiviteitId}': 'wijzigde {object}',
  'DELETE /ontwikkelactiviteiten/{ontwikkelactiviteitId}': 'verwijderde {object}',
  'GET /organisatie/ontwikkelbudget': 'bekeek het ontwikkelbudget van de organisatie',
  'POST /ontwikkelbudgetten': 'legde {object} vast',
  'PATCH /ontwikkelbudgetten/{ontwikkelbudgetId}': 'wijzigde {object}',

  // Pulsmeting and werkdruk (issue 14): a round is named, an answer never (it has no person).
  'GET /puls-rondes': 'bekeek de lijst van pulsmetingen',
  'POST /puls-rondes': 'maakte {object} aan',
  'PATCH /puls-rondes/{rondeId}': 'wijzigde {object}',
  'POST /puls-rondes/{rondeId}/overgangen': 'opende of sloot {object}',
  'POST /puls-rondes/{rondeId}/antwoorden': 'vulde {object} in',
  'GET /puls-rondes/{rondeId}/resultaten': 'bekeek de uitslag van {object}',
  'GET /organisatie/puls-trend': 'bekeek het verloop van de pulsmetingen',
  'GET /organisatie/werkdruk': 'bekeek het werkdruksignaal van de organisatie',
  'GET /teams/{teamId}/werkdruk': 'bekeek het werkdruksignaal van {object}',

  // Import from the HR system (issue 16): the file is named, its content never.
  'POST /import-bestanden': 'las een bestand uit het HR-systeem in ({aantal})',
  'POST /import-proeven': 'startte een proefimport ({aantal})',
  'GET /import-proeven/{proefId}': 'bekeek de uitkomst van een proefimport ({aantal})',
  'POST /imports': 'voerde {object} door ({aantal})',
  'POST /import-koppelingen': 'maakte {object} aan',
  'PATCH /import-koppelingen/{koppelingId}': 'wijzigde {object}',
  'DELETE /import-koppelingen/{koppelingId}': 'verwijderde {object}',

  // Zo werken we (issue 15).
  'POST /zo-werken-we-paginas': 'schreef {object}',
  'PATCH /zo-werken-we-paginas/{paginaId}': 'wijzigde {object}',

  // OR-dossier (issue 15).
  'POST /or-verzoeken': 'stelde {object} op',
  'PATCH /or-verzoeken/{orVerzoekId}': 'wijzigde {object}',
  'POST /or-verzoeken/{orVerzoekId}/indieningen': 'legde {object} voor aan de ondernemingsraad',
  'POST /or-verzoeken/{orVerzoekId}/reacties': 'legde de reactie van de ondernemingsraad op {object} vast',
  'POST /or-verzoeken/{orVerzoekId}/besluiten': 'legde het besluit over {object} vast',
  'POST /or-verzoeken/{orVerzoekId}/intrekkingen': 'trok {object} in',
  'POST /or-verzoeken/{orVerzoekId}/afstand-van-opschorting':
    'legde vast dat de ondernemingsraad afziet van opschorting bij {object}',
  'POST /or-verzoeken/{orVerzoekId}/vervangende-toestemmingen':
    'legde de vervangende toestemming van de kantonrechter voor {object} vast',
  'POST /or-overleggen': 'plande {object}',
  'PATCH /or-overleggen/{orOverlegId}': 'wijzigde {object}',
  'POST /or-overleggen/{orOverlegId}/acties': 'legde een actiepunt vast bij {object}',
  'PATCH /or-overleggen/{orOverlegId}/acties/{actieId}': 'werkte {object} bij',

  // Veranderprogramma (issue 15).
  'POST /verander-fases': 'voegde {object} toe aan het veranderprogramma',
  'PATCH /verander-fases/{faseId}': 'wijzigde {object} van het veranderprogramma',
  'DELETE /verander-fases/{faseId}': 'verwijderde {object} uit het veranderprogramma',
  'POST /verander-themas': 'voegde {object} toe aan het veranderprogramma',
  'PATCH /verander-themas/{themaId}': 'wijzigde {object} van het veranderprogramma',
  'DELETE /verander-themas/{themaId}': 'verwijderde {object} uit het veranderprogramma',
  'POST /verander-themas/{themaId}/leden': 'voegde iemand toe aan het transitieteam van {object}',
  'PATCH /verander-themas/{themaId}/leden/{lidId}': 'wijzigde de inzet van {object}',
  'DELETE /verander-themas/{themaId}/leden/{lidId}': 'haalde {object} uit het transitieteam',
  'POST /verander-themas/{themaId}/acties': 'voegde een actie of mijlpaal toe aan {object}',
  'PATCH /verander-themas/{themaId}/acties/{actieId}': 'wijzigde {object}',
  'DELETE /verander-themas/{themaId}/acties/{actieId}': 'verwijderde {object}',

  // Evaluaties (issue 15).
  'POST /evaluaties': 'maakte {object} aan',
  'PATCH /evaluaties/{evaluatieId}': 'wijzigde {object}',
  'POST /evaluaties/{evaluatieId}/vaststellingen': 'stelde {object} vast',
  'POST /evaluaties/{evaluatieId}/acties': 'voegde een vervolgactie toe aan {object}',
  'PATCH /evaluaties/{evaluatieId}/acties/{actieId}': 'werkte een vervolgactie van {object} bij',

  // Raadsbrieven (issue 15).
  'POST /raadsbrieven': 'maakte {object} aan',
  'PATCH /raadsbrieven/{raadsbriefId}': 'wijzigde {object}',
  'POST /raadsbrieven/{raadsbriefId}/momentopnamen': 'legde de cijfers vast voor {object}',
  'POST /raadsbrieven/{raadsbriefId}/vaststellingen': 'stelde {object} vast',
  'POST /raadsbrieven/{raadsbriefId}/verzendingen': 'legde de verzending van {object} vast',
  'GET /raadsbrieven/{raadsbriefId}/document': 'bekeek het document van {object}',
};

/**
 * The kind of object a record names, from what the request plugin recorded: the last path parameter
 * (`themaId` → `thema`), the object a route set, or a created resource's collection (`scenarios`).
 * Those are not always one name per kind (`actie` is a gesprek's afspraak, an OR-actiepunt, a
 * veranderactie or an evaluatie's vervolgactie), so the route's first segment decides where it must.
 */
const SOORT_PER_GEBIED: Readonly<Record<string, string>> = {
  'ontwikkelthemas:thema': 'ontwikkelthema',
  'verander-themas:thema': 'verander_thema',
  'verander-themas:lid': 'verander_lid',
  'verander-themas:actie': 'verander_actie',
  'verander-fases:fase': 'verander_fase',
  'gesprekken:actie': 'gesprek_actie',
  'or-overleggen:actie': 'or_overleg_actie',
  'evaluaties:actie': 'evaluatie_actie',
  'scenarios:wijziging': 'scenario_wijziging',
  'puls-rondes:ronde': 'puls_ronde',
  'zo-werken-we-paginas:pagina': 'zoWerkenWePagina',
  'import-koppelingen:koppeling': 'import_koppeling',
  'import-proeven:proef': 'importproef',
};

/** Recorded names of a kind that has one canonical name (a collection, or an older spelling). */
const SOORT_ALIAS: Readonly<Record<string, string>> = {
  salaristabellen: 'salaristabel',
  scenarios: 'scenario',
  ontwikkelbudgetten: 'ontwikkelbudget',
  'puls-rondes': 'puls_ronde',
  'import-koppelingen': 'import_koppeling',
  programmas: 'programma',
  'bestuurlijke-ambities': 'ambitie',
  lidmaatschap: 'teamlidmaatschap',
};

/** The canonical kind of a record's object: the key of the names, the sentence and the page. */
export function auditSoort(actie: string, objectType: string | null): string | null {
  if (!objectType) return null;
  const gebied = (actie.split(' ')[1] ?? '').split('/')[1] ?? '';
  return SOORT_PER_GEBIED[`${gebied}:${objectType}`] ?? SOORT_ALIAS[objectType] ?? objectType;
}

/** How an object type reads in a sentence. */
const SOORT_NAAM: Readonly<Record<string, string>> = {
  account: 'account',
  medewerker: 'medewerker',
  team: 'team',
  opgave: 'opgave',
  bestuursopdracht: 'bestuursopdracht',
  ambitie: 'bestuurlijke ambitie',
  inzetverzoek: 'inzetverzoek',
  capaciteitsvraag: 'capaciteitsvraag',
  resultaatdoel: 'resultaatdoel',
  programma: 'programma',
  expertise: 'expertise',
  verdeelvoorstel: 'verdeelvoorstel',
  teamlidmaatschap: 'teamlidmaatschap',
  leiderschap: 'leidinggevende',
  begrotingsprogramma: 'begrotingsprogramma',
  stakeholder: 'stakeholder',
  bevinding: 'bevinding',
  formatieplaats: 'formatieplaats',
  plaatsing: 'plaatsing',
  salaristabel: 'salaristabel',
  werkgeverslasten: 'werkgeverslasten',
  loonsombudget: 'loonsombudget',
  scenario: 'scenario',
  scenario_wijziging: 'wijziging',
  voorstel: 'onderbouwd voorstel',
  gesprek: 'gesprek',
  gesprek_actie: 'afspraak',
  gesprekssoort: 'gesprekssoort',
  ontwikkelthema: 'ontwikkelthema',
  ontwikkelplan: 'ontwikkelplan',
  ontwikkeldoel: 'ontwikkeldoel',
  ontwikkelactiviteit: 'ontwikkelactiviteit',
  ontwikkelbudget: 'ontwikkelbudget',
  puls_ronde: 'pulsmeting',
  import: 'import',
  importproef: 'proefimport',
  importbestand: 'importbestand',
  import_koppeling: 'kolomkoppeling',
  zoWerkenWePagina: 'pagina van Zo werken we',
  or_verzoek: 'OR-verzoek',
  or_overleg: 'overlegvergadering',
  or_overleg_actie: 'actiepunt',
  verander_fase: 'fase',
  verander_thema: 'thema',
  verander_lid: 'lid van een transitieteam',
  verander_actie: 'actie',
  evaluatie: 'evaluatie',
  evaluatie_actie: 'vervolgactie',
  raadsbrief: 'raadsbrief',
};

/** People are named as themselves; things as their kind and title. */
const PERSONEN = new Set(['medewerker', 'account']);

const opDatum = (n: ObjectNaam) => (n.datum ? ` van ${datumWoord(n.datum)}` : '');
const isTeamplan = (n: ObjectNaam) => n.ouder?.startsWith('team:') ?? false;
/** An ontwikkelplan by its year and whose it is; a doel or activiteit by the plan it is in. */
const plan = (n: ObjectNaam) =>
  isTeamplan(n)
    ? `het teamontwikkelplan ${n.naam} van team ${n.van}`
    : `het ontwikkelplan ${n.naam} van ${n.van}`;

/**
 * Kinds whose phrase is not "soort ‘naam’ van X". A gesprek by its kind and date with the
 * medewerker, never by what was said; a doel or activiteit of an ontwikkelplan by the plan.
 */
const FRASE: Readonly<Record<string, (n: ObjectNaam) => string>> = {
  formatieplaats: (n) => `formatieplaats ‘${n.naam}’ in team ${n.van}`,
  plaatsing: (n) => `de plaatsing van ${n.van} op formatieplaats ‘${n.naam}’`,
  werkgeverslasten: (n) => `de werkgeverslasten vanaf ${datumWoord(n.naam)}`,
  loonsombudget: (n) => `het loonsombudget ${n.naam} van team ${n.van}`,
  voorstel: (n) => `onderbouwd voorstel ${n.naam} bij scenario ‘${n.van}’`,
  gesprek: (n) => `gesprek ‘${n.naam}’${opDatum(n)} met ${n.van}`,
  gesprek_actie: (n) => `gesprek ‘${n.naam}’${opDatum(n)} met ${n.van}`,
  ontwikkelplan: plan,
  ontwikkeldoel: (n) => `een doel in ${plan(n)}`,
  ontwikkelactiviteit: (n) => `een activiteit in ${plan(n)}`,
  ontwikkelbudget: (n) =>
    `het ontwikkelbudget ${n.naam} ${n.van ? `van team ${n.van}` : 'van de organisatie'}`,
  or_overleg: (n) => `overlegvergadering ‘${n.naam}’${opDatum(n)}`,
  or_overleg_actie: (n) => `een actiepunt van overlegvergadering ‘${n.naam}’${opDatum(n)}`,
  verander_lid: (n) => `${n.naam} in het transitieteam van thema ‘${n.van}’`,
  verander_actie: (n) => `actie ‘${n.naam}’ van thema ‘${n.van}’`,
  evaluatie_actie: (n) => `een vervolgactie van evaluatie ‘${n.naam}’`,
};

const ouderId = (n: ObjectNaam, soort: string) =>
  n.ouder?.startsWith(`${soort}:`) ? n.ouder.slice(soort.length + 1) : null;
const opPagina = (pad: (id: string) => string, id: string | null) => (id ? pad(id) : null);
const formatieVan = (_: string, n: ObjectNaam) => opPagina((t) => `/teams/${t}/formatie`, ouderId(n, 'team'));
const ontwikkelingVan = (_: string, n: ObjectNaam) =>
  ouderId(n, 'team')
    ? `/teams/${ouderId(n, 'team')}/ontwikkeling`
    : opPagina((m) => `/medewerkers/${m}/ontwikkeling`, ouderId(n, 'medewerker'));
const gesprekkenVan = (_: string, n: ObjectNaam) =>
  opPagina((m) => `/medewerkers/${m}/gesprekken`, ouderId(n, 'medewerker'));

/** Where an object lives in the web app (only for objects the lookup found). */
const PAGINA: Readonly<Record<string, (id: string, n: ObjectNaam) => string | null>> = {
  medewerker: (id) => `/medewerkers/${id}`,
  account: (id) => `/beheer/accounts/${id}`,
  team: (id) => `/teams/${id}`,
  opgave: (id) => `/wendbaar/opgaven/${id}`,
  bestuursopdracht: (id) => `/wendbaar/bestuursopdrachten/${id}`,
  ambitie: (id) => `/wendbaar/ambities/${id}`,
  resultaatdoel: (id) => `/resultaatdoelen/${id}`,
  inzetverzoek: () => '/inzetverzoeken',
  capaciteitsvraag: (id) => `/wendbaar/capaciteitsvragen/${id}/kandidaten`,
  verdeelvoorstel: (id) => `/wendbaar/verdeelvoorstellen/${id}`,
  formatieplaats: formatieVan,
  plaatsing: formatieVan,
  loonsombudget: formatieVan,
  salaristabel: () => '/organisatie/salaristabellen',
  werkgeverslasten: () => '/organisatie/salaristabellen',
  scenario: (id) => `/organisatie/scenarios/${id}`,
  voorstel: (_, n) => opPagina((s) => `/organisatie/scenarios/${s}`, ouderId(n, 'scenario')),
  gesprek: gesprekkenVan,
  gesprek_actie: gesprekkenVan,
  gesprekssoort: () => '/mensen',
  ontwikkelthema: () => '/mensen',
  ontwikkelplan: ontwikkelingVan,
  ontwikkeldoel: ontwikkelingVan,
  ontwikkelactiviteit: ontwikkelingVan,
  ontwikkelbudget: () => '/mensen/ontwikkelbudget',
  puls_ronde: (id) => `/mensen/puls/${id}`,
  import: () => '/importeren',
  import_koppeling: () => '/importeren',
  zoWerkenWePagina: (id) => `/zo-werken-we/${id}`,
  or_verzoek: (id) => `/or-dossier/${id}`,
  or_overleg: (id) => `/or-dossier/overleg/${id}`,
  or_overleg_actie: (_, n) => opPagina((o) => `/or-dossier/overleg/${o}`, ouderId(n, 'or_overleg')),
  verander_fase: () => '/verandering/programma',
  verander_thema: () => '/verandering/programma',
  verander_lid: () => '/verandering/programma',
  verander_actie: () => '/verandering/programma',
  evaluatie: (id) => `/verandering/evaluaties/${id}`,
  evaluatie_actie: (_, n) => opPagina((e) => `/verandering/evaluaties/${e}`, ouderId(n, 'evaluatie')),
  raadsbrief: (id) => `/raadsbrieven/${id}`,
};

/** The generic verb of a route not in the table, by its method. */
const WERKWOORD: Readonly<Record<string, string>> = {
  GET: 'bekeek',
  POST: 'voegde iets toe aan',
  PUT: 'legde vast:',
  PATCH: 'wijzigde',
  DELETE: 'verwijderde iets van',
};

/** What an export or download was made as: a read of a list becomes "downloadde … als …". */
const BESTAND: Readonly<Record<string, string>> = {
  csv: 'als CSV-bestand',
  xlsx: 'als Excel-bestand',
  pdf: 'als PDF',
  docx: 'als Word-document',
};

function objectFrase(
  soort: string | null,
  objectId: string | null,
  namen: ReadonlyMap<string, ObjectNaam>,
): string | null {
  if (!soort) return null;
  const woord = SOORT_NAAM[soort] ?? soort;
  const gevonden = objectId ? namen.get(objectSleutel(soort, objectId)) : undefined;
  if (!gevonden) return objectId ? `${woord} ${objectId}` : woord;
  if (PERSONEN.has(soort)) return gevonden.naam;
  const frase = FRASE[soort];
  if (frase) return frase(gevonden);
  return `${woord} ‘${gevonden.naam}’${gevonden.van ? ` van ${gevonden.van}` : ''}`;
}

/** The route's resource in words, for a generic sentence without an object: `/teams/{teamId}/leden` → "teams › leden". */
function padFrase(actie: string): string {
  const pad = actie.split(' ')[1] ?? actie;
  return pad
    .split('/')
    .filter((deel) => deel && !deel.startsWith('{'))
    .join(' › ');
}

const aantalFrase = (n: number | null | undefined) =>
  n === null || n === undefined
    ? 'aantal personen onbekend'
    : n === 0
      ? 'geen personen'
      : n === 1
        ? '1 persoon'
        : `${n} personen`;

/**
 * A read saved as a file: "bekeek de formatie van team X (12 personen)" becomes "downloadde de
 * formatie van team X als Excel-bestand (12 personen)"; the count always shows, as a file is
 * copied on out of the application's reach (src/http/export.ts).
 */
function alsBestand(sjabloon: string, bestand: string): string {
  const gedownload = sjabloon.startsWith('bekeek ')
    ? `downloadde ${sjabloon.slice('bekeek '.length)}`
    : sjabloon;
  return gedownload.includes(' ({aantal})')
    ? gedownload.replace(' ({aantal})', ` ${bestand} ({aantal})`)
    : `${gedownload} ${bestand} ({aantal})`;
}

export function beschrijfAuditregel(
  r: AuditGebeurtenis,
  namen: ReadonlyMap<string, ObjectNaam>,
): { omschrijving: string; link: string | null } {
  const wie = r.actorNaam ?? (r.actor === 'anoniem' ? 'Iemand zonder sessie' : r.actor);
  const soort = auditSoort(r.actie, r.objectType);
  const object = objectFrase(soort, r.objectId, namen);
  const bestand = r.formaat ? BESTAND[r.formaat] : undefined;
  const tabel = GEBEURTENISSEN[r.actie];
  const sjabloon = tabel && bestand && r.actie.startsWith('GET ') ? alsBestand(tabel, bestand) : tabel;
  let wat: string;
  if (sjabloon) {
    wat = sjabloon
      .replace('{object}', object ?? 'een onbekend object')
      .replace('{aantal}', aantalFrase(r.aantalPersonen));
  } else {
    const methode = r.actie.split(' ')[0] ?? '';
    wat = `${WERKWOORD[methode] ?? 'deed iets met'} ${object ?? `‘${padFrase(r.actie)}’`}`;
  }
  const uitkomst =
    r.resultaat === 'geweigerd'
      ? ' (geweigerd: geen toegang)'
      : r.resultaat === 'mislukt'
        ? ' (mislukt)'
        : '';
  const gevonden = soort && r.objectId ? namen.get(objectSleutel(soort, r.objectId)) : undefined;
  const pagina = soort ? PAGINA[soort] : undefined;
  return {
    omschrijving: `${wie} ${wat}${uitkomst}`,
    link: gevonden && pagina && r.objectId ? pagina(r.objectId, gevonden) : null,
  };
}
