import type { Kysely } from 'kysely';
import { withDbErrors } from '../db/db-errors';
import type { Database } from '../db/schema';
import { type BestuursopdrachtStatus, isBewerkbaar } from '../domain/bestuursopdracht';
import { assertGeenProblemen, ConflictError, NotFoundError, StaleVersionError } from '../domain/probleem';
import { bestaat } from './verwijzingen';

/** A capaciteitsvraag belongs to exactly one dossier: an opgave or a bestuursopdracht. */
export type Dossier = { soort: 'opgave'; id: string } | { soort: 'bestuursopdracht'; id: string };

export interface CapaciteitsvraagInvoer {
  expertiseId: string;
  minimumNiveau: number;
  teamId?: string | null | undefined;
  periode: string;
  uren: number;
  toelichting?: string | null | undefined;
  /** 1 (low) to 5 (high), 3 when left out: weighs in the verdeelvoorstel. */
  prioriteit?: number | undefined;
}

function basis(db: Kysely<Database>) {
  return db
    .selectFrom('capaciteitsvraag as c')
    .innerJoin('expertise as e', 'e.id', 'c.expertise_id')
    .leftJoin('team as t', 't.id', 'c.team_id')
    .leftJoin('opgave as o', 'o.id', 'c.opgave_id')
    .leftJoin('bestuursopdracht as b', 'b.id', 'c.bestuursopdracht_id')
    .select([
      'c.id',
      'c.opgave_id',
      'c.bestuursopdracht_id',
      'c.expertise_id',
      'e.naam as expertise_naam',
      'c.minimum_niveau',
      'c.team_id',
      't.naam as team_naam',
      'c.periode',
      'c.uren',
      'c.toelichting',
      'c.prioriteit',
      'c.versie',
      'o.titel as opgave_titel',
      'b.titel as bestuursopdracht_titel',
    ])
    .orderBy('c.periode')
    .orderBy('e.naam');
}

type Rij = Awaited<ReturnType<ReturnType<typeof basis>['execute']>>[number];

function view(r: Rij) {
  return {
    id: r.id,
    dossier: r.opgave_id
      ? { soort: 'opgave' as const, id: r.opgave_id, titel: r.opgave_titel ?? '' }
      : {
          soort: 'bestuursopdracht' as const,
          id: r.bestuursopdracht_id ?? '',
          titel: r.bestuursopdracht_titel ?? '',
        },
    expertise: { id: r.expertise_id, naam: r.expertise_naam },
    minimumNiveau: r.minimum_niveau,
    team: r.team_id ? { id: r.team_id, naam: r.team_naam ?? '' } : null,
    periode: r.periode,
    uren: Number(r.uren),
    toelichting: r.toelichting,
    prioriteit: r.prioriteit,
    versie: r.versie,
  };
}

export type CapaciteitsvraagView = ReturnType<typeof view>;

export async function listCapaciteitsvragen(db: Kysely<Database>, dossier: Dossier) {
  const kolom = dossier.soort === 'opgave' ? 'c.opgave_id' : 'c.bestuursopdracht_id';
  return (await basis(db).where(kolom, '=', dossier.id).execute()).map(view);
}

export async function getCapaciteitsvraag(db: Kysely<Database>, id: string) {
  const r = await basis(db).where('c.id', '=', id).executeTakeFirst();
  if (!r) throw new NotFoundError('Capaciteitsvraag', id);
  return view(r);
}

/** A bestuursopdracht's demand is part of its mandate: it changes only while the mandate may. */
async function assertDossierBewerkbaar(db: Kysely<Database>, dossier: Dossier) {
  if (dossier.soort === 'opgave') {
    const o = await db.selectFrom('opgave').select('status').where('id', '=', dossier.id).executeTakeFirst();
    if (!o) throw new NotFoundError('Opgave', dossier.id);
    if (o.status === 'afgerond')
      throw new ConflictError('Deze opgave is afgerond; de capaciteitsvraag ligt vast.', 'dossier-afgerond');
    return;
  }
  const b = await db
    .selectFrom('bestuursopdracht')
    .select('status')
    .where('id', '=', dossier.id)
    .executeTakeFirst();
  if (!b) throw new NotFoundError('Bestuursopdracht', dossier.id);
  if (!isBewerkbaar(b.status as BestuursopdrachtStatus)) {
    throw new ConflictError(
      `De bestuursopdracht is ${b.status}: de ingediende versie ligt vast. Zet haar terug naar 'verkend' om een nieuwe versie te maken.`,
      'vastgelegd',
    );
  }
}

