/**
 * Types of the agile side of the API (tags Programma's, Opgaven, Bestuurlijke ambities,
 * Bestuursopdrachten, Capaciteitsvragen, Portfolio), mirroring the route schemas.
 */

// The states and choices come from the domain itself (pure code the web app may import), so the
// server and the web app cannot drift apart.
import {
  BESLUIT_UITKOMSTEN,
  BESTUURSOPDRACHT_STATUSSEN,
  type BesluitUitkomst,
  type BestuursopdrachtStatus,
  PC_MOMENTEN,
  type PcMoment,
} from '../../domain/bestuursopdracht';
import {
  BETROKKENHEID,
  EIGENAARSCHAP,
  INVLOED,
  OPGAVE_STATUSSEN,
  type OpgaveStatus,
  OVERHEIDSROLLEN,
  type Overheidsrol,
} from '../../domain/opgave';

export type { BesluitUitkomst, BestuursopdrachtStatus, OpgaveStatus, Overheidsrol, PcMoment };
export {
  BESLUIT_UITKOMSTEN,
  BESTUURSOPDRACHT_STATUSSEN,
  BETROKKENHEID,
  EIGENAARSCHAP,
  INVLOED,
  OPGAVE_STATUSSEN,
  OVERHEIDSROLLEN,
  PC_MOMENTEN,
};
export type Betrokkenheid = (typeof BETROKKENHEID)[number];
export type Invloed = (typeof INVLOED)[number];
export type Eigenaarschap = (typeof EIGENAARSCHAP)[number];
export const AMBITIE_BRONNEN = ['coalitieakkoord', 'collegeprogramma', 'nieuw'] as const;
export type AmbitieBron = (typeof AMBITIE_BRONNEN)[number];

export interface PersoonRef {
  medewerkerId: string;
  naam: string;
}

export interface Overgang {
  van: string;
  naar: string;
  toelichting: string | null;
  /** UTC timestamp. */
  op: string;
  door: string | null;
}

/** What is missing for a step (the domain's Probleem). */
export interface Ontbreekt {
  veld: string;
  code: string;
  melding: string;
}

// ---------------------------------------------------------------- programma's

export interface Programma {
  id: string;
  naam: string;
  omschrijving: string | null;
  programmaregisseur: PersoonRef | null;
  aantalOpgaven: number;
  aantalBestuursopdrachten: number;
  versie: number;
}

export interface ProgrammaInvoer {
  naam?: string;
  omschrijving?: string | null;
  programmaregisseurMedewerkerId?: string | null;
}

// ---------------------------------------------------------------- capaciteitsvragen

export interface Capaciteitsvraag {
  id: string;
  dossier: { soort: 'opgave' | 'bestuursopdracht'; id: string; titel: string };
  expertise: { id: string; naam: string };
  minimumNiveau: number;
  team: { id: string; naam: string } | null;
  /** A quarter, e.g. 2027-Q1. */
  periode: string;
  uren: number;
  /** 1 (low) to 5 (high): weighs in the verdeelvoorstel. */
  prioriteit: number;
  toelichting: string | null;
  versie: number;
}

export interface CapaciteitsvraagInvoer {
  expertiseId: string;
  minimumNiveau: number;
  teamId?: string | null;
  periode: string;
  uren: number;
  prioriteit?: number;
  toelichting?: string | null;
}

// ---------------------------------------------------------------- opgaven

export interface Rolbepaling {
  eigenaarschap: Eigenaarschap;
  overheidsrolPrimair: Overheidsrol;
  overheidsrolSecundair: Overheidsrol[];
  datum: string;
  /** Reference of the college decision. */
  besluit: string;
}

export interface OpgaveSamenvatting {
  id: string;
  titel: string;
  omschrijving: string | null;
  status: OpgaveStatus;
  volgendeStatussen: OpgaveStatus[];
  programma: { id: string; naam: string } | null;
  programmaregisseur: PersoonRef | null;
  rolbepaling: Rolbepaling | null;
  strategie: string | null;
  aanpak: string | null;
  evaluatie: string | null;
  urenGevraagd: number;
  versie: number;
}

export interface Stakeholder {
  id: string;
  naam: string;
  soort: 'intern' | 'extern';
  belang: string | null;
  invloed: Invloed;
  betrokkenheid: Betrokkenheid;
}

export interface Opgave extends OpgaveSamenvatting {
  stakeholders: Stakeholder[];
  bevindingen: { id: string; datum: string; tekst: string }[];
  ambities: { id: string; titel: string }[];
  capaciteitsvragen: Capaciteitsvraag[];
  overgangen: Overgang[];
}

export interface OpgaveInvoer {
  titel?: string;
  omschrijving?: string | null;
  programmaId?: string | null;
  programmaregisseurMedewerkerId?: string | null;
  strategie?: string | null;
  aanpak?: string | null;
  evaluatie?: string | null;
  ambitieIds?: string[];
}

