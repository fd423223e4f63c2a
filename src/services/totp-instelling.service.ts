import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { controleerTotp, nieuwTotpGeheim, totpUri } from '../access/totp';
import type { TotpInstelling } from '../contract/sessie';
import * as accounts from '../db/account.repository';
import type { Database } from '../db/schema';
import * as sessies from '../db/sessie.repository';
import { ConflictError, ValidationError } from '../domain/probleem';

/**
 * Setting up the second factor: a proposed secret is kept on the session until the user proves
 * with a first code that their authenticator holds it; only then does it become the account's.
 */
export async function startTotpInstelling(db: Kysely<Database>, g: Gebruiker): Promise<TotpInstelling> {
  if (g.totpIngesteld) {
    throw new ConflictError(
      'Tweestapsverificatie is al ingesteld. Een beheerder kan haar opnieuw instellen.',
      'bestaat-al',
    );
  }
  const geheim = nieuwTotpGeheim();
  await sessies.setTotpVoorstel(db, g.sessieId, geheim);
  return { geheim, otpauthUri: totpUri(geheim, g.eMail) };
}

export async function bevestigTotpInstelling(
  db: Kysely<Database>,
  g: Gebruiker,
  code: string,
  nu: Date = new Date(),
) {
  const sessie = await sessies.findOpenSessie(db, g.sessieId);
  if (!sessie?.totp_voorstel)
    throw new ConflictError('Start eerst het instellen van tweestapsverificatie.', 'niet-gestart');
  const uitkomst = controleerTotp(sessie.totp_voorstel, code, null, nu.getTime());
  if (!uitkomst.geldig) {
    throw new ValidationError([
      {
        veld: 'code',
        code: 'onjuist',
        melding: 'Deze code klopt niet. Controleer of de app de juiste sleutel heeft.',
      },
    ]);
  }
  await accounts.updateAccount(db, g.accountId, {
    totp_geheim: sessie.totp_voorstel,
    totp_laatste_stap: uitkomst.stap,
  });
  await sessies.setTotpVoorstel(db, g.sessieId, null);
  await sessies.markTotpVoldaan(db, g.sessieId);
}
