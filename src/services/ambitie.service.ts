import type { Kysely } from 'kysely';
import { withDbErrors } from '../db/db-errors';
import type { Database } from '../db/schema';
import { assertGeenProblemen, NotFoundError, StaleVersionError } from '../domain/probleem';
import { bestaat } from './verwijzingen';

export interface AmbitieInvoer {
  titel?: string | undefined;
  tekst?: string | null | undefined;
  bron?: 'coalitieakkoord' | 'collegeprogramma' | 'nieuw' | undefined;
  portefeuillehouder?: string | undefined;
  voortgang?: number | null | undefined;
  voortgangToelichting?: string | null | undefined;
  opgaveIds?: string[] | undefined;
}

const tekstOfNull = (x: string | null | undefined) => x?.trim() || null;

async function views(db: Kysely<Database>, id?: string) {
  let q = db.selectFrom('bestuurlijke_ambitie').selectAll().orderBy('titel');
  if (id) q = q.where('id', '=', id);
  const rijen = await q.execute();
  if (rijen.length === 0) return [];
  const ids = rijen.map((r) => r.id);
  const [opgaven, opdrachten] = await Promise.all([
    db
      .selectFrom('ambitie_opgave as k')
      .innerJoin('opgave as o', 'o.id', 'k.opgave_id')
      .select(['k.ambitie_id', 'o.id', 'o.titel', 'o.status'])
      .where('k.ambitie_id', 'in', ids)
      .orderBy('o.titel')
      .execute(),
    db
      .selectFrom('bestuursopdracht')
      .select(['ambitie_id', 'id', 'titel', 'status'])
      .where('ambitie_id', 'in', ids)
      .orderBy('titel')
      .execute(),
  ]);
  return rijen.map((r) => ({
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
  }));
}

export type AmbitieView = Awaited<ReturnType<typeof views>>[number];

export const listAmbities = (db: Kysely<Database>) => views(db);

export async function getAmbitie(db: Kysely<Database>, id: string): Promise<AmbitieView> {
  const [a] = await views(db, id);
  if (!a) throw new NotFoundError('Bestuurlijke ambitie', id);
  return a;
}

async function controleer(db: Kysely<Database>, i: AmbitieInvoer) {
  const p = await Promise.all(
    (i.opgaveIds ?? []).map((o, n) =>
      bestaat(db, 'opgave', o, `opgaveIds.${n}`, 'Deze opgave bestaat niet.'),
    ),
  );
  assertGeenProblemen(p.flat());
}

const kolommen = (i: AmbitieInvoer) => ({
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
  await db.deleteFrom('ambitie_opgave').where('ambitie_id', '=', ambitieId).execute();
  const uniek = [...new Set(opgaveIds)];
  if (uniek.length > 0)
    await db
      .insertInto('ambitie_opgave')
      .values(uniek.map((o) => ({ ambitie_id: ambitieId, opgave_id: o })))
      .execute();
}

export async function createAmbitie(
  db: Kysely<Database>,
  i: AmbitieInvoer & { titel: string; bron: AmbitieInvoer['bron'] & string; portefeuillehouder: string },
) {
  await controleer(db, i);
  const id = await withDbErrors(() =>
    db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('bestuurlijke_ambitie')
        .values({
          ...kolommen(i),
          titel: i.titel.trim(),
          bron: i.bron,
          portefeuillehouder: i.portefeuillehouder.trim(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await zetOpgaven(trx, id, i.opgaveIds);
      return id;
    }),
  );
  return getAmbitie(db, id);
}

export async function updateAmbitie(db: Kysely<Database>, id: string, versie: number, i: AmbitieInvoer) {
  const huidig = await getAmbitie(db, id);
  await controleer(db, i);
  await withDbErrors(() =>
    db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('bestuurlijke_ambitie')
        .set({ ...kolommen(i), versie: versie + 1, gewijzigd_op: new Date() })
        .where('id', '=', id)
        .where('versie', '=', versie)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw new StaleVersionError(huidig.versie);
      await zetOpgaven(trx, id, i.opgaveIds);
    }),
  );
  return getAmbitie(db, id);
}
