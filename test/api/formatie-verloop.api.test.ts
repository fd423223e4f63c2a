import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * The formatie over time (issue 13, item 1: "per date and over time"), GET /organisatie/formatie/verloop:
 * the figures on the first of each month, hand-checked.
 *
 * Team A: place P1 (1 fte from 1 January 2026), Mia on it from 1 March; place P2 (0,5 fte, temporary,
 * 1 February to 30 April 2026), never filled. Team B: place P3 (1 fte from 1 January), Bo and Cas on
 * it for 1 fte each from 1 January: 1 fte boventallig.
 *
 *            formatie  bezetting  vacature  boventallig
 *   Jan         2          2          1          1
 *   Feb         2,5        2          1,5        1
 *   Mar, Apr    2,5        3          0,5        1
 *   May         2          3          0          1
 */
let api: Api;
let teamleiderA: Sessie;
let or: Sessie;
let medewerker: Sessie;
const ids: Record<string, string> = {};

async function plaats(teamId: string, fte: number, ingangsdatum: string, einddatum?: string) {
  const res = await call(api.app, 'POST', `/api/v1/teams/${teamId}/formatieplaatsen`, {
    functieNaam: 'Beleidsmedewerker',
    salarisschaal: '10',
    fte,
    ingangsdatum,
    ...(einddatum ? { einddatum, soort: 'tijdelijk' } : { soort: 'structureel' }),
    financiering: 'regulier',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data.id as string;
}

async function plaatsen(plaatsId: string, medewerkerId: string, ingangsdatum: string) {
  const res = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${plaatsId}/plaatsingen`, {
    medewerkerId,
    fte: 1,
    ingangsdatum,
  });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  api = await startApi();
  const a = await buildTeam(api.app, { naam: 'Team A' });
  const b = await buildTeam(api.app, { naam: 'Team B' });
  Object.assign(ids, { a: a.id, b: b.id });
  const mia = await buildMedewerker(api.app, { teamId: a.id, voornaam: 'Mia', urenPerWeek: 36 });
  const bo = await buildMedewerker(api.app, { teamId: b.id, voornaam: 'Bo', urenPerWeek: 36 });
  const cas = await buildMedewerker(api.app, { teamId: b.id, voornaam: 'Cas', urenPerWeek: 36 });
  await plaatsen(await plaats(a.id, 1, '2026-01-01'), mia.id, '2026-03-01');
  await plaats(a.id, 0.5, '2026-02-01', '2026-04-30');
  const p3 = await plaats(b.id, 1, '2026-01-01');
  await plaatsen(p3, bo.id, '2026-01-01');
  await plaatsen(p3, cas.id, '2026-01-01');
  const leider = await buildMedewerker(api.app, { teamId: a.id, voornaam: 'Tom', functie: 'Teamleider' });
  await buildLeiding(api.app, a.id, leider.id);
  teamleiderA = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
  or = await loginAls(api.db, ['or']);
  medewerker = await loginAls(api.db, ['medewerker'], { medewerkerId: mia.id });
});
afterAll(async () => {
  await api.close();
});

const cijfers = (m: {
  formatieFte: number;
  bezettingFte: number;
  vacatureFte: number;
  boventalligFte: number;
}) => [m.formatieFte, m.bezettingFte, m.vacatureFte, m.boventalligFte];

describe('GET /organisatie/formatie/verloop', () => {
  it('gives the figures on the first of each month, for the organisation and per team', async () => {
    const res = await call(api.app, 'GET', '/api/v1/organisatie/formatie/verloop?van=2026-01&tot=2026-05');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.maanden.map((m: { peildatum: string }) => m.peildatum)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
    ]);
    expect(res.data.maanden.map(cijfers)).toEqual([
      [2, 2, 1, 1],
      [2.5, 2, 1.5, 1],
      [2.5, 3, 0.5, 1],
      [2.5, 3, 0.5, 1],
      [2, 3, 0, 1],
    ]);
    const [a, b] = res.data.teams;
    expect([a.naam, b.naam]).toEqual(['Team A', 'Team B']);
    expect(a.maanden.map(cijfers)).toEqual([
      [1, 0, 1, 0],
      [1.5, 0, 1.5, 0],
      [1.5, 1, 0.5, 0],
      [1.5, 1, 0.5, 0],
      [1, 1, 0, 0],
    ]);
    expect(b.maanden.every((m: { boventalligFte: number }) => m.boventalligFte === 1)).toBe(true);
  });

  it('downloads the months per team and the organisation as CSV', async () => {
    const res = await api.app.inject({
      method: 'GET',
      url: '/api/v1/organisatie/formatie/verloop?van=2026-01&tot=2026-02&formaat=csv',
      headers: als(teamleiderA),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const regels = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(regels[0]).toContain('Maand');
    // Her own team and the organisation; Team B is not hers.
    expect(regels.slice(1).map((r) => r.split(';')[0])).toEqual([
      'Team A',
      'Team A',
      'Totaal organisatie',
      'Totaal organisatie',
    ]);
  });

  it('shows a teamleider her own team only, the OR the totals only, and refuses a medewerker', async () => {
    const q = '/api/v1/organisatie/formatie/verloop?van=2026-01&tot=2026-03';
    const tl = await call(api.app, 'GET', q, undefined, als(teamleiderA));
    expect(tl.data.teams.map((t: { naam: string }) => t.naam)).toEqual(['Team A']);
    expect(tl.data.maanden).toHaveLength(3);
    const ondernemingsraad = await call(api.app, 'GET', q, undefined, als(or));
    expect(ondernemingsraad.statusCode).toBe(200);
    expect(ondernemingsraad.data.teams).toEqual([]);
    expect(ondernemingsraad.data.maanden.map(cijfers)[0]).toEqual([2, 2, 1, 1]);
    expect((await call(api.app, 'GET', q, undefined, als(medewerker))).statusCode).toBe(403);
  });

  it('lists every problem with the months in one 400, and takes twelve months by default', async () => {
    const fout = await call(api.app, 'GET', '/api/v1/organisatie/formatie/verloop?van=2026-13&tot=maart');
    expect(fout.statusCode).toBe(400);
    expect(fout.headers['content-type']).toContain('application/problem+json');
    expect(fout.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['tot', 'van']);
    const omgekeerd = await call(
      api.app,
      'GET',
      '/api/v1/organisatie/formatie/verloop?van=2026-05&tot=2026-01',
    );
    expect(omgekeerd.statusCode).toBe(400);
    const teLang = await call(api.app, 'GET', '/api/v1/organisatie/formatie/verloop?van=2026-01&tot=2029-01');
    expect(teLang.statusCode).toBe(400);
    const standaard = await call(api.app, 'GET', '/api/v1/organisatie/formatie/verloop');
    expect(standaard.statusCode).toBe(200);
    expect(standaard.data.maanden).toHaveLength(12);
  });
});
