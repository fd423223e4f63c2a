/**
 * The typed API client: the only module of the web app that calls `fetch`. One function per
 * endpoint of docs/api.md. Errors come back as a {@link ProblemError} (RFC 9457 problem+json).
 */
import type {
  Contracturen,
  Expertise,
  ExpertiseDetail,
  ExpertiseListParams,
  ExpertiseMatrix,
  ExpertisePatch,
  InvalidParam,
  Leiderschap,
  ListResponse,
  Medewerker,
  MedewerkerDetail,
  MedewerkerExpertise,
  MedewerkerListParams,
  MedewerkerPatch,
  NewContracturen,
  NewExpertise,
  NewLeiderschap,
  NewMedewerker,
  NewMedewerkerExpertise,
  NewTeam,
  NewTeamlidmaatschap,
  Organisatie,
  Organogram,
  Problem,
  Team,
  TeamLid,
  TeamListParams,
  Teamlidmaatschap,
  TeamPatch,
  Zoekresultaten,
} from './types';

export const API_BASE = '/api/v1';

/** An error answer of the API, or a network failure (status 0). */
export class ProblemError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly invalidParams: InvalidParam[];
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ProblemError';
    this.status = status;
    this.title = problem.title ?? `HTTP ${status}`;
    this.detail = problem.detail;
    this.invalidParams = problem.invalidParams ?? [];
    this.problem = problem;
  }

  /** 412: somebody else changed the resource since it was read. */
  get isConflict(): boolean {
    return this.status === 412;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

type QueryValue = string | number | boolean | null | undefined;

interface RequestOptions {
  query?: object;
  body?: unknown;
  /** The `versie` the client last read; sent as `If-Match: "<versie>"`. */
  versie?: number;
}

export function buildQuery(query: object | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.versie !== undefined) headers['If-Match'] = `"${options.versie}"`;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${buildQuery(options.query)}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ProblemError(0, {
      title: 'Geen verbinding met de server',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const problem: Problem =
      body && typeof body === 'object'
        ? (body as Problem)
        : { title: response.statusText, status: response.status };
    throw new ProblemError(response.status, problem);
  }
  return body as T;
}

const enc = encodeURIComponent;

// ---------------------------------------------------------------- organisation

export const getOrganisatie = () => request<Organisatie>('GET', '/organisatie');
export const getOrganogram = () => request<Organogram>('GET', '/organisatie/organogram');
export const zoek = (zoekterm: string) =>
  request<Zoekresultaten>('GET', '/zoekresultaten', { query: { zoekterm } });

// ---------------------------------------------------------------- teams

export const listTeams = (params: TeamListParams = {}) =>
  request<ListResponse<Team>>('GET', '/teams', { query: params });
export const getTeam = (teamId: string) => request<Team>('GET', `/teams/${enc(teamId)}`);
export const createTeam = (team: NewTeam) => request<Team>('POST', '/teams', { body: team });
export const updateTeam = (teamId: string, versie: number, patch: TeamPatch) =>
  request<Team>('PATCH', `/teams/${enc(teamId)}`, { body: patch, versie });
export const getTeamLeden = (teamId: string, peildatum?: string) =>
  request<{ resultaten: TeamLid[] }>('GET', `/teams/${enc(teamId)}/leden`, { query: { peildatum } });
export const getExpertiseMatrix = (teamId: string) =>
  request<ExpertiseMatrix>('GET', `/teams/${enc(teamId)}/expertise-matrix`);
export const getLeidinggevenden = (teamId: string) =>
  request<{ resultaten: Leiderschap[] }>('GET', `/teams/${enc(teamId)}/leidinggevenden`);
export const addLeidinggevende = (teamId: string, leiderschap: NewLeiderschap) =>
  request<Leiderschap>('POST', `/teams/${enc(teamId)}/leidinggevenden`, { body: leiderschap });
export const endLeidinggevende = (teamId: string, leiderschapId: string, einddatum: string) =>
  request<Leiderschap>('PATCH', `/teams/${enc(teamId)}/leidinggevenden/${enc(leiderschapId)}`, {
    body: { einddatum },
  });

// ---------------------------------------------------------------- medewerkers

export const listMedewerkers = (params: MedewerkerListParams = {}) =>
  request<ListResponse<Medewerker>>('GET', '/medewerkers', { query: params });
export const getMedewerker = (medewerkerId: string) =>
  request<MedewerkerDetail>('GET', `/medewerkers/${enc(medewerkerId)}`);
export const createMedewerker = (medewerker: NewMedewerker) =>
  request<MedewerkerDetail>('POST', '/medewerkers', { body: medewerker });
export const updateMedewerker = (medewerkerId: string, versie: number, patch: MedewerkerPatch) =>
  request<MedewerkerDetail>('PATCH', `/medewerkers/${enc(medewerkerId)}`, { body: patch, versie });
export const addContracturen = (medewerkerId: string, contract: NewContracturen) =>
  request<Contracturen>('POST', `/medewerkers/${enc(medewerkerId)}/contracturen`, { body: contract });
export const addTeamlidmaatschap = (medewerkerId: string, lidmaatschap: NewTeamlidmaatschap) =>
  request<Teamlidmaatschap>('POST', `/medewerkers/${enc(medewerkerId)}/teamlidmaatschappen`, {
    body: lidmaatschap,
  });
export const addMedewerkerExpertise = (medewerkerId: string, expertise: NewMedewerkerExpertise) =>
  request<MedewerkerExpertise>('POST', `/medewerkers/${enc(medewerkerId)}/expertises`, { body: expertise });
export const updateMedewerkerExpertise = (
  medewerkerId: string,
  expertiseId: string,
  versie: number,
  patch: { niveau?: number; ambitie?: boolean },
) =>
  request<MedewerkerExpertise>('PATCH', `/medewerkers/${enc(medewerkerId)}/expertises/${enc(expertiseId)}`, {
    body: patch,
    versie,
  });
export const deleteMedewerkerExpertise = (medewerkerId: string, expertiseId: string) =>
  request<void>('DELETE', `/medewerkers/${enc(medewerkerId)}/expertises/${enc(expertiseId)}`);

// ---------------------------------------------------------------- expertises

export const listExpertises = (params: ExpertiseListParams = {}) =>
  request<ListResponse<Expertise>>('GET', '/expertises', { query: params });
export const getExpertise = (expertiseId: string) =>
  request<ExpertiseDetail>('GET', `/expertises/${enc(expertiseId)}`);
export const createExpertise = (expertise: NewExpertise) =>
  request<Expertise>('POST', '/expertises', { body: expertise });
export const updateExpertise = (expertiseId: string, versie: number, patch: ExpertisePatch) =>
  request<Expertise>('PATCH', `/expertises/${enc(expertiseId)}`, { body: patch, versie });
