/**
 * The capacity API (tags Beschikbaarheid, Resultaatdoelen, Inzet, Organisatie): availability grids,
 * absence, result goals, their priority order and line, and the hours planned on them. Requests go
 * through ./http.ts, the only module that calls `fetch`; each answer is typed by its operation in the
 * generated schema (./contract.ts), and the named types below are aliases of it.
 */
import type { QueryParams, RequestBody, ResponseBody, Schemas } from './contract';
import { apiUrl, request } from './http';

export { RESULTAATDOEL_STATUSSEN, type ResultaatdoelStatus } from '../../domain/resultaatdoel';

const enc = encodeURIComponent;

// ---------------------------------------------------------------- beschikbaarheid and afwezigheid

export type TeamBeschikbaarheid = Schemas['TeamBeschikbaarheid'];
export type BeschikbaarheidCel = Schemas['BeschikbaarheidCel'];
export type Periode = TeamBeschikbaarheid['perioden'][number];
/** The grid's own query; the download adds `formaat`. */
export type BeschikbaarheidQuery = Omit<QueryParams<'getTeamBeschikbaarheid'>, 'formaat'>;

export const getTeamBeschikbaarheid = (teamId: string, query: BeschikbaarheidQuery) =>
  request<ResponseBody<'getTeamBeschikbaarheid'>>('GET', `/teams/${enc(teamId)}/beschikbaarheid`, { query });
export const teamBeschikbaarheidDownload = (
  teamId: string,
  query: BeschikbaarheidQuery,
  formaat: 'csv' | 'xlsx',
) =>
  apiUrl(`/teams/${enc(teamId)}/beschikbaarheid`, {
    ...query,
    formaat,
  } satisfies QueryParams<'getTeamBeschikbaarheid'>);

export type Afwezigheid = ResponseBody<'setAfwezigheid'>;

export const getAfwezigheid = (medewerkerId: string, van: string, tot: string) =>
  request<ResponseBody<'listAfwezigheid'>>('GET', `/medewerkers/${enc(medewerkerId)}/afwezigheid`, {
    query: { van, tot } satisfies QueryParams<'listAfwezigheid'>,
  });
export const putAfwezigheid = (medewerkerId: string, week: string, uren: number, versie?: number) =>
  request<ResponseBody<'setAfwezigheid'>>(
    'PUT',
    `/medewerkers/${enc(medewerkerId)}/afwezigheid/${enc(week)}`,
    {
      body: { uren } satisfies RequestBody<'setAfwezigheid'>,
      versie,
    },
  );

// ---------------------------------------------------------------- begroting

export type Begrotingsprogramma = Schemas['Begrotingsprogramma'];

export const listBegrotingsprogrammas = (begrotingsjaar?: number) =>
  request<ResponseBody<'listBegrotingsprogrammas'>>('GET', '/begrotingsprogrammas', {
    query: { begrotingsjaar } satisfies QueryParams<'listBegrotingsprogrammas'>,
  });
export const createBegrotingsprogramma = (programma: RequestBody<'createBegrotingsprogramma'>) =>
  request<ResponseBody<'createBegrotingsprogramma'>>('POST', '/begrotingsprogrammas', { body: programma });
/** Answers the whole programme, with the new policy goal among its beleidsdoelen. */
export const addBeleidsdoel = (begrotingsprogrammaId: string, beleidsdoel: RequestBody<'addBeleidsdoel'>) =>
  request<ResponseBody<'addBeleidsdoel'>>(
    'POST',
    `/begrotingsprogrammas/${enc(begrotingsprogrammaId)}/beleidsdoelen`,
    { body: beleidsdoel },
  );

// ---------------------------------------------------------------- resultaatdoelen

export type Resultaatdoel = Schemas['Resultaatdoel'];
export type NewResultaatdoel = RequestBody<'createResultaatdoel'>;
/** PATCH /resultaatdoelen/{id}: only the fields sent change; `periode` and `prioriteit` do not. */
export type ResultaatdoelPatch = RequestBody<'updateResultaatdoel'>;
/** One progress report on a result goal; the history is kept. */
export type Voortgang = ResponseBody<'listVoortgang'>['resultaten'][number];
export type NewVoortgang = RequestBody<'addVoortgang'>;

