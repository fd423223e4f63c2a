/**
 * Ontwikkeling (tag Ontwikkeling): plans of medewerkers and teams with goals and activities, the
 * themes, and the ontwikkelbudget. Typed by the generated schema (./contract.ts).
 */
import type { RequestBody, ResponseBody, Schemas } from './contract';
import type { Bestandsformaat } from './export';
import { apiUrl, request } from './http';

export type Ontwikkelplan = Schemas['Ontwikkelplan'];
export type Ontwikkelplannen = Schemas['Ontwikkelplannen'];
export type Ontwikkelactiviteit = Schemas['Ontwikkelactiviteit'];
export type Ontwikkeldoel = Schemas['Ontwikkeldoel'];
export type OntwikkelbudgetOverzicht = Schemas['OntwikkelbudgetOverzicht'];
export type NieuweOntwikkelactiviteit = RequestBody<'createOntwikkelactiviteit'>;

const enc = encodeURIComponent;

export const listOntwikkelthemas = () =>
  request<ResponseBody<'getOntwikkelthemas'>>('GET', '/ontwikkelthemas');
export type Ontwikkelthema = Schemas['Ontwikkelthema'];
/** Rename or describe a theme, or switch it off or on (P&O, directie). */
export const updateOntwikkelthema = (thema: Ontwikkelthema, body: RequestBody<'updateOntwikkelthema'>) =>
  request<ResponseBody<'updateOntwikkelthema'>>('PATCH', `/ontwikkelthemas/${enc(thema.id)}`, {
    body,
    versie: thema.versie,
  });
/** A new theme for the organisation (P&O, directie). */
export const createOntwikkelthema = (body: RequestBody<'createOntwikkelthema'>) =>
  request<ResponseBody<'createOntwikkelthema'>>('POST', '/ontwikkelthemas', { body });

export const getMedewerkerOntwikkelplannen = (medewerkerId: string, jaar: number) =>
  request<ResponseBody<'getMedewerkerOntwikkelplannen'>>(
    'GET',
    `/medewerkers/${enc(medewerkerId)}/ontwikkelplannen`,
    {
      query: { jaar },
    },
  );
export const createMedewerkerOntwikkelplan = (
  medewerkerId: string,
  body: RequestBody<'createMedewerkerOntwikkelplan'>,
) =>
  request<ResponseBody<'createMedewerkerOntwikkelplan'>>(
    'POST',
    `/medewerkers/${enc(medewerkerId)}/ontwikkelplannen`,
    {
      body,
    },
  );

export const getTeamOntwikkelplannen = (teamId: string, jaar: number) =>
  request<ResponseBody<'getTeamOntwikkelplannen'>>('GET', `/teams/${enc(teamId)}/ontwikkelplannen`, {
    query: { jaar },
  });
export const createTeamOntwikkelplan = (teamId: string, jaar: number) =>
  request<ResponseBody<'createTeamOntwikkelplan'>>('POST', `/teams/${enc(teamId)}/ontwikkelplannen`, {
    body: { jaar },
  });

export const createOntwikkeldoel = (planId: string, body: RequestBody<'createOntwikkeldoel'>) =>
  request<ResponseBody<'createOntwikkeldoel'>>('POST', `/ontwikkelplannen/${enc(planId)}/doelen`, { body });
export const updateOntwikkeldoel = (id: string, versie: number, body: RequestBody<'updateOntwikkeldoel'>) =>
  request<ResponseBody<'updateOntwikkeldoel'>>('PATCH', `/ontwikkeldoelen/${enc(id)}`, { body, versie });

export const createOntwikkelactiviteit = (planId: string, body: NieuweOntwikkelactiviteit) =>
  request<ResponseBody<'createOntwikkelactiviteit'>>(
    'POST',
    `/ontwikkelplannen/${enc(planId)}/activiteiten`,
    {
      body,
    },
  );
export const updateOntwikkelactiviteit = (
  id: string,
  versie: number,
  body: RequestBody<'updateOntwikkelactiviteit'>,
) =>
  request<ResponseBody<'updateOntwikkelactiviteit'>>('PATCH', `/ontwikkelactiviteiten/${enc(id)}`, {
    body,
    versie,
  });
export const deleteOntwikkelactiviteit = (id: string, versie: number) =>
  request<void>('DELETE', `/ontwikkelactiviteiten/${enc(id)}`, { versie });

export const getOntwikkelbudgetOverzicht = (jaar: number) =>
  request<ResponseBody<'getOntwikkelbudgetOverzicht'>>('GET', '/organisatie/ontwikkelbudget', {
    query: { jaar },
  });
export const ontwikkelbudgetDownload = (jaar: number, formaat: Bestandsformaat) =>
  apiUrl('/organisatie/ontwikkelbudget', { jaar, formaat });
export const createOntwikkelbudget = (body: RequestBody<'createOntwikkelbudget'>) =>
  request<ResponseBody<'createOntwikkelbudget'>>('POST', '/ontwikkelbudgetten', { body });
export const updateOntwikkelbudget = (id: string, versie: number, bedrag: number) =>
  request<ResponseBody<'updateOntwikkelbudget'>>('PATCH', `/ontwikkelbudgetten/${enc(id)}`, {
    body: { bedrag },
    versie,
  });
