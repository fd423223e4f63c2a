/**
 * The werkdruksignaal of a team in a month (issue 14, item 6): one colour from five parts, each
 * with its value, its thresholds and its own colour, so a teamleider sees why a team is amber or red.
 *
 * Parts (every value: higher means more pressure):
 * - capaciteit: the larger of the result goals' demand (as the prioriteitslijn counts it) and the
 *   booked inzet, against the team's productive capacity in the month (1 = exactly full).
 * - puls: the mean werkdruk score (1..5) of the team in the latest closed pulse round up to that
 *   month, only with at least MIN_GROEPSGROOTTE answers (otherwise unknown).
 * - dossiers: agile dossiers per team member at the same time in the month (average).
 * - vacatures: vacant FTE as a share of the team's formatie FTE at the end of the month.
 * - afwezigheid: the month's absence hours against the team's average of the 12 months before.
 *
 * Combination rule: rood when any part is rood or at least two parts are oranje; oranje when one
 * part is oranje; groen when at least one part is known and none is raised; onbekend when no part
 * is known. An unknown part never counts. Raising any value never lowers the signal.
 */

export const WERKDRUK_NIVEAUS = ['onbekend', 'groen', 'oranje', 'rood'] as const;
export type WerkdrukNiveau = (typeof WERKDRUK_NIVEAUS)[number];

export const WERKDRUK_DELEN = ['capaciteit', 'puls', 'dossiers', 'vacatures', 'afwezigheid'] as const;
export type WerkdrukDeel = (typeof WERKDRUK_DELEN)[number];

/** From this value a part is oranje, from `rood` red. Always oranje <= rood. */
export interface Drempel {
  oranje: number;
  rood: number;
}

export type WerkdrukDrempels = Record<WerkdrukDeel, Drempel>;

/** Defaults, used until beheer sets the setting `werkdrukDrempels` (PATCH /instellingen). */
export const STANDAARD_WERKDRUK_DREMPELS: WerkdrukDrempels = {
  // Demand or booked inzet from 95 % of capacity amber, from 110 % (over capacity) red.
  capaciteit: { oranje: 0.95, rood: 1.1 },
  // Mean answer to "Ik ervaar een hoge werkdruk" (1..5): 3.5 leans towards agreeing, 4 agrees.
  puls: { oranje: 3.5, rood: 4 },
  // Two agile dossiers next to the regular work is a lot; three is too many.
  dossiers: { oranje: 2, rood: 3 },
  // A tenth of the formatie vacant is felt; a fifth means others carry the work.
  vacatures: { oranje: 0.1, rood: 0.2 },
  // Half again as much absence as usual is amber, twice as much red.
  afwezigheid: { oranje: 1.5, rood: 2 },
};

export interface DeelMeting {
  deel: WerkdrukDeel;
  /** null: not known (no capacity, no pulse with enough answers, no formatie, no usual absence). */
  waarde: number | null;
}

export interface DeelOordeel extends DeelMeting {
  drempel: Drempel;
  niveau: WerkdrukNiveau;
}

export interface WerkdrukOordeel {
  niveau: WerkdrukNiveau;
  delen: DeelOordeel[];
  /** The raised parts, worst first: the reason a teamleider reads. */
  redenen: WerkdrukDeel[];
}

/** The colour of one part: unknown stays unknown. */
export function niveauVanDeel(waarde: number | null, drempel: Drempel): WerkdrukNiveau {
  if (waarde === null || !Number.isFinite(waarde)) return 'onbekend';
  if (waarde >= drempel.rood) return 'rood';
  if (waarde >= drempel.oranje) return 'oranje';
  return 'groen';
}

/** The combination rule (see the top of this file). */
export function combineer(niveaus: readonly WerkdrukNiveau[]): WerkdrukNiveau {
  const rood = niveaus.filter((n) => n === 'rood').length;
  const oranje = niveaus.filter((n) => n === 'oranje').length;
  if (rood > 0 || oranje >= 2) return 'rood';
  if (oranje === 1) return 'oranje';
  return niveaus.some((n) => n === 'groen') ? 'groen' : 'onbekend';
}

const ERNST: Record<WerkdrukNiveau, number> = { onbekend: 0, groen: 1, oranje: 2, rood: 3 };

/** For sorting: the higher the worse. */
export function ernst(n: WerkdrukNiveau): number {
  return ERNST[n];
}

