/**
 * The capacity API (tags Beschikbaarheid, Resultaatdoelen, Inzet, Organisatie): availability grids,
 * absence, result goals, their priority order and line, and the hours planned on them. Requests go
 * through ./http.ts, the only module that calls `fetch`.
 */
import { apiUrl, request } from './http';

const enc = encodeURIComponent;

export interface Periode {
  sleutel: string;
  van: string;
  tot: string;
}

export interface BeschikbaarheidCel {
  periode: string;
  contractUren: number;
  feestdagUren: number;
  brutoUren: number;
  afwezigheidUren: number;
  nietProductiefUren: number;
  beschikbaar: number;
  ingezetRobuust: number;
  ingezetWendbaar: number;
  vrij: number;
  overboekt: boolean;
}

export interface TeamBeschikbaarheid {
  teamId: string;
  per: 'week' | 'maand';
  nietProductiefAandeel: number;
  perioden: Periode[];
  medewerkers: {
    medewerkerId: string;
    naam: string;
    functie: string;
    cellen: BeschikbaarheidCel[];
    totaal: BeschikbaarheidCel;
  }[];
  totalen: BeschikbaarheidCel[];
  overboekt: { medewerkerId: string; naam: string; perioden: { periode: string; vrij: number }[] }[];
}

export interface BeschikbaarheidQuery {
  per: 'week' | 'maand';
  van: string;
  tot: string;
}

export const getTeamBeschikbaarheid = (teamId: string, query: BeschikbaarheidQuery) =>
  request<TeamBeschikbaarheid>('GET', `/teams/${enc(teamId)}/beschikbaarheid`, { query });
export const teamBeschikbaarheidDownload = (
  teamId: string,
  query: BeschikbaarheidQuery,
  formaat: 'csv' | 'xlsx',
) => apiUrl(`/teams/${enc(teamId)}/beschikbaarheid`, { ...query, formaat });

export interface Afwezigheid {
  week: string;
  uren: number;
  versie: number;
}

export const getAfwezigheid = (medewerkerId: string, van: string, tot: string) =>
  request<{ resultaten: Afwezigheid[] }>('GET', `/medewerkers/${enc(medewerkerId)}/afwezigheid`, {
    query: { van, tot },
  });
export const putAfwezigheid = (medewerkerId: string, week: string, uren: number, versie?: number) =>
  request<Afwezigheid>('PUT', `/medewerkers/${enc(medewerkerId)}/afwezigheid/${enc(week)}`, {
    body: { uren },
    versie,
  });

export interface Begrotingsprogramma {
  id: string;
  begrotingsjaar: number;
  code: string;
  naam: string;
  beleidsdoelen: { id: string; naam: string; omschrijving: string | null }[];
}

export const listBegrotingsprogrammas = (begrotingsjaar?: number) =>
  request<{ resultaten: Begrotingsprogramma[] }>('GET', '/begrotingsprogrammas', {
    query: { begrotingsjaar },
  });
export const createBegrotingsprogramma = (programma: {
  begrotingsjaar: number;
  code: string;
  naam: string;
}) => request<Begrotingsprogramma>('POST', '/begrotingsprogrammas', { body: programma });
/** Answers the whole programme, with the new policy goal among its beleidsdoelen. */
export const addBeleidsdoel = (
  begrotingsprogrammaId: string,
  beleidsdoel: { naam: string; omschrijving?: string | null },
) =>
  request<Begrotingsprogramma>('POST', `/begrotingsprogrammas/${enc(begrotingsprogrammaId)}/beleidsdoelen`, {
    body: beleidsdoel,
  });

export const STATUSSEN = ['gepland', 'actief', 'behaald', 'niet-behaald', 'vervallen'] as const;
export type ResultaatdoelStatus = (typeof STATUSSEN)[number];

export interface Resultaatdoel {
  id: string;
  teamId: string;
  periode: string;
  prioriteit: number;
  titel: string;
  omschrijving: string | null;
  indicator: string | null;
  doelwaarde: number | null;
  eenheid: string | null;
  geschatteUren: number;
  eigenaar: { medewerkerId: string; naam: string } | null;
  status: ResultaatdoelStatus;
  beleidsdoelen: { beleidsdoelId: string; naam: string; gewicht: number }[];
  laatsteVoortgang: { datum: string; waarde: number | null; toelichting: string | null } | null;
  versie: number;
}

export interface NewResultaatdoel {
  periode: string;
  titel: string;
  beleidsdoelen: { beleidsdoelId: string; gewicht: number }[];
  geschatteUren?: number;
  indicator?: string | null;
  doelwaarde?: number | null;
  eenheid?: string | null;
  omschrijving?: string | null;
  eigenaarMedewerkerId?: string | null;
}

