import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { beslis, POLICY, policyKey, type Regel } from '../access/policy';
import { sessieStap } from '../access/sessie-stap';
import type { Database } from '../db/schema';
import { ruimSessiesOp, type SessieInstellingen, vindGebruiker } from '../services/auth.service';
import { sendProblem } from './problem';

declare module 'fastify' {
  interface FastifyRequest {
    gebruiker: Gebruiker | null;
    regel: Regel | null;
  }
}

export const SESSIE_COOKIE = 'wendbaar_sessie';
const ONVEILIG = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isApiRoute(url: string | undefined): url is string {
  return (
    url?.startsWith('/api/v1/') === true && !url.startsWith('/api/v1/docs') && url !== '/api/v1/openapi.json'
  );
}

export function setSessieCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxUren: number,
) {
  reply.setCookie(SESSIE_COOKIE, token, {
    path: '/',
    httpOnly: true,
    // Lax, not Strict: the return from the identity provider is a cross-site navigation.
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: maxUren * 3600,
  });
}

export function clearSessieCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSIE_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

/**
 * Who is calling, and may they? Runs before body parsing and validation, so a caller without the
 * right learns nothing about the route. The policy table decides; a route without an entry stops the
 * server from starting.
 */
export async function registerAuth(
  app: FastifyInstance,
  options: { db: Kysely<Database>; sessie: SessieInstellingen },
): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('gebruiker', null);
  app.decorateRequest('regel', null);

  const zonderRegel: string[] = [];
  app.addHook('onRoute', (route) => {
    if (!isApiRoute(route.url)) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) {
      if (m === 'HEAD' || m === 'OPTIONS') continue;
      const key = policyKey(m, route.url);
      if (!POLICY[key]) zonderRegel.push(key);
    }
  });
  // Ended and expired sessions and old failed attempts are removed at start and every 15 minutes.
  let opruimen: NodeJS.Timeout | undefined;
  const ruimOp = () =>
    ruimSessiesOp(options.db).catch((error: unknown) =>
      app.log.warn({ err: error }, 'opruimen van sessies mislukt'),
    );
  app.addHook('onReady', async () => {
    void ruimOp();
    opruimen = setInterval(ruimOp, 15 * 60_000);
    opruimen.unref();
  });
  app.addHook('onClose', async () => clearInterval(opruimen));
  app.addHook('onReady', async () => {
    if (zonderRegel.length > 0) {
      throw new Error(
        `Routes zonder regel in de policy-tabel (src/access/policy.ts): ${zonderRegel.join(', ')}`,
      );
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSIE_COOKIE];
    if (token) request.gebruiker = await vindGebruiker(options.db, token, new Date(), options.sessie);
    const url = request.routeOptions.url;
    if (!isApiRoute(url)) return;
    const sleutel = policyKey(request.method, url);
    const regel = POLICY[sleutel];
    if (!regel) throw new Error(`Geen regel voor ${request.method} ${url}`);
    request.regel = regel;
    const g = request.gebruiker;
    let besluit: ReturnType<typeof beslis> | 'wachtwoord-wijzigen' = beslis(regel, g);
    // An unfinished session (second factor or own password still owed) may only finish itself.
    if (besluit === 'toegestaan' && g && regel.toegang !== 'publiek') besluit = sessieStap(g, sleutel);
    if (besluit === 'niet-ingelogd') {
      return sendProblem(reply, request, {
        type: 'urn:wendbaar:probleem:niet-ingelogd',
        title: 'Niet ingelogd',
        status: 401,
        detail: token ? 'Uw sessie is verlopen. Log opnieuw in.' : 'Log in om dit te gebruiken.',
      });
    }
    if (besluit === 'totp-nodig') {
      return sendProblem(reply, request, {
        type: 'urn:wendbaar:probleem:totp-nodig',
        title: 'Tweestapsverificatie nodig',
        status: 403,
        detail: g?.totpIngesteld
          ? 'Voer eerst de code uit uw authenticator-app in.'
          : 'Stel eerst tweestapsverificatie in; uw rol vraagt daarom.',
      });
    }
    if (besluit === 'wachtwoord-wijzigen') {
      return sendProblem(reply, request, {
        type: 'urn:wendbaar:probleem:wachtwoord-wijzigen',
        title: 'Kies eerst een eigen wachtwoord',
        status: 403,
        detail: 'U bent ingelogd met een eenmalig wachtwoord. Kies eerst een eigen wachtwoord.',
      });
    }
    if (besluit === 'geen-rol') {
      return sendProblem(reply, request, {
        type: 'urn:wendbaar:probleem:geen-toegang',
        title: 'Geen toegang',
        status: 403,
        detail: 'Uw rol geeft geen toegang tot dit onderdeel.',
      });
    }
    if (g && ONVEILIG.has(request.method)) {
      const origin = request.headers.origin;
      const eigen = `${request.protocol}://${request.host}`;
      const csrf = request.headers['x-csrf-token'];
      if ((origin && origin !== eigen) || csrf !== g.csrfToken) {
        return sendProblem(reply, request, {
          type: 'urn:wendbaar:probleem:csrf',
          title: 'Verzoek niet vertrouwd',
          status: 403,
          detail: 'Het beveiligingstoken (X-CSRF-Token) ontbreekt of klopt niet. Laad de pagina opnieuw.',
        });
      }
    }
  });
}
