/**
 * The agile side of the API: programma's, opgaven, bestuurlijke ambities, bestuursopdrachten with
 * their versions and besluiten, capaciteitsvragen and the portfolio. Requests go through ./http.ts,
 * the only module that calls `fetch`; types are in ./wendbaar.types.ts.
 */
import { apiUrl, request } from './http';
import type {
  Ambitie,
  AmbitieInvoer,
  BesluitInvoer,
  BesluitMetOpdracht,
  Bestuursopdracht,
  BestuursopdrachtInvoer,
  BestuursopdrachtSamenvatting,
  BestuursopdrachtStatus,
  Capaciteitsvraag,
  CapaciteitsvraagInvoer,
  Opgave,
  OpgaveInvoer,
  OpgaveSamenvatting,
  OpgaveStatus,
  Portfolio,
  Programma,
  ProgrammaInvoer,
  StakeholderInvoer,
  Verschillen,
  VersieSamenvatting,
} from './wendbaar.types';

const enc = encodeURIComponent;
type Lijst<T> = { resultaten: T[] };

// ---------------------------------------------------------------- programma's

export const listProgrammas = () => request<Lijst<Programma>>('GET', '/programmas');
export const createProgramma = (programma: ProgrammaInvoer & { naam: string }) =>
  request<Programma>('POST', '/programmas', { body: programma });
export const updateProgramma = (programmaId: string, versie: number, patch: ProgrammaInvoer) =>
  request<Programma>('PATCH', `/programmas/${enc(programmaId)}`, { body: patch, versie });

// ---------------------------------------------------------------- opgaven

export const listOpgaven = (filter: { status?: string; programmaId?: string } = {}) =>
  request<Lijst<OpgaveSamenvatting>>('GET', '/opgaven', { query: filter });
export const createOpgave = (opgave: OpgaveInvoer & { titel: string }) =>
  request<Opgave>('POST', '/opgaven', { body: opgave });
export const getOpgave = (opgaveId: string) => request<Opgave>('GET', `/opgaven/${enc(opgaveId)}`);
export const updateOpgave = (opgaveId: string, versie: number, patch: OpgaveInvoer) =>
  request<Opgave>('PATCH', `/opgaven/${enc(opgaveId)}`, { body: patch, versie });
/** 400 lists what the phase needs; 409 names the allowed phases; 403 who may take this step. */
export const stapOpgave = (
  opgaveId: string,
  naar: OpgaveStatus,
  toelichting: string | null,
  versie: number,
) => request<Opgave>('POST', `/opgaven/${enc(opgaveId)}/overgangen`, { body: { naar, toelichting }, versie });
export const addStakeholder = (opgaveId: string, stakeholder: StakeholderInvoer) =>
  request<Opgave>('POST', `/opgaven/${enc(opgaveId)}/stakeholders`, { body: stakeholder });
export const removeStakeholder = (opgaveId: string, stakeholderId: string) =>
  request<void>('DELETE', `/opgaven/${enc(opgaveId)}/stakeholders/${enc(stakeholderId)}`);
export const addBevinding = (opgaveId: string, bevinding: { datum?: string; tekst: string }) =>
  request<Opgave>('POST', `/opgaven/${enc(opgaveId)}/bevindingen`, { body: bevinding });
/** With the opgave's `versie`: a correction made on an old read is refused (412). */
export const updateBevinding = (
  opgave: Pick<Opgave, 'id' | 'versie'>,
  bevindingId: string,
  bevinding: { datum?: string; tekst?: string },
) =>
  request<Opgave>('PATCH', `/opgaven/${enc(opgave.id)}/bevindingen/${enc(bevindingId)}`, {
    body: bevinding,
    versie: opgave.versie,
  });
export const removeBevinding = (opgaveId: string, bevindingId: string) =>
  request<void>('DELETE', `/opgaven/${enc(opgaveId)}/bevindingen/${enc(bevindingId)}`);
export const putRolbepaling = (
  opgaveId: string,
  versie: number,
  rolbepaling: {
    eigenaarschap: string;
    overheidsrolPrimair: string;
    overheidsrolSecundair: string[];
    datum: string;
    besluit: string;
  },
) => request<Opgave>('PUT', `/opgaven/${enc(opgaveId)}/rolbepaling`, { body: rolbepaling, versie });

// ---------------------------------------------------------------- capaciteitsvragen

