/**
 * The agile side of the API: programma's, opgaven, bestuurlijke ambities, bestuursopdrachten with
 * their versions and besluiten, capaciteitsvragen and the portfolio. Requests go through ./http.ts,
 * the only module that calls `fetch`; each answer is typed by its operation in the generated schema
 * (./contract.ts), the named types are in ./wendbaar.types.ts.
 */
import type { QueryParams, RequestBody, ResponseBody } from './contract';
import { apiUrl, request } from './http';
import type {
  AmbitieInvoer,
  BesluitInvoer,
  BestuursopdrachtInvoer,
  BestuursopdrachtStatus,
  BevindingPatch,
  CapaciteitsvraagInvoer,
  CapaciteitsvraagPatch,
  DossierSoort,
  NewAmbitie,
  NewBestuursopdracht,
  NewBevinding,
  NewOpgave,
  NewProgramma,
  Opgave,
  OpgaveFilter,
  OpgaveInvoer,
  OpgaveStatus,
  ProgrammaInvoer,
  RolbepalingBevestiging,
  RolbepalingInvoer,
  StakeholderInvoer,
} from './wendbaar.types';

export type { DossierSoort } from './wendbaar.types';

const enc = encodeURIComponent;

// ---------------------------------------------------------------- programma's

export const listProgrammas = () => request<ResponseBody<'listProgrammas'>>('GET', '/programmas');
export const createProgramma = (programma: NewProgramma) =>
  request<ResponseBody<'createProgramma'>>('POST', '/programmas', { body: programma });
export const updateProgramma = (programmaId: string, versie: number, patch: ProgrammaInvoer) =>
  request<ResponseBody<'updateProgramma'>>('PATCH', `/programmas/${enc(programmaId)}`, {
    body: patch,
    versie,
  });

// ---------------------------------------------------------------- opgaven

export const listOpgaven = (filter: OpgaveFilter = {}) =>
  request<ResponseBody<'listOpgaven'>>('GET', '/opgaven', { query: filter });
export const createOpgave = (opgave: NewOpgave) =>
  request<ResponseBody<'createOpgave'>>('POST', '/opgaven', { body: opgave });
export const getOpgave = (opgaveId: string) =>
  request<ResponseBody<'getOpgave'>>('GET', `/opgaven/${enc(opgaveId)}`);
export const updateOpgave = (opgaveId: string, versie: number, patch: OpgaveInvoer) =>
  request<ResponseBody<'updateOpgave'>>('PATCH', `/opgaven/${enc(opgaveId)}`, { body: patch, versie });
/** 400 lists what the phase needs; 409 names the allowed phases; 403 who may take this step. */
export const stapOpgave = (
  opgaveId: string,
  naar: OpgaveStatus,
  toelichting: string | null,
  versie: number,
) =>
  request<ResponseBody<'stapOpgave'>>('POST', `/opgaven/${enc(opgaveId)}/overgangen`, {
    body: { naar, toelichting } satisfies RequestBody<'stapOpgave'>,
    versie,
  });
export const addStakeholder = (opgaveId: string, stakeholder: StakeholderInvoer) =>
  request<ResponseBody<'addStakeholder'>>('POST', `/opgaven/${enc(opgaveId)}/stakeholders`, {
    body: stakeholder,
  });
export const removeStakeholder = (opgaveId: string, stakeholderId: string) =>
  request<void>('DELETE', `/opgaven/${enc(opgaveId)}/stakeholders/${enc(stakeholderId)}`);
export const addBevinding = (opgaveId: string, bevinding: NewBevinding) =>
  request<ResponseBody<'addBevinding'>>('POST', `/opgaven/${enc(opgaveId)}/bevindingen`, { body: bevinding });
/** With the opgave's `versie`: a correction made on an old read is refused (412). */
export const updateBevinding = (
  opgave: Pick<Opgave, 'id' | 'versie'>,
  bevindingId: string,
  bevinding: BevindingPatch,
) =>
  request<ResponseBody<'updateBevinding'>>(
    'PATCH',
    `/opgaven/${enc(opgave.id)}/bevindingen/${enc(bevindingId)}`,
    { body: bevinding, versie: opgave.versie },
  );
export const removeBevinding = (opgaveId: string, bevindingId: string) =>
  request<void>('DELETE', `/opgaven/${enc(opgaveId)}/bevindingen/${enc(bevindingId)}`);
/** The college's decision, or a proposal of the regie (the server tells which by the caller's roles). */
export const putRolbepaling = (opgaveId: string, versie: number, rolbepaling: RolbepalingInvoer) =>
  request<ResponseBody<'zetRolbepaling'>>('PUT', `/opgaven/${enc(opgaveId)}/rolbepaling`, {
    body: rolbepaling,
    versie,
  });
/** The college confirms the proposed rolbepaling, with If-Match of the opgave it read. */
export const bevestigRolbepaling = (opgaveId: string, versie: number, bevestiging: RolbepalingBevestiging) =>
  request<ResponseBody<'bevestigRolbepaling'>>(
    'POST',
    `/opgaven/${enc(opgaveId)}/rolbepaling/bevestigingen`,
    { body: bevestiging, versie },
  );

// ---------------------------------------------------------------- capaciteitsvragen

const dossierPad = (soort: DossierSoort, id: string) =>
  soort === 'opgave' ? `/opgaven/${enc(id)}` : `/bestuursopdrachten/${enc(id)}`;

