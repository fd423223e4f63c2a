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

export const werkdrukDownload = (
  filter: ZonderPagina<QueryParams<'getOrganisatieWerkdruk'>>,
  formaat: Bestandsformaat,
) => apiUrl('/organisatie/werkdruk', { ...filter, formaat } satisfies QueryParams<'getOrganisatieWerkdruk'>);

export const gesprekDekkingDownload = (formaat: Bestandsformaat) =>
  apiUrl('/organisatie/gesprekken', { formaat } satisfies QueryParams<'getGesprekDekking'>);

export const pulsResultatenDownload = (rondeId: string, formaat: Bestandsformaat) =>
  apiUrl(`/puls-rondes/${encodeURIComponent(rondeId)}/resultaten`, {
    formaat,
  } satisfies QueryParams<'getPulsResultaten'>);

export const teamledenDownload = (teamId: string, peildatum: string | undefined, formaat: Bestandsformaat) =>
  apiUrl(`/teams/${encodeURIComponent(teamId)}/leden`, {
    ...(peildatum ? { peildatum } : {}),
    formaat,
  } satisfies QueryParams<'listTeamleden'>);

export const resultaatdoelenDownload = (
  teamId: string,
  periode: string | undefined,
  formaat: Bestandsformaat,
) =>
  apiUrl(`/teams/${encodeURIComponent(teamId)}/resultaatdoelen`, {
    ...(periode ? { periode } : {}),
    formaat,
  } satisfies QueryParams<'listResultaatdoelen'>);

export const teamOntwikkelplannenDownload = (teamId: string, jaar: number, formaat: Bestandsformaat) =>
  apiUrl(`/teams/${encodeURIComponent(teamId)}/ontwikkelplannen`, {
    jaar,
    formaat,
  } satisfies QueryParams<'getTeamOntwikkelplannen'>);

export const medewerkerOntwikkelplannenDownload = (
  medewerkerId: string,
  jaar: number,
  formaat: Bestandsformaat,
) =>
  apiUrl(`/medewerkers/${encodeURIComponent(medewerkerId)}/ontwikkelplannen`, {
    jaar,
    formaat,
  } satisfies QueryParams<'getMedewerkerOntwikkelplannen'>);

export const verlopenActiesDownload = (formaat: Bestandsformaat) =>
  apiUrl('/verlopen-gesprekacties', { formaat } satisfies QueryParams<'listVerlopenGesprekacties'>);

export const scenariosDownload = (formaat: Bestandsformaat) =>
  apiUrl('/scenarios', { formaat } satisfies QueryParams<'listScenarios'>);

export const begrotingsprogrammasDownload = (begrotingsjaar: number, formaat: Bestandsformaat) =>
  apiUrl('/begrotingsprogrammas', {
    begrotingsjaar,
    formaat,
  } satisfies QueryParams<'listBegrotingsprogrammas'>);

export const salaristabellenDownload = (formaat: Bestandsformaat) =>
  apiUrl('/salaristabellen', { formaat } satisfies QueryParams<'getSalaristabellen'>);

export const werkgeverslastenDownload = (formaat: Bestandsformaat) =>
  apiUrl('/werkgeverslasten', { formaat } satisfies QueryParams<'getWerkgeverslastenLijst'>);

export const organisatieBehoefteDownload = (
  filter: ZonderPagina<QueryParams<'getOrganisatieBehoefte'>>,
  formaat: Bestandsformaat,
) => apiUrl('/organisatie/behoefte', { ...filter, formaat } satisfies QueryParams<'getOrganisatieBehoefte'>);

export const teamBehoefteDownload = (
  teamId: string,
  filter: ZonderPagina<QueryParams<'getTeamBehoefte'>>,
  formaat: Bestandsformaat,
) =>
  apiUrl(`/teams/${encodeURIComponent(teamId)}/behoefte`, {
    ...filter,
    formaat,
  } satisfies QueryParams<'getTeamBehoefte'>);

export const pulsRondesDownload = (formaat: Bestandsformaat) =>
  apiUrl('/puls-rondes', { formaat } satisfies QueryParams<'listPulsRondes'>);

export const pulsTrendDownload = (formaat: Bestandsformaat) =>
  apiUrl('/organisatie/puls-trend', { formaat } satisfies QueryParams<'getPulsTrend'>);

export const teamWerkdrukDownload = (
  teamId: string,
  filter: ZonderPagina<QueryParams<'getTeamWerkdruk'>>,
  formaat: Bestandsformaat,
) =>
  apiUrl(`/teams/${encodeURIComponent(teamId)}/werkdruk`, {
    ...filter,
    formaat,
  } satisfies QueryParams<'getTeamWerkdruk'>);

export const gesprekkenDownload = (medewerkerId: string, formaat: Bestandsformaat) =>
  apiUrl(`/medewerkers/${encodeURIComponent(medewerkerId)}/gesprekken`, {
    formaat,
  } satisfies QueryParams<'listGesprekken'>);

export const voorstellenDownload = (scenarioId: string, formaat: Bestandsformaat) =>
  apiUrl(`/scenarios/${encodeURIComponent(scenarioId)}/voorstellen`, {
    formaat,
  } satisfies QueryParams<'listVoorstellen'>);

export const scenarioVergelijkingDownload = (
  filter: ZonderPagina<QueryParams<'getScenarioVergelijkingen'>>,
  formaat: Bestandsformaat,
) =>
  apiUrl('/scenario-vergelijking', {
    ...filter,
    formaat,
  } satisfies QueryParams<'getScenarioVergelijkingen'>);

export const teamInzetDownload = (teamId: string, van: string, tot: string, formaat: Bestandsformaat) =>
  apiUrl(`/teams/${encodeURIComponent(teamId)}/inzet`, {
    van,
    tot,
    formaat,
  } satisfies QueryParams<'listTeamInzet'>);

export const teamLoonsomDownload = (teamId: string, jaar: number | undefined, formaat: Bestandsformaat) =>
  apiUrl(`/teams/${encodeURIComponent(teamId)}/loonsom`, {
    ...(jaar ? { jaar } : {}),
    formaat,
  } satisfies QueryParams<'getTeamLoonsom'>);

export const kandidatenDownload = (capaciteitsvraagId: string, formaat: Bestandsformaat) =>
  apiUrl(`/capaciteitsvragen/${encodeURIComponent(capaciteitsvraagId)}/kandidaten`, {
    formaat,
  } satisfies QueryParams<'listKandidaten'>);
