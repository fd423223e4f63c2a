import { type Kysely, sql } from 'kysely';
import { type AuditInhoud, auditHash, BEGIN_HASH, type OpgeslagenAuditRegel } from '../access/audit-keten';
import type { AuditLogRow, Database } from './schema';
import { inTransactie } from './transactie';

/**
 * Appends one record to the hash chain. The advisory lock serialises writers across processes, so
 * every record links to the one truly before it.
 */
export async function appendAudit(db: Kysely<Database>, inhoud: AuditInhoud): Promise<void> {
  await inTransactie(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(7302)`.execute(trx);
    const laatste = await trx
      .selectFrom('audit_log')
      .select('hash')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const vorigeHash = laatste?.hash ?? BEGIN_HASH;
    await trx
      .insertInto('audit_log')
      .values({
        tijdstempel: inhoud.tijdstempel,
        actor_account_id: inhoud.actorAccountId,
        actor: inhoud.actor,
        actie: inhoud.actie,
        object_type: inhoud.objectType,
        object_id: inhoud.objectId,
        resultaat: inhoud.resultaat,
        ip: inhoud.ip,
        user_agent: inhoud.userAgent,
        request_id: inhoud.requestId,
        details: JSON.stringify(inhoud.details),
        vorige_hash: vorigeHash,
        hash: auditHash(vorigeHash, inhoud),
      })
      .execute();
  });
}

export function toRegel(r: AuditLogRow): OpgeslagenAuditRegel {
  return {
    id: Number(r.id),
    tijdstempel: new Date(r.tijdstempel),
    actorAccountId: r.actor_account_id,
    actor: r.actor,
    actie: r.actie,
    objectType: r.object_type,
    objectId: r.object_id,
    resultaat: r.resultaat,
    ip: r.ip,
    userAgent: r.user_agent,
    requestId: r.request_id,
    details: r.details,
    vorigeHash: r.vorige_hash,
    hash: r.hash,
  };
}

/** The whole chain in id order, a batch at a time, so verification runs in constant memory. */
export async function* streamAudit(db: Kysely<Database>, batch = 5000): AsyncGenerator<OpgeslagenAuditRegel> {
  let vanaf = 0;
  for (;;) {
    const rijen = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', vanaf)
      .orderBy('id')
      .limit(batch)
      .execute();
    for (const r of rijen) yield toRegel(r);
    if (rijen.length < batch) return;
    vanaf = Number(rijen.at(-1)!.id);
  }
}

export interface AuditFilter {
  van?: Date;
  tot?: Date;
  actorAccountId?: string;
  actie?: string;
  objectType?: string;
  objectId?: string;
  resultaat?: 'gelukt' | 'geweigerd' | 'mislukt';
}

export async function findAudit(
  db: Kysely<Database>,
  f: AuditFilter,
  limiet: number,
  offset: number,
): Promise<{ rijen: OpgeslagenAuditRegel[]; aantal: number }> {
  let q = db.selectFrom('audit_log');
  if (f.van) q = q.where('tijdstempel', '>=', f.van);
  if (f.tot) q = q.where('tijdstempel', '<', f.tot);
  if (f.actorAccountId) q = q.where('actor_account_id', '=', f.actorAccountId);
  if (f.actie) q = q.where('actie', 'ilike', `%${f.actie}%`);
  if (f.objectType) q = q.where('object_type', '=', f.objectType);
  if (f.objectId) q = q.where('object_id', '=', f.objectId);
  if (f.resultaat) q = q.where('resultaat', '=', f.resultaat);
  const [rijen, telling] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(limiet).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rijen: rijen.map(toRegel), aantal: Number(telling.n) };
}
