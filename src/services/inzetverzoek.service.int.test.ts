import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import type { Gebruiker } from '../access/gebruiker';
import { lockMedewerker } from '../db/medewerker.repository';
import type { Database } from '../db/schema';
import { ValidationError } from '../domain/probleem';
import { vraagInzetAan } from './inzetverzoek.service';

// vraagInzetAan checks the medewerker (employment, contract hours, team, free hours) and records the
// request under the same row lock as zetInzet and the history changes: a change to the contract
// hours made while it waits is what it checks.
describe(onEngine('vraagInzetAan under the medewerker lock'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;
  let medewerkerId: string;
  let vraagId: string;
  let g: Gebruiker;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    const team = await db
      .insertInto('team')
      .values({
        naam: 'Team Jeugd',
        soort: 'basisteam',
        parent_id: null,
        omschrijving: null,
        opgeheven_op: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const m = await db
      .insertInto('medewerker')
      .values({
        personeelsnummer: 'P1',
        voornaam: 'Mia',
        tussenvoegsel: null,
        achternaam: 'de Vries',
        e_mail: 'mia@example.nl',
        functie: 'Jurist',
        schaal: 10,
        trede: 5,
        in_dienst: '2020-01-01',
        uit_dienst: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    medewerkerId = m.id;
    await db
      .insertInto('contracturen')
      .values({ medewerker_id: m.id, uren_per_week: 36, ingangsdatum: '2020-01-01', einddatum: null })
      .execute();
    await db
      .insertInto('teamlidmaatschap')
      .values({ medewerker_id: m.id, team_id: team.id, ingangsdatum: '2020-01-01', einddatum: null })
      .execute();
    const e = await db
      .insertInto('expertise')
      .values({ naam: 'Jeugdrecht', categorie: 'Recht', omschrijving: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('medewerker_expertise')
      .values({ medewerker_id: m.id, expertise_id: e.id, niveau: 3, ambitie: false })
      .execute();
    const o = await db
      .insertInto('opgave')
      .values({
        titel: 'Veilig thuis',
        omschrijving: null,
        programma_id: null,
        programmaregisseur_medewerker_id: null,
        eigenaarschap: null,
        overheidsrol_primair: null,
        rolbepaling_datum: null,
        rolbepaling_besluit: null,
        strategie: null,
        aanpak: null,
        evaluatie: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const v = await db
      .insertInto('capaciteitsvraag')
      .values({
        opgave_id: o.id,
        bestuursopdracht_id: null,
        expertise_id: e.id,
        minimum_niveau: 2,
        team_id: null,
        periode: '2027-Q1',
        uren: 52,
        toelichting: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    vraagId = v.id;
    const a = await db
      .insertInto('account')
      .values({
        e_mail: 'regisseur@example.nl',
        naam: 'Regisseur',
        medewerker_id: null,
        wachtwoord_hash: null,
        totp_geheim: null,
        totp_laatste_stap: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    g = {
      accountId: a.id,
      naam: 'Regisseur',
      eMail: 'regisseur@example.nl',
      medewerkerId: null,
      rollen: ['programmaregisseur'],
      teamIds: [],
      sessieId: 'test',
      csrfToken: 'test',
      totpIngesteld: false,
      totpNodig: false,
      totpVoldaan: false,
      wachtwoordWijzigen: false,
      methode: 'wachtwoord',
    };
  });

  afterAll(async () => {
    await testDatabase?.close();
  });

  const invoer = () => ({ medewerkerId, urenPerWeek: 2, vanWeek: '2027-W01', totWeek: '2027-W13' });

  it('waits for the lock and then checks what the lock holder committed', async () => {
    let klaar = false;
    let verzoek: Promise<unknown> | undefined;
    await db.transaction().execute(async (trx) => {
      await lockMedewerker(trx, medewerkerId);
      verzoek = vraagInzetAan(db, vraagId, invoer(), g).finally(() => {
        klaar = true;
      });
      verzoek.catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
      expect(klaar).toBe(false);
      // Meanwhile the contract hours end before the weeks asked.
      await trx
        .updateTable('contracturen')
        .set({ einddatum: '2026-12-31' })
        .where('medewerker_id', '=', medewerkerId)
        .execute();
    });
    const fout = await verzoek!.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(fout).toBeInstanceOf(ValidationError);
    expect((fout as ValidationError).problemen.map((p) => p.code)).toEqual(['geen-contract']);
    expect(await db.selectFrom('inzetverzoek').select('id').execute()).toEqual([]);
  });

  it('records the request once the lock is free and everything still fits', async () => {
    await db
      .updateTable('contracturen')
      .set({ einddatum: null })
      .where('medewerker_id', '=', medewerkerId)
      .execute();
    const v = await vraagInzetAan(db, vraagId, invoer(), g);
    expect(v).toMatchObject({ status: 'aangevraagd', urenPerWeek: 2, medewerker: { id: medewerkerId } });
  });
});
