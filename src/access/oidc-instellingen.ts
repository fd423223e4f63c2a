/**
 * Login through the municipality's own identity provider (OpenID Connect, authorization code with
 * PKCE). Read from the environment by src/config.ts; absent when OIDC_ISSUER is not set.
 */
export interface OidcInstellingen {
  /** What the login button says, e.g. "Gemeente-account". */
  naam: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  /** Where the provider sends the browser back to; defaults to <this server>/auth/oidc/callback. */
  redirectUrl: string | null;
  scopes: string;
  /** Claim holding the personeelsnummer, to link accounts by it; e-mail is always tried. */
  personeelsnummerClaim: string | null;
}
