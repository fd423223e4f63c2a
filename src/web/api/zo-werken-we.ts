/**
 * "Zo werken we" (tag Zo werken we): the organisation philosophy as versioned pages. Typed by the
 * generated schema (./contract.ts).
 */
import type { RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

export type ZoWerkenWePagina = Schemas['ZoWerkenWePagina'];
export type ZoWerkenWePaginaSamenvatting = Schemas['ZoWerkenWePaginaSamenvatting'];
export type ZoWerkenWeVersie = Schemas['ZoWerkenWeVersie'];
export type ZoWerkenWeVerschil = Schemas['ZoWerkenWeVerschil'];
export type ZoWerkenWeVerschilDeel = Schemas['ZoWerkenWeVerschilDeel'];

const pad = (id: string) => `/zo-werken-we-paginas/${encodeURIComponent(id)}`;

export const listZoWerkenWePaginas = (gearchiveerd = false) =>
  request<ResponseBody<'listZoWerkenWePaginas'>>(
    'GET',
    gearchiveerd ? '/zo-werken-we-paginas?gearchiveerd=true' : '/zo-werken-we-paginas',
  );
export const createZoWerkenWePagina = (body: RequestBody<'createZoWerkenWePagina'>) =>
  request<ResponseBody<'createZoWerkenWePagina'>>('POST', '/zo-werken-we-paginas', { body });
export const getZoWerkenWePagina = (id: string) =>
  request<ResponseBody<'getZoWerkenWePagina'>>('GET', pad(id));
export const updateZoWerkenWePagina = (
  id: string,
  versie: number,
  body: RequestBody<'updateZoWerkenWePagina'>,
) => request<ResponseBody<'updateZoWerkenWePagina'>>('PATCH', pad(id), { body, versie });
export const listZoWerkenWeVersies = (id: string) =>
  request<ResponseBody<'listZoWerkenWeVersies'>>('GET', `${pad(id)}/versies`);
export const getZoWerkenWeVerschil = (id: string, van: number, naar: number) =>
  request<ResponseBody<'getZoWerkenWeVerschil'>>('GET', `${pad(id)}/verschillen?van=${van}&naar=${naar}`);
