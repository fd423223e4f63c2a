import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  sessieHeaders,
  startApi,
} from './support';

/**
 * Need against capacity (issue 13, item 4), on a small hand-built organisation in 2027-Q1.
 *
 * Calendar: January 2027 has 21 weekdays less Nieuwjaarsdag = 20 working days, February 20, March
 * 23 less Tweede Paasdag (29 March) = 22; one FTE gives 7,2 h a working day: 144, 144 and 158,4 h,
 * the quarter 446,4 h.
 *
 * Team A: Anna (36 h, on a scale 10 place) and the teamleider (20 h): 11,2 h a working day gross,
 * × (1 − 15 %) = 190,4 h in January. A resultaatdoel of 300 h in the quarter (100 h a month). Anna
 * works 8 h a week on an opgave in W01–W13 with consent: 1,6 h a weekday, 20 weekdays in January
 * (4–29) = 32 h. The opgave's capaciteitsvraag to team A asks 150 h; consent covers 13 × 8 = 104 h,
 * so 46 h stay open: 15,33 h a month.
 *
 * Money: every trede of scale 10 is € 4.000, of scale 11 € 5.000; costs 40 %. Team A has Anna's
 * place (€ 5.600 a month) and a vacant scale 11 place (€ 7.000): € 151.200 a year for 2 FTE, so
 * € 75.600 per FTE, € 6.300 a month, € 43,75 an hour in January (6.300 ÷ 144). Team B has half a
 * vacant scale 10 place: € 33.600 for 0,5 FTE = € 67.200 per FTE. The organisation: € 184.800 ÷
 * 2,5 = € 73.920 per FTE; a capaciteitsvraag without a team (30 h, 10 h a month) is costed at that.
 */
let api: Api;
let teamA: { id: string };
let teamB: { id: string };
let teamleider: Sessie;
let anderTeamleider: Sessie;
let or: Sessie;
let medewerker: Sessie;

