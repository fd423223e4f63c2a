import type { Graaf } from './levenscyclus';
import type { Probleem } from './probleem';

/**
 * A bestuursopdracht: a bestuurlijke ambitie explored with college members and written up as a
 * mandate the college of B&W decides on. Submitting freezes an immutable version; a besluit names
 * that version. Only a concept or a verkende opdracht can be edited; after a besluit "aangehouden"
 * or "afgewezen" it goes back to verkend to be reworked into a new version.
 */
export const BESTUURSOPDRACHT_STATUSSEN = [
  'concept',
  'verkend',
  'ter-besluitvorming',
  'vastgesteld',
  'gewijzigd-vastgesteld',
  'aangehouden',
  'afgewezen',
  'in-uitvoering',
  'afgerond',
  'geevalueerd',
] as const;
export type BestuursopdrachtStatus = (typeof BESTUURSOPDRACHT_STATUSSEN)[number];

export const BESLUIT_UITKOMSTEN = [
  'vastgesteld',
  'gewijzigd-vastgesteld',
  'aangehouden',
  'afgewezen',
] as const;
export type BesluitUitkomst = (typeof BESLUIT_UITKOMSTEN)[number];

export const BESTUURSOPDRACHT_GRAAF: Graaf<BestuursopdrachtStatus> = {
  concept: ['verkend'],
  verkend: ['concept', 'ter-besluitvorming'],
  'ter-besluitvorming': ['verkend', ...BESLUIT_UITKOMSTEN],
  vastgesteld: ['in-uitvoering'],
  'gewijzigd-vastgesteld': ['in-uitvoering'],
  aangehouden: ['verkend', 'ter-besluitvorming'],
  afgewezen: ['verkend'],
  'in-uitvoering': ['afgerond'],
  afgerond: ['geevalueerd'],
  geevalueerd: [],
};

/** The states only a besluit of the college reaches, never a plain step. */
export const ALLEEN_DOOR_BESLUIT: readonly BestuursopdrachtStatus[] = BESLUIT_UITKOMSTEN;

export function isBewerkbaar(status: BestuursopdrachtStatus): boolean {
  return status === 'concept' || status === 'verkend';
}

/** Reporting moments of the planning and control cycle. */
export const PC_MOMENTEN = [
  'kadernota',
  'programmabegroting',
  'bestuursrapportage',
  'jaarstukken',
  'raadsinformatiebrief',
  'anders',
] as const;
export type PcMoment = (typeof PC_MOMENTEN)[number];

export interface Verkenning {
  doel: string | null;
  wens: string | null;
  probleemEnOorzaak: string | null;
  beeldVanSucces: string | null;
  gewensteAanpak: string | null;
  /** The college members the ambition was explored with. */
  collegeleden: string[];
}

export interface BestuursopdrachtInhoud {
  titel: string;
  verkenning: Verkenning;
  doelstellingen: { omschrijving: string; indicator: string | null }[];
  mijlpalen: { titel: string; datum: string }[];
  budget: { begrotingsprogrammaId: string; bedrag: number; toelichting: string | null }[];
  rollen: {
    bestuurlijkOpdrachtgever: string | null;
    ambtelijkOpdrachtgever: string | null;
    opdrachtnemer: string | null;
    teams: { teamId: string; rol: string }[];
  };
  verantwoording: { moment: PcMoment; omschrijving: string }[];
  besluitvormingsproces: string | null;
}

export const LEGE_INHOUD: Omit<BestuursopdrachtInhoud, 'titel'> = {
  verkenning: {
    doel: null,
    wens: null,
    probleemEnOorzaak: null,
    beeldVanSucces: null,
    gewensteAanpak: null,
    collegeleden: [],
  },
  doelstellingen: [],
  mijlpalen: [],
  budget: [],
  rollen: { bestuurlijkOpdrachtgever: null, ambtelijkOpdrachtgever: null, opdrachtnemer: null, teams: [] },
  verantwoording: [],
  besluitvormingsproces: null,
};

const leeg = (x: string | null | undefined) => !x || x.trim() === '';

const VERKENNING_VELDEN: [keyof Omit<Verkenning, 'collegeleden'>, string][] = [
  ['doel', 'het doel'],
  ['wens', 'de wens'],
  ['probleemEnOorzaak', 'het probleem en de oorzaak'],
  ['beeldVanSucces', 'het beeld van succes'],
  ['gewensteAanpak', 'de gewenste aanpak'],
];

