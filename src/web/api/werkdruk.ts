/**
 * The werkdruk API (tag Werkdruk): the heatmap of teams × months and a team's parts per month.
 * Requests go through ./http.ts; every shape is the generated schema's (./contract.ts).
 */
import type { QueryParams, ResponseBody, Schemas } from './contract';
import { request } from './http';

const enc = encodeURIComponent;

export type OrganisatieWerkdruk = Schemas['OrganisatieWerkdruk'];
export type TeamWerkdruk = Schemas['TeamWerkdruk'];
export type WerkdrukDeel = Schemas['WerkdrukDeel'];
export type WerkdrukNiveau = WerkdrukDeel['niveau'];
export type WerkdrukDeelSoort = WerkdrukDeel['deel'];

export const getOrganisatieWerkdruk = (van?: string, tot?: string) =>
  request<ResponseBody<'getOrganisatieWerkdruk'>>('GET', '/organisatie/werkdruk', {
    query: { van, tot } satisfies QueryParams<'getOrganisatieWerkdruk'>,
  });

export const getTeamWerkdruk = (teamId: string, van?: string, tot?: string) =>
  request<ResponseBody<'getTeamWerkdruk'>>('GET', `/teams/${enc(teamId)}/werkdruk`, {
    query: { van, tot } satisfies QueryParams<'getTeamWerkdruk'>,
  });