async function plaats(teamId: string, salarisschaal: string, fte: number) {
  const res = await call(api.app, 'POST', `/api/v1/teams/${teamId}/formatieplaatsen`, {
    functieNaam: 'Beleidsmedewerker',
    salarisschaal,
    fte,
    ingangsdatum: '2020-01-01',
    soort: 'structureel',
    financiering: 'regulier',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data;
}

beforeAll(async () => {
  api = await startApi();
  teamA = await buildTeam(api.app, { naam: 'Team A' });
  teamB = await buildTeam(api.app, { naam: 'Team B' });
  const anna = await buildMedewerker(api.app, { teamId: teamA.id, voornaam: 'Anna', urenPerWeek: 36 });
  const leider = await buildMedewerker(api.app, { teamId: teamA.id, functie: 'Teamleider', urenPerWeek: 20 });
  await buildLeiding(api.app, teamA.id, leider.id);
  teamleider = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
  const leiderB = await buildMedewerker(api.app, {
    teamId: teamB.id,
    functie: 'Teamleider',
    urenPerWeek: 0.01,
  });
  await buildLeiding(api.app, teamB.id, leiderB.id);
  anderTeamleider = await loginAls(api.db, ['teamleider'], { medewerkerId: leiderB.id });
  or = await loginAls(api.db, ['or']);
  medewerker = await loginAls(api.db, ['medewerker'], { medewerkerId: anna.id });

  // Salary tables and employer's costs, from 2020 so every year has them.
  const csv = [
    'schaal;trede;bedrag',
    ...[0, 1, 2, 3, 4, 5, 6].flatMap((t) => [`10;${t};4000`, `11;${t};5000`]),
  ].join('\n');
  const tabel = await api.app.inject({
    method: 'POST',
    url: '/api/v1/salaristabellen?geldigVanaf=2020-01-01',
    headers: { ...sessieHeaders(api.app), 'content-type': 'text/csv' },
    payload: csv,
  });
  expect(tabel.statusCode, tabel.body).toBe(201);
  const lasten = await call(api.app, 'POST', '/api/v1/werkgeverslasten', {
    geldigVanaf: '2020-01-01',
    pensioenPercentage: 10,
    socialePremiesPercentage: 12.95,
  });
  expect(lasten.statusCode, lasten.body).toBe(201);
  const p1 = await plaats(teamA.id, '10', 1);
  await plaats(teamA.id, '11', 1);
  await plaats(teamB.id, '10', 0.5);
  const plaatsing = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${p1.id}/plaatsingen`, {
    medewerkerId: anna.id,
    fte: 1,
    ingangsdatum: '2020-01-01',
  });
  expect(plaatsing.statusCode, plaatsing.body).toBe(201);

  // The resultaatdoel.
  const programma = await call(api.app, 'POST', '/api/v1/begrotingsprogrammas', {
    begrotingsjaar: 2027,
    code: 'P1',
    naam: 'Wonen',
  });
  const beleid = await call(
    api.app,
    'POST',
    `/api/v1/begrotingsprogrammas/${programma.data.id}/beleidsdoelen`,
    {
      naam: 'Meer woningen',
    },
  );
  const doel = await call(api.app, 'POST', `/api/v1/teams/${teamA.id}/resultaatdoelen`, {
    periode: '2027-Q1',
    titel: 'Vergunningen sneller',
    beleidsdoelen: [{ beleidsdoelId: beleid.data.beleidsdoelen[0].id, gewicht: 1 }],
    geschatteUren: 300,
  });
  expect(doel.statusCode, doel.body).toBe(201);

  // The opgave, its vragen, and Anna's consented inzet.
  const expertise = await buildExpertise(api.app, { naam: 'Omgevingsrecht' });
  await call(api.app, 'POST', `/api/v1/medewerkers/${anna.id}/expertises`, {
    expertiseId: expertise.id,
    niveau: 3,
  });
  const opgave = await call(api.app, 'POST', '/api/v1/opgaven', { titel: 'Omgevingswet', omschrijving: 'x' });
  const vraag = await buildCapaciteitsvraag(api.app, opgave.data.id, {
    expertiseId: expertise.id,
    uren: 150,
    teamId: teamA.id,
  });
  await buildCapaciteitsvraag(api.app, opgave.data.id, { expertiseId: expertise.id, uren: 30 });
  const regisseur = await loginAls(api.db, ['programmaregisseur']);
  const verzoek = await buildInzetverzoek(
    api.app,
    vraag.id,
    { medewerkerId: anna.id, urenPerWeek: 8, vanWeek: '2027-W01', totWeek: '2027-W13' },
    regisseur,
  );
  const ja = await call(
    api.app,
    'POST',
    `/api/v1/inzetverzoeken/${verzoek.id}/instemmingen`,
    {},
    als(teamleider, { 'if-match': `"${verzoek.versie}"` }),
  );
  expect(ja.statusCode, ja.body).toBe(201);
});
afterAll(async () => {
  await api.close();
});

const Q1 = 'van=2027-01&tot=2027-03';

describe('a team per month', () => {
  it('adds the three sources, subtracts the availability, in hours, FTE and euro', async () => {
    const res = await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/behoefte?${Q1}&per=maand`);
    expect(res.statusCode, res.body).toBe(200);
    const { rij } = res.data;
    expect(res.data.perioden.map((p: { sleutel: string }) => p.sleutel)).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    expect(rij.kosten).toEqual([
      { jaar: 2027, perFte: 75_600, bron: 'team', href: `/teams/${teamA.id}/formatie#formatie-loonsom` },
    ]);
    const jan = rij.cellen[0];
    expect(jan.urenPerFte).toBe(144);
    expect(jan.uren).toEqual({
      resultaatdoelen: 100,
      inzet: 32,
      capaciteitsvragen: 15.33,
      vraag: 147.33,
      beschikbaar: 190.4,
      tekort: -43.07,
    });
    expect(jan.fte).toEqual({
      resultaatdoelen: 0.69,
      inzet: 0.22,
      capaciteitsvragen: 0.11,
      vraag: 1.02,
      beschikbaar: 1.32,
      tekort: -0.3,
    });
    // € 43,75 an hour.
    expect(jan.euro).toEqual({
      resultaatdoelen: 4375,
      inzet: 1400,
      capaciteitsvragen: 670.69,
      vraag: 6445.69,
      beschikbaar: 8330,
      tekort: -1884.31,
    });
    // March: 22 working days (158,4 h an FTE); the inzet runs on its 23 weekdays.
    expect(rij.cellen[2].urenPerFte).toBe(158.4);
    expect(rij.cellen[2].uren).toMatchObject({ inzet: 36.8, beschikbaar: 209.44 });
    // Every figure leads to its source.
    expect(jan.bronnen).toEqual({
      resultaatdoelen: `/teams/${teamA.id}/resultaatdoelen?periode=2027-Q1`,
      inzet: '/inzetverzoeken?status=ingestemd',
      capaciteitsvragen: `/teams/${teamA.id}/behoefte?van=2027-01&tot=2027-03&per=maand#capaciteitsvragen`,
      beschikbaar: `/teams/${teamA.id}/capaciteit?per=maand&periode=2027-Q1`,
      kosten: `/teams/${teamA.id}/formatie#formatie-loonsom`,
    });
    expect(rij.openVragen).toEqual([
      expect.objectContaining({ periode: '2027-Q1', gevraagd: 150, ingestemd: 104, open: 46 }),
    ]);
    expect(rij.openVragen[0].href).toMatch(/^\/wendbaar\/opgaven\//);
    // The total adds hours and euro; its FTE is the average over the quarter's 446,4 h.
    expect(rij.totaal.uren).toMatchObject({ resultaatdoelen: 300, inzet: 100.8, beschikbaar: 590.24 });
    expect(rij.totaal.urenPerFte).toBe(446.4);
    expect(rij.totaal.fte.beschikbaar).toBe(1.32);
  });

  it('sums a quarter as one period, a quarter of the yearly cost', async () => {
    const res = await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/behoefte?${Q1}&per=kwartaal`);
    expect(res.statusCode, res.body).toBe(200);
    const [q] = res.data.rij.cellen;
    expect(q.periode).toBe('2027-Q1');
    expect(q.uren).toEqual({
      resultaatdoelen: 300,
      inzet: 100.8,
      capaciteitsvragen: 46,
      vraag: 446.8,
      beschikbaar: 590.24,
      tekort: -143.44,
    });
    // 446,8 ÷ 446,4 FTE × € 18.900 (a quarter of € 75.600).
    expect(q.fte.vraag).toBe(1);
    expect(q.euro.vraag).toBe(18_916.94);
  });
});

describe('the organisation', () => {
  it('shows every team, the vragen without a team, and totals that are exactly their sum', async () => {
    const res = await call(api.app, 'GET', `/api/v1/organisatie/behoefte?${Q1}`);
    expect(res.statusCode, res.body).toBe(200);
    const o = res.data;
    expect(o.kosten).toEqual([
      { jaar: 2027, perFte: 73_920, bron: 'organisatie', href: '/organisatie/formatie#org-loonsom' },
    ]);
    const b = o.teams.find((t: any) => t.team.id === teamB.id);
    expect(b.kosten[0]).toMatchObject({ perFte: 67_200, bron: 'team' });
    expect(o.zonderTeam.cellen[0].uren.capaciteitsvragen).toBe(10);
    // 10 h ÷ 144 × € 6.160 (a month of € 73.920).
    expect(o.zonderTeam.cellen[0].euro.capaciteitsvragen).toBe(427.78);
    const rijen = [...o.teams, o.zonderTeam];
    o.totalen.forEach((cel: any, i: number) => {
      for (const k of ['resultaatdoelen', 'inzet', 'capaciteitsvragen', 'vraag', 'beschikbaar', 'tekort']) {
        const som = (eenheid: string) =>
          Math.round(rijen.reduce((s: number, r: any) => s + Math.round(r.cellen[i][eenheid][k] * 100), 0)) /
          100;
        expect(cel.uren[k]).toBe(som('uren'));
        expect(cel.fte[k]).toBe(som('fte'));
        expect(cel.euro[k]).toBe(som('euro'));
      }
    });
    expect(o.totalen[0].uren).toMatchObject({ capaciteitsvragen: 25.33, vraag: 157.33 });
    expect(o.totalen[0].euro.capaciteitsvragen).toBe(1098.47);
  });
});

describe('bad queries', () => {
  it('lists every problem in one 400', async () => {
    const res = await call(
      api.app,
      'GET',
      `/api/v1/teams/${teamA.id}/behoefte?van=2027-13&tot=maart&per=week`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['per', 'tot', 'van']);
    const om = await call(api.app, 'GET', '/api/v1/organisatie/behoefte?van=2027-05&tot=2027-01');
    expect(om.statusCode).toBe(400);
    expect(om.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'tot', reason: expect.stringContaining('vóór') }),
    ]);
    const lang = await call(api.app, 'GET', '/api/v1/organisatie/behoefte?van=2027-01&tot=2030-12');
    expect(lang.statusCode).toBe(400);
    expect(lang.data.invalidParams).toEqual([expect.objectContaining({ name: 'tot', code: 'te-lang' })]);
    const eeuw = await call(api.app, 'GET', '/api/v1/organisatie/behoefte?van=2500-01&tot=0000-01');
    expect(eeuw.statusCode).toBe(400);
    expect(eeuw.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['tot', 'van']);
    const onbekend = await call(
      api.app,
      'GET',
      '/api/v1/teams/00000000-0000-4000-8000-000000000000/behoefte',
    );
    expect(onbekend.statusCode).toBe(404);
  });
});

describe('who sees what', () => {
  it('a teamleider sees the own team and only the own team in the organisation view', async () => {
    expect(
      (await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/behoefte?${Q1}`, undefined, als(teamleider)))
        .statusCode,
    ).toBe(200);
    const vreemd = await call(
      api.app,
      'GET',
      `/api/v1/teams/${teamA.id}/behoefte?${Q1}`,
      undefined,
      als(anderTeamleider),
    );
    expect(vreemd.statusCode).toBe(403);
    const org = await call(api.app, 'GET', `/api/v1/organisatie/behoefte?${Q1}`, undefined, als(teamleider));
    expect(org.statusCode).toBe(200);
    expect(org.data.teams.map((t: any) => t.team.id)).toEqual([teamA.id]);
    expect(org.data.zonderTeam).toBeNull();
    // The totals stay the organisation's.
    expect(org.data.totalen[0].uren.vraag).toBe(157.33);
  });

  it('the OR sees the organisation totals only; a medewerker nothing', async () => {
    const org = await call(api.app, 'GET', `/api/v1/organisatie/behoefte?${Q1}`, undefined, als(or));
    expect(org.statusCode).toBe(200);
    expect(org.data.teams).toEqual([]);
    expect(org.data.zonderTeam).toBeNull();
    expect(org.data.totaal.uren.vraag).toBeGreaterThan(0);
    expect(
      (await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/behoefte`, undefined, als(or))).statusCode,
    ).toBe(403);
    for (const pad of [`/api/v1/teams/${teamA.id}/behoefte`, '/api/v1/organisatie/behoefte'])
      expect((await call(api.app, 'GET', pad, undefined, als(medewerker))).statusCode).toBe(403);
  });
});
