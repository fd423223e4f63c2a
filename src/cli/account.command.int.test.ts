import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { findAccountByEMail } from '../db/account.repository';
import { loginMetWachtwoord } from '../services/auth.service';
import { leesAccountOpties, maakAccount } from './account.command';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('wendbaar account aanmaken', () => {
  it('makes the first beheerder of an empty installation, who logs in with the one-time password', async () => {
    const { account, tijdelijkWachtwoord } = await maakAccount(database.db, {
      eMail: 'beheer@gemeente.example',
      naam: 'Functioneel beheer',
      rollen: ['beheerder'],
    });
    expect(account).toMatchObject({ rollen: ['beheerder'], wachtwoordWijzigen: true, totpIngesteld: false });
    const sessie = await loginMetWachtwoord(
      database.db,
      { eMail: 'beheer@gemeente.example', wachtwoord: tijdelijkWachtwoord },
      { ip: null, userAgent: null },
    );
    expect(sessie.gebruiker).toMatchObject({ wachtwoordWijzigen: true, totpNodig: true, totpVoldaan: false });
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('object_id', '=', account.id)
      .execute();
    expect(audit.map((a) => [a.actie, a.actor])).toEqual([['CLI account aanmaken', 'systeem']]);
    expect(JSON.stringify(audit)).not.toContain(tijdelijkWachtwoord);
    expect(await findAccountByEMail(database.db, 'BEHEER@gemeente.example')).toBeDefined();
  });

  it('refuses bad options with every problem named', () => {
    expect(() => leesAccountOpties({ eMail: 'geen', naam: ' ', rollen: ['koning'] })).toThrow(
      "Geef een geldig e-mailadres met --e-mail.\nGeef een naam met --naam.\nOnbekende rol 'koning'. Kies uit:",
    );
  });
});
