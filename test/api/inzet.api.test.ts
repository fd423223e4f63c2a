import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, buildMedewerker, buildTeam, call, snapshot, startApi } from './support';

let api: Api;
let beleidsdoelId: string;
beforeAll(async () => {
  api = await startApi();
  const p = await call(api.app, 'POST', '/api/v1/begrotingsprogrammas', {
    begrotingsjaar: 2026,
    code: 'I',
    naam: 'Inzet',
  });
  beleidsdoelId = (
    await call(api.app, 'POST', `/api/v1/begrotingsprogrammas/${p.data.id}/beleidsdoelen`, { naam: 'Doel' })
  ).data.beleidsdoelen[0].id;
});
afterAll(async () => {
  await api.close();
});

async function doel(teamId: string, titel: string, geschatteUren = 100) {
  const r = await call(api.app, 'POST', `/api/v1/teams/${teamId}/resultaatdoelen`, {
    periode: '2026-Q2',
    titel,
    geschatteUren,
    beleidsdoelen: [{ beleidsdoelId, gewicht: 1 }],
  });
  return r.data;
}

const zet = (doelId: string, medewerkerId: string, body: object, versie: number | null) =>
  call(
    api.app,
    'PUT',
    `/api/v1/resultaatdoelen/${doelId}/inzet/${medewerkerId}`,
    body,
    versie === null ? {} : { 'if-match': `"${versie}"` },
  );

const cel = (grid: any, medewerkerId: string, periode: string) =>
  grid.medewerkers
    .find((m: any) => m.medewerkerId === medewerkerId)
    .cellen.find((c: any) => c.periode === periode);

describe('inzet', () => {
  it('plans hours per week over a range, edits one week, and the grid shows planned and free hours', async () => {
    const team = await buildTeam(api.app);
    const m = await buildMedewerker(api.app, { teamId: team.id, urenPerWeek: 36 });
    const d = await doel(team.id, 'Vergunningen');
    const eerst = await zet(d.id, m.id, { vanWeek: '2026-W14', totWeek: '2026-W26', urenPerWeek: 8 }, 0);
    expect(eerst.statusCode).toBe(200);
    expect(eerst.data).toMatchObject({
      versie: 1,
      reeksen: [{ van: '2026-03-30', tot: '2026-06-28', urenPerWeek: 8 }],
    });
    const week = await zet(d.id, m.id, { vanWeek: '2026-W20', totWeek: '2026-W20', urenPerWeek: 16 }, 1);
    expect(week.data.reeksen.map((r: any) => [r.van, r.urenPerWeek])).toEqual([
      ['2026-03-30', 8],
      ['2026-05-11', 16],
      ['2026-05-18', 8],
    ]);
    const grid = (
      await call(api.app, 'GET', `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W19&tot=2026-W21`)
    ).data;
    const w20 = cel(grid, m.id, '2026-W20');
    // W20 holds Hemelvaartsdag (Thursday 14 May): 28.8 gross, 15% off.
    expect(w20).toMatchObject({
      beschikbaar: 24.48,
      ingezetRobuust: 16,
      ingezetWendbaar: 0,
      vrij: 8.48,
      overboekt: false,
    });
    for (const c of grid.medewerkers[0].cellen)
      expect(c.ingezetRobuust + c.ingezetWendbaar + c.vrij).toBeCloseTo(c.beschikbaar, 6);
    const lijst = await call(api.app, 'GET', `/api/v1/teams/${team.id}/inzet?van=2026-W01&tot=2026-W52`);
    expect(lijst.data.resultaten).toEqual([
      expect.objectContaining({ medewerkerId: m.id, resultaatdoelId: d.id, versie: 2 }),
    ]);
  });

  it('shows overbooking and never clips it', async () => {
    const team = await buildTeam(api.app);
    const m = await buildMedewerker(api.app, { teamId: team.id, urenPerWeek: 24 });
    const d = await doel(team.id, 'Te veel');
    await zet(d.id, m.id, { vanWeek: '2026-W23', totWeek: '2026-W23', urenPerWeek: 30 }, 0);
    const grid = (
      await call(api.app, 'GET', `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W23&tot=2026-W23`)
    ).data;
    expect(cel(grid, m.id, '2026-W23')).toMatchObject({
      beschikbaar: 20.4,
      ingezetRobuust: 30,
      vrij: -9.6,
      overboekt: true,
    });
    expect(grid.overboekt).toEqual([
      { medewerkerId: m.id, naam: expect.any(String), perioden: [{ periode: '2026-W23', vrij: -9.6 }] },
    ]);
  });

  it('keeps the second of two planners from overwriting the first (412 with the current version)', async () => {
    const team = await buildTeam(api.app);
    const m = await buildMedewerker(api.app, { teamId: team.id });
    const d = await doel(team.id, 'Samen plannen');
    expect(
      (await zet(d.id, m.id, { vanWeek: '2026-W15', totWeek: '2026-W16', urenPerWeek: 4 }, 0)).statusCode,
    ).toBe(200);
    const tweede = await zet(d.id, m.id, { vanWeek: '2026-W15', totWeek: '2026-W16', urenPerWeek: 6 }, 0);
    expect(tweede.statusCode).toBe(412);
    expect(tweede.data.huidigeVersie).toBe(1);
    const nu = await call(api.app, 'GET', `/api/v1/resultaatdoelen/${d.id}/inzet/${m.id}`);
    expect(nu.data.reeksen[0].urenPerWeek).toBe(4);
    expect(nu.headers.etag).toBe('"1"');
    expect(
      (await zet(d.id, m.id, { vanWeek: '2026-W15', totWeek: '2026-W16', urenPerWeek: 6 }, null)).statusCode,
    ).toBe(428);
  });

  it('refuses hours outside the employment, outside the team, negative or beyond a week', async () => {
    const team = await buildTeam(api.app);
    const ander = await buildTeam(api.app);
    const vertrekt = await buildMedewerker(api.app, {
      teamId: team.id,
      inDienst: '2020-01-01',
      uitDienst: '2026-04-30',
    });
    const elders = await buildMedewerker(api.app, { teamId: ander.id });
    const d = await doel(team.id, 'Grenzen');
    const voor = await snapshot(api);
    const na = await zet(d.id, vertrekt.id, { vanWeek: '2026-W16', totWeek: '2026-W20', urenPerWeek: 8 }, 0);
    expect(na.statusCode).toBe(400);
    expect(na.data.invalidParams[0]).toMatchObject({ name: 'totWeek', code: 'na-uit-dienst' });
    const buiten = await zet(
      d.id,
      elders.id,
      { vanWeek: '2026-W16', totWeek: '2026-W16', urenPerWeek: 8 },
      0,
    );
    expect(buiten.data.invalidParams[0]).toMatchObject({ name: 'medewerkerId', code: 'buiten-team' });
    const fout = await zet(
      d.id,
      vertrekt.id,
      { vanWeek: 'week 99', totWeek: '2026-W16', urenPerWeek: -1 },
      0,
    );
    expect(fout.data.invalidParams.map((p: any) => p.name).sort()).toEqual(['urenPerWeek', 'vanWeek']);
    const week = await zet(
      d.id,
      vertrekt.id,
      { vanWeek: '2026-W16', totWeek: '2026-W16', urenPerWeek: 61 },
      0,
    );
    expect(week.statusCode).toBe(400);
    expect(await snapshot(api)).toBe(voor);
  });
});

