/**
 * Staffing the agile side: candidates for a capaciteitsvraag, inzetverzoeken and their steps, the
 * teams' reservering for robust work, the directie's statistics and verdeelvoorstellen. Requests go
 * through ./http.ts, the only module that calls `fetch`; each answer is typed by its operation in the
 * generated schema (./contract.ts), the named types are in ./inzet.types.ts.
 */
import type { OperationId, RequestBody, ResponseBody } from './contract';
import { request } from './http';
import type {
  Inzetverzoek,
  Tegenvoorstel,
  VerdeelParameters,
  VerzoekFilter,
  VerzoekInvoer,
} from './inzet.types';

const enc = encodeURIComponent;

// ---------------------------------------------------------------- kandidaten and requests

export const getKandidaten = (capaciteitsvraagId: string) =>
  request<ResponseBody<'listKandidaten'>>('GET', `/capaciteitsvragen/${enc(capaciteitsvraagId)}/kandidaten`);

/** 409 when it breaks the team's reservering (unless overridden with a reason); 400 with invalidParams. */
export const vraagInzetAan = (capaciteitsvraagId: string, verzoek: VerzoekInvoer) =>
  request<ResponseBody<'vraagInzetAan'>>(
    'POST',
    `/capaciteitsvragen/${enc(capaciteitsvraagId)}/inzetverzoeken`,
    { body: verzoek },
  );

/** What the caller may see: all (programmaregisseur, directie, P&O), own teams, or own; a page at a time. */
export const listInzetverzoeken = (filter: VerzoekFilter = {}) =>
  request<ResponseBody<'listInzetverzoeken'>>('GET', '/inzetverzoeken', { query: filter });

/** A step on a request (the operation names its body and answer), with If-Match of the versie last read. */
const stap =
  <Op extends OperationId>(pad: string) =>
  (verzoek: Pick<Inzetverzoek, 'id' | 'versie'>, body: RequestBody<Op>) =>
    request<ResponseBody<Op>>('POST', `/inzetverzoeken/${enc(verzoek.id)}/${pad}`, {
      body,
      versie: verzoek.versie,
    });
const instemmingen = stap<'stemInMetInzet'>('instemmingen');
const afwijzingen = stap<'wijsInzetAf'>('afwijzingen');
const tegenvoorstellen = stap<'stelInzetTegenvoor'>('tegenvoorstellen');
const aanvaardingen = stap<'aanvaardTegenvoorstel'>('aanvaardingen');
const intrekkingen = stap<'trekInzetverzoekIn'>('intrekkingen');

/** The teamleider consents: the agile inzet is made at once. */
export const stemIn = (verzoek: Pick<Inzetverzoek, 'id' | 'versie'>) => instemmingen(verzoek, {});
export const wijsAf = (verzoek: Pick<Inzetverzoek, 'id' | 'versie'>, reden: string) =>
  afwijzingen(verzoek, { reden });
export const stelTegenvoor = (verzoek: Pick<Inzetverzoek, 'id' | 'versie'>, voorstel: Tegenvoorstel) =>
  tegenvoorstellen(verzoek, voorstel);
/** The asker accepts the counter-proposal: the inzet is made with its hours. */
export const aanvaard = (verzoek: Pick<Inzetverzoek, 'id' | 'versie'>) => aanvaardingen(verzoek, {});
export const trekIn = (verzoek: Pick<Inzetverzoek, 'id' | 'versie'>) => intrekkingen(verzoek, {});

// ---------------------------------------------------------------- reservering and statistics

/** With If-Match of the team's versie; null = the organisation's default. */
export const zetReservering = (
  teamId: string,
  versie: number,
  robuustReservering: RequestBody<'zetTeamreservering'>['robuustReservering'],
) =>
  request<ResponseBody<'zetTeamreservering'>>('PUT', `/teams/${enc(teamId)}/reservering`, {
    body: { robuustReservering } satisfies RequestBody<'zetTeamreservering'>,
    versie,
  });

export const getInstellingen = () => request<ResponseBody<'getInstellingen'>>('GET', '/instellingen');

/** Changes only the settings sent, with If-Match of the settings' versie (412 when someone was first). */
export const zetInstellingen = (versie: number, wijziging: RequestBody<'updateInstellingen'>) =>
  request<ResponseBody<'updateInstellingen'>>('PATCH', '/instellingen', { body: wijziging, versie });

export const getInzetStatistiek = () =>
  request<ResponseBody<'getInzetverzoekStatistiek'>>('GET', '/organisatie/inzetverzoeken');

// ---------------------------------------------------------------- verdeelvoorstellen

/** 202: the proposal computes in the background (status 'rekent'). */
export const startVerdeelvoorstel = (parameters: VerdeelParameters) =>
  request<ResponseBody<'startVerdeelvoorstel'>>('POST', '/verdeelvoorstellen', { body: parameters });
export const listVerdeelvoorstellen = () =>
  request<ResponseBody<'listVerdeelvoorstellen'>>('GET', '/verdeelvoorstellen');
export const getVerdeelvoorstel = (id: string) =>
  request<ResponseBody<'getVerdeelvoorstel'>>('GET', `/verdeelvoorstellen/${enc(id)}`);
/** All or none: a 409 says which line no longer fits. */
export const zetVoorstelOm = (id: string, regels: number[]) =>
  request<ResponseBody<'zetVerdeelvoorstelOm'>>('POST', `/verdeelvoorstellen/${enc(id)}/inzetverzoeken`, {
    body: { regels } satisfies RequestBody<'zetVerdeelvoorstelOm'>,
  });
