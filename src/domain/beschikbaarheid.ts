import type { IsoDatum } from './datum';
import { dagenTussen, weekdag } from './kalender';
import { type Periode as Geldigheid, geldendOp } from './periode';

/**
 * Net available hours (domain.md, "How availability is computed"). The day is the unit. We do not
 * know which weekdays a part-timer works, so the week's hours are spread evenly over Monday–Friday:
 *
 *   bruto(dag)          = contracturen in force that day ÷ 5 on a weekday in service; 0 on weekends,
 *                         public holidays and days outside the employment
 *   beschikbaar(periode) = max(0, Σ bruto − afwezigheid) × (1 − niet-productief aandeel)
 */
export interface Contract extends Geldigheid {
  urenPerWeek: number;
}

export interface Dienstverband {
  inDienst: IsoDatum;
  uitDienst: IsoDatum | null;
}

export interface BeschikbaarheidInvoer {
  van: IsoDatum;
  tot: IsoDatum;
  contracten: readonly Contract[];
  dienstverband: Dienstverband;
  feestdagen: ReadonlySet<IsoDatum>;
  /** Absence in hours within [van, tot]; never a reason. */
  afwezigheidUren: number;
  /** Share of time that is not productive (meetings, training, …), 0 ≤ share < 1. */
  nietProductiefAandeel: number;
}

export interface Beschikbaarheid {
  /** Contract hours on the weekdays in service, holidays included. */
  contractUren: number;
  feestdagUren: number;
  brutoUren: number;
  /** Absence counted against the period: never more than the gross hours. */
  afwezigheidUren: number;
  nietProductiefUren: number;
  beschikbaar: number;
}

/** Hours a medewerker would work on one day if nothing else intervened (holidays not yet removed). */
export function contractUrenOpDag(
  d: IsoDatum,
  contracten: readonly Contract[],
  dienst: Dienstverband,
): number {
  if (weekdag(d) > 5) return 0;
  if (d < dienst.inDienst || (dienst.uitDienst !== null && d > dienst.uitDienst)) return 0;
  return (geldendOp(contracten, d)?.urenPerWeek ?? 0) / 5;
}

export function berekenBeschikbaarheid(invoer: BeschikbaarheidInvoer): Beschikbaarheid {
  let contractUren = 0;
  let feestdagUren = 0;
  for (const d of dagenTussen(invoer.van, invoer.tot)) {
    const uren = contractUrenOpDag(d, invoer.contracten, invoer.dienstverband);
    contractUren += uren;
    if (invoer.feestdagen.has(d)) feestdagUren += uren;
  }
  return nettoBeschikbaarheid(
    contractUren,
    feestdagUren,
    invoer.afwezigheidUren,
    invoer.nietProductiefAandeel,
  );
}

/**
 * From the gross sums of a period to what is available: absence is taken off first (never below
 * zero), then the non-productive share of what remains. Shared by the day-by-day calculation here
 * and the sums the database makes for whole teams, so both give the same figure.
 */
export function nettoBeschikbaarheid(
  contractUren: number,
  feestdagUren: number,
  afwezigheid: number,
  nietProductiefAandeel: number,
): Beschikbaarheid {
  const brutoUren = contractUren - feestdagUren;
  const afwezigheidUren = Math.min(Math.max(0, afwezigheid), brutoUren);
  const netto = brutoUren - afwezigheidUren;
  const nietProductiefUren = netto * nietProductiefAandeel;
  return {
    contractUren: rond(contractUren),
    feestdagUren: rond(feestdagUren),
    brutoUren: rond(brutoUren),
    afwezigheidUren: rond(afwezigheidUren),
    nietProductiefUren: rond(nietProductiefUren),
    beschikbaar: rond(netto - nietProductiefUren),
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

/** Hours to 1/100: sums of fifths of hours stay exact to the cent. */
function rond(uren: number): number {
  return Math.round(uren * 100) / 100;
}
