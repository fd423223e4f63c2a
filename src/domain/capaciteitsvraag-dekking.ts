import { periodenTussen } from './kalender';

/**
 * How much of a capaciteitsvraag has been asked of people: the hours of its standing inzetverzoeken
 * (open, or consented to) against the hours the vraag asks. Requests that add up to more than asked
 * are over-asking (issue 17: "500 u gevraagd bij personen voor een vraag van 120 u"): teamleiders
 * are then asked for hours nobody needs.
 */

/** A request that still stands, with the hours it asks: a counter-proposal replaces the original. */
export interface StaandVerzoek {
  status: 'aangevraagd' | 'tegenvoorstel' | 'ingestemd';
  van: string;
  tot: string;
  urenPerWeek: number;
  tegenvoorstel: { van: string; tot: string; urenPerWeek: number } | null;
}

export interface Dekking {
  /** Hours the vraag asks. */
  gevraagd: number;
  /** Hours asked of people in requests still waiting for an answer. */
  open: number;
  /** Hours consented to. */
  ingestemd: number;
  /** open + ingestemd. */
  aangevraagd: number;
  aantalVerzoeken: number;
  /** More asked of people than the vraag asks. */
  overvraagd: boolean;
  /** The plain Dutch warning when overvraagd. */
  melding: string | null;
}

const rond = (x: number) => Math.round(x * 100) / 100;
const formatUren = (x: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(x);

/**
 * The hours of one request: hours a week times its ISO weeks. A counter-proposal is what stands
 * once it is made (and what the asker accepts), so it counts instead of the original.
 */
export function urenVanVerzoek(v: StaandVerzoek): number {
  const geldend = v.tegenvoorstel ?? v;
  return rond(geldend.urenPerWeek * periodenTussen('week', geldend.van, geldend.tot).length);
}

export function dekking(gevraagd: number, verzoeken: readonly StaandVerzoek[]): Dekking {
  let open = 0;
  let ingestemd = 0;
  for (const v of verzoeken) {
    if (v.status === 'ingestemd') ingestemd += urenVanVerzoek(v);
    else open += urenVanVerzoek(v);
  }
  const aangevraagd = rond(open + ingestemd);
  // Compared on what the page shows (one decimal), so equal figures never warn.
  const overvraagd = Math.round(aangevraagd * 10) > Math.round(gevraagd * 10);
  return {
    gevraagd,
    open: rond(open),
    ingestemd: rond(ingestemd),
    aangevraagd,
    aantalVerzoeken: verzoeken.length,
    overvraagd,
    melding: overvraagd
      ? `${formatUren(aangevraagd)} u gevraagd bij personen voor een vraag van ${formatUren(gevraagd)} u (${formatUren(rond(aangevraagd - gevraagd))} u te veel).`
      : null,
  };
}
