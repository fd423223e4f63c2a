import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

/** The onderbouwd voorstel's frozen snapshots (0015): append-only, insert and read only. */

/**
 * The next volgnummer of a year. The advisory lock (per year, for the rest of the transaction)
 * keeps two voorstellen made at once from taking the same number; the unique constraint backs it.
 */
export async function volgendVolgnummer(trx: Kysely<Database>, jaar: number): Promise<number> {
  await sql`select pg_advisory_xact_lock(7315, ${jaar}::int)`.execute(trx);
  const r = await trx
    .selectFrom('voorstel')
    .select(sql<number>`coalesce(max(volgnummer), 0)::int`.as('hoogste'))
    .where('jaar', '=', jaar)
    .executeTakeFirstOrThrow();
  return Number(r.hoogste) + 1;
}

export async function insertVoorstel(
  trx: Kysely<Database>,
  r: {
    scenario_id: string;
    documentnummer: string;
    jaar: number;
    volgnummer: number;
    gegenereerd_op: string;
    snapshot: unknown;
    sha256: string;
    aangemaakt_door: string | null;
    aangemaakt_door_naam: string;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('voorstel')
    .values({ ...r, snapshot: JSON.stringify(r.snapshot) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const KOLOMMEN = [
  'v.id',
  'v.scenario_id',
  'v.documentnummer',
  'v.gegenereerd_op',
  'v.sha256',
  'v.aangemaakt_door_naam',
  's.status as scenario_status',
] as const;

export async function findVoorstel(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('voorstel as v')
    .innerJoin('scenario as s', 's.id', 'v.scenario_id')
    .select(KOLOMMEN)
    .where('v.id', '=', id)
    .executeTakeFirst();
}

export type VoorstelRij = NonNullable<Awaited<ReturnType<typeof findVoorstel>>>;

/** Newest first; the volgnummer orders two made in the same instant. */
export async function findVoorstellen(db: Kysely<Database>, scenarioId: string): Promise<VoorstelRij[]> {
  return db
    .selectFrom('voorstel as v')
    .innerJoin('scenario as s', 's.id', 'v.scenario_id')
    .select(KOLOMMEN)
    .where('v.scenario_id', '=', scenarioId)
    .orderBy('v.gegenereerd_op', 'desc')
    .orderBy('v.jaar', 'desc')
    .orderBy('v.volgnummer', 'desc')
    .execute();
}

/** The stored snapshot, exactly as it was frozen. */
export async function findSnapshot(db: Kysely<Database>, id: string): Promise<unknown> {
  const r = await db.selectFrom('voorstel').select('snapshot').where('id', '=', id).executeTakeFirst();
  return r?.snapshot;
}
