import type { Sessie } from '../api/toegang.types';

/** The pages of logging in, in the order a new session passes them. */
export const PAD = {
  inloggen: '/inloggen',
  wachtwoord: '/wachtwoord-wijzigen',
  totpInstellen: '/inloggen/tweestapsverificatie-instellen',
  totp: '/inloggen/tweestapsverificatie',
} as const;

/**
 * What a session still has to do before the app opens, in the order the server allows it
 * (src/access/sessie-stap.ts): enter the code of the second factor (when the account has one),
 * choose an own password (after a one-time password from the beheerder), set up the second factor
 * (when the role requires it). Null when the session is complete.
 */
export function volgendeStap(sessie: Sessie): string | null {
  if (sessie.totpNodig && sessie.totpIngesteld && !sessie.totpVoldaan) return PAD.totp;
  if (sessie.wachtwoordWijzigen) return PAD.wachtwoord;
  if (sessie.totpNodig && !sessie.totpVoldaan) return PAD.totpInstellen;
  return null;
}

export const volledigIngelogd = (sessie: Sessie | null): sessie is Sessie =>
  sessie !== null && volgendeStap(sessie) === null;

/**
 * Where to go after logging in: only a path inside this app (no `//host` or `https:` that would
 * make the login page an open redirect), and never back to a login step.
 */
export function veiligTerug(terug: string | null | undefined): string {
  if (!terug?.startsWith('/') || terug.startsWith('//') || terug.startsWith('/\\')) return '/';
  const pad = terug.split(/[?#]/)[0];
  if (pad === PAD.wachtwoord || pad === PAD.inloggen || pad?.startsWith(`${PAD.inloggen}/`)) return '/';
  return terug;
}

/** `/inloggen` + `?terug=/teams` (left out when it is the start page). */
export function metTerug(pad: string, terug: string | null | undefined): string {
  const doel = veiligTerug(terug);
  return doel === '/' ? pad : `${pad}?terug=${encodeURIComponent(doel)}`;
}

/** The next page after a step: the next step (keeping `terug`), or `terug` itself. */
export function naStap(sessie: Sessie, terug: string | null | undefined): string {
  const stap = volgendeStap(sessie);
  return stap ? metTerug(stap, terug) : veiligTerug(terug);
}