export const listResultaatdoelen = (teamId: string, periode?: string) =>
  request<ResponseBody<'listResultaatdoelen'>>('GET', `/teams/${enc(teamId)}/resultaatdoelen`, {
    query: { periode } satisfies QueryParams<'listResultaatdoelen'>,
  });
export const createResultaatdoel = (teamId: string, doel: NewResultaatdoel) =>
  request<ResponseBody<'createResultaatdoel'>>('POST', `/teams/${enc(teamId)}/resultaatdoelen`, {
    body: doel,
  });
export const getResultaatdoel = (resultaatdoelId: string) =>
  request<ResponseBody<'getResultaatdoel'>>('GET', `/resultaatdoelen/${enc(resultaatdoelId)}`);
export const updateResultaatdoel = (resultaatdoelId: string, versie: number, patch: ResultaatdoelPatch) =>
  request<ResponseBody<'updateResultaatdoel'>>('PATCH', `/resultaatdoelen/${enc(resultaatdoelId)}`, {
    body: patch,
    versie,
  });
/** Newest first. */
export const listVoortgang = (resultaatdoelId: string) =>
  request<ResponseBody<'listVoortgang'>>('GET', `/resultaatdoelen/${enc(resultaatdoelId)}/voortgang`);
/** Answers the whole history, newest first. */
export const addVoortgang = (resultaatdoelId: string, voortgang: NewVoortgang) =>
  request<ResponseBody<'addVoortgang'>>('POST', `/resultaatdoelen/${enc(resultaatdoelId)}/voortgang`, {
    body: voortgang,
  });
export const prioriteer = (teamId: string, periode: string, volgorde: string[]) =>
  request<ResponseBody<'herordenResultaatdoelen'>>('POST', `/teams/${enc(teamId)}/prioriteringen`, {
    body: { periode, volgorde } satisfies RequestBody<'herordenResultaatdoelen'>,
  });

export type Prioriteitslijn = Schemas['Prioriteitslijn'];

export const getPrioriteitslijn = (teamId: string, periode: string) =>
  request<ResponseBody<'getPrioriteitslijn'>>('GET', `/teams/${enc(teamId)}/prioriteitslijn`, {
    query: { periode } satisfies QueryParams<'getPrioriteitslijn'>,
  });

// ---------------------------------------------------------------- inzet

export type Inzet = Schemas['Inzet'];

export const getTeamInzet = (teamId: string, van: string, tot: string) =>
  request<ResponseBody<'listTeamInzet'>>('GET', `/teams/${enc(teamId)}/inzet`, {
    query: { van, tot } satisfies QueryParams<'listTeamInzet'>,
  });
export const getInzet = (resultaatdoelId: string, medewerkerId: string) =>
  request<ResponseBody<'getInzet'>>(
    'GET',
    `/resultaatdoelen/${enc(resultaatdoelId)}/inzet/${enc(medewerkerId)}`,
  );
export const putInzet = (
  resultaatdoelId: string,
  medewerkerId: string,
  versie: number,
  body: RequestBody<'setInzet'>,
) =>
  request<ResponseBody<'setInzet'>>(
    'PUT',
    `/resultaatdoelen/${enc(resultaatdoelId)}/inzet/${enc(medewerkerId)}`,
    {
      body,
      versie,
    },
  );

// ---------------------------------------------------------------- organisation

export type OrganisatieCapaciteit = Schemas['OrganisatieCapaciteit'];
export type CapaciteitCel = OrganisatieCapaciteit['totalen'][number];

export const getOrganisatieCapaciteit = (jaar: number) =>
  request<ResponseBody<'getOrganisatieCapaciteit'>>('GET', '/organisatie/capaciteit', {
    query: { jaar } satisfies QueryParams<'getOrganisatieCapaciteit'>,
  });
export const organisatieCapaciteitDownload = (jaar: number, formaat: 'csv' | 'xlsx') =>
  apiUrl('/organisatie/capaciteit', { jaar, formaat } satisfies QueryParams<'getOrganisatieCapaciteit'>);
