import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../src/domain/datum';
import { type Api, als, buildMedewerker, call, loginAls, type Sessie, startApi } from './support';

/**
 * Evaluaties (issue 15, item 2): a concept with questions, findings and a follow-up action is
 * vastgesteld; after that the evaluation refuses every change (409 saying what to do, and the
 * database refuses it too) while the action's owner reports it done. Every problem at once; who may
 * do what; the OR reads without the owner's name.
 */
let api: Api;
let s: Record<'directeur' | 'regisseur' | 'or' | 'medewerker' | 'eigenaar', Sessie>;
let faseId: string;
let eigenaarId: string;
const dag = vandaag();
const d = (n: number) => plusDagen(dag, n);

beforeAll(async () => {
  api = await startApi();
  const fase = await api.db
    .insertInto('verander_fase')
    .values({ volgnummer: 1, naam: 'Kwartiermaken', doel: 'De basis leggen' })
    .returning('id')
    .executeTakeFirstOrThrow();
  faseId = fase.id;
  eigenaarId = (await buildMedewerker(api.app, { voornaam: 'Fatima', achternaam: 'El Amrani' })).id;
  s = {
    directeur: await loginAls(api.db, ['directeur']),
    regisseur: await loginAls(api.db, ['programmaregisseur']),
    or: await loginAls(api.db, ['or']),
    medewerker: await loginAls(api.db, ['medewerker']),
    eigenaar: await loginAls(api.db, ['medewerker'], { medewerkerId: eigenaarId }),
  };
});
afterAll(async () => {
  await api.close();
});

const verzoek = (
  method: 'POST' | 'PATCH' | 'GET',
  wie: Sessie,
  url: string,
  body?: unknown,
  versie?: number,
) =>
  call(
    api.app,
    method,
    `/api/v1${url}`,
    body,
    als(wie, versie === undefined ? {} : { 'if-match': `"${versie}"` }),
  );

