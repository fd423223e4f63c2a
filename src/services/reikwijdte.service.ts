import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { assertMagMedewerker, type MedewerkerDoel, type MedewerkerToets } from '../access/medewerker';
import { findMedewerker } from '../db/medewerker.repository';
import type { Database } from '../db/schema';
import { vandaag } from '../domain/datum';
import { NotFoundError } from '../domain/probleem';

/** Whom a check about a medewerker is about: the person and their team today. */
export async function doelVan(db: Kysely<Database>, medewerkerId: string): Promise<MedewerkerDoel> {
  const m = await findMedewerker(db, medewerkerId, vandaag());
  if (!m) throw new NotFoundError('Medewerker', medewerkerId);
  return { medewerkerId, teamId: m.team_id };
}

/** Refuses (403, audited) a request about a medewerker outside the caller's reach. */
export async function assertReikwijdte(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  toets: MedewerkerToets,
  wat: string,
): Promise<void> {
  assertMagMedewerker(g, await doelVan(db, medewerkerId), toets, wat);
}
