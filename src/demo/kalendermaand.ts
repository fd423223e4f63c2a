/**
 * Month arithmetic for the demo: changes in a municipality take effect on the first of a month and
 * employment ends on the last day of one, so the generator counts in whole months. A month is an
 * integer (year * 12 + month index) to make "25 years ago" and "next month" plain subtraction.
 */

export function monthOf(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return year * 12 + (month - 1);
}

export function firstDayOf(maand: number): string {
  const year = Math.floor(maand / 12);
  const month = (maand % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

export function lastDayOf(maand: number): string {
  const year = Math.floor(maand / 12);
  const month = maand % 12;
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${firstDayOf(maand).slice(0, 8)}${String(days).padStart(2, '0')}`;
}

/** Today's date on this machine's calendar, as 'YYYY-MM-DD'. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