describe('an evaluation of phase 1 from concept to vastgesteld', () => {
  it('records, stelt vast, refuses changes, and tracks the action to done', async () => {
    const nieuw = await verzoek('POST', s.directeur, '/evaluaties', {
      titel: 'Evaluatie fase 1',
      onderwerp: { soort: 'fase', faseId },
      datum: d(-3),
      vragen: [{ vraag: 'Wat ging goed?' }],
      bevindingen: [{ soort: 'sterk', tekst: 'De transitieteams werken goed samen.' }],
    });
    expect(nieuw.statusCode).toBe(201);
    expect(nieuw.headers.etag).toBe('"1"');
    const e = nieuw.data;
    expect(e).toMatchObject({
      status: 'concept',
      onderwerp: { soort: 'fase', id: faseId, naam: 'Fase 1: Kwartiermaken' },
      vragen: [{ vraag: 'Wat ging goed?', antwoord: '' }],
      mag: { wijzigen: true, vaststellen: true, actieToevoegen: true },
    });

    const actie = await verzoek('POST', s.directeur, `/evaluaties/${e.id}/acties`, {
      omschrijving: 'Werkwijze van de transitieteams delen',
      eigenaarMedewerkerId: eigenaarId,
      datum: d(-1),
    });
    expect(actie.statusCode).toBe(201);
    expect(actie.data).toMatchObject({
      status: 'open',
      verlopen: true,
      eigenaar: { id: eigenaarId, naam: 'Fatima El Amrani' },
    });

    // A concept is its writers' draft: others do not see it yet.
    expect((await verzoek('GET', s.medewerker, `/evaluaties/${e.id}`)).statusCode).toBe(403);
    const conceptLijst = await verzoek('GET', s.or, '/evaluaties?status=concept');
    expect(conceptLijst.data.resultaten).toEqual([]);

    // Everything missing at once: the summary and the unanswered question.
    const onvolledig = await verzoek('POST', s.directeur, `/evaluaties/${e.id}/vaststellingen`, {}, 1);
    expect(onvolledig.statusCode).toBe(400);
    expect(onvolledig.data.invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'samenvatting',
      'vragen[0].antwoord',
    ]);

    const aangevuld = await verzoek(
      'PATCH',
      s.regisseur,
      `/evaluaties/${e.id}`,
      {
        samenvatting: 'Fase 1 heeft de basis gelegd.',
        vragen: [{ vraag: 'Wat ging goed?', antwoord: 'De samenwerking tussen teams.' }],
      },
      1,
    );
    expect(aangevuld.statusCode).toBe(200);
    expect(aangevuld.headers.etag).toBe('"2"');

    const vast = await verzoek('POST', s.directeur, `/evaluaties/${e.id}/vaststellingen`, {}, 2);
    expect(vast.statusCode).toBe(201);
    expect(vast.data).toMatchObject({
      status: 'vastgesteld',
      mag: { wijzigen: false, vaststellen: false, actieToevoegen: false },
    });
    expect(vast.data.vastgesteld.door).toBeTruthy();

    // Changing a vastgestelde evaluation: 409 with what to do instead.
    const wijzig = await verzoek('PATCH', s.directeur, `/evaluaties/${e.id}`, { titel: 'Anders' }, 3);
    expect(wijzig.statusCode).toBe(409);
    expect(wijzig.data.detail).toContain('nieuwe evaluatie');
    const nogEens = await verzoek('POST', s.directeur, `/evaluaties/${e.id}/vaststellingen`, {}, 3);
    expect(nogEens.statusCode).toBe(409);
    const extraActie = await verzoek('POST', s.directeur, `/evaluaties/${e.id}/acties`, {
      omschrijving: 'Nog iets',
      eigenaarMedewerkerId: eigenaarId,
      datum: d(10),
    });
    expect(extraActie.statusCode).toBe(409);
    const anderDatum = await verzoek(
      'PATCH',
      s.directeur,
      `/evaluaties/${e.id}/acties/${actie.data.id}`,
      { datum: d(30) },
      1,
    );
    expect(anderDatum.statusCode).toBe(409);
    expect(anderDatum.data.detail).toContain('voortgang');

    // The database refuses it as well, whoever asks.
    await expect(sql`update evaluatie set titel = 'x' where id = ${e.id}`.execute(api.db)).rejects.toThrow(
      /onveranderlijk/,
    );
    await expect(
      sql`delete from evaluatie_bevinding where evaluatie_id = ${e.id}`.execute(api.db),
    ).rejects.toThrow(/onveranderlijk/);
    await expect(
      sql`update evaluatie_actie set omschrijving = 'x' where id = ${actie.data.id}`.execute(api.db),
    ).rejects.toThrow(/voortgang/);

    // The overdue action waits on its owner's Mijn werk.
    const werk = await verzoek('GET', s.eigenaar, '/mijn-werk');
    expect(werk.data.nu).toContainEqual(
      expect.objectContaining({
        id: `evaluatie-actie:${actie.data.id}`,
        pad: `/verandering/evaluaties/${e.id}`,
        vervaldatum: d(-1),
      }),
    );

    // A colleague who is not the owner may not report it; the owner may.
    const ander = await verzoek(
      'PATCH',
      s.medewerker,
      `/evaluaties/${e.id}/acties/${actie.data.id}`,
      { status: 'gereed' },
      1,
    );
    expect(ander.statusCode).toBe(403);
    const eigenaarInhoud = await verzoek(
      'PATCH',
      s.eigenaar,
      `/evaluaties/${e.id}/acties/${actie.data.id}`,
      { omschrijving: 'Anders' },
      1,
    );
    expect(eigenaarInhoud.statusCode).toBe(403);
    const gereed = await verzoek(
      'PATCH',
      s.eigenaar,
      `/evaluaties/${e.id}/acties/${actie.data.id}`,
      { status: 'gereed' },
      1,
    );
    expect(gereed.statusCode).toBe(200);
    expect(gereed.data).toMatchObject({ status: 'gereed', gereedOp: dag, verlopen: false });
    const daarna = await verzoek('GET', s.eigenaar, '/mijn-werk');
    expect(daarna.data.nu.map((x: { id: string }) => x.id)).not.toContain(`evaluatie-actie:${actie.data.id}`);

    // Still readable as it was; the OR reads it without the owner's name.
    const orZicht = await verzoek('GET', s.or, `/evaluaties/${e.id}`);
    expect(orZicht.statusCode).toBe(200);
    expect(orZicht.data).toMatchObject({
      titel: 'Evaluatie fase 1',
      samenvatting: 'Fase 1 heeft de basis gelegd.',
    });
    expect(orZicht.data.acties[0]).toMatchObject({ eigenaar: null, status: 'gereed' });
    expect(orZicht.data.mag).toMatchObject({ wijzigen: false });

    const lijst = await verzoek('GET', s.medewerker, `/evaluaties?onderwerp=fase&onderwerpId=${faseId}`);
    expect(lijst.statusCode).toBe(200);
    expect(lijst.data.mag.aanmaken).toBe(false);
    expect(lijst.data.resultaten).toEqual([
      expect.objectContaining({
        id: e.id,
        status: 'vastgesteld',
        acties: { open: 0, gereed: 1, verlopen: 0 },
      }),
    ]);
    const andereSoort = await verzoek('GET', s.medewerker, '/evaluaties?onderwerp=organisatie');
    expect(andereSoort.data.resultaten.map((x: { id: string }) => x.id)).not.toContain(e.id);
  });
});

