import { type Kysely, sql } from 'kysely';
import type { Database, SessieRow } from './schema';

export async function insertSessie(
  db: Kysely<Database>,
  rij: {
    id: string;
    account_id: string;
    csrf_token: string;
    totp_voldaan: boolean;
    methode: 'wachtwoord' | 'oidc';
    verloopt_op: Date;
    ip: string | null;
    user_agent: string | null;
  },
): Promise<void> {
  await db.insertInto('sessie').values(rij).execute();
}

/** A session that has not ended; expiry is judged by the caller, who knows the time-outs. */
export async function findOpenSessie(db: Kysely<Database>, id: string): Promise<SessieRow | undefined> {
  return db
    .selectFrom('sessie')
    .selectAll()
    .where('id', '=', id)
    .where('beeindigd_op', 'is', null)
    .executeTakeFirst();
}

export async function touchSessie(db: Kysely<Database>, id: string, nu: Date): Promise<void> {
  await db.updateTable('sessie').set({ laatst_actief_op: nu }).where('id', '=', id).execute();
}

export async function markTotpVoldaan(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('sessie').set({ totp_voldaan: true }).where('id', '=', id).execute();
}

export async function endSessie(db: Kysely<Database>, id: string, nu: Date): Promise<void> {
  await db
    .updateTable('sessie')
    .set({ beeindigd_op: nu })
    .where('id', '=', id)
    .where('beeindigd_op', 'is', null)
    .execute();
}

/** Ends every other session of the account (after a password change); the given one stays. */
export async function endAndereSessies(
  db: Kysely<Database>,
  accountId: string,
  behoud: string,
  nu: Date,
): Promise<number> {
  const r = await db
    .updateTable('sessie')
    .set({ beeindigd_op: nu })
    .where('account_id', '=', accountId)
    .where('id', '!=', behoud)
    .where('beeindigd_op', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function endAlleSessies(db: Kysely<Database>, accountId: string, nu: Date): Promise<number> {
  const r = await db
    .updateTable('sessie')
    .set({ beeindigd_op: nu })
    .where('account_id', '=', accountId)
    .where('beeindigd_op', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

// --- throttling ---------------------------------------------------------------------------------

/**
 * Counts one attempt on a key before it is evaluated, in one statement, so parallel requests each
 * see their own number and none slips past a limit (an `insert … on conflict do update` takes the
 * row's lock on both engines). A counter whose window started before `grens` starts again at 1.
 * Returns the count including this attempt and the start of its window.
 */
export async function reserveerPoging(
  db: Kysely<Database>,
  sleutel: string,
  nu: Date,
  grens: Date,
): Promise<{ aantal: number; sinds: Date }> {
  const r = await db
    .insertInto('inlogpoging')
    .values({ sleutel, tijdstip: nu, aantal: 1 })
    .onConflict((oc) =>
      oc.column('sleutel').doUpdateSet({
        aantal: sql<number>`case when inlogpoging.tijdstip < ${grens} then 1 else inlogpoging.aantal + 1 end`,
        tijdstip: sql<Date>`case when inlogpoging.tijdstip < ${grens} then excluded.tijdstip else inlogpoging.tijdstip end`,
      }),
    )
    .returning(['aantal', 'tijdstip'])
    .executeTakeFirstOrThrow();
  return { aantal: Number(r.aantal), sinds: new Date(r.tijdstip) };
}

/** Gives back a counted attempt that turned out not to be a failure (refused elsewhere, or correct). */
export async function geefPogingTerug(db: Kysely<Database>, sleutels: readonly string[]): Promise<void> {
  if (sleutels.length === 0) return;
  await db
    .updateTable('inlogpoging')
    .set((eb) => ({ aantal: eb('aantal', '-', 1) }))
    .where('sleutel', 'in', [...sleutels])
    .where('aantal', '>', 0)
    .execute();
}

export async function clearPogingen(db: Kysely<Database>, sleutel: string): Promise<void> {
  await db.deleteFrom('inlogpoging').where('sleutel', '=', sleutel).execute();
}

// --- housekeeping -------------------------------------------------------------------------------

/**
 * Removes what no longer serves a purpose (data minimisation, AVG art. 5): sessions past their
 * absolute expiry or ended, failed login attempts older than `pogingenVoor`, and OIDC logins
 * started more than ten minutes ago. Logins and logouts stay in the audit log. Returns the counts.
 */
export async function ruimOp(
  db: Kysely<Database>,
  nu: Date,
  pogingenVoor: Date,
): Promise<{ sessies: number; pogingen: number; oidc: number }> {
  const sessies = await db
    .deleteFrom('sessie')
    .where((eb) => eb.or([eb('verloopt_op', '<', nu), eb('beeindigd_op', 'is not', null)]))
    .executeTakeFirst();
  const pogingen = await db.deleteFrom('inlogpoging').where('tijdstip', '<', pogingenVoor).executeTakeFirst();
  const oidc = await db
    .deleteFrom('oidc_aanvraag')
    .where('aangemaakt_op', '<', new Date(nu.getTime() - 10 * 60_000))
    .executeTakeFirst();
  return {
    sessies: Number(sessies.numDeletedRows),
    pogingen: Number(pogingen.numDeletedRows),
    oidc: Number(oidc.numDeletedRows),
  };
}

// --- OIDC login state ---------------------------------------------------------------------------

export async function insertOidcAanvraag(
  db: Kysely<Database>,
  rij: { state: string; code_verifier: string; nonce: string; terug_naar: string | null },
): Promise<void> {
  await db.insertInto('oidc_aanvraag').values(rij).execute();
}

/** Forgets logins that were started but never finished (older than ten minutes). */
export async function deleteVerlopenOidcAanvragen(db: Kysely<Database>, nu: Date): Promise<void> {
  await db
    .deleteFrom('oidc_aanvraag')
    .where('aangemaakt_op', '<', new Date(nu.getTime() - 10 * 60_000))
    .execute();
}

/** Takes the pending login out (one use only); undefined when unknown or older than ten minutes. */
export async function takeOidcAanvraag(db: Kysely<Database>, state: string, nu: Date) {
  const rij = await db
    .deleteFrom('oidc_aanvraag')
    .where('state', '=', state)
    .returningAll()
    .executeTakeFirst();
  if (!rij) return undefined;
  return nu.getTime() - new Date(rij.aangemaakt_op).getTime() > 10 * 60_000 ? undefined : rij;
}

export async function setTotpVoorstel(
  db: Kysely<Database>,
  id: string,
  geheim: string | null,
): Promise<void> {
  await db.updateTable('sessie').set({ totp_voorstel: geheim }).where('id', '=', id).execute();
}
