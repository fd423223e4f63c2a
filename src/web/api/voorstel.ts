/**
 * The onderbouwd voorstel (issue 13, item 6; tag Voorstellen): the text sections stored with a
 * scenario (PATCH /scenarios/{id} with `voorstelteksten`, If-Match), and the frozen voorstellen made
 * from it with their DOCX and PDF. Every shape is the generated schema's (./contract.ts).
 */
import type { RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

const enc = encodeURIComponent;

export type Voorstelteksten = Schemas['VoorstelTeksten'];
export type Ontwikkelbudget = Schemas['Ontwikkelbudget'];
export type Karakter = Ontwikkelbudget['karakter'];
export type Voorstel = Schemas['Voorstel'];
export type VoorstelLijst = Schemas['VoorstelLijst'];
export type VoorsteltekstenAanpassing = NonNullable<RequestBody<'updateScenario'>['voorstelteksten']>;

export const updateVoorstelteksten = (
  scenarioId: string,
  versie: number,
  teksten: VoorsteltekstenAanpassing,
) =>
  request<ResponseBody<'updateScenario'>>('PATCH', `/scenarios/${enc(scenarioId)}`, {
    body: { voorstelteksten: teksten } satisfies RequestBody<'updateScenario'>,
    versie,
  });

export const listVoorstellen = (scenarioId: string) =>
  request<ResponseBody<'listVoorstellen'>>('GET', `/scenarios/${enc(scenarioId)}/voorstellen`);

export const maakVoorstel = (scenarioId: string) =>
  request<ResponseBody<'createVoorstel'>>('POST', `/scenarios/${enc(scenarioId)}/voorstellen`);
