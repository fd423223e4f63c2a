import { type IsoDatum, plusDagen } from './datum';
import { dagenTussen, isoWeek, periodeVan, weekdag } from './kalender';
import { type Periode as Geldigheid, geldendOp, geldtOp } from './periode';

/**
 * Net available hours (domain.md, "How availability is computed"; docs/beschikbaarheid.md). The day
 * is the unit, and every period — week, month, quarter, calendar or ISO year, a team grid's row — is
 * the plain sum of its days. Nothing is clipped or shared out per period, so every view of the same
 * days gives the same hours (to the rounding of each cell at 1/100).
 *
 *   bruto(dag)        = contracturen in force that day ÷ 5 on a weekday in service that is no public
 *                       holiday; 0 on weekends, holidays and days outside the employment
 *   afwezig(dag)      = bruto(dag) × min(1, afwezigheid(week) ÷ Σ bruto over that ISO week)
 *   niet-productief   = (bruto − afwezig)(dag) × aandeel of the team the person is in on that day
 *                       (the team's own share, else the organisation's)
 *   beschikbaar(dag)  = bruto − afwezig − niet-productief
 *
 * Absence is entered per ISO week and spread over that week's working days in service in proportion
 * to their hours: evenly, unless the contract changes within the week (then each day's share stays
 * within its own hours). A week's absence is capped at the hours of those days, so it is never lost
 * to a holiday or to days outside the employment, and no day goes below zero.
 */
export interface Contract extends Geldigheid {
  urenPerWeek: number;
}

export interface Dienstverband {
  inDienst: IsoDatum;
  uitDienst: IsoDatum | null;
}

/** A team membership and that team's own non-productive share (null: the organisation's). */
export interface Teamperiode extends Geldigheid {
  aandeel: number | null;
}

export interface BeschikbaarheidInvoer {
  van: IsoDatum;
  tot: IsoDatum;
  contracten: readonly Contract[];
  dienstverband: Dienstverband;
  feestdagen: ReadonlySet<IsoDatum>;
  /** Absence in hours per ISO week ('2026-W18' → 36); never a reason. Weeks may reach outside [van, tot]. */
  afwezigheid: ReadonlyMap<string, number>;
  /** The person's team memberships with their shares; a day in no team takes the organisation's. */
  teams: readonly Teamperiode[];
  /** The organisation's share (instellingen), 0 ≤ share < 1. */
  nietProductiefAandeel: number;
  /** Only the days in these stretches count (a row of a team grid: the memberships of that team). */
  alleenIn?: readonly Geldigheid[];
}

/** The five sums of a period, unrounded: what the database sums too. */
export interface Sommen {
  contractUren: number;
  feestdagUren: number;
  afwezigheidUren: number;
  nietProductiefUren: number;
}

export interface Beschikbaarheid {
  /** Contract hours on the weekdays in service, holidays included. */
  contractUren: number;
  feestdagUren: number;
  brutoUren: number;
  /** Absence attributed to the period's working days in service. */
  afwezigheidUren: number;
  nietProductiefUren: number;
  beschikbaar: number;
}

function inDienst(d: IsoDatum, dienst: Dienstverband): boolean {
  return d >= dienst.inDienst && (dienst.uitDienst === null || d <= dienst.uitDienst);
}

/** Hours a medewerker would work on one day if nothing else intervened (holidays not yet removed). */
export function contractUrenOpDag(
  d: IsoDatum,
  contracten: readonly Contract[],
  dienst: Dienstverband,
): number {
  if (weekdag(d) > 5 || !inDienst(d, dienst)) return 0;
  return (geldendOp(contracten, d)?.urenPerWeek ?? 0) / 5;
}

/** The gross hours of an ISO week's working days in service: the most absence that week can take. */
export function brutoVanWeek(
  week: string,
  contracten: readonly Contract[],
  dienst: Dienstverband,
  feestdagen: ReadonlySet<IsoDatum>,
): number {
  const maandag = periodeVan('week', week).van;
  let uren = 0;
  for (let i = 0; i < 5; i++) {
    const d = plusDagen(maandag, i);
    if (!feestdagen.has(d)) uren += contractUrenOpDag(d, contracten, dienst);
  }
  return uren;
}

