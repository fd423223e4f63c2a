/**
 * The Mensen hub's own reads (issue 14): the conversations' coverage per team (counts only, small
 * teams merged) and the overdue agreed actions. Typed by the generated schema (./contract.ts).
 */
import type { ResponseBody, Schemas } from './contract';
import { request } from './http';

export type GesprekDekking = Schemas['GesprekDekking'];
export type VerlopenGesprekActie = Schemas['VerlopenGesprekActie'];

export const getGesprekDekking = (jaar?: number) =>
  request<ResponseBody<'getGesprekDekking'>>('GET', '/organisatie/gesprekken', { query: { jaar } });
export const listVerlopenGesprekacties = () =>
  request<ResponseBody<'listVerlopenGesprekacties'>>('GET', '/verlopen-gesprekacties');
