import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  buildExpertise,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  snapshot,
  startApi,
} from './support';

let api: Api;
let regisseur: Sessie;
let jeugd: { id: string };
let data: { id: string };
let vragen: { jeugd: string; data: string; concept: string };
const als = (s: Sessie) => ({ cookie: s.cookie, 'x-csrf-token': s['x-csrf-token'] });

beforeAll(async () => {
  api = await startApi();
  regisseur = await loginAls(api.db, ['programmaregisseur']);
  jeugd = await buildExpertise(api.app, { naam: 'Jeugdrecht' });
  data = await buildExpertise(api.app, { naam: 'Data-analyse' });
  for (const [teamNaam, mensen] of [
    [
      'Team Noord',
      [
        ['Ada', 3],
        ['Bo', 2],
      ],
    ],
    [
      'Team Zuid',
      [
        ['Cas', 4],
        ['Dirk', 1],
      ],
    ],
  ] as const) {
    const team = await buildTeam(api.app, { naam: teamNaam });
    for (const [voornaam, niveau] of mensen) {
      const m = await buildMedewerker(api.app, {
        teamId: team.id,
        voornaam,
        achternaam: 'Test',
        urenPerWeek: 36,
      });
      await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, {
        expertiseId: jeugd.id,
        niveau,
      });
    }
  }
  const opgave = await call(api.app, 'POST', '/api/v1/opgaven', {
    titel: 'Jeugd in de knel',
    omschrijving: 'x',
  });
  const vraag = (expertiseId: string, niveau: number, uren: number) =>
    call(api.app, 'POST', `/api/v1/opgaven/${opgave.data.id}/capaciteitsvragen`, {
      expertiseId,
      minimumNiveau: niveau,
      periode: '2027-Q1',
      uren,
    }).then((r) => r.data.id as string);
  const concept = await call(api.app, 'POST', '/api/v1/bestuursopdrachten', { titel: 'Nog in concept' });
  const conceptVraag = await call(
    api.app,
    'POST',
    `/api/v1/bestuursopdrachten/${concept.data.id}/capaciteitsvragen`,
    {
      expertiseId: jeugd.id,
      minimumNiveau: 1,
      periode: '2027-Q1',
      uren: 50,
    },
  );
  vragen = {
    jeugd: await vraag(jeugd.id, 2, 240),
    data: await vraag(data.id, 3, 130),
    concept: conceptVraag.data.id,
  };
});
afterAll(async () => {
  await api.close();
});