describe('an evaluation of an opgave', () => {
  it('names the opgave, is found by it, and asks for the opgave when none is chosen', async () => {
    const opgave = await verzoek('POST', s.directeur, '/opgaven', { titel: 'Wijkgericht werken' });
    expect(opgave.statusCode).toBe(201);
    const e = await verzoek('POST', s.regisseur, '/evaluaties', {
      titel: 'Evaluatie wijkgericht werken',
      onderwerp: { soort: 'opgave', opgaveId: opgave.data.id },
      datum: d(-1),
    });
    expect(e.statusCode).toBe(201);
    expect(e.data.onderwerp).toEqual({ soort: 'opgave', id: opgave.data.id, naam: 'Wijkgericht werken' });
    const lijst = await verzoek(
      'GET',
      s.directeur,
      `/evaluaties?onderwerp=opgave&onderwerpId=${opgave.data.id}`,
    );
    expect(lijst.data.resultaten.map((x: { id: string }) => x.id)).toEqual([e.data.id]);

    const zonder = await verzoek('POST', s.directeur, '/evaluaties', {
      titel: 'Evaluatie zonder opgave',
      onderwerp: { soort: 'opgave', opgaveId: null },
      datum: d(-1),
    });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.data.invalidParams[0]).toMatchObject({ name: 'onderwerp.opgaveId', code: 'verplicht' });
  });
});

describe('every problem at once', () => {
  it('lists the problems of a new evaluation together', async () => {
    const fout = await verzoek('POST', s.directeur, '/evaluaties', {
      titel: ' ',
      onderwerp: { soort: 'organisatie', faseId },
      datum: '2026-02-30',
    });
    expect(fout.statusCode).toBe(400);
    const velden = fout.data.invalidParams.map((p: { name: string }) => p.name);
    expect(velden).toEqual(expect.arrayContaining(['titel', 'datum']));

    // The subject: the id of another kind, then a phase that does not exist.
    const verkeerd = await verzoek('POST', s.directeur, '/evaluaties', {
      titel: 'Organisatie',
      onderwerp: { soort: 'organisatie', faseId },
      datum: d(-1),
    });
    expect(verkeerd.statusCode).toBe(400);
    expect(verkeerd.data.invalidParams.map((p: { name: string }) => p.name)).toEqual(['onderwerp.faseId']);
    const onbekend = await verzoek('POST', s.directeur, '/evaluaties', {
      titel: 'Thema',
      onderwerp: { soort: 'thema', themaId: '00000000-0000-4000-8000-000000000000' },
      datum: d(-1),
    });
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.data.invalidParams[0]).toMatchObject({ name: 'onderwerp.themaId', code: 'bestaat-niet' });
  });

  it('refuses vaststellen of an evaluation without findings, in the future', async () => {
    const e = await verzoek('POST', s.directeur, '/evaluaties', {
      titel: 'Vooruit',
      onderwerp: { soort: 'organisatie' },
      datum: d(5),
      samenvatting: 'Nog te houden.',
    });
    expect(e.statusCode).toBe(201);
    const vast = await verzoek('POST', s.directeur, `/evaluaties/${e.data.id}/vaststellingen`, {}, 1);
    expect(vast.statusCode).toBe(400);
    expect(vast.data.invalidParams.map((p: { name: string }) => p.name)).toEqual(['datum', 'bevindingen']);
    const zonderVersie = await verzoek('POST', s.directeur, `/evaluaties/${e.data.id}/vaststellingen`, {});
    expect(zonderVersie.statusCode).toBe(428);
  });
});

describe('who may do what', () => {
  it('lets the directeur, programmaregisseur and P&O write, and nobody else', async () => {
    const body = { titel: 'Evaluatie organisatie', onderwerp: { soort: 'organisatie' }, datum: d(-1) };
    for (const wie of [s.medewerker, s.or])
      expect((await verzoek('POST', wie, '/evaluaties', body)).statusCode).toBe(403);
    expect((await verzoek('POST', s.regisseur, '/evaluaties', body)).statusCode).toBe(201);
    const lijst = await verzoek('GET', s.or, '/evaluaties');
    expect(lijst.statusCode).toBe(200);
    expect(lijst.data.mag.aanmaken).toBe(false);
    expect(
      (await verzoek('GET', s.directeur, '/evaluaties/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
  });
});
