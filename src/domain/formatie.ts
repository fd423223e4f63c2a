import { UREN_PER_FTE } from './contracturen';
import { type IsoDatum, plusDagen } from './datum';
import { geldtOp, type Periode } from './periode';
import type { Probleem } from './probleem';

/**
 * Formatie, bezetting, vacature and boventalligheid (issue 13). Pure: the service reads the rows
 * and applies these rules.
 *
 * Decisions, with why:
 * - A formatieplaats holds any FTE above 0 (up to 99): a function is budgeted as "2,0 fte
 *   beleidsmedewerker", filled by part-timers in shares, as P&O departments keep their formatie.
 * - Filling a place above its FTE is allowed and reported as boventallig: after a reorganisation or
 *   a re-scaling people keep their placement while the formatie shrinks, and refusing would hide
 *   exactly the figure the directie must steer on. A person's placements together may not exceed
 *   the FTE of their contract on any date: that is refused, since no one can fill more than they
 *   are paid for.
 * - FTE is counted in whole ten-thousandths (the database keeps four decimals), so sums are exact
 *   and team totals add up to the organisation's to the last digit.
 */

export type FormatieSoort = 'structureel' | 'tijdelijk';
export type Financiering = 'regulier' | 'programma' | 'subsidie';

/** Ten-thousandths of an FTE: the unit every sum here is made in. */
export const EENHEDEN_PER_FTE = 10_000;
export const naarEenheden = (fte: number): number => Math.round(fte * EENHEDEN_PER_FTE);
export const naarFte = (eenheden: number): number => eenheden / EENHEDEN_PER_FTE;

/** `binnen` holds all of `p` (a null end is "open", so only an open `binnen` holds it). */
const ligtBinnen = (p: Periode, binnen: Periode): boolean =>
  p.ingangsdatum >= binnen.ingangsdatum &&
  (binnen.einddatum === null || (p.einddatum !== null && p.einddatum <= binnen.einddatum));

const nl = (d: IsoDatum) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;
const fteTekst = (eenheden: number) =>
  naarFte(eenheden).toLocaleString('nl-NL', { maximumFractionDigits: 4 });

export interface FormatieplaatsInvoer extends Periode {
  soort: FormatieSoort;
  financiering: Financiering;
  programmaId: string | null;
  subsidie: string | null;
}

/** Everything wrong with a formatieplaats as a whole (the fields themselves are the contract's). */
export function controleerFormatieplaats(p: FormatieplaatsInvoer): Probleem[] {
  const problemen: Probleem[] = [];
  if (p.einddatum !== null && p.einddatum < p.ingangsdatum) {
    problemen.push({
      veld: 'einddatum',
      code: 'voor-ingangsdatum',
      melding: 'De einddatum ligt vóór de ingangsdatum.',
    });
  }
  if (p.soort === 'tijdelijk' && p.einddatum === null) {
    problemen.push({
      veld: 'einddatum',
      code: 'verplicht',
      melding: 'Een tijdelijke formatieplaats heeft een einddatum.',
    });
  }
  if (p.financiering === 'programma' && !p.programmaId) {
    problemen.push({
      veld: 'programmaId',
      code: 'verplicht',
      melding: 'Kies het programma dat deze plaats financiert.',
    });
  }
  if (p.financiering !== 'programma' && p.programmaId) {
    problemen.push({
      veld: 'programmaId',
      code: 'niet-van-toepassing',
      melding: 'Een programma hoort alleen bij financiering uit een programma.',
    });
  }
  if (p.financiering === 'subsidie' && !p.subsidie) {
    problemen.push({
      veld: 'subsidie',
      code: 'verplicht',
      melding: 'Noem de subsidie die deze plaats financiert.',
    });
  }
  if (p.financiering !== 'subsidie' && p.subsidie) {
    problemen.push({
      veld: 'subsidie',
      code: 'niet-van-toepassing',
      melding: 'Een subsidie hoort alleen bij financiering uit een subsidie.',
    });
  }
  return problemen;
}

