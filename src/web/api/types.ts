/**
 * Types of the Wendbaar API (`/api/v1`), mirroring docs/api.md. Dates are `YYYY-MM-DD` strings,
 * timestamps ISO 8601 UTC strings. Ids are opaque strings.
 */

export type IsoDate = string;

export interface Href {
  href: string;
}

export interface ListLinks {
  self: Href;
  first: Href;
  last: Href;
  prev?: Href;
  next?: Href;
}

export interface ListResponse<T> {
  resultaten: T[];
  aantal: number;
  pagina: number;
  paginaGrootte: number;
  _links: ListLinks;
}

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  invalidParams?: InvalidParam[];
}

// ---------------------------------------------------------------- teams

export type TeamSoort = 'directie' | 'basisteam';
export type LeiderschapRol = 'teamleider' | 'directeur';

export interface Leiderschap {
  id: string;
  teamId: string;
  teamNaam: string;
  medewerkerId: string;
  naam: string;
  rol: LeiderschapRol;
  gemeentesecretaris: boolean;
  ingangsdatum: IsoDate;
  einddatum: IsoDate | null;
}

export interface Team {
  id: string;
  naam: string;
  soort: TeamSoort;
  parentId: string | null;
  parentNaam: string | null;
  omschrijving: string | null;
  opgehevenOp: IsoDate | null;
  versie: number;
  aantalMedewerkers: number;
  fte: number;
  leidinggevenden: Leiderschap[];
  /**
   * The share kept for robust work (0..1; null: the organisation's default), set with
   * PUT /teams/{id}/reservering. Optional: not every server version includes it in a team.
   */
  robuustReservering?: number | null;
  _links?: Record<string, Href>;
}

export interface TeamListParams {
  soort?: TeamSoort | '';
  zoek?: string;
  status?: 'actief' | 'opgeheven' | 'alle';
  parentId?: string;
  sorteer?: string;
  pagina?: number;
  paginaGrootte?: number;
}

export interface NewTeam {
  naam: string;
  soort: TeamSoort;
  parentId?: string | null;
  omschrijving?: string | null;
}

export interface TeamPatch {
  naam?: string;
  parentId?: string | null;
  omschrijving?: string | null;
  opgehevenOp?: IsoDate | null;
}

export interface TeamLid {
  lidmaatschapId: string;
  medewerkerId: string;
  naam: string;
  functie: string;
  urenPerWeek: number;
  fte: number;
  ingangsdatum: IsoDate;
  einddatum: IsoDate | null;
}

export interface ExpertiseMatrix {
  expertises: { id: string; naam: string; categorie: string }[];
  rijen: {
    medewerkerId: string;
    naam: string;
    cellen: { expertiseId: string; niveau: number; ambitie: boolean }[];
  }[];
}

export interface NewLeiderschap {
  medewerkerId: string;
  rol: LeiderschapRol;
  gemeentesecretaris?: boolean;
  ingangsdatum: IsoDate;
}

// ---------------------------------------------------------------- medewerkers

export type Zicht = 'volledig' | 'inzetbaarheid' | 'basis';

export type MedewerkerStatus = 'in-dienst' | 'uit-dienst' | 'alle';

export interface Medewerker {
  id: string;
  personeelsnummer: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  naam: string;
  eMail: string;
  functie: string;
  /** null when the caller may not see it (see `zicht`). */
  schaal: number | null;
  trede: number | null;
  inDienst: IsoDate | null;
  uitDienst: IsoDate | null;
  team: { id: string; naam: string } | null;
  urenPerWeek: number | null;
  fte: number | null;
  /**
   * What the caller sees of this person: everything, hours and expertise (a programmaregisseur), or
   * the directory basics. Fields the caller may not see are null.
   */
  zicht: Zicht;
  versie: number;
  _links?: Record<string, Href>;
}

export interface Teamlidmaatschap {
  id: string;
  teamId: string;
  teamNaam: string;
  ingangsdatum: IsoDate;
  einddatum: IsoDate | null;
}

export interface Contracturen {
  id: string;
  urenPerWeek: number;
  fte: number;
  ingangsdatum: IsoDate;
  einddatum: IsoDate | null;
}

export interface MedewerkerExpertise {
  expertiseId: string;
  naam: string;
  categorie: string;
  niveau: number;
  ambitie: boolean;
  versie: number;
}