/** What the exploration with the college must hold before the opdracht counts as verkend. */
export function verkenningProblemen(i: BestuursopdrachtInhoud): Probleem[] {
  const p: Probleem[] = VERKENNING_VELDEN.filter(([k]) => leeg(i.verkenning[k])).map(([k, naam]) => ({
    veld: `verkenning.${k}`,
    code: 'verplicht',
    melding: `Beschrijf ${naam} uit de verkenning met het college.`,
  }));
  if (i.verkenning.collegeleden.length === 0)
    p.push({
      veld: 'verkenning.collegeleden',
      code: 'verplicht',
      melding: 'Noem de collegeleden met wie de ambitie is verkend.',
    });
  return p;
}

/** Everything a collegevoorstel must hold before it goes to the college, every gap at once. */
export function indieningsProblemen(i: BestuursopdrachtInhoud, aantalCapaciteitsvragen: number): Probleem[] {
  const p = verkenningProblemen(i);
  const eis = (ok: boolean, veld: string, melding: string) => {
    if (!ok) p.push({ veld, code: 'verplicht', melding });
  };
  eis(i.doelstellingen.length > 0, 'doelstellingen', 'Leg minstens één doelstelling vast.');
  eis(i.mijlpalen.length > 0, 'mijlpalen', 'Zet minstens één mijlpaal op de tijdlijn.');
  eis(
    aantalCapaciteitsvragen > 0 || i.budget.length > 0,
    'mensenEnMiddelen',
    'Geef de benodigde mensen (een capaciteitsvraag) of middelen (budget per begrotingsprogramma).',
  );
  eis(
    !leeg(i.rollen.bestuurlijkOpdrachtgever),
    'rollen.bestuurlijkOpdrachtgever',
    'Noem de bestuurlijk opdrachtgever.',
  );
  eis(
    !leeg(i.rollen.ambtelijkOpdrachtgever),
    'rollen.ambtelijkOpdrachtgever',
    'Noem de ambtelijk opdrachtgever.',
  );
  eis(!leeg(i.rollen.opdrachtnemer), 'rollen.opdrachtnemer', 'Noem de opdrachtnemer.');
  eis(
    i.verantwoording.length > 0,
    'verantwoording',
    'Leg minstens één verantwoordingsmoment in de P&C-cyclus vast.',
  );
  eis(!leeg(i.besluitvormingsproces), 'besluitvormingsproces', 'Beschrijf het besluitvormingsproces.');
  return p;
}

/**
 * JSON with object keys in sorted order at every level: the same content always gives the same
 * bytes, so a frozen version can be stored, hashed and compared byte for byte.
 */
export function canoniekeJson(waarde: unknown): string {
  return JSON.stringify(sorteer(waarde));
}

function sorteer(w: unknown): unknown {
  if (Array.isArray(w)) return w.map(sorteer);
  if (w && typeof w === 'object') {
    return Object.fromEntries(
      Object.keys(w as object)
        .sort()
        .map((k) => [k, sorteer((w as Record<string, unknown>)[k])]),
    );
  }
  return w;
}

export interface Verschil {
  /** Path of the field, e.g. `verkenning.doel` or `mijlpalen[1].datum`. */
  veld: string;
  oud: string | number | boolean | null;
  nieuw: string | number | boolean | null;
}

/** Field-level differences between two versions (paths in a stable order). */
export function verschillen(oud: unknown, nieuw: unknown): Verschil[] {
  const a = plat(oud);
  const b = plat(nieuw);
  const paden = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paden
    .filter((pad) => a.get(pad) !== b.get(pad))
    .map((pad) => ({ veld: pad, oud: a.get(pad) ?? null, nieuw: b.get(pad) ?? null }));
}

type Blad = string | number | boolean | null;

function plat(w: unknown, pad = '', uit = new Map<string, Blad>()): Map<string, Blad> {
  if (Array.isArray(w)) {
    w.forEach((x, i) => {
      plat(x, `${pad}[${i}]`, uit);
    });
  } else if (w && typeof w === 'object') {
    for (const [k, v] of Object.entries(w)) plat(v, pad ? `${pad}.${k}` : k, uit);
  } else if (pad) {
    uit.set(pad, (w ?? null) as Blad);
  }
  return uit;
}