/** Placements that would run outside the place once it has this period: they must change first. */
export function plaatsingenBuiten<T extends Periode>(plaats: Periode, plaatsingen: readonly T[]): T[] {
  return plaatsingen.filter((p) => !ligtBinnen(p, plaats));
}

export interface Contractperiode extends Periode {
  urenPerWeek: number;
}

export interface PlaatsingInvoer extends Periode {
  fte: number;
}

export interface PlaatsingContext {
  plaats: Periode;
  dienstverband: { inDienst: IsoDatum; uitDienst: IsoDatum | null };
  contracten: readonly Contractperiode[];
  /** The person's other placements (on any place), without the one being judged. */
  anderePlaatsingen: readonly PlaatsingInvoer[];
}

/** The dates in [van, tot] on which something in `perioden` starts or the day after it ends. */
function wisselmomenten(van: IsoDatum, tot: IsoDatum | null, perioden: readonly Periode[]): IsoDatum[] {
  const momenten = new Set<IsoDatum>([van]);
  for (const p of perioden) {
    for (const d of [p.ingangsdatum, p.einddatum === null ? null : plusDagen(p.einddatum, 1)]) {
      if (d !== null && d > van && (tot === null || d <= tot)) momenten.add(d);
    }
  }
  return [...momenten].sort();
}

/** The FTE of the contract in force on a date, in eenheden (0 without a contract). */
export function contractEenheden(contracten: readonly Contractperiode[], datum: IsoDatum): number {
  const c = contracten.find((x) => geldtOp(x, datum));
  return c ? Math.round((c.urenPerWeek * EENHEDEN_PER_FTE) / UREN_PER_FTE) : 0;
}

/**
 * Everything wrong with a placement: its period within the place's and the employment, and the
 * person's placements together within their contract FTE on every date (the first date it is
 * exceeded is named).
 */
export function controleerPlaatsing(p: PlaatsingInvoer, ctx: PlaatsingContext): Probleem[] {
  const problemen: Probleem[] = [];
  if (p.einddatum !== null && p.einddatum < p.ingangsdatum) {
    problemen.push({
      veld: 'einddatum',
      code: 'voor-ingangsdatum',
      melding: 'De einddatum ligt vóór de ingangsdatum.',
    });
    return problemen;
  }
  if (!ligtBinnen(p, ctx.plaats)) {
    problemen.push({
      veld: 'ingangsdatum',
      code: 'buiten-formatieplaats',
      melding: `De plaatsing valt buiten de looptijd van de formatieplaats (${nl(ctx.plaats.ingangsdatum)}${
        ctx.plaats.einddatum ? ` tot en met ${nl(ctx.plaats.einddatum)}` : ', onbepaald'
      }).`,
    });
  }
  const dienst = { ingangsdatum: ctx.dienstverband.inDienst, einddatum: ctx.dienstverband.uitDienst };
  if (!ligtBinnen(p, dienst)) {
    problemen.push({
      veld: 'ingangsdatum',
      code: 'buiten-dienstverband',
      melding: `De plaatsing valt buiten het dienstverband van de medewerker (in dienst ${nl(dienst.ingangsdatum)}${
        dienst.einddatum ? `, uit dienst ${nl(dienst.einddatum)}` : ''
      }).`,
    });
  }
  const eigen = naarEenheden(p.fte);
  for (const d of wisselmomenten(p.ingangsdatum, p.einddatum, [
    ...ctx.contracten,
    ...ctx.anderePlaatsingen,
  ])) {
    const contract = contractEenheden(ctx.contracten, d);
    const geplaatst =
      eigen + ctx.anderePlaatsingen.filter((x) => geldtOp(x, d)).reduce((s, x) => s + naarEenheden(x.fte), 0);
    if (geplaatst > contract) {
      problemen.push({
        veld: 'fte',
        code: 'boven-contract',
        melding: `Op ${nl(d)} is de medewerker dan voor ${fteTekst(geplaatst)} fte geplaatst, meer dan de ${fteTekst(
          contract,
        )} fte van het contract. Verlaag het aandeel of beëindig eerst een andere plaatsing.`,
      });
      break;
    }
  }
  return problemen;
}

