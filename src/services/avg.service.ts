import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import type { Database } from '../db/schema';
import * as sessies from '../db/sessie.repository';
import { plusDagen, vandaag } from '../domain/datum';
import { ConflictError, NotFoundError } from '../domain/probleem';
import { getMedewerker } from './medewerker.service';

/**
 * The rights of the AVG (GDPR): a medewerker sees everything held about them (art. 15, as JSON), and
 * a beheerder anonymises a departed medewerker once the retention period has passed. The audit log
 * is never rewritten: it refers to people by id only, and after anonymisation an id leads nowhere.
 */

export async function exportPersoonsgegevens(db: Kysely<Database>, g: Gebruiker) {
  const account = await db
    .selectFrom('account')
    .select(['id', 'e_mail', 'naam', 'medewerker_id', 'actief', 'aangemaakt_op', 'gewijzigd_op'])
    .where('id', '=', g.accountId)
    .executeTakeFirstOrThrow();
  const rollen = await db
    .selectFrom('account_rol')
    .select('rol')
    .where('account_id', '=', g.accountId)
    .execute();
  const sessieRijen = await db
    .selectFrom('sessie')
    .select(['methode', 'aangemaakt_op', 'laatst_actief_op', 'beeindigd_op', 'ip', 'user_agent'])
    .where('account_id', '=', g.accountId)
    .orderBy('aangemaakt_op', 'desc')
    .execute();
  const audit = await db
    .selectFrom('audit_log')
    .select(['tijdstempel', 'actie', 'object_type', 'object_id', 'resultaat', 'ip'])
    .where((eb) =>
      eb.or([
        eb('actor_account_id', '=', g.accountId),
        ...(g.medewerkerId
          ? [eb.and([eb('object_type', '=', 'medewerker'), eb('object_id', '=', g.medewerkerId)])]
          : []),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(10_000)
    .execute();
  const medewerker = g.medewerkerId ? await getMedewerker(db, g.medewerkerId) : null;
  return {
    opgesteldOp: new Date().toISOString(),
    toelichting:
      'Alle gegevens die Wendbaar over u bewaart (AVG artikel 15). Het auditlog toont wie uw gegevens heeft ingezien of gewijzigd, en wat u zelf deed.',
    account: { ...account, rollen: rollen.map((r) => r.rol) },
    medewerker,
    sessies: sessieRijen,
    auditlog: audit,
  };
}

function pseudoniem(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 8).toUpperCase();
}

export async function anonimiseer(
  db: Kysely<Database>,
  medewerkerId: string,
  bewaartermijnJaren: number,
  nu: Date = new Date(),
): Promise<{ medewerkerId: string; pseudoniem: string }> {
  return db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom('medewerker')
      .selectAll()
      .where('id', '=', medewerkerId)
      .forUpdate()
      .executeTakeFirst();
    if (!m) throw new NotFoundError('Medewerker', medewerkerId);
    if (m.geanonimiseerd_op)
      throw new ConflictError('Deze medewerker is al geanonimiseerd.', 'al-geanonimiseerd');
    if (!m.uit_dienst)
      throw new ConflictError(
        'Alleen een medewerker die uit dienst is, kan worden geanonimiseerd.',
        'nog-in-dienst',
      );
    const einde = plusDagen(m.uit_dienst, Math.round(bewaartermijnJaren * 365.25));
    if (einde > vandaag(nu)) {
      throw new ConflictError(
        `De bewaartermijn loopt tot ${einde}. Anonimiseer na die datum.`,
        'bewaartermijn-loopt',
      );
    }
    const code = pseudoniem(m.id);
    await trx
      .updateTable('medewerker')
      .set({
        personeelsnummer: `ANON-${code}`,
        voornaam: 'Geanonimiseerd',
        tussenvoegsel: null,
        achternaam: code,
        e_mail: `anoniem-${m.id}@invalid.example`,
        geanonimiseerd_op: nu,
        versie: m.versie + 1,
        gewijzigd_op: nu,
      })
      .where('id', '=', m.id)
      .execute();
    await trx.deleteFrom('medewerker_expertise').where('medewerker_id', '=', m.id).execute();
    const account = await trx
      .selectFrom('account')
      .select('id')
      .where('medewerker_id', '=', m.id)
      .executeTakeFirst();
    if (account) {
      await trx
        .updateTable('account')
        .set({
          naam: 'Geanonimiseerd',
          e_mail: `anoniem-${account.id}@invalid.example`,
          wachtwoord_hash: null,
          totp_geheim: null,
          actief: false,
          gewijzigd_op: nu,
        })
        .where('id', '=', account.id)
        .execute();
      await sessies.endAlleSessies(trx, account.id, nu);
      await trx
        .updateTable('sessie')
        .set({ ip: null, user_agent: null })
        .where('account_id', '=', account.id)
        .execute();
    }
    return { medewerkerId: m.id, pseudoniem: code };
  });
}
