import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  snapshot,
  startApi,
} from './support';

let api: Api;
let beleid: { jaar2026: string[]; jaar2027: string };
beforeAll(async () => {
  api = await startApi();
  const p = await call(api.app, 'POST', '/api/v1/begrotingsprogrammas', {
    begrotingsjaar: 2026,
    code: 'P1',
    naam: 'Wonen',
  });
  const a = await call(api.app, 'POST', `/api/v1/begrotingsprogrammas/${p.data.id}/beleidsdoelen`, {
    naam: 'Meer betaalbare woningen',
  });
  const b = await call(api.app, 'POST', `/api/v1/begrotingsprogrammas/${p.data.id}/beleidsdoelen`, {
    naam: 'Snellere vergunningen',
  });
  const q = await call(api.app, 'POST', '/api/v1/begrotingsprogrammas', {
    begrotingsjaar: 2027,
    code: 'P1',
    naam: 'Wonen',
  });
  const c = await call(api.app, 'POST', `/api/v1/begrotingsprogrammas/${q.data.id}/beleidsdoelen`, {
    naam: 'Later doel',
  });
  beleid = {
    jaar2026: [
      a.data.beleidsdoelen[0].id,
      b.data.beleidsdoelen.find((x: any) => x.naam === 'Snellere vergunningen').id,
    ],
    jaar2027: c.data.beleidsdoelen[0].id,
  };
});
afterAll(async () => {
  await api.close();
});

const doel = (titel: string, extra: Record<string, unknown> = {}) => ({
  periode: '2026-Q2',
  titel,
  beleidsdoelen: [{ beleidsdoelId: beleid.jaar2026[0], gewicht: 1 }],
  geschatteUren: 120,
  ...extra,
});

