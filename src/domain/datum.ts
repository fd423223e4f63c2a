/**
 * Calendar dates as ISO strings ('YYYY-MM-DD'). A date has no time zone and no time, so it stays a
 * string end to end; arithmetic happens on UTC midnight, where no daylight saving can shift a day.
 */
export type IsoDatum = string;

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a date or period may lie in. Wider than any employment, plan or budget, narrow enough
 * that every calculation (ISO weeks, date arithmetic, PostgreSQL's date) stays on real calendar days:
 * year 0000 does not exist and broke the arithmetic.
 */
export const EERSTE_JAAR = 1900;
export const LAATSTE_JAAR = 2199;

/** True for a whole year from EERSTE_JAAR through LAATSTE_JAAR. */
export function isPlausibelJaar(jaar: number): boolean {
  return Number.isInteger(jaar) && jaar >= EERSTE_JAAR && jaar <= LAATSTE_JAAR;
}

/** True for a real calendar date in 'YYYY-MM-DD' form (so 2025-02-30 is false). */
export function isIsoDatum(value: string): boolean {
  const m = ISO_DATUM.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function plusDagen(datum: IsoDatum, dagen: number): IsoDatum {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** Today's date in the municipality's time zone (Europe/Amsterdam), not the server's. */
export function vandaag(nu: Date = new Date()): IsoDatum {
  return AMSTERDAM.format(nu);
}

// Made once: building a formatter with a time zone costs more than formatting many dates.
const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The later of two dates; null counts as "no end", i.e. the latest. */
export function laatste(a: IsoDatum | null, b: IsoDatum | null): IsoDatum | null {
  if (a === null || b === null) return null;
  return a > b ? a : b;
}
