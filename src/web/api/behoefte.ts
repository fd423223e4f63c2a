/**
 * Need against capacity (tag Behoefte): per team and period the demand against the availability, in
 * hours, FTE and euro. Typed by the generated schema (./contract.ts).
 */
import type { QueryParams, ResponseBody, Schemas } from './contract';
import { request } from './http';

export type TeamBehoefte = Schemas['TeamBehoefte'];
export type OrganisatieBehoefte = Schemas['OrganisatieBehoefte'];
export type BehoefteRij = Schemas['BehoefteRij'];
export type BehoefteCel = Schemas['BehoefteCel'];
export type BehoefteQuery = QueryParams<'getTeamBehoefte'>;

export const getTeamBehoefte = (teamId: string, query: BehoefteQuery) =>
  request<ResponseBody<'getTeamBehoefte'>>('GET', `/teams/${encodeURIComponent(teamId)}/behoefte`, { query });

export const getOrganisatieBehoefte = (query: QueryParams<'getOrganisatieBehoefte'>) =>
  request<ResponseBody<'getOrganisatieBehoefte'>>('GET', '/organisatie/behoefte', { query });
