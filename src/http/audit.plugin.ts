import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AuditInhoud } from '../access/audit-keten';
import { policyKey } from '../access/policy';
import { appendAudit } from '../db/audit.repository';
import type { Database } from '../db/schema';
import { isApiRoute } from './auth.plugin';
import { sluitTransactie } from './transactie.plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by a route when the object of the action is not in its path (a login, a create). */
    auditObject?: { type: string; id: string | null };
    /**
     * Set by a route to add what the record must hold beyond the status, such as the reason for a
     * change with retroactive effect. Never personal data beyond what the change itself is about.
     */
    auditDetails?: Record<string, unknown>;
  }
}

/**
 * A change with retroactive effect is recorded with the reason given and the first day whose figures
 * changed (src/domain/terugwerkend.ts).
 */
export function auditTerugwerkend(
  request: FastifyRequest,
  terugwerkend: { reden: string | null; vanaf: string } | null,
): void {
  if (!terugwerkend) return;
  request.auditDetails = {
    ...request.auditDetails,
    terugwerkendVanaf: terugwerkend.vanaf,
    ...(terugwerkend.reden ? { reden: terugwerkend.reden } : {}),
  };
}

/** Collection names in a Location header, in the singular the path parameters use. */
const ENKELVOUD: Record<string, string> = {
  medewerkers: 'medewerker',
  teams: 'team',
  expertises: 'expertise',
  accounts: 'account',
  leidinggevenden: 'leiderschap',
  teamlidmaatschappen: 'teamlidmaatschap',
  contracturen: 'medewerker',
};

/** `medewerkerId` → `medewerker`: the object of a route is its last path parameter. */
function objectUitPad(
  request: FastifyRequest,
  reply: FastifyReply,
): { type: string; id: string | null } | null {
  if (request.auditObject) return request.auditObject;
  const params = (request.params ?? {}) as Record<string, string>;
  const namen = Object.keys(params).filter((k) => k.endsWith('Id'));
  const laatste = namen.at(-1);
  if (laatste) return { type: laatste.slice(0, -2), id: params[laatste] ?? null };
  const location = reply.getHeader('location');
  if (typeof location === 'string') {
    const delen = location.split('/');
    const meervoud = delen.at(-2) ?? 'onbekend';
    return { type: ENKELVOUD[meervoud] ?? meervoud, id: delen.at(-1) ?? null };
  }
  return null;
}

/**
 * BIO2 8.15.01: every write, every read of personal detail and every refused attempt is recorded
 * before the answer leaves, with who, what, the result and where it came from. Never a body, a
 * password or a token: only the route, the object's id and the status.
 */
export function registerAudit(app: FastifyInstance, db: Kysely<Database>): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const url = request.routeOptions.url;
    if (!url?.startsWith('/api/v1/') || !isApiRoute(url)) return payload;
    const status = reply.statusCode;
    const schrijft = request.method !== 'GET' && request.method !== 'HEAD';
    // The web app asks on every page whether anyone is logged in; that question is no attempt.
    const sessieVraag = request.method === 'GET' && url === '/api/v1/sessies/huidig' && status === 401;
    const geweigerd = !sessieVraag && (status === 401 || status === 403 || status === 429);
    const leest = request.regel?.leestPersoonsgegevens === true && status < 300;
    if ((!schrijft && !geweigerd && !leest) || sessieVraag) return payload;
    const g = request.gebruiker;
    const object = objectUitPad(request, reply);
    const inhoud: AuditInhoud = {
      tijdstempel: new Date(),
      actorAccountId: g?.accountId ?? null,
      actor: g ? `account:${g.accountId}` : 'anoniem',
      actie: policyKey(request.method, url),
      objectType: object?.type ?? null,
      objectId: object?.id ?? null,
      resultaat: geweigerd ? 'geweigerd' : status < 400 ? 'gelukt' : 'mislukt',
      ip: request.ip ?? null,
      userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
      requestId: request.id,
      details: { ...request.auditDetails, status },
    };
    // A write with its own transaction: the record commits with the change, or neither does (a
    // failure here becomes a 500, whose record is then written below, outside the rolled-back
    // transaction). An error answer rolls the change back and is recorded below as well.
    if (await sluitTransactie(request, db, status < 400, (trx) => appendAudit(trx, inhoud))) return payload;
    await appendAudit(db, inhoud);
    return payload;
  });
}
