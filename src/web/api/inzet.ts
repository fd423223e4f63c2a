/**
 * Staffing the agile side: candidates for a capaciteitsvraag, inzetverzoeken and their steps, the
 * teams' reservering for robust work, the directie's statistics and verdeelvoorstellen. Requests go
 * through ./http.ts, the only module that calls `fetch`; types are in ./inzet.types.ts.
 */
import { request } from './http';
import type {
  InzetStatistiekRij,
  Inzetverzoek,
  Kandidaten,
  Teamreservering,
  VerdeelParameters,
  Verdeelvoorstel,
  VerdeelvoorstelSamenvatting,
  VerzoekFilter,
  VerzoekInvoer,
  Weken,
} from './inzet.types';
import type { ListResponse } from './types';

const enc = encodeURIComponent;
type Lijst<T> = { resultaten: T[] };

// ---------------------------------------------------------------- kandidaten and requests

export const getKandidaten = (capaciteitsvraagId: string) =>
  request<Kandidaten>('GET', `/capaciteitsvragen/${enc(capaciteitsvraagId)}/kandidaten`);

/** 409 when it breaks the team's reservering (unless overridden with a reason); 400 with invalidParams. */
export const vraagInzetAan = (capaciteitsvraagId: string, verzoek: VerzoekInvoer) =>
  request<Inzetverzoek>('POST', `/capaciteitsvragen/${enc(capaciteitsvraagId)}/inzetverzoeken`, {
    body: verzoek,
  });

/** What the caller may see: all (programmaregisseur, directie, P&O), own teams, or own; a page at a time. */
export const listInzetverzoeken = (filter: VerzoekFilter = {}) =>
  request<ListResponse<Inzetverzoek>>('GET', '/inzetverzoeken', { query: filter });

const stap = (pad: string) => (verzoek: Pick<Inzetverzoek, 'id' | 'versie'>, body: object) =>
  request<Inzetverzoek>('POST', `/inzetverzoeken/${enc(verzoek.id)}/${pad}`, {
    body,
    versie: verzoek.versie,
  });
const instemmingen = stap('instemmingen');
const afwijzingen = stap('afwijzingen');
const tegenvoorstellen = stap('tegenvoorstellen');
const aanvaardingen = stap('aanvaardingen');
const intrekkingen = stap('intrekkingen');

/** The teamleider consents: the agile inzet is made at once. */
export const stemIn = (verzoek: Pick<Inzetverzoek, 'id' | 'versie'>) => instemmingen(verzoek, {});
export const wijsAf = (verzoek: Pick<Inzetverzoek, 'id' | 'versie'>, reden: string) =>
  afwijzingen(verzoek, { reden });
export const stelTegenvoor = (
  verzoek: Pick<Inzetverzoek, 'id' | 'versie'>,
  voorstel: Weken & { reden?: string | null },
) => tegenvoorstellen(verzoek, voorstel);
/** The asker accepts the counter-proposal: the inzet is made with its hours. */
export const aanvaard = (verzoek: Pick<Inzetverzoek, 'id' | 'versie'>) => aanvaardingen(verzoek, {});
export const trekIn = (verzoek: Pick<Inzetverzoek, 'id' | 'versie'>) => intrekkingen(verzoek, {});

// ---------------------------------------------------------------- reservering and statistics

/** With If-Match of the team's versie; null = the organisation's default. */
export const zetReservering = (teamId: string, versie: number, robuustReservering: number | null) =>
  request<Teamreservering>('PUT', `/teams/${enc(teamId)}/reservering`, {
    body: { robuustReservering },
    versie,
  });

export interface Instellingen {
  nietProductiefAandeel: number;
  bevrijdingsdag: 'jaarlijks' | 'lustrum';
  /** The organisation's default share kept for robust work (0..1). */
  robuustReservering: number;
  versie: number;
}

export const getInstellingen = () => request<Instellingen>('GET', '/instellingen');

export const getInzetStatistiek = () =>
  request<Lijst<InzetStatistiekRij>>('GET', '/organisatie/inzetverzoeken');

// ---------------------------------------------------------------- verdeelvoorstellen

/** 202: the proposal computes in the background (status 'rekent'). */
export const startVerdeelvoorstel = (parameters: VerdeelParameters) =>
  request<Verdeelvoorstel>('POST', '/verdeelvoorstellen', { body: parameters });
export const listVerdeelvoorstellen = () =>
  request<Lijst<VerdeelvoorstelSamenvatting>>('GET', '/verdeelvoorstellen');
export const getVerdeelvoorstel = (id: string) =>
  request<Verdeelvoorstel>('GET', `/verdeelvoorstellen/${enc(id)}`);
/** All or none: a 409 says which line no longer fits. */
export const zetVoorstelOm = (id: string, regels: number[]) =>
  request<{ aangemaakt: number; inzetverzoekIds: string[] }>(
    'POST',
    `/verdeelvoorstellen/${enc(id)}/inzetverzoeken`,
    { body: { regels } },
  );
