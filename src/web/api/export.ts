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