describe('resultaatdoelen', () => {
  it('get unique ranks in order of creation and serve weighted policy goals', async () => {
    const team = await buildTeam(api.app);
    const a = await call(
      api.app,
      'POST',
      `/api/v1/teams/${team.id}/resultaatdoelen`,
      doel('Vergunningen binnen 8 weken', {
        beleidsdoelen: [
          { beleidsdoelId: beleid.jaar2026[0], gewicht: 0.4 },
          { beleidsdoelId: beleid.jaar2026[1], gewicht: 0.6 },
        ],
        indicator: 'Doorlooptijd',
        doelwaarde: 8,
        eenheid: 'weken',
      }),
    );
    expect(a.statusCode).toBe(201);
    expect(a.data).toMatchObject({
      prioriteit: 1,
      status: 'gepland',
      doelwaarde: 8,
      beleidsdoelen: [expect.objectContaining({ gewicht: 0.4 }), expect.objectContaining({ gewicht: 0.6 })],
    });
    const b = await call(
      api.app,
      'POST',
      `/api/v1/teams/${team.id}/resultaatdoelen`,
      doel('Achterstand wegwerken'),
    );
    expect(b.data.prioriteit).toBe(2);
    const botsing = await call(
      api.app,
      'POST',
      `/api/v1/teams/${team.id}/resultaatdoelen`,
      doel('Dubbel', { prioriteit: 1 }),
    );
    expect(botsing.statusCode).toBe(409);
    expect(botsing.data.detail).toContain('Vergunningen binnen 8 weken');
    expect(botsing.data.type).toBe('urn:wendbaar:probleem:bestaat-al');
  });

  it('refuses a policy goal of another budget year, bad weights and missing goals, all at once', async () => {
    const team = await buildTeam(api.app);
    const voor = await snapshot(api);
    const res = await call(
      api.app,
      'POST',
      `/api/v1/teams/${team.id}/resultaatdoelen`,
      doel('Fout', {
        beleidsdoelen: [
          { beleidsdoelId: beleid.jaar2027, gewicht: 0.5 },
          { beleidsdoelId: '00000000-0000-4000-8000-000000000000', gewicht: 0.2 },
        ],
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.data.invalidParams.map((p: any) => [p.name, p.code])).toEqual([
      ['beleidsdoelen.0.beleidsdoelId', 'ander-begrotingsjaar'],
      ['beleidsdoelen.1.beleidsdoelId', 'bestaat-niet'],
      ['beleidsdoelen', 'gewichten'],
    ]);
    const leeg = await call(api.app, 'POST', `/api/v1/teams/${team.id}/resultaatdoelen`, {
      periode: '2026-Q5',
      titel: '',
      beleidsdoelen: [],
    });
    expect(leeg.data.invalidParams.map((p: any) => p.name).sort()).toEqual([
      'beleidsdoelen',
      'periode',
      'titel',
    ]);
    expect(await snapshot(api)).toBe(voor);
  });

  it('reorders the whole list at once, and refuses a list that is out of date', async () => {
    const team = await buildTeam(api.app);
    const ids: string[] = [];
    for (const t of ['A', 'B', 'C'])
      ids.push((await call(api.app, 'POST', `/api/v1/teams/${team.id}/resultaatdoelen`, doel(t))).data.id);
    const res = await call(api.app, 'POST', `/api/v1/teams/${team.id}/prioriteringen`, {
      periode: '2026-Q2',
      volgorde: [ids[2], ids[0], ids[1]],
    });
    expect(res.statusCode).toBe(201);
    expect(res.data.resultaten.map((r: any) => [r.titel, r.prioriteit])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 3],
    ]);
    const oud = await call(api.app, 'POST', `/api/v1/teams/${team.id}/prioriteringen`, {
      periode: '2026-Q2',
      volgorde: [ids[0], ids[1]],
    });
    expect(oud.statusCode).toBe(409);
  });

  it('keeps the progress history and changes a goal only with If-Match', async () => {
    const team = await buildTeam(api.app);
    const d = (
      await call(api.app, 'POST', `/api/v1/teams/${team.id}/resultaatdoelen`, doel('Klanttevredenheid'))
    ).data;
    await call(api.app, 'POST', `/api/v1/resultaatdoelen/${d.id}/voortgang`, {
      datum: '2026-04-15',
      waarde: 7.1,
      toelichting: 'Eerste meting',
    });
    const twee = await call(api.app, 'POST', `/api/v1/resultaatdoelen/${d.id}/voortgang`, {
      datum: '2026-05-15',
      waarde: 7.6,
    });
    expect(twee.data.resultaten.map((v: any) => v.waarde)).toEqual([7.6, 7.1]);
    expect(
      (await call(api.app, 'GET', `/api/v1/resultaatdoelen/${d.id}`)).data.laatsteVoortgang,
    ).toMatchObject({ datum: '2026-05-15', waarde: 7.6 });
    expect(
      (await call(api.app, 'PATCH', `/api/v1/resultaatdoelen/${d.id}`, { status: 'actief' })).statusCode,
    ).toBe(428);
    const ok = await call(
      api.app,
      'PATCH',
      `/api/v1/resultaatdoelen/${d.id}`,
      { status: 'actief' },
      { 'if-match': '"1"' },
    );
    expect(ok.data).toMatchObject({ status: 'actief', versie: 2 });
    expect(
      (
        await call(
          api.app,
          'PATCH',
          `/api/v1/resultaatdoelen/${d.id}`,
          { status: 'behaald' },
          { 'if-match': '"1"' },
        )
      ).statusCode,
    ).toBe(412);
  });

  it('are planned by the team’s own teamleider only', async () => {
    const eigen = await buildTeam(api.app);
    const ander = await buildTeam(api.app);
    const leider = await buildMedewerker(api.app, { teamId: eigen.id });
    await buildLeiding(api.app, eigen.id, leider.id);
    const tl = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
    expect(
      (await call(api.app, 'POST', `/api/v1/teams/${eigen.id}/resultaatdoelen`, doel('Eigen'), tl))
        .statusCode,
    ).toBe(201);
    expect(
      (await call(api.app, 'POST', `/api/v1/teams/${ander.id}/resultaatdoelen`, doel('Vreemd'), tl))
        .statusCode,
    ).toBe(403);
  });

  it('say per caller whether they may plan them (mag), in every answer', async () => {
    const eigen = await buildTeam(api.app);
    const ander = await buildTeam(api.app);
    const leider = await buildMedewerker(api.app, { teamId: eigen.id });
    const andereLeider = await buildMedewerker(api.app, { teamId: ander.id });
    const lid = await buildMedewerker(api.app, { teamId: eigen.id });
    for (const [teamId, medewerkerId] of [
      [eigen.id, leider.id],
      [ander.id, andereLeider.id],
    ]) {
      await call(api.app, 'POST', `/api/v1/teams/${teamId}/leidinggevenden`, {
        medewerkerId,
        rol: 'teamleider',
        ingangsdatum: '2020-01-01',
      });
    }
    const tl = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
    const andereTl = await loginAls(api.db, ['teamleider'], { medewerkerId: andereLeider.id });
    const mw = await loginAls(api.db, ['medewerker'], { medewerkerId: lid.id });

    const nieuw = await call(api.app, 'POST', `/api/v1/teams/${eigen.id}/resultaatdoelen`, doel('Mag'), tl);
    expect(nieuw.statusCode).toBe(201);
    expect(nieuw.data.mag).toEqual({ plannen: true });
    const url = `/api/v1/resultaatdoelen/${nieuw.data.id}`;
    const mag = async (sessie: Sessie) => (await call(api.app, 'GET', url, undefined, sessie)).data.mag;
    expect(await mag(tl)).toEqual({ plannen: true });
    expect(await mag(andereTl)).toEqual({ plannen: false });
    expect(await mag(mw)).toEqual({ plannen: false });

    const lijst = await call(
      api.app,
      'GET',
      `/api/v1/teams/${eigen.id}/resultaatdoelen`,
      undefined,
      andereTl,
    );
    expect(lijst.data.resultaten.map((d: { mag: unknown }) => d.mag)).toEqual([{ plannen: false }]);
    const gewijzigd = await call(api.app, 'PATCH', url, { titel: 'Mag ook' }, { ...tl, 'if-match': '"1"' });
    expect(gewijzigd.statusCode).toBe(200);
    expect(gewijzigd.data.mag).toEqual({ plannen: true });
    const geweigerd = await call(
      api.app,
      'PATCH',
      url,
      { titel: 'Niet' },
      { ...andereTl, 'if-match': '"2"' },
    );
    expect(geweigerd.statusCode).toBe(403);
    expect(geweigerd.data.detail).toBe(
      'De resultaatdoelen van dit team plant de eigen teamleider, of de directie.',
    );
  });
});
