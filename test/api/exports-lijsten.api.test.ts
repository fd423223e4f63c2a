import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesCsv } from '../helpers/strikte-csv';
import {
  type Api,
  als,
  buildExpertise,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

/**
 * Issue 17 item 8: CSV/XLSX export on every other list (teams, expertises, opgaven,
 * bestuursopdrachten, ambities, programma's, accounts, verdeelvoorstellen, zoeken): the list's
 * filters, every row, names not ids, the list's reach, and one bulk audit record per file.
 */
let api: Api;
let teamleider: Sessie;
let medewerker: Sessie;
let regisseur: Sessie;
let college: Sessie;
let team: { id: string };
let programma: { id: string };

const regels = (actie: string) =>
  api.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();

async function leesXlsx(body: Buffer): Promise<unknown[][]> {
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.load(body as never);
  const rijen: unknown[][] = [];
  boek.worksheets[0]!.eachRow((rij) => {
    rijen.push((rij.values as unknown[]).slice(1));
  });
  return rijen;
}

/** The CSV as rows of objects keyed by the header. */
function csvObjecten(body: string): Record<string, string>[] {
  const [kop, ...rijen] = leesCsv(body);
  return rijen.map((r) => Object.fromEntries(kop!.map((k, i) => [k, r[i]!])));
}

async function csv(pad: string, sessie?: Sessie) {
  const res = await call(api.app, 'GET', pad, undefined, sessie ? als(sessie) : undefined);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('text/csv');
  expect(res.headers['content-disposition']).toMatch(/attachment; filename=".+\.csv"/);
  return { kop: leesCsv(res.body)[0]!, rijen: csvObjecten(res.body) };
}

async function xlsx(pad: string) {
  const res = await call(api.app, 'GET', pad);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  return leesXlsx(res.rawPayload);
}

beforeAll(async () => {
  api = await startApi();
  team = await buildTeam(api.app, { naam: 'Team Lijstexport' });
  await buildTeam(api.app, { naam: 'Team Anders' });
  const leider = await buildMedewerker(api.app, {
    teamId: team.id,
    voornaam: 'Lotte',
    achternaam: 'Leider',
    urenPerWeek: 36,
  });
  await buildMedewerker(api.app, { teamId: team.id, voornaam: 'Bram', achternaam: 'Lijstlid' });
  await buildLeiding(api.app, team.id, leider.id);
  await buildExpertise(api.app, { naam: 'Omgevingsrecht', categorie: 'Juridisch' });
  await buildExpertise(api.app, { naam: 'Datavisualisatie', categorie: 'Data' });
  const p = await call(api.app, 'POST', '/api/v1/programmas', {
    naam: 'Programma Lijsten',
    programmaregisseurMedewerkerId: leider.id,
  });
  if (p.statusCode !== 201) throw new Error(p.body);
  programma = p.data;
  const o = await call(api.app, 'POST', '/api/v1/opgaven', {
    titel: 'Opgave in programma',
    programmaId: programma.id,
  });
  if (o.statusCode !== 201) throw new Error(o.body);
  await call(api.app, 'POST', '/api/v1/opgaven', { titel: 'Opgave zonder programma' });
  const b = await call(api.app, 'POST', '/api/v1/bestuursopdrachten', {
    titel: 'Opdracht Lijsten',
    programmaId: programma.id,
    mijlpalen: [
      { titel: 'Later', datum: '2027-09-01' },
      { titel: 'Eerst', datum: '2027-03-15' },
    ],
  });
  if (b.statusCode !== 201) throw new Error(b.body);
  const a = await call(api.app, 'POST', '/api/v1/bestuurlijke-ambities', {
    titel: 'Ambitie Lijsten',
    bron: 'collegeprogramma',
    portefeuillehouder: 'Wethouder De Vries',
    voortgang: 40,
    opgaveIds: [o.data.id],
  });
  if (a.statusCode !== 201) throw new Error(a.body);
  await api.db
    .insertInto('verdeelscenario')
    .values({
      periode: '2027-Q1',
      status: 'mislukt',
      parameters: JSON.stringify({ periode: '2027-Q1' }),
      fout: 'Geen capaciteitsvragen',
      aangemaakt_op: new Date('2026-11-02T09:00:00Z'),
    })
    .execute();
  teamleider = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
  medewerker = await loginAls(api.db, ['medewerker']);
  regisseur = await loginAls(api.db, ['programmaregisseur']);
  college = await loginAls(api.db, ['college']);
});
afterAll(async () => {
  await api.close();
});

describe('exports of the other lists', () => {
  it('teams: filtered by zoek, leaders by name, numbers and dates, audited with the leaders', async () => {
    const voor = (await regels('GET /teams')).length;
    const { kop, rijen } = await csv('/api/v1/teams?zoek=Lijstexport&formaat=csv');
    expect(kop).toEqual(expect.arrayContaining(['Naam', 'Soort', 'Leidinggevenden', 'FTE']));
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({
      Naam: 'Team Lijstexport',
      Soort: 'basisteam',
      Leidinggevenden: 'Lotte Leider',
      'Aantal medewerkers': '2',
    });
    expect(rijen[0]!.FTE).toMatch(/^1,\d+$/);
    const na = await regels('GET /teams');
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)!.details).toMatchObject({
      aantalPersonen: 1,
      filter: { zoek: 'Lijstexport', formaat: 'csv' },
    });
    const blad = await xlsx('/api/v1/teams?formaat=xlsx&paginaGrootte=1');
    // Every row, not one page: both teams made here (and the ones startApi made, if any).
    expect(blad.length).toBeGreaterThanOrEqual(3);
    expect(blad[0]).toEqual(expect.arrayContaining(['Naam', 'Leidinggevenden']));
  });

  it('expertises: filtered by categorie, every row, audited with no people', async () => {
    const voor = (await regels('GET /expertises')).length;
    const { rijen } = await csv('/api/v1/expertises?categorie=Data&formaat=csv', medewerker);
    expect(rijen.map((r) => r.Naam)).toEqual(['Datavisualisatie']);
    expect(rijen[0]).toMatchObject({ Categorie: 'Data', Vervallen: 'nee', 'Aantal medewerkers': '0' });
    const na = await regels('GET /expertises');
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)!.details).toMatchObject({ aantalPersonen: 0, filter: { categorie: 'Data' } });
    expect((await xlsx('/api/v1/expertises?formaat=xlsx'))[0]).toContain('Categorie');
  });

  it('opgaven: filtered by programma, names not ids; a medewerker cannot export as they cannot list', async () => {
    const voor = (await regels('GET /opgaven')).length;
    const { kop, rijen } = await csv(`/api/v1/opgaven?programmaId=${programma.id}&formaat=csv`);
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({
      Titel: 'Opgave in programma',
      Fase: 'signalering',
      Programma: 'Programma Lijsten',
    });
    expect(kop.join(' ')).not.toMatch(/id$/i);
    expect((await csv('/api/v1/opgaven?formaat=csv')).rijen).toHaveLength(2);
    expect(await regels('GET /opgaven')).toHaveLength(voor + 2);
    expect((await regels('GET /opgaven')).at(-2)!.details).toMatchObject({
      filter: { programmaId: programma.id, formaat: 'csv' },
    });
    const verboden = await call(api.app, 'GET', '/api/v1/opgaven?formaat=csv', undefined, als(medewerker));
    expect(verboden.statusCode).toBe(403);
    expect(verboden.headers['content-type']).not.toContain('text/csv');
    expect((await xlsx('/api/v1/opgaven?formaat=xlsx')).length).toBe(3);
  });

  it('bestuursopdrachten: filtered by status, the first milestone as a real date in XLSX', async () => {
    const { rijen } = await csv('/api/v1/bestuursopdrachten?status=concept&formaat=csv', college);
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({
      Titel: 'Opdracht Lijsten',
      Status: 'concept',
      Programma: 'Programma Lijsten',
      'Volgende mijlpaal': '2027-03-15',
      Mijlpalen: 'Later, Eerst',
    });
    expect((await csv('/api/v1/bestuursopdrachten?status=vastgesteld&formaat=csv')).rijen).toHaveLength(0);
    const blad = await xlsx('/api/v1/bestuursopdrachten?formaat=xlsx');
    const i = (blad[0] as string[]).indexOf('Volgende mijlpaal');
    expect(blad[1]![i]).toBeInstanceOf(Date);
    expect((blad[1]![i] as Date).toISOString().slice(0, 10)).toBe('2027-03-15');
    const verboden = await call(
      api.app,
      'GET',
      '/api/v1/bestuursopdrachten?formaat=xlsx',
      undefined,
      als(medewerker),
    );
    expect(verboden.statusCode).toBe(403);
  });

  it('ambities: the dossiers by title, progress as a percentage, audited with the portefeuillehouders', async () => {
    const voor = (await regels('GET /bestuurlijke-ambities')).length;
    const { rijen } = await csv('/api/v1/bestuurlijke-ambities?formaat=csv');
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({
      Titel: 'Ambitie Lijsten',
      Bron: 'collegeprogramma',
      Portefeuillehouder: 'Wethouder De Vries',
      Voortgang: '0,4',
      Opgaven: 'Opgave in programma',
    });
    const na = await regels('GET /bestuurlijke-ambities');
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)!.details).toMatchObject({ aantalPersonen: 1 });
    expect((await call(api.app, 'GET', '/api/v1/bestuurlijke-ambities?formaat=pdf')).statusCode).toBe(400);
    // The JSON list is unchanged and unaudited.
    expect((await call(api.app, 'GET', '/api/v1/bestuurlijke-ambities')).data.resultaten).toHaveLength(1);
    expect(await regels('GET /bestuurlijke-ambities')).toHaveLength(voor + 1);
  });

  it("programma's: the regisseur by name, the dossier counts", async () => {
    const voor = (await regels('GET /programmas')).length;
    const { rijen } = await csv('/api/v1/programmas?formaat=csv', teamleider);
    expect(rijen).toEqual([
      expect.objectContaining({
        Naam: 'Programma Lijsten',
        Programmaregisseur: 'Lotte Leider',
        'Aantal opgaven': '1',
        'Aantal bestuursopdrachten': '1',
      }),
    ]);
    const na = await regels('GET /programmas');
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)!.details).toMatchObject({ aantalPersonen: 1, filter: { formaat: 'csv' } });
    expect((await xlsx('/api/v1/programmas?formaat=xlsx'))[1]).toContain('Lotte Leider');
    const verboden = await call(api.app, 'GET', '/api/v1/programmas?formaat=csv', undefined, als(medewerker));
    expect(verboden.statusCode).toBe(403);
  });

  it('accounts: filtered by zoek, roles by name, every row; only a beheerder', async () => {
    const voor = (await regels('GET /accounts')).length;
    const { kop, rijen } = await csv('/api/v1/accounts?zoek=teamleider&formaat=csv');
    expect(kop).toEqual([
      'Naam',
      'E-mail',
      'Rollen',
      'Actief',
      'Tweestapsverificatie',
      'Gekoppeld aan medewerker',
    ]);
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({ Rollen: 'Teamleider', Actief: 'ja', 'Gekoppeld aan medewerker': 'ja' });
    const na = await regels('GET /accounts');
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)!.details).toMatchObject({
      aantalPersonen: 1,
      filter: { zoek: 'teamleider', formaat: 'csv' },
    });
    const alle = await xlsx('/api/v1/accounts?formaat=xlsx&paginaGrootte=1');
    expect(alle.length).toBeGreaterThanOrEqual(6);
    const verboden = await call(api.app, 'GET', '/api/v1/accounts?formaat=csv', undefined, als(regisseur));
    expect(verboden.statusCode).toBe(403);
  });

  it('verdeelvoorstellen: the summaries with dates; a teamleider cannot export as they cannot list', async () => {
    const voor = (await regels('GET /verdeelvoorstellen')).length;
    const { rijen } = await csv('/api/v1/verdeelvoorstellen?formaat=csv', regisseur);
    expect(rijen).toEqual([
      expect.objectContaining({
        Periode: '2027-Q1',
        Status: 'mislukt',
        'Aangemaakt op': expect.stringMatching(/^2026-11-02/),
        Fout: 'Geen capaciteitsvragen',
      }),
    ]);
    const na = await regels('GET /verdeelvoorstellen');
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)!.details).toMatchObject({ aantalPersonen: 0 });
    const blad = await xlsx('/api/v1/verdeelvoorstellen?formaat=xlsx');
    expect(blad[1]![(blad[0] as string[]).indexOf('Aangemaakt op')]).toBeInstanceOf(Date);
    const verboden = await call(
      api.app,
      'GET',
      '/api/v1/verdeelvoorstellen?formaat=csv',
      undefined,
      als(teamleider),
    );
    expect(verboden.statusCode).toBe(403);
  });

  it('zoeken: every hit of the three groups with its kind, audited with the medewerkers it names', async () => {
    const voor = (await regels('GET /zoekresultaten')).length;
    const { kop, rijen } = await csv('/api/v1/zoekresultaten?zoekterm=Lijst&formaat=csv');
    expect(kop).toEqual(['Soort', 'Naam', 'Omschrijving']);
    expect(rijen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Soort: 'Medewerker', Naam: 'Bram Lijstlid' }),
        expect.objectContaining({ Soort: 'Team', Naam: 'Team Lijstexport' }),
      ]),
    );
    expect(rijen.some((r) => r.Naam === 'Team Anders')).toBe(false);
    const na = await regels('GET /zoekresultaten');
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)!.details).toMatchObject({
      aantalPersonen: 1,
      filter: { zoekterm: 'Lijst', formaat: 'csv' },
    });
    expect((await xlsx('/api/v1/zoekresultaten?zoekterm=Lijst&formaat=xlsx'))[0]).toEqual(kop);
    // The search box shows ten hits a group; the file holds them all.
    for (let i = 0; i < 11; i++)
      await buildMedewerker(api.app, { teamId: team.id, voornaam: 'Vera', achternaam: `Veeltreffer${i}` });
    const json = await call(api.app, 'GET', '/api/v1/zoekresultaten?zoekterm=Veeltreffer');
    expect(json.data.medewerkers).toHaveLength(10);
    expect((await csv('/api/v1/zoekresultaten?zoekterm=Veeltreffer&formaat=csv')).rijen).toHaveLength(11);
    const verboden = await call(
      api.app,
      'GET',
      '/api/v1/zoekresultaten?zoekterm=Lijst&formaat=csv',
      undefined,
      als(college),
    );
    expect(verboden.statusCode).toBe(403);
  });
});
