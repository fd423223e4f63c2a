import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../../src/db/account.repository';
import { ROLLEN, type Rol } from '../../src/domain/rol';
import { maakSessie } from '../../src/services/auth.service';
import {
  type Api,
  buildExpertise,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  sessieHeaders,
  startApi,
} from './support';

/**
 * Every route of the OpenAPI document × every role (and nobody), against the expectation written
 * down here from domain.md ("who uses it and what each may see"), independently of the policy table.
 * A route added without an entry here fails the suite; so does a policy that lets in the wrong role.
 */
const ALLEN: readonly Rol[] = ROLLEN;
const ORGANISATIE: readonly Rol[] = [
  'medewerker',
  'teamleider',
  'programmaregisseur',
  'directeur',
  'po',
  'beheerder',
];
const INZETBAARHEID: readonly Rol[] = ['medewerker', 'teamleider', 'programmaregisseur', 'directeur', 'po'];
const EXPERTISE_WIJZIGEN: readonly Rol[] = ['medewerker', 'teamleider', 'directeur', 'po'];
const DOSSIERS_LEZEN: readonly Rol[] = ['teamleider', 'programmaregisseur', 'directeur', 'po', 'college'];
const DOSSIERS_SCHRIJVEN: readonly Rol[] = ['programmaregisseur', 'directeur'];

