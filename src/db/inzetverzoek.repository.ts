import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import { offset, type Paginering, telRijen } from './query-helpers';
import type { Database, InzetverzoekStatus, InzetverzoekTable } from './schema';

function inzetverzoekQuery(db: Kysely<Database>) {
  return db
    .selectFrom('inzetverzoek as v')
    .innerJoin('capaciteitsvraag as c', 'c.id', 'v.capaciteitsvraag_id')
    .innerJoin('expertise as e', 'e.id', 'c.expertise_id')
    .innerJoin('medewerker as m', 'm.id', 'v.medewerker_id')
    .innerJoin('team as t', 't.id', 'v.team_id')
    .leftJoin('opgave as o', 'o.id', 'c.opgave_id')
    .leftJoin('bestuursopdracht as b', 'b.id', 'c.bestuursopdracht_id')
    .leftJoin('account as aa', 'aa.id', 'v.aangevraagd_door')
    .leftJoin('account as ab', 'ab.id', 'v.beslist_door')
    .selectAll('v')
    .select([
      'e.naam as expertise_naam',
      'c.minimum_niveau',
      'c.periode',
      'c.opgave_id',
      'c.bestuursopdracht_id',
      'o.titel as opgave_titel',
      'b.titel as bestuursopdracht_titel',
      'm.voornaam',
      'm.tussenvoegsel',
      'm.achternaam',
      't.naam as team_naam',
      'aa.naam as aangevraagd_door_naam',
      'ab.naam as beslist_door_naam',
    ])
    .orderBy('v.aangevraagd_op', 'desc');
}

/** An inzetverzoek with the names of its vraag, dossier, medewerker, team and accounts. */
export type InzetverzoekRij = Awaited<ReturnType<ReturnType<typeof inzetverzoekQuery>['execute']>>[number];

export async function findInzetverzoek(
  db: Kysely<Database>,
  id: string,
): Promise<InzetverzoekRij | undefined> {
  return inzetverzoekQuery(db).where('v.id', '=', id).executeTakeFirst();
}

export interface InzetverzoekFilter {
  status?: InzetverzoekStatus | undefined;
  teamId?: string | undefined;
  capaciteitsvraagId?: string | undefined;
  medewerkerId?: string | undefined;
  aangevraagdDoor?: string | undefined;
}

/** Which requests a caller may see: all, or those of some teams and their own. */
export type InzetverzoekZicht =
  | { alles: true }
  | { alles: false; teamIds: string[]; medewerkerId: string | null };

export async function findInzetverzoeken(
  db: Kysely<Database>,
  filter: InzetverzoekFilter,
  zicht: InzetverzoekZicht,
  richting: 'asc' | 'desc',
  pagina: Paginering,
): Promise<{ rijen: InzetverzoekRij[]; aantal: number }> {
  let q = inzetverzoekQuery(db).clearOrderBy().orderBy('v.aangevraagd_op', richting);
  if (filter.status) q = q.where('v.status', '=', filter.status);
  if (filter.aangevraagdDoor) q = q.where('v.aangevraagd_door', '=', filter.aangevraagdDoor);
  if (filter.teamId) q = q.where('v.team_id', '=', filter.teamId);
  if (filter.capaciteitsvraagId) q = q.where('v.capaciteitsvraag_id', '=', filter.capaciteitsvraagId);
  if (filter.medewerkerId) q = q.where('v.medewerker_id', '=', filter.medewerkerId);
  if (!zicht.alles) {
    const { teamIds, medewerkerId } = zicht;
    q = q.where((eb) =>
      eb.or([
        ...(teamIds.length > 0 ? [eb('v.team_id', 'in', teamIds)] : []),
        eb('v.medewerker_id', '=', medewerkerId ?? '00000000-0000-0000-0000-000000000000'),
      ]),
    );
  }
  const [rijen, aantal] = await Promise.all([
    q.orderBy('v.id').limit(pagina.paginaGrootte).offset(offset(pagina)).execute(),
    telRijen(q.clearOrderBy()),
  ]);
  return { rijen, aantal };
}

/** The requests made from one verdeelvoorstel, oldest first. */
export async function findInzetverzoekenVanScenario(db: Kysely<Database>, scenarioId: string) {
  return db
    .selectFrom('inzetverzoek')
    .select(['id', 'capaciteitsvraag_id', 'medewerker_id', 'status'])
    .where('scenario_id', '=', scenarioId)
    .orderBy('aangevraagd_op', 'asc')
    .execute();
}

export async function insertInzetverzoek(
  db: Kysely<Database>,
  rij: Insertable<InzetverzoekTable>,
): Promise<string> {
  const { id } = await db.insertInto('inzetverzoek').values(rij).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** What a step of an inzetverzoek may change besides its status and who decided when. */
export type InzetverzoekWijziging = Pick<
  Updateable<InzetverzoekTable>,
  'reden' | 'tegen_van' | 'tegen_tot' | 'tegen_uren_per_week'
>;

/** The niveau at which a medewerker holds an expertise; undefined when they do not hold it. */
export async function findExpertiseNiveau(
  db: Kysely<Database>,
  medewerkerId: string,
  expertiseId: string,
): Promise<number | undefined> {
  const r = await db
    .selectFrom('medewerker_expertise')
    .select(['niveau'])
    .where('medewerker_id', '=', medewerkerId)
    .where('expertise_id', '=', expertiseId)
    .executeTakeFirst();
  return r?.niveau;
}

export interface InzetverzoekStatistiekRij {
  team_id: string;
  naam: string;
  aantal: number;
  ingestemd: number;
  afgewezen: number;
  open: number;
  gemiddelde_wachtdagen: number | null;
}

/**
 * Per team: how many requests (withdrawn ones not counted), how many consented, declined and still
 * in one of `openStatussen`, and the average days from asking to deciding (or to now), by team name.
 */
export async function inzetverzoekStatistiek(
  db: Kysely<Database>,
  openStatussen: readonly InzetverzoekStatus[],
): Promise<InzetverzoekStatistiekRij[]> {
  const r = await sql<InzetverzoekStatistiekRij>`
    select t.id as team_id, t.naam,
           count(*)::int as aantal,
           count(*) filter (where v.status = 'ingestemd')::int as ingestemd,
           count(*) filter (where v.status = 'afgewezen')::int as afgewezen,
           count(*) filter (where v.status = any(${[...openStatussen]}::text[]))::int as open,
           round((avg(extract(epoch from (coalesce(v.beslist_op, now()) - v.aangevraagd_op)) / 86400))::numeric, 1)::float8
             as gemiddelde_wachtdagen
      from inzetverzoek v join team t on t.id = v.team_id
     where v.status <> 'ingetrokken'
     group by t.id, t.naam
     order by t.naam`.execute(db);
  return r.rows;
}
