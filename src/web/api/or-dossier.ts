/**
 * The OR-dossier (tag OR-dossier): requests to the ondernemingsraad and overlegvergaderingen. Typed
 * by the generated schema (./contract.ts).
 */
import type { RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

export type OrVerzoek = Schemas['OrVerzoek'];
export type OrOverleg = Schemas['OrOverleg'];
export type OrOverlegActie = Schemas['OrOverlegActie'];
export type OrDocument = Schemas['OrDocument'];

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
export const updateOrVerzoek = (id: string, versie: number, body: RequestBody<'updateOrVerzoek'>) =>
  request<ResponseBody<'updateOrVerzoek'>>('PATCH', pad(id), { body, versie });
export const legVervangendeToestemmingVast = (
  id: string,
  versie: number,
  body: RequestBody<'legVervangendeToestemmingVast'>,
) =>
  request<ResponseBody<'legVervangendeToestemmingVast'>>('POST', `${pad(id)}/vervangende-toestemmingen`, {
    body,
    versie,
  });

const overlegPad = (id: string) => `/or-overleggen/${encodeURIComponent(id)}`;

export const getOrOverleg = (id: string) => request<ResponseBody<'getOrOverleg'>>('GET', overlegPad(id));
export const createOrOverleg = (body: RequestBody<'createOrOverleg'>) =>
  request<ResponseBody<'createOrOverleg'>>('POST', '/or-overleggen', { body });
export const updateOrOverleg = (id: string, versie: number, body: RequestBody<'updateOrOverleg'>) =>
  request<ResponseBody<'updateOrOverleg'>>('PATCH', overlegPad(id), { body, versie });
export const createOrOverlegActie = (id: string, body: RequestBody<'createOrOverlegActie'>) =>
  request<ResponseBody<'createOrOverlegActie'>>('POST', `${overlegPad(id)}/acties`, { body });
export const updateOrOverlegActie = (
  id: string,
  actieId: string,
  versie: number,
  body: RequestBody<'updateOrOverlegActie'>,
) =>
  request<ResponseBody<'updateOrOverlegActie'>>(
    'PATCH',
    `${overlegPad(id)}/acties/${encodeURIComponent(actieId)}`,
    { body, versie },
  );
