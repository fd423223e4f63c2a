import type { BestuursopdrachtStatus } from '../domain/bestuursopdracht';
import { BESTUURSOPDRACHT_STATUSSEN } from '../domain/bestuursopdracht';
import { VOLGENDE_BESTUURSOPDRACHTSTAP, VOLGENDE_OPGAVESTAP } from '../domain/mijn-werk';
import { OPGAVE_STATUSSEN, type OpgaveStatus } from '../domain/opgave';
import { bestuursopdrachtMag, magNaarStatus } from './dossier';
import { magAlleTeamFormatiesZien, magTeamFormatieZien } from './formatie';
import { type Gebruiker, magPersoonssignalenZien } from './gebruiker';
import { magAlleTeamLoonsommenZien, magTeamLoonsomZien } from './loonsom';
import { STAPPEN } from './policy';
import { magRoute } from './routes';
import { magAlleTeamsWerkdrukZien, magTeamWerkdrukZien } from './werkdruk';

/**
 * How far a person's home reaches: whose requests wait on them, which teams and dossiers are
 * theirs, and which steps are theirs to take. The home never shows more than the pages it links
 * to would: a teamleider gets the requests and signals of the teams she leads today only.
 */
export interface MijnWerkBereik {
  /** Teams whose asked requests wait on this caller's consent. */
  verzoekTeamIds: string[];
  /** The directie answers requests whose team has no teamleider who can log in. */
  verzoekenZonderBeslisser: boolean;
  /** Counter-proposals wait on the account that asked. */
  tegenvoorstellen: boolean;
  /** The dossiers one directs as programmaregisseur (by the linked medewerker). */
  regisseurMedewerkerId: string | null;
  /** States of dossiers whose next step is reserved to a role of the caller (not the regisseur's). */
  besluitStatussen: { opgave: OpgaveStatus[]; bestuursopdracht: BestuursopdrachtStatus[] };
  /** Whether the caller confirms proposed rolbepalingen (the college). */
  rolbepalingBevestigen: boolean;
  /** Signals about people: of these teams, or of all (`'alle'`). */
  signalen: 'alle' | string[];
  /** Teams shown at a glance: the teams led, or for a plain medewerker her own team. */
  eigenTeamAlsLid: boolean;
  /** Vacancies and surplus of these teams, or counted over all (`'alle'`): as the formatie pages reach. */
  formatie: 'alle' | string[];
  /** Teams over their loonsombudget: as the loonsom pages reach. */
  loonsom: 'alle' | string[];
  /**
   * Teams with a raised werkdruksignaal (issue 14): the directie, P&O and the OR (who watch the
   * werkdruk for the works council) counted over all, a teamleider her own teams by name.
   */
  werkdruk: 'alle' | string[];
}

const heeft = (g: Gebruiker, rol: Gebruiker['rollen'][number]) => g.rollen.includes(rol);

/** A step that only someone other than the dossier's regisseur takes: a besluit of college or directie. */
function isVoorbehouden(soort: 'opgave' | 'bestuursopdracht', naar: string): boolean {
  const wie = (STAPPEN[soort] as Record<string, readonly string[]>)[naar] ?? [];
  return !wie.includes('programmaregisseur');
}

export function mijnWerkBereik(g: Gebruiker): MijnWerkBereik {
  const mag = (sleutel: string) => magRoute(g, sleutel);
  const opgave = OPGAVE_STATUSSEN.filter((s) => {
    const naar = VOLGENDE_OPGAVESTAP[s];
    return (
      naar !== null &&
      isVoorbehouden('opgave', naar) &&
      mag('POST /opgaven/{opgaveId}/overgangen') &&
      magNaarStatus(g.rollen, 'opgave', naar)
    );
  });
  const bestuursopdracht = BESTUURSOPDRACHT_STATUSSEN.filter((s) => {
    const naar = VOLGENDE_BESTUURSOPDRACHTSTAP[s];
    if (naar === null || !isVoorbehouden('bestuursopdracht', naar)) return false;
    if (s === 'ter-besluitvorming') return bestuursopdrachtMag(g, s).besluiten;
    return bestuursopdrachtMag(g, s).stappen.includes(naar);
  });
  const leidt = heeft(g, 'teamleider') && g.teamIds.length > 0;
  return {
    verzoekTeamIds: leidt && mag('POST /inzetverzoeken/{inzetverzoekId}/instemmingen') ? [...g.teamIds] : [],
    verzoekenZonderBeslisser:
      heeft(g, 'directeur') && mag('POST /inzetverzoeken/{inzetverzoekId}/instemmingen'),
    tegenvoorstellen: mag('POST /inzetverzoeken/{inzetverzoekId}/aanvaardingen'),
    regisseurMedewerkerId: heeft(g, 'programmaregisseur') ? g.medewerkerId : null,
    besluitStatussen: { opgave, bestuursopdracht },
    rolbepalingBevestigen: mag('POST /opgaven/{opgaveId}/rolbepaling/bevestigingen'),
    signalen: magPersoonssignalenZien(g) ? 'alle' : leidt ? [...g.teamIds] : [],
    // Those who steer or direct have their own glance (signals, dossiers); a medewerker sees her team.
    eigenTeamAlsLid: !leidt && g.medewerkerId !== null && g.rollen.every((r) => r === 'medewerker'),
    formatie: magAlleTeamFormatiesZien(g) ? 'alle' : g.teamIds.filter((id) => magTeamFormatieZien(g, id)),
    loonsom: magAlleTeamLoonsommenZien(g) ? 'alle' : g.teamIds.filter((id) => magTeamLoonsomZien(g, id)),
    werkdruk: magAlleTeamsWerkdrukZien(g)
      ? 'alle'
      : leidt
        ? g.teamIds.filter((id) => magTeamWerkdrukZien(g, id))
        : [],
  };
}
