import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../src/domain/datum';
import {
  type Api,
  als,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  sessieHeaders,
  snapshot,
  startApi,
} from './support';

/**
 * Loonsom (issue 13, second slice): loading salary tables (CSV, XLSX, bad files), werkgeverslasten
 * and budgets, the loonsom of a small hand-built case, and who sees individual salary data.
 *
 * The trede on a medewerker is the current year's, so the case is built in the current year J:
 * scale 10 runs from trede 0 to 6, costs are 17,05 + 10 + 12,95 = 40 %.
 */
const J = Number(vandaag().slice(0, 4));
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = [
  'schaal;trede;bedrag',
  ...[3400, 3500, 3600, 3700, 3800, 4000, 4100].map((b, t) => `10;${t};${b.toLocaleString('nl-NL')},00`),
].join('\r\n');

let api: Api;
let teamA: { id: string };
let teamB: { id: string };
let m1: { id: string };
let m3: { id: string };
let tabel: { id: string };
let teamleider: Sessie;

async function laad(inhoud: string | Buffer, type: string, query: string, headers = sessieHeaders(api.app)) {
  const res = await api.app.inject({
    method: 'POST',
    url: `/api/v1/salaristabellen?${query}`,
    headers: { ...headers, 'content-type': type },
    payload: inhoud,
  });
  return Object.assign(res, { data: res.body ? JSON.parse(res.body) : undefined });
}

