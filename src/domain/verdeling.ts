import type { IsoDatum } from './datum';
import { isoWeek, periodeVan, wekenVanKwartaal } from './kalender';

/**
 * The verdeelvoorstel as a pure problem: which medewerker gives how many hours a week to which open
 * capaciteitsvraag in a period. Hours are per week and constant over the period, so "free hours per
 * week" is the smallest free amount over the period's weeks, and the team's room for agile work the
 * smallest over its weeks: a constant assignment that fits those fits every week.
 */
export interface VerdeelMedewerker {
  id: string;
  teamId: string;
  /** Hours a week free for agile work: the minimum over the period's weeks. */
  vrij: number;
  /** Agile dossiers this person already carries. */
  dossiers: readonly string[];
}

export interface VerdeelVraag {
  id: string;
  dossierId: string;
  expertiseId: string;
  minimumNiveau: number;
  /** Demand still open, in hours a week. */
  urenPerWeek: number;
  /** 1 (low) to 5 (high). */
  prioriteit: number;
}

export interface VerdeelTeam {
  id: string;
  /** Hours a week the team can give to agile work without breaking its reservering. */
  ruimte: number;
}

/** A medewerker who holds the asked expertise at some niveau. */
export interface Geschiktheid {
  medewerkerId: string;
  vraagId: string;
  niveau: number;
  ambitie: boolean;
}

export interface VerdeelInstantie {
  medewerkers: readonly VerdeelMedewerker[];
  vragen: readonly VerdeelVraag[];
  teams: readonly VerdeelTeam[];
  geschiktheden: readonly Geschiktheid[];
  /** At most this many agile dossiers per medewerker (default 3). */
  maxDossiers: number;
  /** No assignment below this many hours a week (default 4). */
  minimumUren: number;
}

export interface Toewijzing {
  medewerkerId: string;
  vraagId: string;
  urenPerWeek: number;
}

/** A candidate pair after pruning, with everything the model and the reasons need. */
export interface Paar {
  m: number;
  v: number;
  niveau: number;
  ambitie: boolean;
  alOpDossier: boolean;
  gewicht: number;
  bovengrens: number;
}

/**
 * How well a person fits: meeting the minimum counts 1, every niveau above it a quarter more, and
 * wanting to grow in the expertise a tenth (development is a goal of the organisation too).
 */
export function passendheid(niveau: number, minimum: number, ambitie: boolean): number {
  return 1 + 0.25 * (niveau - minimum) + (ambitie ? 0.1 : 0);
}

/** People already on the dossier are preferred: continuity is worth a fifth more per hour. */
export const VOORKEUR_BESTAAND = 1.2;

export function gewicht(prioriteit: number, f: number, alOpDossier: boolean): number {
  return prioriteit * f * (alOpDossier ? VOORKEUR_BESTAAND : 1);
}

export const STANDAARD = { maxDossiers: 3, minimumUren: 4, kandidatenPerVraag: 40 } as const;

/**
 * The pairs worth modelling: niveau at least the minimum, room for at least the minimum useful
 * assignment in person, team and demand, a dossier slot left (or already on the dossier), and per
 * vraag only the best few by weight and free hours. A dense model of everyone × every vraag is far
 * too big for the solver and almost all of it can never be chosen.
 */
