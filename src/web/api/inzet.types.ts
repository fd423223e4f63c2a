/**
 * Types of staffing the agile side (tags Inzetverzoeken, Verdeelvoorstellen), mirroring
 * src/http/routes/inzetverzoek.routes.ts and verdeelvoorstel.routes.ts. The states mirror
 * src/domain/inzetverzoek.ts; test/e2e/toegang-tabel.e2e.test.ts checks that they are the same.
 */
import type { Capaciteitsvraag } from './wendbaar.types';

export const INZETVERZOEK_STATUSSEN = [
  'aangevraagd',
  'ingestemd',
  'afgewezen',
  'tegenvoorstel',
  'ingetrokken',
] as const;
export type InzetverzoekStatus = (typeof INZETVERZOEK_STATUSSEN)[number];

export interface DossierRef {
  soort: 'opgave' | 'bestuursopdracht';
  id: string;
  titel: string;
}

// ---------------------------------------------------------------- kandidaten

export interface Kandidaat {
  medewerker: { id: string; naam: string; functie: string };
  /** The team's room for agile work beside its reservering (hours a week) and that reservering (0..1). */
  team: { id: string; naam: string; ruimtePerWeek: number; reservering: number };
  niveau: number;
  ambitie: boolean;
  /** The fewest free hours in any week of the quarter. */
  vrijPerWeek: number;
  gemiddeldVrijPerWeek: number;
  /** Free hours capped by the team's room. */
  inzetbaarPerWeek: number;
  aantalDossiers: number;
  alOpDossier: boolean;
  passendheid: number;
  score: number;
  uitleg: string;
}

export interface Kandidaten {
  capaciteitsvraag: Capaciteitsvraag & { prioriteit?: number };
  prioriteit: number;
  vanWeek: string;
  totWeek: string;
  urenPerWeekGevraagd: number;
  aantal: number;
  /** Why nobody (or nobody with time) fits; null when there are candidates. */
  uitleg: string | null;
  kandidaten: Kandidaat[];
}

// ---------------------------------------------------------------- inzetverzoeken

export interface Weken {
  vanWeek: string;
  totWeek: string;
  urenPerWeek: number;
}

export interface Inzetverzoek extends Weken {
  id: string;
  status: InzetverzoekStatus;
  capaciteitsvraag: {
    id: string;
    expertise: string;
    minimumNiveau: number;
    periode: string;
    dossier: DossierRef;
  };
  medewerker: { id: string; naam: string };
  team: { id: string; naam: string };
  toelichting: string | null;
  /** Why it was declined, or the reason of a counter-proposal. */
  reden: string | null;
  tegenvoorstel: Weken | null;
  reserveringOverschreden: boolean;
  overschrijdingReden: string | null;
  bovenBeschikbaar: boolean;
  /** The asker's account name. */
  aangevraagdDoor: string | null;
  /** The asker's account: whose request it is (names can be shared). */
  aangevraagdDoorAccountId: string | null;
  aangevraagdOp: string;
  beslistDoor: string | null;
  beslistOp: string | null;
  wachtdagen: number;
  versie: number;
}

export interface VerzoekInvoer extends Weken {
  medewerkerId: string;
  toelichting?: string | null;
  overschrijdReservering?: boolean;
  overschrijdingReden?: string | null;
}

export interface VerzoekFilter {
  status?: InzetverzoekStatus;
  teamId?: string;
  capaciteitsvraagId?: string;
  medewerkerId?: string;
  /** An account id: only the requests it made. */
  aangevraagdDoor?: string;
  pagina?: number;
  /** At most 500; the server's default is 50. */
  paginaGrootte?: number;
}

export interface InzetStatistiekRij {
  team: { id: string; naam: string };
  aantal: number;
  ingestemd: number;
  afgewezen: number;
  open: number;
  gemiddeldeWachtdagen: number;
}

export interface Teamreservering {
  teamId: string;
  /** 0..1, or null for the organisation's default. */
  robuustReservering: number | null;
  versie: number;
}

// ---------------------------------------------------------------- verdeelvoorstellen

export interface VerdeelParameters {
  periode: string;
  capaciteitsvraagIds?: string[];
  maxDossiers?: number;
  minimumUren?: number;
  tijdslimietSeconden?: number;
}

export interface VerdeelRegel {
  index: number;
  medewerker: { id: string; naam: string };
  team: { id: string; naam: string };
  capaciteitsvraag: { id: string; expertise: string; dossier: DossierRef; prioriteit: number };
  urenPerWeek: number;
  reden: string;
  passendheid: number;
  /** The request made from this line, if any (a line with a standing request cannot be asked again). */
  inzetverzoek: { id: string; status: InzetverzoekStatus } | null;
}

export interface VerdeelKnelpunt {
  capaciteitsvraag: { id: string; expertise: string; dossier: DossierRef };
  openPerWeek: number;
  knelpunt: string;
  uitleg: string;
}

export interface VerdeelResultaat {
  regels: VerdeelRegel[];
  onvervuld: { expertise: { id: string; naam: string }; urenPerWeek: number }[];
  knelpunten: VerdeelKnelpunt[];
  overgeslagen: { vraagId: string; reden: string }[];
  doelwaarde: number;
  grens: number;
  /** Proven distance to the upper bound, as a fraction (0.001 = 0.1%). */
  gap: number;
  /** The objective of the greedy allocation on the same problem. */
  gretig: number;
  /** 'optimaal' | 'tijdslimiet' | 'leeg' | 'onderbroken' */
  status: string;
  seconden: number;
  paren: number;
}

/** A scenario in the list: summed up, without its lines. */
export interface VerdeelvoorstelSamenvatting {
  id: string;
  periode: string;
  status: 'rekent' | 'klaar' | 'mislukt';
  parameters: VerdeelParameters;
  fout: string | null;
  aangemaaktOp: string;
  klaarOp: string | null;
  samenvatting: {
    regels: number;
    urenPerWeek: number;
    doelwaarde: number;
    gap: number;
    gretig: number;
  } | null;
}

export interface Verdeelvoorstel {
  id: string;
  periode: string;
  status: 'rekent' | 'klaar' | 'mislukt';
  parameters: VerdeelParameters;
  /** While it computes: seconden, gap, beste, grens. */
  voortgang: Record<string, number | null> | null;
  resultaat: VerdeelResultaat | null;
  fout: string | null;
  aangemaaktOp: string;
  klaarOp: string | null;
}
