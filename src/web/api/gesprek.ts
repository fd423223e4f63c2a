/**
 * The gesprekscyclus (tag Gesprekken): a medewerker's conversations, agreed actions and own notes.
 * Typed by the generated schema (./contract.ts).
 */
import type { RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

export type Gesprek = Schemas['Gesprek'];
export type GesprekActie = Schemas['GesprekActie'];
export type NieuwGesprek = RequestBody<'createGesprek'>;
export type NieuweActie = RequestBody<'createGesprekActie'>;

const enc = encodeURIComponent;

export const listGesprekken = (medewerkerId: string) =>
  request<ResponseBody<'listGesprekken'>>('GET', `/medewerkers/${enc(medewerkerId)}/gesprekken`);
export const listGesprekssoorten = () =>
  request<ResponseBody<'listGesprekssoorten'>>('GET', '/gesprekssoorten');
export type Gesprekssoort = Schemas['Gesprekssoort'];
/** Rename a kind or switch it off or on (P&O, beheerder); the code stays. */
export const updateGesprekssoort = (soort: Gesprekssoort, body: RequestBody<'updateGesprekssoort'>) =>
  request<ResponseBody<'updateGesprekssoort'>>('PATCH', `/gesprekssoorten/${enc(soort.code)}`, {
    body,
    versie: soort.versie,
  });
/** A new kind of conversation (P&O, beheerder); its code stays, because conversations refer to it. */
export const createGesprekssoort = (body: RequestBody<'createGesprekssoort'>) =>
  request<ResponseBody<'createGesprekssoort'>>('POST', '/gesprekssoorten', { body });
export const createGesprek = (medewerkerId: string, body: NieuwGesprek) =>
  request<ResponseBody<'createGesprek'>>('POST', `/medewerkers/${enc(medewerkerId)}/gesprekken`, { body });
export const createActie = (gesprekId: string, body: NieuweActie) =>
  request<ResponseBody<'createGesprekActie'>>('POST', `/gesprekken/${enc(gesprekId)}/acties`, { body });
export const rondActieAf = (gesprekId: string, actie: GesprekActie, afgerond: boolean) =>
  request<ResponseBody<'updateGesprekActie'>>(
    'PATCH',
    `/gesprekken/${enc(gesprekId)}/acties/${enc(actie.id)}`,
    {
      body: { afgerond },
      versie: actie.versie,
    },
  );
export const createNotitie = (gesprekId: string, tekst: string) =>
  request<ResponseBody<'createGesprekNotitie'>>('POST', `/gesprekken/${enc(gesprekId)}/notities`, {
    body: { tekst },
  });
