import type { Kysely } from 'kysely';
import {
  type OidcClaims,
  type OidcClient,
  OidcGeweigerdError,
  OidcOnbereikbaarError,
} from '../access/oidc-client';
import * as accounts from '../db/account.repository';
import type { Database } from '../db/schema';
import * as sessies from '../db/sessie.repository';
import { type Herkomst, maakSessie, type NieuweSessie, type SessieInstellingen } from './auth.service';

/**
 * Why a login through the identity provider did not end in a session; the login page explains each.
 * - onbekend-account: the provider knows the person, Wendbaar has no account for them.
 * - geweigerd: the provider or Wendbaar refused (cancelled, inactive account, unverified e-mail).
 * - verlopen: the login took longer than ten minutes, or this answer was already used.
 * - fout: a broken or forged answer, or the provider could not be reached.
 */
export type OidcFout = 'onbekend-account' | 'geweigerd' | 'verlopen' | 'fout';

export type OidcUitkomst =
  | {
      ok: true;
      sessie: NieuweSessie;
      accountId: string;
      /** The page to land on: a path on this server. */
      terug: string;
      koppeling: 'personeelsnummer' | 'e-mail';
      subject: string;
    }
  | {
      ok: false;
      fout: OidcFout;
      /** geweigerd when the attempt was refused, mislukt when something failed on the way. */
      resultaat: 'geweigerd' | 'mislukt';
      /** The account the attempt concerned, when one was found. */
      accountId: string | null;
      /** A short, secret-free reason for the audit record. */
      reden: string;
      subject: string | null;
      eMail: string | null;
    };

const EIGEN = 'http://wendbaar.invalid';

/**
 * The page to return to after logging in: a path on this server only. Anything that could send the
 * browser elsewhere (`//host`, `/\host`, `https://…`, control characters) gives null. The answer is
 * normalised and percent-encoded, fit for a Location header.
 */
export function veiligTerug(terug: unknown): string | null {
  if (typeof terug !== 'string' || terug.length > 500) return null;
  if (!terug.startsWith('/') || terug.startsWith('//') || terug.includes('\\')) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(terug)) return null;
  const url = new URL(terug, EIGEN);
  if (url.origin !== EIGEN) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Starts a login: remembers state, nonce and PKCE verifier (one use, ten minutes) and gives the provider's URL. */
export async function startOidcLogin(
  db: Kysely<Database>,
  oidc: OidcClient,
  invoer: { redirectUri: string; terug: unknown },
): Promise<URL> {
  const controles = oidc.nieuweControles();
  // Discovery first: a provider that cannot be reached leaves no pending login behind.
  const url = await oidc.autorisatieUrl(invoer.redirectUri, controles);
  await sessies.deleteVerlopenOidcAanvragen(db, new Date());
  await sessies.insertOidcAanvraag(db, {
    state: controles.state,
    code_verifier: controles.codeVerifier,
    nonce: controles.nonce,
    terug_naar: veiligTerug(invoer.terug),
  });
  return url;
}

const een = (params: URLSearchParams, naam: string): string | null => {
  const waarden = params.getAll(naam);
  return waarden.length === 1 && waarden[0]! !== '' && waarden[0]!.length <= 2000 ? waarden[0]! : null;
};

/**
 * Finishes a login when the provider sends the browser back. `zoek` is the query string of the
 * callback as it arrived. Never throws for a bad answer: every way it can go wrong is an outcome.
 */
