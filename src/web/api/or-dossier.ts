/**
 * The OR-dossier (tag OR-dossier): requests to the ondernemingsraad and overlegvergaderingen. Typed
 * by the generated schema (./contract.ts).
 */
import type { RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

export type OrVerzoek = Schemas['OrVerzoek'];
export type OrOverleg = Schemas['OrOverleg'];

const pad = (id: string) => `/or-verzoeken/${encodeURIComponent(id)}`;

export const listOrVerzoeken = () => request<ResponseBody<'listOrVerzoeken'>>('GET', '/or-verzoeken');
export const getOrVerzoek = (id: string) => request<ResponseBody<'getOrVerzoek'>>('GET', pad(id));
export const createOrVerzoek = (body: RequestBody<'createOrVerzoek'>) =>
  request<ResponseBody<'createOrVerzoek'>>('POST', '/or-verzoeken', { body });
export const dienOrVerzoekIn = (id: string, versie: number, body: RequestBody<'dienOrVerzoekIn'>) =>
  request<ResponseBody<'dienOrVerzoekIn'>>('POST', `${pad(id)}/indieningen`, { body, versie });
export const reageerOpOrVerzoek = (id: string, versie: number, body: RequestBody<'reageerOpOrVerzoek'>) =>
  request<ResponseBody<'reageerOpOrVerzoek'>>('POST', `${pad(id)}/reacties`, { body, versie });
export const besluitOpOrVerzoek = (id: string, versie: number, body: RequestBody<'besluitOpOrVerzoek'>) =>
  request<ResponseBody<'besluitOpOrVerzoek'>>('POST', `${pad(id)}/besluiten`, { body, versie });
export const zieAfVanOpschorting = (id: string, versie: number) =>
  request<ResponseBody<'zieAfVanOpschorting'>>('POST', `${pad(id)}/afstand-van-opschorting`, {
    body: {},
    versie,
  });
export const listOrOverleggen = () => request<ResponseBody<'listOrOverleggen'>>('GET', '/or-overleggen');
