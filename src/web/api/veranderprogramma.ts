/**
 * The veranderprogramma (tag Veranderprogramma): phases, themes, transitieteams, actions and
 * milestones. Typed by the generated schema (./contract.ts). Every change and removal sends the
 * version it was based on (If-Match).
 */
import type { RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

export type Veranderprogramma = Schemas['Veranderprogramma'];
export type VeranderFase = Schemas['VeranderFase'];
export type VeranderThema = Schemas['VeranderThema'];
export type VeranderActie = Schemas['VeranderActie'];
export type VeranderThemaLid = Schemas['VeranderThemaLid'];

const enc = encodeURIComponent;
const fase = (id: string) => `/verander-fases/${enc(id)}`;
const thema = (id: string) => `/verander-themas/${enc(id)}`;
const lid = (themaId: string, lidId: string) => `${thema(themaId)}/leden/${enc(lidId)}`;
const actie = (themaId: string, actieId: string) => `${thema(themaId)}/acties/${enc(actieId)}`;

export const getVeranderprogramma = () =>
  request<ResponseBody<'getVeranderprogramma'>>('GET', '/veranderprogramma');

export const createVeranderFase = (body: RequestBody<'createVeranderFase'>) =>
  request<ResponseBody<'createVeranderFase'>>('POST', '/verander-fases', { body });
export const updateVeranderFase = (id: string, versie: number, body: RequestBody<'updateVeranderFase'>) =>
  request<ResponseBody<'updateVeranderFase'>>('PATCH', fase(id), { body, versie });
export const deleteVeranderFase = (id: string, versie: number) =>
  request<void>('DELETE', fase(id), { versie });

export const createVeranderThema = (body: RequestBody<'createVeranderThema'>) =>
  request<ResponseBody<'createVeranderThema'>>('POST', '/verander-themas', { body });
export const updateVeranderThema = (id: string, versie: number, body: RequestBody<'updateVeranderThema'>) =>
  request<ResponseBody<'updateVeranderThema'>>('PATCH', thema(id), { body, versie });
export const deleteVeranderThema = (id: string, versie: number) =>
  request<void>('DELETE', thema(id), { versie });

export const createVeranderThemaLid = (themaId: string, body: RequestBody<'createVeranderThemaLid'>) =>
  request<ResponseBody<'createVeranderThemaLid'>>('POST', `${thema(themaId)}/leden`, { body });
export const updateVeranderThemaLid = (
  themaId: string,
  lidId: string,
  versie: number,
  body: RequestBody<'updateVeranderThemaLid'>,
) => request<ResponseBody<'updateVeranderThemaLid'>>('PATCH', lid(themaId, lidId), { body, versie });
export const deleteVeranderThemaLid = (themaId: string, lidId: string, versie: number) =>
  request<void>('DELETE', lid(themaId, lidId), { versie });

export const createVeranderActie = (themaId: string, body: RequestBody<'createVeranderActie'>) =>
  request<ResponseBody<'createVeranderActie'>>('POST', `${thema(themaId)}/acties`, { body });
export const updateVeranderActie = (
  themaId: string,
  actieId: string,
  versie: number,
  body: RequestBody<'updateVeranderActie'>,
) => request<ResponseBody<'updateVeranderActie'>>('PATCH', actie(themaId, actieId), { body, versie });
export const deleteVeranderActie = (themaId: string, actieId: string, versie: number) =>
  request<void>('DELETE', actie(themaId, actieId), { versie });
