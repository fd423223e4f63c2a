import type { Kysely } from 'kysely';
import type { Programma, ProgrammaInvoer, ProgrammaWijziging } from '../contract/programma';
import { withDbErrors } from '../db/db-errors';
import * as programmas from '../db/programma.repository';
import type { Database } from '../db/schema';
import { updateMetVersie } from '../db/versie';
import { assertGeenProblemen, NotFoundError, StaleVersionError } from '../domain/probleem';
import { bestaat, persoonRefs } from './verwijzingen';

async function rijen(db: Kysely<Database>, id?: string): Promise<Programma[]> {
  const r = await programmas.findProgrammas(db, id);
  const personen = await persoonRefs(
    db,
    r.map((x) => x.programmaregisseur_medewerker_id),
  );
  return r.map(
    (x): Programma => ({
      id: x.id,
      naam: x.naam,
      omschrijving: x.omschrijving,
      programmaregisseur: x.programmaregisseur_medewerker_id
        ? (personen.get(x.programmaregisseur_medewerker_id) ?? null)
        : null,
      aantalOpgaven: x.opgaven,
      aantalBestuursopdrachten: x.bestuursopdrachten,
      versie: x.versie,
    }),
  );
}

export const listProgrammas = (db: Kysely<Database>) => rijen(db);

export async function getProgramma(db: Kysely<Database>, id: string): Promise<Programma> {
  const [p] = await rijen(db, id);
  if (!p) throw new NotFoundError('Programma', id);
  return p;
}

const regisseurBestaat = (db: Kysely<Database>, id: string | null | undefined) =>
  bestaat(db, 'medewerker', id, 'programmaregisseurMedewerkerId', 'Deze medewerker bestaat niet.');

export async function createProgramma(db: Kysely<Database>, invoer: ProgrammaInvoer): Promise<Programma> {
  assertGeenProblemen(await regisseurBestaat(db, invoer.programmaregisseurMedewerkerId));
  const id = await withDbErrors(() =>
    programmas.insertProgramma(db, {
      naam: invoer.naam.trim(),
      omschrijving: invoer.omschrijving?.trim() || null,
      programmaregisseur_medewerker_id: invoer.programmaregisseurMedewerkerId ?? null,
    }),
  );
  return getProgramma(db, id);
}

export async function updateProgramma(
  db: Kysely<Database>,
  id: string,
  versie: number,
  invoer: ProgrammaWijziging,
): Promise<Programma> {
  const huidig = await getProgramma(db, id);
  assertGeenProblemen(await regisseurBestaat(db, invoer.programmaregisseurMedewerkerId));
  const r = await withDbErrors(() =>
    updateMetVersie(db, 'programma', id, versie, {
      ...(invoer.naam !== undefined ? { naam: invoer.naam.trim() } : {}),
      ...(invoer.omschrijving !== undefined ? { omschrijving: invoer.omschrijving?.trim() || null } : {}),
      ...(invoer.programmaregisseurMedewerkerId !== undefined
        ? { programmaregisseur_medewerker_id: invoer.programmaregisseurMedewerkerId }
        : {}),
    }),
  );
  if (!r) throw new StaleVersionError(huidig.versie);
  return getProgramma(db, id);
}
