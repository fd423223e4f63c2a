import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesCsv } from '../helpers/strikte-csv';
import {
  type Api,
  als,
  buildCapaciteitsvraag,
  buildExpertise,
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
 * Issue 16 item 2, the last lists without a file: pulsmetingen, the puls trend, a team's werkdruk,
 * a medewerker's gesprekken, a scenario's voorstellen, the scenario comparison, a team's inzet and
 * loonsom, the kandidaten of a capaciteitsvraag. Each file has the rows of the JSON answer for the
 * same caller and filters, nothing a spreadsheet would run, the JSON's refusal, and an audit record.
 */
let api: Api;
let po: Sessie;
let leiderB: Sessie;
let zelf: Sessie;
let teamA: { id: string };
let teamB: { id: string };
let m: { id: string };
const FORMULE = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const KWAAD = '=HYPERLINK("http://evil.example","klik")';

const regels = (actie: string) =>
  api.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();

const metFormaat = (pad: string, formaat: string) =>
  `${pad}${pad.includes('?') ? '&' : '?'}formaat=${formaat}`;

/** CSV and XLSX of a list for a caller: both 200, no cell that starts a formula, rows as text. */
async function bestanden(pad: string, sessie: Sessie = po) {
  const csv = await call(api.app, 'GET', metFormaat(pad, 'csv'), undefined, als(sessie));
  expect(csv.statusCode, csv.body).toBe(200);
  expect(csv.headers['content-type']).toContain('text/csv');
  expect(csv.headers['content-disposition']).toMatch(/attachment; filename=".+\.csv"/);
  const xlsx = await call(api.app, 'GET', metFormaat(pad, 'xlsx'), undefined, als(sessie));
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

const json = (pad: string, sessie: Sessie = po) => call(api.app, 'GET', pad, undefined, als(sessie));

/** Where the JSON refuses a caller, the file refuses the same way (status and problem+json). */
async function zelfdeWeigering(pad: string, sessie: Sessie) {
  const j = await json(pad, sessie);
  for (const formaat of ['csv', 'xlsx']) {
    const f = await call(api.app, 'GET', metFormaat(pad, formaat), undefined, als(sessie));
    expect(f.statusCode).toBe(j.statusCode);
    if (j.statusCode !== 200) expect(f.headers['content-type']).toContain('problem+json');
  }
  return j;
}

/** Downloads both files and checks that each wrote one audit record with the number of people. */
async function metAudit(
  actie: string,
  pad: string,
  aantalPersonen: number,
  sessie: Sessie = po,
  metQuery = true,
) {
  const voor = (await regels(actie)).length;
  const b = await bestanden(pad, sessie);
  const na = await regels(actie);
  expect(na.length).toBe(voor + 2);
  for (const r of na.slice(-2)) {
    expect(r.details).toMatchObject({ aantalPersonen });
    // A bulk record keeps the query with its format; a per-person record names its object instead.
    if (metQuery) expect(JSON.stringify(r.details)).toMatch(/csv|xlsx/);
  }
  return b;
}

const zonderQuote = (c: string) => c.replace(/^'/, '');

beforeAll(async () => {
  api = await startApi();
  teamA = await buildTeam(api.app, { naam: '=Team Rest' });
  teamB = await buildTeam(api.app, { naam: 'Team Ander' });
  const lB = await buildMedewerker(api.app, { teamId: teamB.id, functie: 'Teamleider' });
  await buildLeiding(api.app, teamB.id, lB.id);
  m = await buildMedewerker(api.app, { teamId: teamA.id, voornaam: KWAAD, functie: '@Functie' });
  po = await loginAls(api.db, ['po']);
  leiderB = await loginAls(api.db, ['teamleider', 'medewerker'], { medewerkerId: lB.id });
  zelf = await loginAls(api.db, ['medewerker'], { medewerkerId: m.id });
});
afterAll(async () => api?.close());

describe('exports of the remaining lists', () => {
  it('pulsmetingen and the puls trend: the JSON rows, only groups of five', async () => {
    const ronde = await call(api.app, 'POST', '/api/v1/puls-rondes', { titel: '+Puls export' }, als(po));
    expect(ronde.statusCode, ronde.body).toBe(201);
    const stap = async (naar: string) => {
      const huidig = await json(`/api/v1/puls-rondes/${ronde.data.id}`);
      const r = await call(
        api.app,
        'POST',
        `/api/v1/puls-rondes/${ronde.data.id}/overgangen`,
        { naar },
        als(po, { 'if-match': `"${huidig.data.versie}"` }),
      );
      expect(r.statusCode, r.body).toBe(201);
    };
    await stap('open');
    const pulsteam = await buildTeam(api.app, { naam: '@Pulsteam' });
    for (let i = 0; i < 5; i++) {
      const p = await buildMedewerker(api.app, { teamId: pulsteam.id });
      const s = await loginAls(api.db, ['medewerker'], { medewerkerId: p.id });
      const a = await call(
        api.app,
        'POST',
        `/api/v1/puls-rondes/${ronde.data.id}/antwoorden`,
        { scores: { werkdruk: 3, energie: 4, steun: 4, plezier: 5 } },
        als(s),
      );
      expect(a.statusCode, a.body).toBe(201);
    }
    await stap('gesloten');

    const rondes = await json('/api/v1/puls-rondes');
    const r = await metAudit('GET /puls-rondes', '/api/v1/puls-rondes', 0);
    expect(r.csv[0]![0]).toBe('Titel');
    expect(r.csv.slice(1).map((x) => zonderQuote(x[0]!))).toEqual(
      rondes.data.resultaten.map((x: { titel: string }) => x.titel),
    );
    expect(r.csv.flat()).toContain("'+Puls export");

    const trend = await json('/api/v1/organisatie/puls-trend');
    expect(trend.statusCode).toBe(200);
    const t = await metAudit('GET /organisatie/puls-trend', '/api/v1/organisatie/puls-trend', 0);
    expect(t.csv[0]!.slice(0, 4)).toEqual(['Groep', 'Ronde', 'Gesloten op', 'Antwoorden']);
    const verwacht =
      trend.data.organisatie.filter(Boolean).length +
      trend.data.teams.reduce((n: number, x: { reeks: unknown[] }) => n + x.reeks.filter(Boolean).length, 0);
    expect(t.csv).toHaveLength(1 + verwacht);
    expect(verwacht).toBeGreaterThan(0);
    for (const rij of t.csv.slice(1)) expect(Number(rij[3])).toBeGreaterThanOrEqual(5);
    expect(t.csv.map((x) => x[0])).toContain("'@Pulsteam");
    await zelfdeWeigering('/api/v1/organisatie/puls-trend', leiderB);
    expect((await zelfdeWeigering('/api/v1/organisatie/puls-trend', zelf)).statusCode).toBe(403);
  });

  it('team werkdruk: one row per month and part; reach as the JSON', async () => {
    const pad = `/api/v1/teams/${teamA.id}/werkdruk?van=2026-01&tot=2026-03`;
    const j = await json(pad);
    expect(j.statusCode, j.body).toBe(200);
    const { csv } = await metAudit('GET /teams/{teamId}/werkdruk', pad, 0);
    expect(csv[0]).toEqual([
      'Maand',
      'Signaal',
      'Deel',
      'Waarde',
      'Drempel oranje',
      'Drempel rood',
      'Niveau deel',
    ]);
    expect(csv).toHaveLength(
      1 + j.data.maanden.reduce((n: number, x: { delen: unknown[] }) => n + x.delen.length, 0),
    );
    expect(csv.slice(1).map((x) => x[0])).toEqual(
      j.data.maanden.flatMap((x: { maand: string; delen: unknown[] }) => x.delen.map(() => x.maand)),
    );
    expect((await zelfdeWeigering(pad, leiderB)).statusCode).toBe(403);
    // Bad input: the same 400 as the JSON.
    expect((await zelfdeWeigering(`/api/v1/teams/${teamA.id}/werkdruk?van=abc`, po)).statusCode).toBe(400);
  });

  it('gesprekken of a medewerker: personal data about one person, formulas neutralised', async () => {
    const g = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/gesprekken`, {
      soort: 'planning',
      datum: '2026-02-01',
      verslag: '=SOM(A1:A9)',
      deelnemers: '-Iemand',
    });
    expect(g.statusCode, g.body).toBe(201);
    const a = await call(api.app, 'POST', `/api/v1/gesprekken/${g.data.id}/acties`, {
      omschrijving: '@Cursus volgen',
      eigenaar: 'medewerker',
    });
    expect(a.statusCode, a.body).toBe(201);
    const pad = `/api/v1/medewerkers/${m.id}/gesprekken`;
    const j = await json(pad);
    const { csv, xlsx } = await metAudit('GET /medewerkers/{medewerkerId}/gesprekken', pad, 1, po, false);
    expect(csv).toHaveLength(1 + j.data.resultaten.length);
    expect(csv[1]![0]).toMatch(/^'=HYPERLINK/);
    expect(csv[1]).toContain("'=SOM(A1:A9)");
    expect(csv[1]).toContain("'-Iemand");
    expect(xlsx.flat()).toContain("'=SOM(A1:A9)");
    const regel = (await regels('GET /medewerkers/{medewerkerId}/gesprekken')).at(-1)!;
    expect(regel).toMatchObject({ object_type: 'medewerker', object_id: m.id });
    expect((await zelfdeWeigering(pad, leiderB)).statusCode).toBe(403);
  });

  it('voorstellen of a scenario and the scenario comparison', async () => {
    const s = await buildScenario(api.app, { naam: '=Scenario export' }, po);
    const p = await call(
      api.app,
      'PATCH',
      `/api/v1/scenarios/${s.id}`,
      { voorstelteksten: { aanleiding: '+Aanleiding', gevraagdBesluit: 'In te stemmen.' } },
      als(po, { 'if-match': `"${s.versie}"` }),
    );
    expect(p.statusCode, p.body).toBe(200);
    const v = await call(api.app, 'POST', `/api/v1/scenarios/${s.id}/voorstellen`, undefined, als(po));
    expect(v.statusCode, v.body).toBe(201);
    const pad = `/api/v1/scenarios/${s.id}/voorstellen`;
    const j = await json(pad);
    const { csv } = await metAudit('GET /scenarios/{scenarioId}/voorstellen', pad, 1);
    expect(csv[0]).toEqual(['Documentnummer', 'Gegenereerd op', 'Aangemaakt door', 'SHA-256']);
    expect(csv.slice(1).map((x) => x[0])).toEqual(
      j.data.resultaten.map((x: { documentnummer: string }) => x.documentnummer),
    );
    expect((await zelfdeWeigering(pad, leiderB)).statusCode).toBe(403);

    const s2 = await buildScenario(api.app, { naam: '-Tweede' }, po);
    const vpad = `/api/v1/scenario-vergelijking?scenarios=${s.id},${s2.id}`;
    const vj = await json(vpad);
    expect(vj.statusCode, vj.body).toBe(200);
    const vb = await metAudit('GET /scenario-vergelijking', vpad, 0);
    expect(vb.csv[0]!.slice(0, 3)).toEqual(['Kolom', 'Status', 'Team']);
    expect(vb.csv).toHaveLength(
      1 + vj.data.kolommen.reduce((n: number, k: { teams: unknown[] }) => n + k.teams.length + 1, 0),
    );
    expect(vb.csv.map((x) => x[0])).toContain("'=Scenario export");
    expect(vb.csv.map((x) => x[0])).toContain("'-Tweede");
    expect((await zelfdeWeigering(vpad, leiderB)).statusCode).toBe(403);
    expect((await zelfdeWeigering(`/api/v1/scenario-vergelijking?scenarios=${s.id}`, po)).statusCode).toBe(
      400,
    );
  });

  it('team inzet: one row per planned series, audited with the people in it', async () => {
    const prog = await call(api.app, 'POST', '/api/v1/begrotingsprogrammas', {
      begrotingsjaar: 2026,
      code: 'PX',
      naam: 'Programma inzet',
    });
    expect(prog.statusCode, prog.body).toBe(201);
    const bd = await call(api.app, 'POST', `/api/v1/begrotingsprogrammas/${prog.data.id}/beleidsdoelen`, {
      naam: 'Beleidsdoel inzet',
    });
    expect(bd.statusCode, bd.body).toBe(201);
    const d = await call(api.app, 'POST', `/api/v1/teams/${teamA.id}/resultaatdoelen`, {
      periode: '2026-Q1',
      titel: 'Doel inzet',
      beleidsdoelen: [{ beleidsdoelId: bd.data.beleidsdoelen[0].id, gewicht: 1 }],
      geschatteUren: 100,
    });
    expect(d.statusCode, d.body).toBe(201);
    const z = await call(
      api.app,
      'PUT',
      `/api/v1/resultaatdoelen/${d.data.id}/inzet/${m.id}`,
      { vanWeek: '2026-W10', totWeek: '2026-W12', urenPerWeek: 8 },
      { 'if-match': '"0"' },
    );
    expect(z.statusCode, z.body).toBeLessThan(300);
    const pad = `/api/v1/teams/${teamA.id}/inzet?van=2026-W01&tot=2026-W52`;
    const j = await json(pad);
    const { csv, xlsx } = await metAudit('GET /teams/{teamId}/inzet', pad, 1);
    expect(csv).toHaveLength(
      1 + j.data.resultaten.reduce((n: number, x: { reeksen: unknown[] }) => n + x.reeksen.length, 0),
    );
    const reeks = j.data.resultaten[0].reeksen[0];
    // Names, not ids: the team, the person with their personeelsnummer, the goal with its period.
    expect(csv[0]).toEqual([
      'Team',
      'Medewerker',
      'Personeelsnummer',
      'Resultaatdoel',
      'Periode',
      'Van',
      'Tot',
      'Uren per week',
    ]);
    const persoon = (await json(`/api/v1/medewerkers/${m.id}`)).data;
    expect(csv[1]!.slice(0, 7)).toEqual([
      expect.stringContaining('Team Rest'),
      expect.stringContaining(persoon.achternaam),
      persoon.personeelsnummer,
      'Doel inzet',
      '2026-Q1',
      reeks.van,
      reeks.tot,
    ]);
    expect(csv.flat().join(' ')).not.toContain(m.id);
    expect(xlsx[1]![7]).toBe(8);
    expect((await zelfdeWeigering(pad, leiderB)).statusCode).toBe(403);
    expect((await zelfdeWeigering(`/api/v1/teams/${teamA.id}/inzet?van=x&tot=2026-W52`, po)).statusCode).toBe(
      400,
    );
  });

  it('team loonsom: plaatsen, people (P&O) and the total; reach as the JSON', async () => {
    const pad = `/api/v1/teams/${teamA.id}/loonsom?jaar=2026`;
    const j = await json(pad);
    expect(j.statusCode, j.body).toBe(200);
    const personen = new Set(
      (j.data.medewerkers ?? []).map((x: { medewerker: { id: string } }) => x.medewerker.id),
    ).size;
    const { csv } = await metAudit('GET /teams/{teamId}/loonsom', pad, personen);
    const aantal =
      j.data.formatieplaatsen.reduce((n: number, p: { jaren: unknown[] }) => n + p.jaren.length, 0) +
      (j.data.medewerkers ?? []).reduce((n: number, p: { jaren: unknown[] }) => n + p.jaren.length, 0) +
      j.data.jaren.length;
    expect(csv).toHaveLength(1 + aantal);
    expect(csv.at(-1)![0]).toBe('Totaal team');
    const weiger = await zelfdeWeigering(pad, leiderB);
    expect(weiger.statusCode).toBe(403);
  });

  it('kandidaten of a capaciteitsvraag: the JSON order, one person per row', async () => {
    const expertise = await buildExpertise(api.app, { naam: 'Export expertise' });
    const k = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, {
      expertiseId: expertise.id,
      niveau: 3,
      ambitie: true,
    });
    expect(k.statusCode, k.body).toBe(201);
    const opgave = await call(api.app, 'POST', '/api/v1/opgaven', {
      titel: 'Export opgave',
      omschrijving: 'x',
    });
    const vraag = await buildCapaciteitsvraag(api.app, opgave.data.id, {
      expertiseId: expertise.id,
      uren: 100,
    });
    const pad = `/api/v1/capaciteitsvragen/${vraag.id}/kandidaten`;
    const regisseur = await loginAls(api.db, ['programmaregisseur']);
    const j = await json(pad, regisseur);
    expect(j.statusCode, j.body).toBe(200);
    expect(j.data.kandidaten.length).toBeGreaterThan(0);
    const { csv } = await metAudit(
      'GET /capaciteitsvragen/{capaciteitsvraagId}/kandidaten',
      pad,
      j.data.kandidaten.length,
      regisseur,
    );
    expect(csv.slice(1).map((x) => zonderQuote(x[0]!))).toEqual(
      j.data.kandidaten.map((x: { medewerker: { naam: string } }) => x.medewerker.naam),
    );
    expect(csv[1]![0]).toMatch(/^'=HYPERLINK/);
    expect(csv[1]![1]).toBe("'@Functie");
    expect((await zelfdeWeigering(pad, zelf)).statusCode).toBe(403);
  });
});
