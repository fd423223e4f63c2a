import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import {
  type AuditInhoud,
  type AuditKop,
  type AuditSleutel,
  auditHash,
  auditHmac,
  BEGIN_HASH,
  type OpgeslagenAuditRegel,
  veiligeAuditInhoud,
} from '../access/audit-keten';
import type { AuditLogRow, Database } from './schema';
import { inTransactie } from './transactie';

/**
 * The key this process writes audit records with: set once at start from the configuration
 * (`WENDBAAR_AUDIT_SLEUTEL`, or the PGlite key file; src/cli/audit-anker.ts). Process-wide because
 * every writer (the request plugin, the login routes, the CLI) appends through `appendAudit`, and
 * none of them should handle the secret. Without a key records are plain sha256, as before 0011.
 */
let actieveSleutel: AuditSleutel | null = null;

export function gebruikAuditSleutel(sleutel: AuditSleutel | null): void {
  actieveSleutel = sleutel;
}

export function huidigeAuditSleutel(): AuditSleutel | null {
  return actieveSleutel;
}

/**
 * Appends one record to the hash chain. The advisory lock serialises writers across processes, so
 * every record links to the one truly before it. Its texts are made safe first (an attacker chooses
 * the path and the headers): a record must never fail to store for what a request held.
 */
export async function appendAudit(db: Kysely<Database>, ruw: AuditInhoud): Promise<void> {
  const inhoud = veiligeAuditInhoud(ruw);
  await inTransactie(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(7302)`.execute(trx);
    const laatste = await trx
      .selectFrom('audit_log')
      .select('hash')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const vorigeHash = laatste?.hash ?? BEGIN_HASH;
    const sleutel = actieveSleutel;
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
        hash: sleutel ? auditHmac(sleutel.geheim, vorigeHash, inhoud) : auditHash(vorigeHash, inhoud),
        sleutel_id: sleutel?.id ?? null,
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
    sleutelId: r.sleutel_id,
  };
}

/**
 * The head of the chain for an anchor: newest id and hash, the count, and the first keyed record,
 * in one statement so they are one snapshot (writers commit in id order under the advisory lock).
 */
export async function leesKop(db: Kysely<Database>): Promise<AuditKop> {
  const r = await db
    .selectFrom('audit_log')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max<number | null>('id').as('laatste'),
      eb.fn.min<number | null>('id').filterWhere('sleutel_id', 'is not', null).as('gesleuteld'),
      eb.selectFrom('audit_log as a').select('a.hash').orderBy('a.id', 'desc').limit(1).as('hash'),
    ])
    .executeTakeFirstOrThrow();
  return {
    laatsteId: r.laatste === null ? null : Number(r.laatste),
    hash: r.hash ?? BEGIN_HASH,
    aantal: Number(r.n),
    gesleuteldVanaf: r.gesleuteld === null ? null : Number(r.gesleuteld),
  };
}

/** The hash of one record (null when it is not there) and how many records go up to it. */
export async function leesStandBij(
  db: Kysely<Database>,
  id: number,
): Promise<{ hashOpAnker: string | null; aantalTotAnker: number }> {
  const r = await db
    .selectFrom('audit_log')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.selectFrom('audit_log as a').select('a.hash').where('a.id', '=', id).as('hash'),
    ])
    .where('id', '<=', id)
    .executeTakeFirstOrThrow();
  return { hashOpAnker: r.hash ?? null, aantalTotAnker: Number(r.n) };
}

/** The key of the newest keyed record (null: none is keyed): a process without it must not append. */
export async function laatsteSleutelId(db: Kysely<Database>): Promise<string | null> {
  const r = await db
    .selectFrom('audit_log')
    .select('sleutel_id')
    .where('sleutel_id', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.sleutel_id ?? null;
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
  /**
   * A person as actor or as subject: an account or a medewerker id. Matches what they did (as
   * that account, or any account of that medewerker), what was done to their record or account,
   * and the inzetverzoeken about them.
   */
  persoonId?: string;
}

/**
 * Records about one person's own objects of issues 13 and 14: a gesprek and an afspraak in it (the
 * afspraak recorded as `actie` on a /gesprekken route), a plaatsing, an ontwikkelplan and its doelen
 * and activiteiten. `persoon` is a medewerker id, or an account whose medewerker is looked up.
 */
function overPersoon(
  eb: ExpressionBuilder<Database, 'audit_log'>,
  persoon: string,
  medewerkerVanAccount: SelectQueryBuilder<Database, 'account', { medewerker_id: string | null }>,
) {
  const van = (kolom: string) =>
    eb.or([eb(sql.ref(kolom), '=', persoon), eb(sql.ref(kolom), 'in', medewerkerVanAccount)]);
  const ids = <T extends 'gesprek' | 'plaatsing' | 'ontwikkelplan'>(tabel: T) =>
    eb
      .selectFrom(tabel as 'gesprek')
      .select(sql<string>`id::text`.as('id'))
      .where(() => van(`${tabel}.medewerker_id`));
  const plannen = eb
    .selectFrom('ontwikkelplan')
    .select('ontwikkelplan.id')
    .where(() => van('ontwikkelplan.medewerker_id'));
  const gesprekken = eb
    .selectFrom('gesprek')
    .select('gesprek.id')
    .where(() => van('gesprek.medewerker_id'));
  const binnen = (tabel: 'ontwikkeldoel' | 'ontwikkelactiviteit') =>
    eb
      .selectFrom(tabel as 'ontwikkeldoel')
      .select(sql<string>`id::text`.as('id'))
      .where('plan_id', 'in', plannen);
  const afspraken = eb
    .selectFrom('gesprek_actie')
    .select(sql<string>`id::text`.as('id'))
    .where('gesprek_id', 'in', gesprekken);
  return [
    eb.and([eb('object_type', '=', 'gesprek'), eb('object_id', 'in', ids('gesprek'))]),
    eb.and([
      eb('object_type', '=', 'actie'),
      eb('actie', 'like', '% /gesprekken/%'),
      eb('object_id', 'in', afspraken),
    ]),
    eb.and([eb('object_type', '=', 'plaatsing'), eb('object_id', 'in', ids('plaatsing'))]),
    eb.and([eb('object_type', '=', 'ontwikkelplan'), eb('object_id', 'in', ids('ontwikkelplan'))]),
    eb.and([eb('object_type', '=', 'ontwikkeldoel'), eb('object_id', 'in', binnen('ontwikkeldoel'))]),
    eb.and([
      eb('object_type', '=', 'ontwikkelactiviteit'),
      eb('object_id', 'in', binnen('ontwikkelactiviteit')),
    ]),
  ];
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
  const persoon = f.persoonId;
  if (persoon) {
    q = q.where((eb) => {
      // The person as an account and as a medewerker, whichever id was given.
      const accounts = eb
        .selectFrom('account')
        .select(sql<string>`id::text`.as('id'))
        .where((w) => w.or([w('id', '=', persoon), w('medewerker_id', '=', persoon)]));
      const medewerkerVanAccount = eb
        .selectFrom('account')
        .select('medewerker_id')
        .where('id', '=', persoon)
        .where('medewerker_id', 'is not', null);
      const medewerkers = eb
        .selectFrom('account')
        .select(sql<string>`medewerker_id::text`.as('id'))
        .where('id', '=', persoon)
        .where('medewerker_id', 'is not', null);
      const verzoeken = eb
        .selectFrom('inzetverzoek')
        .select(sql<string>`id::text`.as('id'))
        .where((w) =>
          w.or([w('medewerker_id', '=', persoon), w('medewerker_id', 'in', medewerkerVanAccount)]),
        );
      return eb.or([
        eb(sql<string>`actor_account_id::text`, '=', persoon),
        eb(sql<string>`actor_account_id::text`, 'in', accounts),
        eb.and([
          eb('object_type', '=', 'account'),
          eb.or([eb('object_id', '=', persoon), eb('object_id', 'in', accounts)]),
        ]),
        eb.and([
          eb('object_type', '=', 'medewerker'),
          eb.or([eb('object_id', '=', persoon), eb('object_id', 'in', medewerkers)]),
        ]),
        eb.and([eb('object_type', '=', 'inzetverzoek'), eb('object_id', 'in', verzoeken)]),
        // Since issue 13/14: the person's gesprekken (and their afspraken), plaatsingen and plans.
        ...overPersoon(eb, persoon, medewerkerVanAccount),
      ]);
    });
  }
  const [rijen, telling] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(limiet).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rijen: rijen.map(toRegel), aantal: Number(telling.n) };
}
