/**
 * Types of staffing the agile side (tags Inzetverzoeken, Verdeelvoorstellen): names for the generated
 * types in ./schema.d.ts (`npm run api:types`). The states come from the domain itself.
 */
import type { QueryParams, RequestBody, ResponseBody, Schemas } from './contract';

export { INZETVERZOEK_STATUSSEN, type InzetverzoekStatus } from '../../domain/inzetverzoek';

// ---------------------------------------------------------------- kandidaten

export type Kandidaten = Schemas['Kandidaten'];
export type Kandidaat = Kandidaten['kandidaten'][number];

// ---------------------------------------------------------------- inzetverzoeken

export type Inzetverzoek = Schemas['Inzetverzoek'];
/** The dossier (opgave or bestuursopdracht) a request, a line or a bottleneck is about. */
export type DossierRef = Inzetverzoek['capaciteitsvraag']['dossier'];
export type InzetverzoekPagina = ResponseBody<'listInzetverzoeken'>;
export type VerzoekInvoer = RequestBody<'vraagInzetAan'>;
export type Tegenvoorstel = RequestBody<'stelInzetTegenvoor'>;
export type VerzoekFilter = QueryParams<'listInzetverzoeken'>;
export type InzetStatistiekRij = ResponseBody<'getInzetverzoekStatistiek'>['resultaten'][number];
export type Teamreservering = ResponseBody<'zetTeamreservering'>;

// ---------------------------------------------------------------- verdeelvoorstellen

export type Verdeelvoorstel = Schemas['Verdeelvoorstel'];
export type VerdeelvoorstelSamenvatting = Schemas['VerdeelvoorstelSamenvatting'];
export type VerdeelParameters = RequestBody<'startVerdeelvoorstel'>;
export type VerdeelResultaat = NonNullable<Verdeelvoorstel['resultaat']>;
export type VerdeelRegel = VerdeelResultaat['regels'][number];
export type VerdeelKnelpunt = VerdeelResultaat['knelpunten'][number];
