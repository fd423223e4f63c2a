import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesCsv } from '../helpers/strikte-csv';
import {
  type Api,
  als,
  buildLeiding,
  buildMedewerker,
  buildScenario,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

/**
 * Issue 16 item 2, the lists that had no file: team leden, resultaatdoelen, ontwikkelplannen,
 * verlopen gesprekacties, scenario's, begrotingsprogramma's, salaristabellen, werkgeverslasten,
 * behoefte, the auditlog as XLSX. Each file has the rows of the JSON answer for the same caller,
 * nothing a spreadsheet would run, the same refusal where the JSON refuses, and a bulk audit record.
 */
let api: Api;
let po: Sessie;
let leiderA: Sessie;
let leiderB: Sessie;
let zelf: Sessie;
let teamA: { id: string };
let teamB: { id: string };
let m: { id: string };
const FORMULE = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const KWAAD = '=HYPERLINK("http://evil.example","klik")';

const regels = (actie: string) =>
  api.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();

/** CSV and XLSX of a list for a caller: both 200, no cell that starts a formula, rows as text. */
async function bestanden(pad: string, sessie: Sessie = po) {
  const teken = pad.includes('?') ? '&' : '?';
  const csv = await call(api.app, 'GET', `${pad}${teken}formaat=csv`, undefined, als(sessie));
  expect(csv.statusCode, csv.body).toBe(200);
  expect(csv.headers['content-type']).toContain('text/csv');
  expect(csv.headers['content-disposition']).toMatch(/attachment; filename=".+\.csv"/);
  const xlsx = await call(api.app, 'GET', `${pad}${teken}formaat=xlsx`, undefined, als(sessie));
  expect(xlsx.statusCode, xlsx.body).toBe(200);
  expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.load(xlsx.rawPayload as never);
  const blad: unknown[][] = [];
  boek.worksheets[0]!.eachRow((rij) => {
    blad.push((rij.values as unknown[]).slice(1));
    rij.eachCell((cel) => expect(cel.type).not.toBe(ExcelJS.ValueType.Formula));
  });
  const tekst = leesCsv(csv.body);
  for (const rij of tekst)
    for (const cel of rij) if (!/^-?\d+(,\d+)?$/.test(cel)) expect(cel).not.toMatch(FORMULE);
  for (const rij of blad)
    for (const cel of rij) if (typeof cel === 'string') expect(cel).not.toMatch(FORMULE);
  expect(blad.length).toBe(tekst.length);
  return { csv: tekst, xlsx: blad };
}

const json = async (pad: string, sessie: Sessie = po) => {
  const res = await call(api.app, 'GET', pad, undefined, als(sessie));
  return res;
};

/** Where the JSON refuses a caller, the file refuses the same way. */
async function zelfdeWeigering(pad: string, sessie: Sessie) {
  const j = await json(pad, sessie);
  const teken = pad.includes('?') ? '&' : '?';
  for (const formaat of ['csv', 'xlsx']) {
    const f = await call(api.app, 'GET', `${pad}${teken}formaat=${formaat}`, undefined, als(sessie));
    expect(f.statusCode).toBe(j.statusCode);
    if (j.statusCode !== 200) expect(f.headers['content-type']).toContain('problem+json');
  }
  return j;
}

beforeAll(async () => {
  api = await startApi();
  teamA = await buildTeam(api.app, { naam: '=Team Export' });
  teamB = await buildTeam(api.app, { naam: 'Team Elders' });
  const lA = await buildMedewerker(api.app, { teamId: teamA.id, functie: 'Teamleider' });
  const lB = await buildMedewerker(api.app, { teamId: teamB.id, functie: 'Teamleider' });
  await buildLeiding(api.app, teamA.id, lA.id);
  await buildLeiding(api.app, teamB.id, lB.id);
  m = await buildMedewerker(api.app, { teamId: teamA.id, voornaam: KWAAD, functie: '@Functie' });
  po = await loginAls(api.db, ['po']);
  leiderA = await loginAls(api.db, ['teamleider', 'medewerker'], { medewerkerId: lA.id });
  leiderB = await loginAls(api.db, ['teamleider', 'medewerker'], { medewerkerId: lB.id });
  zelf = await loginAls(api.db, ['medewerker'], { medewerkerId: m.id });
});
afterAll(async () => api?.close());

describe('exports of the lists that had none', () => {
  it('team leden: the JSON rows, a formula name neutralised, audited with the number of people', async () => {
    const pad = `/api/v1/teams/${teamA.id}/leden`;
    const j = await json(pad);
    expect(j.statusCode).toBe(200);
    const voor = (await regels('GET /teams/{teamId}/leden')).length;
    const { csv, xlsx } = await bestanden(pad);
    expect(csv[0]).toEqual(['Naam', 'Functie', 'Uren per week', 'Fte', 'Ingangsdatum', 'Einddatum']);
    expect(csv.slice(1).map((r) => r[0]!.replace(/^'/, ''))).toEqual(
      j.data.resultaten.map((r: { naam: string }) => r.naam),
    );
    const naam = csv.flat().find((c) => c.includes(KWAAD));
    expect(naam).toMatch(/^'/);
    expect(xlsx.flat()).toContain(naam);
    expect(csv.flat()).toContain("'@Functie");
    const na = await regels('GET /teams/{teamId}/leden');
    expect(na.length).toBe(voor + 2);
    expect(na.at(-1)!.details).toMatchObject({ aantalPersonen: j.data.resultaten.length });
    await zelfdeWeigering(pad, leiderB);
  });

  it('resultaatdoelen: every goal of the period in priority order; reach as the JSON', async () => {
    const p = await call(api.app, 'POST', '/api/v1/begrotingsprogrammas', {
      begrotingsjaar: 2026,
      code: '@P1',
      naam: '-Wonen',
    });
    expect(p.statusCode, p.body).toBe(201);
    const b = await call(api.app, 'POST', `/api/v1/begrotingsprogrammas/${p.data.id}/beleidsdoelen`, {
      naam: '=SOM(1;2)',
    });
    expect(b.statusCode, b.body).toBe(201);
    for (const titel of ['+Doel een', 'Doel twee']) {
      const r = await call(api.app, 'POST', `/api/v1/teams/${teamA.id}/resultaatdoelen`, {
        periode: '2026-Q2',
        titel,
        beleidsdoelen: [{ beleidsdoelId: b.data.beleidsdoelen[0].id, gewicht: 1 }],
        geschatteUren: 120,
        eigenaarMedewerkerId: m.id,
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const pad = `/api/v1/teams/${teamA.id}/resultaatdoelen?periode=2026-Q2`;
    const j = await json(pad);
    const { csv, xlsx } = await bestanden(pad);
    expect(csv[0]!.slice(0, 3)).toEqual(['Periode', 'Prioriteit', 'Titel']);
    expect(csv.slice(1).map((r) => r[2]!.replace(/^'/, ''))).toEqual(
      j.data.resultaten.map((r: { titel: string }) => r.titel),
    );
    expect(csv[1]![2]).toBe("'+Doel een");
    expect(typeof xlsx[1]![1]).toBe('number');
    expect((await regels('GET /teams/{teamId}/resultaatdoelen')).at(-1)!.details).toMatchObject({
      aantalPersonen: 1,
    });
    // Another period: no rows, as the JSON.
    expect((await bestanden(`/api/v1/teams/${teamA.id}/resultaatdoelen?periode=2026-Q3`)).csv).toHaveLength(
      1,
    );
    const ander = await zelfdeWeigering(pad, leiderB);
    if (ander.statusCode === 200)
      expect((await bestanden(pad, leiderB)).csv.length - 1).toBe(ander.data.resultaten.length);
  });

  it('begrotingsprogrammas: one row per beleidsdoel, the year filter applied', async () => {
    const j = await json('/api/v1/begrotingsprogrammas?begrotingsjaar=2026');
    const { csv } = await bestanden('/api/v1/begrotingsprogrammas?begrotingsjaar=2026');
    expect(csv[0]).toEqual(['Begrotingsjaar', 'Code', 'Programma', 'Beleidsdoel', 'Omschrijving']);
    expect(csv).toHaveLength(
      1 +
        j.data.resultaten.reduce(
          (n: number, p: { beleidsdoelen: unknown[] }) => n + Math.max(1, p.beleidsdoelen.length),
          0,
        ),
    );
    expect(csv[1]).toEqual(['2026', "'@P1", "'-Wonen", "'=SOM(1;2)", '']);
    expect((await bestanden('/api/v1/begrotingsprogrammas?begrotingsjaar=2031')).csv).toHaveLength(1);
  });

  it('ontwikkelplannen of a team and of a medewerker: one row per doel', async () => {
    const plan = await call(
      api.app,
      'POST',
      `/api/v1/teams/${teamA.id}/ontwikkelplannen`,
      { jaar: 2026 },
      als(po),
    );
    expect(plan.statusCode, plan.body).toBe(201);
    for (const omschrijving of ['=Leren rekenen', 'Samenwerken'])
      expect(
        (
          await call(
            api.app,
            'POST',
            `/api/v1/ontwikkelplannen/${plan.data.id}/doelen`,
            { omschrijving },
            als(po),
          )
        ).statusCode,
      ).toBe(201);
    const pad = `/api/v1/teams/${teamA.id}/ontwikkelplannen?jaar=2026`;
    const j = await json(pad);
    const { csv } = await bestanden(pad);
    expect(csv[0]).toEqual([
      'Jaar',
      'Soort plan',
      'Medewerker',
      'Team',
      'Doel',
      'Thema',
      'Status',
      'Activiteiten',
    ]);
    const doelen = j.data.resultaten.flatMap((p: { doelen: { omschrijving: string }[] }) =>
      p.doelen.length > 0 ? p.doelen.map((d) => d.omschrijving) : [''],
    );
    expect(csv.slice(1).map((r) => r[4]!.replace(/^'/, ''))).toEqual(doelen);
    expect(csv.flat()).toContain("'=Leren rekenen");
    expect(csv.flat()).toContain("'=Team Export");
    await zelfdeWeigering(pad, leiderB);

    const mw = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${m.id}/ontwikkelplannen`,
      { jaar: 2026 },
      als(po),
    );
    expect(mw.statusCode, mw.body).toBe(201);
    const mpad = `/api/v1/medewerkers/${m.id}/ontwikkelplannen?jaar=2026`;
    const mj = await json(mpad);
    const m2 = await bestanden(mpad);
    expect(m2.csv).toHaveLength(1 + mj.data.resultaten.length);
    expect(m2.csv[1]![2]).toMatch(/^'=HYPERLINK/);
    expect((await regels('GET /medewerkers/{medewerkerId}/ontwikkelplannen')).at(-1)!.details).toMatchObject({
      aantalPersonen: 1,
    });
    await zelfdeWeigering(mpad, leiderB);
  });

  it('verlopen gesprekacties: the caller’s own people only, audited with the person count', async () => {
    const g = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${m.id}/gesprekken`,
      { soort: 'voortgang', datum: '2026-03-01' },
      als(po),
    );
    expect(g.statusCode, g.body).toBe(201);
    const a = await call(
      api.app,
      'POST',
      `/api/v1/gesprekken/${g.data.id}/acties`,
      { omschrijving: '=Actie uitvoeren', eigenaar: 'medewerker', deadline: '2026-04-01' },
      als(po),
    );
    expect(a.statusCode, a.body).toBe(201);
    const pad = '/api/v1/verlopen-gesprekacties';
    for (const [wie, aantal] of [
      [po, 1],
      [leiderA, 1],
      [leiderB, 0],
    ] as const) {
      const j = await json(pad, wie);
      expect(j.data.resultaten).toHaveLength(aantal);
      const { csv } = await bestanden(pad, wie);
      expect(csv).toHaveLength(1 + aantal);
      const na = await regels('GET /verlopen-gesprekacties');
      expect(na.at(-1)!.details).toMatchObject({ aantalPersonen: aantal });
    }
    const { csv } = await bestanden(pad, leiderA);
    expect(csv[0]).toEqual(['Medewerker', 'Gesprek', 'Gesprekdatum', 'Actie', 'Deadline', 'Dagen verlopen']);
    expect(csv[1]![3]).toBe("'=Actie uitvoeren");
    await zelfdeWeigering(pad, zelf);
  });

  it("scenario's, salaristabellen and werkgeverslasten: the JSON's rows, refused where the JSON is", async () => {
    await buildScenario(api.app, { naam: '+Krimp' }, po);
    const s = await json('/api/v1/scenarios');
    const sc = await bestanden('/api/v1/scenarios');
    expect(sc.csv[0]).toEqual(['Naam', 'Peildatum', 'Status', 'Wijzigingen']);
    expect(sc.csv.slice(1).map((r) => r[0]!.replace(/^'/, ''))).toEqual(
      s.data.resultaten.map((r: { naam: string }) => r.naam),
    );
    expect(sc.csv.flat()).toContain("'+Krimp");

    const w = await call(api.app, 'POST', '/api/v1/werkgeverslasten', {
      geldigVanaf: '2026-01-01',
      pensioenPercentage: 12.5,
      socialePremiesPercentage: 9,
    });
    expect(w.statusCode, w.body).toBe(201);
    const wj = await json('/api/v1/werkgeverslasten');
    const wl = await bestanden('/api/v1/werkgeverslasten');
    expect(wl.csv).toHaveLength(1 + wj.data.resultaten.length);
    expect(wl.xlsx[1]![2]).toBe(12.5);

    const st = await json('/api/v1/salaristabellen');
    expect((await bestanden('/api/v1/salaristabellen')).csv).toHaveLength(1 + st.data.resultaten.length);

    for (const pad of ['/api/v1/scenarios', '/api/v1/werkgeverslasten', '/api/v1/salaristabellen'])
      await zelfdeWeigering(pad, zelf);
  });

  it('behoefte: per team and period plus totals, as the JSON; a teamleider gets the own team only', async () => {
    const q = 'van=2026-01&tot=2026-03';
    const org = await json(`/api/v1/organisatie/behoefte?${q}`);
    expect(org.statusCode, org.body).toBe(200);
    const { csv, xlsx } = await bestanden(`/api/v1/organisatie/behoefte?${q}`);
    const groepen = org.data.teams.length + (org.data.zonderTeam ? 1 : 0) + 1;
    expect(csv).toHaveLength(1 + groepen * (org.data.totalen.length + 1));
    expect(csv.flat()).toContain("'=Team Export");
    const orgRij = xlsx.find((r) => r[0] === 'Organisatie' && r[1] === 'totaal')!;
    expect(orgRij[5]).toBeCloseTo(org.data.totaal.uren.vraag, 5);

    const eigen = await json(`/api/v1/organisatie/behoefte?${q}`, leiderB);
    if (eigen.statusCode === 200) {
      const b = await bestanden(`/api/v1/organisatie/behoefte?${q}`, leiderB);
      const namen = new Set(b.csv.slice(1).map((r) => r[0]));
      expect(namen.has("'=Team Export")).toBe(
        eigen.data.teams.some((t: { team: { naam: string } }) => t.team.naam === '=Team Export'),
      );
    }

    const team = await json(`/api/v1/teams/${teamA.id}/behoefte?${q}&per=kwartaal`);
    const t = await bestanden(`/api/v1/teams/${teamA.id}/behoefte?${q}&per=kwartaal`);
    expect(t.csv).toHaveLength(1 + team.data.rij.cellen.length + 1);
    expect((await regels('GET /teams/{teamId}/behoefte')).at(-1)!.details).toMatchObject({
      aantalPersonen: 0,
    });
    await zelfdeWeigering(`/api/v1/teams/${teamA.id}/behoefte?${q}`, leiderB);
  });

  it('auditlog: XLSX next to CSV with the same records and columns; capaciteit export is audited', async () => {
    const beheerder = await loginAls(api.db, ['beheerder']);
    const pad = '/api/v1/auditregels?actie=GET%20%2Fverlopen-gesprekacties';
    const { csv, xlsx } = await bestanden(pad, beheerder);
    expect(xlsx[0]).toEqual(csv[0]);
    expect(xlsx.length).toBe(csv.length);
    expect(csv.length).toBeGreaterThan(1);
    expect((await regels('GET /auditregels')).at(-1)!.details).toMatchObject({ filter: { formaat: 'xlsx' } });
    await zelfdeWeigering(pad, po);

    const voor = (await regels('GET /organisatie/capaciteit')).length;
    await bestanden('/api/v1/organisatie/capaciteit?jaar=2026');
    const na = await regels('GET /organisatie/capaciteit');
    expect(na.length).toBe(voor + 2);
    expect(na.at(-1)!.details).toMatchObject({ aantalPersonen: 0, filter: { formaat: 'xlsx' } });
  });
});
