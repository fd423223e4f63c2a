import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../src/domain/datum';
import { opschortingstermijn, reactieUiterlijk } from '../../src/domain/or-termijnen';
import { type Api, als, buildScenario, call, loginAls, type Sessie, startApi } from './support';

/**
 * The OR-dossier (issue 15, item 4): from adviesaanvraag to the OR's advice to a deviating decision
 * with its suspension date; consent refused and the kantonrechter's permission; every problem at
 * once; 409 naming the next step; If-Match; who may do what; overlegvergaderingen with actions.
 */
let api: Api;
let s: Record<'directeur' | 'or' | 'po' | 'college' | 'medewerker', Sessie>;
const dag = vandaag();
const d = (n: number) => plusDagen(dag, n);

beforeAll(async () => {
  api = await startApi();
  s = {
    directeur: await loginAls(api.db, ['directeur']),
    or: await loginAls(api.db, ['or']),
    po: await loginAls(api.db, ['po']),
    college: await loginAls(api.db, ['college']),
    medewerker: await loginAls(api.db, ['medewerker']),
  };
});
afterAll(async () => {
  await api.close();
});

const post = (wie: Sessie, url: string, body: unknown, versie?: number) =>
  call(
    api.app,
    'POST',
    `/api/v1${url}`,
    body,
    als(wie, versie === undefined ? {} : { 'if-match': `"${versie}"` }),
  );

const volledig = {
  soort: 'advies',
  onderwerp: 'Nieuwe teamindeling',
  aanleiding: 'De reorganisatie brengt het werk in basisteams samen.',
  voorgenomenBesluit: 'Vier basisteams in plaats van negen afdelingen.',
  personeleGevolgen: 'Iedere medewerker wordt in een basisteam geplaatst; geen gedwongen ontslagen.',
  reactieGevraagdVoor: d(30),
};

