import { type IsoDatum, plusDagen } from './datum';

/**
 * Periods for capacity: ISO weeks ('2026-W05'), months ('2026-03'), quarters ('2026-Q2'), calendar
 * years ('2026') and ISO years ('2026-ISO'). A period is the set of its own days: a month holds its
 * own days, not whole ISO weeks. Two years, because "2026" means two different sets of days: the
 * calendar year (1 January–31 December) and the ISO year (Monday of week 1 to Sunday of its last
 * week: the 52 or 53 weeks that the week view labels 2026). Quarters are calendar quarters, written
 * with Q as the resultaatdoelen already are.
 */
export type Periodesoort = 'week' | 'maand' | 'kwartaal' | 'jaar' | 'isojaar';

/** Which year a period's key counts in: ISO weeks and ISO years count in ISO years, the rest in calendar years. */
export function jaartellingVan(soort: Periodesoort): 'kalenderjaar' | 'isojaar' {
  return soort === 'week' || soort === 'isojaar' ? 'isojaar' : 'kalenderjaar';
}

export interface Kalenderperiode {
  sleutel: string;
  van: IsoDatum;
  tot: IsoDatum;
}

const dag = (d: IsoDatum) => new Date(`${d}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** 1 = Monday … 7 = Sunday. */
export function weekdag(d: IsoDatum): number {
  return ((dag(d).getUTCDay() + 6) % 7) + 1;
}

/** Monday of ISO week 1 of a year: the week holding the year's first Thursday. */
function isoWeek1Maandag(jaar: number): IsoDatum {
  const vierJanuari = `${String(jaar).padStart(4, '0')}-01-04`;
  return plusDagen(vierJanuari, 1 - weekdag(vierJanuari));
}

/** The ISO week of a date, as '2026-W05' (the ISO year may differ from the calendar year). */
export function isoWeek(d: IsoDatum): string {
  const donderdag = plusDagen(d, 4 - weekdag(d));
  const jaar = Number(donderdag.slice(0, 4));
  const n = Math.floor((dag(donderdag).getTime() - dag(isoWeek1Maandag(jaar)).getTime()) / 604_800_000) + 1;
  return `${String(jaar).padStart(4, '0')}-W${String(n).padStart(2, '0')}`;
}

/** Whether a key names a period of that kind (a week that exists, a year in range). */
export function isPeriodeSleutel(soort: Periodesoort, sleutel: string): boolean {
  try {
    periodeVan(soort, sleutel);
    return true;
  } catch {
    return false;
  }
}

export function periodeVan(soort: Periodesoort, sleutel: string): Kalenderperiode {
  // Year 0000 does not exist (PostgreSQL refuses its dates); the API's fields keep to
  // EERSTE_JAAR–LAATSTE_JAAR (datum.ts), the calendar itself to years 0001–9999.
  if (sleutel.startsWith('0000')) throw new RangeError(`Jaar 0000 bestaat niet: ${sleutel}`);
  if (soort === 'week') {
    const m = /^(\d{4})-W(\d{2})$/.exec(sleutel);
    if (!m) throw new RangeError(`Geen ISO-week: ${sleutel}`);
    const van = plusDagen(isoWeek1Maandag(Number(m[1])), (Number(m[2]) - 1) * 7);
    if (isoWeek(van) !== sleutel) throw new RangeError(`Week bestaat niet: ${sleutel}`);
    return { sleutel, van, tot: plusDagen(van, 6) };
  }
  if (soort === 'maand') {
    const m = /^(\d{4})-(\d{2})$/.exec(sleutel);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new RangeError(`Geen maand: ${sleutel}`);
    const van = `${sleutel}-01`;
    const volgende = new Date(Date.UTC(Number(m[1]), Number(m[2]), 1));
    return { sleutel, van, tot: plusDagen(iso(volgende), -1) };
  }
  if (soort === 'kwartaal') {
    const m = /^(\d{4})-Q([1-4])$/.exec(sleutel);
    if (!m) throw new RangeError(`Geen kwartaal: ${sleutel}`);
    const eersteMaand = (Number(m[2]) - 1) * 3 + 1;
    const van = `${m[1]}-${String(eersteMaand).padStart(2, '0')}-01`;
    const tot = plusDagen(iso(new Date(Date.UTC(Number(m[1]), eersteMaand + 2, 1))), -1);
    return { sleutel, van, tot };
  }
  if (soort === 'isojaar') {
    const m = /^(\d{4})-ISO$/.exec(sleutel);
    if (!m) throw new RangeError(`Geen ISO-jaar: ${sleutel}`);
    return {
      sleutel,
      van: isoWeek1Maandag(Number(m[1])),
      tot: plusDagen(isoWeek1Maandag(Number(m[1]) + 1), -1),
    };
  }
  if (!/^\d{4}$/.test(sleutel)) throw new RangeError(`Geen jaar: ${sleutel}`);
  return { sleutel, van: `${sleutel}-01-01`, tot: `${sleutel}-12-31` };
}

/** The key of the period of a kind that holds a date. */
export function sleutelVan(soort: Periodesoort, d: IsoDatum): string {
  if (soort === 'week') return isoWeek(d);
  if (soort === 'maand') return d.slice(0, 7);
  if (soort === 'kwartaal') return `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
  if (soort === 'isojaar') return `${isoWeek(d).slice(0, 4)}-ISO`;
  return d.slice(0, 4);
}

/** The periods of a kind that touch [van, tot], in order. */
export function periodenTussen(soort: Periodesoort, van: IsoDatum, tot: IsoDatum): Kalenderperiode[] {
  const uit: Kalenderperiode[] = [];
  let d = van;
  while (d <= tot) {
    const p = periodeVan(soort, sleutelVan(soort, d));
    uit.push(p);
    d = plusDagen(p.tot, 1);
  }
  return uit;
}

export function* dagenTussen(van: IsoDatum, tot: IsoDatum): Generator<IsoDatum> {
  for (let d = van; d <= tot; d = plusDagen(d, 1)) yield d;
}

/**
 * The ISO weeks that belong to a quarter: those whose Thursday falls in it (as ISO years count
 * weeks), so every week belongs to exactly one quarter. 2026-Q1 is 2026-W01 to 2026-W13.
 */
export function wekenVanKwartaal(kwartaal: string): { vanWeek: string; totWeek: string; weken: number } {
  const q = periodeVan('kwartaal', kwartaal);
  const donderdag = (d: IsoDatum) => plusDagen(d, 4 - weekdag(d));
  const eerste = donderdag(q.van) >= q.van ? q.van : plusDagen(q.van, 7);
  const laatste = donderdag(q.tot) <= q.tot ? q.tot : plusDagen(q.tot, -7);
  const maandag = (d: IsoDatum) => plusDagen(d, 1 - weekdag(d));
  const weken = Math.round((Date.parse(maandag(laatste)) - Date.parse(maandag(eerste))) / 604_800_000) + 1;
  return { vanWeek: isoWeek(eerste), totWeek: isoWeek(laatste), weken };
}