describe('the priority line', () => {
  it('puts the goals that fit the team capacity above the line, in priority order', async () => {
    const team = await buildTeam(api.app);
    await buildMedewerker(api.app, { teamId: team.id, urenPerWeek: 36 });
    await buildMedewerker(api.app, { teamId: team.id, urenPerWeek: 36 });
    const a = await doel(team.id, 'A', 300);
    const b = await doel(team.id, 'B', 300);
    const c = await doel(team.id, 'C', 600);
    const lijn = (await call(api.app, 'GET', `/api/v1/teams/${team.id}/prioriteitslijn?periode=2026-Q2`))
      .data;
    // Two full-timers in Q2 2026: 65 weekdays, 5 holidays off, 15% non-productive = 2 × 367.2 h.
    expect(lijn.capaciteit).toBe(734.4);
    expect(lijn.resultaatdoelen.map((r: any) => [r.titel, r.cumulatief, r.bovenDeLijn])).toEqual([
      ['A', 300, true],
      ['B', 600, true],
      ['C', 1200, false],
    ]);
    expect(lijn.tekort).toBe(465.6);
    await call(api.app, 'POST', `/api/v1/teams/${team.id}/prioriteringen`, {
      periode: '2026-Q2',
      volgorde: [c.id, a.id, b.id],
    });
    const na = (await call(api.app, 'GET', `/api/v1/teams/${team.id}/prioriteitslijn?periode=2026-Q2`)).data;
    expect(na.resultaatdoelen.map((r: any) => [r.titel, r.bovenDeLijn])).toEqual([
      ['C', true],
      ['A', false],
      ['B', false],
    ]);
  });
});

