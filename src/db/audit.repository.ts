import { type Kysely, sql } from 'kysely';
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
      ]);
    });
  }
  const [rijen, telling] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(limiet).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rijen: rijen.map(toRegel), aantal: Number(telling.n) };
}

/** The kinds of object whose names the audit log shows; ids must be uuids (checked by the caller). */
export type AuditObjectSoort =
  | 'account'
  | 'medewerker'
  | 'team'
  | 'opgave'
  | 'bestuursopdracht'
  | 'ambitie'
  | 'inzetverzoek'
  | 'capaciteitsvraag'
  | 'resultaatdoel'
  | 'programma'
  | 'expertise';

/**
 * The names of every actor and object on a page of the audit log in ONE statement (a union over
 * the kinds present): a person's full name, a thing's title, and for an inzetverzoek its dossier
 * and the medewerker it is about. Objects removed since (or never created) are simply absent.
 */
export async function findAuditNamen(
  db: Kysely<Database>,
  ids: Partial<Record<AuditObjectSoort, readonly string[]>>,
): Promise<{ soort: string; id: string; naam: string; van: string | null }[]> {
  const persoon = (t: 'm') =>
    sql<string>`concat_ws(' ', ${sql.ref(`${t}.voornaam`)}, ${sql.ref(`${t}.tussenvoegsel`)}, ${sql.ref(`${t}.achternaam`)})`;
  const branches = [];
  const heeft = (k: AuditObjectSoort) => (ids[k]?.length ? [...ids[k]!] : null);
  const soort = (k: string) => sql<string>`${k}::text`.as('soort');
  const id = (kol: string) => sql<string>`${sql.ref(kol)}::text`.as('id');
  const geenVan = sql<string | null>`null::text`.as('van');
  const a = heeft('account');
  if (a)
    branches.push(
      db
        .selectFrom('account')
        .select([soort('account'), id('account.id'), sql<string>`naam`.as('naam'), geenVan])
        .where('account.id', 'in', a),
    );
  const m = heeft('medewerker');
  if (m)
    branches.push(
      db
        .selectFrom('medewerker as m')
        .select([soort('medewerker'), id('m.id'), persoon('m').as('naam'), geenVan])
        .where('m.id', 'in', m),
    );
  const eenvoudig = [
    ['team', 'team', 'naam'],
    ['opgave', 'opgave', 'titel'],
    ['bestuursopdracht', 'bestuursopdracht', 'titel'],
    ['ambitie', 'bestuurlijke_ambitie', 'titel'],
    ['resultaatdoel', 'resultaatdoel', 'titel'],
    ['programma', 'programma', 'naam'],
    ['expertise', 'expertise', 'naam'],
  ] as const;
  for (const [k, tabel, kolom] of eenvoudig) {
    const lijst = heeft(k);
    if (!lijst) continue;
    branches.push(
      db
        .selectFrom(tabel)
        .select([
          soort(k),
          id(`${tabel}.id`),
          sql<string>`${sql.ref(`${tabel}.${kolom}`)}`.as('naam'),
          geenVan,
        ])
        .where(`${tabel}.id`, 'in', lijst),
    );
  }
  const dossier = sql<string>`coalesce(o.titel, b.titel, '')`;
  const v = heeft('inzetverzoek');
  if (v)
    branches.push(
      db
        .selectFrom('inzetverzoek as v')
        .innerJoin('capaciteitsvraag as c', 'c.id', 'v.capaciteitsvraag_id')
        .innerJoin('medewerker as m', 'm.id', 'v.medewerker_id')
        .leftJoin('opgave as o', 'o.id', 'c.opgave_id')
        .leftJoin('bestuursopdracht as b', 'b.id', 'c.bestuursopdracht_id')
        .select([soort('inzetverzoek'), id('v.id'), dossier.as('naam'), persoon('m').as('van')])
        .where('v.id', 'in', v),
    );
  const c = heeft('capaciteitsvraag');
  if (c)
    branches.push(
      db
        .selectFrom('capaciteitsvraag as c')
        .leftJoin('opgave as o', 'o.id', 'c.opgave_id')
        .leftJoin('bestuursopdracht as b', 'b.id', 'c.bestuursopdracht_id')
        .select([
          soort('capaciteitsvraag'),
          id('c.id'),
          sql<string>`concat(coalesce(o.titel, b.titel, ''), ', ', c.periode)`.as('naam'),
          geenVan,
        ])
        .where('c.id', 'in', c),
    );
  if (branches.length === 0) return [];
  // biome-ignore lint/suspicious/noExplicitAny: every branch selects the same four text columns
  const [eerste, ...rest] = branches as any[];
  const q = rest.reduce((acc, b) => acc.unionAll(b), eerste);
  return (await q.execute()) as { soort: string; id: string; naam: string; van: string | null }[];
}
