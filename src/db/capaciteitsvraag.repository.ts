import { type Insertable, type Kysely, sql } from 'kysely';
import type { CapaciteitsvraagTable, Database, InzetverzoekStatus } from './schema';

/** The dossier a capaciteitsvraag belongs to: an opgave or a bestuursopdracht. */
export type DossierRef = { soort: 'opgave'; id: string } | { soort: 'bestuursopdracht'; id: string };

function capaciteitsvraagQuery(db: Kysely<Database>) {
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

/** A capaciteitsvraag with the names of its expertise, team and dossier. */
export type CapaciteitsvraagRij = Awaited<
  ReturnType<ReturnType<typeof capaciteitsvraagQuery>['execute']>
>[number];

export async function findCapaciteitsvragen(
  db: Kysely<Database>,
  dossier: DossierRef,
): Promise<CapaciteitsvraagRij[]> {
  const kolom = dossier.soort === 'opgave' ? 'c.opgave_id' : 'c.bestuursopdracht_id';
  return capaciteitsvraagQuery(db).where(kolom, '=', dossier.id).execute();
}

export async function findCapaciteitsvraag(
  db: Kysely<Database>,
  id: string,
): Promise<CapaciteitsvraagRij | undefined> {
  return capaciteitsvraagQuery(db).where('c.id', '=', id).executeTakeFirst();
}

export async function insertCapaciteitsvraag(
  db: Kysely<Database>,
  rij: Insertable<CapaciteitsvraagTable>,
): Promise<string> {
  const { id } = await db
    .insertInto('capaciteitsvraag')
    .values(rij)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function deleteCapaciteitsvraag(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('capaciteitsvraag').where('id', '=', id).execute();
}

// --- what has been asked of people ---------------------------------------------------------------

export interface StaandVerzoekRij {
  capaciteitsvraag_id: string;
  status: InzetverzoekStatus;
  van: string;
  tot: string;
  uren_per_week: number;
  tegen_van: string | null;
  tegen_tot: string | null;
  tegen_uren_per_week: number | null;
}

/** The inzetverzoeken of these vragen in one of `statussen` (the ones that still stand). */
export async function findStaandeVerzoeken(
  db: Kysely<Database>,
  vraagIds: readonly string[],
  statussen: readonly InzetverzoekStatus[],
): Promise<StaandVerzoekRij[]> {
  if (vraagIds.length === 0) return [];
  return db
    .selectFrom('inzetverzoek')
    .select([
      'capaciteitsvraag_id',
      'status',
      'van',
      'tot',
      'uren_per_week',
      'tegen_van',
      'tegen_tot',
      'tegen_uren_per_week',
    ])
    .where('capaciteitsvraag_id', 'in', [...vraagIds])
    .where('status', 'in', [...statussen])
    .execute();
}

// --- the dossier ---------------------------------------------------------------------------------

/** The status of the dossier, or undefined when it does not exist. */
export async function findDossierStatus(
  db: Kysely<Database>,
  dossier: DossierRef,
): Promise<string | undefined> {
  const rij =
    dossier.soort === 'opgave'
      ? await db.selectFrom('opgave').select('status').where('id', '=', dossier.id).executeTakeFirst()
      : await db
          .selectFrom('bestuursopdracht')
          .select('status')
          .where('id', '=', dossier.id)
          .executeTakeFirst();
  return rij?.status;
}

/** The statuses of the dossier of a capaciteitsvraag; undefined when the vraag does not exist. */
export async function findDossierStatusVanVraag(
  db: Kysely<Database>,
  vraagId: string,
): Promise<{ opgave_status: string | null; opdracht_status: string | null } | undefined> {
  return db
    .selectFrom('capaciteitsvraag as c')
    .leftJoin('opgave as o', 'o.id', 'c.opgave_id')
    .leftJoin('bestuursopdracht as b', 'b.id', 'c.bestuursopdracht_id')
    .select(['o.status as opgave_status', 'b.status as opdracht_status'])
    .where('c.id', '=', vraagId)
    .executeTakeFirst();
}

/**
 * Raises the dossier's versie (and stamps gewijzigd_op). A bestuursopdracht only while it is
 * concept or verkend, the states in which it may be edited: answers false when it is not (any
 * more), an opgave always true.
 */
export async function verhoogDossierVersie(db: Kysely<Database>, dossier: DossierRef): Promise<boolean> {
  if (dossier.soort === 'opgave') {
    await db
      .updateTable('opgave')
      .set((eb) => ({ versie: eb('versie', '+', 1), gewijzigd_op: new Date() }))
      .where('id', '=', dossier.id)
      .execute();
    return true;
  }
  const r = await db
    .updateTable('bestuursopdracht')
    .set((eb) => ({ versie: eb('versie', '+', 1), gewijzigd_op: new Date() }))
    .where('id', '=', dossier.id)
    .where('status', 'in', ['concept', 'verkend'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

// --- kandidaten ----------------------------------------------------------------------------------

export interface KandidaatRij {
  medewerker_id: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  functie: string;
  niveau: number;
  ambitie: boolean;
  team_id: string;
  team_naam: string;
  /** The agile dossiers (opgave or bestuursopdracht ids) the person carries in the period. */
  dossiers: string[];
}

/**
 * Everyone holding the expertise at the minimum niveau or above, in service during [van, tot] and
 * in a basisteam on its first day (or today, when that is later), with the agile dossiers they
 * carry in the period: by inzet, or by an inzetverzoek in one of `openStatussen`.
 */
export async function findKandidaten(
  db: Kysely<Database>,
  k: {
    expertiseId: string;
    minimumNiveau: number;
    van: string;
    tot: string;
    openStatussen: readonly InzetverzoekStatus[];
  },
): Promise<KandidaatRij[]> {
  const r = await sql<KandidaatRij>`
      select m.id as medewerker_id, m.voornaam, m.tussenvoegsel, m.achternaam, m.functie,
             me.niveau, me.ambitie, l.team_id, t.naam as team_naam,
             coalesce((
               select array_agg(distinct coalesce(c.opgave_id, c.bestuursopdracht_id)::text)
                 from capaciteitsvraag c
                where c.id in (
                  select i.capaciteitsvraag_id from inzet i
                   where i.medewerker_id = m.id and i.soort = 'wendbaar' and i.capaciteitsvraag_id is not null
                     and i.van <= ${k.tot}::date and i.tot >= ${k.van}::date
                  union
                  select v.capaciteitsvraag_id from inzetverzoek v
                   where v.medewerker_id = m.id and v.status = any(${[...k.openStatussen]}::text[])
                     and v.van <= ${k.tot}::date and v.tot >= ${k.van}::date)
             ), '{}') as dossiers
        from medewerker_expertise me
        join medewerker m on m.id = me.medewerker_id
        join teamlidmaatschap l on l.medewerker_id = m.id
         and l.ingangsdatum <= greatest(${k.van}::date, current_date)
         and (l.einddatum is null or l.einddatum >= greatest(${k.van}::date, current_date))
        join team t on t.id = l.team_id and t.soort = 'basisteam'
       where me.expertise_id = ${k.expertiseId}
         and me.niveau >= ${k.minimumNiveau}
         and m.in_dienst <= ${k.tot}::date
         and (m.uit_dienst is null or m.uit_dienst >= ${k.van}::date)`.execute(db);
  return r.rows;
}
