import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { importeerBestand, leesImportOpties, rapportTekst } from './import.command';

let database: TestDatabase;
let map: string;
beforeAll(async () => {
  database = await createTestDatabase();
  map = await mkdtemp(join(tmpdir(), 'wendbaar-import-'));
  await database.db
    .insertInto('team')
    .values({ naam: 'Burgerzaken', soort: 'basisteam', parent_id: null, omschrijving: null })
    .execute();
});
afterAll(async () => {
  await database.close();
  await rm(map, { recursive: true, force: true });
});

const opties = (bestand: string, extra: Partial<Parameters<typeof leesImportOpties>[0]> = {}) =>
  leesImportOpties({
    bestand,
    soort: 'medewerkers',
    koppeling: undefined,
    peildatum: undefined,
    volledig: false,
    doorvoeren: false,
    reden: undefined,
    ...extra,
  });
const aantal = async () => (await database.db.selectFrom('medewerker').select('id').execute()).length;

describe('wendbaar import', () => {
  it('shows a dry run without writing, commits with --doorvoeren (audited as systeem), and a second time changes nothing', async () => {
    const bestand = join(map, 'afas.csv');
    await writeFile(
      bestand,
      '\ufeffPersnr;Roepnaam;Achternaam;E-mail;Functie;Schaal;Trede;Datum in dienst;Afdeling;Uren per week\r\n' +
        '100;Zoë;Çelik;zoe@gemeente.nl;Adviseur;10;4;01-03-2021;Burgerzaken;32,5\r\n',
    );
    const proef = await importeerBestand(database.db, opties(bestand));
    expect(proef).toMatchObject({ doorgevoerd: false, aantallen: { nieuw: 1, problemen: 0 } });
    expect(rapportTekst(proef)).toContain('nieuw      100 Zoë Çelik');
    expect(await aantal()).toBe(0);

    const door = await importeerBestand(database.db, opties(bestand, { doorvoeren: true }));
    expect(door.doorgevoerd).toBe(true);
    expect(await aantal()).toBe(1);
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'CLI import')
      .execute();
    expect(audit).toEqual([expect.objectContaining({ actor: 'systeem', object_id: door.id })]);

    const weer = await importeerBestand(database.db, opties(bestand, { doorvoeren: true }));
    expect(weer.aantallen).toMatchObject({ nieuw: 0, gewijzigd: 0, ongewijzigd: 1 });
    expect(rapportTekst(weer)).toContain('Geen wijzigingen');
  });

  it('refuses to commit a file with problems, naming each row, and writes nothing', async () => {
    const bestand = join(map, 'fout.csv');
    await writeFile(
      bestand,
      'Persnr;Roepnaam;Achternaam;E-mail;Functie;Schaal;Trede;Datum in dienst;Afdeling;Uren per week\n' +
        '200;Piet;Bakker;piet@gemeente.nl;Adviseur;10;4;01-03-2021;Nergens;32\n',
    );
    const voor = await aantal();
    await expect(importeerBestand(database.db, opties(bestand, { doorvoeren: true }))).rejects.toThrow(
      /Rij 2: .*Nergens/,
    );
    expect(await aantal()).toBe(voor);
  });

  it('refuses bad options with every problem named', () => {
    expect(() =>
      leesImportOpties({
        bestand: undefined,
        soort: 'x',
        koppeling: undefined,
        peildatum: '2026-13-01',
        volledig: false,
        doorvoeren: false,
        reden: undefined,
      }),
    ).toThrow(
      'Geef het bestand: wendbaar import <bestand> --soort medewerkers.\nGeef de soort met --soort (medewerkers, teams of formatieplaatsen).\nGeef de peildatum als JJJJ-MM-DD.',
    );
  });
});
