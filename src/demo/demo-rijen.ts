/*
 * Rows of the demo municipality as plain objects with the column names of src/db/schema.ts, ready
 * for the loader. Ids are fixed UUIDs so one seed always gives the same organisation.
 */
export interface DemoTeam {
  id: string;
  naam: string;
  soort: 'directie' | 'basisteam';
  parent_id: string | null;
  omschrijving: string | null;
  opgeheven_op: string | null;
}
export interface DemoMedewerker {
  id: string;
  personeelsnummer: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  e_mail: string;
  functie: string;
  schaal: number;
  trede: number;
  in_dienst: string;
  uit_dienst: string | null;
}
export interface DemoContracturen {
  id: string;
  medewerker_id: string;
  uren_per_week: number;
  ingangsdatum: string;
  einddatum: string | null;
}
export interface DemoTeamlidmaatschap {
  id: string;
  medewerker_id: string;
  team_id: string;
  ingangsdatum: string;
  einddatum: string | null;
}
export interface DemoLeiderschap {
  id: string;
  medewerker_id: string;
  team_id: string;
  rol: 'teamleider' | 'directeur';
  gemeentesecretaris: boolean;
  ingangsdatum: string;
  einddatum: string | null;
}
export interface DemoExpertise {
  id: string;
  naam: string;
  categorie: string;
  omschrijving: string | null;
}
export interface DemoMedewerkerExpertise {
  medewerker_id: string;
  expertise_id: string;
  niveau: number;
  ambitie: boolean;
}

export interface DemoOrganisatie {
  peildatum: string;
  teams: DemoTeam[];
  medewerkers: DemoMedewerker[];
  contracturen: DemoContracturen[];
  teamlidmaatschappen: DemoTeamlidmaatschap[];
  leiderschap: DemoLeiderschap[];
  expertises: DemoExpertise[];
  medewerker_expertise: DemoMedewerkerExpertise[];
}