describe('an advice request from draft to a deviating decision', () => {
  it('runs the whole procedure and computes the suspension date', async () => {
    const scenario = await buildScenario(api.app);
    const nieuw = await post(s.directeur, '/or-verzoeken', {
      ...volledig,
      documenten: [
        { soort: 'scenario', id: scenario.id },
        { soort: 'link', url: 'https://intranet.example.nl/reorganisatie', titel: 'Plan van aanpak' },
      ],
    });
    expect(nieuw.statusCode).toBe(201);
    expect(nieuw.headers.etag).toBe('"1"');
    const v = nieuw.data;
    expect(v).toMatchObject({ status: 'concept', volgendeStatussen: ['ingediend', 'ingetrokken'] });
    expect(v.documenten).toEqual([
      { soort: 'scenario', id: scenario.id, url: null, titel: scenario.naam },
      { soort: 'link', id: null, url: 'https://intranet.example.nl/reorganisatie', titel: 'Plan van aanpak' },
    ]);
    expect(v.mag).toMatchObject({ wijzigen: true, indienen: true, reageren: false, besluiten: false });

    // The OR does not see a concept.
    expect(
      (await call(api.app, 'GET', `/api/v1/or-verzoeken/${v.id}`, undefined, als(s.or))).statusCode,
    ).toBe(403);
    const orLijst = await call(api.app, 'GET', '/api/v1/or-verzoeken', undefined, als(s.or));
    expect(orLijst.data.resultaten.map((x: { id: string }) => x.id)).not.toContain(v.id);

    const ingediend = await post(
      s.directeur,
      `/or-verzoeken/${v.id}/indieningen`,
      { orGeinformeerdOp: d(-20) },
      1,
    );
    expect(ingediend.statusCode).toBe(201);
    expect(ingediend.data).toMatchObject({ status: 'ingediend', orGeinformeerdOp: d(-20) });
    expect(ingediend.data.termijnen.reactieUiterlijk).toBe(reactieUiterlijk(d(30)));
    expect(ingediend.data.volgendeDatum).toEqual({ datum: reactieUiterlijk(d(30)), wat: 'reactietermijn' });

    const orZicht = await call(api.app, 'GET', `/api/v1/or-verzoeken/${v.id}`, undefined, als(s.or));
    expect(orZicht.statusCode).toBe(200);
    expect(orZicht.data.mag).toMatchObject({ reageren: true, besluiten: false, wijzigen: false });

    // A decision before the advice: 409 that says to wait for the advice.
    const teVroeg = await post(
      s.directeur,
      `/or-verzoeken/${v.id}/besluiten`,
      { tekst: 'x', datum: d(-1), volgtAdvies: false },
      2,
    );
    expect(teVroeg.statusCode).toBe(409);
    expect(teVroeg.data.detail).toContain('advies');

    const advies = await post(
      s.or,
      `/or-verzoeken/${v.id}/reacties`,
      { advies: 'negatief', tekst: 'De OR adviseert vijf teams.', datum: d(-10) },
      2,
    );
    expect(advies.statusCode).toBe(201);
    expect(advies.data).toMatchObject({
      status: 'advies-uitgebracht',
      reactie: { uitkomst: 'negatief', datum: d(-10) },
    });

    const besluit = await post(
      s.directeur,
      `/or-verzoeken/${v.id}/besluiten`,
      {
        tekst: 'Vier basisteams, zoals voorgenomen.',
        datum: d(-2),
        orGeinformeerdOp: d(-1),
        volgtAdvies: false,
      },
      3,
    );
    expect(besluit.statusCode).toBe(201);
    const o = opschortingstermijn(d(-1));
    expect(besluit.data.termijnen).toMatchObject({
      wijktAfVanAdvies: true,
      opschorting: { laatsteDag: o.laatsteDag, uitvoerbaarVanaf: o.uitvoerbaarVanaf, afgezien: false },
      beroepUiterlijk: o.laatsteDag,
      uitvoerbaar: { soort: 'opgeschort', vanaf: o.uitvoerbaarVanaf, grond: null },
    });
    expect(besluit.data.volgendeDatum).toEqual({ datum: o.uitvoerbaarVanaf, wat: 'einde-opschorting' });

    // The OR waives the suspension: the decision may be carried out from its date.
    const orNu = await call(api.app, 'GET', `/api/v1/or-verzoeken/${v.id}`, undefined, als(s.or));
    expect(orNu.data.mag.afstandVanOpschorting).toBe(true);
    const afstand = await post(s.or, `/or-verzoeken/${v.id}/afstand-van-opschorting`, {}, 4);
    expect(afstand.statusCode).toBe(201);
    expect(afstand.data.termijnen.uitvoerbaar).toEqual({
      soort: 'uitvoerbaar',
      vanaf: d(-2),
      grond: 'afstand-opschorting',
    });

    // Done: no further step; 409 with the state.
    const weer = await post(s.directeur, `/or-verzoeken/${v.id}/intrekkingen`, { reden: 'x' }, 5);
    expect(weer.statusCode).toBe(409);
    expect(weer.data.detail).toContain('Het besluit is genomen');

    // Writes are audited with the verzoek as their object.
    const regel = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'POST /or-verzoeken/{orVerzoekId}/besluiten')
      .where('resultaat', '=', 'gelukt')
      .executeTakeFirstOrThrow();
    expect(regel).toMatchObject({ object_type: 'or_verzoek', object_id: v.id });
  });
});

