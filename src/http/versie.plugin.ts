import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { policyKey } from '../access/policy';
import { isApiRoute } from './auth.plugin';
import { leesIfMatch } from './etag';

/**
 * Does a write need the version the caller based it on (If-Match)? 'vereist': 428 without it and
 * 412 on a malformed one, before the body is even validated; 'geen': the route changes no version
 * a caller could have read.
 */
export type VersieEis = 'vereist' | 'geen';

declare module 'fastify' {
  interface FastifyRequest {
    /** The version from If-Match, parsed once by the versie hook on a route that requires it. */
    versie: number | null;
  }
  interface FastifyContextConfig {
    /**
     * The route's declaration (see versie.plugin.ts). Default: 'vereist' for PATCH, PUT and DELETE,
     * 'geen' for POST; a step on a versioned resource declares 'vereist', and a PATCH, PUT or DELETE
     * without a version is listed, with why, in ZONDER_VERSIE.
     */
    versie?: VersieEis;
  }
}

/**
 * Every write that takes no If-Match although the convention would expect it: PATCH, PUT and DELETE
 * routes that change no version, and POSTs on a versioned resource (answering that resource) that
 * are no step on its version. One place, each with why; the conventions test checks the OpenAPI
 * document against it, and the server refuses to start when a route says otherwise.
 */
export const ZONDER_VERSIE: Readonly<Record<string, string>> = {
  'DELETE /sessies': 'Uitloggen op alle apparaten: een sessie heeft geen versie.',
  'DELETE /sessies/huidig': 'Uitloggen: een sessie heeft geen versie.',
  'PUT /medewerkers/{medewerkerId}/afwezigheid/{week}':
    'Legt een week aan die nog geen versie heeft; bestaat de week al, dan telt If-Match als die is meegestuurd.',
  'DELETE /opgaven/{opgaveId}/stakeholders/{stakeholderId}':
    'Een stakeholder heeft geen eigen versie; verwijderen overschrijft niemands wijziging (weg is weg, anders 404) en verhoogt de versie van de opgave.',
  'DELETE /opgaven/{opgaveId}/bevindingen/{bevindingId}':
    'Een bevinding heeft geen eigen versie; verwijderen overschrijft niemands wijziging (weg is weg, anders 404) en verhoogt de versie van de opgave.',
  'POST /opgaven/{opgaveId}/stakeholders':
    'Voegt een stakeholder toe: overschrijft niets van een ander, en verhoogt de versie van de opgave.',
  'POST /opgaven/{opgaveId}/bevindingen':
    'Voegt een bevinding toe: overschrijft niets van een ander, en verhoogt de versie van de opgave.',
  'POST /bestuursopdrachten/{bestuursopdrachtId}/besluiten':
    'Het besluit noemt in de body de bevroren versie waarover het college besluit; een andere versie is een 409.',
  'POST /scenarios/{scenarioId}/wijzigingen':
    'Voegt een wijziging achteraan toe: overschrijft niets van een ander, wordt tegen de wijzigingen ervoor getoetst en verhoogt de versie van het scenario.',
  'POST /scenarios/{scenarioId}/opmerkingen':
    'Voegt een opmerking toe: overschrijft niets van een ander en verandert het scenario zelf niet.',
  'POST /gesprekken/{gesprekId}/notities':
    'Voegt een eigen notitie van de medewerker toe: overschrijft niets van een ander en verandert het gesprek zelf niet.',
  'POST /accounts/{accountId}/totp-resets':
    'Zet alleen de tweede factor terug; geen gegeven dat de beheerder las wordt overschreven.',
};

const STANDAARD_VEREIST = new Set(['PATCH', 'PUT', 'DELETE']);

/** The declaration of one route: its own config, else the exception list, else by method. */
export function versieEis(method: string, sleutel: string, config: { versie?: VersieEis } | undefined) {
  if (config?.versie) return config.versie;
  if (ZONDER_VERSIE[sleutel]) return 'geen';
  return STANDAARD_VEREIST.has(method.toUpperCase()) ? 'vereist' : 'geen';
}

/**
 * Enforces If-Match where a route declares it, in one hook: preValidation runs after the policy
 * check (onRequest), so a caller without the role still gets 403 and learns nothing, and before the
 * body is validated or a transaction opened. The parsed version is kept on the request; routes
 * read it with requireIfMatch. Returns the policy keys that require a version, for the OpenAPI
 * document.
 */
export function registerVersie(app: FastifyInstance): ReadonlySet<string> {
  const vereist = new Set<string>();
  const fouten: string[] = [];
  app.decorateRequest('versie', null);
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!isApiRoute(route.url)) return;
    const config = route.config as { versie?: VersieEis } | undefined;
    for (const m of Array.isArray(route.method) ? route.method : [route.method]) {
      if (m === 'HEAD' || m === 'OPTIONS' || m === 'GET') continue;
      const sleutel = policyKey(m, route.url);
      const eis = versieEis(m, sleutel, config);
      if (eis === 'vereist') vereist.add(sleutel);
      // An exception is declared in ZONDER_VERSIE with its reason, never only on the route.
      if (eis === 'geen' && STANDAARD_VEREIST.has(m) && !ZONDER_VERSIE[sleutel]) fouten.push(sleutel);
      if (eis === 'vereist' && ZONDER_VERSIE[sleutel]) fouten.push(sleutel);
    }
  });
  app.addHook('onReady', async () => {
    if (fouten.length > 0) {
      throw new Error(
        `Routes waarvan de versie-eis niet klopt met ZONDER_VERSIE (src/http/versie.plugin.ts): ${fouten.join(', ')}`,
      );
    }
  });
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const url = request.routeOptions.url;
    if (!isApiRoute(url) || request.method === 'GET') return;
    if (!vereist.has(policyKey(request.method, url))) return;
    request.versie = leesIfMatch(request.headers['if-match']);
  });
  return vereist;
}
