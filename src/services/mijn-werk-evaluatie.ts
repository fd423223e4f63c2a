import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import type { WerkItem } from '../contract/mijn-werk';
import { findOpenActiesVan } from '../db/evaluatie.repository';
import type { Database } from '../db/schema';
import { verlopenActies } from '../domain/evaluatie';

/**
 * Follow-up actions of evaluations on Mijn werk (issue 15, item 2): the owner sees each of their
 * open actions whose date has passed, as a step to take, due on that date. Only actions of a
 * vastgestelde evaluation count: a concept's actions are still being drafted.
 */
export async function evaluatieWerkVoor(
  db: Kysely<Database>,
  g: Pick<Gebruiker, 'medewerkerId'>,
  peildatum: string,
): Promise<WerkItem[]> {
  if (!g.medewerkerId) return [];
  const acties = await findOpenActiesVan(db, g.medewerkerId);
  return verlopenActies(acties, peildatum).map((a) => ({
    soort: 'dossierstap',
    id: `evaluatie-actie:${a.id}`,
    titel: `Vervolgactie: ${a.omschrijving}`,
    toelichting: `Uit de evaluatie ‘${a.titel}’; de datum is voorbij`,
    pad: `/verandering/evaluaties/${a.evaluatie_id}`,
    vervaldatum: a.datum,
    sinds: null,
  }));
}
