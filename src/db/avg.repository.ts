import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * The queries behind the rights of the AVG (GDPR): what a person may see of what is held about them
 * (inzage, art. 15) and the anonymisation of a departed medewerker. The audit log is only read here,
 * never rewritten.
 */

// --- inzage (art. 15) ---------------------------------------------------------------------------

/** The account as the person sees it: no password hash, no TOTP secret. */
export async function findInzageAccount(db: Kysely<Database>, accountId: string) {
  return db
    .selectFrom('account')
    .select(['id', 'e_mail', 'naam', 'medewerker_id', 'actief', 'aangemaakt_op', 'gewijzigd_op'])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
}

export async function findInzageRollen(db: Kysely<Database>, accountId: string) {
  return db.selectFrom('account_rol').select('rol').where('account_id', '=', accountId).execute();
}

/** Every session of the account, newest first, with where it came from. */
export async function findInzageSessies(db: Kysely<Database>, accountId: string) {
  return db
    .selectFrom('sessie')
    .select(['methode', 'aangemaakt_op', 'laatst_actief_op', 'beeindigd_op', 'ip', 'user_agent'])
    .where('account_id', '=', accountId)
    .orderBy('aangemaakt_op', 'desc')
    .execute();
}

/**
 * The audit records about the person, newest first and at most 10,000: what they did themselves
 * and, when they are a medewerker, who read or changed that medewerker.
 */
export async function findInzageAuditlog(
  db: Kysely<Database>,
  accountId: string,
  medewerkerId: string | null,
) {
  return db
    .selectFrom('audit_log')
    .select(['tijdstempel', 'actie', 'object_type', 'object_id', 'resultaat', 'ip'])
    .where((eb) =>
      eb.or([
        eb('actor_account_id', '=', accountId),
        ...(medewerkerId
          ? [eb.and([eb('object_type', '=', 'medewerker'), eb('object_id', '=', medewerkerId)])]
          : []),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(10_000)
    .execute();
}

// --- anonymisation ------------------------------------------------------------------------------

/**
 * Replaces a medewerker's personal details and marks them anonymised. The caller holds the row's
 * lock (lockMedewerker), so the version it read is still the stored one.
 */
export async function anonymiseMedewerker(
  db: Kysely<Database>,
  id: string,
  versie: number,
  velden: {
    personeelsnummer: string;
    voornaam: string;
    tussenvoegsel: string | null;
    achternaam: string;
    e_mail: string;
  },
  nu: Date,
): Promise<void> {
  await db
    .updateTable('medewerker')
    .set({ ...velden, geanonimiseerd_op: nu, versie: versie + 1, gewijzigd_op: nu })
    .where('id', '=', id)
    .execute();
}

/** Replaces an account's name and e-mail, forgets its password and TOTP secret, and blocks it. */
export async function anonymiseAccount(
  db: Kysely<Database>,
  id: string,
  velden: { naam: string; e_mail: string },
  nu: Date,
): Promise<void> {
  await db
    .updateTable('account')
    .set({
      ...velden,
      wachtwoord_hash: null,
      vorig_wachtwoord_hash: null,
      totp_geheim: null,
      actief: false,
      gewijzigd_op: nu,
    })
    .where('id', '=', id)
    .execute();
}

/** Forgets where an account's sessions came from (IP address and browser). */
export async function clearSessieHerkomst(db: Kysely<Database>, accountId: string): Promise<void> {
  await db
    .updateTable('sessie')
    .set({ ip: null, user_agent: null })
    .where('account_id', '=', accountId)
    .execute();
}