export interface PlaatsMetBezetting extends Periode {
  fte: number;
  plaatsingen: readonly PlaatsingInvoer[];
}

/** A place's figures on one date, in eenheden. */
export interface PlaatsCijfers {
  formatie: number;
  bezetting: number;
  vacature: number;
  boventallig: number;
}

/** Formatie, bezetting, vacature and boventallig of one place on a date (all 0 outside its period). */
export function plaatsCijfers(plaats: PlaatsMetBezetting, peildatum: IsoDatum): PlaatsCijfers {
  if (!geldtOp(plaats, peildatum)) return { formatie: 0, bezetting: 0, vacature: 0, boventallig: 0 };
  const formatie = naarEenheden(plaats.fte);
  const bezetting = plaats.plaatsingen
    .filter((p) => geldtOp(p, peildatum))
    .reduce((s, p) => s + naarEenheden(p.fte), 0);
  return {
    formatie,
    bezetting,
    vacature: Math.max(0, formatie - bezetting),
    boventallig: Math.max(0, bezetting - formatie),
  };
}

/**
 * Since when a place has been under-filled without a break up to the date (null when it is filled
 * on that date): the vacancy's age, however its size changed meanwhile.
 */
export function vacatureSinds(plaats: PlaatsMetBezetting, peildatum: IsoDatum): IsoDatum | null {
  if (plaatsCijfers(plaats, peildatum).vacature === 0) return null;
  const momenten = wisselmomenten(plaats.ingangsdatum, peildatum, plaats.plaatsingen).reverse();
  let sinds = plaats.ingangsdatum;
  for (const d of momenten) {
    if (plaatsCijfers(plaats, d).vacature === 0) break;
    sinds = d;
  }
  return sinds;
}

export const NUL: PlaatsCijfers = { formatie: 0, bezetting: 0, vacature: 0, boventallig: 0 };

export function telOp(a: PlaatsCijfers, b: PlaatsCijfers): PlaatsCijfers {
  return {
    formatie: a.formatie + b.formatie,
    bezetting: a.bezetting + b.bezetting,
    vacature: a.vacature + b.vacature,
    boventallig: a.boventallig + b.boventallig,
  };
}

/**
 * Per team and for the organisation: the sums of the places' figures. Vacature and boventallig are
 * summed per place, never netted within a team: a vacancy in one function is not filled by a
 * surplus in another.
 */
export function formatieCijfers(
  plaatsen: readonly (PlaatsMetBezetting & { teamId: string })[],
  peildatum: IsoDatum,
): { teams: Map<string, PlaatsCijfers>; organisatie: PlaatsCijfers } {
  const teams = new Map<string, PlaatsCijfers>();
  let organisatie = NUL;
  for (const plaats of plaatsen) {
    const c = plaatsCijfers(plaats, peildatum);
    teams.set(plaats.teamId, telOp(teams.get(plaats.teamId) ?? NUL, c));
    organisatie = telOp(organisatie, c);
  }
  return { teams, organisatie };
}

/**
 * The formatie over time: the figures of `formatieCijfers` on each of the dates (the first of each
 * month, as the organisation page shows them), in the order given.
 */
export function formatieVerloop(
  plaatsen: readonly (PlaatsMetBezetting & { teamId: string })[],
  peildata: readonly IsoDatum[],
): { peildatum: IsoDatum; teams: Map<string, PlaatsCijfers>; organisatie: PlaatsCijfers }[] {
  return peildata.map((peildatum) => ({ peildatum, ...formatieCijfers(plaatsen, peildatum) }));
}

/** The figures in FTE, as the API answers them. */
export function inFte(c: PlaatsCijfers): {
  formatieFte: number;
  bezettingFte: number;
  vacatureFte: number;
  boventalligFte: number;
} {
  return {
    formatieFte: naarFte(c.formatie),
    bezettingFte: naarFte(c.bezetting),
    vacatureFte: naarFte(c.vacature),
    boventalligFte: naarFte(c.boventallig),
  };
}
