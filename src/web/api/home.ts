/**
 * Each role's home: what waits on the logged-in account, its teams or dossiers, and the counts the
 * menu shows. Typed by the generated schema like every other module of the client.
 */
import type { ResponseBody, Schemas } from './contract';
import { request } from './http';

export type MijnWerk = Schemas['MijnWerk'];
export type WerkItem = Schemas['WerkItem'];
export type MijnTeam = Schemas['MijnTeam'];
export type MijnDossier = Schemas['MijnDossier'];

export const getMijnWerk = () => request<ResponseBody<'getMijnWerk'>>('GET', '/mijn-werk');