export function beoordeel(metingen: readonly DeelMeting[], drempels: WerkdrukDrempels): WerkdrukOordeel {
  // The fields by name, not `...m`: an object spread with fields after it is ~50× slower in V8, and a
  // heatmap of 1,300 teams × 12 months judges 80,000 parts (bench/mensen.ts).
  const delen = metingen.map((m) => ({
    deel: m.deel,
    waarde: m.waarde,
    drempel: drempels[m.deel],
    niveau: niveauVanDeel(m.waarde, drempels[m.deel]),
  }));
  const redenen = delen
    .filter((d) => d.niveau === 'oranje' || d.niveau === 'rood')
    .sort((a, b) => ERNST[b.niveau] - ERNST[a.niveau])
    .map((d) => d.deel);
  return { niveau: combineer(delen.map((d) => d.niveau)), delen, redenen };
}

/** Reads the setting, falling back per part and per threshold to the default for anything unusable. */
export function leesDrempels(waarde: unknown): WerkdrukDrempels {
  const uit = { ...STANDAARD_WERKDRUK_DREMPELS };
  if (!waarde || typeof waarde !== 'object') return uit;
  for (const deel of WERKDRUK_DELEN) {
    const d = (waarde as Record<string, unknown>)[deel] as Partial<Drempel> | undefined;
    if (!d || typeof d !== 'object') continue;
    const oranje = typeof d.oranje === 'number' && Number.isFinite(d.oranje) ? d.oranje : uit[deel].oranje;
    const rood = typeof d.rood === 'number' && Number.isFinite(d.rood) ? d.rood : uit[deel].rood;
    if (oranje <= rood) uit[deel] = { oranje, rood };
  }
  return uit;
}

/** The problems of a threshold setting a user sends: every part's amber at most its red, none negative. */
export function drempelProblemen(
  drempels: Partial<Record<WerkdrukDeel, Drempel>>,
): { veld: string; code: string; melding: string }[] {
  const problemen: { veld: string; code: string; melding: string }[] = [];
  for (const deel of WERKDRUK_DELEN) {
    const d = drempels[deel];
    if (!d) continue;
    if (d.oranje < 0 || d.rood < 0)
      problemen.push({
        veld: `werkdrukDrempels.${deel}`,
        code: 'negatief',
        melding: 'Een drempel kan niet negatief zijn.',
      });
    if (d.oranje > d.rood)
      problemen.push({
        veld: `werkdrukDrempels.${deel}.oranje`,
        code: 'boven-rood',
        melding: 'De drempel voor oranje ligt hoogstens op die voor rood.',
      });
  }
  return problemen;
}

/** Absence of the month against the usual level: null when the team has no usual absence to compare with. */
export function afwezigheidVerhouding(maandUren: number, gemiddeldeUren: number | null): number | null {
  // Without a usual level there is nothing to compare with (a new team, or one that is never absent).
  if (gemiddeldeUren === null || gemiddeldeUren <= 0) return null;
  return Math.round((maandUren / gemiddeldeUren) * 100) / 100;
}

/** Demand or booked inzet, whichever is larger, against capacity; null without capacity. */
export function capaciteitsBelasting(capaciteit: number, vraag: number, ingezet: number): number | null {
  if (capaciteit <= 0) return null;
  return Math.round((Math.max(vraag, ingezet) / capaciteit) * 1000) / 1000;
}

export const WERKDRUK_DEEL_NAAM: Record<WerkdrukDeel, string> = {
  capaciteit: 'Vraag tegen capaciteit',
  puls: 'Werkdruk in de pulsmeting',
  dossiers: 'Wendbare dossiers per persoon',
  vacatures: 'Vacatures',
  afwezigheid: 'Afwezigheid tegen normaal',
};

/** A part's value as a reader takes it in: shares as percentages, scores with one decimal, absence as a multiple. */
export function deelWaardeTekst(deel: WerkdrukDeel, waarde: number | null): string {
  if (waarde === null) return 'onbekend';
  const getal = (x: number, decimalen: number) =>
    x.toLocaleString('nl-NL', { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen });
  switch (deel) {
    case 'capaciteit':
    case 'vacatures':
      return `${getal(waarde * 100, 0)} %`;
    case 'afwezigheid':
      return `${getal(waarde, 1)} × normaal`;
    default:
      return getal(waarde, 1);
  }
}

/** "Vacatures 25 % (rood vanaf 20 %)": why a part is raised, in one phrase. */
export function redenTekst(d: Pick<DeelOordeel, 'deel' | 'waarde' | 'drempel' | 'niveau'>): string {
  const grens = d.niveau === 'rood' ? d.drempel.rood : d.drempel.oranje;
  return `${WERKDRUK_DEEL_NAAM[d.deel]} ${deelWaardeTekst(d.deel, d.waarde)} (${d.niveau} vanaf ${deelWaardeTekst(d.deel, grens)})`;
}