describe('Mijn werk', () => {
  it('asks the OR for its advice by the response date, the directeur for the decision, and signals the suspension', async () => {
    const werk = async (wie: Sessie) =>
      (await call(api.app, 'GET', '/api/v1/mijn-werk', undefined, als(wie))).data as {
        nu: { id: string; titel: string; pad: string; vervaldatum: string | null; soort: string }[];
      };
    const v = (await post(s.directeur, '/or-verzoeken', { ...volledig, onderwerp: 'Werken op locatie' }))
      .data;
    const pad = `/or-dossier/${v.id}`;
    expect((await werk(s.or)).nu.filter((i) => i.pad === pad)).toEqual([]);

    await post(s.directeur, `/or-verzoeken/${v.id}/indieningen`, { orGeinformeerdOp: d(-5) }, 1);
    const voorOr = (await werk(s.or)).nu.filter((i) => i.pad === pad);
    expect(voorOr).toEqual([
      expect.objectContaining({
        soort: 'dossierstap',
        titel: 'Adviesaanvraag: Werken op locatie',
        vervaldatum: reactieUiterlijk(d(30)),
      }),
    ]);
    expect((await werk(s.directeur)).nu.filter((i) => i.pad === pad)).toEqual([]);
    expect((await werk(s.medewerker)).nu.filter((i) => i.pad === pad)).toEqual([]);

    await post(
      s.or,
      `/or-verzoeken/${v.id}/reacties`,
      { advies: 'negatief', tekst: 'Nee.', datum: d(-3) },
      2,
    );
    expect((await werk(s.or)).nu.filter((i) => i.pad === pad)).toEqual([]);
    expect((await werk(s.directeur)).nu.filter((i) => i.pad === pad)).toEqual([
      expect.objectContaining({ soort: 'dossierstap', titel: 'Besluit nemen: Werken op locatie' }),
    ]);

    await post(
      s.directeur,
      `/or-verzoeken/${v.id}/besluiten`,
      { tekst: 'Toch zo.', datum: d(-1), orGeinformeerdOp: d(-1), volgtAdvies: false },
      3,
    );
    const o = opschortingstermijn(d(-1));
    for (const wie of [s.directeur, s.or]) {
      expect((await werk(wie)).nu.filter((i) => i.pad === pad)).toEqual([
        expect.objectContaining({
          soort: 'signaal',
          titel: 'Besluit opgeschort: Werken op locatie',
          vervaldatum: o.uitvoerbaarVanaf,
        }),
      ]);
    }
  });
});

describe('a consent request', () => {
  it('cannot be carried out when refused, until the kantonrechter gives permission', async () => {
    const v = (
      await post(s.directeur, '/or-verzoeken', {
        ...volledig,
        soort: 'instemming',
        onderwerp: 'Regeling hybride werken',
      })
    ).data;
    await post(s.directeur, `/or-verzoeken/${v.id}/indieningen`, { orGeinformeerdOp: d(-20) }, 1);
    // An advice on a consent request: every problem at once.
    const fout = await post(s.or, `/or-verzoeken/${v.id}/reacties`, { advies: 'positief', tekst: 'x' }, 2);
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: { name: string }) => p.name)).toEqual(['instemming', 'advies']);
    const weigering = await post(
      s.or,
      `/or-verzoeken/${v.id}/reacties`,
      { instemming: 'geweigerd', tekst: 'Nee.', datum: d(-10) },
      2,
    );
    expect(weigering.data.status).toBe('instemming-geweigerd');
    const besluit = await post(
      s.directeur,
      `/or-verzoeken/${v.id}/besluiten`,
      { tekst: 'Toch.', datum: d(-3) },
      3,
    );
    expect(besluit.data.termijnen).toMatchObject({
      uitvoerbaar: { soort: 'geen-instemming' },
      opschorting: null,
    });
    expect(besluit.data.termijnen.nietigheidUiterlijk).not.toBeNull();
    const toestemming = await post(
      s.directeur,
      `/or-verzoeken/${v.id}/vervangende-toestemmingen`,
      { datum: d(-1), kenmerk: 'C/13/123456 / HA RK 26-1' },
      4,
    );
    expect(toestemming.statusCode).toBe(201);
    expect(toestemming.data.termijnen).toMatchObject({
      uitvoerbaar: { soort: 'uitvoerbaar', vanaf: d(-1), grond: 'vervangende-toestemming' },
      nietigheidUiterlijk: null,
    });
  });
});

