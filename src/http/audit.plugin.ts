import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AuditInhoud } from '../access/audit-keten';
import { policyKey } from '../access/policy';
import { appendAudit } from '../db/audit.repository';
import type { Database } from '../db/schema';
import { isApiRoute } from './auth.plugin';
import { interneFout } from './problem';
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

/**
 * A bulk read of personal data (a route marked `leestPersoonsgegevens: 'bulk'`) reports how many
 * people its answer names; the audit record holds that count with the route and the filter.
 */
export function auditAantalPersonen(request: FastifyRequest, aantalPersonen: number): void {
  request.auditDetails = { ...request.auditDetails, aantalPersonen };
}

/** Distinct people in a list of rows that name them by id: what a grid or list reveals. */
export function telPersonen<T>(rijen: Iterable<T>, id: (rij: T) => string | null | undefined): number {
  const ids = new Set<string>();
  for (const rij of rijen) {
    const waarde = id(rij);
    if (waarde) ids.add(waarde);
  }
  return ids.size;
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
 * password or a token: only the route, the object's id and the status. A bulk read of personal data
 * adds what was asked (the query) and how many people the answer named.
 *
 * An answer leaves only with its record: should the record fail to store, the change (if any) is
 * rolled back, the cause is logged here, and the answer becomes the generic 500 problem, never a
 * database message or code. The record's texts are made safe by `appendAudit` itself, so what a
 * request holds (a NUL in a path, a header) cannot be such a cause.
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
    const leestSoort = request.regel?.leestPersoonsgegevens;
    const leest = Boolean(leestSoort) && status < 300;
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
      userAgent: request.headers['user-agent'] ?? null,
      requestId: request.id,
      details: {
        ...(leest && leestSoort === 'bulk'
          ? {
              filter: { ...((request.query as Record<string, unknown> | undefined) ?? {}) },
              aantalPersonen: null,
            }
          : {}),
        ...request.auditDetails,
        status,
      },
    };
    try {
      // A write with its own transaction: the record commits with the change, or neither does. An
      // error answer rolls the change back and is recorded below, outside the transaction.
      if (await sluitTransactie(request, db, status < 400, (trx) => appendAudit(trx, inhoud))) return payload;
      await appendAudit(db, inhoud);
      return payload;
    } catch (error) {
      return auditMislukt(request, reply, db, inhoud, error);
    }
  });
}

/**
 * The record could not be stored (with the change, or on its own). A change in the request's
 * transaction was rolled back with it, so the attempt is recorded once more on its own as failed,
 * and the answer becomes the generic 500: the original
 * answer (say, a list of people) must not leave unrecorded, and the cause stays in the server log.
 */
async function auditMislukt(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Kysely<Database>,
  inhoud: AuditInhoud,
  error: unknown,
): Promise<string> {
  request.log.error({ err: error }, 'auditregel kon niet worden vastgelegd');
  try {
    await appendAudit(db, {
      ...inhoud,
      resultaat: 'mislukt',
      details: { status: 500, oorspronkelijkeStatus: reply.statusCode, auditFout: true },
    });
  } catch (opnieuw) {
    request.log.error({ err: opnieuw }, 'auditregel van de mislukte poging kon ook niet worden vastgelegd');
  }
  for (const kop of ['content-disposition', 'content-length', 'location', 'etag', 'last-modified'])
    reply.removeHeader(kop);
  reply.code(500).type('application/problem+json; charset=utf-8');
  return JSON.stringify(interneFout(request));
}
