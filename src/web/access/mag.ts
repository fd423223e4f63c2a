/**
 * What a role may do, for the menu and the buttons: a mirror of the server's policy table
 * (src/access/policy.ts). The server decides; this table only keeps the UI from offering what the
 * server would refuse. Each action names the route it stands for, and a test
 * (test/e2e/toegang-tabel.e2e.test.ts) checks that the roles here equal the roles there.
 */
import type { Rol, Sessie } from '../api/toegang.types';
import type { BestuursopdrachtStatus, OpgaveStatus } from '../api/wendbaar.types';

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
const STRUCTUUR: readonly Rol[] = ['directeur', 'po'];
/** The agile portfolio: those who steer, staff or decide on it (not the OR). */
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
const BESLISSERS: readonly Rol[] = ['teamleider', 'directeur'];

export const TOEGANG = {
  'organisatie.bekijken': { route: 'GET /organisatie', rollen: IEDEREEN },
  'organogram.bekijken': { route: 'GET /organisatie/organogram', rollen: IEDEREEN },
  zoeken: { route: 'GET /zoekresultaten', rollen: ORGANISATIE },
  'teams.bekijken': { route: 'GET /teams', rollen: IEDEREEN },
  'teams.aanmaken': { route: 'POST /teams', rollen: STRUCTUUR },
  'teams.wijzigen': { route: 'PATCH /teams/{teamId}', rollen: STRUCTUUR },
  'teams.leden': { route: 'GET /teams/{teamId}/leden', rollen: ORGANISATIE },
  'teams.expertiseMatrix': {
    route: 'GET /teams/{teamId}/expertise-matrix',
    rollen: ['teamleider', 'programmaregisseur', 'directeur', 'po'],
  },
  'teams.leidinggevendenWijzigen': { route: 'POST /teams/{teamId}/leidinggevenden', rollen: STRUCTUUR },
  'teams.leiderschapBeeindigen': {
    route: 'PATCH /teams/{teamId}/leidinggevenden/{leiderschapId}',
    rollen: STRUCTUUR,
  },
  'medewerkers.bekijken': { route: 'GET /medewerkers', rollen: ORGANISATIE },
  'medewerkers.aanmaken': { route: 'POST /medewerkers', rollen: ['po'] },
  'medewerkers.wijzigen': { route: 'PATCH /medewerkers/{medewerkerId}', rollen: ['po'] },
  'medewerkers.contracturenWijzigen': {
    route: 'POST /medewerkers/{medewerkerId}/contracturen',
    rollen: ['po'],
  },
  'medewerkers.teamWijzigen': {
    route: 'POST /medewerkers/{medewerkerId}/teamlidmaatschappen',
    rollen: ['po'],
  },
  'medewerkerExpertises.wijzigen': {
    route: 'POST /medewerkers/{medewerkerId}/expertises',
    rollen: ['medewerker', 'teamleider', 'directeur', 'po'],
  },
  'expertises.bekijken': { route: 'GET /expertises', rollen: IEDEREEN },
  'expertises.wijzigen': { route: 'POST /expertises', rollen: ['po', 'beheerder'] },
  'persoonsgegevens.downloaden': { route: 'GET /accounts/huidig/persoonsgegevens', rollen: IEDEREEN },
  'accounts.beheren': { route: 'GET /accounts', rollen: ['beheerder'] },
  'medewerkers.anonimiseren': {
    route: 'POST /medewerkers/{medewerkerId}/anonimiseringen',
    rollen: ['beheerder'],
  },
  'audit.bekijken': { route: 'GET /auditregels', rollen: ['beheerder'] },
  'organisatie.capaciteit': {
    route: 'GET /organisatie/capaciteit',
    rollen: ['teamleider', 'programmaregisseur', 'directeur', 'po', 'or', 'college'],
  },
  'teams.beschikbaarheid': {
    route: 'GET /teams/{teamId}/beschikbaarheid',
    rollen: ['teamleider', 'programmaregisseur', 'directeur', 'po'],
  },
  'afwezigheid.wijzigen': {
    route: 'PUT /medewerkers/{medewerkerId}/afwezigheid/{week}',
    rollen: ['medewerker', 'teamleider', 'directeur', 'po'],
  },
  'resultaatdoelen.bekijken': { route: 'GET /teams/{teamId}/resultaatdoelen', rollen: ORGANISATIE },
  'resultaatdoelen.aanmaken': {
    route: 'POST /teams/{teamId}/resultaatdoelen',
    rollen: ['teamleider', 'directeur'],
  },
  'resultaatdoelen.prioriteren': {
    route: 'POST /teams/{teamId}/prioriteringen',
    rollen: ['teamleider', 'directeur'],
  },
  'resultaatdoelen.openen': { route: 'GET /resultaatdoelen/{resultaatdoelId}', rollen: ORGANISATIE },
  'resultaatdoelen.wijzigen': {
    route: 'PATCH /resultaatdoelen/{resultaatdoelId}',
    rollen: ['teamleider', 'directeur'],
  },
  'voortgang.bekijken': { route: 'GET /resultaatdoelen/{resultaatdoelId}/voortgang', rollen: ORGANISATIE },
  'voortgang.vastleggen': {
    route: 'POST /resultaatdoelen/{resultaatdoelId}/voortgang',
    rollen: ['teamleider', 'directeur'],
  },
  'begroting.bekijken': { route: 'GET /begrotingsprogrammas', rollen: IEDEREEN },
  'begroting.programmaToevoegen': { route: 'POST /begrotingsprogrammas', rollen: ['directeur', 'beheerder'] },
  'begroting.beleidsdoelToevoegen': {
    route: 'POST /begrotingsprogrammas/{begrotingsprogrammaId}/beleidsdoelen',
    rollen: ['directeur', 'beheerder'],
  },
  'inzet.bekijken': {
    route: 'GET /teams/{teamId}/inzet',
    rollen: ['teamleider', 'programmaregisseur', 'directeur', 'po'],
  },
  'inzet.wijzigen': {
    route: 'PUT /resultaatdoelen/{resultaatdoelId}/inzet/{medewerkerId}',
    rollen: ['teamleider', 'directeur'],
  },
  // The agile side
  'portfolio.bekijken': { route: 'GET /portfolio', rollen: DOSSIER_LEZERS },
  'programmas.bekijken': { route: 'GET /programmas', rollen: DOSSIER_LEZERS },
  'programmas.aanmaken': { route: 'POST /programmas', rollen: ['directeur'] },
  'programmas.wijzigen': { route: 'PATCH /programmas/{programmaId}', rollen: DOSSIER_SCHRIJVERS },
  'opgaven.bekijken': { route: 'GET /opgaven', rollen: DOSSIER_LEZERS },
  'opgaven.aanmaken': { route: 'POST /opgaven', rollen: DOSSIER_SCHRIJVERS },
  'opgaven.openen': { route: 'GET /opgaven/{opgaveId}', rollen: DOSSIER_LEZERS },
  'opgaven.wijzigen': { route: 'PATCH /opgaven/{opgaveId}', rollen: DOSSIER_SCHRIJVERS },
  'opgaven.stap': { route: 'POST /opgaven/{opgaveId}/overgangen', rollen: DOSSIER_SCHRIJVERS },
  'opgaven.stakeholderToevoegen': {
    route: 'POST /opgaven/{opgaveId}/stakeholders',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'opgaven.stakeholderVerwijderen': {
    route: 'DELETE /opgaven/{opgaveId}/stakeholders/{stakeholderId}',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'opgaven.bevindingToevoegen': { route: 'POST /opgaven/{opgaveId}/bevindingen', rollen: DOSSIER_SCHRIJVERS },
  'opgaven.bevindingWijzigen': {
    route: 'PATCH /opgaven/{opgaveId}/bevindingen/{bevindingId}',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'opgaven.bevindingVerwijderen': {
    route: 'DELETE /opgaven/{opgaveId}/bevindingen/{bevindingId}',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'opgaven.rolbepaling': {
    route: 'PUT /opgaven/{opgaveId}/rolbepaling',
    rollen: ['college', 'directeur', 'programmaregisseur'],
  },
  'opgaven.capaciteitsvraagToevoegen': {
    route: 'POST /opgaven/{opgaveId}/capaciteitsvragen',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'capaciteitsvragen.wijzigen': {
    route: 'PATCH /capaciteitsvragen/{capaciteitsvraagId}',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'capaciteitsvragen.verwijderen': {
    route: 'DELETE /capaciteitsvragen/{capaciteitsvraagId}',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'ambities.bekijken': { route: 'GET /bestuurlijke-ambities', rollen: DOSSIER_LEZERS },
  'ambities.aanmaken': { route: 'POST /bestuurlijke-ambities', rollen: AMBITIE_SCHRIJVERS },
  'ambities.wijzigen': { route: 'PATCH /bestuurlijke-ambities/{ambitieId}', rollen: AMBITIE_SCHRIJVERS },
  'bestuursopdrachten.bekijken': { route: 'GET /bestuursopdrachten', rollen: DOSSIER_LEZERS },
  'bestuursopdrachten.aanmaken': { route: 'POST /bestuursopdrachten', rollen: DOSSIER_SCHRIJVERS },
  'bestuursopdrachten.openen': {
    route: 'GET /bestuursopdrachten/{bestuursopdrachtId}',
    rollen: DOSSIER_LEZERS,
  },
  'bestuursopdrachten.wijzigen': {
    route: 'PATCH /bestuursopdrachten/{bestuursopdrachtId}',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'bestuursopdrachten.stap': {
    route: 'POST /bestuursopdrachten/{bestuursopdrachtId}/overgangen',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'bestuursopdrachten.capaciteitsvraagToevoegen': {
    route: 'POST /bestuursopdrachten/{bestuursopdrachtId}/capaciteitsvragen',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'bestuursopdrachten.versies': {
    route: 'GET /bestuursopdrachten/{bestuursopdrachtId}/versies',
    rollen: DOSSIER_LEZERS,
  },
  'bestuursopdrachten.verschillen': {
    route: 'GET /bestuursopdrachten/{bestuursopdrachtId}/versies/{versieNummer}/verschillen',
    rollen: DOSSIER_LEZERS,
  },
  'bestuursopdrachten.collegevoorstel': {
    route: 'GET /bestuursopdrachten/{bestuursopdrachtId}/collegevoorstel',
    rollen: DOSSIER_LEZERS,
  },
  'besluiten.nemen': {
    route: 'POST /bestuursopdrachten/{bestuursopdrachtId}/besluiten',
    rollen: ['college'],
  },
  'besluiten.bekijken': { route: 'GET /besluiten', rollen: DOSSIER_LEZERS },
  // Staffing the agile side
  'instellingen.bekijken': { route: 'GET /instellingen', rollen: IEDEREEN },
  'kandidaten.bekijken': {
    route: 'GET /capaciteitsvragen/{capaciteitsvraagId}/kandidaten',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'inzetverzoeken.aanvragen': {
    route: 'POST /capaciteitsvragen/{capaciteitsvraagId}/inzetverzoeken',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'inzetverzoeken.bekijken': { route: 'GET /inzetverzoeken', rollen: INZET_BETROKKENEN },
  'inzetverzoeken.instemmen': {
    route: 'POST /inzetverzoeken/{inzetverzoekId}/instemmingen',
    rollen: BESLISSERS,
  },
  'inzetverzoeken.afwijzen': {
    route: 'POST /inzetverzoeken/{inzetverzoekId}/afwijzingen',
    rollen: BESLISSERS,
  },
  'inzetverzoeken.tegenvoorstel': {
    route: 'POST /inzetverzoeken/{inzetverzoekId}/tegenvoorstellen',
    rollen: BESLISSERS,
  },
  'inzetverzoeken.aanvaarden': {
    route: 'POST /inzetverzoeken/{inzetverzoekId}/aanvaardingen',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'inzetverzoeken.intrekken': {
    route: 'POST /inzetverzoeken/{inzetverzoekId}/intrekkingen',
    rollen: DOSSIER_SCHRIJVERS,
  },
  'inzetverzoeken.statistiek': { route: 'GET /organisatie/inzetverzoeken', rollen: STRUCTUUR },
  'teams.reservering': { route: 'PUT /teams/{teamId}/reservering', rollen: BESLISSERS },
  'verdeelvoorstellen.bekijken': { route: 'GET /verdeelvoorstellen', rollen: DOSSIER_SCHRIJVERS },
  'verdeelvoorstellen.starten': { route: 'POST /verdeelvoorstellen', rollen: DOSSIER_SCHRIJVERS },
  'verdeelvoorstellen.omzetten': {
    route: 'POST /verdeelvoorstellen/{verdeelvoorstelId}/inzetverzoeken',
    rollen: DOSSIER_SCHRIJVERS,
  },
} as const satisfies Record<string, { route: string; rollen: readonly Rol[] }>;

export type Actie = keyof typeof TOEGANG;

/** May someone with these roles do this? */
export function mag(rollen: readonly Rol[], actie: Actie): boolean {
  const toegestaan: readonly Rol[] = TOEGANG[actie].rollen;
  return rollen.some((rol) => toegestaan.includes(rol));
}

/**
 * Who may take a dossier into a state, on top of who may call the step's route: a mirror of
 * `STAPPEN` in src/access/policy.ts (checked by the same test). The states a college besluit leads
 * to are reached only through the besluit itself.
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

/** May someone with these roles take an opgave or a bestuursopdracht into this state? */
export function magStap<K extends keyof typeof STAPPEN>(
  rollen: readonly Rol[],
  soort: K,
  naar: keyof (typeof STAPPEN)[K],
): boolean {
  const wie = STAPPEN[soort][naar] as readonly Rol[];
  return rollen.some((r) => wie.includes(r));
}

const heeft = (sessie: Sessie, ...rollen: Rol[]) => sessie.account.rollen.some((r) => rollen.includes(r));

/**
 * A team in full (its expertise matrix): its own teamleider, programmaregisseurs, directie and P&O
 * (the reach rule `magTeamVolledigZien` of src/access/gebruiker.ts).
 */
export function magTeamVolledigZien(sessie: Sessie, teamId: string): boolean {
  if (heeft(sessie, 'directeur', 'po', 'programmaregisseur')) return true;
  return heeft(sessie, 'teamleider') && sessie.teamIds.includes(teamId);
}

/**
 * Plan a team's result goals (change them, record progress): the directie for every team, a teamleider
 * for the own teams (the reach rule `magTeamPlannen` of src/access/gebruiker.ts).
 */
export function magTeamPlannen(sessie: Sessie, teamId: string): boolean {
  if (heeft(sessie, 'directeur')) return true;
  return heeft(sessie, 'teamleider') && sessie.teamIds.includes(teamId);
}

/**
 * Which columns of personnel data a list can show for these roles: scale and start date for those
 * who may see anyone's personnel data in full (directie, P&O, a teamleider for the own teams), hours
 * also for a programmaregisseur. Rows the caller may not see still hide their values.
 */
export function zichtbareKolommen(rollen: readonly Rol[]): { personeel: boolean; uren: boolean } {
  const personeel = rollen.some((r) => r === 'directeur' || r === 'po' || r === 'teamleider');
  return { personeel, uren: personeel || rollen.includes('programmaregisseur') };
}