export function snoei(inst: VerdeelInstantie, perVraag: number = STANDAARD.kandidatenPerVraag): Paar[] {
  const mIndex = new Map(inst.medewerkers.map((m, i) => [m.id, i]));
  const vIndex = new Map(inst.vragen.map((v, i) => [v.id, i]));
  const ruimte = new Map(inst.teams.map((t) => [t.id, t.ruimte]));
  const perV = new Map<number, Paar[]>();
  for (const g of inst.geschiktheden) {
    const m = mIndex.get(g.medewerkerId);
    const v = vIndex.get(g.vraagId);
    if (m === undefined || v === undefined) continue;
    const mw = inst.medewerkers[m]!;
    const vr = inst.vragen[v]!;
    if (g.niveau < vr.minimumNiveau) continue;
    const alOpDossier = mw.dossiers.includes(vr.dossierId);
    if (!alOpDossier && mw.dossiers.length >= inst.maxDossiers) continue;
    const bovengrens = Math.min(mw.vrij, vr.urenPerWeek, ruimte.get(mw.teamId) ?? 0);
    if (bovengrens < inst.minimumUren) continue;
    const p: Paar = {
      m,
      v,
      niveau: g.niveau,
      ambitie: g.ambitie,
      alOpDossier,
      gewicht: gewicht(vr.prioriteit, passendheid(g.niveau, vr.minimumNiveau, g.ambitie), alOpDossier),
      bovengrens,
    };
    const lijst = perV.get(v);
    if (lijst) lijst.push(p);
    else perV.set(v, [p]);
  }
  const uit: Paar[] = [];
  for (const lijst of perV.values()) {
    lijst.sort((a, b) => b.gewicht - a.gewicht || b.bovengrens - a.bovengrens || a.m - b.m);
    uit.push(...lijst.slice(0, perVraag));
  }
  return uit.sort((a, b) => a.v - b.v || a.m - b.m);
}

/**
 * A bound without any LP, for when not even the first LP was solved in time: no vraag gets more
 * than its demand (or what its pairs can give), each hour at the best weight any of its pairs has;
 * likewise per person. Weak, but proven, so the gap shown is never a false 0%.
 */
export function ruweGrens(inst: VerdeelInstantie, alle: readonly Paar[]): number {
  const perV = new Map<number, { max: number; som: number }>();
  const perM = new Map<number, number>();
  for (const p of alle) {
    const v = perV.get(p.v) ?? { max: 0, som: 0 };
    v.max = Math.max(v.max, p.gewicht);
    v.som += p.bovengrens;
    perV.set(p.v, v);
    perM.set(p.m, Math.max(perM.get(p.m) ?? 0, p.gewicht));
  }
  let vragen = 0;
  for (const [v, { max, som }] of perV) vragen += Math.min(inst.vragen[v]!.urenPerWeek, som) * max;
  let mensen = 0;
  for (const [m, max] of perM) mensen += inst.medewerkers[m]!.vrij * max;
  return Math.min(vragen, mensen);
}

export function doelwaarde(inst: VerdeelInstantie, toewijzingen: readonly Toewijzing[]): number {
  const vIndex = new Map(inst.vragen.map((v) => [v.id, v]));
  const mIndex = new Map(inst.medewerkers.map((m) => [m.id, m]));
  const niveau = new Map(inst.geschiktheden.map((g) => [`${g.medewerkerId}|${g.vraagId}`, g]));
  let som = 0;
  for (const t of toewijzingen) {
    const v = vIndex.get(t.vraagId)!;
    const g = niveau.get(`${t.medewerkerId}|${t.vraagId}`)!;
    const al = mIndex.get(t.medewerkerId)!.dossiers.includes(v.dossierId);
    som += gewicht(v.prioriteit, passendheid(g.niveau, v.minimumNiveau, g.ambitie), al) * t.urenPerWeek;
  }
  return som;
}

/**
 * The baseline a planner would do by hand: best-weighted pairs first, each as many hours as person,
 * team, demand and the dossier limit allow, skipping what falls below the minimum useful amount.
 */
