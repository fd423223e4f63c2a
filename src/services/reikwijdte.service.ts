import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { findMedewerker } from '../db/medewerker.repository';
import type { Database } from '../db/schema';
import { vandaag } from '../domain/datum';
import { ForbiddenError, NotFoundError } from '../domain/probleem';

export type Doel = { medewerkerId: string; teamId: string | null };
type Toets = (g: Gebruiker, doel: Doel) => boolean;

/** Whom a check about a medewerker is about: the person and their team today. */
export async function doelVan(db: Kysely<Database>, medewerkerId: string): Promise<Doel> {
  const m = await findMedewerker(db, medewerkerId, vandaag());
  if (!m) throw new NotFoundError('Medewerker', medewerkerId);
  return { medewerkerId, teamId: m.team_id };
}

/** Refuses (403, audited) a request about a medewerker outside the caller's reach. */
export async function assertReikwijdte(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  toets: Toets,
  wat: string,
): Promise<void> {
  if (!toets(g, await doelVan(db, medewerkerId))) {
    throw new ForbiddenError(
      `U mag ${wat} van deze medewerker niet inzien of wijzigen: dat kan de medewerker zelf, de eigen teamleider, de directie of P&O.`,
    );
  }
}
