/**
 * The raadsbrief (tag Raadsbrieven): the college's letters to the raad. Typed by the generated
 * schema (./contract.ts).
 */
import type { RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

export type Raadsbrief = Schemas['Raadsbrief'];
export type RaadsbriefDetail = Schemas['RaadsbriefDetail'];

const pad = (id: string) => `/raadsbrieven/${encodeURIComponent(id)}`;

export const listRaadsbrieven = () => request<ResponseBody<'listRaadsbrieven'>>('GET', '/raadsbrieven');
export const getRaadsbrief = (id: string) => request<ResponseBody<'getRaadsbrief'>>('GET', pad(id));
export const createRaadsbrief = (body: RequestBody<'createRaadsbrief'>) =>
  request<ResponseBody<'createRaadsbrief'>>('POST', '/raadsbrieven', { body });
export const updateRaadsbrief = (id: string, versie: number, body: RequestBody<'updateRaadsbrief'>) =>
  request<ResponseBody<'updateRaadsbrief'>>('PATCH', pad(id), { body, versie });
export const vernieuwMomentopname = (id: string, versie: number) =>
  request<ResponseBody<'vernieuwRaadsbriefMomentopname'>>('POST', `${pad(id)}/momentopnamen`, {
    body: {},
    versie,
  });
export const stelRaadsbriefVast = (
  id: string,
  versie: number,
  body: RequestBody<'stelRaadsbriefVast'> = {},
) => request<ResponseBody<'stelRaadsbriefVast'>>('POST', `${pad(id)}/vaststellingen`, { body, versie });
export const verzendRaadsbrief = (id: string, versie: number, body: RequestBody<'verzendRaadsbrief'> = {}) =>
  request<ResponseBody<'verzendRaadsbrief'>>('POST', `${pad(id)}/verzendingen`, { body, versie });
