import type { BestuursopdrachtStatus } from '../domain/bestuursopdracht';
import type { OpgaveStatus } from '../domain/opgave';
import type { Rol } from '../domain/rol';
import { EVALUATIE_ROUTES } from './evaluatie';
import { IMPORT_ROUTES } from './import';
import { OR_ROUTES } from './or-dossier';
import { RAADSBRIEF_ROUTES } from './raadsbrief';
import { VERANDERPROGRAMMA_ROUTES } from './veranderprogramma';
import { ZO_WERKEN_WE_ROUTES } from './zo-werken-we';

/**
 * Who may call which route: one declarative table for the whole API. The server refuses to start
 * when a route has no entry here, and the authorisation-matrix test checks every route of the
 * OpenAPI document against every role. Reach within a route (a teamleider's own teams, one's own
 * record) is decided by the services with the caller's `Reikwijdte`; this table only says who may
 * knock on the door at all.
 *
 * - 'publiek': no login needed (login itself, the API description).
 * - 'ingelogd': any logged-in account, before the second factor too (to finish logging in).
 * - a list of roles: logged in with the second factor done where required, holding one of them.
 */
export type Toegang = 'publiek' | 'ingelogd' | readonly Rol[];

export interface Regel {
  toegang: Toegang;
  /**
   * Reads of personal data are audited (BIO2 8.15.01) as well as every write: `true` for a read of
   * one person (the record names them by id), `'bulk'` for a list, grid, matrix or export of many,
   * whose record holds the query and the number of people the answer named (the route reports it
   * with `auditAantalPersonen`). Which GET routes carry personal data follows docs/privacy.md: any
   * answer that names medewerkers or accounts beyond their role in the organisation's structure.
   * Not marked, on purpose: teams, leidinggevenden and the organogram (who leads what is structure,
   * visible to the OR and the college too), aggregates (capaciteit, portfolio, prioriteitslijn) and
   * the agile dossiers.
   */
  leestPersoonsgegevens?: boolean | 'bulk';
}

const IEDEREEN: readonly Rol[] = [
  'medewerker',
  'teamleider',
  'programmaregisseur',
  'directeur',
  'po',
  'or',
  'college',
  'beheerder',
];
const ORGANISATIE: readonly Rol[] = [
  'medewerker',
  'teamleider',
  'programmaregisseur',
  'directeur',
  'po',
  'beheerder',
];
const LEIDING_EN_PO: readonly Rol[] = ['teamleider', 'directeur', 'po'];
const STRUCTUUR: readonly Rol[] = ['directeur', 'po'];
/** A team's formatie names who fills it: P&O, the directie and (the own teams) the teamleider. */
const FORMATIE_LEZERS: readonly Rol[] = ['teamleider', 'directeur', 'po'];
/** The loonsom's totals and its basis (tables, werkgeverslasten): these and the OR (aggregates). */
const LOONSOM_LEZERS: readonly Rol[] = ['teamleider', 'directeur', 'po', 'or'];
/** The werkdruksignaal per team: the directie, P&O, the OR (aggregates) and the own teamleider. */
const WERKDRUK_LEZERS: readonly Rol[] = ['teamleider', 'directeur', 'po', 'or'];
/** Conversations: the medewerker, their leidinggevende (then and now) and P&O (src/access/gesprek.ts). */
const GESPREK_LEZERS: readonly Rol[] = ['medewerker', 'teamleider', 'po'];
/**
 * One's own conversations: every person, whatever their role (a programmaregisseur, a directeur or
 * an OR member has conversations too). The door is open to all; src/access/gesprek.ts lets through
 * only the medewerker themself, their leidinggevende then and now, and P&O.
 */
const EIGEN_GESPREK: readonly Rol[] = IEDEREEN;
/** Scenario's: those who make them, and the college that is asked to decide on the formatie. */
const SCENARIO_LEZERS: readonly Rol[] = ['directeur', 'po', 'college'];
/** The agile portfolio is for those who steer, staff or decide on it; the OR sees aggregates elsewhere. */
const DOSSIER_LEZERS: readonly Rol[] = ['teamleider', 'programmaregisseur', 'directeur', 'po', 'college'];
const DOSSIER_SCHRIJVERS: readonly Rol[] = ['programmaregisseur', 'directeur'];
const AMBITIE_SCHRIJVERS: readonly Rol[] = ['college', 'directeur', 'programmaregisseur'];
/** An inzetverzoek concerns the asker, the teamleider who decides, the medewerker, and P&O/directie. */
const INZET_BETROKKENEN: readonly Rol[] = [
  'medewerker',
  'teamleider',
  'programmaregisseur',
  'directeur',
  'po',
];

