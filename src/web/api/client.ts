/**
 * The typed API client: one function per endpoint of docs/api.md (the organisation). Requests go
 * through ./http.ts, the only module that calls `fetch`; errors come back as a {@link ProblemError}
 * (RFC 9457 problem+json). Sessions, accounts and the audit log are in ./toegang.ts.
 */
import { request } from './http';
import type {
  Contracturen,
  Expertise,
  ExpertiseDetail,
  ExpertiseListParams,
  ExpertiseMatrix,
  ExpertisePatch,
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
  Team,
  TeamLid,
  TeamListParams,
  Teamlidmaatschap,
  TeamPatch,
  Zoekresultaten,
} from './types';

export { API_BASE, buildQuery, ProblemError } from './http';

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
