import type { Gebruiker } from './gebruiker';

/**
 * What an unfinished session may do, on top of the policy table (which only says who may call a
 * route once logged in). A session is unfinished while its second factor is owed (a password login
 * on an account that has TOTP or whose role requires it) or while the account must choose its own
 * password (after the one-time password of a new account or a reset). Until then only the steps that
 * finish it, `GET /sessies/huidig` and logging out are answered; the server enforces this on every
 * route, not only the web app.
 *
 * - Second factor owed: only entering the code (or setting the factor up, when the account has none
 *   yet). Someone who has only the password cannot change it or end the owner's other sessions.
 * - An account that has no second factor set up yet has nothing to prove: on its first login it
 *   chooses its own password first and then sets the factor up, the order the web app walks.
 * - Own password owed (second factor done or not needed): only changing the password.
 */
export type Stapbesluit = 'toegestaan' | 'totp-nodig' | 'wachtwoord-wijzigen';

const ALTIJD = new Set(['GET /sessies/huidig', 'DELETE /sessies/huidig']);
const TOTP_STAPPEN = new Set([
  'POST /sessies/huidig/totp-verificaties',
  'POST /accounts/huidig/totp',
  'POST /accounts/huidig/totp/bevestigingen',
]);
export const WACHTWOORD_WIJZIGEN = 'POST /accounts/huidig/wachtwoorden';

export function sessieStap(
  g: Pick<Gebruiker, 'totpIngesteld' | 'totpNodig' | 'totpVoldaan' | 'wachtwoordWijzigen'>,
  routeSleutel: string,
): Stapbesluit {
  if (ALTIJD.has(routeSleutel)) return 'toegestaan';
  if (g.totpNodig && !g.totpVoldaan) {
    if (TOTP_STAPPEN.has(routeSleutel)) return 'toegestaan';
    if (!g.totpIngesteld && g.wachtwoordWijzigen && routeSleutel === WACHTWOORD_WIJZIGEN) return 'toegestaan';
    return 'totp-nodig';
  }
  if (g.wachtwoordWijzigen) {
    return routeSleutel === WACHTWOORD_WIJZIGEN || TOTP_STAPPEN.has(routeSleutel)
      ? 'toegestaan'
      : 'wachtwoord-wijzigen';
  }
  return 'toegestaan';
}
