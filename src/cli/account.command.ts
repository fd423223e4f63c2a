import { userInfo } from 'node:os';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import { appendAudit } from '../db/audit.repository';
import type { Database } from '../db/schema';
import { isRol, ROLLEN, type Rol } from '../domain/rol';
import { createAccount } from '../services/account.service';
import { CliError } from './cli-error';
import { migrate, openConfiguredDatabase } from './open-database';

export interface AccountOpties {
  eMail: string | undefined;
  naam: string | undefined;
  rollen: string[];
}

/** Checks the options of `wendbaar account aanmaken`, naming every problem at once. */
export function leesAccountOpties(o: AccountOpties): { eMail: string; naam: string; rollen: Rol[] } {
  const problemen: string[] = [];
  if (!o.eMail || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(o.eMail))
    problemen.push('Geef een geldig e-mailadres met --e-mail.');
  if (!o.naam?.trim()) problemen.push('Geef een naam met --naam.');
  if (o.rollen.length === 0) problemen.push(`Geef minstens één --rol (${ROLLEN.join(', ')}).`);
  for (const r of o.rollen)
    if (!isRol(r)) problemen.push(`Onbekende rol '${r}'. Kies uit: ${ROLLEN.join(', ')}.`);
  if (problemen.length > 0) throw new CliError(problemen.join('\n'));
  return { eMail: o.eMail!, naam: o.naam!.trim(), rollen: [...new Set(o.rollen)] as Rol[] };
}

/**
 * Creates an account from the command line — the way to the first beheerder of an empty
 * installation, since accounts are otherwise only made by a beheerder. Prints a one-time password
 * that must be changed at the first login, and records the act in the audit log as 'systeem'.
 */
export async function maakAccount(
  db: Kysely<Database>,
  opties: { eMail: string; naam: string; rollen: Rol[] },
) {
  const { account, tijdelijkWachtwoord } = await createAccount(db, opties);
  await appendAudit(db, {
    tijdstempel: new Date(),
    actorAccountId: null,
    actor: 'systeem',
    actie: 'CLI account aanmaken',
    objectType: 'account',
    objectId: account.id,
    resultaat: 'gelukt',
    ip: null,
    userAgent: null,
    requestId: null,
    details: { rollen: account.rollen, besturingssysteemgebruiker: userInfo().username },
  });
  return { account, tijdelijkWachtwoord };
}

export async function runAccountAanmaken(config: Config, o: AccountOpties): Promise<number> {
  const opties = leesAccountOpties(o);
  const handle = await openConfiguredDatabase(config);
  try {
    await migrate(handle);
    const { account, tijdelijkWachtwoord } = await maakAccount(handle.db, opties);
    console.log(
      `Account aangemaakt voor ${account.naam} <${account.eMail}> met rol(len) ${account.rollen.join(', ')}.`,
    );
    console.log(`Eenmalig wachtwoord: ${tijdelijkWachtwoord}`);
    console.log('Geef het veilig door; bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.');
    return 0;
  } finally {
    await handle.close();
  }
}
