import type { Kysely } from 'kysely';
import type { Ambitie, AmbitieInvoer, AmbitieWijziging } from '../contract/ambitie';
import * as ambities from '../db/ambitie.repository';
import { withDbErrors } from '../db/db-errors';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { updateMetVersie } from '../db/versie';
import { assertGeenProblemen, NotFoundError, StaleVersionError } from '../domain/probleem';
import { bestaat } from './verwijzingen';

const tekstOfNull = (x: string | null | undefined) => x?.trim() || null;

async function views(db: Kysely<Database>, id?: string): Promise<Ambitie[]> {
  const rijen = await ambities.findAmbities(db, id);
  if (rijen.length === 0) return [];
  const ids = rijen.map((r) => r.id);
  const [opgaven, opdrachten] = await Promise.all([
    ambities.findAmbitieOpgaven(db, ids),
    ambities.findAmbitieBestuursopdrachten(db, ids),
  ]);
  return rijen.map(
    (r): Ambitie => ({
      id: r.id,
      titel: r.titel,
      tekst: r.tekst,
      bron: r.bron,
      portefeuillehouder: r.portefeuillehouder,
      voortgang: r.voortgang,
      voortgangToelichting: r.voortgang_toelichting,
      opgaven: opgaven
        .filter((o) => o.ambitie_id === r.id)
        .map(({ id, titel, status }) => ({ id, titel, status })),
      bestuursopdrachten: opdrachten
        .filter((o) => o.ambitie_id === r.id)
        .map(({ id, titel, status }) => ({ id, titel, status })),
      versie: r.versie,
    }),
  );
}

export const listAmbities = (db: Kysely<Database>) => views(db);

export async function getAmbitie(db: Kysely<Database>, id: string): Promise<Ambitie> {
  const [a] = await views(db, id);
  if (!a) throw new NotFoundError('Bestuurlijke ambitie', id);
  return a;
}

async function controleer(db: Kysely<Database>, i: AmbitieWijziging) {
  const p = await Promise.all(
    (i.opgaveIds ?? []).map((o, n) =>
      bestaat(db, 'opgave', o, `opgaveIds.${n}`, 'Deze opgave bestaat niet.'),
    ),
  );
  assertGeenProblemen(p.flat());
}

const kolommen = (i: AmbitieWijziging) => ({
  ...(i.titel !== undefined ? { titel: i.titel.trim() } : {}),
  ...(i.tekst !== undefined ? { tekst: tekstOfNull(i.tekst) } : {}),
  ...(i.bron !== undefined ? { bron: i.bron } : {}),
  ...(i.portefeuillehouder !== undefined ? { portefeuillehouder: i.portefeuillehouder.trim() } : {}),
  ...(i.voortgang !== undefined ? { voortgang: i.voortgang } : {}),
  ...(i.voortgangToelichting !== undefined
    ? { voortgang_toelichting: tekstOfNull(i.voortgangToelichting) }
    : {}),
});

async function zetOpgaven(db: Kysely<Database>, ambitieId: string, opgaveIds: string[] | undefined) {
  if (opgaveIds === undefined) return;
  await ambities.replaceAmbitieOpgaven(db, ambitieId, opgaveIds);
}

export async function createAmbitie(db: Kysely<Database>, i: AmbitieInvoer): Promise<Ambitie> {
  await controleer(db, i);
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const id = await ambities.insertAmbitie(trx, {
        ...kolommen(i),
        titel: i.titel.trim(),
        bron: i.bron,
        portefeuillehouder: i.portefeuillehouder.trim(),
      });
      await zetOpgaven(trx, id, i.opgaveIds);
      return id;
    }),
  );
  return getAmbitie(db, id);
}

export async function updateAmbitie(
  db: Kysely<Database>,
  id: string,
  versie: number,
  i: AmbitieWijziging,
): Promise<Ambitie> {
  const huidig = await getAmbitie(db, id);
  await controleer(db, i);
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const r = await updateMetVersie(trx, 'bestuurlijke_ambitie', id, versie, kolommen(i));
      if (!r) throw new StaleVersionError(huidig.versie);
      await zetOpgaven(trx, id, i.opgaveIds);
    }),
  );
  return getAmbitie(db, id);
}
