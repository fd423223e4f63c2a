import { type Kysely, sql, type Updateable } from 'kysely';
import type { RaadsbriefStatus } from '../domain/raadsbrief';
import type { Database, RaadsbriefTable } from './schema';

/**
 * The raadsbrief (0025): letters, their frozen snapshots and the documents of a sent letter.
 * Snapshots and documents are append-only (the database refuses anything else); a letter changes
 * under its versie and its status, and the database refuses any change once it is sent.
 */

/** The next volgnummer of a year, under an advisory lock per year (the unique constraint backs it). */
export async function volgendVolgnummer(trx: Kysely<Database>, jaar: number): Promise<number> {
  await sql`select pg_advisory_xact_lock(7325, ${jaar}::int)`.execute(trx);
  const r = await trx
    .selectFrom('raadsbrief')
    .select(sql<number>`coalesce(max(volgnummer), 0)::int`.as('hoogste'))
    .where('jaar', '=', jaar)
    .executeTakeFirstOrThrow();
  return Number(r.hoogste) + 1;
}

export async function insertRaadsbrief(
  trx: Kysely<Database>,
  r: {
    documentnummer: string;
    jaar: number;
    volgnummer: number;
    onderwerp: string;
    aanleiding?: string;
    kernboodschap?: string;
    toelichting?: string;
    vervolg?: string;
    bijlagen?: string;
    portefeuillehouder?: string;
    datum?: string | null;
    aangemaakt_door: string | null;
    aangemaakt_door_naam: string;
  },
): Promise<string> {
  const { id } = await trx.insertInto('raadsbrief').values(r).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Letters with their current snapshot's citation (no snapshot contents: those are read one at a time). */
export function findRaadsbrieven(db: Kysely<Database>, filter: { id?: string; status?: RaadsbriefStatus[] }) {
  let q = db
    .selectFrom('raadsbrief as r')
    .leftJoin('raadsbrief_momentopname as m', 'm.id', 'r.momentopname_id')
    .selectAll('r')
    .select([
      'm.volgnummer as momentopname_volgnummer',
      'm.genomen_op as momentopname_genomen_op',
      'm.sha256 as momentopname_sha256',
      'm.genomen_door_naam as momentopname_genomen_door',
    ])
    .orderBy('r.jaar', 'desc')
    .orderBy('r.volgnummer', 'desc');
  if (filter.id) q = q.where('r.id', '=', filter.id);
  if (filter.status) q = q.where('r.status', 'in', filter.status);
  return q.execute();
}

export type RaadsbriefRij = Awaited<ReturnType<typeof findRaadsbrieven>>[number];

/** The letter row locked for the rest of the transaction (a snapshot or a step waits for another). */
export function lockRaadsbrief(trx: Kysely<Database>, id: string) {
  return trx
    .selectFrom('raadsbrief')
    .select(['id', 'status', 'versie'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * Changes a letter while it still has this versie and status, raising the versie in SQL; false when
 * someone else was first.
 */
export async function updateRaadsbrief(
  db: Kysely<Database>,
  id: string,
  van: { versie: number; status: RaadsbriefStatus },
  w: Omit<
    Updateable<RaadsbriefTable>,
    'id' | 'versie' | 'gewijzigd_op' | 'documentnummer' | 'jaar' | 'volgnummer'
  >,
): Promise<boolean> {
  const r = await db
    .updateTable('raadsbrief')
    .set({ ...w, versie: sql<number>`versie + 1`, gewijzigd_op: new Date() })
    .where('id', '=', id)
    .where('versie', '=', van.versie)
    .where('status', '=', van.status)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function volgendMomentopnameVolgnummer(
  trx: Kysely<Database>,
  raadsbriefId: string,
): Promise<number> {
  const r = await trx
    .selectFrom('raadsbrief_momentopname')
    .select(sql<number>`coalesce(max(volgnummer), 0)::int`.as('hoogste'))
    .where('raadsbrief_id', '=', raadsbriefId)
    .executeTakeFirstOrThrow();
  return Number(r.hoogste) + 1;
}

export async function insertMomentopname(
  trx: Kysely<Database>,
  r: {
    raadsbrief_id: string;
    volgnummer: number;
    genomen_op: string;
    inhoud: unknown;
    sha256: string;
    genomen_door_naam: string;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('raadsbrief_momentopname')
    .values({ ...r, inhoud: JSON.stringify(r.inhoud) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The stored snapshot, exactly as it was frozen. */
export function findMomentopname(db: Kysely<Database>, id: string) {
  return db.selectFrom('raadsbrief_momentopname').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDocument(
  trx: Kysely<Database>,
  r: { raadsbrief_id: string; formaat: 'docx' | 'pdf'; inhoud: Buffer; sha256: string },
): Promise<void> {
  await trx.insertInto('raadsbrief_document').values(r).execute();
}

export function findDocument(db: Kysely<Database>, raadsbriefId: string, formaat: 'docx' | 'pdf') {
  return db
    .selectFrom('raadsbrief_document')
    .select(['inhoud', 'sha256'])
    .where('raadsbrief_id', '=', raadsbriefId)
    .where('formaat', '=', formaat)
    .executeTakeFirst();
}

/** The hashes of the stored documents per letter (no bytes). */
export function findDocumentHashes(db: Kysely<Database>, raadsbriefIds: string[]) {
  if (raadsbriefIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('raadsbrief_document')
    .select(['raadsbrief_id', 'formaat', 'sha256'])
    .where('raadsbrief_id', 'in', raadsbriefIds)
    .execute();
}
