import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesCsv } from '../helpers/strikte-csv';
import { type Api, als, buildMedewerker, buildTeam, call, loginAls, type Sessie, startApi } from './support';

/**
 * Issue 16 item 2: every list exports as CSV and XLSX with nothing a spreadsheet would run, and the
 * Mensen lists that had no file (werkdruk heatmap, gesprekken per team, puls results) get one that
 * shows no more than their JSON: counts per team, pulse groups of at least five.
 */
let api: Api;
let po: Sessie;
const FORMULE = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const KWAAD = '=HYPERLINK("http://evil.example","klik")';
const TEAM = '+Team Formule';
const KLEIN = '@Klein team';
const mensen: Sessie[] = [];

async function bestand(pad: string, sessie: Sessie = po) {
  const csv = await call(
    api.app,
    'GET',
    `${pad}${pad.includes('?') ? '&' : '?'}formaat=csv`,
    undefined,
    als(sessie),
  );
  expect(csv.statusCode, csv.body).toBe(200);
  expect(csv.headers['content-type']).toContain('text/csv');
  expect(csv.body.startsWith('\uFEFF')).toBe(true);
  const xlsx = await call(
    api.app,
    'GET',
    `${pad}${pad.includes('?') ? '&' : '?'}formaat=xlsx`,
    undefined,
    als(sessie),
  );
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
  // No text cell of either file starts a formula (a negative number is a number, not text).
  for (const rij of tekst)
    for (const cel of rij) if (!/^-?\d+(,\d+)?$/.test(cel)) expect(cel).not.toMatch(FORMULE);
  for (const rij of blad)
    for (const cel of rij) if (typeof cel === 'string') expect(cel).not.toMatch(FORMULE);
  return { csv: tekst, xlsx: blad };
}

const exportRegels = (actie: string) =>
  api.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();

beforeAll(async () => {
  api = await startApi();
  const team = await buildTeam(api.app, { naam: TEAM });
  const klein = await buildTeam(api.app, { naam: KLEIN });
  await buildMedewerker(api.app, { teamId: team.id, voornaam: KWAAD, achternaam: '-Min' });
  for (let i = 0; i < 5; i++) {
    const m = await buildMedewerker(api.app, { teamId: team.id });
    mensen.push(await loginAls(api.db, ['medewerker'], { medewerkerId: m.id }));
  }
  for (let i = 0; i < 2; i++) {
    const m = await buildMedewerker(api.app, { teamId: klein.id });
    mensen.push(await loginAls(api.db, ['medewerker'], { medewerkerId: m.id }));
  }
  po = await loginAls(api.db, ['po']);
});
afterAll(async () => api?.close());

