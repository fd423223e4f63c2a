/**
 * The login throttle's rules, pure. A guess is counted before it is evaluated (see
 * sessie.repository `reserveerPoging`), so parallel requests cannot slip past a limit.
 *
 * - Per account and address pair: at most {@link MAX_PER_PAAR} failed attempts in the window, then
 *   that pair is refused (429) until the window ends. Only the guesser's own address is refused, so
 *   an outsider who knows an e-mail address cannot lock its owner out.
 * - Per address, across accounts: at most {@link MAX_PER_ADRES} failed attempts (password spraying).
 * - Per account, from every address together: a progressive delay instead of a lockout. From the
 *   {@link VRIJE_POGINGEN}th failed attempt on, each attempt waits before its password is checked,
 *   doubling up to {@link MAX_WACHTTIJD_MS}. A guesser with many addresses is slowed down; the owner
 *   with the right password still gets in, at most that long later.
 * - The TOTP step: at most {@link MAX_PER_PAAR} wrong codes per account (only someone who has the
 *   password reaches it).
 */
export const VENSTER_MINUTEN = 15;
export const MAX_PER_PAAR = 5;
export const MAX_PER_ADRES = 20;
export const VRIJE_POGINGEN = 5;
export const MAX_WACHTTIJD_MS = 10_000;

/** Milliseconds an attempt waits when `eerder` failed (or still running) attempts on the account precede it. */
export function wachttijdMs(eerder: number): number {
  if (!Number.isFinite(eerder) || eerder < VRIJE_POGINGEN) return 0;
  const stap = Math.min(eerder - VRIJE_POGINGEN, 30);
  return Math.min(1000 * 2 ** stap, MAX_WACHTTIJD_MS);
}

/** Seconds until a window that started at `sinds` ends: the Retry-After of a refusal (at least 1). */
export function resterendeSeconden(sinds: Date, nu: Date): number {
  const einde = sinds.getTime() + VENSTER_MINUTEN * 60_000;
  return Math.max(1, Math.ceil((einde - nu.getTime()) / 1000));
}

/** A counter whose window started before this moment starts again from zero. */
export function vensterGrens(nu: Date): Date {
  return new Date(nu.getTime() - VENSTER_MINUTEN * 60_000);
}

/** Counter keys of one login attempt. E-mail addresses compare case-insensitively. */
export function pogingSleutels(eMail: string, ip: string | null) {
  const account = eMail.trim().toLowerCase();
  const adres = ip ?? 'onbekend';
  return {
    paar: `paar:${account}|${adres}`,
    adres: `adres:${adres}`,
    account: `account:${account}`,
  };
}
