import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import type { Gebruiker } from '../access/gebruiker';
import type { Database } from '../db/schema';
import { ValidationError } from '../domain/probleem';
import { getInzet, zetInzet } from './inzet.service';
import { type InzetBatchRij, zetInzetBatch } from './inzet-batch.service';

// Booking many rows at once (the demo books every team's quarter this way): each row under the rules
// of zetInzet, all in one transaction, and nothing written when any row is wrong.
const gebruiker = (rollen: Gebruiker['rollen'], teamIds: string[] = []): Gebruiker => ({
  accountId: '',
  naam: 'Test',
  eMail: 'test@example.nl',
  medewerkerId: null,
  rollen,
  teamIds,
  sessieId: 'test',
  csrfToken: 'test',
  totpIngesteld: false,
  totpNodig: false,
  totpVoldaan: false,
  wachtwoordWijzigen: false,
  methode: 'wachtwoord',
});
const directie = gebruiker(['directeur']);

describe(onEngine('zetInzetBatch'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;
  let teamA: string;
  let teamB: string;
  let doel: string;
  let doel2: string;
  let blijft: string;
  let vertrekt: string;
  let elders: string;

  const medewerker = async (nr: string, teamId: string, uitDienst: string | null) => {
    const m = await db
      .insertInto('medewerker')
      .values({
        personeelsnummer: nr,
        voornaam: 'Test',
        tussenvoegsel: null,
        achternaam: nr,
        e_mail: `${nr}@example.nl`,
        functie: 'Adviseur',
        schaal: 10,
        trede: 5,
        in_dienst: '2020-01-01',
        uit_dienst: uitDienst,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('contracturen')
      .values({ medewerker_id: m.id, uren_per_week: 36, ingangsdatum: '2020-01-01', einddatum: uitDienst })
      .execute();
    await db
      .insertInto('teamlidmaatschap')
      .values({ medewerker_id: m.id, team_id: teamId, ingangsdatum: '2020-01-01', einddatum: uitDienst })
      .execute();
    return m.id;
  };
  const team = async (naam: string) =>
    (
      await db
        .insertInto('team')
        .values({ naam, soort: 'basisteam', parent_id: null, omschrijving: null, opgeheven_op: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const resultaatdoel = async (teamId: string, titel: string, prioriteit: number) =>
    (
      await db
        .insertInto('resultaatdoel')
        .values({
          team_id: teamId,
          periode: '2026-Q2',
          titel,
          omschrijving: null,
          indicator: null,
          doelwaarde: null,
          eenheid: null,
          prioriteit,
          eigenaar_medewerker_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const rij = (r: Partial<InzetBatchRij>): InzetBatchRij => ({
    medewerkerId: blijft,
    resultaatdoelId: doel,
    vanWeek: '2026-W14',
    totWeek: '2026-W26',
    urenPerWeek: 8,
    versie: 0,
    ...r,
  });
  const aantalInzet = async () =>
    Number(
      (
        await db
          .selectFrom('inzet')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    teamA = await team('Team A');
    teamB = await team('Team B');
    doel = await resultaatdoel(teamA, 'Vergunningen op tijd', 1);
    doel2 = await resultaatdoel(teamA, 'Handhaving', 2);
    blijft = await medewerker('P1', teamA, null);
    vertrekt = await medewerker('P2', teamA, '2026-05-31');
    elders = await medewerker('P3', teamB, null);
  });

  afterAll(async () => {
    await testDatabase?.close();
  });

  it('books every row in one go, as zetInzet would one by one', async () => {
    const uit = await zetInzetBatch(db, directie, [
      rij({}),
      rij({ resultaatdoelId: doel2, urenPerWeek: 4.5 }),
      rij({ medewerkerId: vertrekt, totWeek: '2026-W20' }),
    ]);
    expect(uit).toEqual({ aantal: 3 });
    expect(await getInzet(db, directie, doel, blijft)).toEqual({
      medewerkerId: blijft,
      resultaatdoelId: doel,
      versie: 1,
      reeksen: [{ van: '2026-03-30', tot: '2026-06-28', urenPerWeek: 8 }],
    });
    // A second batch cuts the runs as zetInzet does, and the single path sees its version.
    await zetInzetBatch(db, directie, [
      rij({ vanWeek: '2026-W18', totWeek: '2026-W19', urenPerWeek: 0, versie: 1 }),
    ]);
    const na = await zetInzet(
      db,
      directie,
      {
        medewerkerId: blijft,
        resultaatdoelId: doel,
        vanWeek: '2026-W26',
        totWeek: '2026-W26',
        urenPerWeek: 2,
      },
      2,
    );
    expect(na.versie).toBe(3);
    expect(na.reeksen).toEqual([
      { van: '2026-03-30', tot: '2026-04-26', urenPerWeek: 8 },
      { van: '2026-05-11', tot: '2026-06-21', urenPerWeek: 8 },
      { van: '2026-06-22', tot: '2026-06-28', urenPerWeek: 2 },
    ]);
  });

  it('writes nothing when a row is wrong, and lists the problems of every wrong row by its index', async () => {
    const voor = await aantalInzet();
    const fout = await zetInzetBatch(db, directie, [
      rij({ resultaatdoelId: doel2, urenPerWeek: 6, versie: 1 }), // fine on its own
      rij({ medewerkerId: vertrekt, versie: 1 }), // past the end of employment
      rij({ medewerkerId: elders }), // not in the goal's team
      rij({ medewerkerId: elders, resultaatdoelId: doel2, vanWeek: '2026-W99', urenPerWeek: -1 }),
      rij({ resultaatdoelId: '00000000-0000-4000-8000-000000000000' }), // no such goal
      rij({ versie: 0 }), // stale: the pair is at version 3
      rij({ resultaatdoelId: doel2, versie: 1 }), // the same pair twice
    ]).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(ValidationError);
    const problemen = (fout as ValidationError).problemen.map((p) => [p.veld, p.code]);
    expect(problemen).toEqual(
      expect.arrayContaining([
        ['rijen.1.totWeek', 'na-uit-dienst'],
        ['rijen.2.medewerkerId', 'buiten-team'],
        ['rijen.3.vanWeek', expect.any(String)],
        ['rijen.3.urenPerWeek', expect.any(String)],
        ['rijen.4.resultaatdoelId', 'bestaat-niet'],
        ['rijen.5.versie', 'verouderd'],
        ['rijen.6.medewerkerId', 'dubbel'],
      ]),
    );
    expect(problemen.some(([veld]) => veld?.startsWith('rijen.0.'))).toBe(false);
    // Nothing of the good row was written, not even a version.
    expect(await aantalInzet()).toBe(voor);
    expect((await getInzet(db, directie, doel2, blijft)).versie).toBe(1);
  });

  it('refuses the whole batch when the planner may not plan one of its teams', async () => {
    const teamleiderB = gebruiker(['teamleider'], [teamB]);
    await expect(
      zetInzetBatch(db, teamleiderB, [rij({ medewerkerId: elders, resultaatdoelId: doel2, versie: 0 })]),
    ).rejects.toThrow(/teamleider/);
    expect((await getInzet(db, directie, doel2, elders)).versie).toBe(0);
  });
});
