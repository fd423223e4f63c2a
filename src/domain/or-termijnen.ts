import { type IsoDatum, laatste, plusDagen } from './datum';
import { type FeestdagInstelling, feestdagenTussen, STANDAARD_FEESTDAGEN } from './feestdagen';
import { weekdag } from './kalender';

/**
 * The dates that follow from the Wet op de ondernemingsraden for one OR-verzoek (issue 15, item 4).
 * Pure: the service hands in what is recorded, this says what may happen when.
 *
 * Which deadlines move to the next working day (Saturday, Sunday or a public holiday of
 * feestdagen.ts):
 * - the reactietermijn (the date by which the directie asks the OR to respond): moves. It is a date
 *   within which the OR must act, and an OR that meets on working days cannot be held to a Sunday.
 * - the art. 26 appeal window and the art. 27 lid 5 nullity window (one month in which the OR must
 *   act): their last day moves, as the Algemene termijnenwet (art. 1) does for a term set by law
 *   within which something must be done.
 * - the art. 25 lid 6 opschortingstermijn: its last day is kept equal to the last day of the art. 26
 *   appeal window, so it moves with it. The suspension exists so the OR can go to the
 *   Ondernemingskamer before the decision is carried out; if the appeal window ran on to Monday while
 *   the suspension ended on Saturday, the decision could be carried out on Sunday while an appeal
 *   is still possible. We choose the later, safe date; a lawyer may hold the unmoved date, never a
 *   later one than ours. The date it may be carried out from (the day after) is a start date, not a
 *   deadline, and may itself be any day.
 *
 * The days off are those of feestdagen.ts with Bevrijdingsdag every year (STANDAARD_FEESTDAGEN),
 * whatever the organisation set for its own calendar: that is exactly the list of the Algemene
 * termijnenwet (art. 3), which the law's terms follow.
 *
 * A month counts from the day of the event to the same day number of the next month, or the last
 * day of that month when it has no such day (31 January + 1 month = 28 or 29 February): the usual
 * Dutch way of counting a term of months (the law itself does not say more).
 */

export function isWerkdag(d: IsoDatum, instelling: FeestdagInstelling = STANDAARD_FEESTDAGEN): boolean {
  return weekdag(d) <= 5 && !feestdagenTussen(d, d, instelling).has(d);
}

/** The day itself when it is a working day, else the first working day after it. */
export function volgendeWerkdag(
  d: IsoDatum,
  instelling: FeestdagInstelling = STANDAARD_FEESTDAGEN,
): IsoDatum {
  let x = d;
  // At most a weekend plus Christmas and the like: a handful of days.
  while (!isWerkdag(x, instelling)) x = plusDagen(x, 1);
  return x;
}

/** The same day number `n` months later, or the last day of that month when it is shorter. */
export function plusMaanden(d: IsoDatum, n: number): IsoDatum {
  const jaar = Number(d.slice(0, 4));
  const maand = Number(d.slice(5, 7)) - 1 + n;
  const dag = Number(d.slice(8, 10));
  const laatsteDag = new Date(Date.UTC(jaar, maand + 1, 0)).getUTCDate();
  return new Date(Date.UTC(jaar, maand, Math.min(dag, laatsteDag))).toISOString().slice(0, 10);
}

/** The last day of a one-month term that starts with `vanaf`, moved to a working day. */
export function eindeMaandtermijn(
  vanaf: IsoDatum,
  instelling: FeestdagInstelling = STANDAARD_FEESTDAGEN,
): IsoDatum {
  return volgendeWerkdag(plusMaanden(vanaf, 1), instelling);
}

/** The reactietermijn as it counts: the asked date, or the next working day after it. */
export function reactieUiterlijk(
  gevraagd: IsoDatum,
  instelling: FeestdagInstelling = STANDAARD_FEESTDAGEN,
): IsoDatum {
  return volgendeWerkdag(gevraagd, instelling);
}

/**
 * Art. 25 lid 6: a decision not (wholly) in line with the advice is suspended until one month after
 * the OR was told of it. `laatsteDag` is the last day of the suspension (moved as the appeal window
 * is, see above); `uitvoerbaarVanaf` the first day it may be carried out.
 */
export function opschortingstermijn(
  orGeinformeerdOp: IsoDatum,
  instelling: FeestdagInstelling = STANDAARD_FEESTDAGEN,
): { laatsteDag: IsoDatum; uitvoerbaarVanaf: IsoDatum } {
  const laatsteDag = eindeMaandtermijn(orGeinformeerdOp, instelling);
  return { laatsteDag, uitvoerbaarVanaf: plusDagen(laatsteDag, 1) };
}

export type AdviesUitkomst = 'positief' | 'negatief' | 'voorwaardelijk';
export type InstemmingUitkomst = 'gegeven' | 'geweigerd';
export type OrVerzoekSoort = 'advies' | 'instemming' | 'informatie';

/** What is recorded on a verzoek, as far as the dates depend on it. */
export interface OrTermijnStand {
  soort: OrVerzoekSoort;
  ingetrokken: boolean;
  reactieGevraagdVoor: IsoDatum | null;
  orGeinformeerdOp: IsoDatum | null;
  advies: AdviesUitkomst | null;
  instemming: InstemmingUitkomst | null;
  besluit: {
    datum: IsoDatum;
    /** The day the OR was told of the decision (and, when it deviates, of the reasons). */
    orGeinformeerdOp: IsoDatum;
    volgtAdvies: boolean;
  } | null;
  orZietAfVanOpschorting: boolean;
  vervangendeToestemming: { datum: IsoDatum; kenmerk: string } | null;
}

