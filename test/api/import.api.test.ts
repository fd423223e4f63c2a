import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../src/domain/datum';
import { type Api, als, buildMedewerker, buildTeam, call, loginAls, snapshot, startApi } from './support';

/**
 * Import from the HR system (issue 16) on both engines, with files the tests make themselves the way
 * AFAS, Youforce or Beaufort export them: a BOM, semicolons, decimal commas, Dutch dates, Excel serial
 * dates, Windows-1252 names; and bad files whose every bad row is reported with row and column while
 * nothing changes.
 */

let api: Api;
let burgerzaken: { id: string; naam: string };
let ruimte: { id: string; naam: string };
beforeAll(async () => {
  api = await startApi();
  burgerzaken = await buildTeam(api.app, { naam: 'Burgerzaken' });
  ruimte = await buildTeam(api.app, { naam: 'Ruimte en Wonen' });
});
afterAll(async () => {
  await api.close();
});

const BOM = '\ufeff';
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64');

/** Windows-1252 bytes of a text (the characters these tests use are all in Latin-1). */
const cp1252 = (tekst: string) => Uint8Array.from([...tekst].map((c) => c.charCodeAt(0)));

const KOP =
  'Persnr;Roepnaam;Voorvoegsel;Achternaam;E-mail;Functie;Schaal;Trede;Datum in dienst;Afdeling;Uren per week';

function afasCsv(rijen: string[]): string {
  return `${BOM}${KOP}\r\n${rijen.join('\r\n')}\r\n;;;;;;;;;;\r\n`;
}

const invoer = (inhoud: Uint8Array | string, extra: Record<string, unknown> = {}) => ({
  bestandsnaam: 'afas-export.csv',
  inhoud: b64(inhoud),
  soort: 'medewerkers',
  ...extra,
});

describe('reading a file and suggesting a mapping', () => {
  it('reads a BOM, semicolons and Dutch headers and suggests the mapping from them', async () => {
    const csv = afasCsv([
      '9001;Eline;van der;Berg;eline@gemeente.nl;Jurist;11;3;01-02-2024;Burgerzaken;32,5',
    ]);
    const res = await call(api.app, 'POST', '/api/v1/import-bestanden', invoer(csv));
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({
      bron: { soort: 'csv', scheidingsteken: ';' },
      aantalRijen: 1,
      koppen: KOP.split(';'),
      voorgesteldeKoppeling: {
        personeelsnummer: 'Persnr',
        achternaam: 'Achternaam',
        contracturen: 'Uren per week',
      },
    });
    expect(res.data.voorbeeld[0][1]).toBe('Eline');
  });

  it('answers 400 with a plain Dutch reason for something that is no CSV or Excel file', async () => {
    const res = await call(
      api.app,
      'POST',
      '/api/v1/import-bestanden',
      invoer(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2])),
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.invalidParams[0]).toMatchObject({ name: 'inhoud', code: 'onleesbaar' });
  });

  it('answers 400 for a mapping to a column the file does not have, listing every problem', async () => {
    const csv = afasCsv(['9002;Eline;;Berg;e2@gemeente.nl;Jurist;11;3;01-02-2024;Burgerzaken;32']);
    const res = await call(
      api.app,
      'POST',
      '/api/v1/import-proeven',
      invoer(csv, { koppeling: { achternaam: 'Naam', onzin: 'Persnr' } }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'koppeling.achternaam',
      'koppeling.onzin',
      'koppeling.personeelsnummer',
    ]);
  });
});