export const POLICY: Record<string, Regel> = {
  // Access itself
  'POST /sessies': { toegang: 'publiek' },
  'GET /sessies/huidig': { toegang: 'ingelogd' },
  'DELETE /sessies/huidig': { toegang: 'ingelogd' },
  'DELETE /sessies': { toegang: 'ingelogd' },
  'POST /sessies/huidig/totp-verificaties': { toegang: 'ingelogd' },
  'GET /demo-accounts': { toegang: 'publiek' },
  'GET /inlogmethoden': { toegang: 'publiek' },
  'POST /accounts/huidig/totp': { toegang: 'ingelogd' },
  'POST /accounts/huidig/totp/bevestigingen': { toegang: 'ingelogd' },
  'POST /accounts/huidig/wachtwoorden': { toegang: 'ingelogd' },
  'GET /accounts/huidig/persoonsgegevens': { toegang: IEDEREEN, leestPersoonsgegevens: true },
  'GET /accounts': { toegang: ['beheerder'], leestPersoonsgegevens: 'bulk' },
  'POST /accounts': { toegang: ['beheerder'] },
  'GET /accounts/{accountId}': { toegang: ['beheerder'], leestPersoonsgegevens: true },
  'PATCH /accounts/{accountId}': { toegang: ['beheerder'] },
  'POST /accounts/{accountId}/wachtwoord-resets': { toegang: ['beheerder'] },
  'POST /accounts/{accountId}/totp-resets': { toegang: ['beheerder'] },
  // Each record names its actor's account: reading the log reads personal data.
  'GET /auditregels': { toegang: ['beheerder'], leestPersoonsgegevens: 'bulk' },
  'GET /auditregels/verificatie': { toegang: ['beheerder'] },
  // The whole register in one file: every person in it.
  'GET /beheer/backup': { toegang: ['beheerder'], leestPersoonsgegevens: 'bulk' },
  'POST /medewerkers/{medewerkerId}/anonimiseringen': { toegang: ['beheerder'] },

  // Organisation
  // Names people: open changes (entering, leaving, moving) and signals about people without a team.
  'GET /organisatie': { toegang: IEDEREEN, leestPersoonsgegevens: 'bulk' },
  'GET /organisatie/organogram': { toegang: IEDEREEN },
  // Each role's home: what waits on the caller (requests name the medewerker they are for).
  'GET /mijn-werk': { toegang: IEDEREEN, leestPersoonsgegevens: 'bulk' },
  'GET /organisatie/capaciteit': {
    toegang: ['teamleider', 'programmaregisseur', 'directeur', 'po', 'or', 'college'],
  },
  // Medewerkers found by name: the directory, a page at a time.
  'GET /zoekresultaten': { toegang: ORGANISATIE, leestPersoonsgegevens: 'bulk' },

  'GET /teams': { toegang: IEDEREEN },
  'GET /teams/{teamId}': { toegang: IEDEREEN },
  'POST /teams': { toegang: STRUCTUUR },
  'PATCH /teams/{teamId}': { toegang: STRUCTUUR },
  'GET /teams/{teamId}/leden': { toegang: ORGANISATIE, leestPersoonsgegevens: 'bulk' },
  'GET /teams/{teamId}/expertise-matrix': {
    toegang: ['teamleider', 'programmaregisseur', 'directeur', 'po'],
    leestPersoonsgegevens: 'bulk',
  },
  'GET /teams/{teamId}/leidinggevenden': { toegang: IEDEREEN },
  'POST /teams/{teamId}/leidinggevenden': { toegang: STRUCTUUR },
  'PATCH /teams/{teamId}/leidinggevenden/{leiderschapId}': { toegang: STRUCTUUR },

  'GET /medewerkers': { toegang: ORGANISATIE, leestPersoonsgegevens: 'bulk' },
  'GET /medewerkers/{medewerkerId}': { toegang: ORGANISATIE, leestPersoonsgegevens: true },
  'POST /medewerkers': { toegang: ['po'] },
  'PATCH /medewerkers/{medewerkerId}': { toegang: ['po'] },
  'GET /medewerkers/{medewerkerId}/contracturen': {
    toegang: ['medewerker', ...LEIDING_EN_PO, 'programmaregisseur'],
    leestPersoonsgegevens: true,
  },
  'POST /medewerkers/{medewerkerId}/contracturen': { toegang: ['po'] },
  'GET /medewerkers/{medewerkerId}/teamlidmaatschappen': {
    toegang: ORGANISATIE,
    leestPersoonsgegevens: true,
  },
  'POST /medewerkers/{medewerkerId}/teamlidmaatschappen': { toegang: ['po'] },
  'PATCH /medewerkers/{medewerkerId}/teamlidmaatschappen/{lidmaatschapId}': { toegang: ['po'] },
  'GET /medewerkers/{medewerkerId}/expertises': {
    toegang: ['medewerker', ...LEIDING_EN_PO, 'programmaregisseur'],
    leestPersoonsgegevens: true,
  },
  'POST /medewerkers/{medewerkerId}/expertises': { toegang: ['medewerker', ...LEIDING_EN_PO] },
  'GET /medewerkers/{medewerkerId}/expertises/{expertiseId}': {
    toegang: ['medewerker', ...LEIDING_EN_PO, 'programmaregisseur'],
    leestPersoonsgegevens: true,
  },
  'PATCH /medewerkers/{medewerkerId}/expertises/{expertiseId}': { toegang: ['medewerker', ...LEIDING_EN_PO] },
  'DELETE /medewerkers/{medewerkerId}/expertises/{expertiseId}': {
    toegang: ['medewerker', ...LEIDING_EN_PO],
  },

  // Capacity: availability and absence
  'GET /instellingen': { toegang: IEDEREEN },
  'PATCH /instellingen': { toegang: ['directeur', 'beheerder'] },
  // Per person available hours (and through them absence), also as CSV or XLSX.
  'GET /teams/{teamId}/beschikbaarheid': {
    toegang: ['teamleider', 'programmaregisseur', 'directeur', 'po'],
    leestPersoonsgegevens: 'bulk',
  },
  'GET /medewerkers/{medewerkerId}/beschikbaarheid': {
    toegang: ['medewerker', ...LEIDING_EN_PO, 'programmaregisseur'],
    leestPersoonsgegevens: true,
  },
  'GET /medewerkers/{medewerkerId}/afwezigheid': {
    toegang: ['medewerker', ...LEIDING_EN_PO],
    leestPersoonsgegevens: true,
  },
  'PUT /medewerkers/{medewerkerId}/afwezigheid/{week}': { toegang: ['medewerker', ...LEIDING_EN_PO] },

  // Programme budget and result goals
  'GET /begrotingsprogrammas': { toegang: IEDEREEN },
  'POST /begrotingsprogrammas': { toegang: ['directeur', 'beheerder'] },
  'POST /begrotingsprogrammas/{begrotingsprogrammaId}/beleidsdoelen': { toegang: ['directeur', 'beheerder'] },
  'GET /teams/{teamId}/resultaatdoelen': { toegang: ORGANISATIE },
  'POST /teams/{teamId}/resultaatdoelen': { toegang: ['teamleider', 'directeur'] },
  'POST /teams/{teamId}/prioriteringen': { toegang: ['teamleider', 'directeur'] },
  'GET /resultaatdoelen/{resultaatdoelId}': { toegang: ORGANISATIE },
  'PATCH /resultaatdoelen/{resultaatdoelId}': { toegang: ['teamleider', 'directeur'] },
  'GET /resultaatdoelen/{resultaatdoelId}/voortgang': { toegang: ORGANISATIE },
  'POST /resultaatdoelen/{resultaatdoelId}/voortgang': { toegang: ['teamleider', 'directeur'] },

  // Inzet and the priority line
  // Planned hours per medewerker.
  'GET /teams/{teamId}/inzet': {
    toegang: ['teamleider', 'programmaregisseur', 'directeur', 'po'],
    leestPersoonsgegevens: 'bulk',
  },
  'GET /resultaatdoelen/{resultaatdoelId}/inzet/{medewerkerId}': {
    toegang: ['teamleider', 'programmaregisseur', 'directeur', 'po'],
    leestPersoonsgegevens: true,
  },
  'PUT /resultaatdoelen/{resultaatdoelId}/inzet/{medewerkerId}': { toegang: ['teamleider', 'directeur'] },
  'GET /teams/{teamId}/prioriteitslijn': { toegang: ORGANISATIE },

  'GET /expertises': { toegang: IEDEREEN },
  'GET /expertises/{expertiseId}': { toegang: IEDEREEN },
  'POST /expertises': { toegang: ['po', 'beheerder'] },
  'PATCH /expertises/{expertiseId}': { toegang: ['po', 'beheerder'] },
  // The agile side: programma's, opgaven, bestuurlijke ambities, bestuursopdrachten, the portfolio
  'GET /programmas': { toegang: DOSSIER_LEZERS },
  'POST /programmas': { toegang: ['directeur'] },
  'GET /programmas/{programmaId}': { toegang: DOSSIER_LEZERS },
  'PATCH /programmas/{programmaId}': { toegang: DOSSIER_SCHRIJVERS },
  'GET /opgaven': { toegang: DOSSIER_LEZERS },
  'POST /opgaven': { toegang: DOSSIER_SCHRIJVERS },
  'GET /opgaven/{opgaveId}': { toegang: DOSSIER_LEZERS },
  'PATCH /opgaven/{opgaveId}': { toegang: DOSSIER_SCHRIJVERS },
  'POST /opgaven/{opgaveId}/overgangen': { toegang: DOSSIER_SCHRIJVERS },
  'POST /opgaven/{opgaveId}/stakeholders': { toegang: DOSSIER_SCHRIJVERS },
  'DELETE /opgaven/{opgaveId}/stakeholders/{stakeholderId}': { toegang: DOSSIER_SCHRIJVERS },
  'POST /opgaven/{opgaveId}/bevindingen': { toegang: DOSSIER_SCHRIJVERS },
  'PATCH /opgaven/{opgaveId}/bevindingen/{bevindingId}': { toegang: DOSSIER_SCHRIJVERS },
  'DELETE /opgaven/{opgaveId}/bevindingen/{bevindingId}': { toegang: DOSSIER_SCHRIJVERS },
  // The college decides the rolbepaling; programmaregisseur and directeur propose it (ROLBEPALING).
  'PUT /opgaven/{opgaveId}/rolbepaling': { toegang: ['college', 'directeur', 'programmaregisseur'] },
  'POST /opgaven/{opgaveId}/rolbepaling/bevestigingen': { toegang: ['college'] },
  'GET /opgaven/{opgaveId}/capaciteitsvragen': { toegang: DOSSIER_LEZERS },
  'POST /opgaven/{opgaveId}/capaciteitsvragen': { toegang: DOSSIER_SCHRIJVERS },
  'GET /capaciteitsvragen/{capaciteitsvraagId}': { toegang: DOSSIER_LEZERS },
  'PATCH /capaciteitsvragen/{capaciteitsvraagId}': { toegang: DOSSIER_SCHRIJVERS },
  'DELETE /capaciteitsvragen/{capaciteitsvraagId}': { toegang: DOSSIER_SCHRIJVERS },
  'GET /bestuurlijke-ambities': { toegang: DOSSIER_LEZERS },
  'POST /bestuurlijke-ambities': { toegang: AMBITIE_SCHRIJVERS },
  'GET /bestuurlijke-ambities/{ambitieId}': { toegang: DOSSIER_LEZERS },
  'PATCH /bestuurlijke-ambities/{ambitieId}': { toegang: AMBITIE_SCHRIJVERS },
  'GET /bestuursopdrachten': { toegang: DOSSIER_LEZERS },
  'POST /bestuursopdrachten': { toegang: DOSSIER_SCHRIJVERS },
  'GET /bestuursopdrachten/{bestuursopdrachtId}': { toegang: DOSSIER_LEZERS },
  'PATCH /bestuursopdrachten/{bestuursopdrachtId}': { toegang: DOSSIER_SCHRIJVERS },
  'POST /bestuursopdrachten/{bestuursopdrachtId}/overgangen': { toegang: DOSSIER_SCHRIJVERS },
  'GET /bestuursopdrachten/{bestuursopdrachtId}/capaciteitsvragen': { toegang: DOSSIER_LEZERS },
  'POST /bestuursopdrachten/{bestuursopdrachtId}/capaciteitsvragen': { toegang: DOSSIER_SCHRIJVERS },
  'GET /bestuursopdrachten/{bestuursopdrachtId}/versies': { toegang: DOSSIER_LEZERS },
  'GET /bestuursopdrachten/{bestuursopdrachtId}/versies/{versieNummer}': { toegang: DOSSIER_LEZERS },
  'GET /bestuursopdrachten/{bestuursopdrachtId}/versies/{versieNummer}/verschillen': {
    toegang: DOSSIER_LEZERS,
  },
  'GET /bestuursopdrachten/{bestuursopdrachtId}/besluiten': { toegang: DOSSIER_LEZERS },
  'POST /bestuursopdrachten/{bestuursopdrachtId}/besluiten': { toegang: ['college'] },
  'GET /bestuursopdrachten/{bestuursopdrachtId}/collegevoorstel': { toegang: DOSSIER_LEZERS },
  'GET /besluiten': { toegang: DOSSIER_LEZERS },
  'GET /portfolio': { toegang: DOSSIER_LEZERS },
  'GET /capaciteitsvragen/{capaciteitsvraagId}/kandidaten': {
    toegang: DOSSIER_SCHRIJVERS,
    leestPersoonsgegevens: 'bulk',
  },
  'POST /capaciteitsvragen/{capaciteitsvraagId}/inzetverzoeken': { toegang: DOSSIER_SCHRIJVERS },
  'GET /inzetverzoeken': { toegang: INZET_BETROKKENEN, leestPersoonsgegevens: 'bulk' },
  'GET /inzetverzoeken/{inzetverzoekId}': { toegang: INZET_BETROKKENEN, leestPersoonsgegevens: true },
  'POST /inzetverzoeken/{inzetverzoekId}/instemmingen': { toegang: ['teamleider', 'directeur'] },
  'POST /inzetverzoeken/{inzetverzoekId}/afwijzingen': { toegang: ['teamleider', 'directeur'] },
  'POST /inzetverzoeken/{inzetverzoekId}/tegenvoorstellen': { toegang: ['teamleider', 'directeur'] },
  'POST /inzetverzoeken/{inzetverzoekId}/aanvaardingen': { toegang: DOSSIER_SCHRIJVERS },
  'POST /inzetverzoeken/{inzetverzoekId}/intrekkingen': { toegang: DOSSIER_SCHRIJVERS },
  'GET /organisatie/inzetverzoeken': { toegang: ['directeur', 'po'] },
  'PUT /teams/{teamId}/reservering': { toegang: ['teamleider', 'directeur'] },
  'POST /verdeelvoorstellen': { toegang: DOSSIER_SCHRIJVERS },
  'GET /verdeelvoorstellen': { toegang: DOSSIER_SCHRIJVERS, leestPersoonsgegevens: true },
  'GET /verdeelvoorstellen/{verdeelvoorstelId}': { toegang: DOSSIER_SCHRIJVERS, leestPersoonsgegevens: true },
  'POST /verdeelvoorstellen/{verdeelvoorstelId}/inzetverzoeken': { toegang: DOSSIER_SCHRIJVERS },

  // Formatie (issue 13): P&O and the directie keep it; a teamleider reads the own teams' places and
  // who fills them (src/access/formatie.ts); the OR and the college see the organisation's totals.
  // The werkdruksignaal: figures per team, no person (src/access/werkdruk.ts); a teamleider her own teams.
  'GET /organisatie/werkdruk': { toegang: WERKDRUK_LEZERS },
  'GET /teams/{teamId}/werkdruk': { toegang: WERKDRUK_LEZERS },
  'GET /organisatie/formatie': { toegang: ['teamleider', 'directeur', 'po', 'or', 'college'] },
  'GET /organisatie/formatie/verloop': { toegang: ['teamleider', 'directeur', 'po', 'or', 'college'] },
  // Places with the people who fill them.
  'GET /teams/{teamId}/formatie': { toegang: FORMATIE_LEZERS, leestPersoonsgegevens: 'bulk' },
  'POST /teams/{teamId}/formatieplaatsen': { toegang: STRUCTUUR },
  'GET /formatieplaatsen/{formatieplaatsId}': { toegang: FORMATIE_LEZERS, leestPersoonsgegevens: 'bulk' },
  'PATCH /formatieplaatsen/{formatieplaatsId}': { toegang: STRUCTUUR },
  'POST /formatieplaatsen/{formatieplaatsId}/plaatsingen': { toegang: STRUCTUUR },
  'GET /plaatsingen/{plaatsingId}': { toegang: FORMATIE_LEZERS, leestPersoonsgegevens: true },
  'PATCH /plaatsingen/{plaatsingId}': { toegang: STRUCTUUR },

  // Loonsom (issue 13, second slice; src/access/loonsom.ts). Salary tables and werkgeverslasten
  // are no personal data: those who work with the loonsom read them, P&O and the directie keep them.
  'GET /salaristabellen': { toegang: LOONSOM_LEZERS },
  'POST /salaristabellen': { toegang: STRUCTUUR },
  'GET /salaristabellen/{salaristabelId}': { toegang: LOONSOM_LEZERS },
  'PATCH /salaristabellen/{salaristabelId}': { toegang: STRUCTUUR },
  'GET /werkgeverslasten': { toegang: LOONSOM_LEZERS },
  'POST /werkgeverslasten': { toegang: STRUCTUUR },
  'GET /werkgeverslasten/{werkgeverslastenId}': { toegang: LOONSOM_LEZERS },
  'PATCH /werkgeverslasten/{werkgeverslastenId}': { toegang: STRUCTUUR },
  'POST /teams/{teamId}/loonsombudgetten': { toegang: STRUCTUUR },
  'GET /loonsombudgetten/{loonsombudgetId}': { toegang: FORMATIE_LEZERS },
  'PATCH /loonsombudgetten/{loonsombudgetId}': { toegang: STRUCTUUR },
  // Totals only (per team for who may see the team): the OR sees the organisation's.
  'GET /organisatie/loonsom': { toegang: LOONSOM_LEZERS },
  // Per medewerker for P&O and the directie: what each read revealed is audited.
  'GET /teams/{teamId}/loonsom': { toegang: FORMATIE_LEZERS, leestPersoonsgegevens: 'bulk' },
  // One person's costs: P&O, the directie, the person themself.
  'GET /medewerkers/{medewerkerId}/loonkosten': { toegang: ORGANISATIE, leestPersoonsgegevens: true },

  // Scenario's (issue 13, item 5; src/access/scenario.ts): P&O and the directie make and change
  // them, only the directie adopts; the college reads and comments on proposed and adopted ones
  // (organisation totals). No answer names a person, so no read is a read of personal data.
  'GET /scenarios': { toegang: SCENARIO_LEZERS },
  'POST /scenarios': { toegang: STRUCTUUR },
  'GET /scenarios/{scenarioId}': { toegang: SCENARIO_LEZERS },
  'PATCH /scenarios/{scenarioId}': { toegang: STRUCTUUR },
  'POST /scenarios/{scenarioId}/wijzigingen': { toegang: STRUCTUUR },
  'DELETE /scenarios/{scenarioId}/wijzigingen/{wijzigingId}': { toegang: STRUCTUUR },
  'POST /scenarios/{scenarioId}/opmerkingen': { toegang: SCENARIO_LEZERS },
  'GET /scenarios/{scenarioId}/vergelijking': { toegang: SCENARIO_LEZERS },
  'GET /scenario-vergelijking': { toegang: SCENARIO_LEZERS },
  'POST /scenarios/{scenarioId}/vaststellingen': { toegang: ['directeur'] },

  // The onderbouwd voorstel (issue 13, item 6; src/access/voorstel.ts): P&O and the directie freeze
  // them; the college reads and downloads those of proposed and adopted scenario's. A download is
  // recorded as an export (src/http/routes/voorstel.routes.ts); no voorstel names a person.
  'POST /scenarios/{scenarioId}/voorstellen': { toegang: STRUCTUUR },
  'GET /scenarios/{scenarioId}/voorstellen': { toegang: SCENARIO_LEZERS },
  'GET /voorstellen/{voorstelId}': { toegang: SCENARIO_LEZERS },
  'GET /voorstellen/{voorstelId}/document': { toegang: SCENARIO_LEZERS },

  // Gesprekscyclus (issue 14, item 2; src/access/gesprek.ts): only the medewerker, the leidinggevende
  // who held the conversation, the current one and P&O, decided per conversation from the data (a
  // directeur who leads a teamleider comes in through the medewerker role every linked account has).
  // Never the directie, the OR or the college as such. Every read is audited.
  'GET /medewerkers/{medewerkerId}/gesprekken': { toegang: EIGEN_GESPREK, leestPersoonsgegevens: true },
  'POST /medewerkers/{medewerkerId}/gesprekken': { toegang: ['teamleider', 'po'] },
  'GET /gesprekken/{gesprekId}': { toegang: EIGEN_GESPREK, leestPersoonsgegevens: true },
  'PATCH /gesprekken/{gesprekId}': { toegang: ['teamleider', 'po'] },
  'POST /gesprekken/{gesprekId}/acties': { toegang: ['teamleider', 'po'] },
  'PATCH /gesprekken/{gesprekId}/acties/{actieId}': { toegang: EIGEN_GESPREK },
  'POST /gesprekken/{gesprekId}/notities': { toegang: EIGEN_GESPREK },
  'GET /verlopen-gesprekacties': { toegang: ['teamleider', 'po'], leestPersoonsgegevens: 'bulk' },
  'GET /gesprekssoorten': { toegang: [...GESPREK_LEZERS, 'beheerder'] },
  'POST /gesprekssoorten': { toegang: ['po', 'beheerder'] },
  'PATCH /gesprekssoorten/{code}': { toegang: ['po', 'beheerder'] },
  // Counts per team only (groups below five merged): no person, so no read of personal data.
  'GET /organisatie/gesprekken': { toegang: ['directeur', 'po', 'or'] },

  // Need against capacity (issue 13, item 4; src/access/behoefte.ts): team totals only, no person's
  // figure. A team's for who sees its loonsom; the organisation's totals for the OR too.
  'GET /teams/{teamId}/behoefte': { toegang: FORMATIE_LEZERS },
  'GET /organisatie/behoefte': { toegang: LOONSOM_LEZERS },

  // Ontwikkeling (issue 14, items 1, 3, 4; src/access/ontwikkeling.ts). A person's plan is personal
  // data: the person, their teamleider, the directie and P&O; every read is audited. A team's plan:
  // its teamleider, the directie and P&O. The budget overview holds totals only (the OR the
  // organisation's, never a team's); P&O and the directie set budgets and themes.
  'GET /ontwikkelthemas': { toegang: IEDEREEN },
  'POST /ontwikkelthemas': { toegang: STRUCTUUR },
  'PATCH /ontwikkelthemas/{themaId}': { toegang: STRUCTUUR },
  'GET /medewerkers/{medewerkerId}/ontwikkelplannen': { toegang: ORGANISATIE, leestPersoonsgegevens: true },
  'POST /medewerkers/{medewerkerId}/ontwikkelplannen': { toegang: ORGANISATIE },
  // With the leadership plans of the team's leaders (for who may see each).
  'GET /teams/{teamId}/ontwikkelplannen': { toegang: LEIDING_EN_PO, leestPersoonsgegevens: 'bulk' },
  'POST /teams/{teamId}/ontwikkelplannen': { toegang: LEIDING_EN_PO },
  'GET /ontwikkelplannen/{ontwikkelplanId}': { toegang: ORGANISATIE, leestPersoonsgegevens: true },
  'POST /ontwikkelplannen/{ontwikkelplanId}/doelen': { toegang: ORGANISATIE },
  'PATCH /ontwikkeldoelen/{ontwikkeldoelId}': { toegang: ORGANISATIE },
  'DELETE /ontwikkeldoelen/{ontwikkeldoelId}': { toegang: ORGANISATIE },
  'POST /ontwikkelplannen/{ontwikkelplanId}/activiteiten': { toegang: ORGANISATIE },
  'PATCH /ontwikkelactiviteiten/{ontwikkelactiviteitId}': { toegang: ORGANISATIE },
  'DELETE /ontwikkelactiviteiten/{ontwikkelactiviteitId}': { toegang: ORGANISATIE },
  'GET /organisatie/ontwikkelbudget': { toegang: LOONSOM_LEZERS },
  'POST /ontwikkelbudgetten': { toegang: STRUCTUUR },
  'PATCH /ontwikkelbudgetten/{ontwikkelbudgetId}': { toegang: STRUCTUUR },

  // Pulsmeting (issue 14, item 5; src/access/puls.ts): P&O runs the rounds; everyone with a
  // medewerker record answers (the service refuses an account without one); results (aggregates of
  // at least five answers, never an answer) for P&O and the directie in full, the OR at organisation
  // level, a teamleider for the organisation and the own teams. No route names a person.
  'GET /puls-rondes': { toegang: ['teamleider', 'directeur', 'po', 'or'] },
  'POST /puls-rondes': { toegang: ['po'] },
  'GET /puls-rondes/{rondeId}': { toegang: IEDEREEN },
  'PATCH /puls-rondes/{rondeId}': { toegang: ['po'] },
  'POST /puls-rondes/{rondeId}/overgangen': { toegang: ['po'] },
  'POST /puls-rondes/{rondeId}/antwoorden': { toegang: IEDEREEN },
  'GET /puls-rondes/{rondeId}/resultaten': { toegang: ['teamleider', 'directeur', 'po', 'or'] },
  'GET /organisatie/puls-trend': { toegang: ['teamleider', 'directeur', 'po', 'or'] },
  'GET /mijn-puls-rondes': { toegang: IEDEREEN },

  // Import from the HR system (issue 16; src/access/import.ts): P&O and the beheerder. A file names
  // every medewerker, so reading one, its dry run and its commit are bulk reads of personal data.
  ...IMPORT_ROUTES,

  // "Zo werken we" (issue 15, item 3; src/access/zo-werken-we.ts): everyone reads the organisation
  // philosophy, the directie and P&O write it. No answer is personal data (authors in their function).
  ...ZO_WERKEN_WE_ROUTES,

  // OR-dossier (issue 15, item 4; src/access/or-dossier.ts): the directeur prepares and decides, the
  // OR reads what was put to it and answers, P&O and the college read. No personal data.
  ...OR_ROUTES,

  // Raadsbrief (issue 15, item 5; src/access/raadsbrief.ts): the directeur and P&O compose, only the
  // college approves, the directeur or the college records sending; the OR reads sent letters.
  // Aggregates only: no answer is personal data.
  ...RAADSBRIEF_ROUTES,

  // Veranderprogramma (issue 15, item 1; src/access/veranderprogramma.ts): everyone reads it, the
  // directeur and programmaregisseur run it, a theme's trekker manages its actions and team.
  ...VERANDERPROGRAMMA_ROUTES,

  // Evaluaties (issue 15, item 2; src/access/evaluatie.ts): everyone reads them, the directeur, the
  // programmaregisseur and P&O write; an action's owner reports its progress. The owner's name is
  // hidden from the OR and the college, so no answer is a read of personal data for them.
  ...EVALUATIE_ROUTES,
};

