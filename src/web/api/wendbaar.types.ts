/**
 * Types of the agile side of the API (tags Programma's, Opgaven, Bestuurlijke ambities,
 * Bestuursopdrachten, Capaciteitsvragen, Portfolio): names for the generated types in ./schema.d.ts
 * (`npm run api:types`), never shapes of their own.
 */
import type { QueryParams, RequestBody, ResponseBody, Schemas } from './contract';

// The states and choices come from the domain itself (pure code the web app may import), so the
// server and the web app cannot drift apart.
export { AMBITIE_BRONNEN, type AmbitieBron } from '../../domain/ambitie';
export {
  BESLUIT_UITKOMSTEN,
  BESTUURSOPDRACHT_STATUSSEN,
  type BesluitUitkomst,
  type BestuursopdrachtStatus,
  PC_MOMENTEN,
  type PcMoment,
} from '../../domain/bestuursopdracht';
export {
  BETROKKENHEID,
  EIGENAARSCHAP,
  INVLOED,
  OPGAVE_STATUSSEN,
  type OpgaveStatus,
  OVERHEIDSROLLEN,
  type Overheidsrol,
} from '../../domain/opgave';

// ---------------------------------------------------------------- programma's

export type Programma = Schemas['Programma'];
export type PersoonRef = NonNullable<Programma['programmaregisseur']>;
export type NewProgramma = RequestBody<'createProgramma'>;
export type ProgrammaInvoer = RequestBody<'updateProgramma'>;

// ---------------------------------------------------------------- capaciteitsvragen

export type Capaciteitsvraag = Schemas['Capaciteitsvraag'];
export type DossierSoort = Capaciteitsvraag['dossier']['soort'];
/** A new capaciteitsvraag, valid on an opgave and on a bestuursopdracht alike. */
export type CapaciteitsvraagInvoer = RequestBody<'addOpgaveCapaciteitsvraag'> &
  RequestBody<'addBestuursopdrachtCapaciteitsvraag'>;
export type CapaciteitsvraagPatch = RequestBody<'updateCapaciteitsvraag'>;

// ---------------------------------------------------------------- opgaven

export type OpgaveSamenvatting = Schemas['OpgaveSamenvatting'];
export type Opgave = Schemas['Opgave'];
export type Rolbepaling = NonNullable<Opgave['rolbepaling']>;
export type Stakeholder = Opgave['stakeholders'][number];
export type Overgang = Opgave['overgangen'][number];

export type OpgaveFilter = QueryParams<'listOpgaven'>;
export type NewOpgave = RequestBody<'createOpgave'>;
export type OpgaveInvoer = RequestBody<'updateOpgave'>;
export type StakeholderInvoer = RequestBody<'addStakeholder'>;
export type NewBevinding = RequestBody<'addBevinding'>;
export type BevindingPatch = RequestBody<'updateBevinding'>;
export type RolbepalingInvoer = RequestBody<'zetRolbepaling'>;
export type RolbepalingBevestiging = RequestBody<'bevestigRolbepaling'>;

// ---------------------------------------------------------------- bestuurlijke ambities

export type Ambitie = Schemas['BestuurlijkeAmbitie'];
/** An opgave or bestuursopdracht an ambitie is linked to. */
export type DossierRef = Ambitie['opgaven'][number];
export type NewAmbitie = RequestBody<'createAmbitie'>;
export type AmbitieInvoer = RequestBody<'updateAmbitie'>;

// ---------------------------------------------------------------- bestuursopdrachten

export type BestuursopdrachtSamenvatting = Schemas['BestuursopdrachtSamenvatting'];
export type Bestuursopdracht = Schemas['Bestuursopdracht'];
export type Verkenning = Bestuursopdracht['verkenning'];
export type Doelstelling = Bestuursopdracht['doelstellingen'][number];
export type Mijlpaal = Bestuursopdracht['mijlpalen'][number];
export type BudgetRegel = Bestuursopdracht['budget'][number];
export type Rollen = Bestuursopdracht['rollen'];
export type Verantwoording = Bestuursopdracht['verantwoording'][number];
/** What is missing for a step (the domain's Probleem). */
export type Ontbreekt = Bestuursopdracht['ontbreektVoorIndiening'][number];
export type Besluit = Schemas['Besluit'];
export type VersieSamenvatting = ResponseBody<'listVersies'>['resultaten'][number];

export type NewBestuursopdracht = RequestBody<'createBestuursopdracht'>;
/** PATCH per section: a section sent replaces the stored one. */
export type BestuursopdrachtInvoer = RequestBody<'updateBestuursopdracht'>;

export type Verschillen = ResponseBody<'getVerschillen'>;
export type Verschil = Verschillen['verschillen'][number];

export type BesluitInvoer = RequestBody<'neemBesluit'>;
export type BesluitMetOpdracht = ResponseBody<'listBesluiten'>['resultaten'][number];

// ---------------------------------------------------------------- portfolio

export type Portfolio = Schemas['Portfolio'];
export type PortfolioDossier = Portfolio['dossiers'][number];
