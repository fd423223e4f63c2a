import { type Kysely, sql } from 'kysely';
import type { FormatieStand } from '../domain/import-formatie';
import type { HuidigeMedewerker, HuidigTeam, ImportStand } from '../domain/import-plan';
import { volledigeNaam } from '../domain/medewerker';
import type { Database, ImportSoortKolom } from './schema';
import { updateMetVersie } from './versie';

/**
 * The import's reads and writes. The current state is read set-based — one query per table, never
 * one per row — so a 25,000-row file is planned from five queries (the performance target of issue 16).
 */

/** Every medewerker with their full history of teams, contract hours and leadership, and every team. */
export async function findImportStand(
  db: Kysely<Database>,
): Promise<Omit<ImportStand, 'terugwerkendeDagen'>> {
  const [personen, leden, uren, leiding, teams] = await Promise.all([
    db
      .selectFrom('medewerker')
      .select([
        'id',
        'personeelsnummer',
        'voornaam',
        'tussenvoegsel',
        'achternaam',
        'e_mail',
        'functie',
        'schaal',
        'trede',
        'in_dienst',
        'uit_dienst',
      ])
      .execute(),
    db
      .selectFrom('teamlidmaatschap')
      .select(['id', 'medewerker_id', 'team_id', 'ingangsdatum', 'einddatum'])
      .execute(),
    db
      .selectFrom('contracturen')
      .select(['id', 'medewerker_id', 'uren_per_week', 'ingangsdatum', 'einddatum'])
      .execute(),
    db
      .selectFrom('leiderschap')
      .select(['id', 'medewerker_id', 'team_id', 'rol', 'ingangsdatum', 'einddatum'])
      .execute(),
    db
      .selectFrom('team')
      .select(['id', 'naam', 'soort', 'parent_id', 'omschrijving', 'opgeheven_op'])
      .execute(),
  ]);
  const opId = new Map<string, HuidigeMedewerker>();
  for (const p of personen) opId.set(p.id, { ...p, lidmaatschappen: [], contracturen: [], leiderschap: [] });
  for (const l of leden) opId.get(l.medewerker_id)?.lidmaatschappen.push(l);
  for (const c of uren)
    opId.get(c.medewerker_id)?.contracturen.push({ ...c, uren_per_week: Number(c.uren_per_week) });
  for (const l of leiding) opId.get(l.medewerker_id)?.leiderschap.push(l);
  return { medewerkers: [...opId.values()], teams: teams as HuidigTeam[] };
}

const PARTIJ = 1000;

function* partijen<T>(rijen: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rijen.length; i += PARTIJ) yield rijen.slice(i, i + PARTIJ);
}

/** New medewerkers in batches; answers personeelsnummer → id. */
export async function insertMedewerkers(
  db: Kysely<Database>,
  rijen: {
    personeelsnummer: string;
    voornaam: string;
    tussenvoegsel: string | null;
    achternaam: string;
    e_mail: string;
    functie: string;
    schaal: number;
    trede: number;
    in_dienst: string;
    uit_dienst: string | null;
  }[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const partij of partijen(rijen)) {
    const r = await db
      .insertInto('medewerker')
      .values(partij)
      .returning(['id', 'personeelsnummer'])
      .execute();
    for (const x of r) ids.set(x.personeelsnummer, x.id);
  }
  return ids;
}

type Feitrij = { medewerker_id: string; ingangsdatum: string; einddatum: string | null };

export async function insertTeamlidmaatschappen(
  db: Kysely<Database>,
  rijen: (Feitrij & { team_id: string })[],
) {
  for (const partij of partijen(rijen)) await db.insertInto('teamlidmaatschap').values(partij).execute();
}

export async function insertContracturenRijen(
  db: Kysely<Database>,
  rijen: (Feitrij & { uren_per_week: number })[],
) {
  for (const partij of partijen(rijen)) await db.insertInto('contracturen').values(partij).execute();
}

export async function insertLeiderschappen(
  db: Kysely<Database>,
  rijen: (Feitrij & { team_id: string; rol: 'teamleider' | 'directeur' })[],
) {
  for (const partij of partijen(rijen)) await db.insertInto('leiderschap').values(partij).execute();
}

/** Corrects the value of a fact that started on the import's own ingangsdatum (a same-day re-import). */
export async function vervangTeam(db: Kysely<Database>, id: string, teamId: string): Promise<void> {
  await db.updateTable('teamlidmaatschap').set({ team_id: teamId }).where('id', '=', id).execute();
}

export async function vervangUren(db: Kysely<Database>, id: string, uren: number): Promise<void> {
  await db.updateTable('contracturen').set({ uren_per_week: uren }).where('id', '=', id).execute();
}

/** A medewerker's person fields, with the versie raised so open edit screens see the change (412). */
export async function updatePersoon(
  db: Kysely<Database>,
  id: string,
  set: Partial<{
    voornaam: string;
    tussenvoegsel: string | null;
    achternaam: string;
    e_mail: string;
    functie: string;
    schaal: number;
    trede: number;
    uit_dienst: string | null;
  }>,
): Promise<void> {
  await db
    .updateTable('medewerker')
    .set((eb) => ({ ...set, versie: eb('versie', '+', 1), gewijzigd_op: new Date() }))
    .where('id', '=', id)
    .execute();
}

/** A team's parent and description, with the versie raised. */
export async function updateTeamVelden(
  db: Kysely<Database>,
  id: string,
  set: Partial<{ parent_id: string | null; omschrijving: string | null; opgeheven_op: string }>,
): Promise<void> {
  await db
    .updateTable('team')
    .set((eb) => ({ ...set, versie: eb('versie', '+', 1), gewijzigd_op: new Date() }))
    .where('id', '=', id)
    .execute();
}