export type Uitvoerbaarheid =
  | { soort: 'nog-geen-besluit' }
  | {
      soort: 'uitvoerbaar';
      vanaf: IsoDatum;
      grond:
        | 'advies-gevolgd'
        | 'afstand-opschorting'
        | 'instemming'
        | 'vervangende-toestemming'
        | 'informatie';
    }
  | { soort: 'opgeschort'; vanaf: IsoDatum }
  | { soort: 'geen-instemming' }
  | { soort: 'ingetrokken' };

export interface OrTermijnen {
  /** The reactietermijn as it counts (moved past a weekend or holiday); null when none was asked. */
  reactieUiterlijk: IsoDatum | null;
  /** True when the besluit deviates from the advice (art. 25 lid 6 applies). */
  wijktAfVanAdvies: boolean;
  /** Art. 25 lid 6, when the besluit deviates from the advice. */
  opschorting: { laatsteDag: IsoDatum; uitvoerbaarVanaf: IsoDatum; afgezien: boolean } | null;
  /** Art. 26: the last day the OR may appeal to the Ondernemingskamer (for information). */
  beroepUiterlijk: IsoDatum | null;
  /** Art. 27 lid 5: a besluit without consent or replacement permission; last day to invoke nullity. */
  nietigheidUiterlijk: IsoDatum | null;
  uitvoerbaar: Uitvoerbaarheid;
}

/** Every date the law attaches to what is recorded. */
export function orTermijnen(
  s: OrTermijnStand,
  instelling: FeestdagInstelling = STANDAARD_FEESTDAGEN,
): OrTermijnen {
  const reactie = s.reactieGevraagdVoor ? reactieUiterlijk(s.reactieGevraagdVoor, instelling) : null;
  const b = s.besluit;
  const leeg: OrTermijnen = {
    reactieUiterlijk: reactie,
    wijktAfVanAdvies: false,
    opschorting: null,
    beroepUiterlijk: null,
    nietigheidUiterlijk: null,
    uitvoerbaar: s.ingetrokken ? { soort: 'ingetrokken' } : { soort: 'nog-geen-besluit' },
  };
  if (s.ingetrokken || !b) return leeg;

  if (s.soort === 'advies') {
    // Art. 26 lid 1: appeal against a decision not in line with the advice, within a month.
    const afwijkend = !b.volgtAdvies;
    if (!afwijkend) {
      return { ...leeg, uitvoerbaar: { soort: 'uitvoerbaar', vanaf: b.datum, grond: 'advies-gevolgd' } };
    }
    const o = opschortingstermijn(b.orGeinformeerdOp, instelling);
    const vanaf = s.orZietAfVanOpschorting ? b.datum : o.uitvoerbaarVanaf;
    return {
      ...leeg,
      wijktAfVanAdvies: true,
      opschorting: { ...o, afgezien: s.orZietAfVanOpschorting },
      beroepUiterlijk: o.laatsteDag,
      uitvoerbaar: s.orZietAfVanOpschorting
        ? { soort: 'uitvoerbaar', vanaf, grond: 'afstand-opschorting' }
        : { soort: 'opgeschort', vanaf },
    };
  }

  if (s.soort === 'instemming') {
    if (s.instemming === 'gegeven') {
      return { ...leeg, uitvoerbaar: { soort: 'uitvoerbaar', vanaf: b.datum, grond: 'instemming' } };
    }
    if (s.vervangendeToestemming) {
      const vanaf = laatste(b.datum, s.vervangendeToestemming.datum) ?? b.datum;
      return { ...leeg, uitvoerbaar: { soort: 'uitvoerbaar', vanaf, grond: 'vervangende-toestemming' } };
    }
    // Taken without consent: may not be carried out, and the OR may invoke nullity within a month.
    return {
      ...leeg,
      nietigheidUiterlijk: eindeMaandtermijn(b.orGeinformeerdOp, instelling),
      uitvoerbaar: { soort: 'geen-instemming' },
    };
  }

  return { ...leeg, uitvoerbaar: { soort: 'uitvoerbaar', vanaf: b.datum, grond: 'informatie' } };
}

/** The next date that matters on or after `vandaag` (for the list), with what it is. */
export function volgendeDatum(
  t: OrTermijnen,
  status: { wachtOpReactie: boolean },
  vandaag: IsoDatum,
): {
  datum: IsoDatum;
  wat: 'reactietermijn' | 'einde-opschorting' | 'beroepstermijn' | 'nietigheidstermijn';
} | null {
  const kandidaten: {
    datum: IsoDatum;
    wat: 'reactietermijn' | 'einde-opschorting' | 'beroepstermijn' | 'nietigheidstermijn';
  }[] = [];
  if (status.wachtOpReactie && t.reactieUiterlijk)
    kandidaten.push({ datum: t.reactieUiterlijk, wat: 'reactietermijn' });
  if (t.opschorting && !t.opschorting.afgezien)
    kandidaten.push({ datum: t.opschorting.uitvoerbaarVanaf, wat: 'einde-opschorting' });
  else if (t.beroepUiterlijk) kandidaten.push({ datum: t.beroepUiterlijk, wat: 'beroepstermijn' });
  if (t.nietigheidUiterlijk) kandidaten.push({ datum: t.nietigheidUiterlijk, wat: 'nietigheidstermijn' });
  const komend = kandidaten.filter((k) => k.datum >= vandaag).sort((a, b) => a.datum.localeCompare(b.datum));
  return komend[0] ?? null;
}
