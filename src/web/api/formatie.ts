/**
 * The formatie and loonsom API (tags Formatie, Loonsom): formatieplaatsen and plaatsingen per team
 * and date, salary tables, werkgeverslasten, loonsombudgetten and the loonsom over four years.
 * Requests go through ./http.ts; every shape is the generated schema's (./contract.ts).
 */
import type { QueryParams, RequestBody, ResponseBody, Schemas } from './contract';
import type { Bestandsformaat } from './export';
import { apiUrl, request } from './http';

const enc = encodeURIComponent;

// ---------------------------------------------------------------- formatie

export type TeamFormatie = Schemas['TeamFormatie'];
export type OrganisatieFormatie = Schemas['OrganisatieFormatie'];
export type Formatieplaats = Schemas['Formatieplaats'];
export type Plaatsing = Schemas['Plaatsing'];
export type NieuweFormatieplaats = RequestBody<'createFormatieplaats'>;
export type NieuwePlaatsing = RequestBody<'createPlaatsing'>;

export const getTeamFormatie = (teamId: string, peildatum?: string) =>
  request<ResponseBody<'getTeamFormatie'>>('GET', `/teams/${enc(teamId)}/formatie`, {
    query: { peildatum } satisfies QueryParams<'getTeamFormatie'>,
  });
export const teamFormatieDownload = (teamId: string, peildatum: string, formaat: Bestandsformaat) =>
  apiUrl(`/teams/${enc(teamId)}/formatie`, { peildatum, formaat } satisfies QueryParams<'getTeamFormatie'>);

export const getOrganisatieFormatie = (peildatum?: string) =>
  request<ResponseBody<'getOrganisatieFormatie'>>('GET', '/organisatie/formatie', {
    query: { peildatum } satisfies QueryParams<'getOrganisatieFormatie'>,
  });
export const organisatieFormatieDownload = (peildatum: string, formaat: Bestandsformaat) =>
  apiUrl('/organisatie/formatie', { peildatum, formaat } satisfies QueryParams<'getOrganisatieFormatie'>);

export type FormatieVerloop = Schemas['FormatieVerloop'];
export const getFormatieVerloop = (van?: string, tot?: string) =>
  request<ResponseBody<'getOrganisatieFormatieVerloop'>>('GET', '/organisatie/formatie/verloop', {
    query: { van, tot } satisfies QueryParams<'getOrganisatieFormatieVerloop'>,
  });
export const formatieVerloopDownload = (van: string, tot: string, formaat: Bestandsformaat) =>
  apiUrl('/organisatie/formatie/verloop', {
    van,
    tot,
    formaat,
  } satisfies QueryParams<'getOrganisatieFormatieVerloop'>);

export const createFormatieplaats = (teamId: string, plaats: NieuweFormatieplaats) =>
  request<ResponseBody<'createFormatieplaats'>>('POST', `/teams/${enc(teamId)}/formatieplaatsen`, {
    body: plaats,
  });
export const updateFormatieplaats = (
  id: string,
  versie: number,
  wijziging: RequestBody<'updateFormatieplaats'>,
) =>
  request<ResponseBody<'updateFormatieplaats'>>('PATCH', `/formatieplaatsen/${enc(id)}`, {
    body: wijziging,
    versie,
  });
export const createPlaatsing = (formatieplaatsId: string, plaatsing: NieuwePlaatsing) =>
  request<ResponseBody<'createPlaatsing'>>('POST', `/formatieplaatsen/${enc(formatieplaatsId)}/plaatsingen`, {
    body: plaatsing,
  });
export const updatePlaatsing = (id: string, versie: number, wijziging: RequestBody<'updatePlaatsing'>) =>
  request<ResponseBody<'updatePlaatsing'>>('PATCH', `/plaatsingen/${enc(id)}`, { body: wijziging, versie });

// ---------------------------------------------------------------- loonsom

export type LoonsomJaar = Schemas['LoonsomJaar'];
export type TeamLoonsom = Schemas['TeamLoonsom'];
export type OrganisatieLoonsom = Schemas['OrganisatieLoonsom'];
export type Loonsombudget = Schemas['Loonsombudget'];

export const getTeamLoonsom = (teamId: string, jaar?: number) =>
  request<ResponseBody<'getTeamLoonsom'>>('GET', `/teams/${enc(teamId)}/loonsom`, {
    query: { jaar } satisfies QueryParams<'getTeamLoonsom'>,
  });
export const getOrganisatieLoonsom = (jaar?: number) =>
  request<ResponseBody<'getOrganisatieLoonsom'>>('GET', '/organisatie/loonsom', {
    query: { jaar } satisfies QueryParams<'getOrganisatieLoonsom'>,
  });
export const organisatieLoonsomDownload = (jaar: number, formaat: Bestandsformaat) =>
  apiUrl('/organisatie/loonsom', { jaar, formaat } satisfies QueryParams<'getOrganisatieLoonsom'>);

export const createLoonsombudget = (teamId: string, budget: RequestBody<'createLoonsombudget'>) =>
  request<ResponseBody<'createLoonsombudget'>>('POST', `/teams/${enc(teamId)}/loonsombudgetten`, {
    body: budget,
  });
export const updateLoonsombudget = (id: string, versie: number, bedrag: number) =>
  request<ResponseBody<'updateLoonsombudget'>>('PATCH', `/loonsombudgetten/${enc(id)}`, {
    body: { bedrag } satisfies RequestBody<'updateLoonsombudget'>,
    versie,
  });

// ---------------------------------------------------------------- salary tables and werkgeverslasten

export type Salaristabel = Schemas['Salaristabel'];
export type SalaristabelSamenvatting = Schemas['SalaristabelSamenvatting'];
export type Werkgeverslasten = Schemas['Werkgeverslasten'];
export type NieuweWerkgeverslasten = RequestBody<'createWerkgeverslasten'>;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const listSalaristabellen = () =>
  request<ResponseBody<'getSalaristabellen'>>('GET', '/salaristabellen');
export const getSalaristabel = (id: string) =>
  request<ResponseBody<'getSalaristabel'>>('GET', `/salaristabellen/${enc(id)}`);

/**
 * Loads a salary table file. The type comes from the file name: browsers label a .csv file
 * differently (text/csv, application/vnd.ms-excel, or nothing), the API takes exactly two types.
 */
export const laadSalaristabel = (bestand: File, query: QueryParams<'createSalaristabel'>) => {
  const type = /\.xlsx$/i.test(bestand.name) ? XLSX_TYPE : 'text/csv';
  return request<ResponseBody<'createSalaristabel'>>('POST', '/salaristabellen', {
    query,
    bestand: new Blob([bestand], { type }),
  });
};
export const wijzigSalarisbedrag = (
  id: string,
  versie: number,
  bedrag: RequestBody<'updateSalaristabelBedrag'>,
) =>
  request<ResponseBody<'updateSalaristabelBedrag'>>('PATCH', `/salaristabellen/${enc(id)}`, {
    body: bedrag,
    versie,
  });

export const listWerkgeverslasten = () =>
  request<ResponseBody<'getWerkgeverslastenLijst'>>('GET', '/werkgeverslasten');
export const createWerkgeverslasten = (lasten: NieuweWerkgeverslasten) =>
  request<ResponseBody<'createWerkgeverslasten'>>('POST', '/werkgeverslasten', { body: lasten });
