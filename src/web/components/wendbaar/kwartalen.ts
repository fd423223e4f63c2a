/** Quarters as the API writes them ("2027-Q1"), for selects and the portfolio range. */

export function kwartaalVan(datum: Date = new Date()): string {
  return `${datum.getFullYear()}-Q${Math.floor(datum.getMonth() / 3) + 1}`;
}

/** Every quarter from the first of `vanJaar` to the last of `totJaar`, in order. */
export function kwartalen(vanJaar: number, totJaar: number): string[] {
  const lijst: string[] = [];
  for (let jaar = vanJaar; jaar <= totJaar; jaar++) {
    for (let k = 1; k <= 4; k++) lijst.push(`${jaar}-Q${k}`);
  }
  return lijst;
}

/** The quarters one usually plans in: last year to three years ahead, plus any given (kept values). */
export function planKwartalen(extra: (string | null | undefined)[] = []): string[] {
  const jaar = new Date().getFullYear();
  const lijst = new Set(kwartalen(jaar - 1, jaar + 3));
  for (const k of extra) if (k && /^\d{4}-Q[1-4]$/.test(k)) lijst.add(k);
  return [...lijst].sort();
}
