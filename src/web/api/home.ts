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

let onderweg: Promise<MijnWerk> | null = null;

/**
 * The menu's counts and the home page ask for the same answer on the same navigation: callers that
 * ask while a request is on its way share it, so opening the home page costs one request, not two.
 * Nothing is kept once it has arrived: the next navigation asks again, so the counts stay current.
 */
export function getMijnWerk(): Promise<MijnWerk> {
  onderweg ??= request<ResponseBody<'getMijnWerk'>>('GET', '/mijn-werk').finally(() => {
    onderweg = null;
  });
  return onderweg;
}
