import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berekenBeschikbaarheid } from '../../src/domain/beschikbaarheid';
import { feestdagenTussen } from '../../src/domain/feestdagen';
import { periodenTussen } from '../../src/domain/kalender';
import { type Api, buildMedewerker, buildTeam, call, loginAls, startApi } from './support';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const cel = (grid: any, medewerkerId: string, periode: string) =>
  grid.medewerkers
    .find((m: any) => m.medewerkerId === medewerkerId)
    .cellen.find((c: any) => c.periode === periode);

describe('team availability', () => {
  it('takes holidays, absence and the non-productive share off the contract hours', async () => {
    const team = await buildTeam(api.app);
    const a = await buildMedewerker(api.app, { teamId: team.id, urenPerWeek: 36 });
    const b = await buildMedewerker(api.app, { teamId: team.id, urenPerWeek: 24 });
    // 2026-W18: Monday 27 April is Koningsdag.
    const res = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W18&tot=2026-W19`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.data.nietProductiefAandeel).toBe(0.15);
    expect(cel(res.data, a.id, '2026-W18')).toEqual({
      periode: '2026-W18',
      contractUren: 36,
      feestdagUren: 7.2,
      brutoUren: 28.8,
      afwezigheidUren: 0,
      nietProductiefUren: 4.32,
      beschikbaar: 24.48,
      ingezetRobuust: 0,
      ingezetWendbaar: 0,
      vrij: 24.48,
      overboekt: false,
    });
    expect(cel(res.data, b.id, '2026-W18').beschikbaar).toBe(16.32);
    expect(res.data.totalen[0]).toMatchObject({ periode: '2026-W18', beschikbaar: 40.8 });

    const afw = await call(api.app, 'PUT', `/api/v1/medewerkers/${a.id}/afwezigheid/2026-W19`, { uren: 8 });
    expect(afw.statusCode).toBe(200);
    expect(afw.headers.etag).toBe('"1"');
    const na = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W19&tot=2026-W19`,
    );
    // W19 holds Bevrijdingsdag (Tuesday 5 May): 28.8 gross, 8 absent, 15% of the rest.
    expect(cel(na.data, a.id, '2026-W19')).toMatchObject({
      brutoUren: 28.8,
      afwezigheidUren: 8,
      nietProductiefUren: 3.12,
      beschikbaar: 17.68,
    });
  });

  it('changes a week of absence only with its current version', async () => {
    const m = await buildMedewerker(api.app);
    await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W20`, { uren: 4 });
    const zonder = await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W20`, {
      uren: 6,
    });
    expect(zonder.statusCode).toBe(409);
    expect(zonder.data.detail).toContain('If-Match');
    expect(zonder.data.type).toBe('urn:wendbaar:probleem:bestaat-al');
    const oud = await call(
      api.app,
      'PUT',
      `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W20`,
      { uren: 6 },
      { 'if-match': '"7"' },
    );
    expect(oud.statusCode).toBe(412);
    const goed = await call(
      api.app,
      'PUT',
      `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W20`,
      { uren: 6 },
      { 'if-match': '"1"' },
    );
    expect(goed.data).toEqual({ week: '2026-W20', uren: 6, versie: 2 });
    const lijst = await call(
      api.app,
      'GET',
      `/api/v1/medewerkers/${m.id}/afwezigheid?van=2026-W01&tot=2026-W52`,
    );
    expect(lijst.data.resultaten).toEqual([{ week: '2026-W20', uren: 6, versie: 2 }]);
  });

  it('refuses impossible weeks, negative hours and ranges that are back to front or too long', async () => {
    const team = await buildTeam(api.app);
    const m = await buildMedewerker(api.app, { teamId: team.id });
    const week = await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2025-W53`, { uren: -2 });
    expect(week.statusCode).toBe(400);
    expect(week.data.invalidParams.map((p: any) => p.name)).toEqual(['uren']);
    const bestaatNiet = await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2025-W53`, {
      uren: 2,
    });
    expect(bestaatNiet.statusCode).toBe(400);
    const omgekeerd = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W10&tot=2026-W01`,
    );
    expect(omgekeerd.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'tot', code: 'voor-van' }),
    ]);
    const onzin = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/beschikbaarheid?van=week1&tot=2026-13&per=maand`,
    );
    expect(onzin.data.invalidParams.map((p: any) => p.name)).toEqual(['van', 'tot']);
    const lang = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/beschikbaarheid?van=2020-01&tot=2026-12&per=maand`,
    );
    expect(lang.data.invalidParams[0]).toMatchObject({ name: 'tot', code: 'te-lang' });
  });

  it('follows the team’s own share and the organisation’s Bevrijdingsdag setting', async () => {
    const team = await buildTeam(api.app);
    const m = await buildMedewerker(api.app, { teamId: team.id, urenPerWeek: 40 });
    await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${team.id}`,
      { nietProductiefAandeel: 0.5 },
      { 'if-match': '"1"' },
    );
    const eigen = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W19&tot=2026-W19`,
    );
    expect(cel(eigen.data, m.id, '2026-W19')).toMatchObject({ brutoUren: 32, beschikbaar: 16 });
    const instellingen = await call(api.app, 'GET', '/api/v1/instellingen');
    const lustrum = await call(
      api.app,
      'PATCH',
      '/api/v1/instellingen',
      { bevrijdingsdag: 'lustrum' },
      { 'if-match': instellingen.headers.etag as string },
    );
    expect(lustrum.statusCode).toBe(200);
    const na = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W19&tot=2026-W19`,
    );
    expect(cel(na.data, m.id, '2026-W19')).toMatchObject({ brutoUren: 40, beschikbaar: 20 });
    await call(
      api.app,
      'PATCH',
      '/api/v1/instellingen',
      { bevrijdingsdag: 'jaarlijks' },
      { 'if-match': lustrum.headers.etag as string },
    );
  });

  it('is refused to a teamleider of another team and to a medewerker', async () => {
    const team = await buildTeam(api.app);
    const mw = await loginAls(api.db, ['medewerker']);
    expect(
      (
        await call(
          api.app,
          'GET',
          `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W01&tot=2026-W02`,
          undefined,
          mw,
        )
      ).statusCode,
    ).toBe(403);
    const tl = await loginAls(api.db, ['teamleider']);
    expect(
      (
        await call(
          api.app,
          'GET',
          `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W01&tot=2026-W02`,
          undefined,
          tl,
        )
      ).statusCode,
    ).toBe(403);
  });
});

