import { type Kysely, sql } from 'kysely';
import type { Rol } from '../domain/rol';
import { likePatroon, offset, type Paginering, type Sortering, telRijen } from './query-helpers';
import type { AccountRow, Database } from './schema';
import { updateMetVersie } from './versie';

export interface AccountMetRollen extends AccountRow {
  rollen: Rol[];
}

async function metRollen(db: Kysely<Database>, rijen: AccountRow[]): Promise<AccountMetRollen[]> {
  if (rijen.length === 0) return [];
  const rollen = await db
    .selectFrom('account_rol')
    .select(['account_id', 'rol'])
    .where(
      'account_id',
      'in',
      rijen.map((r) => r.id),
    )
    .execute();
  return rijen.map((r) => ({
    ...r,
    rollen: rollen
      .filter((x) => x.account_id === r.id)
      .map((x) => x.rol as Rol)
      .sort(),
  }));
}

export async function findAccount(db: Kysely<Database>, id: string): Promise<AccountMetRollen | undefined> {
  const rij = await db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
  return rij ? (await metRollen(db, [rij]))[0] : undefined;
}

export async function findAccountByEMail(
  db: Kysely<Database>,
  eMail: string,
): Promise<AccountMetRollen | undefined> {
  const rij = await db
    .selectFrom('account')
    .selectAll()
    .where(sql`lower(e_mail)`, '=', eMail.trim().toLowerCase())
    .executeTakeFirst();
  return rij ? (await metRollen(db, [rij]))[0] : undefined;
}

export async function findAccountByPersoneelsnummer(
  db: Kysely<Database>,
  nummer: string,
): Promise<AccountMetRollen | undefined> {
  const rij = await db
    .selectFrom('account as a')
    .innerJoin('medewerker as m', 'm.id', 'a.medewerker_id')
    .selectAll('a')
    .where('m.personeelsnummer', '=', nummer)
    .executeTakeFirst();
  return rij ? (await metRollen(db, [rij]))[0] : undefined;
}

/** The id of the account that belongs to a medewerker, if any. */
export async function findAccountIdByMedewerker(
  db: Kysely<Database>,
  medewerkerId: string,
): Promise<string | undefined> {
  const rij = await db
    .selectFrom('account')
    .select('id')
    .where('medewerker_id', '=', medewerkerId)
    .executeTakeFirst();
  return rij?.id;
}

/** A page of accounts, optionally those whose name or e-mail contains `zoek`, with the total. */
export async function listAccounts(
  db: Kysely<Database>,
  zoek: string | undefined,
  sortering: Sortering<'naam' | 'eMail'>,
  pagina: Paginering,
): Promise<{ rijen: AccountMetRollen[]; aantal: number }> {
  let q = db.selectFrom('account').selectAll();
  if (zoek) {
    const patroon = likePatroon(zoek);
    q = q.where((eb) => eb.or([eb('naam', 'ilike', patroon), eb('e_mail', 'ilike', patroon)]));
  }
  const [rijen, aantal] = await Promise.all([
    q
      .orderBy(sortering.veld === 'naam' ? 'naam' : 'e_mail', sortering.richting)
      .orderBy('id')
      .limit(pagina.paginaGrootte)
      .offset(offset(pagina))
      .execute(),
    telRijen(q),
  ]);
  return { rijen: await metRollen(db, rijen), aantal };
}

/** Account names by id, for showing who did something (the audit log). */
export async function findAccountNamen(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rijen = await db
    .selectFrom('account')
    .select(['id', 'naam'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rijen.map((r) => [r.id, r.naam]));
}

export async function insertAccount(
  db: Kysely<Database>,
  rij: {
    e_mail: string;
    naam: string;
    medewerker_id: string | null;
    wachtwoord_hash: string | null;
    wachtwoord_wijzigen?: boolean;
    totp_geheim?: string | null;
  },
  rollen: readonly Rol[],
): Promise<string> {
  const { id } = await db.insertInto('account').values(rij).returning('id').executeTakeFirstOrThrow();
  if (rollen.length > 0) {
    await db
      .insertInto('account_rol')
      .values(rollen.map((rol) => ({ account_id: id, rol })))
      .execute();
  }
  return id;
}

export async function setRollen(
  db: Kysely<Database>,
  accountId: string,
  rollen: readonly Rol[],
): Promise<void> {
  await db.deleteFrom('account_rol').where('account_id', '=', accountId).execute();
  if (rollen.length > 0) {
    await db
      .insertInto('account_rol')
      .values(rollen.map((rol) => ({ account_id: accountId, rol })))
      .execute();
  }
}

export async function updateAccount(
  db: Kysely<Database>,
  id: string,
  wijziging: Partial<
    Pick<
      AccountRow,
      | 'naam'
      | 'actief'
      | 'wachtwoord_hash'
      | 'vorig_wachtwoord_hash'
      | 'wachtwoord_wijzigen'
      | 'totp_geheim'
      | 'totp_laatste_stap'
    >
  >,
  versie?: number,
): Promise<boolean> {
  if (versie !== undefined)
    return (await updateMetVersie(db, 'account', id, versie, wijziging)) !== undefined;
  // Without a version the change always lands, and still raises the version: an ETag read before
  // it goes stale.
  const r = await db
    .updateTable('account')
    .set((eb) => ({ ...wijziging, versie: eb('versie', '+', 1), gewijzigd_op: new Date() }))
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records the TOTP step only if it is newer than the last one: two racing logins cannot both use one code. */
export async function claimTotpStap(db: Kysely<Database>, id: string, stap: number): Promise<boolean> {
  const r = await db
    .updateTable('account')
    .set({ totp_laatste_stap: stap })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('totp_laatste_stap', 'is', null), eb('totp_laatste_stap', '<', stap)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The basisteams a medewerker leads on a date: a teamleider's reach. */
export async function findGeleideTeamIds(
  db: Kysely<Database>,
  medewerkerId: string,
  peildatum: string,
): Promise<string[]> {
  const rijen = await db
    .selectFrom('leiderschap')
    .select('team_id')
    .where('medewerker_id', '=', medewerkerId)
    .where('rol', '=', 'teamleider')
    .where('ingangsdatum', '<=', peildatum)
    .where((eb) => eb.or([eb('einddatum', 'is', null), eb('einddatum', '>=', peildatum)]))
    .execute();
  return rijen.map((r) => r.team_id);
}
