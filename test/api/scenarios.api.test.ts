import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../src/domain/datum';
import {
  type Api,
  als,
  buildMedewerker,
  buildScenario,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  sessieHeaders,
  snapshot,
  startApi,
} from './support';

/**
 * Scenario's (issue 13, item 5), on a small hand-built case in the current year J (the trede on a
 * medewerker is the current year's). No werkgeverslasten, so a month costs the table amount × FTE.
 * Scale 10: treden 0–6 at 3400 … 4100, a vacancy at the middle trede 3 (3700); scale 11: treden 0–2
 * at 4000, 4200, 4400, a vacancy at trede 1 (4200).
 *
 * Live: team A has P1 (scale 10, 1 fte, filled by m1 at trede 5: 4000 a month, 4100 from J+1), P2
 * (scale 10, 1 fte, vacant) and P3 (scale 10, 0,5 fte, vacant). Loonsom J: 48.000 + 44.400 + 22.200
 * = 114.600; J+1: 49.200 + 44.400 + 22.200 = 115.800.
 *
 * Scenario S (peildatum J-01-01): P1 to team B from J-07-01; P2 to scale 11 from J-07-01; P3 ended
 * from J-10-01; a new place in team B (scale 11, 0,5 fte) from J-07-01; team B's budget J 60.000.
 * Loonsom J: P1 48.000 (24.000 in each team) + P2 22.200 + 25.200 + P3 9 × 1.850 = 16.650 + new
 * 6 × 2.100 = 12.600 → 124.650; J+1: 49.200 + 50.400 + 0 + 25.200 = 124.800.
 */
const J = Number(vandaag().slice(0, 4));
const CSV = [
  'schaal;trede;bedrag',
  ...[3400, 3500, 3600, 3700, 3800, 4000, 4100].map((b, t) => `10;${t};${b}`),
  ...[4000, 4200, 4400].map((b, t) => `11;${t};${b}`),
].join('\n');

let api: Api;
let teamA: { id: string };
let teamB: { id: string };
let p1: { id: string };
let p2: { id: string };
let p3: { id: string };
let s: { id: string; versie: number };
let s2: { id: string };
let college: Sessie;
let po: Sessie;
let directeur: Sessie;

/**
 * A column's figures without the capacity gap: adopting turns the scenario into live formatie, but
 * its new places are vacant until filled, while the scenario's gap counts them as filled (the
 * planning assumption in src/domain/capaciteitstekort.ts). Everything else must be equal.
 */
const zonderTekort = ({ capaciteitstekortFte: _, ...rest }: any) => rest;

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

const wijziging = (id: string, body: Record<string, unknown>, sessie?: Sessie) =>
  call(api.app, 'POST', `/api/v1/scenarios/${id}/wijzigingen`, body, sessie ? als(sessie) : {});