describe('problems, conflicts and versions', () => {
  it('lists every problem at once: body and submission', async () => {
    const leeg = await post(s.directeur, '/or-verzoeken', {
      soort: 'raad',
      onderwerp: ' ',
      documenten: [{ soort: 'link', url: 'javascript:alert(1)', titel: 'x' }],
    });
    expect(leeg.statusCode).toBe(400);
    expect(String(leeg.headers['content-type'])).toContain('application/problem+json');
    const velden = leeg.data.invalidParams.map((p: { name: string }) => p.name);
    expect(velden).toEqual(expect.arrayContaining(['soort', 'onderwerp', 'documenten.0.url']));

    const onbekend = await post(s.directeur, '/or-verzoeken', {
      soort: 'advies',
      onderwerp: 'x',
      documenten: [{ soort: 'bestuursopdracht', id: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'documenten[0].id', code: 'bestaat-niet' }),
    ]);

    const kaal = (await post(s.directeur, '/or-verzoeken', { soort: 'advies', onderwerp: 'Kaal' })).data;
    const indienen = await post(s.directeur, `/or-verzoeken/${kaal.id}/indieningen`, {}, 1);
    expect(indienen.statusCode).toBe(400);
    expect(indienen.data.invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'aanleiding',
      'voorgenomenBesluit',
      'personeleGevolgen',
      'reactieGevraagdVoor',
    ]);
  });

  it('answers 428 without If-Match, 412 on a stale version, 409 when no longer a concept', async () => {
    const v = (await post(s.directeur, '/or-verzoeken', volledig)).data;
    const url = `/api/v1/or-verzoeken/${v.id}`;
    expect((await call(api.app, 'PATCH', url, { onderwerp: 'y' }, als(s.directeur))).statusCode).toBe(428);
    expect((await post(s.directeur, `/or-verzoeken/${v.id}/indieningen`, {})).statusCode).toBe(428);
    const gewijzigd = await call(
      api.app,
      'PATCH',
      url,
      { onderwerp: 'Nieuwe indeling' },
      als(s.directeur, { 'if-match': '"1"' }),
    );
    expect(gewijzigd.statusCode).toBe(200);
    expect(gewijzigd.data).toMatchObject({ onderwerp: 'Nieuwe indeling', versie: 2 });
    const oud = await call(
      api.app,
      'PATCH',
      url,
      { onderwerp: 'z' },
      als(s.directeur, { 'if-match': '"1"' }),
    );
    expect(oud.statusCode).toBe(412);
    const ingediend = await post(s.directeur, `/or-verzoeken/${v.id}/indieningen`, {}, 2);
    expect(ingediend.statusCode, ingediend.body).toBe(201);
    const teLaat = await call(
      api.app,
      'PATCH',
      url,
      { onderwerp: 'z' },
      als(s.directeur, { 'if-match': '"3"' }),
    );
    expect(teLaat.statusCode).toBe(409);
    expect(teLaat.data.detail).toContain('Alleen een concept');
    const nogEens = await post(s.directeur, `/or-verzoeken/${v.id}/indieningen`, {}, 3);
    expect(nogEens.statusCode).toBe(409);
    expect(nogEens.data.detail).toContain("Wel mogelijk: 'advies-uitgebracht', 'ingetrokken'");
    const ingetrokken = await post(
      s.directeur,
      `/or-verzoeken/${v.id}/intrekkingen`,
      { reden: 'Plan gewijzigd' },
      3,
    );
    expect(ingetrokken.data).toMatchObject({
      status: 'ingetrokken',
      intrekking: { datum: dag, reden: 'Plan gewijzigd' },
    });
  });
});

