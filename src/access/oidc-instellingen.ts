/**
 * Login through the municipality's own identity provider (OpenID Connect, authorization code with
 * PKCE). Read from the environment by src/config.ts; absent when OIDC_ISSUER is not set.
 */
export interface OidcInstellingen {
  /** What the login button says, e.g. "Gemeente-account". */
  naam: string;
  issuer: string;
  clientId: string;
  /** Null for a public client, which proves itself with PKCE only. */
  clientSecret: string | null;
  /** Where the provider sends the browser back to; defaults to <this server>/auth/oidc/callback. */
  redirectUrl: string | null;
  scopes: string;
  /** Claim holding the personeelsnummer, to link accounts by it; e-mail is always tried. */
  personeelsnummerClaim: string | null;
}

/** The one path the provider sends the browser back to. */
export const OIDC_CALLBACK_PAD = '/auth/oidc/callback';

export const STANDAARD_OIDC_SCOPES = 'openid email profile';
export const STANDAARD_OIDC_NAAM = 'Gemeente-account';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * This machine itself: the only place where plain http to or from the identity provider is allowed
 * (tests and a developer's laptop). Everything else must be https.
 */
export function isLoopback(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase());
}