beforeAll(async () => {
  api = await startApi();
  teamA = await buildTeam(api.app, { naam: 'Team A' });
  teamB = await buildTeam(api.app, { naam: 'Team B' });
  const m1 = await buildMedewerker(api.app, { teamId: teamA.id, schaal: 10, trede: 5, urenPerWeek: 36 });
  p1 = await plaats(teamA.id, 1);
  p2 = await plaats(teamA.id, 1);
  p3 = await plaats(teamA.id, 0.5);
  const r = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${p1.id}/plaatsingen`, {
    medewerkerId: m1.id,
    fte: 1,
    ingangsdatum: `${J}-01-01`,
  });
  expect(r.statusCode, r.body).toBe(201);
  const tabel = await api.app.inject({
    method: 'POST',
    url: `/api/v1/salaristabellen?geldigVanaf=${J}-01-01`,
    headers: { ...sessieHeaders(api.app), 'content-type': 'text/csv' },
    payload: CSV,
  });
  expect(tabel.statusCode, tabel.body).toBe(201);
  college = await loginAls(api.db, ['college']);
  po = await loginAls(api.db, ['po']);
  directeur = await loginAls(api.db, ['directeur']);
});
afterAll(async () => {
  await api.close();
});

describe("scenario's", () => {
  it('creates a scenario and adds each kind of wijziging without touching live data', async () => {
    const voor = await snapshot(api);
    s = await buildScenario(api.app, { naam: 'Herinrichting', peildatum: `${J}-01-01` }, po);
    expect(s).toMatchObject({ naam: 'Herinrichting', status: 'concept', versie: 1, wijzigingen: [] });
    expect((s as any).mag).toEqual({ wijzigen: true, opmerkingMaken: true, vaststellen: false });
    const stappen = [
      { soort: 'plaats-verplaatsen', ingangsdatum: `${J}-07-01`, formatieplaatsId: p1.id, teamId: teamB.id },
      {
        soort: 'plaats-herschalen',
        ingangsdatum: `${J}-07-01`,
        formatieplaatsId: p2.id,
        salarisschaal: '11',
      },
      { soort: 'plaats-beeindigen', ingangsdatum: `${J}-10-01`, formatieplaatsId: p3.id },
      {
        soort: 'plaats-toevoegen',
        ingangsdatum: `${J}-07-01`,
        teamId: teamB.id,
        functieNaam: 'Adviseur',
        salarisschaal: '11',
        fte: 0.5,
        plaatssoort: 'structureel',
        financiering: 'regulier',
      },
      { soort: 'budget-wijzigen', teamId: teamB.id, jaar: J, bedrag: 60_000 },
    ];
    let laatste: any;
    for (const stap of stappen) {
      laatste = await wijziging(s.id, stap, po);
      expect(laatste.statusCode, laatste.body).toBe(201);
    }
    expect(laatste.data.versie).toBe(6);
    expect(laatste.data.wijzigingen.map((w: any) => [w.volgnummer, w.soort, w.problemen])).toEqual([
      [1, 'plaats-verplaatsen', []],
      [2, 'plaats-herschalen', []],
      [3, 'plaats-beeindigen', []],
      [4, 'plaats-toevoegen', []],
      [5, 'budget-wijzigen', []],
    ]);
    expect(laatste.data.wijzigingen[4]).toMatchObject({ teamId: teamB.id, jaar: J, bedrag: 60_000 });
    s = laatste.data;
    expect(await snapshot(api)).toBe(voor);
  });

  it('refuses a bad wijziging with every problem listed', async () => {
    const ontbreekt = await wijziging(s.id, { soort: 'plaats-verplaatsen' });
    expect(ontbreekt.statusCode).toBe(400);
    expect(ontbreekt.headers['content-type']).toContain('application/problem+json');
    expect(ontbreekt.data.invalidParams.map((p: any) => p.name).sort()).toEqual([
      'formatieplaatsId',
      'ingangsdatum',
      'teamId',
    ]);
    const fout = await wijziging(s.id, {
      soort: 'plaats-herschalen',
      ingangsdatum: `${J - 1}-06-01`,
      formatieplaatsId: p2.id,
      salarisschaal: '99',
      jaar: J,
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: any) => `${p.name}:${p.code}`)).toEqual([
      'jaar:niet-van-toepassing',
    ]);
    const regels = await wijziging(s.id, {
      soort: 'plaats-herschalen',
      ingangsdatum: `${J - 1}-06-01`,
      formatieplaatsId: p2.id,
      salarisschaal: '99',
    });
    expect(regels.statusCode).toBe(400);
    // Before the peildatum, and P2 did not run then (it starts on J-01-01).
    expect(regels.data.invalidParams.map((p: any) => `${p.name}:${p.code}`)).toEqual([
      'ingangsdatum:voor-peildatum',
      'formatieplaatsId:niet-in-kracht',
    ]);
    const schaal = await wijziging(s.id, {
      soort: 'plaats-herschalen',
      ingangsdatum: `${J}-03-01`,
      formatieplaatsId: p2.id,
      salarisschaal: '99',
      fte: 0.5,
    });
    expect(schaal.data.invalidParams.map((p: any) => `${p.name}:${p.code}`)).toEqual([
      'salarisschaal:onbekende-schaal',
    ]);
    const onbekend = await wijziging(s.id, {
      soort: 'plaats-verplaatsen',
      ingangsdatum: `${J}-03-01`,
      formatieplaatsId: crypto.randomUUID(),
      teamId: crypto.randomUUID(),
    });
    expect(onbekend.data.invalidParams.map((p: any) => `${p.name}:${p.code}`)).toEqual([
      'formatieplaatsId:bestaat-niet',
    ]);
    const team = await wijziging(s.id, {
      soort: 'plaats-verplaatsen',
      ingangsdatum: `${J}-03-01`,
      formatieplaatsId: p2.id,
      teamId: crypto.randomUUID(),
    });
    expect(team.data.invalidParams.map((p: any) => `${p.name}:${p.code}`)).toEqual(['teamId:bestaat-niet']);
    const nul = await wijziging(s.id, {
      soort: 'plaats-herschalen',
      ingangsdatum: `${J}-03-01`,
      formatieplaatsId: p2.id,
      fte: 0,
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.data.invalidParams.map((p: any) => p.name)).toEqual(['fte']);
    // Ended in the scenario itself from J-10-01: it cannot be re-scaled after that.
    const beeindigd = await wijziging(s.id, {
      soort: 'plaats-herschalen',
      ingangsdatum: `${J}-11-01`,
      formatieplaatsId: p3.id,
      fte: 1,
    });
    expect(beeindigd.data.invalidParams.map((p: any) => `${p.name}:${p.code}`)).toEqual([
      'formatieplaatsId:niet-in-kracht',
    ]);
    const nogSteeds = await call(api.app, 'GET', `/api/v1/scenarios/${s.id}`);
    expect(nogSteeds.data.versie).toBe(s.versie);
  });

  it('removes a wijziging, and refuses a stale or missing If-Match', async () => {
    const extra = await wijziging(s.id, {
      soort: 'budget-wijzigen',
      teamId: teamA.id,
      jaar: J + 1,
      bedrag: 1,
    });
    expect(extra.statusCode).toBe(201);
    const id = extra.data.wijzigingen.at(-1).id;
    const weg = await call(api.app, 'DELETE', `/api/v1/scenarios/${s.id}/wijzigingen/${id}`, undefined, {
      'if-match': `"${extra.data.versie}"`,
    });
    expect(weg.statusCode, weg.body).toBe(200);
    expect(weg.data.wijzigingen).toHaveLength(5);
    const url = `/api/v1/scenarios/${s.id}`;
    expect((await call(api.app, 'PATCH', url, { naam: 'X' })).statusCode).toBe(428);
    expect(
      (await call(api.app, 'PATCH', url, { naam: 'X' }, { 'if-match': `"${s.versie}"` })).statusCode,
    ).toBe(412);
    const nu = await call(
      api.app,
      'PATCH',
      url,
      { toelichting: 'Voor de kadernota' },
      { 'if-match': `"${weg.data.versie}"` },
    );
    expect(nu.statusCode, nu.body).toBe(200);
    s = nu.data;
  });

  it('compares the scenario with the current formatie, with hand-checked figures', async () => {
    const res = await call(api.app, 'GET', `/api/v1/scenarios/${s.id}/vergelijking`);
    expect(res.statusCode, res.body).toBe(200);
    const { datum, jaren, kolommen } = res.data;
    expect(datum).toBe(`${J}-10-01`);
    expect(jaren).toEqual([J, J + 1, J + 2, J + 3]);
    const [huidig, scenario] = kolommen;
    expect(huidig.totaal).toMatchObject({ formatieFte: 2.5, bezettingFte: 1, vacatureFte: 1.5 });
    expect(huidig.totaal.loonsom.slice(0, 2)).toEqual([
      { jaar: J, totaal: 114_600, vacatures: 66_600, budget: null, ruimte: null },
      { jaar: J + 1, totaal: 115_800, vacatures: 66_600, budget: null, ruimte: null },
    ]);
    expect(scenario.totaal).toMatchObject({ formatieFte: 2.5, bezettingFte: 1, vacatureFte: 1.5 });
    // The capacity gap (src/domain/capaciteitstekort.ts), over the four quarters from ${J}-10-01. No
    // demand; m1 (team A, 36 h) is 0,85 fte net available, on 1 fte bezetting: a net share of 0,85.
    // Live: A −0,85, B 0. Scenario: A keeps 1 of its 2,5 fte formatie: −0,85 + 1,5 × 0,85 = 0,425;
    // B gains 1,5 fte at the organisation's share 0,85: −1,275. Together −0,85 again.
    expect(huidig.totaal.capaciteitstekortFte).toBe(-0.85);
    expect(scenario.totaal.capaciteitstekortFte).toBe(-0.85);
    expect(scenario.verschil.capaciteitstekortFte).toBe(0);
    expect(scenario.teams.map((t: any) => [t.naam, t.capaciteitstekortFte])).toEqual([
      ['Team A', 0.43],
      ['Team B', -1.28],
    ]);
    expect(scenario.totaal.loonsom.slice(0, 2)).toEqual([
      { jaar: J, totaal: 124_650, vacatures: 76_650, budget: 60_000, ruimte: -64_650 },
      { jaar: J + 1, totaal: 124_800, vacatures: 75_600, budget: null, ruimte: null },
    ]);
    expect(scenario.verschil.loonsom.slice(0, 2)).toEqual([
      { jaar: J, totaal: 10_050 },
      { jaar: J + 1, totaal: 9_000 },
    ]);
    const b = scenario.teams.find((t: any) => t.teamId === teamB.id);
    expect(b).toMatchObject({ formatieFte: 1.5, bezettingFte: 1, vacatureFte: 0.5 });
    expect(b.loonsom[0]).toEqual({
      jaar: J,
      totaal: 36_600,
      vacatures: 12_600,
      budget: 60_000,
      ruimte: 23_400,
    });
    const a = scenario.teams.find((t: any) => t.teamId === teamA.id);
    expect(a).toMatchObject({ formatieFte: 1, bezettingFte: 0, vacatureFte: 1 });
    expect(a.loonsom[0].totaal).toBe(124_650 - 36_600);
  });

  it('compares scenarios side by side', async () => {
    s2 = await buildScenario(api.app, { naam: 'Alternatief', peildatum: `${J}-01-01` });
    const w = await wijziging(s2.id, {
      soort: 'plaats-herschalen',
      ingangsdatum: `${J}-11-01`,
      formatieplaatsId: p3.id,
      fte: 1,
    });
    expect(w.statusCode, w.body).toBe(201);
    const res = await call(
      api.app,
      'GET',
      `/api/v1/scenario-vergelijking?scenarios=${s.id},${s2.id}&jaar=${J}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.kolommen.map((k: any) => k.naam)).toEqual([
      'Huidige formatie',
      'Herinrichting',
      'Alternatief',
    ]);
    expect(res.data.datum).toBe(`${J}-11-01`);
    // P3 at 1 fte from J-11-01: two months of 0,5 fte more at 3700.
    expect(res.data.kolommen[2].verschil.loonsom[0]).toEqual({ jaar: J, totaal: 3_700 });
    expect(res.data.kolommen[2].totaal.formatieFte).toBe(3);
    const een = await call(api.app, 'GET', `/api/v1/scenario-vergelijking?scenarios=${s.id}`);
    expect(een.statusCode).toBe(400);
  });

  it('shows a proposed scenario to the college as totals, with comments; a concept one not', async () => {
    expect(
      (await call(api.app, 'GET', `/api/v1/scenarios/${s.id}`, undefined, als(college))).statusCode,
    ).toBe(403);
    expect(
      (await call(api.app, 'GET', '/api/v1/scenarios', undefined, als(college))).data.resultaten,
    ).toEqual([]);
    const voorstel = await call(
      api.app,
      'PATCH',
      `/api/v1/scenarios/${s.id}`,
      { status: 'voorgesteld' },
      { 'if-match': `"${s.versie}"` },
    );
    expect(voorstel.statusCode, voorstel.body).toBe(200);
    s = voorstel.data;
    const gezien = await call(api.app, 'GET', `/api/v1/scenarios/${s.id}`, undefined, als(college));
    expect(gezien.statusCode).toBe(200);
    expect(gezien.data.mag).toEqual({ wijzigen: false, opmerkingMaken: true, vaststellen: false });
    const cijfers = await call(
      api.app,
      'GET',
      `/api/v1/scenarios/${s.id}/vergelijking`,
      undefined,
      als(college),
    );
    expect(cijfers.statusCode).toBe(200);
    expect(cijfers.data.kolommen.every((k: any) => k.teams.length === 0)).toBe(true);
    const opmerking = await call(
      api.app,
      'POST',
      `/api/v1/scenarios/${s.id}/opmerkingen`,
      { tekst: 'Graag de dekking voor team B toelichten.' },
      als(college),
    );
    expect(opmerking.statusCode, opmerking.body).toBe(201);
    expect(opmerking.data.opmerkingen).toEqual([
      expect.objectContaining({ tekst: 'Graag de dekking voor team B toelichten.', auteur: 'Test college' }),
    ]);
    const wijzig = await wijziging(
      s.id,
      { soort: 'budget-wijzigen', teamId: teamA.id, jaar: J, bedrag: 1 },
      college,
    );
    expect(wijzig.statusCode).toBe(403);
  });

  it('lets only the directie adopt: the live formatie changes from the ingangsdatum, audited, once', async () => {
    const voor = (await call(api.app, 'GET', `/api/v1/scenarios/${s.id}/vergelijking`)).data;
    const besluit = {
      besluitdatum: `${J}-06-15`,
      kenmerk: 'DIR-2026-042',
      omschrijving: 'Herinrichting vastgesteld',
    };
    const url = `/api/v1/scenarios/${s.id}/vaststellingen`;
    expect(
      (await call(api.app, 'POST', url, besluit, als(po, { 'if-match': `"${s.versie}"` }))).statusCode,
    ).toBe(403);
    expect(
      (await call(api.app, 'POST', url, besluit, als(directeur, { 'if-match': '"1"' }))).statusCode,
    ).toBe(412);
    const res = await call(api.app, 'POST', url, besluit, als(directeur, { 'if-match': `"${s.versie}"` }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data.status).toBe('vastgesteld');
    expect(res.data.besluit).toMatchObject({ besluitdatum: `${J}-06-15`, kenmerk: 'DIR-2026-042' });
    expect(res.data.mag).toEqual({ wijzigen: false, opmerkingMaken: true, vaststellen: false });

    // The live formatie: P1 ends on J-06-30 in team A and continues in team B with m1 on it.
    const oud = (await call(api.app, 'GET', `/api/v1/formatieplaatsen/${p1.id}`)).data;
    expect(oud).toMatchObject({ teamId: teamA.id, einddatum: `${J}-06-30` });
    expect(oud.plaatsingen.map((p: any) => p.einddatum)).toEqual([`${J}-06-30`]);
    const b = (await call(api.app, 'GET', `/api/v1/teams/${teamB.id}/formatie?peildatum=${J}-07-01`)).data;
    expect(
      b.formatieplaatsen.map((p: any) => [p.functie.naam, p.salarisschaal, p.fte, p.ingangsdatum]),
    ).toEqual([
      ['Adviseur', '11', 0.5, `${J}-07-01`],
      ['Beleidsmedewerker', '10', 1, `${J}-07-01`],
    ]);
    expect(b.totaal).toMatchObject({ formatieFte: 1.5, bezettingFte: 1, vacatureFte: 0.5 });
    expect((await call(api.app, 'GET', `/api/v1/formatieplaatsen/${p3.id}`)).data.einddatum).toBe(
      `${J}-09-30`,
    );
    const loonsom = (await call(api.app, 'GET', `/api/v1/organisatie/loonsom?jaar=${J}`)).data;
    expect(loonsom.jaren[0]).toMatchObject({ totaal: 124_650, budget: 60_000 });

    // Adopting and then reading the formatie gives the scenario's own figures.
    const na = (await call(api.app, 'GET', `/api/v1/scenarios/${s2.id}/vergelijking?datum=${voor.datum}`))
      .data;
    expect(zonderTekort(na.kolommen[0].totaal)).toEqual(zonderTekort(voor.kolommen[1].totaal));
    expect(na.kolommen[0].teams.map(zonderTekort)).toEqual(voor.kolommen[1].teams.map(zonderTekort));

    const audit = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'POST /scenarios/{scenarioId}/vaststellingen')
      .where('resultaat', '=', 'gelukt')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({
      besluitKenmerk: 'DIR-2026-042',
      plaatsenToegevoegd: 3,
      budgettenGezet: 1,
    });

    const nogmaals = await call(
      api.app,
      'POST',
      url,
      besluit,
      als(directeur, { 'if-match': `"${res.data.versie}"` }),
    );
    expect(nogmaals.statusCode).toBe(409);
    expect(nogmaals.data.detail).toContain('al vastgesteld');
    const wijzig = await wijziging(s.id, { soort: 'budget-wijzigen', teamId: teamA.id, jaar: J, bedrag: 1 });
    expect(wijzig.statusCode).toBe(409);
  });

  it('refuses to adopt a scenario the live formatie no longer fits, with what to do', async () => {
    const huidig = (await call(api.app, 'GET', `/api/v1/scenarios/${s2.id}`)).data;
    expect(huidig.wijzigingen[0].problemen.map((p: any) => p.code)).toEqual(['niet-in-kracht']);
    const voor = await snapshot(api);
    const res = await call(
      api.app,
      'POST',
      `/api/v1/scenarios/${s2.id}/vaststellingen`,
      { besluitdatum: `${J}-06-20`, kenmerk: 'DIR-2' },
      als(directeur, { 'if-match': `"${huidig.versie}"` }),
    );
    expect(res.statusCode, res.body).toBe(409);
    expect(res.data.type).toContain('past-niet-meer');
    expect(res.data.detail).toContain('Pas deze wijzigingen in het scenario aan of verwijder ze');
    expect(await snapshot(api)).toBe(voor);
  });
});

