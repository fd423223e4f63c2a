import * as client from 'openid-client';
import { isLoopback, type OidcInstellingen } from './oidc-instellingen';

/** The claims about the user, from the ID token, completed from the UserInfo endpoint when needed. */
export type OidcClaims = Record<string, unknown> & { sub: string };

/** What the callback needs to finish the login it started: all three are single-use secrets. */
export interface OidcControles {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The provider could not be reached or answered nonsense: a fault, not a refusal. */
export class OidcOnbereikbaarError extends Error {
  override name = 'OidcOnbereikbaarError';
}

/** The provider or openid-client refused the answer (bad code, wrong nonce, signature, issuer). */
export class OidcGeweigerdError extends Error {
  override name = 'OidcGeweigerdError';
}

const DISCOVERY_TIMEOUT_SECONDEN = 10;

/**
 * The OpenID Connect relying party of one configured identity provider (openid-client v6). The
 * provider's metadata is discovered once and kept; a failed discovery is retried on the next login.
 */
export class OidcClient {
  #configuratie: Promise<client.Configuration> | null = null;

  constructor(readonly instellingen: OidcInstellingen) {}

  /** Discovery, cached. Plain http only to a provider on this machine (tests, a developer's laptop). */
  configuratie(): Promise<client.Configuration> {
    if (!this.#configuratie) {
      const { issuer, clientId, clientSecret } = this.instellingen;
      const url = new URL(issuer);
      const opOnzeMachine = url.protocol === 'http:' && isLoopback(url.hostname);
      this.#configuratie = client
        .discovery(
          url,
          clientId,
          clientSecret ? { client_secret: clientSecret } : undefined,
          // A confidential client authenticates as OpenID Connect's default, HTTP Basic; a public
          // client sends only its id, and PKCE proves it started the login.
          clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(),
          {
            timeout: DISCOVERY_TIMEOUT_SECONDEN,
            ...(opOnzeMachine ? { execute: [client.allowInsecureRequests] } : {}),
          },
        )
        .catch((error: unknown) => {
          this.#configuratie = null;
          throw new OidcOnbereikbaarError(`Discovery van ${issuer} mislukt: ${melding(error)}`);
        });
    }
    return this.#configuratie;
  }

  /** Fresh state, nonce and PKCE verifier for one login attempt. */
  nieuweControles(): OidcControles {
    return {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
  }

  /** Where to send the browser: the provider's authorization endpoint with PKCE S256. */
  async autorisatieUrl(redirectUri: string, controles: OidcControles): Promise<URL> {
    const config = await this.configuratie();
    return client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.instellingen.scopes,
      response_type: 'code',
      state: controles.state,
      nonce: controles.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(controles.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Exchanges the code at the token endpoint and checks the ID token (signature, issuer, audience,
   * expiry, nonce) and the state. The URL is the callback as the provider called it: its address
   * without the query is the redirect_uri sent to the token endpoint.
   */
  async wisselCode(callbackUrl: URL, controles: OidcControles): Promise<OidcClaims> {
    const config = await this.configuratie();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: controles.codeVerifier,
        expectedState: controles.state,
        expectedNonce: controles.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw isWeigering(error)
        ? new OidcGeweigerdError(melding(error))
        : new OidcOnbereikbaarError(melding(error));
    }
    const idToken = tokens.claims();
    if (!idToken) throw new OidcGeweigerdError('Geen ID-token ontvangen');
    const claims: OidcClaims = { ...idToken, sub: idToken.sub };
    const personeelsnummerClaim = this.instellingen.personeelsnummerClaim;
    const mist =
      claims.email === undefined || (personeelsnummerClaim && claims[personeelsnummerClaim] === undefined);
    // Many providers put only the subject in the ID token of the code flow and the profile in UserInfo.
    if (mist && config.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
        for (const [sleutel, waarde] of Object.entries(info)) {
          if (claims[sleutel] === undefined) claims[sleutel] = waarde;
        }
      } catch (error) {
        throw isWeigering(error)
          ? new OidcGeweigerdError(`UserInfo: ${melding(error)}`)
          : new OidcOnbereikbaarError(`UserInfo: ${melding(error)}`);
      }
    }
    return claims;
  }
}

/** Codes of openid-client for a provider that answered, but not as a provider should: a fault. */
const STORINGEN = new Set(['OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON']);

/**
 * An answer the provider gave and we refuse (an OAuth error such as invalid_grant, a failed check of
 * the ID token), as opposed to a provider we could not reach at all.
 */
function isWeigering(error: unknown): boolean {
  if (
    error instanceof client.ResponseBodyError ||
    error instanceof client.AuthorizationResponseError ||
    error instanceof client.WWWAuthenticateChallengeError
  ) {
    return true;
  }
  const code = error instanceof client.ClientError ? (error.code ?? '') : '';
  return code.startsWith('OAUTH_') && !STORINGEN.has(code);
}

/** A short, token-free description of what went wrong, for the audit record and the log. */
function melding(error: unknown): string {
  if (error instanceof client.ResponseBodyError || error instanceof client.AuthorizationResponseError) {
    return `${error.error}${error.error_description ? `: ${error.error_description}` : ''}`.slice(0, 200);
  }
  if (!(error instanceof Error)) return String(error).slice(0, 200);
  const oorzaak = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${oorzaak}`.slice(0, 200);
}
