/**
 * A real OpenID Connect provider for tests: the `oidc-provider` package (the certified Node.js
 * implementation) on 127.0.0.1 with a free port. Not a mock: discovery, the authorization endpoint
 * with its login and consent pages, PKCE, signed ID tokens, the token and UserInfo endpoints are the
 * real thing, over real HTTP.
 *
 * Its development login page (devInteractions) accepts any login name with any password; the login
 * name becomes the subject, and `gebruikers` says which claims that subject has. A login that is not
 * in the list is still a valid person at the provider, with the address `<login>@elders.example`:
 * someone the municipality's provider knows and Wendbaar does not.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OidcTestGebruiker {
  /** What one types in the provider's login form; also the subject (`sub`). */
  login: string;
  email?: string;
  /** Default true; false to test an unverified address. */
  emailVerified?: boolean;
  name?: string;
  /** Released under the scope `personeel`. */
  personeelsnummer?: string;
}

export interface OidcTestProvider {
  issuer: string;
  /** A confidential client (client_secret_basic) … */
  clientId: string;
  clientSecret: string;
  /** … and a public one that proves itself with PKCE only. */
  publicClientId: string;
  close(): Promise<void>;
}

export interface OidcProviderOpties {
  gebruikers: OidcTestGebruiker[];
  /**
   * The app's callback URLs. A function when the app's address is known only after the provider has
   * started (the app needs the issuer first): it is called at the provider's first request.
   */
  redirectUris: string[] | (() => string[]);
  /**
   * true (default): profile claims in the ID token, as Keycloak and Entra ID do. false: the
   * provider's strict default, only `sub` in the ID token and the rest from UserInfo.
   */
  claimsInIdToken?: boolean;
}

/** The small part of oidc-provider's API used here; the package ships no type declarations. */
interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => Provider;

export async function startOidcProvider(opties: OidcProviderOpties): Promise<OidcTestProvider> {
  // Loaded by name so TypeScript does not look for the declarations the package lacks.
  const pakket = 'oidc-provider';
  const { default: ProviderKlasse } = (await import(pakket)) as { default: ProviderConstructor };

  const clientId = 'wendbaar';
  const clientSecret = randomBytes(24).toString('base64url');
  const publicClientId = 'wendbaar-publiek';

  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  let issuer = '';
  const server = createServer((req, res) => {
    try {
      handler ??= maakProvider().callback();
      handler(req, res);
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function maakProvider(): Provider {
    const redirectUris =
      typeof opties.redirectUris === 'function' ? opties.redirectUris() : opties.redirectUris;
    const sleutel = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    return new ProviderKlasse(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: redirectUris,
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
        {
          client_id: publicClientId,
          redirect_uris: redirectUris,
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'none',
        },
      ],
      // Every client must use PKCE, the confidential one too (OAuth 2.1, and what Wendbaar always does).
      pkce: { required: () => true },
      claims: {
        openid: ['sub'],
        email: ['email', 'email_verified'],
        profile: ['name'],
        personeel: ['personeelsnummer'],
      },
      conformIdTokenClaims: opties.claimsInIdToken === false,
      features: { devInteractions: { enabled: true } },
      findAccount: async (_ctx: unknown, sub: string) => ({
        accountId: sub,
        claims: async () => {
          const g = opties.gebruikers.find((x) => x.login === sub);
          if (!g) return { sub, email: `${sub}@elders.example`, email_verified: true, name: sub };
          return {
            sub,
            ...(g.email !== undefined ? { email: g.email, email_verified: g.emailVerified ?? true } : {}),
            ...(g.name !== undefined ? { name: g.name } : {}),
            ...(g.personeelsnummer !== undefined ? { personeelsnummer: g.personeelsnummer } : {}),
          };
        },
      }),
      jwks: { keys: [{ ...sleutel, kid: 'test-sleutel', use: 'sig', alg: 'RS256' }] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      // Errors as a short page a test failure can show.
      renderError: async (ctx: { type: string; body: string }, out: Record<string, string>) => {
        ctx.type = 'html';
        ctx.body = `<!doctype html><title>Fout</title><pre>${JSON.stringify(out)}</pre>`;
      },
    });
  }

  return {
    issuer,
    clientId,
    clientSecret,
    publicClientId,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------
// A browser made of fetch: enough to walk the login through the provider's pages without Chromium.

/** Cookies per host and path, like a browser keeps them (a host's cookies are shared across ports). */
export class CookieJar {
  #cookies = new Map<string, { host: string; path: string; naam: string; waarde: string }>();

  bewaar(url: URL, response: Response): void {
    for (const regel of response.headers.getSetCookie()) {
      const [paar = '', ...attributen] = regel.split(';').map((d) => d.trim());
      const is = paar.indexOf('=');
      const naam = paar.slice(0, is);
      const waarde = paar.slice(is + 1);
      let path = '/';
      let weg = waarde === '';
      for (const a of attributen) {
        const [k = '', v = ''] = a.split('=');
        if (k.toLowerCase() === 'path') path = v;
        if (k.toLowerCase() === 'max-age' && Number(v) <= 0) weg = true;
        if (k.toLowerCase() === 'expires' && new Date(v).getTime() < Date.now()) weg = true;
      }
      const sleutel = `${url.hostname} ${path} ${naam}`;
      if (weg) this.#cookies.delete(sleutel);
      else this.#cookies.set(sleutel, { host: url.hostname, path, naam, waarde });
    }
  }

  header(url: URL): string {
    return [...this.#cookies.values()]
      .filter((c) => c.host === url.hostname && url.pathname.startsWith(c.path))
      .map((c) => `${c.naam}=${c.waarde}`)
      .join('; ');
  }

  waarde(naam: string): string | undefined {
    return [...this.#cookies.values()].find((c) => c.naam === naam)?.waarde;
  }
}

export interface Stap {
  url: URL;
  status: number;
  location: string | null;
  body: string;
}

/** One request with the jar's cookies, without following redirects. */
export async function haal(
  jar: CookieJar,
  adres: string | URL,
  init: { method?: string; form?: Record<string, string> } = {},
): Promise<Stap> {
  const url = new URL(adres);
  const headers: Record<string, string> = {};
  const cookie = jar.header(url);
  if (cookie) headers.cookie = cookie;
  if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    redirect: 'manual',
    ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
  });
  jar.bewaar(url, response);
  const location = response.headers.get('location');
  return {
    url,
    status: response.status,
    location: location ? new URL(location, url).href : null,
    body: await response.text(),
  };
}

/** Follows redirects until `stop` says so or a page without a redirect is reached; every step is kept. */
export async function volg(
  jar: CookieJar,
  adres: string | URL,
  stop: (url: URL) => boolean = () => false,
): Promise<Stap[]> {
  const stappen: Stap[] = [];
  let volgende: string | null = new URL(adres).href;
  while (volgende && stappen.length < 20) {
    if (stappen.length > 0 && stop(new URL(volgende))) break;
    const stap = await haal(jar, volgende);
    stappen.push(stap);
    volgende = stap.status >= 300 && stap.status < 400 ? stap.location : null;
  }
  return stappen;
}

const ontsnap = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#x3D;', '=');

/** The first form of a page: where it posts to and its hidden fields. */
export function formulier(pagina: Stap): { action: URL; velden: Record<string, string> } | null {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(pagina.body);
  if (!form) return null;
  const velden: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input[^>]*type="hidden"[^>]*>/gi)) {
    const naam = /name="([^"]*)"/.exec(input[0])?.[1];
    const waarde = /value="([^"]*)"/.exec(input[0])?.[1];
    if (naam) velden[naam] = ontsnap(waarde ?? '');
  }
  return { action: new URL(ontsnap(form[1]!), pagina.url), velden };
}