export function gretig(
  inst: VerdeelInstantie,
  paren: readonly Paar[] = snoei(inst, Number.POSITIVE_INFINITY),
  /** Keep the order given (e.g. the order an LP relaxation prefers) instead of best weight first. */
  volgordeGegeven = false,
): Toewijzing[] {
  const vrij = inst.medewerkers.map((m) => m.vrij);
  const dossiers = inst.medewerkers.map((m) => new Set(m.dossiers));
  const ruimte = new Map(inst.teams.map((t) => [t.id, t.ruimte]));
  const vraag = inst.vragen.map((v) => v.urenPerWeek);
  const uit: Toewijzing[] = [];
  const volgorde = volgordeGegeven
    ? paren
    : [...paren].sort((a, b) => b.gewicht - a.gewicht || a.v - b.v || a.m - b.m);
  for (const p of volgorde) {
    const mw = inst.medewerkers[p.m]!;
    const vr = inst.vragen[p.v]!;
    const nieuwDossier = !dossiers[p.m]!.has(vr.dossierId);
    if (nieuwDossier && dossiers[p.m]!.size >= inst.maxDossiers) continue;
    const uren = Math.min(vrij[p.m]!, vraag[p.v]!, ruimte.get(mw.teamId) ?? 0);
    if (uren < inst.minimumUren || uren <= 0) continue;
    vrij[p.m]! -= uren;
    vraag[p.v]! -= uren;
    ruimte.set(mw.teamId, (ruimte.get(mw.teamId) ?? 0) - uren);
    dossiers[p.m]!.add(vr.dossierId);
    uit.push({ medewerkerId: mw.id, vraagId: vr.id, urenPerWeek: uren });
  }
  return uit;
}

export interface Tekort {
  expertiseId: string;
  urenPerWeek: number;
}

/** Demand left open per expertise: the input for formation (whom to hire or train). */
export function onvervuld(inst: VerdeelInstantie, toewijzingen: readonly Toewijzing[]): Tekort[] {
  const gedekt = new Map<string, number>();
  for (const t of toewijzingen) gedekt.set(t.vraagId, (gedekt.get(t.vraagId) ?? 0) + t.urenPerWeek);
  const perExpertise = new Map<string, number>();
  for (const v of inst.vragen) {
    const open = v.urenPerWeek - (gedekt.get(v.id) ?? 0);
    if (open > 1e-6) perExpertise.set(v.expertiseId, (perExpertise.get(v.expertiseId) ?? 0) + open);
  }
  return [...perExpertise]
    .map(([expertiseId, urenPerWeek]) => ({ expertiseId, urenPerWeek: Math.round(urenPerWeek * 100) / 100 }))
    .sort((a, b) => b.urenPerWeek - a.urenPerWeek || a.expertiseId.localeCompare(b.expertiseId));
}

export type Knelpunt =
  | 'geen-expertise'
  | 'geen-vrije-uren'
  | 'reservering'
  | 'dossierlimiet'
  | 'elders-ingezet';

/**
 * Why a vraag keeps open demand, in the order a planner would check: nobody has the expertise at
 * the level; those who do have no free hours; their teams' reservering leaves no room; they carry
 * the maximum of dossiers already; or the people who could have gone to vragen worth more.
 */
export function knelpunten(
  inst: VerdeelInstantie,
  toewijzingen: readonly Toewijzing[],
): { vraagId: string; open: number; knelpunt: Knelpunt; geschikt: number }[] {
  const gedekt = new Map<string, number>();
  for (const t of toewijzingen) gedekt.set(t.vraagId, (gedekt.get(t.vraagId) ?? 0) + t.urenPerWeek);
  const mw = new Map(inst.medewerkers.map((m) => [m.id, m]));
  const ruimte = new Map(inst.teams.map((t) => [t.id, t.ruimte]));
  const uit: { vraagId: string; open: number; knelpunt: Knelpunt; geschikt: number }[] = [];
  for (const v of inst.vragen) {
    const open = Math.round((v.urenPerWeek - (gedekt.get(v.id) ?? 0)) * 100) / 100;
    if (open < 0.01) continue;
    const geschikt = inst.geschiktheden
      .filter((g) => g.vraagId === v.id && g.niveau >= v.minimumNiveau)
      .map((g) => mw.get(g.medewerkerId))
      .filter((m): m is VerdeelMedewerker => m !== undefined);
    const metUren = geschikt.filter((m) => m.vrij >= inst.minimumUren);
    const metRuimte = metUren.filter((m) => (ruimte.get(m.teamId) ?? 0) >= inst.minimumUren);
    const metPlek = metRuimte.filter(
      (m) => m.dossiers.includes(v.dossierId) || m.dossiers.length < inst.maxDossiers,
    );
    const knelpunt: Knelpunt =
      geschikt.length === 0
        ? 'geen-expertise'
        : metUren.length === 0
          ? 'geen-vrije-uren'
          : metRuimte.length === 0
            ? 'reservering'
            : metPlek.length === 0
              ? 'dossierlimiet'
              : 'elders-ingezet';
    uit.push({ vraagId: v.id, open, knelpunt, geschikt: geschikt.length });
  }
  return uit;
}