/** Whether any day of an ISO week lies within the employment. */
export function weekRaaktDienstverband(week: string, dienst: Dienstverband): boolean {
  const w = periodeVan('week', week);
  return w.tot >= dienst.inDienst && (dienst.uitDienst === null || w.van <= dienst.uitDienst);
}

/** The share of each working day's hours that a week's absence takes: min(1, absence ÷ gross of the week). */
function afwezigheidsfactor(
  week: string,
  invoer: Pick<BeschikbaarheidInvoer, 'contracten' | 'dienstverband' | 'feestdagen' | 'afwezigheid'>,
): number {
  const uren = Math.max(0, invoer.afwezigheid.get(week) ?? 0);
  if (uren === 0) return 0;
  const bruto = brutoVanWeek(week, invoer.contracten, invoer.dienstverband, invoer.feestdagen);
  return bruto > 0 ? Math.min(1, uren / bruto) : 0;
}

/**
 * The reference calculation, day by day: the sums of [van, tot] exactly as docs/beschikbaarheid.md
 * states them. The database computes the same sums without a row per day
 * (src/db/beschikbaarheid.repository.ts); tests hold the two together.
 */
export function somVanDagen(invoer: BeschikbaarheidInvoer): Sommen {
  const factoren = new Map<string, number>();
  const s: Sommen = { contractUren: 0, feestdagUren: 0, afwezigheidUren: 0, nietProductiefUren: 0 };
  for (const d of dagenTussen(invoer.van, invoer.tot)) {
    if (invoer.alleenIn && !invoer.alleenIn.some((p) => geldtOp(p, d))) continue;
    const uren = contractUrenOpDag(d, invoer.contracten, invoer.dienstverband);
    if (uren === 0) continue;
    s.contractUren += uren;
    if (invoer.feestdagen.has(d)) {
      s.feestdagUren += uren;
      continue;
    }
    const week = isoWeek(d);
    let factor = factoren.get(week);
    if (factor === undefined) {
      factor = afwezigheidsfactor(week, invoer);
      factoren.set(week, factor);
    }
    const afwezig = uren * factor;
    const aandeel = geldendOp(invoer.teams, d)?.aandeel ?? invoer.nietProductiefAandeel;
    s.afwezigheidUren += afwezig;
    s.nietProductiefUren += (uren - afwezig) * aandeel;
  }
  return s;
}

export function berekenBeschikbaarheid(invoer: BeschikbaarheidInvoer): Beschikbaarheid {
  return afgerond(somVanDagen(invoer));
}

/**
 * A period's sums as shown: every figure to 1/100, beschikbaar from the unrounded sums. Shared by
 * the day-by-day calculation here and the sums the database makes, so both show the same figure.
 * A cell is thus within 0.005 of the exact sum of its days, and two views of the same days differ
 * by at most 0.005 per cell they show.
 */
export function afgerond(s: Sommen): Beschikbaarheid {
  const brutoUren = s.contractUren - s.feestdagUren;
  return {
    contractUren: rond(s.contractUren),
    feestdagUren: rond(s.feestdagUren),
    brutoUren: rond(brutoUren),
    afwezigheidUren: rond(s.afwezigheidUren),
    nietProductiefUren: rond(s.nietProductiefUren),
    beschikbaar: rond(brutoUren - s.afwezigheidUren - s.nietProductiefUren),
  };
}

/**
 * Hours are never created or lost: beschikbaar = ingezet robuust + ingezet wendbaar + vrij. Vrij may
 * be negative: overbooking is shown, never clipped.
 */
export function verdeling(beschikbaar: number, ingezetRobuust: number, ingezetWendbaar: number) {
  const vrij = rond(beschikbaar - ingezetRobuust - ingezetWendbaar);
  return { beschikbaar, ingezetRobuust, ingezetWendbaar, vrij, overboekt: vrij < 0 };
}

/** Hours to 1/100. Float sums of fifths and shares carry tiny errors: nudge before rounding. */
export function rond(uren: number): number {
  return Math.round(uren * 100 + (uren >= 0 ? 1e-7 : -1e-7)) / 100;
}
