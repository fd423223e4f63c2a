import type { Kysely } from 'kysely';
import type { Bewerking } from '../domain/inzet';
import type { Database } from './schema';

/**
 * The reads and writes of booking many inzet rows at once (services/inzet-batch.service.ts): the
 * same facts and statements as one PUT .../inzet/{medewerkerId}, but a handful of statements for the
 * whole batch instead of a handful per row, so a planner (or the demo) can book a team's quarter in
 * one transaction without a round trip per person.
 */

/** A (medewerker, goal) pair: the unit of an inzet reeks and its version. */
export interface Paar {
  medewerkerId: string;
  resultaatdoelId: string;
}

/** Big batches go in slices: a statement has at most 65,535 bind parameters. */
const SNEDE = 1000;
/**
 * A list of (medewerker, goal) tuples in `in (...)` becomes a chain of ORs that the planner walks
 * recursively; a few hundred overflow PGlite's small stack (ERRORDATA_STACK_SIZE, after which its
 * one session is lost), so pairs go in smaller slices.
 */
const PAREN_SNEDE = 100;
function sneden<T>(xs: readonly T[], n = SNEDE): T[][] {
  const uit: T[][] = [];
  for (let i = 0; i < xs.length; i += n) uit.push(xs.slice(i, i + n));
  return uit;
}

export async function findResultaatdoelTeams(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('resultaatdoel').select(['id', 'team_id']).where('id', 'in', ids).execute();
}

/** The medewerkers' employment, locked (in id order, so two batches never wait on each other crosswise). */
export async function lockMedewerkers(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('medewerker')
    .select(['id', 'in_dienst', 'uit_dienst'])
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function findContracturenVan(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('contracturen')
    .select(['medewerker_id', 'ingangsdatum', 'einddatum'])
    .where('medewerker_id', 'in', ids)
    .orderBy('medewerker_id')
    .orderBy('ingangsdatum', 'desc')
    .execute();
}

export async function findLidmaatschappenVan(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('teamlidmaatschap')
    .select(['medewerker_id', 'team_id', 'ingangsdatum', 'einddatum'])
    .where('medewerker_id', 'in', ids)
    .orderBy('medewerker_id')
    .orderBy('ingangsdatum', 'desc')
    .execute();
}

/** The versions of the pairs, made where missing and locked for the rest of the transaction. */
export async function lockReeksVersies(
  db: Kysely<Database>,
  paren: readonly Paar[],
): Promise<Map<string, number>> {
  const versies = new Map<string, number>();
  for (const snede of sneden(paren, PAREN_SNEDE)) {
    await db
      .insertInto('inzet_reeks')
      .values(snede.map((p) => ({ medewerker_id: p.medewerkerId, resultaatdoel_id: p.resultaatdoelId })))
      .onConflict((oc) => oc.columns(['medewerker_id', 'resultaatdoel_id']).doNothing())
      .execute();
    const rijen = await db
      .selectFrom('inzet_reeks')
      .select(['medewerker_id', 'resultaatdoel_id', 'versie'])
      .where((eb) =>
        eb(
          eb.refTuple('medewerker_id', 'resultaatdoel_id'),
          'in',
          snede.map((p) => eb.tuple(p.medewerkerId, p.resultaatdoelId)),
        ),
      )
      .orderBy('medewerker_id')
      .orderBy('resultaatdoel_id')
      .forUpdate()
      .execute();
    for (const r of rijen) versies.set(paarSleutel(r.medewerker_id, r.resultaatdoel_id), r.versie);
  }
  return versies;
}

export function paarSleutel(medewerkerId: string, resultaatdoelId: string): string {
  return `${medewerkerId}:${resultaatdoelId}`;
}

/** Every run of the pairs, per pair in date order. */
export async function findReeksenVan(db: Kysely<Database>, paren: readonly Paar[]) {
  const perPaar = new Map<string, { id: string; van: string; tot: string; uren_per_week: number }[]>();
  for (const snede of sneden(paren, PAREN_SNEDE)) {
    const rijen = await db
      .selectFrom('inzet')
      .select(['id', 'medewerker_id', 'resultaatdoel_id', 'van', 'tot', 'uren_per_week'])
      .where((eb) =>
        eb(
          eb.refTuple('medewerker_id', 'resultaatdoel_id'),
          'in',
          snede.map((p) => eb.tuple(p.medewerkerId, p.resultaatdoelId)),
        ),
      )
      .orderBy('van')
      .execute();
    for (const r of rijen) {
      const sleutel = paarSleutel(r.medewerker_id, r.resultaatdoel_id!);
      const lijst = perPaar.get(sleutel) ?? [];
      lijst.push(r);
      perPaar.set(sleutel, lijst);
    }
  }
  return perPaar;
}

/**
 * The edits of every pair at once: one delete, an update per shortened run, one multi-row insert and
 * one version bump (per slice of a big batch) — what pasBewerkingToe does for one pair.
 */
export async function pasBewerkingenToe(
  db: Kysely<Database>,
  bewerkingen: readonly (Paar & { bewerking: Bewerking })[],
): Promise<void> {
  const verwijder = bewerkingen.flatMap((b) => b.bewerking.verwijder);
  for (const snede of sneden(verwijder)) await db.deleteFrom('inzet').where('id', 'in', snede).execute();
  for (const b of bewerkingen)
    for (const w of b.bewerking.wijzig)
      await db.updateTable('inzet').set({ van: w.van, tot: w.tot }).where('id', '=', w.id).execute();
  const nieuw = bewerkingen.flatMap((b) =>
    b.bewerking.nieuw.map((n) => ({
      medewerker_id: b.medewerkerId,
      soort: 'robuust' as const,
      resultaatdoel_id: b.resultaatdoelId,
      van: n.van,
      tot: n.tot,
      uren_per_week: n.urenPerWeek,
    })),
  );
  for (const snede of sneden(nieuw)) await db.insertInto('inzet').values(snede).execute();
  for (const snede of sneden(bewerkingen, PAREN_SNEDE))
    await db
      .updateTable('inzet_reeks')
      .set((eb) => ({ versie: eb('versie', '+', 1) }))
      .where((eb) =>
        eb(
          eb.refTuple('medewerker_id', 'resultaatdoel_id'),
          'in',
          snede.map((p) => eb.tuple(p.medewerkerId, p.resultaatdoelId)),
        ),
      )
      .execute();
}