/**
 * `GET /api/v1/teams/:teamId` → `GET /teams/{teamId}`: the key of a Fastify route in the table.
 * HEAD is GET without a body (Fastify exposes one for every GET route), so it falls under GET's rule.
 */
export function policyKey(method: string, routeUrl: string): string {
  const pad = routeUrl.replace(/^\/api\/v1/, '').replace(/:([A-Za-z]+)/g, '{$1}');
  const m = method.toUpperCase();
  return `${m === 'HEAD' ? 'GET' : m} ${pad}`;
}

export type Besluit = 'toegestaan' | 'niet-ingelogd' | 'totp-nodig' | 'geen-rol';

/** The decision for one request, before any reach within the route is considered. */
export function beslis(
  regel: Regel,
  gebruiker: { rollen: readonly Rol[]; totpVoldaan: boolean; totpNodig: boolean } | null,
): Besluit {
  if (regel.toegang === 'publiek') return 'toegestaan';
  if (!gebruiker) return 'niet-ingelogd';
  if (regel.toegang === 'ingelogd') return 'toegestaan';
  if (gebruiker.totpNodig && !gebruiker.totpVoldaan) return 'totp-nodig';
  return gebruiker.rollen.some((r) => (regel.toegang as readonly Rol[]).includes(r))
    ? 'toegestaan'
    : 'geen-rol';
}

