import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../src/domain/datum';
import { type Api, buildTeam, call, snapshot, startApi } from './support';

/**
 * The gaps of issue 16 closed after its first delivery, on both engines with files the tests make:
 * formatieplaatsen as a kind of import (keyed on team, functie and schaal), the dry run in the
 * background with progress to poll, and the warning for a basisteam left without a teamleider.
 */

let api: Api;
let burgerzaken: { id: string; naam: string };
beforeAll(async () => {
  api = await startApi();
  burgerzaken = await buildTeam(api.app, { naam: 'Burgerzaken F' });
  await buildTeam(api.app, { naam: 'Financiën F' });
});
afterAll(async () => {
  await api.close();
});

const BOM = '\ufeff';
const b64 = (b: string) => Buffer.from(b).toString('base64');
const VANDAAG = vandaag();
const nl = (d: string) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;

const formatie = (rijen: string[], extra: Record<string, unknown> = {}) => ({
  bestandsnaam: 'formatie.csv',
  inhoud: b64(`${BOM}Afdeling;Functie;Salarisschaal;Fte;Ingangsdatum\r\n${rijen.join('\r\n')}\r\n;;;;\r\n`),
  soort: 'formatieplaatsen',
  ...extra,
});

const plaatsen = (teamId: string) =>
  api.db
    .selectFrom('formatieplaats')
    .select(['functie_naam', 'salarisschaal', 'fte', 'ingangsdatum', 'einddatum', 'financiering'])
    .where('team_id', '=', teamId)
    .orderBy('functie_naam')
    .execute();