/**
 * Makes a fractional plan (an LP relaxation's hours per pair) into a valid proposal: drop pairs
 * under the minimum useful hours, drop the least valuable pairs of anyone over the dossier limit,
 * then top up greedily from what is left in person, team and demand. A near-optimal start for the
 * solver, found in milliseconds.
 */
export function rondAf(
  inst: VerdeelInstantie,
  paren: readonly Paar[],
  uren: readonly number[],
): Toewijzing[] {
  const vrij = inst.medewerkers.map((m) => m.vrij);
  const ruimte = new Map(inst.teams.map((t) => [t.id, t.ruimte]));
  const vraag = inst.vragen.map((v) => v.urenPerWeek);
  const gekozen = new Map<number, number>();
  paren.forEach((_p, i) => {
    // To whole hundredths first, then the minimum: 3.999… rounds down to 3.99, which is too little.
    const u = Math.floor((uren[i] ?? 0) * 100) / 100;
    if (u >= inst.minimumUren) gekozen.set(i, u);
  });
  // The dossier limit: per person keep the most valuable new dossiers.
  const perMw = new Map<number, number[]>();
  for (const i of gekozen.keys()) perMw.set(paren[i]!.m, [...(perMw.get(paren[i]!.m) ?? []), i]);
  for (const [m, lijst] of perMw) {
    const mw = inst.medewerkers[m]!;
    const slots = Math.max(0, inst.maxDossiers - mw.dossiers.length);
    const waardePerDossier = new Map<string, number>();
    for (const i of lijst) {
      const p = paren[i]!;
      if (p.alOpDossier) continue;
      const d = inst.vragen[p.v]!.dossierId;
      waardePerDossier.set(d, (waardePerDossier.get(d) ?? 0) + p.gewicht * gekozen.get(i)!);
    }
    const houden = new Set(
      [...waardePerDossier]
        .sort((a, b) => b[1] - a[1])
        .slice(0, slots)
        .map(([d]) => d),
    );
    for (const i of lijst) {
      const p = paren[i]!;
      if (!p.alOpDossier && !houden.has(inst.vragen[p.v]!.dossierId)) gekozen.delete(i);
    }
  }
  // Take the chosen hours, most valuable pairs first, never more than is left (the input may be
  // slightly off: solver tolerances, or any fractional plan at all).
  const dossiers = inst.medewerkers.map((m) => new Set(m.dossiers));
  for (const i of [...gekozen.keys()].sort((a, b) => paren[b]!.gewicht - paren[a]!.gewicht || a - b)) {
    const p = paren[i]!;
    const mw = inst.medewerkers[p.m]!;
    const u =
      Math.floor(
        Math.min(gekozen.get(i)!, vrij[p.m]!, vraag[p.v]!, ruimte.get(mw.teamId) ?? 0, p.bovengrens) * 100,
      ) / 100;
    if (u < inst.minimumUren) {
      gekozen.delete(i);
      continue;
    }
    gekozen.set(i, u);
    vrij[p.m]! -= u;
    vraag[p.v]! -= u;
    ruimte.set(mw.teamId, (ruimte.get(mw.teamId) ?? 0) - u);
    dossiers[p.m]!.add(inst.vragen[p.v]!.dossierId);
  }
  // Top up: more hours where a pair is already chosen, new pairs where the minimum still fits.
  const volgorde = [...paren.keys()].sort((a, b) => paren[b]!.gewicht - paren[a]!.gewicht || a - b);
  for (const i of volgorde) {
    const p = paren[i]!;
    const mw = inst.medewerkers[p.m]!;
    const extra =
      Math.floor(
        Math.min(vrij[p.m]!, vraag[p.v]!, ruimte.get(mw.teamId) ?? 0, p.bovengrens - (gekozen.get(i) ?? 0)) *
          100,
      ) / 100;
    if (extra <= 0) continue;
    if (!gekozen.has(i)) {
      const d = inst.vragen[p.v]!.dossierId;
      if (extra < inst.minimumUren) continue;
      if (!dossiers[p.m]!.has(d) && dossiers[p.m]!.size >= inst.maxDossiers) continue;
      dossiers[p.m]!.add(d);
    }
    gekozen.set(i, (gekozen.get(i) ?? 0) + extra);
    vrij[p.m]! -= extra;
    vraag[p.v]! -= extra;
    ruimte.set(mw.teamId, (ruimte.get(mw.teamId) ?? 0) - extra);
  }
  return [...gekozen].map(([i, u]) => ({
    medewerkerId: inst.medewerkers[paren[i]!.m]!.id,
    vraagId: inst.vragen[paren[i]!.v]!.id,
    urenPerWeek: Math.round(u * 100) / 100,
  }));
}

