import Holidays from 'date-holidays';
import type { IsoDatum } from './datum';

/**
 * Public holidays of the Cao Gemeenten (art. 6.6, from 2024), taken from the maintained
 * `date-holidays` library rather than typed by hand: Nieuwjaarsdag, Tweede Paasdag, Koningsdag (26
 * April when the 27th is a Sunday), Bevrijdingsdag, Hemelvaartsdag, Tweede Pinksterdag and both
 * Christmas days. Goede Vrijdag is a working day. Bevrijdingsdag is an organisation setting: every
 * year (Cao Gemeenten) or only in lustrum years (every five years, as some other agreements have it).
 */
export type Bevrijdingsdag = 'jaarlijks' | 'lustrum';

export interface FeestdagInstelling {
  bevrijdingsdag: Bevrijdingsdag;
}

export const STANDAARD_FEESTDAGEN: FeestdagInstelling = { bevrijdingsdag: 'jaarlijks' };

/** The library's Dutch names of the days the Cao gives off, apart from Bevrijdingsdag. */
const VRIJE_DAGEN = new Set([
  'Nieuwjaar',
  'Tweede paasdag',
  'Koningsdag',
  'Hemelvaartsdag',
  'Tweede pinksterdag',
  'Kerstmis',
  'Tweede kerstdag',
]);

const nl = new Holidays('NL');
const cache = new Map<string, { datum: IsoDatum; naam: string }[]>();

export function feestdagen(
  jaar: number,
  instelling: FeestdagInstelling = STANDAARD_FEESTDAGEN,
): { datum: IsoDatum; naam: string }[] {
  const sleutel = `${jaar}:${instelling.bevrijdingsdag}`;
  const bekend = cache.get(sleutel);
  if (bekend) return bekend;
  const dagen = (nl.getHolidays(jaar) as { date: string; name: string }[])
    .filter(
      (h) =>
        VRIJE_DAGEN.has(h.name) ||
        (h.name === 'Bevrijdingsdag' && (instelling.bevrijdingsdag === 'jaarlijks' || jaar % 5 === 0)),
    )
    .map((h) => ({ datum: h.date.slice(0, 10), naam: h.name === 'Nieuwjaar' ? 'Nieuwjaarsdag' : h.name }));
  cache.set(sleutel, dagen);
  return dagen;
}

/** All public holidays between two dates (inclusive) as a set of ISO dates. */
export function feestdagenTussen(
  van: IsoDatum,
  tot: IsoDatum,
  instelling: FeestdagInstelling = STANDAARD_FEESTDAGEN,
): Set<IsoDatum> {
  const set = new Set<IsoDatum>();
  for (let jaar = Number(van.slice(0, 4)); jaar <= Number(tot.slice(0, 4)); jaar++) {
    for (const f of feestdagen(jaar, instelling)) if (f.datum >= van && f.datum <= tot) set.add(f.datum);
  }
  return set;
}
