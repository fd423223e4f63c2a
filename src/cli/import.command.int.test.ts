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

  it("reads a Windows-1252 export the way a beheerder reads it: labels, decimal commas, the file's own column names", async () => {
    const bestand = join(map, 'youforce.csv');
    const kop =
      'Persnr;Roepnaam;Tussenvoegsel;Achternaam;E-mail;Functie;Schaal;Trede;Datum in dienst;Afdeling;Uren per week\r\n';
    await writeFile(
      bestand,
      Buffer.from(
        `${kop}300;Anaïs;;Daële;anais@gemeente.nl;Jurist;11;2;46082;Burgerzaken;24,25\r\n;;;;;;;;;;\r\n`,
        'latin1',
      ),
    );
    const tekst = rapportTekst(await importeerBestand(database.db, opties(bestand)));
    expect(tekst).toContain('1 rij: 1 nieuw, 0 gewijzigd, 0 beëindigd, 0 ongewijzigd, 0 problemen.');
    expect(tekst).toContain(
      'nieuw      300 Anaïs Daële (per 2026-03-01): voornaam: — → Anaïs; achternaam: — → Daële;',
    );
    expect(tekst).toContain('contracturen per week: — → 24,25');
    expect(tekst).toContain('e-mailadres: — → anais@gemeente.nl');
    // Nothing for nothing: no tussenvoegsel, so no "— → —"; no field codes.
    expect(tekst).not.toMatch(/tussenvoegsel|e_mail|in_dienst|beeindigd/);

    const fout = join(map, 'youforce-fout.csv');
    await writeFile(
      fout,
      Buffer.from(
        `${kop}301;Zoë;;Ëlders;zoe@gemeente.nl;Jurist;11;2;01-03-2026;Nergens;36\r\n` +
          '302;Piet;;Puk;zoe@gemeente.nl;Jurist;11;2;01-03-2026;Burgerzaken;36\r\n' +
          '302;Piet;;Puk;piet@gemeente.nl;Jurist;11;2;01-03-2026;Burgerzaken;36\r\n',
        'latin1',
      ),
    );
    const probleem = rapportTekst(await importeerBestand(database.db, opties(fout)));
    // A plan problem names the file's column ("Afdeling"), not Wendbaar's field code ("team").
    expect(probleem).toMatch(/Rij 2: het team "Nergens" bestaat niet.*\[kolom Afdeling\]/);
    // The reader's message names the column itself: not twice.
    expect(probleem).toContain('Rij 3, kolom ‘Persnr’: personeelsnummer 302 staat ook in rij 4');
    expect(probleem).not.toContain('[kolom Persnr]');
    expect(probleem).toContain('al van personeelsnummer 100. [kolom E-mail]');
    expect(probleem).toContain('4 problemen.');
  });

  it('says how to give a reason when the peildatum lies too far back', async () => {
    const bestand = join(map, 'terug.csv');
    await writeFile(bestand, 'Persnr;Uren per week\n100;30\n');
    const r = await importeerBestand(database.db, opties(bestand, { peildatum: '2020-01-01' }));
    const tekst = rapportTekst(r);
    expect(tekst).toContain('1 probleem.');
    expect(tekst).toContain('[kolom peildatum (--peildatum)]');
    expect(tekst).toContain('--reden');
    expect(tekst).toContain('contracturen per week: 32,5 → 30');
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