export interface MedewerkerDetail extends Medewerker {
  teamhistorie: Teamlidmaatschap[];
  contracthistorie: Contracturen[];
  expertises: MedewerkerExpertise[];
  leidinggevende: Leiderschap[];
}

export interface MedewerkerListParams {
  teamId?: string;
  zoek?: string;
  functie?: string;
  status?: MedewerkerStatus;
  expertiseId?: string;
  minNiveau?: number;
  sorteer?: string;
  pagina?: number;
  paginaGrootte?: number;
}

export interface NewMedewerker {
  personeelsnummer: string;
  voornaam: string;
  tussenvoegsel?: string | null;
  achternaam: string;
  eMail: string;
  functie: string;
  schaal: number | null;
  trede: number | null;
  inDienst: IsoDate;
  uitDienst?: IsoDate | null;
  teamId: string;
  urenPerWeek: number | null;
}

export interface MedewerkerPatch {
  voornaam?: string;
  tussenvoegsel?: string | null;
  achternaam?: string;
  eMail?: string;
  functie?: string;
  schaal?: number | null;
  trede?: number | null;
  uitDienst?: IsoDate | null;
}

export interface NewContracturen {
  urenPerWeek: number | null;
  ingangsdatum: IsoDate;
}

export interface NewTeamlidmaatschap {
  teamId: string;
  ingangsdatum: IsoDate;
}

export interface NewMedewerkerExpertise {
  expertiseId: string;
  niveau: number | null;
  ambitie: boolean;
}

// ---------------------------------------------------------------- expertises

export type ExpertiseStatus = 'actief' | 'vervallen' | 'alle';

export interface Expertise {
  id: string;
  naam: string;
  categorie: string;
  omschrijving: string | null;
  vervallen: boolean;
  aantalMedewerkers: number;
  versie: number;
  _links?: Record<string, Href>;
}

export interface ExpertiseDetail extends Expertise {
  perNiveau: Record<'1' | '2' | '3' | '4', number>;
  ambitie: number;
}

export interface ExpertiseListParams {
  zoek?: string;
  categorie?: string;
  status?: ExpertiseStatus;
  sorteer?: string;
  pagina?: number;
  paginaGrootte?: number;
}

export interface NewExpertise {
  naam: string;
  categorie: string;
  omschrijving?: string | null;
}

export interface ExpertisePatch {
  naam?: string;
  categorie?: string;
  omschrijving?: string | null;
  vervallen?: boolean;
}

// ---------------------------------------------------------------- organisation

export type WijzigingSoort = 'teamwissel' | 'contractwijziging' | 'uitDienst' | 'inDienst';

export interface Organisatie {
  peildatum: IsoDate;
  aantalTeams: number;
  aantalBasisteams: number;
  aantalMedewerkers: number;
  fte: number;
  teams: {
    id: string;
    naam: string;
    soort: TeamSoort;
    aantalMedewerkers: number;
    fte: number;
    teamleiders: { medewerkerId: string; naam: string }[];
  }[];
  openWijzigingen: {
    soort: WijzigingSoort;
    datum: IsoDate;
    medewerkerId: string;
    naam: string;
    omschrijving: string;
  }[];
  signalen: {
    teamsZonderTeamleider: { id: string; naam: string }[];
    /** The first 100 by name (empty when the caller may not see people's names). */
    medewerkersZonderTeam: { id: string; naam: string }[];
    /** How many in all: a figure everyone may see. */
    aantalMedewerkersZonderTeam: number;
  };
  /** True when the caller may not see named changes and signals about people (they are left empty). */
  persoonsgegevensVerborgen: boolean;
}

export interface OrganogramTeam {
  id: string;
  naam: string;
  aantalMedewerkers: number;
  fte: number;
}

export interface Organogram {
  directie: {
    id: string;
    naam: string;
    directeuren: { medewerkerId: string; naam: string; gemeentesecretaris: boolean }[];
  }[];
  teamleiders: { medewerkerId: string; naam: string; teams: OrganogramTeam[] }[];
  teamsZonderTeamleider: OrganogramTeam[];
}

export interface Zoektreffer {
  id: string;
  naam: string;
  omschrijving: string | null;
}

export interface Zoekresultaten {
  medewerkers: Zoektreffer[];
  teams: Zoektreffer[];
  expertises: Zoektreffer[];
}