describe('the database and the domain agree', () => {
  it('gives per month exactly what the day-by-day domain function gives, for random contracts and absence', async () => {
    const uren = fc.constantFrom(8, 16, 18, 24, 28, 32, 36, 40);
    await fc.assert(
      fc.asyncProperty(
        uren,
        uren,
        fc.integer({ min: 1, max: 300 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 52 }), fc.integer({ min: 0, max: 40 })), {
          maxLength: 4,
        }),
        async (a, b, wisselDag, afwezig) => {
          const wissel = new Date(Date.UTC(2026, 0, 1 + wisselDag)).toISOString().slice(0, 10);
          const m = await buildMedewerker(api.app, { urenPerWeek: a, inDienst: '2025-06-01' });
          const wijziging = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/contracturen`, {
            urenPerWeek: b,
            ingangsdatum: wissel,
            // Changes more than a month back need a reason (issue 12, part 4).
            reden: 'Correctie uit de salarisadministratie',
          });
          expect(wijziging.statusCode, wijziging.body).toBeLessThan(300);
          const weken = new Map<string, number>();
          for (const [w, u] of afwezig) weken.set(`2026-W${String(w).padStart(2, '0')}`, u);
          for (const [w, u] of weken) {
            const r = await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/${w}`, { uren: u });
            // More than the week's hours is refused now; what is stored is what counts.
            if (r.statusCode !== 200) weken.delete(w);
          }
          const res = await call(
            api.app,
            'GET',
            `/api/v1/medewerkers/${m.id}/beschikbaarheid?per=maand&van=2026-01&tot=2026-12`,
          );
          const contracten = [
            {
              urenPerWeek: a,
              ingangsdatum: '2025-06-01',
              einddatum: new Date(Date.UTC(2026, 0, wisselDag)).toISOString().slice(0, 10),
            },
            { urenPerWeek: b, ingangsdatum: wissel, einddatum: null },
          ];
          for (const p of periodenTussen('maand', '2026-01-01', '2026-12-31')) {
            // Absence of a week counts on its working days in service, by the domain's day rule.
            const verwacht = berekenBeschikbaarheid({
              van: p.van,
              tot: p.tot,
              contracten,
              dienstverband: { inDienst: '2025-06-01', uitDienst: null },
              feestdagen: feestdagenTussen('2025-12-01', '2027-01-31'),
              afwezigheid: weken,
              teams: [],
              nietProductiefAandeel: 0.15,
            });
            const echt = res.data.cellen.find((c: any) => c.periode === p.sleutel);
            expect(echt.beschikbaar, `${p.sleutel}`).toBe(verwacht.beschikbaar);
            expect(echt.afwezigheidUren, `${p.sleutel}`).toBe(verwacht.afwezigheidUren);
            expect(echt.feestdagUren).toBeCloseTo(verwacht.feestdagUren, 2);
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);
});

// Issue 12, part 6: one availability in every view.
describe('one availability, every view', () => {
  const views = async (id: string, per: string, van: string, tot: string) =>
    (await call(api.app, 'GET', `/api/v1/medewerkers/${id}/beschikbaarheid?per=${per}&van=${van}&tot=${tot}`))
      .data;

  it('Koningsdag week 2026-W18 (36 h contract): the week, April + May and Q2 take the same absence', async () => {
    const m = await buildMedewerker(api.app, { urenPerWeek: 36 });
    const teveel = await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W18`, {
      uren: 36,
    });
    expect(teveel.statusCode).toBe(400);
    expect(teveel.data.invalidParams).toEqual([
      expect.objectContaining({
        name: 'uren',
        code: 'boven-week-uren',
        reason: expect.stringContaining('28,8'),
      }),
    ]);
    // 36 h stored before this check existed still counts for no more than the week's 28.8 h.
    await api.db
      .insertInto('afwezigheid')
      .values({ medewerker_id: m.id, week: '2026-W18', uren: 36 })
      .execute();
    const week = await views(m.id, 'week', '2026-W18', '2026-W18');
    expect(week.cellen[0]).toMatchObject({ brutoUren: 28.8, afwezigheidUren: 28.8, beschikbaar: 0 });
    const maanden = await views(m.id, 'maand', '2026-04', '2026-05');
    // Tuesday 28 – Thursday 30 April in April, Friday 1 May in May (the old rule took 28.8 + 7.2 = 36).
    expect(maanden.cellen.map((c: any) => c.afwezigheidUren)).toEqual([21.6, 7.2]);
    expect(maanden.cellen.map((c: any) => c.beschikbaar)).toEqual([104.04, 104.04]);
    const kwartaal = await views(m.id, 'kwartaal', '2026-Q2', '2026-Q2');
    expect(kwartaal.perioden).toEqual([{ sleutel: '2026-Q2', van: '2026-04-01', tot: '2026-06-30' }]);
    expect(kwartaal.cellen[0]).toMatchObject({ afwezigheidUren: 28.8, beschikbaar: 342.72 });
  });

  it('says which year “2026” is, and offers both the calendar year and the ISO year', async () => {
    const m = await buildMedewerker(api.app, { urenPerWeek: 36 });
    const kalender = await views(m.id, 'jaar', '2026', '2026');
    expect(kalender).toMatchObject({
      per: 'jaar',
      jaartelling: 'kalenderjaar',
      perioden: [{ sleutel: '2026', van: '2026-01-01', tot: '2026-12-31' }],
    });
    expect(kalender.cellen[0].beschikbaar).toBe(1554.48);
    const iso = await views(m.id, 'isojaar', '2026-ISO', '2026-ISO');
    expect(iso).toMatchObject({
      per: 'isojaar',
      jaartelling: 'isojaar',
      perioden: [{ sleutel: '2026-ISO', van: '2025-12-29', tot: '2027-01-03' }],
    });
    expect(iso.cellen[0].beschikbaar).toBe(1572.84);
    const weken = await views(m.id, 'week', '2026-W01', '2026-W53');
    expect(weken.jaartelling).toBe('isojaar');
    expect(weken.totaal.beschikbaar).toBe(1572.84);
    expect((await views(m.id, 'maand', '2026-01', '2026-12')).totaal.beschikbaar).toBe(1554.48);
    expect((await views(m.id, 'kwartaal', '2026-Q1', '2026-Q4')).totaal.beschikbaar).toBe(1554.48);
    const fout = await call(
      api.app,
      'GET',
      `/api/v1/medewerkers/${m.id}/beschikbaarheid?per=isojaar&van=2026&tot=2026`,
    );
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams[0]).toMatchObject({
      name: 'van',
      reason: expect.stringContaining('2026-ISO'),
    });
    const lang = await call(
      api.app,
      'GET',
      `/api/v1/medewerkers/${m.id}/beschikbaarheid?per=jaar&van=2020&tot=2030`,
    );
    expect(lang.data.invalidParams[0]).toMatchObject({ name: 'tot', code: 'te-lang' });
  });

  it('refuses absence in a week wholly outside the employment, and spreads a partial week over its days in service', async () => {
    // In service from Wednesday 11 March 2026 until Friday 27 November 2026.
    const m = await buildMedewerker(api.app, { urenPerWeek: 36, inDienst: '2026-03-11' });
    await api.db.updateTable('medewerker').set({ uit_dienst: '2026-11-27' }).where('id', '=', m.id).execute();
    const ervoor = await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W05`, {
      uren: 8,
    });
    expect(ervoor.statusCode).toBe(400);
    expect(ervoor.data.invalidParams).toEqual([
      expect.objectContaining({
        name: 'week',
        code: 'buiten-dienstverband',
        reason: expect.stringContaining('2026-03-11'),
      }),
    ]);
    const erna = await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W49`, { uren: 8 });
    expect(erna.data.invalidParams[0]).toMatchObject({ name: 'week', code: 'buiten-dienstverband' });
    // 0 hours is always allowed: it clears a week.
    expect(
      (await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W49`, { uren: 0 }))
        .statusCode,
    ).toBe(200);
    // W11: Wednesday to Friday in service, 21.6 h; more is refused, the rest lands on those days.
    const teveel = await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W11`, {
      uren: 22,
    });
    expect(teveel.data.invalidParams[0]).toMatchObject({
      name: 'uren',
      reason: expect.stringContaining('21,6'),
    });
    expect(
      (await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/2026-W11`, { uren: 14.4 }))
        .statusCode,
    ).toBe(200);
    const week = await views(m.id, 'week', '2026-W11', '2026-W11');
    expect(week.cellen[0]).toMatchObject({ brutoUren: 21.6, afwezigheidUren: 14.4 });
    // A week stored before the employment changed is ignored by the sums, as docs/beschikbaarheid.md says.
    await api.db
      .insertInto('afwezigheid')
      .values({ medewerker_id: m.id, week: '2026-W06', uren: 20 })
      .execute();
    const feb = await views(m.id, 'maand', '2026-02', '2026-03');
    expect(feb.cellen.map((c: any) => c.afwezigheidUren)).toEqual([0, 14.4]);
  });

  it('a team grid per quarter carries its periods and which year it counts in', async () => {
    const team = await buildTeam(api.app);
    await buildMedewerker(api.app, { teamId: team.id, urenPerWeek: 36 });
    const r = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/beschikbaarheid?per=kwartaal&van=2026-Q1&tot=2026-Q4`,
    );
    expect(r.statusCode).toBe(200);
    expect(r.data.jaartelling).toBe('kalenderjaar');
    expect(r.data.perioden.map((p: any) => p.sleutel)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(r.data.totalen.reduce((s: number, c: any) => s + c.beschikbaar, 0)).toBeCloseTo(1554.48, 2);
  });
});
