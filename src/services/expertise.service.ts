import type { Kysely } from 'kysely';
import type { Expertise, ExpertiseDetail, ExpertiseInvoer, ExpertiseWijziging } from '../contract/expertise';
import { withDbErrors } from '../db/db-errors';
import * as expertises from '../db/expertise.repository';
import type { Paginering, Sortering } from '../db/query-helpers';
import type { Database } from '../db/schema';
import { NotFoundError, StaleVersionError } from '../domain/probleem';

/** An expertise as the API answers it, before the route adds its `_links` (an HTTP address). */
export type ExpertiseView = Omit<Expertise, '_links'>;
export type ExpertiseDetailView = Omit<ExpertiseDetail, '_links'>;

function expertiseView(r: expertises.ExpertiseMetAantal): ExpertiseView {
  return {
    id: r.id,
    naam: r.naam,
    categorie: r.categorie,
    omschrijving: r.omschrijving,
    vervallen: r.vervallen,
    aantalMedewerkers: Number(r.aantal_medewerkers),
    versie: r.versie,
  };
}

export async function listExpertises(
  db: Kysely<Database>,
  filter: expertises.ExpertiseFilter,
  sortering: Sortering<expertises.ExpertiseSorteerveld>,
  pagina: Paginering,
): Promise<{ rijen: ExpertiseView[]; aantal: number }> {
  const { rijen, aantal } = await expertises.findExpertises(db, filter, sortering, pagina);
  return { rijen: rijen.map(expertiseView), aantal };
}

export async function getExpertise(db: Kysely<Database>, id: string): Promise<ExpertiseDetailView> {
  const rij = await expertises.findExpertise(db, id);
  if (!rij) throw new NotFoundError('Expertise', id);
  const { perNiveau, ambitie } = await expertises.countPerNiveau(db, id);
  return { ...expertiseView(rij), perNiveau, ambitie };
}

export async function createExpertise(
  db: Kysely<Database>,
  invoer: ExpertiseInvoer,
): Promise<ExpertiseDetailView> {
  const rij = await withDbErrors(() =>
    expertises.insertExpertise(db, {
      naam: invoer.naam.trim(),
      categorie: invoer.categorie.trim(),
      omschrijving: invoer.omschrijving?.trim() || null,
    }),
  );
  return getExpertise(db, rij.id);
}

export async function updateExpertise(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: ExpertiseWijziging,
): Promise<ExpertiseDetailView> {
  await withDbErrors(async () => {
    const huidig = await expertises.findExpertise(db, id);
    if (!huidig) throw new NotFoundError('Expertise', id);
    if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
    const gewijzigd = await expertises.updateExpertise(db, id, versie, {
      ...(w.naam !== undefined ? { naam: w.naam.trim() } : {}),
      ...(w.categorie !== undefined ? { categorie: w.categorie.trim() } : {}),
      ...(w.omschrijving !== undefined ? { omschrijving: w.omschrijving?.trim() || null } : {}),
      ...(w.vervallen !== undefined ? { vervallen: w.vervallen } : {}),
    });
    if (!gewijzigd) throw new StaleVersionError(huidig.versie + 1);
  });
  return getExpertise(db, id);
}