describe("scenario's, any wijzigingen", () => {
  const DATUMS = [`${J}-02-01`, `${J}-07-01`, `${J}-11-01`];
  const stap = fc.oneof(
    fc.record({
      soort: fc.constant('plaats-beeindigen'),
      plaats: fc.nat(5),
      ingangsdatum: fc.constantFrom(...DATUMS),
    }),
    fc.record({
      soort: fc.constant('plaats-verplaatsen'),
      plaats: fc.nat(5),
      ingangsdatum: fc.constantFrom(...DATUMS),
      team: fc.constantFrom(0, 1),
    }),
    fc.record({
      soort: fc.constant('plaats-herschalen'),
      plaats: fc.nat(5),
      ingangsdatum: fc.constantFrom(...DATUMS),
      salarisschaal: fc.constantFrom('10', '11'),
      fte: fc.constantFrom(0.5, 1, 2),
    }),
    fc.record({
      soort: fc.constant('plaats-toevoegen'),
      ingangsdatum: fc.constantFrom(...DATUMS),
      team: fc.constantFrom(0, 1),
      salarisschaal: fc.constantFrom('10', '11'),
      fte: fc.constantFrom(0.5, 1),
    }),
    fc.record({
      soort: fc.constant('budget-wijzigen'),
      team: fc.constantFrom(0, 1),
      jaar: fc.constantFrom(J, J + 1),
      bedrag: fc.integer({ min: 0, max: 200_000 }),
    }),
  );

  it('adopting and then reading the formatie gives the scenario’s own figures (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stap, { minLength: 1, maxLength: 4 }), async (stappen) => {
        const teams = [teamA.id, teamB.id];
        const plaatsen = (
          await Promise.all(
            teams.map(
              async (t) =>
                (
                  await call(api.app, 'GET', `/api/v1/teams/${t}/formatie?peildatum=${J}-01-15`)
                ).data,
            ),
          )
        ).flatMap((f) => f.formatieplaatsen.map((p: { id: string }) => p.id));
        const sc = await buildScenario(api.app, { peildatum: `${J}-01-01` });
        let versie = sc.versie;
        for (const st of stappen) {
          const { plaats: i, team, ...rest } = st as Record<string, any>;
          const body = {
            ...rest,
            ...(i !== undefined
              ? { formatieplaatsId: plaatsen[i % Math.max(1, plaatsen.length)] ?? crypto.randomUUID() }
              : {}),
            ...(team !== undefined ? { teamId: teams[team] } : {}),
            ...(st.soort === 'plaats-toevoegen'
              ? { functieNaam: 'Adviseur', plaatssoort: 'structureel', financiering: 'regulier' }
              : {}),
          };
          const r = await wijziging(sc.id, body);
          expect([201, 400], r.body).toContain(r.statusCode);
          if (r.statusCode === 201) versie = r.data.versie;
        }
        const q = `?datum=${J}-12-01&jaar=${J}`;
        const voor = (await call(api.app, 'GET', `/api/v1/scenarios/${sc.id}/vergelijking${q}`)).data;
        const res = await call(
          api.app,
          'POST',
          `/api/v1/scenarios/${sc.id}/vaststellingen`,
          { besluitdatum: `${J}-06-01`, kenmerk: 'P' },
          { 'if-match': `"${versie}"` },
        );
        if (versie === sc.versie) {
          expect(res.statusCode).toBe(409);
          return;
        }
        expect(res.statusCode, res.body).toBe(201);
        const na = (await call(api.app, 'GET', `/api/v1/scenarios/${sc.id}/vergelijking${q}`)).data;
        expect(zonderTekort(na.kolommen[0].totaal)).toEqual(zonderTekort(voor.kolommen[1].totaal));
        expect(na.kolommen[0].teams.map(zonderTekort)).toEqual(voor.kolommen[1].teams.map(zonderTekort));
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
