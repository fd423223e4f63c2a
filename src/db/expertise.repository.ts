import { type Kysely, sql } from 'kysely';
import {
  type Gepagineerd,
  likePatroon,
  offset,
  type Paginering,
  type Sortering,
  telRijen,
} from './query-helpers';
import type { Database, ExpertiseRow } from './schema';
import { updateMetVersie } from './versie';

export interface ExpertiseFilter {
  zoek?: string;
  categorie?: string;
  status: 'actief' | 'vervallen' | 'alle';
}

export type ExpertiseSorteerveld = 'naam' | 'categorie' | 'aantalMedewerkers';

export interface ExpertiseMetAantal extends ExpertiseRow {
  aantal_medewerkers: number;
}

const SORTEER_KOLOM = {
  naam: 'e.naam',
  categorie: 'e.categorie',
  aantalMedewerkers: 'aantal_medewerkers',
} as const;

function expertiseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('expertise as e')
    .selectAll('e')
    .select(
      sql<number>`(select count(*)::int from medewerker_expertise me where me.expertise_id = e.id)`.as(
        'aantal_medewerkers',
      ),
    );
}

export async function findExpertises(
  db: Kysely<Database>,
  filter: ExpertiseFilter,
  sortering: Sortering<ExpertiseSorteerveld>,
  pagina: Paginering,
): Promise<Gepagineerd<ExpertiseMetAantal>> {
  let q = expertiseQuery(db);
  if (filter.zoek) q = q.where('e.naam', 'ilike', likePatroon(filter.zoek));
  if (filter.categorie) q = q.where('e.categorie', '=', filter.categorie);
  if (filter.status === 'actief') q = q.where('e.vervallen', '=', false);
  if (filter.status === 'vervallen') q = q.where('e.vervallen', '=', true);
  const [rijen, aantal] = await Promise.all([
    q
      .orderBy(SORTEER_KOLOM[sortering.veld], sortering.richting)
      .orderBy('e.naam')
      .limit(pagina.paginaGrootte)
      .offset(offset(pagina))
      .execute(),
    telRijen(q),
  ]);
  return { rijen, aantal };
}

export async function findExpertise(
  db: Kysely<Database>,
  id: string,
): Promise<ExpertiseMetAantal | undefined> {
  return expertiseQuery(db).where('e.id', '=', id).executeTakeFirst();
}

export async function findExpertisesByIds(db: Kysely<Database>, ids: string[]): Promise<ExpertiseRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('expertise').selectAll().where('id', 'in', ids).execute();
}

export async function countPerNiveau(
  db: Kysely<Database>,
  expertiseId: string,
): Promise<{ perNiveau: Record<'1' | '2' | '3' | '4', number>; ambitie: number }> {
  const rijen = await db
    .selectFrom('medewerker_expertise')
    .where('expertise_id', '=', expertiseId)
    .groupBy('niveau')
    .select([
      'niveau',
      sql<number>`count(*)::int`.as('n'),
      sql<number>`count(*) filter (where ambitie)::int`.as('a'),
    ])
    .execute();
  const perNiveau = { '1': 0, '2': 0, '3': 0, '4': 0 };
  let ambitie = 0;
  for (const r of rijen) {
    perNiveau[String(r.niveau) as keyof typeof perNiveau] = r.n;
    ambitie += r.a;
  }
  return { perNiveau, ambitie };
}

export async function insertExpertise(
  db: Kysely<Database>,
  rij: { naam: string; categorie: string; omschrijving: string | null },
): Promise<ExpertiseRow> {
  return db.insertInto('expertise').values(rij).returningAll().executeTakeFirstOrThrow();
}

export async function updateExpertise(
  db: Kysely<Database>,
  id: string,
  versie: number,
  wijziging: Partial<Pick<ExpertiseRow, 'naam' | 'categorie' | 'omschrijving' | 'vervallen'>>,
): Promise<ExpertiseRow | undefined> {
  return updateMetVersie(db, 'expertise', id, versie, wijziging);
}

// --- medewerker_expertise -----------------------------------------------------------------------

export interface MedewerkerExpertiseMetNaam {
  expertise_id: string;
  naam: string;
  categorie: string;
  niveau: number;
  ambitie: boolean;
  versie: number;
}

export async function findMedewerkerExpertises(
  db: Kysely<Database>,
  medewerkerId: string,
): Promise<MedewerkerExpertiseMetNaam[]> {
  return db
    .selectFrom('medewerker_expertise as me')
    .innerJoin('expertise as e', 'e.id', 'me.expertise_id')
    .where('me.medewerker_id', '=', medewerkerId)
    .select(['me.expertise_id', 'e.naam', 'e.categorie', 'me.niveau', 'me.ambitie', 'me.versie'])
    .orderBy('me.niveau', 'desc')
    .orderBy('e.naam')
    .execute();
}

export async function insertMedewerkerExpertise(
  db: Kysely<Database>,
  rij: { medewerker_id: string; expertise_id: string; niveau: number; ambitie: boolean },
): Promise<void> {
  await db.insertInto('medewerker_expertise').values(rij).execute();
}

export async function updateMedewerkerExpertise(
  db: Kysely<Database>,
  sleutel: { medewerker_id: string; expertise_id: string },
  versie: number,
  wijziging: { niveau?: number; ambitie?: boolean },
): Promise<boolean> {
  const r = await db
    .updateTable('medewerker_expertise')
    .set({ ...wijziging, versie: versie + 1, gewijzigd_op: new Date() })
    .where('medewerker_id', '=', sleutel.medewerker_id)
    .where('expertise_id', '=', sleutel.expertise_id)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findMedewerkerExpertise(
  db: Kysely<Database>,
  medewerkerId: string,
  expertiseId: string,
): Promise<{ versie: number } | undefined> {
  return db
    .selectFrom('medewerker_expertise')
    .select('versie')
    .where('medewerker_id', '=', medewerkerId)
    .where('expertise_id', '=', expertiseId)
    .executeTakeFirst();
}

export async function deleteMedewerkerExpertise(
  db: Kysely<Database>,
  medewerkerId: string,
  expertiseId: string,
  versie: number,
): Promise<boolean> {
  const r = await db
    .deleteFrom('medewerker_expertise')
    .where('medewerker_id', '=', medewerkerId)
    .where('expertise_id', '=', expertiseId)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Forgets every expertise of a medewerker (anonymisation). */
export async function deleteMedewerkerExpertises(db: Kysely<Database>, medewerkerId: string): Promise<void> {
  await db.deleteFrom('medewerker_expertise').where('medewerker_id', '=', medewerkerId).execute();
}
