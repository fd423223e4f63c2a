/**
 * The pulsmeting (tag Pulsmeting): P&O's rounds, answering one, and the results (aggregates of at
 * least five answers). Typed by the generated schema (./contract.ts).
 */
import type { RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

export type PulsRonde = Schemas['PulsRonde'];
export type PulsResultaten = Schemas['PulsResultaten'];
export type PulsTrend = Schemas['PulsTrend'];
export type PulsGroep = Schemas['PulsGroep'];

const pad = (id: string) => `/puls-rondes/${encodeURIComponent(id)}`;

export const listPulsRondes = () => request<ResponseBody<'listPulsRondes'>>('GET', '/puls-rondes');
export const getPulsRonde = (id: string) => request<ResponseBody<'getPulsRonde'>>('GET', pad(id));
export const createPulsRonde = (body: RequestBody<'createPulsRonde'>) =>
  request<ResponseBody<'createPulsRonde'>>('POST', '/puls-rondes', { body });
export const updatePulsRonde = (id: string, versie: number, body: RequestBody<'updatePulsRonde'>) =>
  request<ResponseBody<'updatePulsRonde'>>('PATCH', pad(id), { body, versie });
export const stapPulsRonde = (id: string, versie: number, naar: 'open' | 'gesloten') =>
  request<ResponseBody<'stapPulsRonde'>>('POST', `${pad(id)}/overgangen`, { body: { naar }, versie });
export const beantwoordPulsRonde = (id: string, body: RequestBody<'beantwoordPulsRonde'>) =>
  request<ResponseBody<'beantwoordPulsRonde'>>('POST', `${pad(id)}/antwoorden`, { body });
export const getPulsResultaten = (id: string) =>
  request<ResponseBody<'getPulsResultaten'>>('GET', `${pad(id)}/resultaten`);
export const getPulsTrend = () => request<ResponseBody<'getPulsTrend'>>('GET', '/organisatie/puls-trend');
export const listMijnPulsRondes = () =>
  request<ResponseBody<'listMijnPulsRondes'>>('GET', '/mijn-puls-rondes');
