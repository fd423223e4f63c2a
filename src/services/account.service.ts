import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashWachtwoord } from '../access/wachtwoord';
import type {
  Account,
  AccountInvoer,
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

function view(a: accounts.AccountMetRollen): Account {
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
  };
}

/** A one-time password a beheerder hands over; the user must replace it at the first login. */
function tijdelijkWachtwoord(): string {
  return randomBytes(12).toString('base64url');
}

export async function listAccounts(
  db: Kysely<Database>,
  zoek: string | undefined,
  sortering: Sortering<'naam' | 'eMail'>,
  pagina: Paginering,
): Promise<{ rijen: Account[]; aantal: number }> {
  const { rijen, aantal } = await accounts.listAccounts(db, zoek, sortering, pagina);
  return { rijen: rijen.map(view), aantal };
}

export async function getAccount(db: Kysely<Database>, id: string): Promise<Account> {
  const a = await accounts.findAccount(db, id);
  if (!a) throw new NotFoundError('Account', id);
  return view(a);
}

export async function createAccount(
  db: Kysely<Database>,
  invoer: AccountInvoer,
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
  return { account: await getAccount(db, id), tijdelijkWachtwoord: wachtwoord };
}

export async function updateAccount(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: AccountWijziging,
): Promise<Account> {
  await inTransactie(db, async (trx) => {
    const a = await accounts.findAccount(trx, id);
    if (!a) throw new NotFoundError('Account', id);
    if (a.versie !== versie) throw new StaleVersionError(a.versie);
    if (
      !(await accounts.updateAccount(
        trx,
        id,
        {
          ...(w.naam !== undefined ? { naam: w.naam.trim() } : {}),
          ...(w.actief !== undefined ? { actief: w.actief } : {}),
        },
        versie,
      ))
    ) {
      throw new StaleVersionError(a.versie + 1);
    }
    if (w.rollen) await accounts.setRollen(trx, id, w.rollen);
    // Fewer rights or a blocked account take effect at once, on every device.
    if (w.actief === false || w.rollen) await sessies.endAlleSessies(trx, id, new Date());
  });
  return getAccount(db, id);
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

export async function resetTotp(db: Kysely<Database>, id: string): Promise<Account> {
  const a = await accounts.findAccount(db, id);
  if (!a) throw new NotFoundError('Account', id);
  await accounts.updateAccount(db, id, { totp_geheim: null, totp_laatste_stap: null });
  await sessies.endAlleSessies(db, id, new Date());
  return getAccount(db, id);
}
