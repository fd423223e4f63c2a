import { ProblemError } from '../api/client';

/** '32,5' → 32.5; '' → null; anything else that is not a number → NaN. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const normalized = trimmed.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
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
