import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { OidcClient } from '../../access/oidc-client';
import { OIDC_CALLBACK_PAD, type OidcInstellingen } from '../../access/oidc-instellingen';
import { appendAudit } from '../../db/audit.repository';
import type { Database } from '../../db/schema';
import type { SessieInstellingen } from '../../services/auth.service';
import { type OidcUitkomst, rondOidcLoginAf, startOidcLogin } from '../../services/oidc.service';
import { setSessieCookie } from '../auth.plugin';
import { sendProblem } from '../problem';

export const OIDC_START_PAD = '/auth/oidc/start';

/**
 * Login through the municipality's identity provider (OpenID Connect, authorization code with PKCE).
 * Browser navigations, not JSON API calls: they live outside /api/v1 and the OpenAPI document and
 * answer with redirects. A bad answer from the provider never gives an error page, but a redirect to
 * the login page with `?fout=` (onbekend-account, geweigerd, verlopen, fout).
 */
export async function oidcRoutes(
  app: FastifyInstance,
  options: { db: Kysely<Database>; oidc: OidcInstellingen | null; sessie: SessieInstellingen },
) {
  const { db, sessie } = options;
  const oidc = options.oidc ? new OidcClient(options.oidc) : null;

  const nietIngesteld = (request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(reply, request, {
      type: 'urn:wendbaar:probleem:niet-gevonden',
      title: 'Niet gevonden',
      status: 404,
      detail: 'Inloggen via de identity provider van de gemeente is op deze server niet ingesteld.',
    });

  /** The configured address, or this server's own: it must be the same at the start and the callback. */
  const redirectUri = (request: FastifyRequest, instellingen: OidcInstellingen) =>
    instellingen.redirectUrl ?? `${request.protocol}://${request.host}${OIDC_CALLBACK_PAD}`;

  // A redirect to the provider is a navigation, not a form post, so CSP form-action 'self' allows it.
  app.get(OIDC_START_PAD, { schema: { hide: true } }, async (request, reply) => {
    if (!oidc) return nietIngesteld(request, reply);
    reply.header('Cache-Control', 'no-store');
    try {
      const url = await startOidcLogin(db, oidc, {
        redirectUri: redirectUri(request, oidc.instellingen),
        terug: (request.query as Record<string, unknown>).terug,
      });
      return reply.redirect(url.href, 302);
    } catch (error) {
      request.log.error({ err: error }, 'OIDC: inloggen starten mislukt');
      return reply.redirect('/inloggen?fout=fout', 302);
    }
  });

  app.get(OIDC_CALLBACK_PAD, { schema: { hide: true } }, async (request, reply) => {
    if (!oidc) return nietIngesteld(request, reply);
    reply.header('Cache-Control', 'no-store');
    const vraagteken = request.url.indexOf('?');
    let uitkomst: OidcUitkomst;
    try {
      uitkomst = await rondOidcLoginAf(db, oidc, {
        redirectUri: redirectUri(request, oidc.instellingen),
        zoek: vraagteken === -1 ? '' : request.url.slice(vraagteken + 1),
        herkomst: { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null },
        sessie,
      });
    } catch (error) {
      request.log.error({ err: error }, 'OIDC: inloggen afronden mislukt');
      uitkomst = {
        ok: false,
        fout: 'fout',
        resultaat: 'mislukt',
        accountId: null,
        reden: 'Interne fout',
        subject: null,
        eMail: null,
      };
    }
    try {
      await audit(db, request, uitkomst);
    } catch (error) {
      // No login without its audit record.
      request.log.error({ err: error }, 'OIDC: auditregel schrijven mislukt');
      return reply.redirect('/inloggen?fout=fout', 302);
    }
    if (!uitkomst.ok) {
      request.log.info({ fout: uitkomst.fout, reden: uitkomst.reden }, 'OIDC: inloggen niet gelukt');
      return reply.redirect(`/inloggen?fout=${uitkomst.fout}`, 302);
    }
    setSessieCookie(request, reply, uitkomst.sessie.token, sessie.maxUren);
    return reply.redirect(uitkomst.terug, 302);
  });
}

/**
 * BIO2 8.15.01: every login attempt through the provider, with its result. These routes are outside
 * /api/v1, where the audit plugin works, so they write their own record. Never the code, a token or
 * the state: only who, the result, the reason and the provider's subject.
 */
async function audit(db: Kysely<Database>, request: FastifyRequest, uitkomst: OidcUitkomst) {
  await appendAudit(db, {
    tijdstempel: new Date(),
    actorAccountId: uitkomst.ok ? uitkomst.accountId : null,
    actor: uitkomst.ok ? `account:${uitkomst.accountId}` : 'anoniem',
    actie: `GET ${OIDC_CALLBACK_PAD}`,
    objectType: 'account',
    objectId: uitkomst.accountId,
    resultaat: uitkomst.ok ? 'gelukt' : uitkomst.resultaat,
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
    requestId: request.id,
    details: uitkomst.ok
      ? { status: 302, methode: 'oidc', koppeling: uitkomst.koppeling, idpSubject: uitkomst.subject }
      : {
          status: 302,
          methode: 'oidc',
          fout: uitkomst.fout,
          reden: uitkomst.reden,
          // The provider's pseudonymous subject only: the audit log can never be rewritten, so it
          // holds no names or e-mail addresses that anonymisation would have to remove.
          ...(uitkomst.subject ? { idpSubject: uitkomst.subject } : {}),
        },
  });
}