/**
 * The rolbepaling (mate van eigenaarschap, overheidsrol) is a decision of the bestuur: the college
 * records it as a decision, with the date and kenmerk of its besluit, or confirms a proposal; the
 * others who run opgaven may only propose it. Who holds both records a decision.
 */
export const ROLBEPALING: { besluiten: readonly Rol[]; voorstellen: readonly Rol[] } = {
  besluiten: ['college'],
  voorstellen: DOSSIER_SCHRIJVERS,
};

/**
 * Who may take a dossier into a state, on top of who may call the step's route. The states a besluit
 * of the college leads to are reached only through `POST /bestuursopdrachten/{id}/besluiten`.
 */
export const STAPPEN: {
  opgave: Readonly<Record<OpgaveStatus, readonly Rol[]>>;
  bestuursopdracht: Readonly<Record<BestuursopdrachtStatus, readonly Rol[]>>;
} = {
  opgave: {
    signalering: DOSSIER_SCHRIJVERS,
    verkenning: DOSSIER_SCHRIJVERS,
    rolbepaling: DOSSIER_SCHRIJVERS,
    aanpak: DOSSIER_SCHRIJVERS,
    uitvoering: DOSSIER_SCHRIJVERS,
    evaluatie: DOSSIER_SCHRIJVERS,
    afgerond: ['directeur'],
  },
  bestuursopdracht: {
    concept: DOSSIER_SCHRIJVERS,
    verkend: DOSSIER_SCHRIJVERS,
    'ter-besluitvorming': DOSSIER_SCHRIJVERS,
    vastgesteld: ['college'],
    'gewijzigd-vastgesteld': ['college'],
    aangehouden: ['college'],
    afgewezen: ['college'],
    'in-uitvoering': DOSSIER_SCHRIJVERS,
    afgerond: DOSSIER_SCHRIJVERS,
    geevalueerd: ['directeur'],
  },
};