describe('exports neutralise formulas and cover the Mensen lists', () => {
  it('medewerkers: a name like =HYPERLINK(...) and a team like +Team comes out as text in CSV and XLSX', async () => {
    const { csv, xlsx } = await bestand('/api/v1/medewerkers?zoek=Min');
    // The name cell holds the text, led by the one quote that keeps it from running.
    const naamCsv = csv.flat().find((c) => c.includes(KWAAD));
    const naamXlsx = xlsx.flat().find((c) => typeof c === 'string' && c.includes(KWAAD));
    expect(naamCsv).toMatch(/^'/);
    expect(naamXlsx).toBe(naamCsv);
    expect(csv.flat().some((c) => c.includes(`'${TEAM}`))).toBe(true);
    expect(xlsx.flat().some((c) => typeof c === 'string' && c.includes(`'${TEAM}`))).toBe(true);
  });

  it('teams: a team title starting with + or @ is neutralised in both formats', async () => {
    const { csv, xlsx } = await bestand('/api/v1/teams');
    expect(csv.flat()).toEqual(expect.arrayContaining([`'${TEAM}`, `'${KLEIN}`]));
    expect(xlsx.flat()).toEqual(expect.arrayContaining([`'${TEAM}`, `'${KLEIN}`]));
  });

  it('werkdruk heatmap: team × month as a file, the filter applied, audited as a bulk read', async () => {
    const { csv, xlsx } = await bestand('/api/v1/organisatie/werkdruk?van=2026-01&tot=2026-03');
    expect(csv[0]).toEqual(['Team', 'Maand', 'Signaal', 'Verhoogde delen']);
    const rijen = csv.slice(1).filter((r) => r[0] === `'${TEAM}`);
    expect(rijen.map((r) => r[1])).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(xlsx.slice(1).filter((r) => r[0] === `'${TEAM}`)).toHaveLength(3);
    const audit = await exportRegels('GET /organisatie/werkdruk');
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audit.at(-1)!.details)).toContain('xlsx');
  });

  it('gesprekken per team: counts only, small teams merged as in the JSON', async () => {
    const json = await call(api.app, 'GET', '/api/v1/organisatie/gesprekken', undefined, als(po));
    expect(json.statusCode).toBe(200);
    const { csv, xlsx } = await bestand('/api/v1/organisatie/gesprekken');
    expect(csv[0]).toEqual(['Team', 'Medewerkers', 'Met gesprek', 'Aandeel met gesprek']);
    const namen = json.data.teams.map((t: { naam: string }) => t.naam);
    // Exactly the JSON's teams, no more (a small team never appears by name).
    expect(csv.slice(1).map((r) => r[0]!.replace(/^'/, ''))).toEqual([
      ...namen,
      ...(json.data.overig ? ['Overig (kleine teams samen)'] : []),
      ...(json.data.totaal ? ['Totaal'] : []),
    ]);
    expect(csv.flat()).not.toContain(`'${KLEIN}`);
    for (const rij of xlsx.slice(1)) expect(typeof rij[1]).toBe('number');
  });

  it('puls results: only the groups of at least five, numbers as numbers, no open answers', async () => {
    const nieuw = await call(
      api.app,
      'POST',
      '/api/v1/puls-rondes',
      { titel: '=Puls export', openVraag: 'Nog iets?' },
      als(po),
    );
    expect(nieuw.statusCode, nieuw.body).toBe(201);
    const id = nieuw.data.id;
    const stap = async (naar: 'open' | 'gesloten') => {
      const huidig = await call(api.app, 'GET', `/api/v1/puls-rondes/${id}`, undefined, als(po));
      const r = await call(
        api.app,
        'POST',
        `/api/v1/puls-rondes/${id}/overgangen`,
        { naar },
        als(po, { 'if-match': `"${huidig.data.versie}"` }),
      );
      expect(r.statusCode, r.body).toBe(201);
    };
    await stap('open');
    for (const s of mensen) {
      const r = await call(
        api.app,
        'POST',
        `/api/v1/puls-rondes/${id}/antwoorden`,
        { scores: { werkdruk: 4, energie: 3, steun: 4, plezier: 2 }, openAntwoord: '=GEHEIM()' },
        als(s),
      );
      expect(r.statusCode, r.body).toBe(201);
    }
    await stap('gesloten');
    const json = await call(api.app, 'GET', `/api/v1/puls-rondes/${id}/resultaten`, undefined, als(po));
    expect(json.statusCode).toBe(200);
    const { csv, xlsx } = await bestand(`/api/v1/puls-rondes/${id}/resultaten`);
    expect(csv[0]!.slice(0, 2)).toEqual(['Groep', 'Antwoorden']);
    const groepen = csv.slice(1).map((r) => r[0]);
    expect(groepen[0]).toBe('Organisatie');
    expect(groepen).not.toContain(`'${KLEIN}`);
    for (const rij of csv.slice(1)) expect(Number(rij[1])).toBeGreaterThanOrEqual(5);
    expect(csv.flat().join(' ')).not.toContain('GEHEIM');
    // Five answers in one team and two in another: the team is not shown apart, as 7 − 5 would
    // give away the small group; the file has the organisation only, exactly like the JSON.
    const org = xlsx.find((r) => r[0] === 'Organisatie')!;
    expect(org[1]).toBe(7);
    expect(org.slice(2).every((v) => typeof v === 'number')).toBe(true);
    expect(json.data.teams).toEqual([]);
    // As many groups as the JSON shows, no more.
    expect(groepen).toHaveLength(
      (json.data.organisatie ? 1 : 0) + json.data.teams.length + (json.data.overig ? 1 : 0),
    );
  });

  it('puls results: a medewerker cannot export what they cannot read', async () => {
    const rondes = await call(api.app, 'GET', '/api/v1/puls-rondes', undefined, als(po));
    const id = rondes.data.resultaten[0].id;
    const json = await call(
      api.app,
      'GET',
      `/api/v1/puls-rondes/${id}/resultaten`,
      undefined,
      als(mensen[0]!),
    );
    const csv = await call(
      api.app,
      'GET',
      `/api/v1/puls-rondes/${id}/resultaten?formaat=csv`,
      undefined,
      als(mensen[0]!),
    );
    expect(csv.statusCode).toBe(json.statusCode);
    if (json.statusCode !== 200) expect(csv.headers['content-type']).toContain('problem+json');
  });
});