const VERWACHT: Record<string, 'publiek' | 'ingelogd' | readonly Rol[]> = {
  'POST /sessies': 'publiek',
  'GET /inlogmethoden': 'publiek',
  'GET /demo-accounts': 'publiek',
  'GET /sessies/huidig': 'ingelogd',
  'DELETE /sessies/huidig': 'ingelogd',
  'DELETE /sessies': 'ingelogd',
  'POST /sessies/huidig/totp-verificaties': 'ingelogd',
  'POST /accounts/huidig/totp': 'ingelogd',
  'POST /accounts/huidig/totp/bevestigingen': 'ingelogd',
  'POST /accounts/huidig/wachtwoorden': 'ingelogd',
  'GET /accounts/huidig/persoonsgegevens': ALLEN,

  'GET /accounts': ['beheerder'],
  'POST /accounts': ['beheerder'],
  'GET /accounts/{accountId}': ['beheerder'],
  'PATCH /accounts/{accountId}': ['beheerder'],
  'POST /accounts/{accountId}/wachtwoord-resets': ['beheerder'],
  'POST /accounts/{accountId}/totp-resets': ['beheerder'],
  'GET /auditregels': ['beheerder'],
  'GET /auditregels/verificatie': ['beheerder'],
  'GET /beheer/backup': ['beheerder'],
  'POST /medewerkers/{medewerkerId}/anonimiseringen': ['beheerder'],

  'GET /organisatie': ALLEN,
  'GET /organisatie/organogram': ALLEN,
  'GET /mijn-werk': ALLEN,
  'GET /organisatie/capaciteit': ['teamleider', 'programmaregisseur', 'directeur', 'po', 'or', 'college'],
  'GET /zoekresultaten': ORGANISATIE,
  'GET /teams': ALLEN,
  'GET /teams/{teamId}': ALLEN,
  'POST /teams': ['directeur', 'po'],
  'PATCH /teams/{teamId}': ['directeur', 'po'],
  'GET /teams/{teamId}/leden': ORGANISATIE,
  'GET /teams/{teamId}/expertise-matrix': ['teamleider', 'programmaregisseur', 'directeur', 'po'],
  'GET /teams/{teamId}/leidinggevenden': ALLEN,
  'POST /teams/{teamId}/leidinggevenden': ['directeur', 'po'],
  'PATCH /teams/{teamId}/leidinggevenden/{leiderschapId}': ['directeur', 'po'],

  'GET /medewerkers': ORGANISATIE,
  'GET /medewerkers/{medewerkerId}': ORGANISATIE,
  'POST /medewerkers': ['po'],
  'PATCH /medewerkers/{medewerkerId}': ['po'],
  'GET /medewerkers/{medewerkerId}/contracturen': INZETBAARHEID,
  'POST /medewerkers/{medewerkerId}/contracturen': ['po'],
  'GET /medewerkers/{medewerkerId}/teamlidmaatschappen': ORGANISATIE,
  'POST /medewerkers/{medewerkerId}/teamlidmaatschappen': ['po'],
  'PATCH /medewerkers/{medewerkerId}/teamlidmaatschappen/{lidmaatschapId}': ['po'],
  'GET /medewerkers/{medewerkerId}/expertises': INZETBAARHEID,
  'POST /medewerkers/{medewerkerId}/expertises': EXPERTISE_WIJZIGEN,
  'GET /medewerkers/{medewerkerId}/expertises/{expertiseId}': INZETBAARHEID,
  'PATCH /medewerkers/{medewerkerId}/expertises/{expertiseId}': EXPERTISE_WIJZIGEN,
  'DELETE /medewerkers/{medewerkerId}/expertises/{expertiseId}': EXPERTISE_WIJZIGEN,

  'GET /instellingen': ALLEN,
  'PATCH /instellingen': ['directeur', 'beheerder'],
  'GET /teams/{teamId}/beschikbaarheid': ['teamleider', 'programmaregisseur', 'directeur', 'po'],
  'GET /medewerkers/{medewerkerId}/beschikbaarheid': INZETBAARHEID,
  'GET /medewerkers/{medewerkerId}/afwezigheid': ['medewerker', 'teamleider', 'directeur', 'po'],
  'PUT /medewerkers/{medewerkerId}/afwezigheid/{week}': ['medewerker', 'teamleider', 'directeur', 'po'],

  'GET /begrotingsprogrammas': ALLEN,
  'POST /begrotingsprogrammas': ['directeur', 'beheerder'],
  'POST /begrotingsprogrammas/{begrotingsprogrammaId}/beleidsdoelen': ['directeur', 'beheerder'],
  'GET /teams/{teamId}/resultaatdoelen': ORGANISATIE,
  'POST /teams/{teamId}/resultaatdoelen': ['teamleider', 'directeur'],
  'POST /teams/{teamId}/prioriteringen': ['teamleider', 'directeur'],
  'GET /resultaatdoelen/{resultaatdoelId}': ORGANISATIE,
  'PATCH /resultaatdoelen/{resultaatdoelId}': ['teamleider', 'directeur'],
  'GET /resultaatdoelen/{resultaatdoelId}/voortgang': ORGANISATIE,
  'POST /resultaatdoelen/{resultaatdoelId}/voortgang': ['teamleider', 'directeur'],

  'GET /teams/{teamId}/inzet': ['teamleider', 'programmaregisseur', 'directeur', 'po'],
  'GET /resultaatdoelen/{resultaatdoelId}/inzet/{medewerkerId}': [
    'teamleider',
    'programmaregisseur',
    'directeur',
    'po',
  ],
  'PUT /resultaatdoelen/{resultaatdoelId}/inzet/{medewerkerId}': ['teamleider', 'directeur'],
  'GET /teams/{teamId}/prioriteitslijn': ORGANISATIE,

  // The agile side: for those who steer, staff or decide on it (domain.md); the OR sees aggregates only.
  'GET /programmas': DOSSIERS_LEZEN,
  'POST /programmas': ['directeur'],
  'GET /programmas/{programmaId}': DOSSIERS_LEZEN,
  'PATCH /programmas/{programmaId}': DOSSIERS_SCHRIJVEN,
  'GET /opgaven': DOSSIERS_LEZEN,
  'POST /opgaven': DOSSIERS_SCHRIJVEN,
  'GET /opgaven/{opgaveId}': DOSSIERS_LEZEN,
  'PATCH /opgaven/{opgaveId}': DOSSIERS_SCHRIJVEN,
  'POST /opgaven/{opgaveId}/overgangen': DOSSIERS_SCHRIJVEN,
  'POST /opgaven/{opgaveId}/stakeholders': DOSSIERS_SCHRIJVEN,
  'DELETE /opgaven/{opgaveId}/stakeholders/{stakeholderId}': DOSSIERS_SCHRIJVEN,
  'POST /opgaven/{opgaveId}/bevindingen': DOSSIERS_SCHRIJVEN,
  'PATCH /opgaven/{opgaveId}/bevindingen/{bevindingId}': DOSSIERS_SCHRIJVEN,
  'DELETE /opgaven/{opgaveId}/bevindingen/{bevindingId}': DOSSIERS_SCHRIJVEN,
  // The college decides the rolbepaling; the regie may only propose it (the service tells which).
  'PUT /opgaven/{opgaveId}/rolbepaling': ['college', 'directeur', 'programmaregisseur'],
  'POST /opgaven/{opgaveId}/rolbepaling/bevestigingen': ['college'],
  'GET /opgaven/{opgaveId}/capaciteitsvragen': DOSSIERS_LEZEN,
  'POST /opgaven/{opgaveId}/capaciteitsvragen': DOSSIERS_SCHRIJVEN,
  'GET /capaciteitsvragen/{capaciteitsvraagId}': DOSSIERS_LEZEN,
  'PATCH /capaciteitsvragen/{capaciteitsvraagId}': DOSSIERS_SCHRIJVEN,
  'DELETE /capaciteitsvragen/{capaciteitsvraagId}': DOSSIERS_SCHRIJVEN,
  'GET /bestuurlijke-ambities': DOSSIERS_LEZEN,
  'POST /bestuurlijke-ambities': ['college', 'directeur', 'programmaregisseur'],
  'GET /bestuurlijke-ambities/{ambitieId}': DOSSIERS_LEZEN,
  'PATCH /bestuurlijke-ambities/{ambitieId}': ['college', 'directeur', 'programmaregisseur'],
  'GET /bestuursopdrachten': DOSSIERS_LEZEN,
  'POST /bestuursopdrachten': DOSSIERS_SCHRIJVEN,
  'GET /bestuursopdrachten/{bestuursopdrachtId}': DOSSIERS_LEZEN,
  'PATCH /bestuursopdrachten/{bestuursopdrachtId}': DOSSIERS_SCHRIJVEN,
  'POST /bestuursopdrachten/{bestuursopdrachtId}/overgangen': DOSSIERS_SCHRIJVEN,
  'GET /bestuursopdrachten/{bestuursopdrachtId}/capaciteitsvragen': DOSSIERS_LEZEN,
  'POST /bestuursopdrachten/{bestuursopdrachtId}/capaciteitsvragen': DOSSIERS_SCHRIJVEN,
  'GET /bestuursopdrachten/{bestuursopdrachtId}/versies': DOSSIERS_LEZEN,
  'GET /bestuursopdrachten/{bestuursopdrachtId}/versies/{versieNummer}': DOSSIERS_LEZEN,
  'GET /bestuursopdrachten/{bestuursopdrachtId}/versies/{versieNummer}/verschillen': DOSSIERS_LEZEN,
  'GET /bestuursopdrachten/{bestuursopdrachtId}/besluiten': DOSSIERS_LEZEN,
  'POST /bestuursopdrachten/{bestuursopdrachtId}/besluiten': ['college'],
  'GET /bestuursopdrachten/{bestuursopdrachtId}/collegevoorstel': DOSSIERS_LEZEN,
  'GET /besluiten': DOSSIERS_LEZEN,
  'GET /portfolio': DOSSIERS_LEZEN,
  'GET /capaciteitsvragen/{capaciteitsvraagId}/kandidaten': DOSSIERS_SCHRIJVEN,
  'POST /capaciteitsvragen/{capaciteitsvraagId}/inzetverzoeken': DOSSIERS_SCHRIJVEN,
  'GET /inzetverzoeken': ['medewerker', 'teamleider', 'programmaregisseur', 'directeur', 'po'],
  'GET /inzetverzoeken/{inzetverzoekId}': [
    'medewerker',
    'teamleider',
    'programmaregisseur',
    'directeur',
    'po',
  ],
  'POST /inzetverzoeken/{inzetverzoekId}/instemmingen': ['teamleider', 'directeur'],
  'POST /inzetverzoeken/{inzetverzoekId}/afwijzingen': ['teamleider', 'directeur'],
  'POST /inzetverzoeken/{inzetverzoekId}/tegenvoorstellen': ['teamleider', 'directeur'],
  'POST /inzetverzoeken/{inzetverzoekId}/aanvaardingen': DOSSIERS_SCHRIJVEN,
  'POST /inzetverzoeken/{inzetverzoekId}/intrekkingen': DOSSIERS_SCHRIJVEN,
  'GET /organisatie/inzetverzoeken': ['directeur', 'po'],
  'PUT /teams/{teamId}/reservering': ['teamleider', 'directeur'],
  'POST /verdeelvoorstellen': DOSSIERS_SCHRIJVEN,
  'GET /verdeelvoorstellen': DOSSIERS_SCHRIJVEN,
  'GET /verdeelvoorstellen/{verdeelvoorstelId}': DOSSIERS_SCHRIJVEN,
  'POST /verdeelvoorstellen/{verdeelvoorstelId}/inzetverzoeken': DOSSIERS_SCHRIJVEN,

  'GET /organisatie/werkdruk': ['teamleider', 'directeur', 'po', 'or'],
  'GET /teams/{teamId}/werkdruk': ['teamleider', 'directeur', 'po', 'or'],
  'GET /organisatie/formatie': ['teamleider', 'directeur', 'po', 'or', 'college'],
  'GET /organisatie/formatie/verloop': ['teamleider', 'directeur', 'po', 'or', 'college'],
  'GET /teams/{teamId}/formatie': ['teamleider', 'directeur', 'po'],
  'POST /teams/{teamId}/formatieplaatsen': ['directeur', 'po'],
  'GET /formatieplaatsen/{formatieplaatsId}': ['teamleider', 'directeur', 'po'],
  'PATCH /formatieplaatsen/{formatieplaatsId}': ['directeur', 'po'],
  'POST /formatieplaatsen/{formatieplaatsId}/plaatsingen': ['directeur', 'po'],
  'GET /plaatsingen/{plaatsingId}': ['teamleider', 'directeur', 'po'],
  'PATCH /plaatsingen/{plaatsingId}': ['directeur', 'po'],

  // Loonsom: tables and werkgeverslasten are no personal data (the OR reads them too); a team's
  // loonsom for its teamleider (totals only, see loonsom.api.test.ts); one person's costs for P&O,
  // the directie and the person (each role here asks for its own).
  'GET /salaristabellen': ['teamleider', 'directeur', 'po', 'or'],
  'POST /salaristabellen': ['directeur', 'po'],
  'GET /salaristabellen/{salaristabelId}': ['teamleider', 'directeur', 'po', 'or'],
  'PATCH /salaristabellen/{salaristabelId}': ['directeur', 'po'],
  'GET /werkgeverslasten': ['teamleider', 'directeur', 'po', 'or'],
  'POST /werkgeverslasten': ['directeur', 'po'],
  'GET /werkgeverslasten/{werkgeverslastenId}': ['teamleider', 'directeur', 'po', 'or'],
  'PATCH /werkgeverslasten/{werkgeverslastenId}': ['directeur', 'po'],
  'POST /teams/{teamId}/loonsombudgetten': ['directeur', 'po'],
  'GET /loonsombudgetten/{loonsombudgetId}': ['teamleider', 'directeur', 'po'],
  'PATCH /loonsombudgetten/{loonsombudgetId}': ['directeur', 'po'],
  'GET /organisatie/loonsom': ['teamleider', 'directeur', 'po', 'or'],
  'GET /teams/{teamId}/loonsom': ['teamleider', 'directeur', 'po'],
  // Need against capacity: a team's for who sees its loonsom, the organisation's totals for the OR too.
  'GET /teams/{teamId}/behoefte': ['teamleider', 'directeur', 'po'],
  'GET /organisatie/behoefte': ['teamleider', 'directeur', 'po', 'or'],
  // Ontwikkeling (issue 14): reach within the routes (own plan, own team) in ontwikkeling.api.test.ts.
  'GET /ontwikkelthemas': ALLEN,
  'POST /ontwikkelthemas': ['directeur', 'po'],
  'PATCH /ontwikkelthemas/{themaId}': ['directeur', 'po'],
  'GET /medewerkers/{medewerkerId}/ontwikkelplannen': ORGANISATIE,
  'POST /medewerkers/{medewerkerId}/ontwikkelplannen': ORGANISATIE,
  'GET /teams/{teamId}/ontwikkelplannen': ['teamleider', 'directeur', 'po'],
  'POST /teams/{teamId}/ontwikkelplannen': ['teamleider', 'directeur', 'po'],
  'GET /ontwikkelplannen/{ontwikkelplanId}': ORGANISATIE,
  'POST /ontwikkelplannen/{ontwikkelplanId}/doelen': ORGANISATIE,
  'PATCH /ontwikkeldoelen/{ontwikkeldoelId}': ORGANISATIE,
  'DELETE /ontwikkeldoelen/{ontwikkeldoelId}': ORGANISATIE,
  'POST /ontwikkelplannen/{ontwikkelplanId}/activiteiten': ORGANISATIE,
  'PATCH /ontwikkelactiviteiten/{ontwikkelactiviteitId}': ORGANISATIE,
  'DELETE /ontwikkelactiviteiten/{ontwikkelactiviteitId}': ORGANISATIE,
  'GET /organisatie/ontwikkelbudget': ['teamleider', 'directeur', 'po', 'or'],
  'POST /ontwikkelbudgetten': ['directeur', 'po'],
  'PATCH /ontwikkelbudgetten/{ontwikkelbudgetId}': ['directeur', 'po'],
  // Pulsmeting: P&O runs rounds; anyone may answer (the service needs a medewerker record); results
  // are aggregates for P&O, directie, OR (organisation level) and teamleider (own teams), see puls.api.test.ts.
  'GET /puls-rondes': ['teamleider', 'directeur', 'po', 'or'],
  'POST /puls-rondes': ['po'],
  'GET /puls-rondes/{rondeId}': ALLEN,
  'PATCH /puls-rondes/{rondeId}': ['po'],
  'POST /puls-rondes/{rondeId}/overgangen': ['po'],
  'POST /puls-rondes/{rondeId}/antwoorden': ALLEN,
  'GET /puls-rondes/{rondeId}/resultaten': ['teamleider', 'directeur', 'po', 'or'],
  'GET /organisatie/puls-trend': ['teamleider', 'directeur', 'po', 'or'],
  'GET /mijn-puls-rondes': ALLEN,
  'GET /medewerkers/{medewerkerId}/loonkosten': ORGANISATIE,
  // Scenario's: P&O and the directie make them, only the directie adopts; the college reads and
  // comments on proposed and adopted ones (see scenarios.api.test.ts for the status rule).
  'GET /scenarios': ['directeur', 'po', 'college'],
  'POST /scenarios': ['directeur', 'po'],
  'GET /scenarios/{scenarioId}': ['directeur', 'po', 'college'],
  'PATCH /scenarios/{scenarioId}': ['directeur', 'po'],
  'POST /scenarios/{scenarioId}/wijzigingen': ['directeur', 'po'],
  'DELETE /scenarios/{scenarioId}/wijzigingen/{wijzigingId}': ['directeur', 'po'],
  'POST /scenarios/{scenarioId}/opmerkingen': ['directeur', 'po', 'college'],
  'GET /scenarios/{scenarioId}/vergelijking': ['directeur', 'po', 'college'],
  'GET /scenario-vergelijking': ['directeur', 'po', 'college'],
  'POST /scenarios/{scenarioId}/vaststellingen': ['directeur'],
  // The onderbouwd voorstel: P&O and the directie freeze it; the college reads and downloads those of
  // proposed and adopted scenario's (see voorstellen.api.test.ts for the status rule).
  'POST /scenarios/{scenarioId}/voorstellen': ['directeur', 'po'],
  'GET /scenarios/{scenarioId}/voorstellen': ['directeur', 'po', 'college'],
  'GET /voorstellen/{voorstelId}': ['directeur', 'po', 'college'],
  'GET /voorstellen/{voorstelId}/document': ['directeur', 'po', 'college'],

  // Gesprekscyclus: the medewerker, the leidinggevende (then and now) and P&O; never the directie,
  // the OR or the college as such. Reading one's conversations, completing one's actions and adding
  // notes is open at the door to every role, since every person has conversations of their own
  // (a directeur, an OR member); the reach per conversation refuses everyone else's
  // (gesprekken.api.test.ts: "everyone reaches their own conversations, whatever their role").
  'GET /medewerkers/{medewerkerId}/gesprekken': ALLEN,
  'POST /medewerkers/{medewerkerId}/gesprekken': ['teamleider', 'po'],
  'GET /gesprekken/{gesprekId}': ALLEN,
  'PATCH /gesprekken/{gesprekId}': ['teamleider', 'po'],
  'POST /gesprekken/{gesprekId}/acties': ['teamleider', 'po'],
  'PATCH /gesprekken/{gesprekId}/acties/{actieId}': ALLEN,
  'POST /gesprekken/{gesprekId}/notities': ALLEN,
  'GET /verlopen-gesprekacties': ['teamleider', 'po'],
  'GET /gesprekssoorten': ['medewerker', 'teamleider', 'po', 'beheerder'],
  'POST /gesprekssoorten': ['po', 'beheerder'],
  'PATCH /gesprekssoorten/{code}': ['po', 'beheerder'],
  'GET /organisatie/gesprekken': ['directeur', 'po', 'or'],

  'GET /expertises': ALLEN,
  'GET /expertises/{expertiseId}': ALLEN,
  'POST /expertises': ['po', 'beheerder'],
  'PATCH /expertises/{expertiseId}': ['po', 'beheerder'],

  // Import from the HR system (issue 16): P&O and the beheerder only.
  'GET /import-velden': ['po', 'beheerder'],
  'POST /import-bestanden': ['po', 'beheerder'],
  'POST /import-proeven': ['po', 'beheerder'],
  'GET /import-proeven/{proefId}': ['po', 'beheerder'],
  'POST /imports': ['po', 'beheerder'],
  'GET /imports': ['po', 'beheerder'],
  'GET /import-koppelingen': ['po', 'beheerder'],
  'POST /import-koppelingen': ['po', 'beheerder'],
  'GET /import-koppelingen/{koppelingId}': ['po', 'beheerder'],
  'PATCH /import-koppelingen/{koppelingId}': ['po', 'beheerder'],
  'DELETE /import-koppelingen/{koppelingId}': ['po', 'beheerder'],

  // "Zo werken we" (issue 15, items 3 and 7): every role reads it, the directie and P&O write it.
  'GET /zo-werken-we-paginas': ALLEN,
  'POST /zo-werken-we-paginas': ['directeur', 'po'],
  'GET /zo-werken-we-paginas/{paginaId}': ALLEN,
  'PATCH /zo-werken-we-paginas/{paginaId}': ['directeur', 'po'],
  'GET /zo-werken-we-paginas/{paginaId}/versies': ALLEN,
  'GET /zo-werken-we-paginas/{paginaId}/versies/{versieNummer}': ALLEN,
  'GET /zo-werken-we-paginas/{paginaId}/verschillen': ALLEN,

  // OR-dossier (issue 15, item 4): the directeur prepares and decides, the OR answers, P&O and the
  // college read; overlegvergaderingen are kept by the directeur and the OR together.
  'GET /or-verzoeken': ['directeur', 'po', 'or', 'college'],
  'POST /or-verzoeken': ['directeur'],
  'GET /or-verzoeken/{orVerzoekId}': ['directeur', 'po', 'or', 'college'],
  'PATCH /or-verzoeken/{orVerzoekId}': ['directeur'],
  'POST /or-verzoeken/{orVerzoekId}/indieningen': ['directeur'],
  'POST /or-verzoeken/{orVerzoekId}/reacties': ['or'],
  'POST /or-verzoeken/{orVerzoekId}/besluiten': ['directeur'],
  'POST /or-verzoeken/{orVerzoekId}/intrekkingen': ['directeur'],
  'POST /or-verzoeken/{orVerzoekId}/afstand-van-opschorting': ['or'],
  'POST /or-verzoeken/{orVerzoekId}/vervangende-toestemmingen': ['directeur'],
  'GET /or-overleggen': ['directeur', 'po', 'or', 'college'],
  'POST /or-overleggen': ['directeur', 'or'],
  'GET /or-overleggen/{orOverlegId}': ['directeur', 'po', 'or', 'college'],
  'PATCH /or-overleggen/{orOverlegId}': ['directeur', 'or'],
  'POST /or-overleggen/{orOverlegId}/acties': ['directeur', 'or'],
  'PATCH /or-overleggen/{orOverlegId}/acties/{actieId}': ['directeur', 'or'],

  // Veranderprogramma (issue 15, item 1): everyone reads it; the directeur and the
  // programmaregisseur run it; a theme's trekker (any role with a medewerker) manages its actions and
  // transitieteam (the door is open to the organisation, the service checks the trekker).
  'GET /veranderprogramma': ALLEN,
  'GET /verander-fases': ALLEN,
  'POST /verander-fases': ['directeur', 'programmaregisseur'],
  'PATCH /verander-fases/{faseId}': ['directeur', 'programmaregisseur'],
  'DELETE /verander-fases/{faseId}': ['directeur', 'programmaregisseur'],
  'POST /verander-themas': ['directeur', 'programmaregisseur'],
  'GET /verander-themas/{themaId}': ALLEN,
  'PATCH /verander-themas/{themaId}': ['directeur', 'programmaregisseur'],
  'DELETE /verander-themas/{themaId}': ['directeur', 'programmaregisseur'],
  'POST /verander-themas/{themaId}/leden': ORGANISATIE,
  'PATCH /verander-themas/{themaId}/leden/{lidId}': ORGANISATIE,
  'DELETE /verander-themas/{themaId}/leden/{lidId}': ORGANISATIE,
  'POST /verander-themas/{themaId}/acties': ORGANISATIE,
  'PATCH /verander-themas/{themaId}/acties/{actieId}': ORGANISATIE,
  'DELETE /verander-themas/{themaId}/acties/{actieId}': ORGANISATIE,

  // Raadsbrief (issue 15, item 5): the directeur and P&O compose, only the college approves, the
  // directeur or the college records sending; the OR reads (sent letters only, checked in the service).
  'GET /raadsbrieven': ['directeur', 'po', 'college', 'or'],
  'POST /raadsbrieven': ['directeur', 'po'],
  'GET /raadsbrieven/{raadsbriefId}': ['directeur', 'po', 'college', 'or'],
  'PATCH /raadsbrieven/{raadsbriefId}': ['directeur', 'po'],
  'POST /raadsbrieven/{raadsbriefId}/momentopnamen': ['directeur', 'po'],
  'POST /raadsbrieven/{raadsbriefId}/vaststellingen': ['college'],
  'POST /raadsbrieven/{raadsbriefId}/verzendingen': ['directeur', 'college'],
  'GET /raadsbrieven/{raadsbriefId}/document': ['directeur', 'po', 'college', 'or'],

  // Evaluaties (issue 15, item 2): everyone reads them (the OR and college without owners' names);
  // the directeur, programmaregisseur and P&O write; an action's owner, whatever the role, reports
  // its progress (the door is open to all, the service checks ownership).
  'GET /evaluaties': ALLEN,
  'POST /evaluaties': ['directeur', 'programmaregisseur', 'po'],
  'GET /evaluaties/{evaluatieId}': ALLEN,
  'PATCH /evaluaties/{evaluatieId}': ['directeur', 'programmaregisseur', 'po'],
  'POST /evaluaties/{evaluatieId}/vaststellingen': ['directeur', 'programmaregisseur', 'po'],
  'POST /evaluaties/{evaluatieId}/acties': ['directeur', 'programmaregisseur', 'po'],
  'PATCH /evaluaties/{evaluatieId}/acties/{actieId}': ALLEN,
};

