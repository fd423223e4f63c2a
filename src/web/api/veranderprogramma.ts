/**
 * The veranderprogramma (tag Veranderprogramma): phases, themes, transitieteams, actions and
 * milestones. Typed by the generated schema (./contract.ts).
 */
import type { RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

export type Veranderprogramma = Schemas['Veranderprogramma'];
export type VeranderFase = Schemas['VeranderFase'];
export type VeranderThema = Schemas['VeranderThema'];
export type VeranderActie = Schemas['VeranderActie'];
export type VeranderThemaLid = Schemas['VeranderThemaLid'];

const thema = (id: string) => `/verander-themas/${encodeURIComponent(id)}`;

export const getVeranderprogramma = () =>
  request<ResponseBody<'getVeranderprogramma'>>('GET', '/veranderprogramma');
export const createVeranderFase = (body: RequestBody<'createVeranderFase'>) =>
  request<ResponseBody<'createVeranderFase'>>('POST', '/verander-fases', { body });
export const createVeranderThema = (body: RequestBody<'createVeranderThema'>) =>
  request<ResponseBody<'createVeranderThema'>>('POST', '/verander-themas', { body });
export const createVeranderActie = (themaId: string, body: RequestBody<'createVeranderActie'>) =>
  request<ResponseBody<'createVeranderActie'>>('POST', `${thema(themaId)}/acties`, { body });
export const updateVeranderActie = (
  themaId: string,
  actieId: string,
  versie: number,
  body: RequestBody<'updateVeranderActie'>,
) =>
  request<ResponseBody<'updateVeranderActie'>>(
    'PATCH',
    `${thema(themaId)}/acties/${encodeURIComponent(actieId)}`,
    {
      body,
      versie,
    },
  );
export const createVeranderThemaLid = (themaId: string, body: RequestBody<'createVeranderThemaLid'>) =>
  request<ResponseBody<'createVeranderThemaLid'>>('POST', `${thema(themaId)}/leden`, { body });
