import type { Kysely } from 'kysely';
import { withDbErrors } from '../db/db-errors';
import * as expertises from '../db/expertise.repository';
import type { Paginering, Sortering } from '../db/query-helpers';
import type { Database } from '../db/schema';
import { NotFoundError, StaleVersionError } from '../domain/probleem';

export interface ExpertiseView {
  id: string;
  naam: string;
  categorie: string;
  omschrijving: string | null;
  vervallen: boolean;
  aantalMedewerkers: number;
  versie: number;
}

export interface ExpertiseDetail extends ExpertiseView {
  perNiveau: Record<'1' | '2' | '3' | '4', number>;
  ambitie: number;
}

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

export async function getExpertise(db: Kysely<Database>, id: string): Promise<ExpertiseDetail> {
  const rij = await expertises.findExpertise(db, id);
  if (!rij) throw new NotFoundError('Expertise', id);
  return { ...expertiseView(rij), ...(await expertises.countPerNiveau(db, id)) };
}

export async function createExpertise(
  db: Kysely<Database>,
  invoer: { naam: string; categorie: string; omschrijving?: string | null | undefined },
): Promise<ExpertiseDetail> {
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
  w: {
    naam?: string | undefined;
    categorie?: string | undefined;
    omschrijving?: string | null | undefined;
    vervallen?: boolean | undefined;
  },
): Promise<ExpertiseDetail> {
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
