/**
 * Dates and months in Dutch words, as documents and the audit log write them ("12 maart 2026",
 * "november 2026"). Pure; one list of month names for the raadsbrief, the onderbouwd voorstel and
 * the audit sentences.
 */
export const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** '2026-11' → 'november 2026'; anything that is not a month is returned as it is. */
export function maandWoord(maand: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(maand);
  const naam = m ? MAANDEN[Number(m[2]) - 1] : undefined;
  return m && naam ? `${naam} ${m[1]}` : maand;
}

/** '2026-03-12' (or a timestamp starting so) → '12 maart 2026'; anything else as it is. */
export function datumWoord(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const maand = m ? MAANDEN[Number(m[2]) - 1] : undefined;
  return m && maand ? `${Number(m[3])} ${maand} ${m[1]}` : iso;
}