async function wachtTotKlaar(id: string) {
  for (let i = 0; i < 120; i++) {
    const r = await call(api.app, 'GET', `/api/v1/verdeelvoorstellen/${id}`, undefined, als(regisseur));
    if (r.data.status !== 'rekent') return r.data;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error('verdeelvoorstel niet klaar');
}

describe('a verdeelvoorstel', () => {
  it('is computed in the background, explains every line and the open demand, and touches no live data', async () => {
    const start = await call(
      api.app,
      'POST',
      '/api/v1/verdeelvoorstellen',
      { periode: '2027-Q1', tijdslimietSeconden: 10 },
      als(regisseur),
    );
    expect(start.statusCode, start.body).toBe(202);
    expect(start.headers.location).toBe(`/api/v1/verdeelvoorstellen/${start.data.id}`);
    // While it solves the server keeps answering.
    expect((await call(api.app, 'GET', '/api/v1/teams')).statusCode).toBe(200);
    const v = await wachtTotKlaar(start.data.id);
    expect(v.status, v.fout).toBe('klaar');
    // Progress, when recorded before the end, holds only its figures.
    for (const sleutel of Object.keys(v.voortgang ?? {}))
      expect(['seconden', 'gap', 'beste', 'grens']).toContain(sleutel);
    const r = v.resultaat;
    // 240 h over the 12 weeks of 2027-Q1 = 20 h a week of Jeugdrecht at niveau 2: Ada (3), Bo (2), Cas (4).
    expect(r.regels.length).toBeGreaterThan(0);
    expect(r.regels.every((x: any) => x.capaciteitsvraag.id === vragen.jeugd)).toBe(true);
    expect(r.regels.map((x: any) => x.medewerker.naam)).not.toContain('Dirk Test');
    expect(r.regels.reduce((s: number, x: any) => s + x.urenPerWeek, 0)).toBeCloseTo(20, 2);
    expect(r.regels[0].reden).toMatch(/^niveau \d \(gevraagd 2\), [\d,]+ u\/week vrij/);
    // The list sums each scenario up in the database, without its lines.
    const lijst = await call(api.app, 'GET', '/api/v1/verdeelvoorstellen', undefined, als(regisseur));
    const item = lijst.data.resultaten.find((x: any) => x.id === start.data.id);
    expect(item).not.toHaveProperty('resultaat');
    expect(item).toMatchObject({ status: 'klaar', periode: '2027-Q1' });
    expect(item.samenvatting.regels).toBe(r.regels.length);
    expect(item.samenvatting.urenPerWeek).toBeCloseTo(20, 2);
    expect(item.samenvatting).toMatchObject({ doelwaarde: r.doelwaarde, gap: r.gap, gretig: r.gretig });
    expect(r.doelwaarde).toBeGreaterThanOrEqual(r.gretig);
    expect(r.knelpunten).toEqual([
      {
        capaciteitsvraag: {
          id: vragen.data,
          expertise: 'Data-analyse',
          dossier: expect.objectContaining({ soort: 'opgave' }),
        },
        openPerWeek: 10.83,
        knelpunt: 'geen-expertise',
        uitleg: 'Niemand heeft Data-analyse op niveau 3 of hoger.',
      },
    ]);
    expect(r.onvervuld).toEqual([{ expertise: { id: data.id, naam: 'Data-analyse' }, urenPerWeek: 10.83 }]);
    expect(r.overgeslagen).toEqual([
      { vraagId: vragen.concept, reden: 'de bestuursopdracht is nog niet vastgesteld (concept)' },
    ]);
    const verzoeken = await api.db.selectFrom('inzetverzoek').select('id').execute();
    expect(verzoeken).toEqual([]);
  }, 60_000);

  it('turns chosen lines into inzetverzoeken in one action, all or none', async () => {
    const start = await call(
      api.app,
      'POST',
      '/api/v1/verdeelvoorstellen',
      { periode: '2027-Q1' },
      als(regisseur),
    );
    const v = await wachtTotKlaar(start.data.id);
    const fout = await call(
      api.app,
      'POST',
      `/api/v1/verdeelvoorstellen/${v.id}/inzetverzoeken`,
      { regels: [0, 99] },
      als(regisseur),
    );
    expect(fout.statusCode).toBe(400);
    expect(await api.db.selectFrom('inzetverzoek').select('id').execute()).toEqual([]);
    const ok = await call(
      api.app,
      'POST',
      `/api/v1/verdeelvoorstellen/${v.id}/inzetverzoeken`,
      { regels: [0] },
      als(regisseur),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.data.aangemaakt).toBe(1);
    const gemaakt = await call(
      api.app,
      'GET',
      `/api/v1/inzetverzoeken/${ok.data.inzetverzoekIds[0]}`,
      undefined,
      als(regisseur),
    );
    expect(gemaakt.data).toMatchObject({
      status: 'aangevraagd',
      vanWeek: '2027-W01',
      totWeek: '2027-W12',
      urenPerWeek: v.resultaat.regels[0].urenPerWeek,
      medewerker: { id: v.resultaat.regels[0].medewerker.id },
    });
    expect(gemaakt.data.toelichting).toContain('Uit verdeelvoorstel');
    // The proposal now shows the request on its line, and that line cannot be asked a second time.
    const daarna = await call(
      api.app,
      'GET',
      `/api/v1/verdeelvoorstellen/${v.id}`,
      undefined,
      als(regisseur),
    );
    expect(daarna.data.resultaat.regels[0].inzetverzoek).toEqual({
      id: ok.data.inzetverzoekIds[0],
      status: 'aangevraagd',
    });
    expect(daarna.data.resultaat.regels.slice(1).every((r: any) => r.inzetverzoek === null)).toBe(true);
    const voor = await snapshot(api);
    const nogmaals = await call(
      api.app,
      'POST',
      `/api/v1/verdeelvoorstellen/${v.id}/inzetverzoeken`,
      { regels: [0] },
      als(regisseur),
    );
    expect(nogmaals.statusCode).toBe(409);
    expect(nogmaals.data.detail).toContain('Regel 1');
    expect(nogmaals.data.detail).toContain('al omgezet');
    expect(nogmaals.data.type).toBe('urn:wendbaar:probleem:al-aangevraagd');
    expect(await snapshot(api)).toBe(voor);
  }, 60_000);

  it('answers an empty quarter with an empty proposal, not an error', async () => {
    const start = await call(
      api.app,
      'POST',
      '/api/v1/verdeelvoorstellen',
      { periode: '2030-Q1' },
      als(regisseur),
    );
    const v = await wachtTotKlaar(start.data.id);
    expect(v.status).toBe('klaar');
    expect(v.resultaat).toMatchObject({ regels: [], knelpunten: [], onvervuld: [], status: 'leeg' });
    const fout = await call(
      api.app,
      'POST',
      '/api/v1/verdeelvoorstellen',
      { periode: '2030-Q5', maxDossiers: 0 },
      als(regisseur),
    );
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: any) => p.name).sort()).toEqual(['maxDossiers', 'periode']);
    // Vragen asked for by id must exist in the period: each one that does not is named, nothing starts.
    const voor = await snapshot(api);
    const onbekend = '00000000-0000-4000-8000-000000000000';
    const verkeerd = await call(
      api.app,
      'POST',
      '/api/v1/verdeelvoorstellen',
      { periode: '2030-Q1', capaciteitsvraagIds: [vragen.jeugd, onbekend] },
      als(regisseur),
    );
    expect(verkeerd.statusCode).toBe(400);
    expect(verkeerd.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'capaciteitsvraagIds.0', code: 'onbekend' }),
      expect.objectContaining({ name: 'capaciteitsvraagIds.1', code: 'onbekend' }),
    ]);
    expect(verkeerd.data.invalidParams[0].reason).toContain('valt niet in 2030-Q1');
    expect(await snapshot(api)).toBe(voor);
  }, 60_000);
});