describe('dry run and commit', () => {
  it('imports new people from a Windows-1252 file with decimal commas, and a second commit changes nothing', async () => {
    const csv = cp1252(
      `${KOP}\r\n` +
        '1001;Zoë;;Çelik;zoe.celik@gemeente.nl;Beleidsadviseur;10;4;01-03-2021;Burgerzaken;32,5\r\n' +
        '1002;Loïs;de;Vries;lois.devries@gemeente.nl;Jurist;11;2;1-9-2022;Ruimte en Wonen;36\r\n',
    );
    const body = invoer(csv, { bestandsnaam: 'youforce.csv' });
    const proef = await call(api.app, 'POST', '/api/v1/import-proeven', body);
    expect(proef.statusCode).toBe(200);
    expect(proef.data.problemen).toEqual([]);
    expect(proef.data.aantallen).toMatchObject({ rijen: 2, nieuw: 2, gewijzigd: 0, problemen: 0 });
    expect(proef.data.wijzigingen[0]).toMatchObject({ soort: 'nieuw', sleutel: '1001', naam: 'Zoë Çelik' });
    const voor = await snapshot(api);
    // The dry run wrote nothing.
    expect(await snapshot(api)).toBe(voor);

    const eerste = await call(api.app, 'POST', '/api/v1/imports', body);
    expect(eerste.statusCode).toBe(201);
    expect(eerste.data).toMatchObject({ doorgevoerd: true, aantallen: { nieuw: 2 } });
    const lijst = await call(api.app, 'GET', '/api/v1/medewerkers?zoek=%C3%87elik');
    expect(lijst.data.resultaten[0]).toMatchObject({
      personeelsnummer: '1001',
      urenPerWeek: 32.5,
      inDienst: '2021-03-01',
    });

    const na = await snapshot(api);
    const tweede = await call(api.app, 'POST', '/api/v1/imports', body);
    expect(tweede.statusCode).toBe(201);
    expect(tweede.data.aantallen).toMatchObject({ nieuw: 0, gewijzigd: 0, beeindigd: 0, ongewijzigd: 2 });
    expect(tweede.data.samenvatting).toContain('Geen wijzigingen');
    expect(await snapshot(api)).toBe(na);
  });

  it('a later file produces only its changes, effective from the peildatum, keyed on personeelsnummer', async () => {
    const m = await buildMedewerker(api.app, {
      personeelsnummer: '2001',
      teamId: burgerzaken.id,
      urenPerWeek: 36,
    });
    const csv = afasCsv([
      `2001;${m.voornaam};;${m.achternaam};${m.eMail};Senior jurist;11;5;01-01-2020;Ruimte en Wonen;28`,
    ]);
    const peildatum = plusDagen(vandaag(), 14);
    const res = await call(api.app, 'POST', '/api/v1/imports', invoer(csv, { peildatum }));
    expect(res.statusCode).toBe(201);
    const w = res.data.wijzigingen.find((x: { sleutel: string }) => x.sleutel === '2001');
    expect(w).toMatchObject({ soort: 'gewijzigd', ingangsdatum: peildatum });
    expect(w.velden).toEqual(
      expect.arrayContaining([
        { veld: 'functie', oud: 'Beleidsmedewerker', nieuw: 'Senior jurist' },
        { veld: 'schaal', oud: 10, nieuw: 11 },
        { veld: 'team', oud: 'Burgerzaken', nieuw: 'Ruimte en Wonen' },
        { veld: 'contracturen', oud: 36, nieuw: 28 },
      ]),
    );
    const detail = (await call(api.app, 'GET', `/api/v1/medewerkers/${m.id}`)).data;
    expect(
      detail.teamhistorie.map((l: { teamNaam: string; ingangsdatum: string; einddatum: string | null }) => [
        l.teamNaam,
        l.ingangsdatum,
        l.einddatum,
      ]),
    ).toEqual([
      ['Ruimte en Wonen', peildatum, null],
      ['Burgerzaken', '2020-01-01', plusDagen(peildatum, -1)],
    ]);
    expect(detail.contracthistorie[0]).toMatchObject({ urenPerWeek: 28, ingangsdatum: peildatum });
    // The same file again, same peildatum: nothing.
    const weer = await call(api.app, 'POST', '/api/v1/import-proeven', invoer(csv, { peildatum }));
    expect(weer.data.aantallen).toMatchObject({ gewijzigd: 0, nieuw: 0, ongewijzigd: 1 });
  });

  it('reports every bad row with row and column, refuses the commit with 409 and changes nothing', async () => {
    await buildMedewerker(api.app, { personeelsnummer: '3001', teamId: burgerzaken.id });
    const csv = afasCsv([
      '3101;Piet;;Bakker;piet@gemeente.nl;Adviseur;10;3;01-01-2024;Onbekend team;32', // row 2: unknown team
      '3102;Kees;;Smit;kees@gemeente.nl;Adviseur;10;3;01-01-2024;Burgerzaken;45', // row 3: hours out of range
      '3103;=HYPERLINK("x");;Dam;dam@gemeente.nl;Adviseur;10;3;01-01-2024;Burgerzaken;32', // row 4: formula
      '3104;Ans;;Kok;ans@gemeente.nl;Adviseur;10;3;01-01-2024;Burgerzaken;32', // rows 5 and 6: duplicate
      '3104;Ans;;Kok;ans2@gemeente.nl;Adviseur;10;3;01-01-2024;Burgerzaken;32',
    ]);
    const voor = await snapshot(api);
    const proef = await call(api.app, 'POST', '/api/v1/import-proeven', invoer(csv));
    expect(proef.statusCode).toBe(200);
    const gemeld = proef.data.problemen.map((p: { rij: number; kolom: string }) => [p.rij, p.kolom]);
    expect(gemeld).toEqual(
      expect.arrayContaining([
        [2, 'team'],
        [3, expect.stringMatching(/contracturen|Uren per week/)],
        [4, expect.stringMatching(/voornaam|Roepnaam/)],
        [5, expect.stringMatching(/personeelsnummer|Persnr/)],
        [6, expect.stringMatching(/personeelsnummer|Persnr/)],
      ]),
    );
    for (const p of proef.data.problemen) expect(p.melding).toMatch(/\S/);
    const res = await call(api.app, 'POST', '/api/v1/imports', invoer(csv));
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.detail).toContain('niets gewijzigd');
    expect(await snapshot(api)).toBe(voor);
  });

  it('reports a change that conflicts with history recorded after the peildatum', async () => {
    const m = await buildMedewerker(api.app, { personeelsnummer: '4001', teamId: burgerzaken.id });
    const later = plusDagen(vandaag(), 30);
    const detail = await call(api.app, 'GET', `/api/v1/medewerkers/${m.id}`);
    const verhuis = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${m.id}/teamlidmaatschappen`,
      { teamId: ruimte.id, ingangsdatum: later },
      { 'if-match': detail.headers.etag as string },
    );
    expect(verhuis.statusCode).toBe(201);
    // The file moves the person today; Wendbaar already has a move recorded after that.
    const csv = afasCsv([
      `4001;${m.voornaam};;${m.achternaam};${m.eMail};Adviseur;10;5;01-01-2020;Ruimte en Wonen;32`,
    ]);
    const proef = await call(api.app, 'POST', '/api/v1/import-proeven', invoer(csv));
    expect(proef.data.problemen).toEqual([
      expect.objectContaining({ rij: 2, kolom: 'team', code: 'conflict-met-historie' }),
    ]);
  });

  it('reads an XLSX with Excel serial dates and refuses a formula cell where a value belongs', async () => {
    const boek = new ExcelJS.Workbook();
    const blad = boek.addWorksheet('Medewerkers');
    blad.addRow([
      'Personeelsnummer',
      'Voornaam',
      'Achternaam',
      'E-mailadres',
      'Functie',
      'Schaal',
      'Trede',
      'In dienst',
      'Team',
      'Contracturen',
    ]);
    blad.addRow(['5001', 'Fleur', 'Mulder', 'fleur@gemeente.nl', 'Adviseur', 9, 2, 45658, 'Burgerzaken', 24]); // 45658 = 2025-01-01
    const goed = Buffer.from(await boek.xlsx.writeBuffer());
    const ok = await call(
      api.app,
      'POST',
      '/api/v1/imports',
      invoer(goed, { bestandsnaam: 'beaufort.xlsx' }),
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.data.wijzigingen[0].velden).toEqual(
      expect.arrayContaining([{ veld: 'in_dienst', oud: null, nieuw: '2025-01-01' }]),
    );

    blad.addRow([
      '5002',
      'Bram',
      'Hendriks',
      'bram@gemeente.nl',
      'Adviseur',
      9,
      2,
      45658,
      'Burgerzaken',
      { formula: 'SUM(1,2)' },
    ]);
    const fout = Buffer.from(await boek.xlsx.writeBuffer());
    const proef = await call(
      api.app,
      'POST',
      '/api/v1/import-proeven',
      invoer(fout, { bestandsnaam: 'beaufort.xlsx' }),
    );
    expect(proef.data.problemen).toEqual([expect.objectContaining({ rij: 3 })]);
  });

  it('with volledig, ends who is missing from the file the day before the peildatum', async () => {
    const team = await buildTeam(api.app, { naam: 'Klein team' });
    const blijft = await buildMedewerker(api.app, { personeelsnummer: '6001', teamId: team.id });
    const gaat = await buildMedewerker(api.app, { personeelsnummer: '6002', teamId: team.id });
    // Everybody else in the database is in the file too, so only 6002 is missing.
    const alle = (await call(api.app, 'GET', '/api/v1/medewerkers?paginaGrootte=100')).data.resultaten as {
      personeelsnummer: string;
    }[];
    const rijen = alle
      .filter((x) => x.personeelsnummer !== gaat.personeelsnummer)
      .map((x) => `${x.personeelsnummer};;;;;;;;;;`);
    const csv = afasCsv(rijen);
    const koppeling = { personeelsnummer: 'Persnr' };
    const peildatum = plusDagen(vandaag(), 7);
    const proef = await call(
      api.app,
      'POST',
      '/api/v1/import-proeven',
      invoer(csv, { koppeling, volledig: true, peildatum }),
    );
    expect(proef.data.problemen).toEqual([]);
    expect(proef.data.wijzigingen).toEqual([
      expect.objectContaining({
        soort: 'beeindigd',
        sleutel: '6002',
        velden: [{ veld: 'uit_dienst', oud: null, nieuw: plusDagen(peildatum, -1) }],
      }),
    ]);
    const res = await call(
      api.app,
      'POST',
      '/api/v1/imports',
      invoer(csv, { koppeling, volledig: true, peildatum }),
    );
    expect(res.statusCode).toBe(201);
    expect((await call(api.app, 'GET', `/api/v1/medewerkers/${gaat.id}`)).data.uitDienst).toBe(
      plusDagen(peildatum, -1),
    );
    expect((await call(api.app, 'GET', `/api/v1/medewerkers/${blijft.id}`)).data.uitDienst).toBeNull();
  });

  it('records one audit entry for a commit, with the file name, its SHA-256 and the counts', async () => {
    const csv = afasCsv(['7001;Noor;;Aksoy;noor@gemeente.nl;Adviseur;8;1;01-01-2023;Burgerzaken;20']);
    const res = await call(api.app, 'POST', '/api/v1/imports', invoer(csv, { bestandsnaam: 'audit.csv' }));
    expect(res.statusCode).toBe(201);
    const regels = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'POST /imports')
      .execute();
    const regel = regels.find((r) => (r.details as Record<string, unknown>).bestandsnaam === 'audit.csv')!;
    expect(regel).toMatchObject({ object_type: 'import', object_id: res.data.id, resultaat: 'gelukt' });
    expect(regel.details).toMatchObject({
      sha256: res.data.sha256,
      aantallen: { nieuw: 1 },
      aantalPersonen: 1,
    });
    expect(res.data.sha256).toMatch(/^[0-9a-f]{64}$/);
    const historie = await call(api.app, 'GET', '/api/v1/imports');
    expect(historie.data.resultaten[0]).toMatchObject({ id: res.data.id, bestandsnaam: 'audit.csv' });
  });
});

describe('teams', () => {
  it('imports teams whose parent is new in the same file, and a second time changes nothing', async () => {
    const csv = `Naam,Soort,Bovenliggend team,Omschrijving\nWijkteam Noord,basisteam,Sociaal Domein,Zorg en welzijn\nSociaal Domein,basisteam,,\n`;
    const body = { bestandsnaam: 'teams.csv', inhoud: b64(csv), soort: 'teams' };
    const res = await call(api.app, 'POST', '/api/v1/imports', body);
    expect(res.statusCode).toBe(201);
    expect(res.data.aantallen).toMatchObject({ nieuw: 2, problemen: 0 });
    const weer = await call(api.app, 'POST', '/api/v1/imports', body);
    expect(weer.data.aantallen).toMatchObject({ nieuw: 0, gewijzigd: 0, ongewijzigd: 2 });
  });
});

describe('saved mappings', () => {
  it('saves, changes (If-Match) and deletes a named mapping; a second with the same name is 409', async () => {
    const velden = { personeelsnummer: 'Persnr', achternaam: 'Achternaam' };
    const k = await call(api.app, 'POST', '/api/v1/import-koppelingen', {
      naam: 'AFAS',
      soort: 'medewerkers',
      velden,
    });
    expect(k.statusCode).toBe(201);
    expect(
      (
        await call(api.app, 'POST', '/api/v1/import-koppelingen', {
          naam: 'afas',
          soort: 'medewerkers',
          velden,
        })
      ).statusCode,
    ).toBe(409);
    const w = await call(
      api.app,
      'PATCH',
      `/api/v1/import-koppelingen/${k.data.id}`,
      { velden: { ...velden, voornaam: 'Roepnaam' } },
      { 'if-match': k.headers.etag as string },
    );
    expect(w.statusCode).toBe(200);
    expect(w.data.velden.voornaam).toBe('Roepnaam');
    expect(
      (await call(api.app, 'GET', '/api/v1/import-koppelingen')).data.resultaten.map(
        (x: { naam: string }) => x.naam,
      ),
    ).toContain('AFAS');
    const weg = await call(api.app, 'DELETE', `/api/v1/import-koppelingen/${k.data.id}`, undefined, {
      'if-match': w.headers.etag as string,
    });
    expect(weg.statusCode).toBe(204);
  });

  it('refuses a field that does not exist (400)', async () => {
    const res = await call(api.app, 'POST', '/api/v1/import-koppelingen', {
      naam: 'Fout',
      soort: 'teams',
      velden: { personeelsnummer: 'x' },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('who may import', () => {
  it('refuses a teamleider (403) and lets P&O in', async () => {
    const csv = afasCsv(['8001;A;;B;ab@gemeente.nl;Adviseur;8;1;01-01-2023;Burgerzaken;20']);
    const tl = await loginAls(api.db, ['teamleider']);
    expect((await call(api.app, 'POST', '/api/v1/import-proeven', invoer(csv), als(tl))).statusCode).toBe(
      403,
    );
    const po = await loginAls(api.db, ['po']);
    expect((await call(api.app, 'POST', '/api/v1/import-proeven', invoer(csv), als(po))).statusCode).toBe(
      200,
    );
  });
});
