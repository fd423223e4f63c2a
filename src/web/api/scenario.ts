/**
 * The scenario API (tag Scenario's, docs/scenarios.md): scenario's on the formatie, their
 * wijzigingen and opmerkingen, the comparison with the current formatie and with each other, and
 * adoption by the directie. Requests go through ./http.ts; every shape is the generated schema's.
 */
import type { QueryParams, RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

const enc = encodeURIComponent;

export type Scenario = Schemas['Scenario'];
export type ScenarioLijst = Schemas['ScenarioLijst'];
export type ScenarioSamenvatting = Schemas['ScenarioSamenvatting'];
export type ScenarioWijziging = Schemas['ScenarioWijziging'];
export type ScenarioVergelijking = Schemas['ScenarioVergelijking'];
export type VergelijkingKolom = ScenarioVergelijking['kolommen'][number];
export type NieuwScenario = RequestBody<'createScenario'>;
export type ScenarioAanpassing = RequestBody<'updateScenario'>;
export type NieuweScenarioWijziging = RequestBody<'createScenarioWijziging'>;
export type WijzigingSoort = NieuweScenarioWijziging['soort'];
export type Vaststelling = RequestBody<'createScenarioVaststelling'>;

export const WIJZIGING_SOORTEN: readonly WijzigingSoort[] = [
  'plaats-toevoegen',
  'plaats-beeindigen',
  'plaats-verplaatsen',
  'plaats-herschalen',
  'budget-wijzigen',
];

export const listScenarios = () => request<ResponseBody<'listScenarios'>>('GET', '/scenarios');
export const createScenario = (scenario: NieuwScenario) =>
  request<ResponseBody<'createScenario'>>('POST', '/scenarios', { body: scenario });
export const getScenario = (id: string) =>
  request<ResponseBody<'getScenario'>>('GET', `/scenarios/${enc(id)}`);
export const updateScenario = (id: string, versie: number, aanpassing: ScenarioAanpassing) =>
  request<ResponseBody<'updateScenario'>>('PATCH', `/scenarios/${enc(id)}`, { body: aanpassing, versie });

export const createWijziging = (scenarioId: string, wijziging: NieuweScenarioWijziging) =>
  request<ResponseBody<'createScenarioWijziging'>>('POST', `/scenarios/${enc(scenarioId)}/wijzigingen`, {
    body: wijziging,
  });
/** Removes a wijziging; the If-Match is the scenario's version (a wijziging changes the scenario). */
export const deleteWijziging = (scenarioId: string, versie: number, wijzigingId: string) =>
  request<void>('DELETE', `/scenarios/${enc(scenarioId)}/wijzigingen/${enc(wijzigingId)}`, { versie });

export const createOpmerking = (scenarioId: string, tekst: string) =>
  request<ResponseBody<'createScenarioOpmerking'>>('POST', `/scenarios/${enc(scenarioId)}/opmerkingen`, {
    body: { tekst } satisfies RequestBody<'createScenarioOpmerking'>,
  });

export const getVergelijking = (scenarioId: string) =>
  request<ResponseBody<'getScenarioVergelijking'>>('GET', `/scenarios/${enc(scenarioId)}/vergelijking`);
export const getVergelijkingen = (scenarioIds: string[]) =>
  request<ResponseBody<'getScenarioVergelijkingen'>>('GET', '/scenario-vergelijking', {
    query: { scenarios: scenarioIds.join(',') } satisfies QueryParams<'getScenarioVergelijkingen'>,
  });

export const stelVast = (scenarioId: string, versie: number, besluit: Vaststelling) =>
  request<ResponseBody<'createScenarioVaststelling'>>(
    'POST',
    `/scenarios/${enc(scenarioId)}/vaststellingen`,
    { body: besluit, versie },
  );
