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
          await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/contracturen`, {
            urenPerWeek: b,
            ingangsdatum: wissel,
          });
          const weken = new Map<string, number>();
          for (const [w, u] of afwezig) weken.set(`2026-W${String(w).padStart(2, '0')}`, u);
          for (const [w, u] of weken)
            await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/${w}`, { uren: u });
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
            // Absence of a week counts for its weekdays in the month, a fifth each.
            let afw = 0;
            for (const [w, u] of weken) {
              for (const dag of periodenTussen('week', p.van, p.tot).filter((x) => x.sleutel === w)) {
                for (let i = 0; i < 5; i++) {
                  const d = new Date(`${dag.van}T00:00:00Z`);
                  d.setUTCDate(d.getUTCDate() + i);
                  const iso = d.toISOString().slice(0, 10);
                  if (iso >= p.van && iso <= p.tot) afw += u / 5;
                }
              }
            }
            const verwacht = berekenBeschikbaarheid({
              van: p.van,
              tot: p.tot,
              contracten,
              dienstverband: { inDienst: '2025-06-01', uitDienst: null },
              feestdagen: feestdagenTussen(p.van, p.tot),
              afwezigheidUren: afw,
              nietProductiefAandeel: 0.15,
            });
            const echt = res.data.cellen.find((c: any) => c.periode === p.sleutel);
            expect(echt.beschikbaar, `${p.sleutel}`).toBeCloseTo(verwacht.beschikbaar, 2);
            expect(echt.feestdagUren).toBeCloseTo(verwacht.feestdagUren, 2);
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);
});
