import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesCsv } from '../helpers/strikte-csv';
import {
  type Api,
  als,
  buildCapaciteitsvraag,
  buildExpertise,
  buildInzetverzoek,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

/**
 * Issue 16 item 2 and issue 17 item 8: every list as CSV and XLSX (`?formaat=`), with the list's
 * filters and the caller's sight, formulas neutralised, and one bulk audit record per download.
 */
let api: Api;
let regisseur: Sessie;
let medewerkerSessie: Sessie;
let team: { id: string };
let opgave: { id: string };

const regels = (actie: string) =>
  api.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();

beforeAll(async () => {
  api = await startApi();
  team = await buildTeam(api.app, { naam: 'Team Export' });
  const anderTeam = await buildTeam(api.app, { naam: 'Team Elders' });
  const expertise = await buildExpertise(api.app, { naam: 'Exportrecht' });
  const mia = await buildMedewerker(api.app, {
    teamId: team.id,
    voornaam: 'Mia',
    achternaam: '=HYPERLINK("http://evil")',
    functie: '@SUM(A1)',
    urenPerWeek: 36,
  });
  await buildMedewerker(api.app, { teamId: anderTeam.id, voornaam: 'Otto', achternaam: 'Elders' });
  await call(api.app, 'POST', `/api/v1/medewerkers/${mia.id}/expertises`, {
    expertiseId: expertise.id,
    niveau: 3,
  });
  const leider = await buildMedewerker(api.app, { teamId: team.id, voornaam: 'Tom', achternaam: 'Leider' });
  await buildLeiding(api.app, team.id, leider.id);
  regisseur = await loginAls(api.db, ['programmaregisseur']);
  medewerkerSessie = await loginAls(api.db, ['medewerker'], { medewerkerId: mia.id });
  opgave = (
    await call(
      api.app,
      'POST',
      '/api/v1/opgaven',
      { titel: '-Veilig thuis', omschrijving: 'x' },
      als(regisseur),
    )
  ).data;
  const vraag = await buildCapaciteitsvraag(api.app, opgave.id, { expertiseId: expertise.id, uren: 130 });
  await buildInzetverzoek(
    api.app,
    vraag.id,
    {
      medewerkerId: mia.id,
      urenPerWeek: 4,
      vanWeek: '2027-W01',
      totWeek: '2027-W04',
      toelichting: '+1 graag',
    },
    regisseur,
  );
});
afterAll(async () => {
  await api.close();
});

async function leesXlsx(body: Buffer): Promise<unknown[][]> {
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.load(body as never);
  const rijen: unknown[][] = [];
  boek.worksheets[0]!.eachRow((rij) => {
    rijen.push((rij.values as unknown[]).slice(1));
  });
  return rijen;
}

describe('exports of every list', () => {
  it('medewerkers: the filter applies, formulas are neutralised, one bulk audit record', async () => {
    const voor = (await regels('GET /medewerkers')).length;
    const res = await call(api.app, 'GET', `/api/v1/medewerkers?teamId=${team.id}&formaat=csv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('medewerkers.csv');
    const rijen = leesCsv(res.body);
    expect(rijen[0]).toEqual(expect.arrayContaining(['Naam', 'Schaal', 'Uren per week']));
    const namen = rijen.slice(1).map((r) => r[rijen[0]!.indexOf('Naam')]);
    expect(namen).toHaveLength(2);
    expect(namen).not.toContain('Otto Elders');
    expect(namen).toContain('Mia =HYPERLINK("http://evil")');
    // A cell that would start a formula starts with a quote.
    expect(rijen.flat()).toContain("'@SUM(A1)");
    const na = await regels('GET /medewerkers');
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)!.details).toMatchObject({
      aantalPersonen: 2,
      filter: { teamId: team.id, formaat: 'csv' },
    });
  });

  it('medewerkers: a role that may not see scale and hours gets neither column nor value', async () => {
    const res = await call(
      api.app,
      'GET',
      '/api/v1/medewerkers?formaat=csv',
      undefined,
      als(medewerkerSessie),
    );
    expect(res.statusCode, res.body).toBe(200);
    const rijen = leesCsv(res.body);
    expect(rijen[0]).toContain('Naam');
    for (const kop of ['Schaal', 'Trede', 'In dienst', 'Uit dienst', 'Uren per week', 'FTE'])
      expect(rijen[0]).not.toContain(kop);
    expect(res.body).not.toContain('2020-01-01');
    // The same request as XLSX: the same columns, the formula a text.
    const xlsx = await call(
      api.app,
      'GET',
      '/api/v1/medewerkers?formaat=xlsx',
      undefined,
      als(medewerkerSessie),
    );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const blad = await leesXlsx(xlsx.rawPayload);
    expect(blad[0]).toEqual(rijen[0]);
    expect(blad.flat()).toContain("'@SUM(A1)");
  });

  it('medewerkers: a filter on a hidden field is refused in an export as in the list', async () => {
    const res = await call(
      api.app,
      'GET',
      '/api/v1/medewerkers?status=uit-dienst&formaat=csv',
      undefined,
      als(medewerkerSessie),
    );
    expect(res.statusCode).toBe(400);
  });

  it('inzetverzoeken: filtered by team, as CSV and XLSX, audited with the people it names', async () => {
    const voor = (await regels('GET /inzetverzoeken')).length;
    const res = await call(api.app, 'GET', `/api/v1/inzetverzoeken?teamId=${team.id}&formaat=csv`);
    expect(res.statusCode, res.body).toBe(200);
    const rijen = leesCsv(res.body);
    expect(rijen).toHaveLength(2);
    expect(rijen[1]).toEqual(expect.arrayContaining(["'-Veilig thuis", 'Exportrecht', "'+1 graag"]));
    const leeg = await call(api.app, 'GET', `/api/v1/inzetverzoeken?status=afgewezen&formaat=csv`);
    expect(leesCsv(leeg.body)).toHaveLength(1);
    const xlsx = await call(api.app, 'GET', `/api/v1/inzetverzoeken?formaat=xlsx`);
    expect((await leesXlsx(xlsx.rawPayload)).length).toBe(2);
    const na = await regels('GET /inzetverzoeken');
    expect(na).toHaveLength(voor + 3);
    expect(na.at(-3)!.details).toMatchObject({
      aantalPersonen: 1,
      filter: { formaat: 'csv', teamId: team.id },
    });
  });

  it('portfolio: the dossiers with their hours per quarter, audited though its JSON is not', async () => {
    const voor = (await regels('GET /portfolio')).length;
    expect((await call(api.app, 'GET', '/api/v1/portfolio?van=2027-Q1&tot=2027-Q2')).statusCode).toBe(200);
    expect(await regels('GET /portfolio')).toHaveLength(voor);
    const res = await call(api.app, 'GET', '/api/v1/portfolio?van=2027-Q1&tot=2027-Q2&formaat=csv');
    expect(res.statusCode, res.body).toBe(200);
    const rijen = leesCsv(res.body);
    expect(rijen[0]).toEqual(
      expect.arrayContaining(['Titel', 'Uren 2027-Q1', 'Uren 2027-Q2', 'Totaal uren']),
    );
    const rij = rijen.find((r) => r.includes("'-Veilig thuis"))!;
    expect(rij[rijen[0]!.indexOf('Uren 2027-Q1')]).toBe('130');
    const na = await regels('GET /portfolio');
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)!.details).toMatchObject({ filter: { formaat: 'csv', van: '2027-Q1' } });
    const xlsx = await call(api.app, 'GET', '/api/v1/portfolio?van=2027-Q1&tot=2027-Q2&formaat=xlsx');
    expect((await leesXlsx(xlsx.rawPayload))[0]).toEqual(rijen[0]);
  });

  it('besluiten: a file with its columns, audited; the JSON list as before', async () => {
    expect((await call(api.app, 'GET', '/api/v1/besluiten')).data).toEqual({ resultaten: [] });
    const voor = (await regels('GET /besluiten')).length;
    const res = await call(api.app, 'GET', '/api/v1/besluiten?formaat=csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(leesCsv(res.body)[0]).toEqual([
      'Datum',
      'Besluitnummer',
      'Bestuursopdracht',
      'Versie',
      'Uitkomst',
      'Voorwaarden',
    ]);
    const xlsx = await call(api.app, 'GET', '/api/v1/besluiten?formaat=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(await regels('GET /besluiten')).toHaveLength(voor + 2);
    expect((await call(api.app, 'GET', '/api/v1/besluiten?formaat=pdf')).statusCode).toBe(400);
  });
});
