import type { Kysely } from 'kysely';
import { type Gebruiker, magExpertiseWijzigen, magInzetbaarheidZien } from '../access/gebruiker';
import type {
  MedewerkerExpertise,
  MedewerkerExpertiseWijziging,
  NieuweMedewerkerExpertise,
} from '../contract/medewerker';
import { withDbErrors } from '../db/db-errors';
import * as expertises from '../db/expertise.repository';
import { existsMedewerker } from '../db/medewerker.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import {
  assertGeenProblemen,
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';
import { assertReikwijdte } from './reikwijdte.service';

/** Reading someone's expertise: also every programmaregisseur, who matches people to work. */
const assertMagLezen = (db: Kysely<Database>, g: Gebruiker, medewerkerId: string) =>
  assertReikwijdte(db, g, medewerkerId, magInzetbaarheidZien, 'de expertise');
/** Recording it: the medewerker, their teamleider, directie and P&O. */
const assertMagWijzigen = (db: Kysely<Database>, g: Gebruiker, medewerkerId: string) =>
  assertReikwijdte(db, g, medewerkerId, magExpertiseWijzigen, 'de expertise');

function view(r: expertises.MedewerkerExpertiseMetNaam): MedewerkerExpertise {
  return {
    expertiseId: r.expertise_id,
    naam: r.naam,
    categorie: r.categorie,
    niveau: r.niveau,
    ambitie: r.ambitie,
    versie: r.versie,
  };
}

async function assertMedewerker(db: Kysely<Database>, id: string): Promise<void> {
  if (!(await existsMedewerker(db, id))) throw new NotFoundError('Medewerker', id);
}

export async function listMedewerkerExpertises(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
): Promise<MedewerkerExpertise[]> {
  await assertMagLezen(db, g, medewerkerId);
  await assertMedewerker(db, medewerkerId);
  return (await expertises.findMedewerkerExpertises(db, medewerkerId)).map(view);
}

async function getOne(db: Kysely<Database>, medewerkerId: string, expertiseId: string) {
  const rij = (await expertises.findMedewerkerExpertises(db, medewerkerId)).find(
    (e) => e.expertise_id === expertiseId,
  );
  if (!rij) throw new NotFoundError('Expertise van medewerker', expertiseId);
  return view(rij);
}

export async function getMedewerkerExpertise(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  expertiseId: string,
): Promise<MedewerkerExpertise> {
  await assertMagLezen(db, g, medewerkerId);
  await assertMedewerker(db, medewerkerId);
  return getOne(db, medewerkerId, expertiseId);
}

/** Records an expertise from the catalogue; a retired (vervallen) one can no longer be added. */
export async function addMedewerkerExpertise(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  invoer: NieuweMedewerkerExpertise,
): Promise<MedewerkerExpertise> {
  await assertMagWijzigen(db, g, medewerkerId);
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      await assertMedewerker(trx, medewerkerId);
      const [expertise] = await expertises.findExpertisesByIds(trx, [invoer.expertiseId]);
      const problemen: Probleem[] = [];
      if (!expertise) {
        problemen.push({
          veld: 'expertiseId',
          code: 'bestaat-niet',
          melding: 'Deze expertise staat niet in de catalogus.',
        });
      } else if (expertise.vervallen) {
        problemen.push({
          veld: 'expertiseId',
          code: 'vervallen',
          melding: 'Deze expertise is vervallen en kan niet meer worden toegevoegd.',
        });
      }
      assertGeenProblemen(problemen);
      if (await expertises.findMedewerkerExpertise(trx, medewerkerId, invoer.expertiseId)) {
        throw new ConflictError(
          'De medewerker heeft deze expertise al. Wijzig het niveau in plaats van hem opnieuw toe te voegen.',
          'bestaat-al',
        );
      }
      await expertises.insertMedewerkerExpertise(trx, {
        medewerker_id: medewerkerId,
        expertise_id: invoer.expertiseId,
        niveau: invoer.niveau,
        ambitie: invoer.ambitie ?? false,
      });
    }),
  );
  return getOne(db, medewerkerId, invoer.expertiseId);
}

export async function updateMedewerkerExpertise(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  expertiseId: string,
  versie: number,
  w: MedewerkerExpertiseWijziging,
): Promise<MedewerkerExpertise> {
  await assertMagWijzigen(db, g, medewerkerId);
  await assertMedewerker(db, medewerkerId);
  const huidig = await expertises.findMedewerkerExpertise(db, medewerkerId, expertiseId);
  if (!huidig) throw new NotFoundError('Expertise van medewerker', expertiseId);
  if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
  const gelukt = await expertises.updateMedewerkerExpertise(
    db,
    { medewerker_id: medewerkerId, expertise_id: expertiseId },
    versie,
    {
      ...(w.niveau !== undefined ? { niveau: w.niveau } : {}),
      ...(w.ambitie !== undefined ? { ambitie: w.ambitie } : {}),
    },
  );
  if (!gelukt) throw new StaleVersionError(huidig.versie + 1);
  return getOne(db, medewerkerId, expertiseId);
}

export async function removeMedewerkerExpertise(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  expertiseId: string,
  versie: number,
): Promise<void> {
  await assertMagWijzigen(db, g, medewerkerId);
  await assertMedewerker(db, medewerkerId);
  const huidig = await expertises.findMedewerkerExpertise(db, medewerkerId, expertiseId);
  if (!huidig) throw new NotFoundError('Expertise van medewerker', expertiseId);
  if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
  if (!(await expertises.deleteMedewerkerExpertise(db, medewerkerId, expertiseId, versie))) {
    throw new StaleVersionError(huidig.versie + 1);
  }
}
