import { type Kysely, sql } from 'kysely';
import {
  findTeamRollup,
  getInstellingen,
  type Instellingen,
  type SomPeriode,
  type TeamRollupRij,
} from './beschikbaarheid.repository';
import type { Database } from './schema';

/** The mark for "every team" (a setting changed, or a table was truncated): migration 0026. */
const ALLE_TEAMS = '00000000-0000-0000-0000-000000000000';

/** What the rollup needs from the settings: read in the same snapshot as the figures. */
export type RollupInstellingen = (i: Instellingen) => { feestdagen: string[]; nietProductiefAandeel: number };

export interface KeptCapaciteit {
  rijen: TeamRollupRij[];
  /** Teams recomputed in this call (marked as changed, or never stored for one of these months). */
  herberekend: number;
}

/**
 * The capacity rollup (`findTeamRollup`, with demand) per team and month, from the kept table
 * `werkdruk_capaciteit` (migration 0026): the rows of the teams marked as changed since they were
 * stored are dropped, and every team missing a month asked is computed again and stored. Only
 * team × month rows, no totals.
 *
 * One repeatable-read transaction: the marks, the stored rows, the settings and the recomputation
 * all see one snapshot, so what is stored is exactly what the rollup gives on that snapshot; a write
 * that commits meanwhile leaves its own mark (inserted by the triggers in its own transaction,
 * invisible to this snapshot and so not deleted here) for the next reader. The table lock is taken
 * before the snapshot: two readers never store at once, and the second sees what the first stored
 * and deleted. Writers never wait for it (they only insert marks).
 *
 * Inside a transaction that is already open (`db.isTransaction`) nothing is kept: the rollup is
 * computed on that transaction, as before.
 */
export async function teamCapaciteitPerMaand(
  db: Kysely<Database>,
  opties: {
    /** Calendar months, as the domain made them (`bereik('maand', …)`). */
    maanden: readonly SomPeriode[];
    teamIds: readonly string[];
    instellingen: RollupInstellingen;
  },
): Promise<KeptCapaciteit> {
  const { maanden, teamIds } = opties;
  if (maanden.length === 0 || teamIds.length === 0) return { rijen: [], herberekend: 0 };
  const rollup = async (trx: Kysely<Database>, ids: readonly string[]) => {
    const i = await getInstellingen(trx);
    const rijen = await findTeamRollup(trx, {
      perioden: maanden,
      metVraag: true,
      ...opties.instellingen(i),
      teamIds: ids,
    });
    return rijen.filter((r) => r.team_id !== null && r.periode !== null);
  };
  if (db.isTransaction) return { rijen: await rollup(db, teamIds), herberekend: teamIds.length };

  const sleutels = maanden.map((m) => m.sleutel);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      // Before the first query, so the snapshot is taken after the previous reader committed.
      await sql`lock table werkdruk_capaciteit in share row exclusive mode`.execute(trx);
      const gemarkeerd = await sql<{ team_id: string }>`
        delete from werkdruk_capaciteit_wijziging returning team_id`.execute(trx);
      const vuil = new Set(gemarkeerd.rows.map((r) => r.team_id));
      if (vuil.has(ALLE_TEAMS)) await sql`delete from werkdruk_capaciteit`.execute(trx);
      else if (vuil.size > 0)
        await sql`delete from werkdruk_capaciteit where team_id = any(${[...vuil]}::uuid[])`.execute(trx);

      const bewaard = await sql<TeamRollupRij>`
        select team_id::text as team_id, maand as periode, beschikbaar, robuust, wendbaar, vraag
          from werkdruk_capaciteit
         where team_id = any(${[...teamIds]}::uuid[]) and maand = any(${sleutels}::text[])`.execute(trx);
      const aantal = new Map<string, number>();
      for (const r of bewaard.rows) aantal.set(r.team_id!, (aantal.get(r.team_id!) ?? 0) + 1);
      const ontbreekt = teamIds.filter((t) => (aantal.get(t) ?? 0) < maanden.length);
      if (ontbreekt.length === 0) return { rijen: bewaard.rows, herberekend: 0 };

      const nieuw = await rollup(trx, ontbreekt);
      const compleet = new Set(ontbreekt);
      // Stored as the rollup gave them (float8 both ways: the same numbers come back).
      await sql`
        insert into werkdruk_capaciteit (team_id, maand, beschikbaar, robuust, wendbaar, vraag)
        select * from unnest(${nieuw.map((r) => r.team_id)}::uuid[], ${nieuw.map((r) => r.periode)}::text[],
                             ${nieuw.map((r) => r.beschikbaar)}::float8[], ${nieuw.map((r) => r.robuust)}::float8[],
                             ${nieuw.map((r) => r.wendbaar)}::float8[], ${nieuw.map((r) => r.vraag)}::float8[])
        on conflict (team_id, maand) do update
          set beschikbaar = excluded.beschikbaar, robuust = excluded.robuust,
              wendbaar = excluded.wendbaar, vraag = excluded.vraag`.execute(trx);
      return {
        rijen: [...bewaard.rows.filter((r) => !compleet.has(r.team_id!)), ...nieuw],
        herberekend: ontbreekt.length,
      };
    });
}

/** Drops every kept figure: the next heatmap computes all of them again (`wendbaar` CLI, tests). */
export async function herbouwWerkdrukCapaciteit(db: Kysely<Database>): Promise<void> {
  await sql`insert into werkdruk_capaciteit_wijziging (team_id) values (${ALLE_TEAMS}::uuid)`.execute(db);
}