describe('formatieplaatsen', () => {
  it('suggests the mapping from the headers and lists the fields', async () => {
    const velden = await call(api.app, 'GET', '/api/v1/import-velden');
    expect(velden.data.formatieplaatsen.map((v: { veld: string }) => v.veld)).toEqual([
      'team',
      'functie',
      'schaal',
      'fte',
      'van',
      'tot',
    ]);
    const b = await call(api.app, 'POST', '/api/v1/import-bestanden', {
      bestandsnaam: 'formatie.csv',
      inhoud: formatie(['Burgerzaken F;Jurist;11;1,0;']).inhoud,
      soort: 'formatieplaatsen',
    });
    expect(b.data.voorgesteldeKoppeling).toEqual({
      team: 'Afdeling',
      functie: 'Functie',
      schaal: 'Salarisschaal',
      fte: 'Fte',
      van: 'Ingangsdatum',
    });
  });

  it('creates places, a later file changes only the fte, volledig ends the missing place; twice changes nothing', async () => {
    const eerste = formatie([
      `Burgerzaken F;Jurist;11;2,5;${nl(VANDAAG)}`,
      `Burgerzaken F;Baliemedewerker;6;4;${nl(plusDagen(VANDAAG, -10))}`,
      'Financiën F;Controller;12;1;',
    ]);
    const res = await call(api.app, 'POST', '/api/v1/imports', eerste);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data.aantallen).toMatchObject({ nieuw: 3, problemen: 0 });
    expect(res.data.wijzigingen[0].sleutel).toContain(' · ');
    expect(await plaatsen(burgerzaken.id)).toEqual([
      expect.objectContaining({ functie_naam: 'Baliemedewerker', salarisschaal: '6', einddatum: null }),
      expect.objectContaining({ functie_naam: 'Jurist', salarisschaal: '11', financiering: 'regulier' }),
    ]);
    expect(Number((await plaatsen(burgerzaken.id))[1]!.fte)).toBe(2.5);

    // Idempotent: the same file again changes nothing.
    const weer = await call(api.app, 'POST', '/api/v1/imports', eerste);
    expect(weer.data.aantallen).toMatchObject({ nieuw: 0, gewijzigd: 0, beeindigd: 0, ongewijzigd: 3 });

    // A later, complete file: the key ignores case; only the fte change and the missing place.
    const later = formatie(['burgerzaken f;JURIST;11;3;', 'Financiën F;Controller;12;1;'], {
      volledig: true,
    });
    const proef = await call(api.app, 'POST', '/api/v1/import-proeven', later);
    expect(proef.statusCode, proef.body).toBe(200);
    expect(proef.data.aantallen).toMatchObject({ nieuw: 0, gewijzigd: 1, beeindigd: 1, ongewijzigd: 1 });
    const gewijzigd = proef.data.wijzigingen.find((w: { soort: string }) => w.soort === 'gewijzigd');
    expect(gewijzigd.velden).toEqual([{ veld: 'fte', oud: 2.5, nieuw: 3 }]);
    expect(proef.data.wijzigingen.find((w: { soort: string }) => w.soort === 'beeindigd').naam).toContain(
      'Baliemedewerker',
    );
    expect((await call(api.app, 'POST', '/api/v1/imports', later)).statusCode).toBe(201);
    const na = await plaatsen(burgerzaken.id);
    expect(Number(na.find((p) => p.functie_naam === 'Jurist')!.fte)).toBe(3);
    expect(na.find((p) => p.functie_naam === 'Baliemedewerker')!.einddatum).toBe(plusDagen(VANDAAG, -1));
    const nogEens = await call(api.app, 'POST', '/api/v1/imports', later);
    expect(nogEens.data.aantallen).toMatchObject({ nieuw: 0, gewijzigd: 0, beeindigd: 0 });
  });

  it('reports every bad row with row, column and a Dutch reason, and changes nothing', async () => {
    const voor = await snapshot(api);
    const slecht = formatie([
      'Onbekend team;Jurist;11;1;',
      'Burgerzaken F;Adviseur;10 of 11;1;',
      'Burgerzaken F;Adviseur;10;0;',
      'Burgerzaken F;Beleid;10;=A1*2;',
      'Burgerzaken F;Beleid;10;1;',
      'Burgerzaken F;beleid;10;1;',
    ]);
    const res = await call(api.app, 'POST', '/api/v1/import-proeven', slecht);
    const codes = res.data.problemen.map((p: { rij: number; code: string }) => `${p.rij}:${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        '2:onbekend-team',
        '3:geen-schaal',
        '4:buiten-bereik',
        '5:formule',
        '6:dubbel',
        '7:dubbel',
      ]),
    );
    expect(res.data.problemen.find((p: { rij: number }) => p.rij === 3).melding).toMatch(
      /^Rij 3, kolom ‘Salarisschaal’: .*geen salarisschaal/,
    );
    const commit = await call(api.app, 'POST', '/api/v1/imports', slecht);
    expect(commit.statusCode).toBe(409);
    expect(await snapshot(api)).toBe(voor);
  });
});

describe('dry run in the background', () => {
  it('answers 202, reports its phase and rows while it runs, and gives the same report when done', async () => {
    const rijen = Array.from({ length: 1500 }, (_, i) => `Financiën F;Functie ${i};${(i % 18) + 1};1;`);
    const body = formatie(rijen);
    const start = await call(api.app, 'POST', '/api/v1/import-proeven', { ...body, achtergrond: true });
    expect(start.statusCode, start.body).toBe(202);
    expect(start.headers.location).toBe(`/api/v1/import-proeven/${start.data.id}`);
    expect(start.data).toMatchObject({ status: 'bezig', rapport: null });
    const gezien = new Set<string>();
    let taak = start.data;
    for (let i = 0; i < 600 && taak.status === 'bezig'; i++) {
      await new Promise((klaar) => setTimeout(klaar, 20));
      taak = (await call(api.app, 'GET', `/api/v1/import-proeven/${start.data.id}`)).data;
      gezien.add(taak.voortgang.fase);
      expect(taak.voortgang.verwerkt).toBeLessThanOrEqual(taak.voortgang.totaal || taak.voortgang.verwerkt);
    }
    expect(taak.status).toBe('klaar');
    expect(taak.voortgang).toMatchObject({ fase: 'vergelijken' });
    const synchroon = await call(api.app, 'POST', '/api/v1/import-proeven', body);
    expect(taak.rapport.aantallen).toEqual(synchroon.data.aantallen);
    expect(taak.rapport.aantallen).toMatchObject({ rijen: 1500, nieuw: 1500 });
    expect(gezien.size).toBeGreaterThan(0);
  });

  it('reports a bad mapping as mislukt with its problems; an unknown taak is 404', async () => {
    const start = await call(api.app, 'POST', '/api/v1/import-proeven', {
      ...formatie(['Financiën F;X;1;1;']),
      koppeling: { team: 'Bestaat niet' },
      achtergrond: true,
    });
    expect(start.statusCode).toBe(202);
    let taak = start.data;
    for (let i = 0; i < 200 && taak.status === 'bezig'; i++) {
      await new Promise((klaar) => setTimeout(klaar, 10));
      taak = (await call(api.app, 'GET', `/api/v1/import-proeven/${start.data.id}`)).data;
    }
    expect(taak.status).toBe('mislukt');
    expect(taak.fout.problemen.length).toBeGreaterThan(0);
    const onbekend = await call(
      api.app,
      'GET',
      '/api/v1/import-proeven/00000000-0000-4000-8000-000000000000',
    );
    expect(onbekend.statusCode).toBe(404);
  });

  it('refuses achtergrond on the commit (400)', async () => {
    const res = await call(api.app, 'POST', '/api/v1/imports', { ...formatie([]), achtergrond: true });
    expect(res.statusCode).toBe(400);
  });
});

describe('a basisteam left without a teamleider', () => {
  it('is a warning per team in the dry run, not a problem, and the commit goes ahead', async () => {
    const kop =
      'Persnr;Roepnaam;Achternaam;E-mail;Functie;Schaal;Trede;Afdeling;Uren per week;Leidinggevende van';
    const csv = (leidt: string) =>
      `${kop}\r\n8801;Ilse;Koster;ilse.koster@gemeente.nl;Teamleider;12;5;${burgerzaken.naam};36;${leidt}\r\n`;
    const bestand = (leidt: string) => ({
      bestandsnaam: 'leiding.csv',
      inhoud: b64(csv(leidt)),
      soort: 'medewerkers',
    });
    const eerst = await call(api.app, 'POST', '/api/v1/imports', bestand(burgerzaken.naam));
    expect(eerst.statusCode, eerst.body).toBe(201);
    expect(eerst.data.waarschuwingen).toEqual([]);

    const proef = await call(api.app, 'POST', '/api/v1/import-proeven', {
      ...bestand(''),
      peildatum: plusDagen(VANDAAG, 1),
    });
    expect(proef.data.problemen).toEqual([]);
    expect(proef.data.waarschuwingen).toEqual([
      expect.objectContaining({ code: 'team-zonder-teamleider', rij: 2, kolom: 'leidinggevende_van' }),
    ]);
    expect(proef.data.waarschuwingen[0].melding).toContain(
      `Team ${burgerzaken.naam} heeft vanaf ${plusDagen(VANDAAG, 1)} geen teamleider meer: Ilse Koster (rij 2)`,
    );
    const commit = await call(api.app, 'POST', '/api/v1/imports', {
      ...bestand(''),
      peildatum: plusDagen(VANDAAG, 1),
    });
    expect(commit.statusCode).toBe(201);
  });
});
