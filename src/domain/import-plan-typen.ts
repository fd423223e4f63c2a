import type { IsoDatum } from './datum';
import type { ImportProbleem } from './import-rijen';
import type { Periode } from './periode';

/**
 * The shapes of an import plan (src/domain/import-plan.ts): the current state it compares against,
 * the options, and the actions it plans per person, team and formatieplaats. Apart from the rules,
 * so the formatieplaatsen part (import-formatie.ts) and the plan can both use them without
 * importing each other.
 */

export type Feit<T> = Periode & { id: string } & T;

export interface HuidigeMedewerker {
  id: string;
  personeelsnummer: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  e_mail: string;
  functie: string;
  schaal: number;
  trede: number;
  in_dienst: IsoDatum;
  uit_dienst: IsoDatum | null;
  lidmaatschappen: Feit<{ team_id: string }>[];
  contracturen: Feit<{ uren_per_week: number }>[];
  leiderschap: Feit<{ team_id: string; rol: 'teamleider' | 'directeur' }>[];
}

export interface HuidigTeam {
  id: string;
  naam: string;
  soort: 'basisteam' | 'directie';
  parent_id: string | null;
  omschrijving: string | null;
  opgeheven_op: IsoDatum | null;
}

export interface ImportStand {
  medewerkers: HuidigeMedewerker[];
  teams: HuidigTeam[];
  /** The organisation's limit for changes with retroactive effect (src/domain/terugwerkend.ts). */
  terugwerkendeDagen: number;
}

export interface PlanOpties {
  peildatum: IsoDatum;
  vandaag: IsoDatum;
  /** The file is the whole personnel (or team) list: who is missing is ended. */
  volledig: boolean;
  /** The reason for changes further back than the limit; without it those are problems. */
  reden?: string;
  /**
   * Every key in the file, also of rows that had problems and so are not among the rows planned:
   * with `volledig`, such a person or team is in the file and must not be reported as ended.
   */
  sleutelsInBestand?: ReadonlySet<string>;
}

export type Waarde = string | number | null;
export interface VeldWijziging {
  veld: string;
  oud: Waarde;
  nieuw: Waarde;
}

/** A new or replacing fact from `vanaf`; `beeindig` ends the running one, `vervang` corrects one that starts on `vanaf`. */
export interface FeitWissel<T> {
  vanaf: IsoDatum;
  waarde: T;
  beeindig: { id: string; einddatum: IsoDatum } | null;
  vervang: string | null;
}

export interface PersoonVelden {
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  e_mail: string;
  functie: string;
  schaal: number;
  trede: number;
}

export interface MedewerkerActie {
  soort: 'nieuw' | 'gewijzigd' | 'beeindigd';
  rij: number | null;
  personeelsnummer: string;
  naam: string;
  medewerkerId: string | null;
  ingangsdatum: IsoDatum | null;
  wijzigingen: VeldWijziging[];
  /** For a new person: everything to insert. */
  nieuw?: PersoonVelden & {
    in_dienst: IsoDatum;
    uit_dienst: IsoDatum | null;
    teamId: string;
    uren: number;
    leiding: { teamId: string; rol: 'teamleider' | 'directeur' } | null;
  };
  set?: Partial<PersoonVelden>;
  uitDienst?: { oud: IsoDatum | null; nieuw: IsoDatum | null };
  team?: FeitWissel<string>;
  contracturen?: FeitWissel<number>;
  leiding?: {
    beeindig: { id: string; einddatum: IsoDatum }[];
    nieuw: { teamId: string; rol: 'teamleider' | 'directeur'; vanaf: IsoDatum } | null;
  };
}

export interface TeamActie {
  soort: 'nieuw' | 'gewijzigd' | 'beeindigd';
  rij: number | null;
  naam: string;
  teamId: string | null;
  wijzigingen: VeldWijziging[];
  nieuw?: {
    naam: string;
    soort: 'basisteam' | 'directie';
    parentNaam: string | null;
    omschrijving: string | null;
  };
  /** parentNaam: the parent by name (it may be new in the same file); null = no parent. */
  set?: { parentNaam?: string | null; omschrijving?: string | null };
  opheffen?: IsoDatum;
}

export interface ImportPlan {
  medewerkers: MedewerkerActie[];
  teams: TeamActie[];
  /** Only in a formatieplaatsen import (src/domain/import-formatie.ts). */
  formatieplaatsen: FormatieplaatsActie[];
  ongewijzigd: number;
  problemen: ImportProbleem[];
  /**
   * What the import may do but the user should know about (a basisteam left without a teamleider):
   * shown in the report, never blocking the commit.
   */
  waarschuwingen: ImportProbleem[];
}

export interface FormatieplaatsActie {
  soort: 'nieuw' | 'gewijzigd' | 'beeindigd';
  rij: number | null;
  /** "Burgerzaken · Adviseur · schaal 10": how the report names the place. */
  naam: string;
  plaatsId: string | null;
  ingangsdatum: IsoDatum | null;
  wijzigingen: VeldWijziging[];
  nieuw?: {
    teamId: string;
    functie_naam: string;
    salarisschaal: string;
    fte: number;
    ingangsdatum: IsoDatum;
    einddatum: IsoDatum | null;
    soort: 'structureel' | 'tijdelijk';
  };
  set?: { fte?: number; einddatum?: IsoDatum | null; soort?: 'structureel' | 'tijdelijk' };
}