// The list and create operations of both dossier kinds answer the same shapes.
export const listCapaciteitsvragen = (soort: DossierSoort, id: string) =>
  request<
    ResponseBody<'listOpgaveCapaciteitsvragen'> & ResponseBody<'listBestuursopdrachtCapaciteitsvragen'>
  >('GET', `${dossierPad(soort, id)}/capaciteitsvragen`);
export const addCapaciteitsvraag = (soort: DossierSoort, id: string, vraag: CapaciteitsvraagInvoer) =>
  request<ResponseBody<'addOpgaveCapaciteitsvraag'> & ResponseBody<'addBestuursopdrachtCapaciteitsvraag'>>(
    'POST',
    `${dossierPad(soort, id)}/capaciteitsvragen`,
    { body: vraag },
  );
export const updateCapaciteitsvraag = (
  capaciteitsvraagId: string,
  versie: number,
  patch: CapaciteitsvraagPatch,
) =>
  request<ResponseBody<'updateCapaciteitsvraag'>>('PATCH', `/capaciteitsvragen/${enc(capaciteitsvraagId)}`, {
    body: patch,
    versie,
  });
/** With the `versie` last read: withdrawing a demand somebody just changed is refused (412). */
export const deleteCapaciteitsvraag = (capaciteitsvraagId: string, versie: number) =>
  request<void>('DELETE', `/capaciteitsvragen/${enc(capaciteitsvraagId)}`, { versie });

// ---------------------------------------------------------------- bestuurlijke ambities

export const listAmbities = () => request<ResponseBody<'listAmbities'>>('GET', '/bestuurlijke-ambities');
export const createAmbitie = (ambitie: NewAmbitie) =>
  request<ResponseBody<'createAmbitie'>>('POST', '/bestuurlijke-ambities', { body: ambitie });
export const getAmbitie = (ambitieId: string) =>
  request<ResponseBody<'getAmbitie'>>('GET', `/bestuurlijke-ambities/${enc(ambitieId)}`);
export const updateAmbitie = (ambitieId: string, versie: number, patch: AmbitieInvoer) =>
  request<ResponseBody<'updateAmbitie'>>('PATCH', `/bestuurlijke-ambities/${enc(ambitieId)}`, {
    body: patch,
    versie,
  });

// ---------------------------------------------------------------- bestuursopdrachten

export const listBestuursopdrachten = (status?: BestuursopdrachtStatus) =>
  request<ResponseBody<'listBestuursopdrachten'>>('GET', '/bestuursopdrachten', {
    query: { status } satisfies QueryParams<'listBestuursopdrachten'>,
  });
export const createBestuursopdracht = (opdracht: NewBestuursopdracht) =>
  request<ResponseBody<'createBestuursopdracht'>>('POST', '/bestuursopdrachten', { body: opdracht });
export const getBestuursopdracht = (id: string) =>
  request<ResponseBody<'getBestuursopdracht'>>('GET', `/bestuursopdrachten/${enc(id)}`);
/** One or more sections of the working copy (409 once it is submitted or decided). */
export const updateBestuursopdracht = (id: string, versie: number, patch: BestuursopdrachtInvoer) =>
  request<ResponseBody<'updateBestuursopdracht'>>('PATCH', `/bestuursopdrachten/${enc(id)}`, {
    body: patch,
    versie,
  });
/** To 'ter-besluitvorming' freezes a version; 400 lists everything missing. */
export const stapBestuursopdracht = (
  id: string,
  naar: BestuursopdrachtStatus,
  toelichting: string | null,
  versie: number,
) =>
  request<ResponseBody<'stapBestuursopdracht'>>('POST', `/bestuursopdrachten/${enc(id)}/overgangen`, {
    body: { naar, toelichting } satisfies RequestBody<'stapBestuursopdracht'>,
    versie,
  });
export const listVersies = (id: string) =>
  request<ResponseBody<'listVersies'>>('GET', `/bestuursopdrachten/${enc(id)}/versies`);
export const getVerschillen = (id: string, versie: number, met: QueryParams<'getVerschillen'>['met']) =>
  request<ResponseBody<'getVerschillen'>>(
    'GET',
    `/bestuursopdrachten/${enc(id)}/versies/${versie}/verschillen`,
    { query: { met } satisfies QueryParams<'getVerschillen'> },
  );
/** College only; 409 for a version that is not the one submitted. */
export const neemBesluit = (id: string, besluit: BesluitInvoer) =>
  request<ResponseBody<'neemBesluit'>>('POST', `/bestuursopdrachten/${enc(id)}/besluiten`, { body: besluit });
export const listBesluiten = () => request<ResponseBody<'listBesluiten'>>('GET', '/besluiten');
/** The collegevoorstel as a Word document (a download link, not a fetch). */
export const collegevoorstelUrl = (id: string, versie?: number) =>
  apiUrl(`/bestuursopdrachten/${enc(id)}/collegevoorstel`, {
    versie,
  } satisfies QueryParams<'getCollegevoorstel'>);

// ---------------------------------------------------------------- portfolio

export const getPortfolio = (van: string, tot: string) =>
  request<ResponseBody<'getPortfolio'>>('GET', '/portfolio', {
    query: { van, tot } satisfies QueryParams<'getPortfolio'>,
  });