let api: Api;
let routes: { method: string; pad: string }[];
const accountVan = new Map<Rol, { accountId: string; medewerkerId: string }>();
let ids: Record<string, string>;

beforeAll(async () => {
  api = await startApi();
  const doc = (await call(api.app, 'GET', '/api/v1/openapi.json')).data;
  routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([pad, item]) =>
    Object.keys(item)
      .filter((m) => ['get', 'post', 'patch', 'put', 'delete'].includes(m))
      .map((m) => ({ method: m.toUpperCase(), pad })),
  );
  // Everyone works in team T, which the teamleider leads; each role acts on its own record, so the
  // reach rules (self, own team) let in whom the door lets in.
  const team = await buildTeam(api.app, { naam: 'Matrixteam' });
  const expertise = await buildExpertise(api.app, { naam: 'Matrixexpertise' });
  for (const rol of ROLLEN) {
    const m = await buildMedewerker(api.app, { teamId: team.id });
    await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, {
      expertiseId: expertise.id,
      niveau: 2,
    });
    const accountId = await insertAccount(
      api.db,
      {
        e_mail: `matrix-${rol}@example.nl`,
        naam: `Matrix ${rol}`,
        medewerker_id: m.id,
        wachtwoord_hash: null,
      },
      [rol],
    );
    accountVan.set(rol, { accountId, medewerkerId: m.id });
    if (rol === 'teamleider') {
      await buildLeiding(api.app, team.id, m.id);
    }
  }
  const leiders = (await call(api.app, 'GET', `/api/v1/teams/${team.id}/leidinggevenden`)).data.resultaten;
  const ander = await insertAccount(
    api.db,
    { e_mail: 'matrix-ander@example.nl', naam: 'Ander', medewerker_id: null, wachtwoord_hash: null },
    ['medewerker'],
  );
  const p = await call(api.app, 'POST', '/api/v1/begrotingsprogrammas', {
    begrotingsjaar: 2026,
    code: 'M',
    naam: 'Matrix',
  });
  const b = await call(api.app, 'POST', `/api/v1/begrotingsprogrammas/${p.data.id}/beleidsdoelen`, {
    naam: 'Matrixdoel',
  });
  const doel = await call(api.app, 'POST', `/api/v1/teams/${team.id}/resultaatdoelen`, {
    periode: '2026-Q2',
    titel: 'Matrixresultaat',
    beleidsdoelen: [{ beleidsdoelId: b.data.beleidsdoelen[0].id, gewicht: 1 }],
  });
  // A place in the team, filled by the medewerker: the teamleider reads it, others are refused.
  const plaats = await call(api.app, 'POST', `/api/v1/teams/${team.id}/formatieplaatsen`, {
    functieNaam: 'Matrixfunctie',
    salarisschaal: '9',
    fte: 1,
    ingangsdatum: '2024-01-01',
    soort: 'structureel',
    financiering: 'regulier',
  });
  const plaatsing = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${plaats.data.id}/plaatsingen`, {
    medewerkerId: accountVan.get('medewerker')!.medewerkerId,
    fte: 0.5,
    ingangsdatum: '2024-01-01',
  });
  const tabel = await api.app.inject({
    method: 'POST',
    url: '/api/v1/salaristabellen?geldigVanaf=2024-01-01',
    headers: { ...sessieHeaders(api.app), 'content-type': 'text/csv' },
    payload: 'schaal;trede;bedrag\n9;0;3000\n',
  });
  const lasten = await call(api.app, 'POST', '/api/v1/werkgeverslasten', {
    geldigVanaf: '2024-01-01',
    pensioenPercentage: 10,
    socialePremiesPercentage: 12,
  });
  const budget = await call(api.app, 'POST', `/api/v1/teams/${team.id}/loonsombudgetten`, {
    jaar: 2026,
    bedrag: 100_000,
  });
  ids = {
    salaristabelId: JSON.parse(tabel.body).id,
    werkgeverslastenId: lasten.data.id,
    loonsombudgetId: budget.data.id,
    formatieplaatsId: plaats.data.id,
    plaatsingId: plaatsing.data.id,
    teamId: team.id,
    expertiseId: expertise.id,
    leiderschapId: leiders[0].id,
    accountId: ander,
    resultaatdoelId: doel.data.id,
    begrotingsprogrammaId: p.data.id,
  };
});
afterAll(async () => {
  await api.close();
});

async function verzoek(method: string, pad: string, rol: Rol | null) {
  const headers: Record<string, string> = { cookie: 'geen=1', 'if-match': '"999"' };
  let eigen: { accountId: string; medewerkerId: string } | undefined;
  if (rol) {
    eigen = accountVan.get(rol)!;
    // A fresh session each time: some routes end sessions (logout) or change the account.
    const { token, gebruiker } = await maakSessie(api.db, eigen.accountId, 'oidc', {
      ip: null,
      userAgent: null,
    });
    headers.cookie = `wendbaar_sessie=${token}`;
    headers['x-csrf-token'] = gebruiker.csrfToken;
  }
  const lidmaatschap = eigen
    ? (await call(api.app, 'GET', `/api/v1/medewerkers/${eigen.medewerkerId}/teamlidmaatschappen`)).data
        .resultaten[0].id
    : '00000000-0000-4000-8000-000000000000';
  const url = `/api/v1${pad}`.replace(/\{(\w+)\}/g, (_, naam: string) => {
    if (naam === 'medewerkerId') return eigen?.medewerkerId ?? '00000000-0000-4000-8000-000000000000';
    if (naam === 'lidmaatschapId') return lidmaatschap;
    if (naam === 'week') return '2026-W10';
    if (naam === 'resultaatdoelId') return ids.resultaatdoelId!;
    return ids[naam] ?? '00000000-0000-4000-8000-000000000000';
  });
  return call(
    api.app,
    method as never,
    url,
    method === 'GET' || method === 'DELETE' ? undefined : {},
    headers,
  );
}

describe('authorisation matrix', () => {
  it('has an expectation for every route of the OpenAPI document, and no stale ones', () => {
    const gedocumenteerd = routes.map((r) => `${r.method} ${r.pad}`).sort();
    expect(gedocumenteerd).toEqual(Object.keys(VERWACHT).sort());
  });

  it('lets in exactly the expected roles on every route, and nobody without a login', async () => {
    const afwijkingen: string[] = [];
    for (const { method, pad } of routes) {
      const verwacht = VERWACHT[`${method} ${pad}`]!;
      for (const rol of [null, ...ROLLEN] as (Rol | null)[]) {
        const res = await verzoek(method, pad, rol);
        const binnen = res.statusCode !== 401 && res.statusCode !== 403;
        const moet =
          verwacht === 'publiek' || (rol !== null && (verwacht === 'ingelogd' || verwacht.includes(rol)));
        if (res.statusCode >= 500)
          afwijkingen.push(`${method} ${pad} als ${rol ?? 'anoniem'}: ${res.statusCode} ${res.body}`);
        if (binnen !== moet) {
          afwijkingen.push(
            `${method} ${pad} als ${rol ?? 'anoniem'}: verwacht ${moet ? 'toegang' : 'weigering'}, kreeg ${res.statusCode}`,
          );
        }
        if (!binnen) expect(res.headers['content-type']).toContain('application/problem+json');
      }
    }
    expect(afwijkingen).toEqual([]);
  }, 180_000);
  it('lets only the asker accept a counter-proposal or withdraw a request, not another programmaregisseur', async () => {
    // Two programmaregisseurs may both call these routes (the door); the request is only the asker's.
    const vrager = await loginAls(api.db, ['programmaregisseur']);
    const collega = await loginAls(api.db, ['programmaregisseur']);
    const directeur = await loginAls(api.db, ['directeur']);
    const teamleider = accountVan.get('teamleider')!;
    const leiderSessie = await maakSessie(api.db, teamleider.accountId, 'oidc', {
      ip: null,
      userAgent: null,
    });
    const leider = {
      cookie: `wendbaar_sessie=${leiderSessie.token}`,
      'x-csrf-token': leiderSessie.gebruiker.csrfToken,
    };
    const als = (s: { cookie: string; 'x-csrf-token': string }, versie?: number) => ({
      cookie: s.cookie,
      'x-csrf-token': s['x-csrf-token'],
      ...(versie === undefined ? {} : { 'if-match': `"${versie}"` }),
    });
    const opgave = await call(api.app, 'POST', '/api/v1/opgaven', {
      titel: 'Matrixopgave',
      omschrijving: 'x',
    });
    const vraag = await call(api.app, 'POST', `/api/v1/opgaven/${opgave.data.id}/capaciteitsvragen`, {
      expertiseId: ids.expertiseId,
      minimumNiveau: 1,
      periode: '2027-Q1',
      uren: 40,
    });
    const medewerkerId = accountVan.get('medewerker')!.medewerkerId;
    // The matrix above may have removed it (DELETE …/expertises/{expertiseId} on one's own record).
    await call(api.app, 'POST', `/api/v1/medewerkers/${medewerkerId}/expertises`, {
      expertiseId: ids.expertiseId,
      niveau: 2,
    });
    const vraagAan = async () => {
      const r = await call(
        api.app,
        'POST',
        `/api/v1/capaciteitsvragen/${vraag.data.id}/inzetverzoeken`,
        { medewerkerId, urenPerWeek: 1, vanWeek: '2027-W02', totWeek: '2027-W03' },
        als(vrager),
      );
      expect(r.statusCode, r.body).toBe(201);
      return r.data;
    };
    const stap = (
      s: { cookie: string; 'x-csrf-token': string },
      v: { id: string; versie: number },
      pad: string,
      body = {},
    ) => call(api.app, 'POST', `/api/v1/inzetverzoeken/${v.id}/${pad}`, body, als(s, v.versie));

    const eerste = await vraagAan();
    const tegen = await stap(leider, eerste, 'tegenvoorstellen', {
      urenPerWeek: 1,
      vanWeek: '2027-W04',
      totWeek: '2027-W05',
    });
    expect(tegen.statusCode, tegen.body).toBe(201);
    // What each may do, as the request itself says it (the web app shows the buttons from this).
    const voor = async (s: { cookie: string; 'x-csrf-token': string }) =>
      (await call(api.app, 'GET', `/api/v1/inzetverzoeken/${eerste.id}`, undefined, als(s))).data.mag;
    expect(await voor(vrager)).toMatchObject({ aanvaarden: true, intrekken: true, instemmen: false });
    expect(await voor(collega)).toMatchObject({ aanvaarden: false, intrekken: false });
    expect(await voor(leider)).toMatchObject({ aanvaarden: false, instemmen: false, afwijzen: false });

    for (const s of [collega, directeur]) {
      for (const pad of ['aanvaardingen', 'intrekkingen']) {
        const r = await stap(s, tegen.data, pad);
        expect(r.statusCode, `${pad}: ${r.body}`).toBe(403);
        expect(r.data.detail).toContain('Alleen wie het verzoek deed');
      }
    }
    const tweede = await vraagAan();
    expect((await stap(collega, tweede, 'intrekkingen')).statusCode).toBe(403);
    // Nothing changed by the refusals: the asker still can.
    expect((await stap(vrager, tegen.data, 'aanvaardingen')).statusCode).toBe(201);
    expect((await stap(vrager, tweede, 'intrekkingen')).statusCode).toBe(201);
  });
});
