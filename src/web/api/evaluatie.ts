/**
 * Evaluaties (tag Evaluaties): evaluation moments with questions, findings and follow-up actions.
 * Typed by the generated schema (./contract.ts).
 */
import type { QueryParams, RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

export type Evaluatie = Schemas['Evaluatie'];
export type EvaluatieRegel = Schemas['EvaluatieRegel'];
export type EvaluatieActie = Schemas['EvaluatieActie'];

const pad = (id: string) => `/evaluaties/${encodeURIComponent(id)}`;

export const listEvaluaties = (query: QueryParams<'listEvaluaties'> = {}) =>
  request<ResponseBody<'listEvaluaties'>>('GET', '/evaluaties', { query });
export const getEvaluatie = (id: string) => request<ResponseBody<'getEvaluatie'>>('GET', pad(id));
export const createEvaluatie = (body: RequestBody<'createEvaluatie'>) =>
  request<ResponseBody<'createEvaluatie'>>('POST', '/evaluaties', { body });
export const updateEvaluatie = (id: string, versie: number, body: RequestBody<'updateEvaluatie'>) =>
  request<ResponseBody<'updateEvaluatie'>>('PATCH', pad(id), { body, versie });
export const stelEvaluatieVast = (id: string, versie: number) =>
  request<ResponseBody<'stelEvaluatieVast'>>('POST', `${pad(id)}/vaststellingen`, { body: {}, versie });
export const createEvaluatieActie = (id: string, body: RequestBody<'createEvaluatieActie'>) =>
  request<ResponseBody<'createEvaluatieActie'>>('POST', `${pad(id)}/acties`, { body });
export const updateEvaluatieActie = (
  id: string,
  actieId: string,
  versie: number,
  body: RequestBody<'updateEvaluatieActie'>,
) =>
  request<ResponseBody<'updateEvaluatieActie'>>('PATCH', `${pad(id)}/acties/${encodeURIComponent(actieId)}`, {
    body,
    versie,
  });

/** The programme's phases and themes, to choose what an evaluation is about (A's GET /veranderprogramma). */
export const getOnderwerpKeuze = () =>
  request<ResponseBody<'getVeranderprogramma'>>('GET', '/veranderprogramma');