export type DossierSoort = 'opgave' | 'bestuursopdracht';
const dossierPad = (soort: DossierSoort, id: string) =>
  soort === 'opgave' ? `/opgaven/${enc(id)}` : `/bestuursopdrachten/${enc(id)}`;

export const listCapaciteitsvragen = (soort: DossierSoort, id: string) =>
  request<Lijst<Capaciteitsvraag>>('GET', `${dossierPad(soort, id)}/capaciteitsvragen`);
export const addCapaciteitsvraag = (soort: DossierSoort, id: string, vraag: CapaciteitsvraagInvoer) =>
  request<Capaciteitsvraag>('POST', `${dossierPad(soort, id)}/capaciteitsvragen`, { body: vraag });
export const updateCapaciteitsvraag = (
  capaciteitsvraagId: string,
  versie: number,
  patch: Partial<CapaciteitsvraagInvoer>,
) =>
  request<Capaciteitsvraag>('PATCH', `/capaciteitsvragen/${enc(capaciteitsvraagId)}`, {
    body: patch,
    versie,
  });
export const deleteCapaciteitsvraag = (capaciteitsvraagId: string) =>
  request<void>('DELETE', `/capaciteitsvragen/${enc(capaciteitsvraagId)}`);

// ---------------------------------------------------------------- bestuurlijke ambities

export const listAmbities = () => request<Lijst<Ambitie>>('GET', '/bestuurlijke-ambities');
export const createAmbitie = (
  ambitie: AmbitieInvoer & { titel: string; bron: string; portefeuillehouder: string },
) => request<Ambitie>('POST', '/bestuurlijke-ambities', { body: ambitie });
export const getAmbitie = (ambitieId: string) =>
  request<Ambitie>('GET', `/bestuurlijke-ambities/${enc(ambitieId)}`);
export const updateAmbitie = (ambitieId: string, versie: number, patch: AmbitieInvoer) =>
  request<Ambitie>('PATCH', `/bestuurlijke-ambities/${enc(ambitieId)}`, { body: patch, versie });

// ---------------------------------------------------------------- bestuursopdrachten

export const listBestuursopdrachten = (status?: BestuursopdrachtStatus | '') =>
  request<Lijst<BestuursopdrachtSamenvatting>>('GET', '/bestuursopdrachten', { query: { status } });
export const createBestuursopdracht = (opdracht: BestuursopdrachtInvoer & { titel: string }) =>
  request<Bestuursopdracht>('POST', '/bestuursopdrachten', { body: opdracht });
export const getBestuursopdracht = (id: string) =>
  request<Bestuursopdracht>('GET', `/bestuursopdrachten/${enc(id)}`);
/** One or more sections of the working copy (409 once it is submitted or decided). */
export const updateBestuursopdracht = (id: string, versie: number, patch: BestuursopdrachtInvoer) =>
  request<Bestuursopdracht>('PATCH', `/bestuursopdrachten/${enc(id)}`, { body: patch, versie });
/** To 'ter-besluitvorming' freezes a version; 400 lists everything missing. */
export const stapBestuursopdracht = (
  id: string,
  naar: BestuursopdrachtStatus,
  toelichting: string | null,
  versie: number,
) =>
  request<Bestuursopdracht>('POST', `/bestuursopdrachten/${enc(id)}/overgangen`, {
    body: { naar, toelichting },
    versie,
  });
export const listVersies = (id: string) =>
  request<Lijst<VersieSamenvatting>>('GET', `/bestuursopdrachten/${enc(id)}/versies`);
export const getVerschillen = (id: string, versie: number, met: number | 'concept') =>
  request<Verschillen>('GET', `/bestuursopdrachten/${enc(id)}/versies/${versie}/verschillen`, {
    query: { met },
  });
/** College only; 409 for a version that is not the one submitted. */
export const neemBesluit = (id: string, besluit: BesluitInvoer) =>
  request<Bestuursopdracht>('POST', `/bestuursopdrachten/${enc(id)}/besluiten`, { body: besluit });
export const listBesluiten = () => request<Lijst<BesluitMetOpdracht>>('GET', '/besluiten');
/** The collegevoorstel as a Word document (a download link, not a fetch). */
export const collegevoorstelUrl = (id: string, versie?: number) =>
  apiUrl(`/bestuursopdrachten/${enc(id)}/collegevoorstel`, { versie });

// ---------------------------------------------------------------- portfolio

export const getPortfolio = (van: string, tot: string) =>
  request<Portfolio>('GET', '/portfolio', { query: { van, tot } });
