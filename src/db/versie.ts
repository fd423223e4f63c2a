import { type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { Database } from './schema';

/** Tables whose rows carry an optimistic-concurrency `versie` (the ETag) and an `id`. */
export type VersieTabel = {
  [T in keyof Database]: Database[T] extends { id: unknown; versie: unknown } ? T : never;
}[keyof Database];

/** Their tables that also record when a row last changed. */
type MetGewijzigdOp = {
  [T in keyof Database]: Database[T] extends { gewijzigd_op: unknown } ? T : never;
}[keyof Database];

/**
 * The optimistic-concurrency update, written once: sets `wijziging`, raises `versie` by one and
 * stamps `gewijzigd_op` (where the table has it), but only while the row still has the `versie`
 * the caller read. Answers the changed row, or undefined when somebody else was first (or the row
 * is gone): the caller turns that into a 412 or 404 with what to do next.
 */
export async function updateMetVersie<T extends VersieTabel>(
  db: Kysely<Database>,
  tabel: T,
  id: string,
  versie: number,
  wijziging: Omit<Updateable<Database[T]>, 'versie' | 'id'>,
): Promise<Selectable<Database[T]> | undefined> {
  // Kysely cannot type a table chosen at run time; the signature above keeps callers exact.
  const q = db as unknown as Kysely<Record<string, { id: string; versie: number; gewijzigd_op: Date }>>;
  const stempel = (GEWIJZIGD_OP as readonly string[]).includes(tabel) ? { gewijzigd_op: new Date() } : {};
  const rij = await q
    .updateTable(tabel as string)
    .set({ ...(wijziging as object), ...stempel, versie: sql<number>`versie + 1` })
    .where('id', '=', id)
    .where('versie', '=', versie)
    .returningAll()
    .executeTakeFirst();
  return rij as Selectable<Database[T]> | undefined;
}

const GEWIJZIGD_OP = [
  'team',
  'medewerker',
  'expertise',
  'medewerker_expertise',
  'account',
  'instelling',
  'afwezigheid',
  'resultaatdoel',
  'programma',
  'opgave',
  'bestuurlijke_ambitie',
  'bestuursopdracht',
  'formatieplaats',
  'plaatsing',
  'salaristabel',
  'werkgeverslasten',
  'loonsombudget',
  'scenario',
] as const satisfies readonly MetGewijzigdOp[];
