import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { veranderprogrammaOverzicht } from '../../src/db/veranderprogramma.repository';
import { plusDagen, vandaag } from '../../src/domain/datum';
import { type Api, als, buildMedewerker, buildTeam, call, loginAls, type Sessie, startApi } from './support';

/**
 * The veranderprogramma (issue 15, item 1): phases, themes with a trekker and a transitieteam whose
 * hours are inzet (they show in the team's availability), actions and milestones tracked to done;
 * every problem at once; 409/412/428; who may do what (the trekker manages the own theme).
 */
let api: Api;
let s: Record<'directeur' | 'regisseur' | 'or' | 'college' | 'medewerker' | 'trekker', Sessie>;
let trekker: { id: string };
let lid: { id: string };
let team: { id: string };
const dag = vandaag();
const d = (n: number) => plusDagen(dag, n);

beforeAll(async () => {
  api = await startApi();
  team = await buildTeam(api.app);
  trekker = await buildMedewerker(api.app, { teamId: team.id });
  lid = await buildMedewerker(api.app, { teamId: team.id, urenPerWeek: 36 });
  s = {
    directeur: await loginAls(api.db, ['directeur']),
    regisseur: await loginAls(api.db, ['programmaregisseur']),
    or: await loginAls(api.db, ['or']),
    college: await loginAls(api.db, ['college']),
    medewerker: await loginAls(api.db, ['medewerker'], { medewerkerId: lid.id }),
    trekker: await loginAls(api.db, ['medewerker'], { medewerkerId: trekker.id }),
  };
});
afterAll(async () => {
  await api.close();
});

const req = (methode: string, wie: Sessie, url: string, body?: unknown, versie?: number) =>
  call(
    api.app,
    methode as 'GET',
    `/api/v1${url}`,
    body,
    als(wie, versie === undefined ? {} : { 'if-match': `"${versie}"` }),
  );

describe('phases', () => {
  it('adds phases, lists every problem at once and keeps one running phase', async () => {
    const f0 = await req('POST', s.directeur, '/verander-fases', {
      volgnummer: 0,
      naam: 'Verkenning',
      doel: 'Waarom veranderen we?',
      van: '2025-01-01',
      tot: '2025-06-30',
      status: 'afgerond',
    });
    expect(f0.statusCode).toBe(201);
    expect(f0.headers.etag).toBe('"1"');
    expect(f0.data).toMatchObject({
      volgnummer: 0,
      status: 'afgerond',
      mag: { wijzigen: true, verwijderen: true },
    });
    const f1 = await req('POST', s.regisseur, '/verander-fases', {
      volgnummer: 1,
      naam: 'Ontwerp',
      status: 'lopend',
    });
    expect(f1.statusCode).toBe(201);

    const vorm = await req('POST', s.directeur, '/verander-fases', {
      volgnummer: 9,
      naam: ' ',
      status: 'bezig',
    });
    expect(vorm.statusCode).toBe(400);
    expect(String(vorm.headers['content-type'])).toContain('application/problem+json');
    expect(vorm.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'naam',
      'status',
      'volgnummer',
    ]);

    const regels = await req('POST', s.directeur, '/verander-fases', {
      volgnummer: 1,
      naam: 'Nog een',
      van: '2026-05-01',
      tot: '2026-04-01',
      status: 'lopend',
    });
    expect(regels.statusCode).toBe(400);
    expect(regels.data.invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'tot',
      'volgnummer',
      'status',
    ]);

    expect(
      (await req('POST', s.medewerker, '/verander-fases', { volgnummer: 2, naam: 'x' })).statusCode,
    ).toBe(403);
    expect((await req('PATCH', s.directeur, `/verander-fases/${f1.data.id}`, { naam: 'x' })).statusCode).toBe(
      428,
    );
    expect(
      (await req('PATCH', s.directeur, `/verander-fases/${f1.data.id}`, { naam: 'x' }, 7)).statusCode,
    ).toBe(412);
    const gewijzigd = await req(
      'PATCH',
      s.directeur,
      `/verander-fases/${f1.data.id}`,
      { doel: 'Het ontwerp' },
      1,
    );
    expect(gewijzigd.statusCode).toBe(200);
    expect(gewijzigd.headers.etag).toBe('"2"');
    const lijst = await req('GET', s.college, '/verander-fases');
    expect(lijst.data.resultaten.map((f: { volgnummer: number }) => f.volgnummer)).toEqual([0, 1]);
    expect(lijst.data.mag.aanmaken).toBe(false);
  });
});