/**
 * Walks from Wendbaar's start address through the provider's login page (and its consent page when
 * it asks) to the first address outside the provider: the callback. Returns the callback URL, not
 * yet visited, so a test can visit it, replay it or tamper with it.
 */
export async function loginBijProvider(
  jar: CookieJar,
  startUrl: string,
  issuer: string,
  login: string,
): Promise<{ callbackUrl: URL; autorisatieUrl: URL }> {
  const bijProvider = (url: URL) => url.origin === new URL(issuer).origin;
  const start = await haal(jar, startUrl);
  if (start.status !== 302 || !start.location) {
    throw new Error(`Start gaf ${start.status} ${start.location ?? ''} ${start.body.slice(0, 300)}`);
  }
  const autorisatieUrl = new URL(start.location);
  let stappen = await volg(jar, autorisatieUrl, (url) => !bijProvider(url));
  for (let ronde = 0; ronde < 4; ronde++) {
    const laatste = stappen.at(-1)!;
    if (laatste.location && !bijProvider(new URL(laatste.location))) {
      return { callbackUrl: new URL(laatste.location), autorisatieUrl };
    }
    const form = formulier(laatste);
    if (!form)
      throw new Error(`Geen formulier bij de provider (${laatste.status}): ${laatste.body.slice(0, 500)}`);
    const velden =
      form.velden.prompt === 'login' ? { ...form.velden, login, password: 'wat-dan-ook' } : form.velden;
    const verstuurd = await haal(jar, form.action, { method: 'POST', form: velden });
    if (!verstuurd.location)
      throw new Error(`Formulier gaf ${verstuurd.status}: ${verstuurd.body.slice(0, 500)}`);
    if (!bijProvider(new URL(verstuurd.location))) {
      return { callbackUrl: new URL(verstuurd.location), autorisatieUrl };
    }
    stappen = await volg(jar, verstuurd.location, (url) => !bijProvider(url));
  }
  throw new Error('De provider bleef om invoer vragen');
}