async function plaats(teamId: string, fte: number) {
  const res = await call(api.app, 'POST', `/api/v1/teams/${teamId}/formatieplaatsen`, {
    functieNaam: 'Beleidsmedewerker',
    salarisschaal: '10',
    fte,
    ingangsdatum: `${J}-01-01`,
    soort: 'structureel',
    financiering: 'regulier',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data;
}

beforeAll(async () => {
  api = await startApi();
  teamA = await buildTeam(api.app);
  teamB = await buildTeam(api.app);
  m1 = await buildMedewerker(api.app, { teamId: teamA.id, schaal: 10, trede: 5, urenPerWeek: 36 });
  m3 = await buildMedewerker(api.app, { teamId: teamB.id, schaal: 10, trede: 5, urenPerWeek: 18 });
  const p1 = await plaats(teamA.id, 1);
  await plaats(teamA.id, 1); // vacant
  const p3 = await plaats(teamB.id, 0.5);
  for (const [p, m, fte] of [
    [p1, m1, 1],
    [p3, m3, 0.5],
  ] as const) {
    const r = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${p.id}/plaatsingen`, {
      medewerkerId: m.id,
      fte,
      ingangsdatum: `${J}-01-01`,
    });
    expect(r.statusCode, r.body).toBe(201);
  }
  const leider = await buildMedewerker(api.app, { teamId: teamA.id, functie: 'Teamleider' });
  await buildLeiding(api.app, teamA.id, leider.id);
  teamleider = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
});
afterAll(async () => {
  await api.close();
});

describe('salary tables', () => {
  it('refuses a bad CSV with every bad row listed, and changes nothing', async () => {
    const voor = await snapshot(api);
    const res = await laad(
      'schaal;trede;bedrag\n10;0;3400\n10;x;3500\n10A!;2;-1\n10;0;3600\n',
      'text/csv',
      `geldigVanaf=${J}-01-01`,
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'bestand.rij3.trede',
      'bestand.rij4.schaal',
      'bestand.rij4.bedrag',
      'bestand.rij5.trede',
    ]);
    expect(JSON.stringify(res.data)).toContain(
      'Rij 5, kolom trede: schaal 10 trede 0 staat ook al op rij 2.',
    );
    expect(await snapshot(api)).toBe(voor);
  });

  it('loads a good CSV, lists and reads it, and refuses a second table for the same date', async () => {
    const res = await laad(CSV, 'text/csv; charset=utf-8', `geldigVanaf=${J}-01-01&naam=Voorbeeld`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/salaristabellen/${res.data.id}`);
    expect(res.data).toMatchObject({ naam: 'Voorbeeld', geldigVanaf: `${J}-01-01`, versie: 1 });
    expect(res.data.bedragen).toHaveLength(7);
    expect(res.data.bedragen[5]).toEqual({ schaal: '10', trede: 5, bedrag: 4000 });
    tabel = res.data;
    const lijst = await call(api.app, 'GET', '/api/v1/salaristabellen');
    expect(lijst.data.resultaten).toEqual([
      expect.objectContaining({ id: tabel.id, aantalSchalen: 1, aantalBedragen: 7 }),
    ]);
    const dubbel = await laad(CSV, 'text/csv', `geldigVanaf=${J}-01-01`);
    expect(dubbel.statusCode).toBe(409);
    const json = await laad('{"a":1}', 'application/json', `geldigVanaf=${J + 5}-01-01`);
    expect(json.statusCode).toBe(415);
  });

  it('loads an XLSX, and refuses one that is none', async () => {
    const boek = new ExcelJS.Workbook();
    const blad = boek.addWorksheet('Tabel');
    blad.addRow(['Schaal', 'Trede', 'Bedrag']);
    blad.addRow(['11', 0, 4000.5]);
    blad.addRow([11, 1, 4100]);
    const buffer = Buffer.from(await boek.xlsx.writeBuffer());
    const res = await laad(buffer, XLSX_MIME, `geldigVanaf=${J + 10}-01-01`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data.bedragen).toEqual([
      { schaal: '11', trede: 0, bedrag: 4000.5 },
      { schaal: '11', trede: 1, bedrag: 4100 },
    ]);
    const kapot = await laad(Buffer.from('geen zip'), XLSX_MIME, `geldigVanaf=${J + 11}-01-01`);
    expect(kapot.statusCode).toBe(400);
    expect(JSON.stringify(kapot.data)).toContain('geen leesbaar XLSX');
  });

  it('reads the sheet with the header when an XLSX opens with a sheet of explanation', async () => {
    const boek = new ExcelJS.Workbook();
    boek.addWorksheet('Toelichting').addRow(['Cao Gemeenten, tabel per 1 januari']);
    const blad = boek.addWorksheet('Tabel');
    blad.addRow(['schaal', 'trede', 'bedrag']);
    blad.addRow(['12', 0, 4500]);
    const res = await laad(
      Buffer.from(await boek.xlsx.writeBuffer()),
      XLSX_MIME,
      `geldigVanaf=${J + 12}-01-01`,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data.bedragen).toEqual([{ schaal: '12', trede: 0, bedrag: 4500 }]);
  });

  it('answers a far too large or wholly wrong file with a short list of problems', async () => {
    const groot = ['schaal;trede;bedrag', ...Array.from({ length: 30_000 }, () => '!;y;z')].join('\n');
    const res = await laad(groot, 'text/csv', `geldigVanaf=${J + 13}-01-01`);
    expect(res.statusCode).toBe(400);
    expect(res.data.invalidParams).toEqual([expect.objectContaining({ code: 'te-groot' })]);
    const fout = ['schaal;trede;bedrag', ...Array.from({ length: 1000 }, () => '!;y;z')].join('\n');
    const veel = await laad(fout, 'text/csv', `geldigVanaf=${J + 13}-01-01`);
    expect(veel.statusCode).toBe(400);
    expect(veel.data.invalidParams).toHaveLength(101);
    expect(veel.body.length).toBeLessThan(50_000);
  });

  it('replaces one amount with If-Match', async () => {
    const url = `/api/v1/salaristabellen/${tabel.id}`;
    expect((await call(api.app, 'PATCH', url, { schaal: '10', trede: 0, bedrag: 3450 })).statusCode).toBe(
      428,
    );
    const oud = await call(
      api.app,
      'PATCH',
      url,
      { schaal: '10', trede: 0, bedrag: 3450 },
      { 'if-match': '"9"' },
    );
    expect(oud.statusCode).toBe(412);
    const onbekend = await call(
      api.app,
      'PATCH',
      url,
      { schaal: '10', trede: 9, bedrag: 1 },
      { 'if-match': '"1"' },
    );
    expect(onbekend.statusCode).toBe(400);
    const nu = await call(
      api.app,
      'PATCH',
      url,
      { schaal: '10', trede: 0, bedrag: 3450 },
      { 'if-match': '"1"' },
    );
    expect(nu.statusCode, nu.body).toBe(200);
    expect(nu.headers.etag).toBe('"2"');
    expect(nu.data.bedragen[0]).toEqual({ schaal: '10', trede: 0, bedrag: 3450 });
  });
});

