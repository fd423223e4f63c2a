/**
 * The typed API client: one function per endpoint of docs/api.md (the organisation). Requests go
 * through ./http.ts, the only module that calls `fetch`; errors come back as a {@link ProblemError}
 * (RFC 9457 problem+json). Each answer is typed by its operation in the generated schema
 * (./contract.ts), the named types are in ./types.ts. Sessions, accounts and the audit log are in
 * ./toegang.ts.
 */
import type { QueryParams, RequestBody, ResponseBody } from './contract';
import { request } from './http';
import type {
  ExpertiseListParams,
  ExpertisePatch,
  LidmaatschapEinde,
  MedewerkerExpertisePatch,
  MedewerkerListParams,
  MedewerkerPatch,
  NewContracturen,
  NewExpertise,
  NewLeiderschap,
  NewMedewerker,
  NewMedewerkerExpertise,
  NewTeam,
  NewTeamlidmaatschap,
  TeamListParams,
  TeamPatch,
} from './types';

export { API_BASE, buildQuery, ProblemError } from './http';

const enc = encodeURIComponent;

// ---------------------------------------------------------------- organisation

export const getOrganisatie = () => request<ResponseBody<'getOrganisatieoverzicht'>>('GET', '/organisatie');
export const getOrganogram = () => request<ResponseBody<'getOrganogram'>>('GET', '/organisatie/organogram');
export const zoek = (zoekterm: string) =>
  request<ResponseBody<'search'>>('GET', '/zoekresultaten', {
    query: { zoekterm } satisfies QueryParams<'search'>,
  });

// ---------------------------------------------------------------- teams

export const listTeams = (params: TeamListParams = {}) =>
  request<ResponseBody<'listTeams'>>('GET', '/teams', { query: params });
export const getTeam = (teamId: string) => request<ResponseBody<'getTeam'>>('GET', `/teams/${enc(teamId)}`);
export const createTeam = (team: NewTeam) =>
  request<ResponseBody<'createTeam'>>('POST', '/teams', { body: team });
export const updateTeam = (teamId: string, versie: number, patch: TeamPatch) =>
  request<ResponseBody<'updateTeam'>>('PATCH', `/teams/${enc(teamId)}`, { body: patch, versie });
export const getTeamLeden = (teamId: string, peildatum?: QueryParams<'listTeamleden'>['peildatum']) =>
  request<ResponseBody<'listTeamleden'>>('GET', `/teams/${enc(teamId)}/leden`, { query: { peildatum } });
export const getExpertiseMatrix = (teamId: string) =>
  request<ResponseBody<'getExpertiseMatrix'>>('GET', `/teams/${enc(teamId)}/expertise-matrix`);
export const getLeidinggevenden = (teamId: string) =>
  request<ResponseBody<'listLeidinggevenden'>>('GET', `/teams/${enc(teamId)}/leidinggevenden`);
/** With If-Match of the team's versie: an appointment based on an old view of the team is refused (412). */
export const addLeidinggevende = (teamId: string, versie: number, leiderschap: NewLeiderschap) =>
  request<ResponseBody<'addLeidinggevende'>>('POST', `/teams/${enc(teamId)}/leidinggevenden`, {
    body: leiderschap,
    versie,
  });
/** Ends a leadership (If-Match: the team's versie), optionally with a successor from the next day. */
export const endLeidinggevende = (
  teamId: string,
  leiderschapId: string,
  versie: number,
  einde: RequestBody<'endLeidinggevende'>,
) =>
  request<ResponseBody<'endLeidinggevende'>>(
    'PATCH',
    `/teams/${enc(teamId)}/leidinggevenden/${enc(leiderschapId)}`,
    { body: einde, versie },
  );

// ---------------------------------------------------------------- medewerkers

export const listMedewerkers = (params: MedewerkerListParams = {}) =>
  request<ResponseBody<'listMedewerkers'>>('GET', '/medewerkers', { query: params });
export const getMedewerker = (medewerkerId: string) =>
  request<ResponseBody<'getMedewerker'>>('GET', `/medewerkers/${enc(medewerkerId)}`);
export const createMedewerker = (medewerker: NewMedewerker) =>
  request<ResponseBody<'createMedewerker'>>('POST', '/medewerkers', { body: medewerker });
export const updateMedewerker = (medewerkerId: string, versie: number, patch: MedewerkerPatch) =>
  request<ResponseBody<'updateMedewerker'>>('PATCH', `/medewerkers/${enc(medewerkerId)}`, {
    body: patch,
    versie,
  });
export const addContracturen = (medewerkerId: string, contract: NewContracturen) =>
  request<ResponseBody<'addContracturen'>>('POST', `/medewerkers/${enc(medewerkerId)}/contracturen`, {
    body: contract,
  });
export const addTeamlidmaatschap = (medewerkerId: string, lidmaatschap: NewTeamlidmaatschap) =>
  request<ResponseBody<'moveToTeam'>>('POST', `/medewerkers/${enc(medewerkerId)}/teamlidmaatschappen`, {
    body: lidmaatschap,
  });
/** Ends a membership (If-Match: the medewerker's versie), optionally with the next team. */
export const endTeamlidmaatschap = (
  medewerkerId: string,
  lidmaatschapId: string,
  versie: number,
  einde: LidmaatschapEinde,
) =>
  request<ResponseBody<'endTeamlidmaatschap'>>(
    'PATCH',
    `/medewerkers/${enc(medewerkerId)}/teamlidmaatschappen/${enc(lidmaatschapId)}`,
    { body: einde, versie },
  );
export const addMedewerkerExpertise = (medewerkerId: string, expertise: NewMedewerkerExpertise) =>
  request<ResponseBody<'addMedewerkerExpertise'>>('POST', `/medewerkers/${enc(medewerkerId)}/expertises`, {
    body: expertise,
  });
export const updateMedewerkerExpertise = (
  medewerkerId: string,
  expertiseId: string,
  versie: number,
  patch: MedewerkerExpertisePatch,
) =>
  request<ResponseBody<'updateMedewerkerExpertise'>>(
    'PATCH',
    `/medewerkers/${enc(medewerkerId)}/expertises/${enc(expertiseId)}`,
    {
      body: patch,
      versie,
    },
  );
/** With the `versie` last read: a removal based on an old read is refused (412). */
export const deleteMedewerkerExpertise = (medewerkerId: string, expertiseId: string, versie: number) =>
  request<void>('DELETE', `/medewerkers/${enc(medewerkerId)}/expertises/${enc(expertiseId)}`, { versie });

// ---------------------------------------------------------------- expertises

export const listExpertises = (params: ExpertiseListParams = {}) =>
  request<ResponseBody<'listExpertises'>>('GET', '/expertises', { query: params });
export const getExpertise = (expertiseId: string) =>
  request<ResponseBody<'getExpertise'>>('GET', `/expertises/${enc(expertiseId)}`);
export const createExpertise = (expertise: NewExpertise) =>
  request<ResponseBody<'createExpertise'>>('POST', '/expertises', { body: expertise });
export const updateExpertise = (expertiseId: string, versie: number, patch: ExpertisePatch) =>
  request<ResponseBody<'updateExpertise'>>('PATCH', `/expertises/${enc(expertiseId)}`, {
    body: patch,
    versie,
  });