/** PATCH /resultaatdoelen/{id}: only the fields sent change; `periode` and `prioriteit` do not. */
export interface ResultaatdoelPatch {
  titel?: string;
  omschrijving?: string | null;
  indicator?: string | null;
  doelwaarde?: number | null;
  eenheid?: string | null;
  geschatteUren?: number;
  eigenaarMedewerkerId?: string | null;
  status?: ResultaatdoelStatus;
  beleidsdoelen?: { beleidsdoelId: string; gewicht: number }[];
}

/** One progress report on a result goal; the history is kept. */
export interface Voortgang {
  id: string;
  datum: string;
  waarde: number | null;
  toelichting: string | null;
  /** When it was recorded (UTC timestamp). */
  vastgelegdOp: string;
}

export const listResultaatdoelen = (teamId: string, periode?: string) =>
  request<{ resultaten: Resultaatdoel[] }>('GET', `/teams/${enc(teamId)}/resultaatdoelen`, {
    query: { periode },
  });
export const createResultaatdoel = (teamId: string, doel: NewResultaatdoel) =>
  request<Resultaatdoel>('POST', `/teams/${enc(teamId)}/resultaatdoelen`, { body: doel });
export const getResultaatdoel = (resultaatdoelId: string) =>
  request<Resultaatdoel>('GET', `/resultaatdoelen/${enc(resultaatdoelId)}`);
export const updateResultaatdoel = (resultaatdoelId: string, versie: number, patch: ResultaatdoelPatch) =>
  request<Resultaatdoel>('PATCH', `/resultaatdoelen/${enc(resultaatdoelId)}`, { body: patch, versie });
/** Newest first. */
export const listVoortgang = (resultaatdoelId: string) =>
  request<{ resultaten: Voortgang[] }>('GET', `/resultaatdoelen/${enc(resultaatdoelId)}/voortgang`);
/** Answers the whole history, newest first. */
export const addVoortgang = (
  resultaatdoelId: string,
  voortgang: { datum: string; waarde?: number | null; toelichting?: string | null },
) =>
  request<{ resultaten: Voortgang[] }>('POST', `/resultaatdoelen/${enc(resultaatdoelId)}/voortgang`, {
    body: voortgang,
  });
export const prioriteer = (teamId: string, periode: string, volgorde: string[]) =>
  request<{ resultaten: Resultaatdoel[] }>('POST', `/teams/${enc(teamId)}/prioriteringen`, {
    body: { periode, volgorde },
  });

export interface Prioriteitslijn {
  teamId: string;
  periode: string;
  capaciteit: number;
  vraag: number;
  tekort: number;
  resultaatdoelen: {
    resultaatdoelId: string;
    prioriteit: number;
    titel: string;
    status: string;
    geschatteUren: number;
    ingezetUren: number;
    cumulatief: number;
    bovenDeLijn: boolean;
  }[];
}

export const getPrioriteitslijn = (teamId: string, periode: string) =>
  request<Prioriteitslijn>('GET', `/teams/${enc(teamId)}/prioriteitslijn`, { query: { periode } });

export interface Inzet {
  medewerkerId: string;
  resultaatdoelId: string;
  versie: number;
  reeksen: { van: string; tot: string; urenPerWeek: number }[];
}

export const getTeamInzet = (teamId: string, van: string, tot: string) =>
  request<{ resultaten: Inzet[] }>('GET', `/teams/${enc(teamId)}/inzet`, { query: { van, tot } });
export const getInzet = (resultaatdoelId: string, medewerkerId: string) =>
  request<Inzet>('GET', `/resultaatdoelen/${enc(resultaatdoelId)}/inzet/${enc(medewerkerId)}`);
export const putInzet = (
  resultaatdoelId: string,
  medewerkerId: string,
  versie: number,
  body: { vanWeek: string; totWeek: string; urenPerWeek: number },
) =>
  request<Inzet>('PUT', `/resultaatdoelen/${enc(resultaatdoelId)}/inzet/${enc(medewerkerId)}`, {
    body,
    versie,
  });

export interface CapaciteitCel {
  periode: string;
  capaciteit: number;
  vraag: number;
  ingezet: number;
  ingezetWendbaar: number;
  benutting: number | null;
  vraagDekking: number | null;
}

export interface OrganisatieCapaciteit {
  jaar: number;
  perioden: Periode[];
  teams: { teamId: string; naam: string; cellen: CapaciteitCel[]; totaal: CapaciteitCel }[];
  totalen: CapaciteitCel[];
}

export const getOrganisatieCapaciteit = (jaar: number) =>
  request<OrganisatieCapaciteit>('GET', '/organisatie/capaciteit', { query: { jaar } });
export const organisatieCapaciteitDownload = (jaar: number, formaat: 'csv' | 'xlsx') =>
  apiUrl('/organisatie/capaciteit', { jaar, formaat });
