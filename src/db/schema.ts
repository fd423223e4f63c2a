import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { BesluitUitkomst, BestuursopdrachtStatus } from '../domain/bestuursopdracht';
import type { ActieEigenaar, GesprekStatus } from '../domain/gesprek';
import type { OpgaveStatus, Overheidsrol } from '../domain/opgave';
import type { OrVerzoekStatus } from '../domain/or-dossier';

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
  niet_productief_aandeel: ColumnType<number | null, number | null | undefined, number | null>;
  /** Share of the team's capacity kept for robust work; null = the organisation's default. */
  robuust_reservering: ColumnType<number | null, number | null | undefined, number | null>;
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
  geanonimiseerd_op: ColumnType<Date | null, Date | null | undefined, Date | null>;
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

export interface AccountTable {
  id: Generated<string>;
  e_mail: string;
  naam: string;
  medewerker_id: string | null;
  wachtwoord_hash: string | null;
  /** The password before the current one: a change may not go back to it. */
  vorig_wachtwoord_hash: string | null;
  wachtwoord_wijzigen: Generated<boolean>;
  totp_geheim: string | null;
  totp_laatste_stap: number | null;
  actief: Generated<boolean>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface AccountRolTable {
  account_id: string;
  rol: string;
}

export interface SessieTable {
  id: string;
  account_id: string;
  csrf_token: string;
  totp_voldaan: Generated<boolean>;
  totp_voorstel: string | null;
  methode: 'wachtwoord' | 'oidc';
  aangemaakt_op: Timestamp;
  laatst_actief_op: Timestamp;
  verloopt_op: Date;
  beeindigd_op: Date | null;
  ip: string | null;
  user_agent: string | null;
}

export interface InlogpogingTable {
  id: Generated<number>;
  /** One counter per key: `paar:…`, `adres:…`, `account:…` or `totp:…`. */
  sleutel: string;
  /** Start of the counter's window. */
  tijdstip: Timestamp;
  aantal: Generated<number>;
}

export interface OidcAanvraagTable {
  state: string;
  code_verifier: string;
  nonce: string;
  terug_naar: string | null;
  aangemaakt_op: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  tijdstempel: Date;
  actor_account_id: string | null;
  actor: string;
  actie: string;
  object_type: string | null;
  object_id: string | null;
  resultaat: 'gelukt' | 'geweigerd' | 'mislukt';
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string, string>;
  vorige_hash: string;
  hash: string;
  /** The key the hash is an HMAC with (its fingerprint); null: plain sha256 (0011_audit_sleutel). */
  sleutel_id: string | null;
}

export interface InstellingTable {
  sleutel: string;
  waarde: ColumnType<unknown, string, string>;
  versie: Generated<number>;
  gewijzigd_op: Timestamp;
}

export interface AfwezigheidTable {
  medewerker_id: string;
  week: string;
  uren: number;
  versie: Generated<number>;
  gewijzigd_op: Timestamp;
}

export interface BegrotingsprogrammaTable {
  id: Generated<string>;
  begrotingsjaar: number;
  code: string;
  naam: string;
}

export interface BeleidsdoelTable {
  id: Generated<string>;
  begrotingsprogramma_id: string;
  naam: string;
  omschrijving: string | null;
}

export type ResultaatdoelStatus = 'gepland' | 'actief' | 'behaald' | 'niet-behaald' | 'vervallen';

export interface ResultaatdoelTable {
  id: Generated<string>;
  team_id: string;
  periode: string;
  titel: string;
  omschrijving: string | null;
  indicator: string | null;
  doelwaarde: number | null;
  eenheid: string | null;
  prioriteit: number;
  geschatte_uren: Generated<number>;
  eigenaar_medewerker_id: string | null;
  status: Generated<ResultaatdoelStatus>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface ResultaatdoelBeleidsdoelTable {
  resultaatdoel_id: string;
  beleidsdoel_id: string;
  gewicht: number;
}

export interface VoortgangTable {
  id: Generated<string>;
  resultaatdoel_id: string;
  datum: DateString;
  waarde: number | null;
  toelichting: string | null;
  account_id: string | null;
  aangemaakt_op: Timestamp;
}

export interface InzetTable {
  id: Generated<string>;
  medewerker_id: string;
  soort: 'robuust' | 'wendbaar';
  resultaatdoel_id: string | null;
  van: DateString;
  tot: DateString;
  uren_per_week: number;
  /** Agile inzet: the capaciteitsvraag it serves and the inzetverzoek that was consented to. */
  capaciteitsvraag_id: ColumnType<string | null, string | null | undefined, string | null>;
  inzetverzoek_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Transitieteam hours: the theme of the veranderprogramma (0023). */
  verander_thema_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface InzetReeksTable {
  medewerker_id: string;
  resultaatdoel_id: string;
  versie: Generated<number>;
}

// --- wendbare kant (0005) ---------------------------------------------------------------------

export interface ProgrammaTable {
  id: Generated<string>;
  naam: string;
  omschrijving: string | null;
  programmaregisseur_medewerker_id: string | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface OpgaveTable {
  id: Generated<string>;
  titel: string;
  omschrijving: string | null;
  status: Generated<OpgaveStatus>;
  programma_id: string | null;
  programmaregisseur_medewerker_id: string | null;
  eigenaarschap: 'laag' | 'midden' | 'hoog' | null;
  overheidsrol_primair: Overheidsrol | null;
  overheidsrol_secundair: Generated<Overheidsrol[]>;
  rolbepaling_datum: DateString | null;
  rolbepaling_besluit: string | null;
  /** A proposal (programmaregisseur, directeur) until the college decides or confirms it. */
  rolbepaling_status: 'voorgesteld' | 'besloten' | null;
  rolbepaling_voorgesteld_door: string | null;
  rolbepaling_voorgesteld_op: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  rolbepaling_besloten_door: string | null;
  rolbepaling_besloten_op: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  strategie: string | null;
  aanpak: string | null;
  evaluatie: string | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface OpgaveStakeholderTable {
  id: Generated<string>;
  opgave_id: string;
  naam: string;
  soort: 'intern' | 'extern';
  belang: string | null;
  invloed: 'laag' | 'midden' | 'hoog';
  betrokkenheid: 'informeren' | 'raadplegen' | 'coproduceren' | 'meebeslissen';
  aangemaakt_op: Timestamp;
}

export interface OpgaveBevindingTable {
  id: Generated<string>;
  opgave_id: string;
  datum: DateString;
  tekst: string;
  account_id: string | null;
  aangemaakt_op: Timestamp;
}

export interface BestuurlijkeAmbitieTable {
  id: Generated<string>;
  titel: string;
  tekst: string | null;
  bron: 'coalitieakkoord' | 'collegeprogramma' | 'nieuw';
  portefeuillehouder: string;
  voortgang: number | null;
  voortgang_toelichting: string | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface AmbitieOpgaveTable {
  ambitie_id: string;
  opgave_id: string;
}

export interface BestuursopdrachtTable {
  id: Generated<string>;
  titel: string;
  status: Generated<BestuursopdrachtStatus>;
  ambitie_id: string | null;
  programma_id: string | null;
  /** The working copy (a BestuursopdrachtInhoud without its title); jsonb. */
  inhoud: ColumnType<unknown, string, string>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface BestuursopdrachtVersieTable {
  bestuursopdracht_id: string;
  nummer: number;
  /** Canonical JSON text, exactly as submitted. */
  inhoud: string;
  sha256: string;
  ingediend_op: Timestamp;
  account_id: string | null;
}

export interface BesluitTable {
  id: Generated<string>;
  bestuursopdracht_id: string;
  versie_nummer: number;
  uitkomst: BesluitUitkomst;
  besluitnummer: string;
  datum: DateString;
  voorwaarden: string | null;
  account_id: string | null;
  aangemaakt_op: Timestamp;
}

export interface CapaciteitsvraagTable {
  id: Generated<string>;
  opgave_id: string | null;
  bestuursopdracht_id: string | null;
  expertise_id: string;
  minimum_niveau: number;
  team_id: string | null;
  periode: string;
  uren: number;
  toelichting: string | null;
  /** 1 (low) to 5 (high): weighs in the verdeelvoorstel. */
  prioriteit: Generated<number>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
}

export type InzetverzoekStatus = 'aangevraagd' | 'ingestemd' | 'afgewezen' | 'tegenvoorstel' | 'ingetrokken';

export interface InzetverzoekTable {
  id: Generated<string>;
  capaciteitsvraag_id: string;
  medewerker_id: string;
  team_id: string;
  van: DateString;
  tot: DateString;
  uren_per_week: number;
  status: Generated<InzetverzoekStatus>;
  toelichting: string | null;
  reden: string | null;
  tegen_van: DateString | null;
  tegen_tot: DateString | null;
  tegen_uren_per_week: number | null;
  reservering_overschreden: Generated<boolean>;
  overschrijding_reden: string | null;
  boven_beschikbaar: Generated<boolean>;
  scenario_id: string | null;
  aangevraagd_door: string | null;
  aangevraagd_op: Timestamp;
  beslist_door: string | null;
  beslist_op: Date | null;
  versie: Generated<number>;
}

export interface VerdeelscenarioTable {
  id: Generated<string>;
  periode: string;
  status: Generated<'rekent' | 'klaar' | 'mislukt'>;
  parameters: ColumnType<unknown, string, string>;
  voortgang: ColumnType<unknown, string | null, string | null>;
  resultaat: ColumnType<unknown, string | null, string | null>;
  fout: string | null;
  aangemaakt_door: string | null;
  aangemaakt_op: Timestamp;
  klaar_op: Date | null;
}

export interface DossierOvergangTable {
  id: Generated<string>;
  opgave_id: string | null;
  bestuursopdracht_id: string | null;
  van: string;
  naar: string;
  toelichting: string | null;
  account_id: string | null;
  op: Timestamp;
}

// --- formatie (0012) --------------------------------------------------------------------------

export interface FormatieplaatsTable {
  id: Generated<string>;
  team_id: string;
  functie_naam: string;
  functiefamilie: string | null;
  functieniveau: string | null;
  salarisschaal: string;
  fte: number;
  ingangsdatum: DateString;
  einddatum: DateString | null;
  soort: 'structureel' | 'tijdelijk';
  financiering: 'regulier' | 'programma' | 'subsidie';
  programma_id: string | null;
  subsidie: string | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface PlaatsingTable {
  id: Generated<string>;
  formatieplaats_id: string;
  medewerker_id: string;
  fte: number;
  ingangsdatum: DateString;
  einddatum: DateString | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

// --- loonsom (0013) ----------------------------------------------------------------------------

export interface SalaristabelTable {
  id: Generated<string>;
  naam: string;
  geldig_vanaf: DateString;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface SalaristabelBedragTable {
  salaristabel_id: string;
  schaal: string;
  trede: number;
  bedrag: number;
}

export interface WerkgeverslastenTable {
  id: Generated<string>;
  geldig_vanaf: DateString;
  ikb_percentage: number;
  pensioen_percentage: number;
  sociale_premies_percentage: number;
  opslag_per_fte: number | null;
  loonstijging_percentage: number;
  vacature_trede: number | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface LoonsombudgetTable {
  id: Generated<string>;
  team_id: string;
  jaar: number;
  bedrag: number;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

// --- scenario's (0014) -------------------------------------------------------------------------

export type ScenarioStatus = 'concept' | 'voorgesteld' | 'vastgesteld' | 'verworpen';
export type ScenarioWijzigingSoort =
  | 'plaats-toevoegen'
  | 'plaats-beeindigen'
  | 'plaats-verplaatsen'
  | 'plaats-herschalen'
  | 'budget-wijzigen';

export interface ScenarioTable {
  id: Generated<string>;
  naam: string;
  peildatum: DateString;
  status: Generated<ScenarioStatus>;
  toelichting: string | null;
  aangemaakt_door: string | null;
  besluitdatum: DateString | null;
  besluit_kenmerk: string | null;
  besluit_omschrijving: string | null;
  vastgesteld_door: string | null;
  vastgesteld_op: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
  /** 0015: the voorstel's text sections, checked by src/contract/voorstel.ts (voorstelTekstenSchema). */
  voorstelteksten: ColumnType<unknown, string | undefined, string>;
}

export interface ScenarioWijzigingTable {
  id: Generated<string>;
  scenario_id: string;
  volgnummer: number;
  soort: ScenarioWijzigingSoort;
  ingangsdatum: DateString | null;
  gegevens: ColumnType<unknown, string, string>;
  aangemaakt_op: Timestamp;
}

export interface ScenarioOpmerkingTable {
  id: Generated<string>;
  scenario_id: string;
  account_id: string | null;
  auteur: string;
  tekst: string;
  geplaatst_op: Timestamp;
}

// --- voorstel (0015) ----------------------------------------------------------------------------

/** A frozen snapshot of an onderbouwd voorstel: append-only. */
export interface VoorstelTable {
  id: Generated<string>;
  scenario_id: string;
  documentnummer: string;
  jaar: number;
  volgnummer: number;
  gegenereerd_op: ColumnType<Date, Date | string, never>;
  snapshot: ColumnType<unknown, string, never>;
  sha256: string;
  aangemaakt_door: string | null;
  aangemaakt_door_naam: string;
}

// --- pulsmeting (0016) --------------------------------------------------------------------------

export interface PulsRondeTable {
  id: Generated<string>;
  titel: string;
  status: 'concept' | 'open' | 'gesloten';
  open_vraag: string | null;
  geopend_op: Timestamp | null;
  gesloten_op: Timestamp | null;
  versie: Generated<number>;
  aangemaakt_op: ColumnType<Date, Date | string | undefined, never>;
}

export interface PulsVraagTable {
  ronde_id: string;
  code: string;
  tekst: string;
  volgorde: number;
}

/** An anonymous answer: no person, no time (0016). */
export interface PulsAntwoordTable {
  id: Generated<string>;
  ronde_id: string;
  team_id: string | null;
  scores: ColumnType<Record<string, number>, string, never>;
  open_antwoord: string | null;
}

/** That a person answered a round; nothing joins it to the answer. */
export interface PulsDeelnameTable {
  ronde_id: string;
  medewerker_id: string;
}

// --- gesprekscyclus (0018) ----------------------------------------------------------------------

export interface GesprekssoortTable {
  code: string;
  naam: string;
  actief: Generated<boolean>;
  volgorde: Generated<number>;
  /** Since 0023: renaming and switching off go through If-Match. */
  versie: Generated<number>;
}

/** One conversation; team and leidinggevende as they were on its date. */
export interface GesprekTable {
  id: Generated<string>;
  medewerker_id: string;
  soort: string;
  datum: DateString;
  team_id: string | null;
  leidinggevende_id: string | null;
  deelnemers: Generated<string>;
  verslag: Generated<string>;
  status: Generated<GesprekStatus>;
  aangemaakt_door: string | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface GesprekActieTable {
  id: Generated<string>;
  gesprek_id: string;
  omschrijving: string;
  eigenaar: ActieEigenaar;
  deadline: DateString | null;
  afgerond_op: DateString | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

/** The medewerker's own notes on a conversation. */
export interface GesprekNotitieTable {
  id: Generated<string>;
  gesprek_id: string;
  tekst: string;
  aangemaakt_op: Timestamp;
}

// --- ontwikkeling (0017) ------------------------------------------------------------------------

export type OntwikkelplanSoort = 'medewerker' | 'team' | 'leiderschap';
export type OntwikkeldoelStatus = 'open' | 'bezig' | 'behaald' | 'vervallen';
export type OntwikkelactiviteitSoort =
  | 'training'
  | 'cursus'
  | 'coaching'
  | 'intervisie'
  | 'traineeship'
  | 'jobrotatie'
  | 'overig';
export type OntwikkelactiviteitStatus = 'gepland' | 'bezig' | 'afgerond' | 'geannuleerd';

export interface OntwikkelthemaTable {
  id: Generated<string>;
  naam: string;
  omschrijving: string | null;
  actief: Generated<boolean>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
}

export interface OntwikkelplanTable {
  id: Generated<string>;
  jaar: number;
  soort: OntwikkelplanSoort;
  medewerker_id: string | null;
  team_id: string | null;
  budget_team_id: string | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface OntwikkeldoelTable {
  id: Generated<string>;
  plan_id: string;
  omschrijving: string;
  status: Generated<OntwikkeldoelStatus>;
  thema_id: string | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface OntwikkelactiviteitTable {
  id: Generated<string>;
  plan_id: string;
  doel_id: string | null;
  soort: OntwikkelactiviteitSoort;
  titel: string;
  van: DateString;
  tot: DateString;
  kosten_centen: number;
  uren: number;
  status: Generated<OntwikkelactiviteitStatus>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface OntwikkelbudgetTable {
  id: Generated<string>;
  jaar: number;
  team_id: string | null;
  bedrag_centen: number;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

// --- import uit het HR-systeem (0019) -----------------------------------------------------------

export type ImportSoortKolom = 'medewerkers' | 'teams' | 'formatieplaatsen';

/** A saved column mapping: Wendbaar field → the file's header text. */
export interface ImportKoppelingTable {
  id: Generated<string>;
  naam: string;
  soort: ImportSoortKolom;
  velden: ColumnType<Record<string, string>, string, string>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

/** One committed import: the file's name and hash and what it changed (never the file). */
export interface ImportVerwerkingTable {
  id: Generated<string>;
  bestandsnaam: string;
  sha256: string;
  soort: ImportSoortKolom;
  peildatum: DateString;
  volledig: boolean;
  aantallen: ColumnType<Record<string, number>, string, string>;
  door_account_id: string | null;
  verwerkt_op: Timestamp;
}

// --- "Zo werken we" (0021) -----------------------------------------------------------------------

/** A page of the organisation philosophy; its content lives in its versions. */
export interface ZoWerkenWePaginaTable {
  id: Generated<string>;
  volgorde: Generated<number>;
  /** The number of the current version in zo_werken_we_versie. */
  huidig_nummer: Generated<number>;
  gearchiveerd_op: Date | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

/** One version of a page: only ever added, never changed. */
export interface ZoWerkenWeVersieTable {
  pagina_id: string;
  nummer: number;
  titel: string;
  samenvatting: string;
  tekst: string;
  notitie: string | null;
  auteur_account_id: string | null;
  aangemaakt_op: Timestamp;
}

// --- OR-dossier (0022) -------------------------------------------------------------------------

/** A request to the ondernemingsraad with its answer and the directie's decision (or-dossier.ts). */
export interface OrVerzoekTable {
  id: Generated<string>;
  soort: 'advies' | 'instemming' | 'informatie';
  status: Generated<OrVerzoekStatus>;
  onderwerp: string;
  aanleiding: string | null;
  voorgenomen_besluit: string | null;
  personele_gevolgen: string | null;
  /** Typed references ({soort, id, titel} or {soort: 'link', url, titel}); jsonb. */
  documenten: ColumnType<unknown, string | undefined, string>;
  reactie_gevraagd_voor: DateString | null;
  or_geinformeerd_op: DateString | null;
  reactie_uitkomst: 'positief' | 'negatief' | 'voorwaardelijk' | 'gegeven' | 'geweigerd' | null;
  reactie_tekst: string | null;
  reactie_op: DateString | null;
  reactie_door: string | null;
  besluit_tekst: string | null;
  besluit_datum: DateString | null;
  besluit_or_geinformeerd_op: DateString | null;
  besluit_volgt_advies: boolean | null;
  besluit_door: string | null;
  or_ziet_af_van_opschorting: Generated<boolean>;
  vervangende_toestemming_datum: DateString | null;
  vervangende_toestemming_kenmerk: string | null;
  ingetrokken_op: DateString | null;
  intrekking_reden: string | null;
  aangemaakt_door: string | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface OrOverlegTable {
  id: Generated<string>;
  datum: DateString;
  titel: string;
  notulen: Generated<string>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface OrAgendapuntTable {
  id: Generated<string>;
  overleg_id: string;
  volgorde: number;
  titel: string;
  verzoek_id: string | null;
}

export interface OrOverlegActieTable {
  id: Generated<string>;
  overleg_id: string;
  omschrijving: string;
  eigenaar: string;
  deadline: DateString | null;
  afgerond_op: DateString | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

// --- Evaluaties (0024) -----------------------------------------------------------------------------

/** An evaluation moment (evaluatie.ts); immutable once vastgesteld (triggers in 0024). */
export interface EvaluatieTable {
  id: Generated<string>;
  titel: string;
  onderwerp_soort: 'fase' | 'thema' | 'organisatie' | 'opgave';
  verander_fase_id: string | null;
  verander_thema_id: string | null;
  opgave_id: string | null;
  datum: DateString;
  status: Generated<'concept' | 'vastgesteld'>;
  samenvatting: Generated<string>;
  vastgesteld_op: Date | null;
  vastgesteld_door: string | null;
  aangemaakt_door: string | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface EvaluatieVraagTable {
  id: Generated<string>;
  evaluatie_id: string;
  volgorde: number;
  vraag: string;
  antwoord: Generated<string>;
}

export interface EvaluatieBevindingTable {
  id: Generated<string>;
  evaluatie_id: string;
  volgorde: number;
  soort: Generated<'sterk' | 'verbeterpunt' | 'risico'>;
  tekst: string;
}

export interface EvaluatieActieTable {
  id: Generated<string>;
  evaluatie_id: string;
  omschrijving: string;
  eigenaar_medewerker_id: string;
  datum: DateString;
  status: Generated<'open' | 'gereed'>;
  gereed_op: DateString | null;
  gereed_door: string | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

// --- Raadsbrief (0025) -----------------------------------------------------------------------------

/** The college's letter to the raad (raadsbrief.ts); the database guards its states. */
export interface RaadsbriefTable {
  id: Generated<string>;
  documentnummer: string;
  jaar: number;
  volgnummer: number;
  status: Generated<'concept' | 'vastgesteld' | 'verzonden'>;
  onderwerp: string;
  aanleiding: Generated<string>;
  kernboodschap: Generated<string>;
  toelichting: Generated<string>;
  vervolg: Generated<string>;
  bijlagen: Generated<string>;
  portefeuillehouder: Generated<string>;
  datum: DateString | null;
  momentopname_id: string | null;
  vastgesteld_op: DateString | null;
  vastgesteld_door: string | null;
  verzonden_op: DateString | null;
  verzonden_door: string | null;
  aangemaakt_door: string | null;
  aangemaakt_door_naam: string;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

/** A frozen snapshot of the generated parts; append-only. */
export interface RaadsbriefMomentopnameTable {
  id: Generated<string>;
  raadsbrief_id: string;
  volgnummer: number;
  genomen_op: ColumnType<Date, string, never>;
  inhoud: ColumnType<unknown, string, never>;
  sha256: string;
  genomen_door_naam: string;
}

/** The documents of a sent letter as sent; append-only. */
export interface RaadsbriefDocumentTable {
  raadsbrief_id: string;
  formaat: 'docx' | 'pdf';
  inhoud: ColumnType<Buffer, Buffer, never>;
  sha256: string;
  opgeslagen_op: Timestamp;
}

// --- Veranderprogramma (0023) --------------------------------------------------------------------

export interface VeranderFaseTable {
  id: Generated<string>;
  volgnummer: number;
  naam: string;
  doel: Generated<string>;
  van: DateString | null;
  tot: DateString | null;
  status: Generated<'gepland' | 'lopend' | 'afgerond'>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface VeranderThemaTable {
  id: Generated<string>;
  naam: string;
  omschrijving: Generated<string>;
  trekker_medewerker_id: string | null;
  fase_id: string | null;
  status: Generated<'actief' | 'gepauzeerd' | 'afgerond'>;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

/** A transitieteam member; the hours themselves are inzet (inzet.verander_thema_id). */
export interface VeranderThemaLidTable {
  id: Generated<string>;
  thema_id: string;
  medewerker_id: string;
  rol: Generated<string>;
  uren_per_week: number;
  van: DateString;
  tot: DateString;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface VeranderActieTable {
  id: Generated<string>;
  thema_id: string;
  soort: 'actie' | 'mijlpaal';
  titel: string;
  toelichting: Generated<string>;
  eigenaar_medewerker_id: string | null;
  datum: DateString | null;
  status: Generated<'open' | 'gereed'>;
  gereed_op: DateString | null;
  versie: Generated<number>;
  aangemaakt_op: Timestamp;
  gewijzigd_op: Timestamp;
}

export interface Database {
  verander_fase: VeranderFaseTable;
  verander_thema: VeranderThemaTable;
  verander_thema_lid: VeranderThemaLidTable;
  verander_actie: VeranderActieTable;
  raadsbrief: RaadsbriefTable;
  raadsbrief_momentopname: RaadsbriefMomentopnameTable;
  raadsbrief_document: RaadsbriefDocumentTable;
  zo_werken_we_pagina: ZoWerkenWePaginaTable;
  zo_werken_we_versie: ZoWerkenWeVersieTable;
  import_koppeling: ImportKoppelingTable;
  import_verwerking: ImportVerwerkingTable;
  ontwikkelthema: OntwikkelthemaTable;
  ontwikkelplan: OntwikkelplanTable;
  ontwikkeldoel: OntwikkeldoelTable;
  ontwikkelactiviteit: OntwikkelactiviteitTable;
  ontwikkelbudget: OntwikkelbudgetTable;
  gesprekssoort: GesprekssoortTable;
  gesprek: GesprekTable;
  gesprek_actie: GesprekActieTable;
  gesprek_notitie: GesprekNotitieTable;
  puls_ronde: PulsRondeTable;
  puls_vraag: PulsVraagTable;
  puls_antwoord: PulsAntwoordTable;
  puls_deelname: PulsDeelnameTable;
  voorstel: VoorstelTable;
  scenario: ScenarioTable;
  scenario_wijziging: ScenarioWijzigingTable;
  scenario_opmerking: ScenarioOpmerkingTable;
  salaristabel: SalaristabelTable;
  salaristabel_bedrag: SalaristabelBedragTable;
  werkgeverslasten: WerkgeverslastenTable;
  loonsombudget: LoonsombudgetTable;
  formatieplaats: FormatieplaatsTable;
  plaatsing: PlaatsingTable;
  programma: ProgrammaTable;
  opgave: OpgaveTable;
  opgave_stakeholder: OpgaveStakeholderTable;
  opgave_bevinding: OpgaveBevindingTable;
  bestuurlijke_ambitie: BestuurlijkeAmbitieTable;
  ambitie_opgave: AmbitieOpgaveTable;
  bestuursopdracht: BestuursopdrachtTable;
  bestuursopdracht_versie: BestuursopdrachtVersieTable;
  besluit: BesluitTable;
  capaciteitsvraag: CapaciteitsvraagTable;
  dossier_overgang: DossierOvergangTable;
  inzetverzoek: InzetverzoekTable;
  verdeelscenario: VerdeelscenarioTable;
  begrotingsprogramma: BegrotingsprogrammaTable;
  beleidsdoel: BeleidsdoelTable;
  resultaatdoel: ResultaatdoelTable;
  resultaatdoel_beleidsdoel: ResultaatdoelBeleidsdoelTable;
  voortgang: VoortgangTable;
  inzet: InzetTable;
  inzet_reeks: InzetReeksTable;
  instelling: InstellingTable;
  afwezigheid: AfwezigheidTable;
  account: AccountTable;
  account_rol: AccountRolTable;
  sessie: SessieTable;
  inlogpoging: InlogpogingTable;
  oidc_aanvraag: OidcAanvraagTable;
  audit_log: AuditLogTable;
  team: TeamTable;
  medewerker: MedewerkerTable;
  contracturen: ContracturenTable;
  teamlidmaatschap: TeamlidmaatschapTable;
  leiderschap: LeiderschapTable;
  expertise: ExpertiseTable;
  medewerker_expertise: MedewerkerExpertiseTable;
  or_verzoek: OrVerzoekTable;
  or_overleg: OrOverlegTable;
  or_agendapunt: OrAgendapuntTable;
  or_overleg_actie: OrOverlegActieTable;
  evaluatie: EvaluatieTable;
  evaluatie_vraag: EvaluatieVraagTable;
  evaluatie_bevinding: EvaluatieBevindingTable;
  evaluatie_actie: EvaluatieActieTable;
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
export type AccountRow = Selectable<AccountTable>;
export type SessieRow = Selectable<SessieTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
