import type { Kysely } from 'kysely';
import type {
  Capaciteitsvraag,
  CapaciteitsvraagInvoer,
  CapaciteitsvraagWijziging,
} from '../contract/capaciteitsvraag';
import * as repo from '../db/capaciteitsvraag.repository';
import { withDbErrors } from '../db/db-errors';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { updateMetVersie } from '../db/versie';
import { type BestuursopdrachtStatus, isBewerkbaar } from '../domain/bestuursopdracht';
import { dekking, type StaandVerzoek } from '../domain/capaciteitsvraag-dekking';
import { STAANDE_STATUSSEN } from '../domain/inzetverzoek';
import { assertGeenProblemen, ConflictError, NotFoundError, StaleVersionError } from '../domain/probleem';
import { bestaat } from './verwijzingen';

/** A capaciteitsvraag belongs to exactly one dossier: an opgave or a bestuursopdracht. */
export type Dossier = { soort: 'opgave'; id: string } | { soort: 'bestuursopdracht'; id: string };

const staand = (v: repo.StaandVerzoekRij): StaandVerzoek => ({
  status: v.status as StaandVerzoek['status'],
  van: v.van,
  tot: v.tot,
  urenPerWeek: Number(v.uren_per_week),
  tegenvoorstel:
    v.tegen_van && v.tegen_tot && v.tegen_uren_per_week !== null
      ? { van: v.tegen_van, tot: v.tegen_tot, urenPerWeek: Number(v.tegen_uren_per_week) }
      : null,
});

/** The vragen as answered, each with what its standing inzetverzoeken ask of people (`dekking`). */
async function views(db: Kysely<Database>, rijen: repo.CapaciteitsvraagRij[]): Promise<Capaciteitsvraag[]> {
  const verzoeken = await repo.findStaandeVerzoeken(
    db,
    rijen.map((r) => r.id),
    STAANDE_STATUSSEN,
  );
  const perVraag = new Map<string, StaandVerzoek[]>();
  for (const v of verzoeken)
    perVraag.set(v.capaciteitsvraag_id, [...(perVraag.get(v.capaciteitsvraag_id) ?? []), staand(v)]);
  return rijen.map((r) => view(r, perVraag.get(r.id) ?? []));
}

function view(r: repo.CapaciteitsvraagRij, verzoeken: StaandVerzoek[]): Capaciteitsvraag {
  return {
    id: r.id,
    dossier: r.opgave_id
      ? { soort: 'opgave', id: r.opgave_id, titel: r.opgave_titel ?? '' }
      : {
          soort: 'bestuursopdracht',
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
    dekking: dekking(Number(r.uren), verzoeken),
    versie: r.versie,
  };
}

export async function listCapaciteitsvragen(
  db: Kysely<Database>,
  dossier: Dossier,
): Promise<Capaciteitsvraag[]> {
  return views(db, await repo.findCapaciteitsvragen(db, dossier));
}

export async function getCapaciteitsvraag(db: Kysely<Database>, id: string): Promise<Capaciteitsvraag> {
  const r = await repo.findCapaciteitsvraag(db, id);
  if (!r) throw new NotFoundError('Capaciteitsvraag', id);
  return (await views(db, [r]))[0]!;
}

/** A bestuursopdracht's demand is part of its mandate: it changes only while the mandate may. */
async function assertDossierBewerkbaar(db: Kysely<Database>, dossier: Dossier) {
  const status = await repo.findDossierStatus(db, dossier);
  if (dossier.soort === 'opgave') {
    if (status === undefined) throw new NotFoundError('Opgave', dossier.id);
    if (status === 'afgerond')
      throw new ConflictError('Deze opgave is afgerond; de capaciteitsvraag ligt vast.', 'dossier-afgerond');
    return;
  }
  if (status === undefined) throw new NotFoundError('Bestuursopdracht', dossier.id);
  if (!isBewerkbaar(status as BestuursopdrachtStatus)) {
    throw new ConflictError(
      `De bestuursopdracht is ${status}: de ingediende versie ligt vast. Zet haar terug naar 'verkend' om een nieuwe versie te maken.`,
      'vastgelegd',
    );
  }
}

async function controleer(db: Kysely<Database>, i: CapaciteitsvraagWijziging) {
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
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      await verhoogDossierVersie(trx, dossier);
      return repo.insertCapaciteitsvraag(trx, {
        opgave_id: dossier.soort === 'opgave' ? dossier.id : null,
        bestuursopdracht_id: dossier.soort === 'bestuursopdracht' ? dossier.id : null,
        expertise_id: i.expertiseId,
        minimum_niveau: i.minimumNiveau,
        team_id: i.teamId ?? null,
        periode: i.periode,
        uren: i.uren,
        toelichting: i.toelichting?.trim() || null,
        ...(i.prioriteit !== undefined ? { prioriteit: i.prioriteit } : {}),
      });
    }),
  );
  return getCapaciteitsvraag(db, id);
}

const dossierVan = (c: Capaciteitsvraag): Dossier => ({ soort: c.dossier.soort, id: c.dossier.id });

/**
 * A change to a dossier's parts (demand, stakeholders, findings) is a change to the dossier: its
 * versie rises, so an ETag read before it no longer matches (a submission with If-Match freezes
 * exactly what its sender saw). For a bestuursopdracht only while it may be edited — a submission in
 * between wins and this change is refused.
 */
export async function verhoogDossierVersie(db: Kysely<Database>, dossier: Dossier): Promise<void> {
  if (!(await repo.verhoogDossierVersie(db, dossier))) {
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
  i: CapaciteitsvraagWijziging,
) {
  const huidig = await getCapaciteitsvraag(db, id);
  await assertDossierBewerkbaar(db, dossierVan(huidig));
  await controleer(db, i);
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      await verhoogDossierVersie(trx, dossierVan(huidig));
      const u = await updateMetVersie(trx, 'capaciteitsvraag', id, versie, {
        ...(i.expertiseId !== undefined ? { expertise_id: i.expertiseId } : {}),
        ...(i.minimumNiveau !== undefined ? { minimum_niveau: i.minimumNiveau } : {}),
        ...(i.teamId !== undefined ? { team_id: i.teamId } : {}),
        ...(i.periode !== undefined ? { periode: i.periode } : {}),
        ...(i.uren !== undefined ? { uren: i.uren } : {}),
        ...(i.toelichting !== undefined ? { toelichting: i.toelichting?.trim() || null } : {}),
        ...(i.prioriteit !== undefined ? { prioriteit: i.prioriteit } : {}),
      });
      if (!u) throw new StaleVersionError(huidig.versie);
    }),
  );
  return getCapaciteitsvraag(db, id);
}

/** Withdraws a demand; `versie` is the one the caller read (412 when somebody changed it since). */
export async function deleteCapaciteitsvraag(db: Kysely<Database>, id: string, versie: number) {
  const huidig = await getCapaciteitsvraag(db, id);
  if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
  await assertDossierBewerkbaar(db, dossierVan(huidig));
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      // The version in the WHERE: a change committed between the read and here still wins.
      if (!(await updateMetVersie(trx, 'capaciteitsvraag', id, versie, {})))
        throw new StaleVersionError(huidig.versie + 1);
      await verhoogDossierVersie(trx, dossierVan(huidig));
      await repo.deleteCapaciteitsvraag(trx, id);
    }),
  );
}