/**
 * The weeks a verdeelvoorstel of a quarter plans: from the current ISO week on, never a week that is
 * already gone (a request for it could only be a fiction). Null when the whole quarter lies behind
 * `vandaag`: there is nothing left to plan. `voorbij` counts the quarter's weeks already gone.
 */
export interface PlanWeken {
  vanWeek: string;
  totWeek: string;
  weken: number;
  voorbij: number;
}

export function planWeken(kwartaal: string, vandaag: IsoDatum): PlanWeken | null {
  return wekenVanaf(wekenVanKwartaal(kwartaal), vandaag);
}

/** Clips a range of ISO weeks to those not yet passed on `vandaag` (its own week counts as not passed). */
export function wekenVanaf(w: { vanWeek: string; totWeek: string }, vandaag: IsoDatum): PlanWeken | null {
  const deze = isoWeek(vandaag);
  // 'YYYY-Www' keys sort as the weeks do.
  if (w.totWeek < deze) return null;
  // Week keys are strings, which Math.max cannot compare.
  const [vanWeek] = [w.vanWeek, deze].sort().reverse() as [string, string];
  return {
    vanWeek,
    totWeek: w.totWeek,
    weken: wekenTussen(vanWeek, w.totWeek),
    voorbij: wekenTussen(w.vanWeek, vanWeek) - 1,
  };
}

/** The number of ISO weeks from `van` through `tot`, both included. */
function wekenTussen(van: string, tot: string): number {
  const a = periodeVan('week', van).van;
  const b = periodeVan('week', tot).van;
  return Math.round((Date.parse(b) - Date.parse(a)) / 604_800_000) + 1;
}

/**
 * The one state of a proposal that every message on its page derives from, so that no two sentences
 * can disagree: nothing was asked (no open demand in the weeks planned), all of it is assigned, or
 * part of it, with the hours a week still open.
 */
export type VerdeelStandSoort = 'niets-gevraagd' | 'alles-verdeeld' | 'deels-verdeeld';
export interface VerdeelStand {
  soort: VerdeelStandSoort;
  gevraagdPerWeek: number;
  verdeeldPerWeek: number;
  openPerWeek: number;
}

export function verdeelStand(verdeeld: readonly number[], open: readonly number[]): VerdeelStand {
  const som = (xs: readonly number[]) => Math.round(xs.reduce((s, x) => s + Math.max(0, x), 0) * 100) / 100;
  const verdeeldPerWeek = som(verdeeld);
  const openPerWeek = som(open);
  const gevraagdPerWeek = Math.round((verdeeldPerWeek + openPerWeek) * 100) / 100;
  const soort: VerdeelStandSoort =
    gevraagdPerWeek < 0.01 ? 'niets-gevraagd' : openPerWeek < 0.01 ? 'alles-verdeeld' : 'deels-verdeeld';
  return { soort, gevraagdPerWeek, verdeeldPerWeek, openPerWeek };
}