export async function rondOidcLoginAf(
  db: Kysely<Database>,
  oidc: OidcClient,
  invoer: {
    redirectUri: string;
    zoek: string;
    herkomst: Herkomst;
    sessie: SessieInstellingen;
    nu?: Date;
  },
): Promise<OidcUitkomst> {
  const nu = invoer.nu ?? new Date();
  const params = new URLSearchParams(invoer.zoek);
  const mislukt = (
    fout: OidcFout,
    reden: string,
    extra: { resultaat?: 'geweigerd' | 'mislukt'; accountId?: string; claims?: OidcClaims } = {},
  ): OidcUitkomst => ({
    ok: false,
    fout,
    resultaat: extra.resultaat ?? 'geweigerd',
    accountId: extra.accountId ?? null,
    reden,
    subject: extra.claims?.sub ?? null,
    eMail: typeof extra.claims?.email === 'string' ? extra.claims.email : null,
  });

  const state = een(params, 'state');
  if (!state) return mislukt('fout', 'Antwoord zonder (geldige) state');
  // Taken out whatever follows: a state is good for one answer only.
  const aanvraag = await sessies.takeOidcAanvraag(db, state, nu);
  if (!aanvraag) return mislukt('verlopen', 'Onbekende, verlopen of al gebruikte state');

  const providerFout = params.get('error');
  if (providerFout !== null) {
    const code = providerFout.replace(/[^\w.-]/g, '').slice(0, 60);
    return mislukt(code === 'access_denied' ? 'geweigerd' : 'fout', `De identity provider meldt: ${code}`);
  }
  if (!een(params, 'code')) return mislukt('fout', 'Antwoord zonder (geldige) code');

  const callbackUrl = new URL(invoer.redirectUri);
  callbackUrl.search = params.toString();
  let claims: OidcClaims;
  try {
    claims = await oidc.wisselCode(callbackUrl, {
      state,
      nonce: aanvraag.nonce,
      codeVerifier: aanvraag.code_verifier,
    });
  } catch (error) {
    if (error instanceof OidcGeweigerdError) return mislukt('fout', `Antwoord geweigerd: ${error.message}`);
    if (error instanceof OidcOnbereikbaarError) {
      return mislukt('fout', error.message, { resultaat: 'mislukt' });
    }
    throw error;
  }

  const koppeling = await koppelAccount(db, claims, oidc.instellingen.personeelsnummerClaim);
  if (!koppeling.ok) {
    return mislukt(koppeling.fout, koppeling.reden, {
      claims,
      ...(koppeling.accountId ? { accountId: koppeling.accountId } : {}),
    });
  }
  const sessie = await maakSessie(db, koppeling.accountId, 'oidc', invoer.herkomst, nu, invoer.sessie);
  return {
    ok: true,
    sessie,
    accountId: koppeling.accountId,
    terug: veiligTerug(aanvraag.terug_naar) ?? '/',
    koppeling: koppeling.via,
    subject: claims.sub,
  };
}

type Koppeling =
  | { ok: true; accountId: string; via: 'personeelsnummer' | 'e-mail' }
  | { ok: false; fout: 'onbekend-account' | 'geweigerd'; reden: string; accountId: string | null };

/** A claim as text: strings and numbers (some providers send an employee id as a number). */
function tekst(waarde: unknown): string | null {
  if (typeof waarde === 'number' && Number.isFinite(waarde)) return String(waarde);
  if (typeof waarde !== 'string') return null;
  const t = waarde.trim();
  return t === '' ? null : t;
}

/**
 * The Wendbaar account of the person the provider vouches for. Accounts and their roles are given by
 * a beheerder; a login never creates one. First the personeelsnummer claim, when configured and
 * present, through the medewerker's account; otherwise the e-mail address, unless the provider says
 * it is not verified.
 */
export async function koppelAccount(
  db: Kysely<Database>,
  claims: OidcClaims,
  personeelsnummerClaim: string | null,
): Promise<Koppeling> {
  const actief = (account: accounts.AccountMetRollen, via: 'personeelsnummer' | 'e-mail'): Koppeling =>
    account.actief
      ? { ok: true, accountId: account.id, via }
      : { ok: false, fout: 'geweigerd', reden: `Account is niet actief (via ${via})`, accountId: account.id };

  const nummer = personeelsnummerClaim ? tekst(claims[personeelsnummerClaim]) : null;
  if (nummer) {
    const account = await accounts.findAccountByPersoneelsnummer(db, nummer);
    if (account) return actief(account, 'personeelsnummer');
  }
  const eMail = tekst(claims.email);
  if (eMail) {
    // Some providers send booleans as strings.
    const geverifieerd = claims.email_verified !== false && claims.email_verified !== 'false';
    const account = await accounts.findAccountByEMail(db, eMail);
    if (account && !geverifieerd) {
      return {
        ok: false,
        fout: 'geweigerd',
        reden: 'De identity provider meldt dat het e-mailadres niet is bevestigd',
        accountId: account.id,
      };
    }
    if (account) return actief(account, 'e-mail');
  }
  return {
    ok: false,
    fout: 'onbekend-account',
    reden: nummer
      ? 'Geen account met dit personeelsnummer of e-mailadres'
      : eMail
        ? 'Geen account met dit e-mailadres'
        : 'Geen e-mailadres of personeelsnummer in de claims',
    accountId: null,
  };
}