describe('a theme with its transitieteam and actions', () => {
  it('runs from theme to team (as inzet) to actions done, with the trekker managing the own theme', async () => {
    const fases = (await req('GET', s.directeur, '/verander-fases')).data.resultaten;
    const t = await req('POST', s.directeur, '/verander-themas', {
      naam: 'Wendbaar werken',
      omschrijving: 'Werken in opgaven naast de basisteams.',
      trekkerMedewerkerId: trekker.id,
      faseId: fases[1].id,
    });
    expect(t.statusCode).toBe(201);
    expect(t.data).toMatchObject({
      stand: 'op-schema',
      trekker: { id: trekker.id },
      fase: { volgnummer: 1 },
      leden: [],
      mag: { wijzigen: true, beheren: true },
    });
    const id = t.data.id;

    // Phase 1 now carries a theme: it cannot go.
    const weg = await req(
      'DELETE',
      s.directeur,
      `/verander-fases/${fases[1].id}`,
      undefined,
      fases[1].versie,
    );
    expect(weg.statusCode).toBe(409);
    expect((await req('POST', s.directeur, '/verander-themas', { naam: 'Wendbaar werken' })).statusCode).toBe(
      409,
    );
    const slecht = await req('POST', s.directeur, '/verander-themas', {
      naam: 'Nieuw',
      trekkerMedewerkerId: '00000000-0000-4000-8000-000000000000',
      faseId: '00000000-0000-4000-8000-000000000000',
    });
    expect(slecht.statusCode).toBe(400);
    expect(slecht.data.invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'trekkerMedewerkerId',
      'faseId',
    ]);

    // The trekker (a medewerker) manages the theme's team and actions; another medewerker does not.
    const alsTrekker = await req('GET', s.trekker, `/verander-themas/${id}`);
    expect(alsTrekker.data.mag).toEqual({ wijzigen: false, beheren: true, verwijderen: false });
    expect((await req('GET', s.medewerker, `/verander-themas/${id}`)).data.mag.beheren).toBe(false);
    expect(
      (await req('POST', s.medewerker, `/verander-themas/${id}/acties`, { soort: 'actie', titel: 'x' }))
        .statusCode,
    ).toBe(403);
    expect((await req('PATCH', s.trekker, `/verander-themas/${id}`, { naam: 'x' }, 1)).statusCode).toBe(403);

    const actie = await req('POST', s.trekker, `/verander-themas/${id}/acties`, {
      soort: 'actie',
      titel: 'Werksessies met de basisteams',
      eigenaarMedewerkerId: lid.id,
      datum: d(-3),
    });
    expect(actie.statusCode).toBe(201);
    expect(actie.data).toMatchObject({ status: 'open', verlopen: true, eigenaar: { id: lid.id } });
    const mijlpaal = await req('POST', s.regisseur, `/verander-themas/${id}/acties`, {
      soort: 'mijlpaal',
      titel: 'Eerste opgaveteams gestart',
      datum: d(30),
    });
    expect(mijlpaal.statusCode).toBe(201);
    const zonderDatum = await req('POST', s.regisseur, `/verander-themas/${id}/acties`, {
      soort: 'mijlpaal',
      titel: ' ',
    });
    expect(zonderDatum.statusCode).toBe(400);
    expect(zonderDatum.data.invalidParams.map((p: { name: string }) => p.name)).toEqual(['titel']);
    const geenDatum = await req('POST', s.regisseur, `/verander-themas/${id}/acties`, {
      soort: 'mijlpaal',
      titel: 'Zonder datum',
    });
    expect(geenDatum.data.invalidParams.map((p: { name: string }) => p.name)).toEqual(['datum']);

    const achter = (await req('GET', s.directeur, `/verander-themas/${id}`)).data;
    expect(achter).toMatchObject({
      stand: 'achter',
      telling: { open: 2, gereed: 0, verlopen: 1 },
      volgendeMijlpaal: { titel: 'Eerste opgaveteams gestart', datum: d(30), verlopen: false },
    });

    const gereed = await req(
      'PATCH',
      s.trekker,
      `/verander-themas/${id}/acties/${actie.data.id}`,
      { status: 'gereed' },
      actie.data.versie,
    );
    expect(gereed.statusCode).toBe(200);
    expect(gereed.data).toMatchObject({ status: 'gereed', gereedOp: dag, verlopen: false });
    expect(
      (await req('PATCH', s.trekker, `/verander-themas/${id}/acties/${actie.data.id}`, { status: 'open' }, 1))
        .statusCode,
    ).toBe(412);
    const toekomst = await req(
      'PATCH',
      s.trekker,
      `/verander-themas/${id}/acties/${mijlpaal.data.id}`,
      { status: 'gereed', gereedOp: d(5), datum: null },
      1,
    );
    expect(toekomst.data.invalidParams.map((p: { name: string }) => p.name)).toEqual(['datum', 'gereedOp']);
    expect((await req('GET', s.directeur, `/verander-themas/${id}`)).data.stand).toBe('op-schema');

    // The overview others build on (raadsbrief, dashboard).
    const overzicht = await veranderprogrammaOverzicht(api.db);
    expect(overzicht.fases.map((f) => f.volgnummer)).toEqual([0, 1]);
    expect(overzicht.themas.find((x) => x.id === id)).toMatchObject({
      stand: 'op-schema',
      trekker: expect.stringContaining('Sanne'),
      acties: { open: 1, gereed: 1, verlopen: 0 },
      volgendeMijlpaal: { titel: 'Eerste opgaveteams gestart', verlopen: false },
    });

    const verwijder = await req(
      'DELETE',
      s.trekker,
      `/verander-themas/${id}/acties/${mijlpaal.data.id}`,
      undefined,
      1,
    );
    expect(verwijder.statusCode).toBe(204);
  });

  it('writes transitieteam hours as inzet, so they show in the team availability', async () => {
    const t = (
      await req('POST', s.directeur, '/verander-themas', { naam: 'Cultuur', trekkerMedewerkerId: trekker.id })
    ).data;
    const wendbaar = async () => {
      const r = await call(
        api.app,
        'GET',
        `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W21&tot=2026-W21`,
      );
      expect(r.statusCode).toBe(200);
      const m = r.data.medewerkers.find((x: { medewerkerId: string }) => x.medewerkerId === lid.id);
      return { persoon: m.cellen[0].ingezetWendbaar, team: r.data.totalen[0].ingezetWendbaar };
    };
    expect(await wendbaar()).toEqual({ persoon: 0, team: 0 });

    // A Wednesday to a Wednesday: whole weeks, Monday 18 to Sunday 24 May 2026.
    const nieuw = await req('POST', s.trekker, `/verander-themas/${t.id}/leden`, {
      medewerkerId: lid.id,
      rol: 'Aanjager',
      urenPerWeek: 4,
      van: '2026-05-20',
      tot: '2026-05-20',
    });
    expect(nieuw.statusCode).toBe(201);
    expect(nieuw.data).toMatchObject({
      rol: 'Aanjager',
      urenPerWeek: 4,
      van: '2026-05-18',
      tot: '2026-05-24',
    });
    expect(await wendbaar()).toEqual({ persoon: 4, team: 4 });

    const dubbel = await req('POST', s.trekker, `/verander-themas/${t.id}/leden`, {
      medewerkerId: lid.id,
      urenPerWeek: 2,
      van: '2026-05-20',
      tot: '2026-05-20',
    });
    expect(dubbel.statusCode).toBe(409);
    const fout = await req('POST', s.trekker, `/verander-themas/${t.id}/leden`, {
      medewerkerId: '00000000-0000-4000-8000-000000000000',
      urenPerWeek: 0,
      van: '2026-05-20',
      tot: 'morgen',
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'tot',
      'urenPerWeek',
    ]);

    const meer = await req(
      'PATCH',
      s.directeur,
      `/verander-themas/${t.id}/leden/${nieuw.data.id}`,
      { urenPerWeek: 6 },
      1,
    );
    expect(meer.statusCode).toBe(200);
    expect(await wendbaar()).toEqual({ persoon: 6, team: 6 });

    // The OR and the college see the team's size, not its names.
    const orZicht = (await req('GET', s.or, `/verander-themas/${t.id}`)).data;
    expect(orZicht.leden).toBeNull();
    expect(orZicht.mag).toEqual({ wijzigen: false, beheren: false, verwijderen: false });
    const programma = await req('GET', s.college, '/veranderprogramma');
    expect(programma.statusCode).toBe(200);
    expect(programma.data.mag.beheren).toBe(false);
    expect(programma.data.themas.every((x: { leden: unknown }) => x.leden === null)).toBe(true);

    expect(
      (await req('DELETE', s.medewerker, `/verander-themas/${t.id}/leden/${nieuw.data.id}`, undefined, 2))
        .statusCode,
    ).toBe(403);
    const weg = await req(
      'DELETE',
      s.trekker,
      `/verander-themas/${t.id}/leden/${nieuw.data.id}`,
      undefined,
      2,
    );
    expect(weg.statusCode).toBe(204);
    expect(await wendbaar()).toEqual({ persoon: 0, team: 0 });
  });

  it('edits a theme and removes it with its actions, not while it has a team or an evaluation', async () => {
    const fase = (
      await req('POST', s.directeur, '/verander-fases', {
        volgnummer: 3,
        naam: 'Inrichten',
        status: 'gepland',
      })
    ).data;
    const t = (await req('POST', s.directeur, '/verander-themas', { naam: 'Huisvesting', faseId: fase.id }))
      .data;
    expect(t.mag).toEqual({ wijzigen: true, beheren: true, verwijderen: true });
    const gewijzigd = await req(
      'PATCH',
      s.regisseur,
      `/verander-themas/${t.id}`,
      { naam: 'Huisvesting en werkplekken', omschrijving: 'Flexplekken', trekkerMedewerkerId: trekker.id },
      t.versie,
    );
    expect(gewijzigd.statusCode).toBe(200);
    expect(gewijzigd.data).toMatchObject({ naam: 'Huisvesting en werkplekken', trekker: { id: trekker.id } });
    const actie = await req('POST', s.trekker, `/verander-themas/${t.id}/acties`, {
      soort: 'actie',
      titel: 'Inventarisatie',
    });
    expect(actie.statusCode).toBe(201);
    const lidErbij = await req('POST', s.trekker, `/verander-themas/${t.id}/leden`, {
      medewerkerId: lid.id,
      urenPerWeek: 2,
      van: d(0),
      tot: d(14),
    });
    expect(lidErbij.statusCode).toBe(201);

    // The team's hours are inzet: the theme stays until the team is empty.
    const metTeam = (await req('GET', s.directeur, `/verander-themas/${t.id}`)).data;
    expect(metTeam.mag.verwijderen).toBe(false);
    const nietNu = await req('DELETE', s.directeur, `/verander-themas/${t.id}`, undefined, metTeam.versie);
    expect(nietNu.statusCode).toBe(409);
    expect(nietNu.data.detail).toContain('transitieteam');
    expect(
      (await req('DELETE', s.trekker, `/verander-themas/${t.id}`, undefined, metTeam.versie)).statusCode,
    ).toBe(403);
    expect((await req('DELETE', s.directeur, `/verander-themas/${t.id}`)).statusCode).toBe(428);
    expect(
      (
        await req(
          'DELETE',
          s.directeur,
          `/verander-themas/${t.id}/leden/${lidErbij.data.id}`,
          undefined,
          lidErbij.data.versie,
        )
      ).statusCode,
    ).toBe(204);
    expect((await req('DELETE', s.directeur, `/verander-themas/${t.id}`, undefined, 1)).statusCode).toBe(412);
    const zonderTeam = (await req('GET', s.directeur, `/verander-themas/${t.id}`)).data;
    expect(zonderTeam.mag.verwijderen).toBe(true);
    expect(
      (await req('DELETE', s.directeur, `/verander-themas/${t.id}`, undefined, zonderTeam.versie)).statusCode,
    ).toBe(204);
    expect((await req('GET', s.directeur, `/verander-themas/${t.id}`)).statusCode).toBe(404);

    // An evaluated phase stays (the evaluation stays readable): 409 with what to do, never a 500.
    const evaluatie = await req('POST', s.directeur, '/evaluaties', {
      titel: 'Evaluatie inrichten',
      onderwerp: { soort: 'fase', faseId: fase.id },
      datum: d(-1),
    });
    expect(evaluatie.statusCode).toBe(201);
    const fases = (await req('GET', s.directeur, '/verander-fases')).data.resultaten;
    const f3 = fases.find((f: { id: string }) => f.id === fase.id);
    expect(f3.mag.verwijderen).toBe(false);
    const faseWeg = await req('DELETE', s.directeur, `/verander-fases/${fase.id}`, undefined, f3.versie);
    expect(faseWeg.statusCode).toBe(409);
    expect(faseWeg.data.detail).toContain('geëvalueerd');
  });

  it('answers 404 for an unknown theme and every medewerker reads the programme', async () => {
    expect(
      (await req('GET', s.medewerker, '/verander-themas/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect((await req('GET', s.medewerker, '/verander-themas/niet-een-id')).statusCode).toBe(404);
    const p = await req('GET', s.medewerker, '/veranderprogramma');
    expect(p.statusCode).toBe(200);
    expect(p.data.themas.length).toBeGreaterThan(0);
  });
});
