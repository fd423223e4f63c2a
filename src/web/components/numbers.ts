import { ProblemError } from '../api/client';

/*
 * The web app's number helpers, in one place: reading what a person typed (a decimal comma or point),
 * writing a number back into a field, rounding, and showing numbers in the reader's language
 * (nl-NL: "1.234,5", FTE "0,89", "45%"). `useI18n()` hands out the formatters bound to its locale.
 */

/** '32,5' → 32.5; '' → null; anything else that is not a number → NaN. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const normalized = trimmed.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

/** A number as the person would type it in this language (no thousands separators: 1234,5). */
export function getalAlsTekst(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return '';
  return lang === 'nl' ? String(value).replace('.', ',') : String(value);
}

/** Rounded to a number of decimals: afronden(3.25, 1) → 3.3. */
export function afronden(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A fraction as a percentage, rounded: alsProcent(0.1234) → 12; alsProcent(0.1234, 1) → 12.3. */
export function alsProcent(fraction: number, decimals = 0): number {
  return Math.round(fraction * 10 ** (2 + decimals)) / 10 ** decimals;
}

/** A percentage as a fraction, rounded to a tenth of a percent unless told: alsFractie(12.34) → 0.123. */
export function alsFractie(percentage: number, decimals = 1): number {
  return Math.round(percentage * 10 ** decimals) / 10 ** (2 + decimals);
}

/**
 * 1234.5 → '1.234,5' (nl-NL). With `decimals` exactly that many; without, at most two and no
 * trailing zeros. null and undefined → ''.
 */
export function formatGetal(locale: string, value: number | null | undefined, decimals?: number): string {
  if (value === null || value === undefined) return '';
  return numberFormat(locale, decimals ?? 0, decimals ?? 2).format(value);
}

const formats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per locale and number of decimals (a table formats many numbers). */
function numberFormat(locale: string, minimumFractionDigits: number, maximumFractionDigits: number) {
  const key = `${locale} ${minimumFractionDigits} ${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits, maximumFractionDigits });
    formats.set(key, format);
  }
  return format;
}

/** FTE with two decimals: 0.888 → '0,89'. */
export function formatFte(locale: string, value: number | null | undefined): string {
  return formatGetal(locale, value, 2);
}

/** A percentage (already times a hundred): 45 → '45%'. */
export function formatProcent(locale: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return `${formatGetal(locale, value)}%`;
}

/** An amount of money: 1234.5 → '€ 1.234,50' (nl-NL). */
export function formatEuro(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);
}

/**
 * Parses number fields before sending; a field that holds text that is not a number becomes a field
 * error in the same shape as the server's (so it shows at the field and in the summary).
 */
export function parseNumberFields<K extends string>(
  fields: Record<K, string>,
  reason: string,
): Record<K, number | null> {
  const result = {} as Record<K, number | null>;
  const invalid: { name: string; code: string; reason: string }[] = [];
  for (const [name, text] of Object.entries(fields) as [K, string][]) {
    const value = parseNumber(text);
    if (value !== null && Number.isNaN(value)) invalid.push({ name, code: 'number', reason });
    result[name] = value;
  }
  if (invalid.length > 0) throw new ProblemError(400, { title: reason, status: 400, invalidParams: invalid });
  return result;
}

export const todayIso = () => {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
};

/** What a form holds for a field of a request body before the server has judged it. */
type AsEnteredValue<V> = V extends string
  ? string
  : V extends number
    ? number | null
    : V extends readonly (infer E)[]
      ? AsEnteredValue<E>[]
      : V;
export type AsEntered<T> = { [K in keyof T]: AsEnteredValue<T[K]> };

/**
 * A request body sent as the person entered it. Forms are validated by the server (see
 * src/web/README.md): every problem at once, at its field, in the server's words. So a choice not
 * made ('') or a number left empty (null) is sent as it is and comes back as a field error (often
 * with a clearer reason from {@link withReasons}), rather than being checked here a second time. The
 * generated request type rightly allows neither; this marks the forms that send such a body on
 * purpose, and still checks every field's name and kind against that type.
 */
export function asEntered<T>(body: AsEntered<T>): T {
  return body as T;
}

/**
 * Replaces the server's reason for some fields with a clearer one, e.g. "Kies een team" for an empty
 * select (the server says "Dit is geen geldig id"). Fields mapped to a falsy value keep their reason.
 */
export function withReasons(error: unknown, overrides: Record<string, string | false | undefined>): unknown {
  if (!(error instanceof ProblemError) || error.invalidParams.length === 0) return error;
  const invalidParams = error.invalidParams.map((param) => {
    const override = overrides[param.name];
    return override ? { ...param, reason: override } : param;
  });
  return new ProblemError(error.status, { ...error.problem, invalidParams });
}