export async function insertTeamRij(
  db: Kysely<Database>,
  rij: {
    naam: string;
    soort: 'basisteam' | 'directie';
    parent_id: string | null;
    omschrijving: string | null;
  },
): Promise<string> {
  const r = await db.insertInto('team').values(rij).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

// --- verwerkingen (committed imports) -------------------------------------------------------------

export async function insertVerwerking(
  db: Kysely<Database>,
  rij: {
    bestandsnaam: string;
    sha256: string;
    soort: ImportSoortKolom;
    peildatum: string;
    volledig: boolean;
    aantallen: Record<string, number>;
    door_account_id: string | null;
  },
): Promise<{ id: string; verwerkt_op: Date }> {
  return db
    .insertInto('import_verwerking')
    .values({ ...rij, aantallen: JSON.stringify(rij.aantallen) })
    .returning(['id', 'verwerkt_op'])
    .executeTakeFirstOrThrow();
}

export async function findVerwerkingen(db: Kysely<Database>, limiet: number) {
  return db
    .selectFrom('import_verwerking')
    .selectAll()
    .orderBy('verwerkt_op', 'desc')
    .limit(limiet)
    .execute();
}

// --- koppelingen (saved column mappings) ----------------------------------------------------------

export async function findKoppelingen(db: Kysely<Database>) {
  return db.selectFrom('import_koppeling').selectAll().orderBy(sql`lower(naam)`).execute();
}

export async function findKoppeling(db: Kysely<Database>, id: string) {
  return db.selectFrom('import_koppeling').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findKoppelingOpNaam(db: Kysely<Database>, naam: string) {
  return db
    .selectFrom('import_koppeling')
    .selectAll()
    .where(sql`lower(naam)`, '=', naam.trim().toLowerCase())
    .executeTakeFirst();
}

export async function insertKoppeling(
  db: Kysely<Database>,
  rij: { naam: string; soort: ImportSoortKolom; velden: Record<string, string> },
) {
  return db
    .insertInto('import_koppeling')
    .values({ ...rij, velden: JSON.stringify(rij.velden) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateKoppeling(
  db: Kysely<Database>,
  id: string,
  versie: number,
  set: { naam?: string; velden?: Record<string, string> },
) {
  return updateMetVersie(db, 'import_koppeling', id, versie, {
    ...(set.naam !== undefined ? { naam: set.naam } : {}),
    ...(set.velden !== undefined ? { velden: JSON.stringify(set.velden) } : {}),
    gewijzigd_op: new Date(),
  });
}

export async function deleteKoppeling(db: Kysely<Database>, id: string): Promise<boolean> {
  const r = await db.deleteFrom('import_koppeling').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// --- formatieplaatsen ----------------------------------------------------------------------------

/**
 * The formatie a formatieplaatsen file is planned against (src/domain/import-formatie.ts): every
 * team, the places that run on the peildatum or later, and the placements on those places — three
 * queries, whatever the size of the organisation.
 */
export async function findFormatieStand(
  db: Kysely<Database>,
  peildatum: string,
): Promise<Omit<FormatieStand, 'terugwerkendeDagen'>> {
  const [teams, plaatsen, plaatsingen] = await Promise.all([
    db
      .selectFrom('team')
      .select(['id', 'naam', 'soort', 'parent_id', 'omschrijving', 'opgeheven_op'])
      .execute(),
    db
      .selectFrom('formatieplaats')
      .select(['id', 'team_id', 'functie_naam', 'salarisschaal', 'fte', 'ingangsdatum', 'einddatum', 'soort'])
      .where((eb) => eb.or([eb('einddatum', 'is', null), eb('einddatum', '>=', peildatum)]))
      .execute(),
    db
      .selectFrom('plaatsing as p')
      .innerJoin('formatieplaats as f', 'f.id', 'p.formatieplaats_id')
      .innerJoin('medewerker as m', 'm.id', 'p.medewerker_id')
      .select([
        'p.formatieplaats_id',
        'p.ingangsdatum',
        'p.einddatum',
        'm.voornaam',
        'm.tussenvoegsel',
        'm.achternaam',
      ])
      .where((eb) => eb.or([eb('f.einddatum', 'is', null), eb('f.einddatum', '>=', peildatum)]))
      .execute(),
  ]);
  return {
    teams: teams as HuidigTeam[],
    plaatsen: plaatsen.map((p) => ({ ...p, fte: Number(p.fte) })),
    plaatsingen: plaatsingen.map((p) => ({
      formatieplaats_id: p.formatieplaats_id,
      ingangsdatum: p.ingangsdatum,
      einddatum: p.einddatum,
      naam: volledigeNaam(p),
    })),
  };
}

/** New places in batches, funded regularly (a file names no programma or subsidy). */
export async function insertFormatieplaatsRijen(
  db: Kysely<Database>,
  rijen: {
    team_id: string;
    functie_naam: string;
    salarisschaal: string;
    fte: number;
    ingangsdatum: string;
    einddatum: string | null;
    soort: 'structureel' | 'tijdelijk';
  }[],
): Promise<void> {
  for (const partij of partijen(rijen))
    await db
      .insertInto('formatieplaats')
      .values(partij.map((r) => ({ ...r, financiering: 'regulier' as const })))
      .execute();
}

/** A place's fte, end and soort, with the versie raised so open edit screens see the change (412). */
export async function updateFormatieplaatsVelden(
  db: Kysely<Database>,
  id: string,
  set: { fte?: number; einddatum?: string | null; soort?: 'structureel' | 'tijdelijk' },
): Promise<void> {
  await db
    .updateTable('formatieplaats')
    .set((eb) => ({ ...set, versie: eb('versie', '+', 1), gewijzigd_op: new Date() }))
    .where('id', '=', id)
    .execute();
}