describe('werkgeverslasten and the loonsom', () => {
  it('keeps werkgeverslasten by date, IKB 17,05 % by default', async () => {
    const res = await call(api.app, 'POST', '/api/v1/werkgeverslasten', {
      geldigVanaf: `${J}-01-01`,
      pensioenPercentage: 10,
      socialePremiesPercentage: 12.95,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data).toMatchObject({
      ikbPercentage: 17.05,
      opslagPerFte: null,
      loonstijgingPercentage: 0,
      vacatureTrede: null,
    });
    const dubbel = await call(api.app, 'POST', '/api/v1/werkgeverslasten', {
      geldigVanaf: `${J}-01-01`,
      pensioenPercentage: 1,
      socialePremiesPercentage: 1,
    });
    expect(dubbel.statusCode).toBe(409);
    const fout = await call(api.app, 'POST', '/api/v1/werkgeverslasten', {
      geldigVanaf: 'morgen',
      ikbPercentage: 170,
      pensioenPercentage: -1,
    });
    expect(fout.statusCode).toBe(400);
    const velden = JSON.stringify(fout.data);
    for (const v of ['geldigVanaf', 'ikbPercentage', 'pensioenPercentage', 'socialePremiesPercentage'])
      expect(velden).toContain(v);
    const wijzig = await call(
      api.app,
      'PATCH',
      `/api/v1/werkgeverslasten/${res.data.id}`,
      { opslagPerFte: 0 },
      { 'if-match': '"1"' },
    );
    expect(wijzig.statusCode, wijzig.body).toBe(200);
    expect(wijzig.data).toMatchObject({ opslagPerFte: 0, versie: 2 });
  });

  it('computes the hand-built case per team and for the organisation, four years, against the budget', async () => {
    const budget = await call(api.app, 'POST', `/api/v1/teams/${teamA.id}/loonsombudgetten`, {
      jaar: J,
      bedrag: 130_000,
    });
    expect(budget.statusCode, budget.body).toBe(201);
    const team = await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/loonsom?jaar=${J}`);
    expect(team.statusCode, team.body).toBe(200);
    // m1 at trede 5: € 5.600 × 12 = € 67.200, then trede 6 (the maximum): € 5.740 × 12 = € 68.880.
    // The vacant place at the middle trede 3: € 3.700 × 1,4 × 12 = € 62.160 every year.
    expect(team.data.jaren).toEqual([
      { jaar: J, bezetting: 67_200, vacatures: 62_160, totaal: 129_360, budget: 130_000, ruimte: 640 },
      { jaar: J + 1, bezetting: 68_880, vacatures: 62_160, totaal: 131_040, budget: null, ruimte: null },
      { jaar: J + 2, bezetting: 68_880, vacatures: 62_160, totaal: 131_040, budget: null, ruimte: null },
      { jaar: J + 3, bezetting: 68_880, vacatures: 62_160, totaal: 131_040, budget: null, ruimte: null },
    ]);
    expect(team.data.medewerkers).toEqual([
      expect.objectContaining({
        medewerker: expect.objectContaining({ id: m1.id }),
        jaren: [
          { jaar: J, totaal: 67_200 },
          { jaar: J + 1, totaal: 68_880 },
          { jaar: J + 2, totaal: 68_880 },
          { jaar: J + 3, totaal: 68_880 },
        ],
      }),
    ]);
    expect(team.data.mag).toEqual({ individueel: true, budgetWijzigen: true });

    const org = await call(api.app, 'GET', `/api/v1/organisatie/loonsom?jaar=${J}`);
    expect(org.statusCode, org.body).toBe(200);
    // Team B: 18 hours at trede 5, € 2.800 × 12 = € 33.600.
    expect(org.data.jaren[0]).toEqual({
      jaar: J,
      bezetting: 100_800,
      vacatures: 62_160,
      totaal: 162_960,
      budget: 130_000,
      ruimte: -32_960,
    });
    const teams = org.data.teams as { teamId: string; jaren: { totaal: number }[] }[];
    expect(teams.map((t) => t.teamId).sort()).toEqual([teamA.id, teamB.id].sort());
    for (let i = 0; i < 4; i++) {
      expect(teams.reduce((s, t) => s + t.jaren[i]!.totaal, 0)).toBeCloseTo(org.data.jaren[i].totaal, 2);
    }

    const eigen = await call(api.app, 'GET', `/api/v1/medewerkers/${m1.id}/loonkosten?jaar=${J}`);
    expect(eigen.statusCode, eigen.body).toBe(200);
    expect(eigen.data).toMatchObject({ schaal: 10, trede: 5, maandenZonderTabel: 0 });
    expect(eigen.data.jaren[0]).toEqual({ jaar: J, maanden: Array(12).fill(5600), totaal: 67_200 });
  });
});

describe('who sees individual salary data', () => {
  it('shows a teamleider the own team totals and vacancies, no person and no other team', async () => {
    const eigen = await call(
      api.app,
      'GET',
      `/api/v1/teams/${teamA.id}/loonsom?jaar=${J}`,
      undefined,
      als(teamleider),
    );
    expect(eigen.statusCode, eigen.body).toBe(200);
    expect(eigen.data.medewerkers).toBeNull();
    expect(eigen.data.jaren[0].totaal).toBe(129_360);
    expect(
      eigen.data.formatieplaatsen.map(
        (p: { jaren: { bezetting: unknown; vacatures: number }[] }) => p.jaren[0],
      ),
    ).toEqual(
      expect.arrayContaining([
        { jaar: J, bezetting: null, vacatures: 0, totaal: null },
        { jaar: J, bezetting: null, vacatures: 62_160, totaal: null },
      ]),
    );
    expect(JSON.stringify(eigen.data)).not.toContain(m1.id);
    expect(
      (await call(api.app, 'GET', `/api/v1/teams/${teamB.id}/loonsom`, undefined, als(teamleider)))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(api.app, 'GET', `/api/v1/medewerkers/${m1.id}/loonkosten`, undefined, als(teamleider)))
        .statusCode,
    ).toBe(403);
    const org = await call(
      api.app,
      'GET',
      `/api/v1/organisatie/loonsom?jaar=${J}`,
      undefined,
      als(teamleider),
    );
    expect(org.data.teams.map((t: { teamId: string }) => t.teamId)).toEqual([teamA.id]);
    const budget = await call(
      api.app,
      'POST',
      `/api/v1/teams/${teamA.id}/loonsombudgetten`,
      { jaar: J + 1, bedrag: 1 },
      als(teamleider),
    );
    expect(budget.statusCode).toBe(403);
  });

  it('shows the OR the organisation totals only', async () => {
    const or = await loginAls(api.db, ['or']);
    const org = await call(api.app, 'GET', `/api/v1/organisatie/loonsom?jaar=${J}`, undefined, als(or));
    expect(org.statusCode, org.body).toBe(200);
    expect(org.data.jaren[0].totaal).toBe(162_960);
    expect(org.data.teams).toEqual([]);
    expect(
      (await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/loonsom`, undefined, als(or))).statusCode,
    ).toBe(403);
    expect(
      (await call(api.app, 'GET', `/api/v1/medewerkers/${m1.id}/loonkosten`, undefined, als(or))).statusCode,
    ).toBe(403);
    expect((await call(api.app, 'GET', '/api/v1/salaristabellen', undefined, als(or))).statusCode).toBe(200);
    expect((await laad(CSV, 'text/csv', `geldigVanaf=${J + 20}-01-01`, als(or))).statusCode).toBe(403);
  });

  it('lets a medewerker read their own costs, not another’s', async () => {
    const zelf = await loginAls(api.db, ['medewerker'], { medewerkerId: m1.id });
    expect(
      (await call(api.app, 'GET', `/api/v1/medewerkers/${m1.id}/loonkosten`, undefined, als(zelf)))
        .statusCode,
    ).toBe(200);
    expect(
      (await call(api.app, 'GET', `/api/v1/medewerkers/${m3.id}/loonkosten`, undefined, als(zelf)))
        .statusCode,
    ).toBe(403);
  });

  it('audits every read of individual salary data, with the number of people it named', async () => {
    const regels = (actie: string) =>
      api.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();
    const res = await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/loonsom?jaar=${J}`);
    expect(res.statusCode).toBe(200);
    const team = (await regels('GET /teams/{teamId}/loonsom')).at(-1)!;
    expect(team).toMatchObject({ object_type: 'team', object_id: teamA.id, resultaat: 'gelukt' });
    expect(team.details).toMatchObject({ aantalPersonen: 1, filter: { jaar: J } });
    await call(api.app, 'GET', `/api/v1/medewerkers/${m1.id}/loonkosten`);
    expect((await regels('GET /medewerkers/{medewerkerId}/loonkosten')).at(-1)).toMatchObject({
      object_type: 'medewerker',
      object_id: m1.id,
    });
  });
});
