import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesCsv } from '../helpers/strikte-csv';
import {
  type Api,
  als,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

/**
 * Issue 13 item 8: the formatie and loonsom lists as CSV/XLSX — the team's formatie, the formatie
 * per team and the loonsom per team × year: names not ids, numbers as numbers, the JSON answer's
 * reach, one bulk audit record per file.
 */
let api: Api;
let teamA: { id: string };
let teamB: { id: string };
let teamleider: Sessie;

const regels = (actie: string) =>
  api.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();

function csvObjecten(body: string): Record<string, string>[] {
  const [kop, ...rijen] = leesCsv(body);
  return rijen.map((r) => Object.fromEntries(kop!.map((k, i) => [k, r[i]!])));
}

async function leesXlsx(body: Buffer): Promise<unknown[][]> {
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.load(body as never);
  const rijen: unknown[][] = [];
  boek.worksheets[0]!.eachRow((rij) => {
    rijen.push((rij.values as unknown[]).slice(1));
  });
  return rijen;
}

beforeAll(async () => {
  api = await startApi();
  teamA = await buildTeam(api.app, { naam: 'Team Formatie-export' });
  teamB = await buildTeam(api.app, { naam: 'Team Elders' });
  const fleur = await buildMedewerker(api.app, {
    teamId: teamA.id,
    voornaam: 'Fleur',
    achternaam: 'Formatie',
    urenPerWeek: 36,
  });
  const plaats = await call(api.app, 'POST', `/api/v1/teams/${teamA.id}/formatieplaatsen`, {
    functieNaam: 'Adviseur ruimte',
    salarisschaal: '10',
    fte: 1.5,
    ingangsdatum: '2026-01-01',
    soort: 'structureel',
    financiering: 'regulier',
  });
  expect(plaats.statusCode, plaats.body).toBe(201);
  const plaatsing = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${plaats.data.id}/plaatsingen`, {
    medewerkerId: fleur.id,
    fte: 1,
    ingangsdatum: '2026-01-01',
  });
  expect(plaatsing.statusCode, plaatsing.body).toBe(201);
  const elders = await call(api.app, 'POST', `/api/v1/teams/${teamB.id}/formatieplaatsen`, {
    functieNaam: 'Jurist',
    salarisschaal: '11',
    fte: 1,
    ingangsdatum: '2026-01-01',
    einddatum: '2027-12-31',
    soort: 'tijdelijk',
    financiering: 'regulier',
  });
  expect(elders.statusCode, elders.body).toBe(201);
  const budget = await call(api.app, 'POST', `/api/v1/teams/${teamA.id}/loonsombudgetten`, {
    jaar: 2026,
    bedrag: 100_000,
  });
  expect(budget.statusCode, budget.body).toBe(201);
  const leider = await buildMedewerker(api.app, { teamId: teamA.id, functie: 'Teamleider' });
  await buildLeiding(api.app, teamA.id, leider.id);
  teamleider = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
});
afterAll(async () => {
  await api.close();
});

describe('formatie exports', () => {
  it("gives a team's formatie as CSV with names, numbers and who fills each place, audited", async () => {
    const voor = (await regels('GET /teams/{teamId}/formatie')).length;
    const res = await call(
      api.app,
      'GET',
      `/api/v1/teams/${teamA.id}/formatie?peildatum=2026-03-01&formaat=csv`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="formatie-team-formatie-export-.+\.csv"/,
    );
    const [rij, ...rest] = csvObjecten(res.body);
    expect(rest).toEqual([]);
    expect(rij).toMatchObject({
      Functie: 'Adviseur ruimte',
      Salarisschaal: '10',
      Soort: 'structureel',
      Financiering: 'Regulier budget',
      'Formatie fte': '1,5',
      'Bezetting fte': '1',
      'Vacature fte': '0,5',
      'Vacature sinds': '2026-01-01',
      'Vervuld door': 'Fleur Formatie (1)',
    });
    const audit = await regels('GET /teams/{teamId}/formatie');
    expect(audit).toHaveLength(voor + 1);
    expect(audit.at(-1)!.details).toMatchObject({ aantalPersonen: 1, filter: { formaat: 'csv' } });
  });

  it('gives the formatie per team as XLSX with numbers as numbers and the total last', async () => {
    const res = await call(api.app, 'GET', '/api/v1/organisatie/formatie?peildatum=2026-03-01&formaat=xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rijen = await leesXlsx(res.rawPayload);
    expect(rijen[0]).toEqual(['Team', 'Formatie fte', 'Bezetting fte', 'Vacature fte', 'Boventallig fte']);
    expect(rijen).toContainEqual(['Team Formatie-export', 1.5, 1, 0.5, 0]);
    expect(rijen).toContainEqual(['Team Elders', 1, 0, 1, 0]);
    expect(rijen.at(-1)).toEqual(['Totaal organisatie', 2.5, 1, 1.5, 0]);
  });

  it('gives the loonsom per team × year as CSV and XLSX, budget and headroom beside it', async () => {
    const res = await call(api.app, 'GET', '/api/v1/organisatie/loonsom?jaar=2026&formaat=csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const rijen = csvObjecten(res.body);
    const eigen = rijen.filter((r) => r.Team === 'Team Formatie-export');
    expect(eigen.map((r) => r.Jaar)).toEqual(['2026', '2027', '2028', '2029']);
    expect(eigen[0]!['Budget (euro)']).toBe('100000');
    expect(eigen[0]!['Ruimte of overschrijding']).toMatch(/^(ruimte|overschrijding)$/);
    expect(rijen.filter((r) => r.Team === 'Totaal organisatie')).toHaveLength(4);
    const xlsx = await call(api.app, 'GET', '/api/v1/organisatie/loonsom?jaar=2026&formaat=xlsx');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const blad = await leesXlsx(xlsx.rawPayload);
    const eerste = blad.find((r) => r[0] === 'Team Formatie-export' && r[1] === 2026)!;
    expect(typeof eerste[4]).toBe('number');
    expect(eerste[5]).toBe(100_000);
  });

  it("refuses a teamleider another team's formatie as a file, and gives the own team", async () => {
    const ander = await call(
      api.app,
      'GET',
      `/api/v1/teams/${teamB.id}/formatie?formaat=csv`,
      undefined,
      als(teamleider),
    );
    expect(ander.statusCode).toBe(403);
    expect(ander.headers['content-type']).toContain('problem+json');
    const eigen = await call(
      api.app,
      'GET',
      `/api/v1/teams/${teamA.id}/formatie?peildatum=2026-03-01&formaat=csv`,
      undefined,
      als(teamleider),
    );
    expect(eigen.statusCode, eigen.body).toBe(200);
    expect(csvObjecten(eigen.body)[0]!.Functie).toBe('Adviseur ruimte');
    const org = await call(
      api.app,
      'GET',
      '/api/v1/organisatie/formatie?peildatum=2026-03-01&formaat=csv',
      undefined,
      als(teamleider),
    );
    expect(org.statusCode, org.body).toBe(200);
    expect(csvObjecten(org.body).map((r) => r.Team)).toEqual(['Team Formatie-export', 'Totaal organisatie']);
  });
});