describe('who may do what', () => {
  it('lets only the directeur create, only the OR answer, and keeps the medewerker out', async () => {
    expect((await post(s.or, '/or-verzoeken', volledig)).statusCode).toBe(403);
    expect((await post(s.po, '/or-verzoeken', volledig)).statusCode).toBe(403);
    expect(
      (await call(api.app, 'GET', '/api/v1/or-verzoeken', undefined, als(s.medewerker))).statusCode,
    ).toBe(403);
    expect(
      (await call(api.app, 'GET', '/api/v1/or-overleggen', undefined, als(s.medewerker))).statusCode,
    ).toBe(403);
    const v = (await post(s.directeur, '/or-verzoeken', volledig)).data;
    await post(s.directeur, `/or-verzoeken/${v.id}/indieningen`, {}, 1);
    expect(
      (await post(s.directeur, `/or-verzoeken/${v.id}/reacties`, { advies: 'positief', tekst: 'x' }, 2))
        .statusCode,
    ).toBe(403);
    const college = await call(api.app, 'GET', '/api/v1/or-verzoeken', undefined, als(s.college));
    expect(college.statusCode).toBe(200);
    expect(college.data.mag.aanmaken).toBe(false);
    expect(college.data.resultaten.every((x: { status: string }) => x.status !== 'concept')).toBe(true);
    const po = await call(api.app, 'GET', `/api/v1/or-verzoeken/${v.id}`, undefined, als(s.po));
    expect(po.data.mag).toMatchObject({ wijzigen: false, reageren: false, besluiten: false });
  });
});

describe('overlegvergaderingen', () => {
  it('keeps agenda, minutes and actions tracked to done', async () => {
    const v = (await post(s.directeur, '/or-verzoeken', volledig)).data;
    const fout = await post(s.or, '/or-overleggen', {
      datum: 'morgen',
      titel: '',
      agenda: [{ titel: 'x', verzoekId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['datum', 'titel']),
    );
    const geenVerzoek = await post(s.or, '/or-overleggen', {
      datum: d(-7),
      titel: 'Overlegvergadering',
      agenda: [{ titel: 'x', verzoekId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(geenVerzoek.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'agenda[0].verzoekId' }),
    ]);

    const o = await post(s.or, '/or-overleggen', {
      datum: d(-7),
      titel: 'Overlegvergadering december',
      agenda: [{ titel: 'Opening' }, { titel: 'Adviesaanvraag teamindeling', verzoekId: v.id }],
    });
    expect(o.statusCode).toBe(201);
    expect(o.data.agenda.map((p: { titel: string; verzoek: unknown }) => [p.titel, p.verzoek])).toEqual([
      ['Opening', null],
      ['Adviesaanvraag teamindeling', { id: v.id, onderwerp: volledig.onderwerp }],
    ]);
    const notulen = await call(
      api.app,
      'PATCH',
      `/api/v1/or-overleggen/${o.data.id}`,
      { notulen: 'De bestuurder licht het voorstel toe.' },
      als(s.directeur, { 'if-match': '"1"' }),
    );
    expect(notulen.statusCode).toBe(200);
    expect(notulen.data.agenda).toHaveLength(2);
    const actie = await post(s.directeur, `/or-overleggen/${o.data.id}/acties`, {
      omschrijving: 'Formatieoverzicht per team delen',
      eigenaar: 'Directeur',
      deadline: d(-1),
    });
    expect(actie.statusCode).toBe(201);
    expect(actie.data).toMatchObject({ verlopen: true, afgerondOp: null, versie: 1 });
    const klaar = await call(
      api.app,
      'PATCH',
      `/api/v1/or-overleggen/${o.data.id}/acties/${actie.data.id}`,
      { afgerondOp: dag },
      als(s.or, { 'if-match': '"1"' }),
    );
    expect(klaar.data).toMatchObject({ verlopen: false, afgerondOp: dag, versie: 2 });
    expect((await post(s.po, '/or-overleggen', { datum: dag, titel: 'x' })).statusCode).toBe(403);
    const lijst = await call(api.app, 'GET', '/api/v1/or-overleggen', undefined, als(s.college));
    expect(lijst.data.resultaten[0]).toMatchObject({ id: o.data.id, mag: { wijzigen: false } });
  });
});
