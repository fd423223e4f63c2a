import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { accountMag, assertMagAccountWijzigen } from '../access/account';
import type { Gebruiker } from '../access/gebruiker';
import { hashWachtwoord } from '../access/wachtwoord';
import type {
  Account,
  AccountInvoer,
  AccountVerandering,
  AccountWijziging,
  NieuwAccountMetWachtwoord,
  TijdelijkWachtwoord,
} from '../contract/account';
import * as accounts from '../db/account.repository';
import { withDbErrors } from '../db/db-errors';
import { existsMedewerker } from '../db/medewerker.repository';
import type { Paginering, Sortering } from '../db/query-helpers';
import type { Database } from '../db/schema';
import * as sessies from '../db/sessie.repository';
import { inTransactie } from '../db/transactie';
import { assertGeenProblemen, NotFoundError, type Probleem, StaleVersionError } from '../domain/probleem';

/** `g` is the caller, for `mag`; null is the system (the command line). */
function view(a: accounts.AccountMetRollen, g: Gebruiker | null): Account {
  return {
    id: a.id,
    eMail: a.e_mail,
    naam: a.naam,
    medewerkerId: a.medewerker_id,
    rollen: a.rollen,
    actief: a.actief,
    totpIngesteld: a.totp_geheim !== null,
    wachtwoordWijzigen: a.wachtwoord_wijzigen,
    versie: a.versie,
    mag: accountMag(g, a.id),
  };
}

/** A one-time password a beheerder hands over; the user must replace it at the first login. */
function tijdelijkWachtwoord(): string {
  return randomBytes(12).toString('base64url');
}

export async function listAccounts(
  db: Kysely<Database>,
  g: Gebruiker,
  zoek: string | undefined,
  sortering: Sortering<'naam' | 'eMail'>,
  pagina: Paginering,
): Promise<{ rijen: Account[]; aantal: number }> {
  const { rijen, aantal } = await accounts.listAccounts(db, zoek, sortering, pagina);
  return { rijen: rijen.map((a) => view(a, g)), aantal };
}

export async function getAccount(db: Kysely<Database>, g: Gebruiker | null, id: string): Promise<Account> {
  const a = await accounts.findAccount(db, id);
  if (!a) throw new NotFoundError('Account', id);
  return view(a, g);
}

/** `g` is the beheerder who creates it; null (the default) is the command line. */
export async function createAccount(
  db: Kysely<Database>,
  invoer: AccountInvoer,
  g: Gebruiker | null = null,
): Promise<NieuwAccountMetWachtwoord> {
  const wachtwoord = tijdelijkWachtwoord();
  const hash = await hashWachtwoord(wachtwoord);
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const problemen: Probleem[] = [];
      if (await accounts.findAccountByEMail(trx, invoer.eMail)) {
        problemen.push({
          veld: 'eMail',
          code: 'bestaat-al',
          melding: 'Er is al een account met dit e-mailadres.',
        });
      }
      if (invoer.medewerkerId) {
        if (!(await existsMedewerker(trx, invoer.medewerkerId)))
          problemen.push({
            veld: 'medewerkerId',
            code: 'bestaat-niet',
            melding: 'Deze medewerker bestaat niet.',
          });
      }
      assertGeenProblemen(problemen);
      return accounts.insertAccount(
        trx,
        {
          e_mail: invoer.eMail.trim(),
          naam: invoer.naam.trim(),
          medewerker_id: invoer.medewerkerId ?? null,
          wachtwoord_hash: hash,
          wachtwoord_wijzigen: true,
        },
        invoer.rollen,
      );
    }),
  );
  return { account: await getAccount(db, g, id), tijdelijkWachtwoord: wachtwoord };
}

const zelfdeRollen = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((r) => b.includes(r));

/**
 * Name, roles and blocking. Roles and blocking of one's own account are refused (another beheerder
 * must); the answer says what changed, before and after, for the audit record.
 */
export async function updateAccount(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: AccountWijziging,
): Promise<{ account: Account; veranderd: AccountVerandering }> {
  const veranderd = await inTransactie(db, async (trx) => {
    const a = await accounts.findAccount(trx, id);
    if (!a) throw new NotFoundError('Account', id);
    if (a.versie !== versie) throw new StaleVersionError(a.versie);
    const naam = w.naam?.trim();
    const v: AccountVerandering = {};
    if (naam !== undefined && naam !== a.naam) v.naam = { voor: a.naam, na: naam };
    // Unchanged roles or blocking may be sent along (a form sends every field): only a change counts.
    if (w.rollen && !zelfdeRollen(w.rollen, a.rollen))
      v.rollen = { voor: a.rollen, na: [...w.rollen].sort() };
    if (w.actief !== undefined && w.actief !== a.actief) v.actief = { voor: a.actief, na: w.actief };
    assertMagAccountWijzigen(g, id, { rollen: v.rollen !== undefined, actief: v.actief !== undefined });
    if (
      !(await accounts.updateAccount(
        trx,
        id,
        {
          ...(naam !== undefined ? { naam } : {}),
          ...(w.actief !== undefined ? { actief: w.actief } : {}),
        },
        versie,
      ))
    ) {
      throw new StaleVersionError(a.versie + 1);
    }
    if (v.rollen) await accounts.setRollen(trx, id, v.rollen.na);
    // Fewer rights or a blocked account take effect at once, on every device.
    if (w.actief === false || v.rollen) await sessies.endAlleSessies(trx, id, new Date());
    return v;
  });
  return { account: await getAccount(db, g, id), veranderd };
}

export async function resetWachtwoord(db: Kysely<Database>, id: string): Promise<TijdelijkWachtwoord> {
  const a = await accounts.findAccount(db, id);
  if (!a) throw new NotFoundError('Account', id);
  const wachtwoord = tijdelijkWachtwoord();
  await accounts.updateAccount(db, id, {
    wachtwoord_hash: await hashWachtwoord(wachtwoord),
    wachtwoord_wijzigen: true,
  });
  await sessies.endAlleSessies(db, id, new Date());
  return { tijdelijkWachtwoord: wachtwoord };
}

export async function resetTotp(db: Kysely<Database>, g: Gebruiker, id: string): Promise<Account> {
  const a = await accounts.findAccount(db, id);
  if (!a) throw new NotFoundError('Account', id);
  await accounts.updateAccount(db, id, { totp_geheim: null, totp_laatste_stap: null });
  await sessies.endAlleSessies(db, id, new Date());
  return getAccount(db, g, id);
}
