import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { existsRij, findPersoonNamen, type VerwijsbareTabel } from '../db/verwijzing.repository';
import { volledigeNaam } from '../domain/medewerker';
import type { Probleem } from '../domain/probleem';

/**
 * Checks that ids in a request point at something that exists, as field problems, so a request
 * with three wrong references hears about all three at once.
 */
export async function bestaat(
  db: Kysely<Database>,
  tabel: VerwijsbareTabel,
  id: string | null | undefined,
  veld: string,
  melding: string,
): Promise<Probleem[]> {
  if (!id) return [];
  return (await existsRij(db, tabel, id)) ? [] : [{ veld, code: 'bestaat-niet', melding }];
}

export interface PersoonRef {
  medewerkerId: string;
  naam: string;
}

/** Names of medewerkers by id, in one query. */
export async function persoonRefs(
  db: Kysely<Database>,
  ids: (string | null)[],
): Promise<Map<string, PersoonRef>> {
  const uniek = [...new Set(ids.filter((x): x is string => !!x))];
  if (uniek.length === 0) return new Map();
  const rijen = await findPersoonNamen(db, uniek);
  return new Map(rijen.map((r) => [r.id, { medewerkerId: r.id, naam: volledigeNaam(r) }]));
}