export interface StakeholderInvoer {
  naam: string;
  soort: string;
  belang?: string | null;
  invloed: string;
  betrokkenheid: string;
}

// ---------------------------------------------------------------- bestuurlijke ambities

export interface DossierRef {
  id: string;
  titel: string;
  status: string;
}

export interface Ambitie {
  id: string;
  titel: string;
  tekst: string | null;
  bron: AmbitieBron;
  portefeuillehouder: string;
  /** Percent, 0–100. */
  voortgang: number | null;
  voortgangToelichting: string | null;
  opgaven: DossierRef[];
  bestuursopdrachten: DossierRef[];
  versie: number;
}

export interface AmbitieInvoer {
  titel?: string;
  bron?: string;
  portefeuillehouder?: string;
  tekst?: string | null;
  voortgang?: number | null;
  voortgangToelichting?: string | null;
  opgaveIds?: string[];
}

// ---------------------------------------------------------------- bestuursopdrachten

export interface Verkenning {
  doel: string | null;
  wens: string | null;
  probleemEnOorzaak: string | null;
  beeldVanSucces: string | null;
  gewensteAanpak: string | null;
  collegeleden: string[];
}

export interface Doelstelling {
  omschrijving: string;
  indicator: string | null;
}

export interface Mijlpaal {
  titel: string;
  datum: string;
}

export interface BudgetRegel {
  begrotingsprogrammaId: string;
  bedrag: number;
  toelichting: string | null;
}

export interface Rollen {
  bestuurlijkOpdrachtgever: string | null;
  ambtelijkOpdrachtgever: string | null;
  opdrachtnemer: string | null;
  teams: { teamId: string; rol: string }[];
}

export interface Verantwoording {
  moment: PcMoment;
  omschrijving: string;
}

export interface Besluit {
  id: string;
  versie: number;
  uitkomst: BesluitUitkomst;
  besluitnummer: string;
  datum: string;
  voorwaarden: string | null;
}

export interface VersieSamenvatting {
  nummer: number;
  sha256: string;
  ingediendOp: string;
  besluit: Besluit | null;
}

export interface BestuursopdrachtSamenvatting {
  id: string;
  titel: string;
  status: BestuursopdrachtStatus;
  volgendeStatussen: BestuursopdrachtStatus[];
  bewerkbaar: boolean;
  ambitie: { id: string; titel: string } | null;
  programma: { id: string; naam: string } | null;
  bestuurlijkOpdrachtgever: string | null;
  ambtelijkOpdrachtgever: string | null;
  mijlpalen: Mijlpaal[];
  versie: number;
}

export interface Bestuursopdracht extends BestuursopdrachtSamenvatting {
  verkenning: Verkenning;
  doelstellingen: Doelstelling[];
  budget: BudgetRegel[];
  rollen: Rollen;
  verantwoording: Verantwoording[];
  besluitvormingsproces: string | null;
  capaciteitsvragen: Capaciteitsvraag[];
  ontbreektVoorIndiening: Ontbreekt[];
  versies: VersieSamenvatting[];
  besluiten: Besluit[];
  overgangen: Overgang[];
}

/** PATCH per section: a section sent replaces the stored one. */
export interface BestuursopdrachtInvoer {
  titel?: string;
  ambitieId?: string | null;
  programmaId?: string | null;
  verkenning?: Verkenning;
  doelstellingen?: Doelstelling[];
  mijlpalen?: Mijlpaal[];
  budget?: BudgetRegel[];
  rollen?: Rollen;
  verantwoording?: Verantwoording[];
  besluitvormingsproces?: string | null;
}

export interface Verschil {
  /** Path of the field, e.g. `verkenning.doel` or `mijlpalen[1].datum`. */
  veld: string;
  oud: string | number | boolean | null;
  nieuw: string | number | boolean | null;
}

export interface Verschillen {
  van: number;
  naar: number | 'concept';
  verschillen: Verschil[];
}

export interface BesluitInvoer {
  versie: number;
  uitkomst: string;
  besluitnummer: string;
  datum: string;
  voorwaarden?: string | null;
}

export interface BesluitMetOpdracht extends Besluit {
  bestuursopdracht: { id: string; titel: string };
}

// ---------------------------------------------------------------- portfolio

export interface PortfolioDossier {
  soort: 'opgave' | 'bestuursopdracht';
  id: string;
  titel: string;
  status: string;
  programma: { id: string; naam: string } | null;
  eigenaar: string | null;
  vraag: { periode: string; uren: number }[];
  totaalUren: number;
}

export interface Portfolio {
  perioden: { sleutel: string; van: string; tot: string }[];
  dossiers: PortfolioDossier[];
  totalen: { periode: string; uren: number }[];
  mijlpalen: { bestuursopdracht: { id: string; titel: string }; titel: string; datum: string }[];
}