async function controleer(db: Kysely<Database>, i: Partial<CapaciteitsvraagInvoer>) {
  assertGeenProblemen([
    ...(await bestaat(
      db,
      'expertise',
      i.expertiseId,
      'expertiseId',
      'Deze expertise staat niet in de catalogus.',
    )),
    ...(await bestaat(db, 'team', i.teamId, 'teamId', 'Dit team bestaat niet.')),
  ]);
}

export async function addCapaciteitsvraag(db: Kysely<Database>, dossier: Dossier, i: CapaciteitsvraagInvoer) {
  await assertDossierBewerkbaar(db, dossier);
  await controleer(db, i);
  const { id } = await withDbErrors(() =>
    db.transaction().execute(async (trx) => {
      await verhoogDossierVersie(trx, dossier);
      return trx
        .insertInto('capaciteitsvraag')
        .values({
          opgave_id: dossier.soort === 'opgave' ? dossier.id : null,
          bestuursopdracht_id: dossier.soort === 'bestuursopdracht' ? dossier.id : null,
          expertise_id: i.expertiseId,
          minimum_niveau: i.minimumNiveau,
          team_id: i.teamId ?? null,
          periode: i.periode,
          uren: i.uren,
          toelichting: i.toelichting?.trim() || null,
          ...(i.prioriteit !== undefined ? { prioriteit: i.prioriteit } : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    }),
  );
  return getCapaciteitsvraag(db, id);
}

const dossierVan = (c: CapaciteitsvraagView): Dossier => ({ soort: c.dossier.soort, id: c.dossier.id });

/**
 * A change to a dossier's parts (demand, stakeholders, findings) is a change to the dossier: its
 * versie rises, so an ETag read before it no longer matches (a submission with If-Match freezes
 * exactly what its sender saw). For a bestuursopdracht only while it may be edited — a submission in
 * between wins and this change is refused.
 */
export async function verhoogDossierVersie(db: Kysely<Database>, dossier: Dossier): Promise<void> {
  if (dossier.soort === 'opgave') {
    await db
      .updateTable('opgave')
      .set((eb) => ({ versie: eb('versie', '+', 1), gewijzigd_op: new Date() }))
      .where('id', '=', dossier.id)
      .execute();
    return;
  }
  const r = await db
    .updateTable('bestuursopdracht')
    .set((eb) => ({ versie: eb('versie', '+', 1), gewijzigd_op: new Date() }))
    .where('id', '=', dossier.id)
    .where('status', 'in', ['concept', 'verkend'])
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) {
    throw new ConflictError(
      'De bestuursopdracht is intussen ingediend; de capaciteitsvraag ligt vast.',
      'intussen-gewijzigd',
    );
  }
}

export async function updateCapaciteitsvraag(
  db: Kysely<Database>,
  id: string,
  versie: number,
  i: Partial<CapaciteitsvraagInvoer>,
) {
  const huidig = await getCapaciteitsvraag(db, id);
  await assertDossierBewerkbaar(db, dossierVan(huidig));
  await controleer(db, i);
  await withDbErrors(() =>
    db.transaction().execute(async (trx) => {
      await verhoogDossierVersie(trx, dossierVan(huidig));
      const u = await trx
        .updateTable('capaciteitsvraag')
        .set({
          ...(i.expertiseId !== undefined ? { expertise_id: i.expertiseId } : {}),
          ...(i.minimumNiveau !== undefined ? { minimum_niveau: i.minimumNiveau } : {}),
          ...(i.teamId !== undefined ? { team_id: i.teamId } : {}),
          ...(i.periode !== undefined ? { periode: i.periode } : {}),
          ...(i.uren !== undefined ? { uren: i.uren } : {}),
          ...(i.toelichting !== undefined ? { toelichting: i.toelichting?.trim() || null } : {}),
          ...(i.prioriteit !== undefined ? { prioriteit: i.prioriteit } : {}),
          versie: versie + 1,
        })
        .where('id', '=', id)
        .where('versie', '=', versie)
        .executeTakeFirst();
      if (Number(u.numUpdatedRows) === 0) throw new StaleVersionError(huidig.versie);
    }),
  );
  return getCapaciteitsvraag(db, id);
}

export async function deleteCapaciteitsvraag(db: Kysely<Database>, id: string) {
  const huidig = await getCapaciteitsvraag(db, id);
  await assertDossierBewerkbaar(db, dossierVan(huidig));
  await withDbErrors(() =>
    db.transaction().execute(async (trx) => {
      await verhoogDossierVersie(trx, dossierVan(huidig));
      await trx.deleteFrom('capaciteitsvraag').where('id', '=', id).execute();
    }),
  );
}
