import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The database as Kysely sees it: one source of truth for table types. Dates are ISO strings
 * ('YYYY-MM-DD', parsed so on both engines), timestamps are Date objects, numerics are numbers.
 */
type DateString = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface TeamTable {
  id: Generated<string>;
  naam: string;
  soort: 'directie' | 'basisteam';
  parent_id: string | null;
  omschrijving: string | null;
  opgeheven_op: DateString | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface MedewerkerTable {
  id: Generated<string>;
  personeelsnummer: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  e_mail: string;
  functie: string;
  schaal: number;
  trede: number;
  in_dienst: DateString;
  uit_dienst: DateString | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface ContracturenTable {
  id: Generated<string>;
  medewerker_id: string;
  uren_per_week: number;
  ingangsdatum: DateString;
  einddatum: DateString | null;
  aangemaakt_op: Timestamp;
}

export interface TeamlidmaatschapTable {
  id: Generated<string>;
  medewerker_id: string;
  team_id: string;
  ingangsdatum: DateString;
  einddatum: DateString | null;
  aangemaakt_op: Timestamp;
}

export interface LeiderschapTable {
  id: Generated<string>;
  medewerker_id: string;
  team_id: string;
  rol: 'teamleider' | 'directeur';
  gemeentesecretaris: Generated<boolean>;
  team_soort: ColumnType<string, never, never>;
  ingangsdatum: DateString;
  einddatum: DateString | null;
  aangemaakt_op: Timestamp;
}

export interface ExpertiseTable {
  id: Generated<string>;
  naam: string;
  categorie: string;
  omschrijving: string | null;
  vervallen: Generated<boolean>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface MedewerkerExpertiseTable {
  medewerker_id: string;
  expertise_id: string;
  niveau: number;
  ambitie: boolean;
  versie: Generated<number>;
  gewijzigd_op: Timestamp;
}

export interface Database {
  team: TeamTable;
  medewerker: MedewerkerTable;
  contracturen: ContracturenTable;
  teamlidmaatschap: TeamlidmaatschapTable;
  leiderschap: LeiderschapTable;
  expertise: ExpertiseTable;
  medewerker_expertise: MedewerkerExpertiseTable;
}

export type TeamRow = Selectable<TeamTable>;
export type NewTeamRow = Insertable<TeamTable>;
export type TeamUpdate = Updateable<TeamTable>;
export type MedewerkerRow = Selectable<MedewerkerTable>;
export type NewMedewerkerRow = Insertable<MedewerkerTable>;
export type MedewerkerUpdate = Updateable<MedewerkerTable>;
export type ContracturenRow = Selectable<ContracturenTable>;
export type TeamlidmaatschapRow = Selectable<TeamlidmaatschapTable>;
export type LeiderschapRow = Selectable<LeiderschapTable>;
export type ExpertiseRow = Selectable<ExpertiseTable>;
export type MedewerkerExpertiseRow = Selectable<MedewerkerExpertiseTable>;
