import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import type { Anonimisering, Persoonsgegevens } from '../contract/avg';
import { findAccountIdByMedewerker } from '../db/account.repository';
import * as avg from '../db/avg.repository';
import { deleteMedewerkerExpertises } from '../db/expertise.repository';
import { deleteGesprekkenVan } from '../db/gesprek.repository';
import { lockMedewerker } from '../db/medewerker.repository';
import { anonymiseerPlanteksten } from '../db/ontwikkeling.repository';
import type { Database } from '../db/schema';
import * as sessies from '../db/sessie.repository';
import { inTransactie } from '../db/transactie';
import { plusDagen, vandaag } from '../domain/datum';
import { ConflictError, NotFoundError } from '../domain/probleem';
import { gesprekkenVoorInzage } from './gesprek.service';
import { getMedewerker } from './medewerker.service';
import { plannenVoorAvg } from './ontwikkeling.service';

/**
 * The rights of the AVG (GDPR): a medewerker sees everything held about them (art. 15, as JSON), and
 * a beheerder anonymises a departed medewerker once the retention period has passed. The audit log
 * is never rewritten: it refers to people by id only, and after anonymisation an id leads nowhere.
 */

export async function exportPersoonsgegevens(db: Kysely<Database>, g: Gebruiker): Promise<Persoonsgegevens> {
  const account = await avg.findInzageAccount(db, g.accountId);
  const rollen = await avg.findInzageRollen(db, g.accountId);
  const sessieRijen = await avg.findInzageSessies(db, g.accountId);
  const audit = await avg.findInzageAuditlog(db, g.accountId, g.medewerkerId);
  const medewerker = g.medewerkerId ? await getMedewerker(db, g.medewerkerId) : null;
  const gesprekken = g.medewerkerId ? await gesprekkenVoorInzage(db, g.medewerkerId) : [];
  const ontwikkelplannen = g.medewerkerId ? await plannenVoorAvg(db, g.medewerkerId) : [];
  return {
    opgesteldOp: new Date().toISOString(),
    toelichting:
      'Alle gegevens die Wendbaar over u bewaart (AVG artikel 15). Het auditlog toont wie uw gegevens heeft ingezien of gewijzigd, en wat u zelf deed.',
    account: { ...account, rollen: rollen.map((r) => r.rol) },
    medewerker,
    sessies: sessieRijen,
    auditlog: audit,
    gesprekken,
    ontwikkelplannen,
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
): Promise<Anonimisering> {
  return inTransactie(db, async (trx) => {
    const m = await lockMedewerker(trx, medewerkerId);
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
    await avg.anonymiseMedewerker(
      trx,
      m.id,
      m.versie,
      {
        personeelsnummer: `ANON-${code}`,
        voornaam: 'Geanonimiseerd',
        tussenvoegsel: null,
        achternaam: code,
        e_mail: `anoniem-${m.id}@invalid.example`,
      },
      nu,
    );
    await deleteMedewerkerExpertises(trx, m.id);
    // Conversations are kept while employed and for the retention period after (docs/privacy.md).
    await deleteGesprekkenVan(trx, m.id);
    await anonymiseerPlanteksten(trx, m.id, 'Geanonimiseerd', nu);
    const accountId = await findAccountIdByMedewerker(trx, m.id);
    if (accountId) {
      await avg.anonymiseAccount(
        trx,
        accountId,
        { naam: 'Geanonimiseerd', e_mail: `anoniem-${accountId}@invalid.example` },
        nu,
      );
      await sessies.endAlleSessies(trx, accountId, nu);
      await avg.clearSessieHerkomst(trx, accountId);
    }
    return { medewerkerId: m.id, pseudoniem: code };
  });
}
