import type { QueryParams } from './contract';
import { apiUrl } from './http';

/**
 * Download links of the lists (`?formaat=csv|xlsx`): the same filters as the list on screen, all
 * pages at once. The server decides what the caller may see and records the download.
 */
export type Bestandsformaat = 'csv' | 'xlsx';
type ZonderPagina<T> = Omit<T, 'pagina' | 'paginaGrootte' | 'formaat'>;

export const medewerkersDownload = (
  filter: ZonderPagina<QueryParams<'listMedewerkers'>>,
  formaat: Bestandsformaat,
) => apiUrl('/medewerkers', { ...filter, formaat } satisfies QueryParams<'listMedewerkers'>);

export const inzetverzoekenDownload = (
  filter: ZonderPagina<QueryParams<'listInzetverzoeken'>>,
  formaat: Bestandsformaat,
) => apiUrl('/inzetverzoeken', { ...filter, formaat } satisfies QueryParams<'listInzetverzoeken'>);

export const portfolioDownload = (van: string, tot: string, formaat: Bestandsformaat) =>
  apiUrl('/portfolio', { van, tot, formaat } satisfies QueryParams<'getPortfolio'>);

export const besluitenDownload = (formaat: Bestandsformaat) =>
  apiUrl('/besluiten', { formaat } satisfies QueryParams<'listBesluiten'>);

export const teamsDownload = (filter: ZonderPagina<QueryParams<'listTeams'>>, formaat: Bestandsformaat) =>
  apiUrl('/teams', { ...filter, formaat } satisfies QueryParams<'listTeams'>);

export const expertisesDownload = (
  filter: ZonderPagina<QueryParams<'listExpertises'>>,
  formaat: Bestandsformaat,
) => apiUrl('/expertises', { ...filter, formaat } satisfies QueryParams<'listExpertises'>);

export const opgavenDownload = (filter: ZonderPagina<QueryParams<'listOpgaven'>>, formaat: Bestandsformaat) =>
  apiUrl('/opgaven', { ...filter, formaat } satisfies QueryParams<'listOpgaven'>);

export const bestuursopdrachtenDownload = (
  filter: ZonderPagina<QueryParams<'listBestuursopdrachten'>>,
  formaat: Bestandsformaat,
) => apiUrl('/bestuursopdrachten', { ...filter, formaat } satisfies QueryParams<'listBestuursopdrachten'>);

export const ambitiesDownload = (formaat: Bestandsformaat) =>
  apiUrl('/bestuurlijke-ambities', { formaat } satisfies QueryParams<'listAmbities'>);

export const programmasDownload = (formaat: Bestandsformaat) =>
  apiUrl('/programmas', { formaat } satisfies QueryParams<'listProgrammas'>);

export const accountsDownload = (
  filter: ZonderPagina<QueryParams<'listAccounts'>>,
  formaat: Bestandsformaat,
) => apiUrl('/accounts', { ...filter, formaat } satisfies QueryParams<'listAccounts'>);

export const verdeelvoorstellenDownload = (formaat: Bestandsformaat) =>
  apiUrl('/verdeelvoorstellen', { formaat } satisfies QueryParams<'listVerdeelvoorstellen'>);

export const zoekresultatenDownload = (zoekterm: string, formaat: Bestandsformaat) =>
  apiUrl('/zoekresultaten', { zoekterm, formaat } satisfies QueryParams<'search'>);