describe('the organisation view', () => {
  it('adds up capacity, demand and inzet per team and month, matching the team grids', async () => {
    const team = await buildTeam(api.app, { naam: 'Rollupteam' });
    const m = await buildMedewerker(api.app, { teamId: team.id, urenPerWeek: 36 });
    const d = await doel(team.id, 'Rollup', 300);
    await zet(d.id, m.id, { vanWeek: '2026-W15', totWeek: '2026-W18', urenPerWeek: 10 }, 0);
    // Absence in a week that straddles two months (W18: 27 April – 3 May) and one at the year's start.
    await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W18`, { uren: 20 });
    await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W01`, { uren: 10 });
    // Someone who starts on Koningsdag (Monday 27 April) and is absent all of their first week: the
    // week has four working days in service (28.8 h, the most it takes), three in April and one in
    // May, so April and May each count zero for them, never less (issue 12: absence per day).
    const nieuw = await buildMedewerker(api.app, {
      teamId: team.id,
      urenPerWeek: 36,
      inDienst: '2026-04-27',
    });
    const afw = await call(api.app, 'PUT', `/api/v1/medewerkers/${nieuw.id}/afwezigheid/2026-W18`, {
      uren: 28.8,
    });
    expect(afw.statusCode).toBe(200);
    const res = await call(api.app, 'GET', '/api/v1/organisatie/capaciteit?jaar=2026');
    expect(res.statusCode).toBe(200);
    const rij = res.data.teams.find((t: any) => t.teamId === team.id);
    const grid = (
      await call(api.app, 'GET', `/api/v1/teams/${team.id}/beschikbaarheid?per=maand&van=2026-01&tot=2026-12`)
    ).data;
    for (const [i, c] of rij.cellen.entries()) {
      expect(c.capaciteit, c.periode).toBeCloseTo(grid.totalen[i].beschikbaar, 2);
      expect(c.ingezet, c.periode).toBeCloseTo(
        grid.totalen[i].ingezetRobuust + grid.totalen[i].ingezetWendbaar,
        2,
      );
    }
    const alleenM = (
      await call(
        api.app,
        'GET',
        `/api/v1/medewerkers/${m.id}/beschikbaarheid?per=maand&van=2026-04&tot=2026-04`,
      )
    ).data;
    expect(rij.cellen[3].capaciteit).toBeCloseTo(alleenM.cellen[0].beschikbaar, 2);
    // The organisation's month totals are the sums over its teams.
    for (const [i, totaal] of res.data.totalen.entries()) {
      const som = res.data.teams.reduce((s: number, t: any) => s + t.cellen[i].capaciteit, 0);
      expect(totaal.capaciteit, totaal.periode).toBeCloseTo(som, 0);
    }
    expect(rij.totaal.vraag).toBe(300);
    // 300 h over the three months of Q2; of the four weeks of 10 h, W18 has one weekday (1 May) in May.
    expect(rij.cellen.slice(3, 6).map((c: any) => c.vraag)).toEqual([100, 100, 100]);
    expect(rij.cellen[3].ingezet).toBe(38);
    expect(rij.cellen[4].ingezet).toBe(2);
    expect(rij.cellen[3].benutting).toBeCloseTo(38 / rij.cellen[3].capaciteit, 3);
    expect(res.data.totalen[3].capaciteit).toBeGreaterThanOrEqual(rij.cellen[3].capaciteit);
  });
});

describe('exports', () => {
  it('gives the team grid, the priority line and the organisation view as CSV and XLSX', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const team = await buildTeam(api.app, { naam: 'Exportteam' });
    const m = await buildMedewerker(api.app, {
      teamId: team.id,
      voornaam: 'Ellen',
      achternaam: 'Export',
      urenPerWeek: 36,
    });
    const d = await doel(team.id, 'Exportdoel', 80);
    await zet(d.id, m.id, { vanWeek: '2026-W15', totWeek: '2026-W15', urenPerWeek: 12 }, 0);

    const csv = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W15&tot=2026-W16&formaat=csv`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(
      'attachment; filename="beschikbaarheid-2026-w15-tot-2026-w16.csv"',
    );
    const regels = csv.body.trimEnd().split('\r\n');
    expect(regels[0]).toBe(
      '\uFEFFMedewerker;Functie;Periode;Contracturen;Feestdagen;Afwezig;Niet-productief;Beschikbaar;Ingezet robuust;Ingezet wendbaar;Vrij',
    );
    // W15 starts with Tweede Paasdag (6 April 2026).
    expect(regels[1]).toBe('Ellen Export;Beleidsmedewerker;2026-W15;36;7,2;0;4,32;24,48;12;0;12,48');

    const xlsx = await api.app.inject({
      url: `/api/v1/organisatie/capaciteit?jaar=2026&formaat=xlsx`,
      headers: (await import('./support')).sessieHeaders(api.app),
    });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(xlsx.rawPayload as never);
    const blad = boek.worksheets[0]!;
    expect(blad.getRow(1).values).toEqual([
      undefined,
      'Team',
      'Maand',
      'Capaciteit',
      'Vraag',
      'Ingezet',
      'Ingezet wendbaar',
      'Benutting',
    ]);
    const rijen: unknown[][] = [];
    blad.eachRow((r, i) => {
      if (i > 1) rijen.push(r.values as unknown[]);
    });
    expect(rijen.filter((r) => r[1] === 'Exportteam')).toHaveLength(12);

    const lijn = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/prioriteitslijn?periode=2026-Q2&formaat=csv`,
    );
    expect(lijn.body).toContain('1;Exportdoel;gepland;80;12;80;ja');
  });
});
