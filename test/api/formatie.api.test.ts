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
  snapshot,
  startApi,
} from './support';

/**
 * Formatie (issue 13, first slice): formatieplaatsen and plaatsingen, the figures per date on a
 * small hand-built case, and who may see and change what.
 */
let api: Api;
let teamA: { id: string };
let teamB: { id: string };
let m1: { id: string };
let m2: { id: string };
let m3: { id: string };
let p1: { id: string; versie: number };
let p2: { id: string };
let p3: { id: string };
let teamleider: Sessie;

async function nieuwePlaats(teamId: string, body: Record<string, unknown>) {
  const res = await call(api.app, 'POST', `/api/v1/teams/${teamId}/formatieplaatsen`, {
    functieNaam: 'Beleidsmedewerker',
    functiefamilie: 'Beleid',
    functieniveau: 'B',
    salarisschaal: '10',
    ingangsdatum: '2026-01-01',
    soort: 'structureel',
    financiering: 'regulier',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data;
}

async function plaats(formatieplaatsId: string, body: Record<string, unknown>) {
  const res = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${formatieplaatsId}/plaatsingen`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.data;
}

beforeAll(async () => {
  api = await startApi();
  teamA = await buildTeam(api.app);
  teamB = await buildTeam(api.app);
  m1 = await buildMedewerker(api.app, { teamId: teamA.id, urenPerWeek: 36 });
  m2 = await buildMedewerker(api.app, { teamId: teamA.id, urenPerWeek: 18 });
  m3 = await buildMedewerker(api.app, { teamId: teamB.id, urenPerWeek: 32 });
  const programma = await call(api.app, 'POST', '/api/v1/programmas', { naam: 'Formatieprogramma' });
  expect(programma.statusCode, programma.body).toBe(201);
  // Team A: a place of 2 fte (two people's worth) and a temporary one paid by a programma.
  p1 = await nieuwePlaats(teamA.id, { fte: 2 });
  p2 = await nieuwePlaats(teamA.id, {
    fte: 1,
    soort: 'tijdelijk',
    einddatum: '2026-12-31',
    financiering: 'programma',
    programmaId: programma.data.id,
  });
  // Team B: half a place on a subsidy, filled by a 32-hour person: boventallig.
  p3 = await nieuwePlaats(teamB.id, {
    fte: 0.5,
    financiering: 'subsidie',
    subsidie: 'Regeling Brede Aanpak',
  });
  await plaats(p1.id, { medewerkerId: m1.id, fte: 1, ingangsdatum: '2026-01-01' });
  await plaats(p1.id, { medewerkerId: m2.id, fte: 0.5, ingangsdatum: '2026-03-01' });
  await plaats(p3.id, { medewerkerId: m3.id, fte: 0.8889, ingangsdatum: '2026-01-01' });

  const leider = await buildMedewerker(api.app, { teamId: teamA.id, functie: 'Teamleider' });
  await buildLeiding(api.app, teamA.id, leider.id);
  teamleider = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
});
afterAll(async () => {
  await api.close();
});

describe('formatieplaatsen and plaatsingen', () => {
  it('answers a created place with its function, funding, figures and abilities', async () => {
    const res = await call(api.app, 'GET', `/api/v1/formatieplaatsen/${p2.id}?peildatum=2026-02-01`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.data).toMatchObject({
      teamId: teamA.id,
      functie: { naam: 'Beleidsmedewerker', functiefamilie: 'Beleid', niveau: 'B' },
      salarisschaal: '10',
      fte: 1,
      soort: 'tijdelijk',
      einddatum: '2026-12-31',
      financiering: { soort: 'programma', programma: { naam: 'Formatieprogramma' }, subsidie: null },
      formatieFte: 1,
      bezettingFte: 0,
      vacatureFte: 1,
      vacatureSinds: '2026-01-01',
      plaatsingen: [],
      mag: { wijzigen: true },
      _links: { self: { href: `/api/v1/formatieplaatsen/${p2.id}` } },
    });
  });

  it('computes bezetting, vacatures (with since when) and boventalligheid per team on a date', async () => {
    const feb = await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/formatie?peildatum=2026-02-01`);
    expect(feb.statusCode, feb.body).toBe(200);
    expect(feb.data.totaal).toEqual({ formatieFte: 3, bezettingFte: 1, vacatureFte: 2, boventalligFte: 0 });
    const apr = await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/formatie?peildatum=2026-04-01`);
    expect(apr.data.totaal).toEqual({
      formatieFte: 3,
      bezettingFte: 1.5,
      vacatureFte: 1.5,
      boventalligFte: 0,
    });
    const eerste = apr.data.formatieplaatsen.find((f: { id: string }) => f.id === p1.id);
    expect(eerste).toMatchObject({ bezettingFte: 1.5, vacatureFte: 0.5, vacatureSinds: '2026-01-01' });
    expect(eerste.plaatsingen.map((p: { medewerker: { id: string } }) => p.medewerker.id).sort()).toEqual(
      [m1.id, m2.id].sort(),
    );
    const b = await call(api.app, 'GET', `/api/v1/teams/${teamB.id}/formatie?peildatum=2026-04-01`);
    expect(b.data.totaal).toEqual({
      formatieFte: 0.5,
      bezettingFte: 0.8889,
      vacatureFte: 0,
      boventalligFte: 0.3889,
    });
    // Before any place began there is no formatie.
    const leeg = await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/formatie?peildatum=2025-06-01`);
    expect(leeg.data).toMatchObject({ formatieplaatsen: [], totaal: { formatieFte: 0, bezettingFte: 0 } });
  });

  it('adds the teams up to the organisation', async () => {
    const res = await call(api.app, 'GET', '/api/v1/organisatie/formatie?peildatum=2026-04-01');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.totaal).toEqual({
      formatieFte: 3.5,
      bezettingFte: 2.3889,
      vacatureFte: 1.5,
      boventalligFte: 0.3889,
    });
    expect(res.data.teams.map((t: { teamId: string }) => t.teamId).sort()).toEqual(
      [teamA.id, teamB.id].sort(),
    );
  });

  it('lists every problem of bad input at once, and changes nothing', async () => {
    const voor = await snapshot(api);
    const vorm = await call(api.app, 'POST', `/api/v1/teams/${teamA.id}/formatieplaatsen`, {
      functieNaam: ' ',
      salarisschaal: 'tien!',
      fte: 0,
      ingangsdatum: '2026-13-01',
      soort: 'vast',
      financiering: 'lening',
    });
    expect(vorm.statusCode).toBe(400);
    expect(vorm.headers['content-type']).toContain('application/problem+json');
    const velden = JSON.stringify(vorm.data);
    for (const veld of ['functieNaam', 'salarisschaal', 'fte', 'ingangsdatum', 'soort', 'financiering']) {
      expect(velden, veld).toContain(veld);
    }
    const regels = await call(api.app, 'POST', `/api/v1/teams/${teamA.id}/formatieplaatsen`, {
      functieNaam: 'Jurist',
      salarisschaal: '11',
      fte: 1,
      ingangsdatum: '2026-01-01',
      soort: 'tijdelijk',
      financiering: 'programma',
      subsidie: 'iets',
    });
    expect(regels.statusCode, regels.body).toBe(400);
    expect(JSON.stringify(regels.data)).toContain('Een tijdelijke formatieplaats heeft een einddatum.');
    expect(JSON.stringify(regels.data)).toContain('Kies het programma');
    expect(JSON.stringify(regels.data)).toContain('Een subsidie hoort alleen');
    expect(await snapshot(api)).toBe(voor);
  });

  it('refuses a placement beyond the contract, outside the place, or of someone unknown', async () => {
    // m2 works 18 hours (0,5 fte) and fills 0,5 of p1 from March.
    const boven = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${p2.id}/plaatsingen`, {
      medewerkerId: m2.id,
      fte: 0.25,
      ingangsdatum: '2026-02-01',
    });
    expect(boven.statusCode, boven.body).toBe(400);
    expect(JSON.stringify(boven.data)).toContain(
      'Op 01-03-2026 is de medewerker dan voor 0,75 fte geplaatst, meer dan de 0,5 fte van het contract.',
    );
    const buiten = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${p2.id}/plaatsingen`, {
      medewerkerId: m1.id,
      fte: 0.1,
      ingangsdatum: '2025-06-01',
    });
    expect(buiten.statusCode).toBe(400);
    expect(JSON.stringify(buiten.data)).toContain('buiten de looptijd van de formatieplaats');
    const onbekend = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${p2.id}/plaatsingen`, {
      medewerkerId: '00000000-0000-4000-8000-000000000000',
      fte: 0.1,
      ingangsdatum: '2026-02-01',
    });
    expect(onbekend.statusCode).toBe(400);
    // Over-filling a place is allowed and reported: m3's 0,8889 on a place of 0,5 stood above.
  });

  it('updates with If-Match: 428 without, 412 when stale, and ends a place only after its placements', async () => {
    const zonder = await call(api.app, 'PATCH', `/api/v1/formatieplaatsen/${p1.id}`, { fte: 1.5 });
    expect(zonder.statusCode).toBe(428);
    const oud = await call(
      api.app,
      'PATCH',
      `/api/v1/formatieplaatsen/${p1.id}`,
      { fte: 1.5 },
      { 'if-match': '"7"' },
    );
    expect(oud.statusCode).toBe(412);
    const nu = await call(
      api.app,
      'PATCH',
      `/api/v1/formatieplaatsen/${p1.id}`,
      { fte: 1.5 },
      { 'if-match': '"1"' },
    );
    expect(nu.statusCode, nu.body).toBe(200);
    expect(nu.headers.etag).toBe('"2"');
    expect(nu.data.fte).toBe(1.5);

    const einde = await call(
      api.app,
      'PATCH',
      `/api/v1/formatieplaatsen/${p1.id}`,
      { einddatum: '2026-06-30' },
      { 'if-match': '"2"' },
    );
    expect(einde.statusCode).toBe(400);
    expect(JSON.stringify(einde.data)).toContain('buiten de looptijd van de plaats');

    const plaatsingen = (await call(api.app, 'GET', `/api/v1/formatieplaatsen/${p1.id}`)).data.plaatsingen;
    expect(plaatsingen).toHaveLength(2);
    for (const p of plaatsingen) {
      const stale = await call(
        api.app,
        'PATCH',
        `/api/v1/plaatsingen/${p.id}`,
        { einddatum: '2026-06-30' },
        {
          'if-match': `"${p.versie + 1}"`,
        },
      );
      expect(stale.statusCode).toBe(412);
      const r = await call(
        api.app,
        'PATCH',
        `/api/v1/plaatsingen/${p.id}`,
        { einddatum: '2026-06-30' },
        {
          'if-match': `"${p.versie}"`,
        },
      );
      expect(r.statusCode, r.body).toBe(200);
      expect(r.data).toMatchObject({ einddatum: '2026-06-30', versie: p.versie + 1 });
    }
    const nuWel = await call(
      api.app,
      'PATCH',
      `/api/v1/formatieplaatsen/${p1.id}`,
      { einddatum: '2026-06-30' },
      { 'if-match': '"2"' },
    );
    expect(nuWel.statusCode, nuWel.body).toBe(200);
    // After its end the place no longer counts; before, it did.
    const juli = await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/formatie?peildatum=2026-07-01`);
    expect(juli.data.totaal).toEqual({ formatieFte: 1, bezettingFte: 0, vacatureFte: 1, boventalligFte: 0 });
    // The freed contract FTE can be placed elsewhere.
    const elders = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${p2.id}/plaatsingen`, {
      medewerkerId: m2.id,
      fte: 0.5,
      ingangsdatum: '2026-07-01',
      einddatum: '2026-12-31',
    });
    expect(elders.statusCode, elders.body).toBe(201);
  });
});

describe('who sees and changes the formatie', () => {
  it('lets a teamleider read the own team, with who fills it, but not another team nor change anything', async () => {
    const eigen = await call(
      api.app,
      'GET',
      `/api/v1/teams/${teamA.id}/formatie`,
      undefined,
      als(teamleider),
    );
    expect(eigen.statusCode, eigen.body).toBe(200);
    expect(eigen.data.mag).toEqual({ wijzigen: false });
    const ander = await call(
      api.app,
      'GET',
      `/api/v1/teams/${teamB.id}/formatie`,
      undefined,
      als(teamleider),
    );
    expect(ander.statusCode).toBe(403);
    expect(
      (await call(api.app, 'GET', `/api/v1/formatieplaatsen/${p3.id}`, undefined, als(teamleider)))
        .statusCode,
    ).toBe(403);
    const org = await call(
      api.app,
      'GET',
      '/api/v1/organisatie/formatie?peildatum=2026-04-01',
      undefined,
      als(teamleider),
    );
    expect(org.data.teams.map((t: { teamId: string }) => t.teamId)).toEqual([teamA.id]);
    const schrijf = await call(
      api.app,
      'POST',
      `/api/v1/teams/${teamA.id}/formatieplaatsen`,
      {
        functieNaam: 'X',
        salarisschaal: '8',
        fte: 1,
        ingangsdatum: '2026-01-01',
        soort: 'structureel',
        financiering: 'regulier',
      },
      als(teamleider),
    );
    expect(schrijf.statusCode).toBe(403);
  });

  it('shows the OR and the college the organisation totals only', async () => {
    for (const rol of ['or', 'college'] as const) {
      const s = await loginAls(api.db, [rol]);
      const org = await call(
        api.app,
        'GET',
        '/api/v1/organisatie/formatie?peildatum=2026-04-01',
        undefined,
        als(s),
      );
      expect(org.statusCode, org.body).toBe(200);
      // p1 went from 2 to 1,5 fte above.
      expect(org.data.totaal.formatieFte).toBe(3);
      expect(org.data.teams).toEqual([]);
      expect(
        (await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/formatie`, undefined, als(s))).statusCode,
      ).toBe(403);
    }
  });

  it('lets P&O alone (besides the directie) place people', async () => {
    const po = await loginAls(api.db, ['po']);
    const r = await call(
      api.app,
      'POST',
      `/api/v1/formatieplaatsen/${p3.id}/plaatsingen`,
      { medewerkerId: m1.id, fte: 0.1, ingangsdatum: '2026-08-01' },
      als(po),
    );
    expect(r.statusCode, r.body).toBe(201);
    const medewerker = await loginAls(api.db, ['medewerker'], { medewerkerId: m1.id });
    expect(
      (await call(api.app, 'GET', `/api/v1/plaatsingen/${r.data.id}`, undefined, als(medewerker))).statusCode,
    ).toBe(403);
  });
});
