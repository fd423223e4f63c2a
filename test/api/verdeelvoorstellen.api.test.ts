import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type Api,
  als,
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

/**
 * The server's today, as every service reads it (`vandaag()` on `new Date()`): only Date is faked, so
 * timers, the solver's worker and the database run as ever. Wednesday 2 December 2026 is in 2026-W49.
 */
const OP = (datum: string) => vi.setSystemTime(new Date(`${datum}T10:00:00Z`));
/**
 * Another day: the regisseur logs in again, as a session would have expired (the default session is
 * left unused). Only days before the real one: PostgreSQL stamps a session's last activity with its
 * own clock, which a fake date in the future would find inactive.
 */
async function opDag(datum: string) {
  OP(datum);
  regisseur = await loginAls(api.db, ['programmaregisseur']);
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  OP('2026-12-02');
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
  vi.useRealTimers();
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
    // Whole hours by default, and a quarter still to come is planned whole.
    expect(r.regels.every((x: any) => Number.isInteger(x.urenPerWeek))).toBe(true);
    expect(r).toMatchObject({ stapUren: 1, vanWeek: '2027-W01', totWeek: '2027-W12', weken: 12, voorbij: 0 });
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
        openPerWeek: 11,
        knelpunt: 'geen-expertise',
        uitleg: 'Niemand heeft Data-analyse op niveau 3 of hoger.',
      },
    ]);
    // 130 h over 12 weeks is 10,83 h a week: asked, and open, in whole hours.
    expect(r.onvervuld).toEqual([{ expertise: { id: data.id, naam: 'Data-analyse' }, urenPerWeek: 11 }]);
    // One state for every message on the page: part assigned, with the hours left open named.
    expect(r.stand).toEqual({
      soort: 'deels-verdeeld',
      gevraagdPerWeek: 31,
      verdeeldPerWeek: 20,
      openPerWeek: 11,
    });
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
    expect(ok.data).toMatchObject({
      aangemaakt: 1,
      vanWeek: '2027-W01',
      totWeek: '2027-W12',
      ingekort: false,
      melding: null,
    });
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
    expect(v.resultaat.stand.soort).toBe('niets-gevraagd');
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

  /** A capaciteitsvraag of Jeugdrecht (niveau 2) on a dossier of its own. */
  async function nieuweVraag(periode: string, uren: number) {
    const opgave = await call(api.app, 'POST', '/api/v1/opgaven', {
      titel: `Jeugd ${periode}`,
      omschrijving: 'x',
    });
    const r = await call(api.app, 'POST', `/api/v1/opgaven/${opgave.data.id}/capaciteitsvragen`, {
      expertiseId: jeugd.id,
      minimumNiveau: 2,
      periode,
      uren,
    });
    expect(r.statusCode, r.body).toBe(201);
    return r.data.id as string;
  }
  async function bereken(periode: string) {
    const start = await call(api.app, 'POST', '/api/v1/verdeelvoorstellen', { periode }, als(regisseur));
    expect(start.statusCode, start.body).toBe(202);
    const v = await wachtTotKlaar(start.data.id);
    expect(v.status, v.fout).toBe('klaar');
    return v;
  }
  const zetOm = (id: string, regels: number[]) =>
    call(api.app, 'POST', `/api/v1/verdeelvoorstellen/${id}/inzetverzoeken`, { regels }, als(regisseur));

  it('plans from the current week, and never asks for a week that has passed', async () => {
    // 2026-Q3 is 2026-W27 to 2026-W39; on Wednesday 5 August (W32) five of its thirteen weeks are gone.
    await opDag('2026-08-05');
    const vraagId = await nieuweVraag('2026-Q3', 420);
    try {
      const v = await bereken('2026-Q3');
      expect(v.resultaat).toMatchObject({ vanWeek: '2026-W32', totWeek: '2026-W39', weken: 8, voorbij: 5 });
      const regels = v.resultaat.regels.filter((r: any) => r.capaciteitsvraag.id === vraagId);
      // 420 h over 13 weeks is 32 h a week, also in the weeks that remain: more than one team's room.
      expect(regels.length).toBeGreaterThan(1);
      expect(regels.reduce((s: number, r: any) => s + r.urenPerWeek, 0)).toBeLessThanOrEqual(32);
      const eerste = regels[0].index;
      const nu = await zetOm(v.id, [eerste]);
      expect(nu.statusCode, nu.body).toBe(201);
      expect(nu.data).toMatchObject({
        vanWeek: '2026-W32',
        totWeek: '2026-W39',
        ingekort: false,
        melding: null,
      });
      const verzoek = await call(
        api.app,
        'GET',
        `/api/v1/inzetverzoeken/${nu.data.inzetverzoekIds[0]}`,
        undefined,
        als(regisseur),
      );
      expect(verzoek.data).toMatchObject({ vanWeek: '2026-W32', totWeek: '2026-W39' });

      // Two weeks later the same proposal asks only from that week on, and says so.
      await opDag('2026-08-19');
      const later = await bereken('2026-Q3');
      expect(later.resultaat).toMatchObject({ vanWeek: '2026-W34', voorbij: 7 });
      const tweede = regels.find((r: any) => r.index !== eerste).index;
      {
        const ingekort = await zetOm(v.id, [tweede]);
        expect(ingekort.statusCode, ingekort.body).toBe(201);
        expect(ingekort.data).toMatchObject({ vanWeek: '2026-W34', totWeek: '2026-W39', ingekort: true });
        expect(ingekort.data.melding).toBe(
          'De verzoeken lopen van 2026-W34 tot en met 2026-W39: de weken 2026-W32 tot en met 2026-W33 zijn voorbij en niet aangevraagd.',
        );
        const gemaakt = await call(
          api.app,
          'GET',
          `/api/v1/inzetverzoeken/${ingekort.data.inzetverzoekIds[0]}`,
          undefined,
          als(regisseur),
        );
        expect(gemaakt.data).toMatchObject({ vanWeek: '2026-W34', totWeek: '2026-W39' });
      }

      // Once the quarter is over, nothing of it is converted, and no new proposal is made for it.
      await opDag('2026-10-06');
      const voor = await snapshot(api);
      const te = await zetOm(v.id, [eerste]);
      expect(te.statusCode, te.body).toBe(409);
      expect(te.data.type).toBe('urn:wendbaar:probleem:voorbij');
      expect(te.data.detail).toContain('2026-W32 tot en met 2026-W39');
      const voorbij = await call(
        api.app,
        'POST',
        '/api/v1/verdeelvoorstellen',
        { periode: '2026-Q3' },
        als(regisseur),
      );
      expect(voorbij.statusCode).toBe(400);
      expect(voorbij.data.invalidParams).toEqual([
        expect.objectContaining({ name: 'periode', code: 'voorbij' }),
      ]);
      expect(await snapshot(api)).toBe(voor);
    } finally {
      await opDag('2026-12-02');
    }
  }, 90_000);

  it('proposes hours in the steps the organisation sets, and its state agrees with its lines', async () => {
    // 100 h over the 13 weeks of 2027-Q2 is 7,69 h a week: asked as 8 whole hours.
    await nieuweVraag('2027-Q2', 100);
    const heel = await bereken('2027-Q2');
    const r = heel.resultaat;
    expect(r.stapUren).toBe(1);
    expect(r.regels.length).toBeGreaterThan(0);
    expect(r.regels.every((x: any) => Number.isInteger(x.urenPerWeek))).toBe(true);
    expect(r.regels.reduce((s: number, x: any) => s + x.urenPerWeek, 0)).toBe(8);
    expect(r.stand).toEqual({
      soort: 'alles-verdeeld',
      gevraagdPerWeek: 8,
      verdeeldPerWeek: 8,
      openPerWeek: 0,
    });

    // Half days: the setting, validated, then every line a multiple of 4.
    const instellingen = await call(api.app, 'GET', '/api/v1/instellingen');
    expect(instellingen.data.verdeelStapUren).toBe(1);
    const fout = await call(
      api.app,
      'PATCH',
      '/api/v1/instellingen',
      { verdeelStapUren: 3 },
      {
        'if-match': instellingen.headers.etag as string,
      },
    );
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams[0]).toMatchObject({ name: 'verdeelStapUren' });
    const gezet = await call(
      api.app,
      'PATCH',
      '/api/v1/instellingen',
      { verdeelStapUren: 4 },
      {
        'if-match': instellingen.headers.etag as string,
      },
    );
    expect(gezet.statusCode, gezet.body).toBe(200);
    expect(gezet.data.verdeelStapUren).toBe(4);
    try {
      const halveDagen = await bereken('2027-Q2');
      expect(halveDagen.resultaat.stapUren).toBe(4);
      expect(halveDagen.resultaat.regels.length).toBeGreaterThan(0);
      for (const x of halveDagen.resultaat.regels) expect(x.urenPerWeek % 4).toBe(0);
      expect(halveDagen.resultaat.regels.reduce((s: number, x: any) => s + x.urenPerWeek, 0)).toBe(8);
    } finally {
      const nu = await call(api.app, 'GET', '/api/v1/instellingen');
      await call(
        api.app,
        'PATCH',
        '/api/v1/instellingen',
        { verdeelStapUren: 1 },
        {
          'if-match': nu.headers.etag as string,
        },
      );
    }

    // All of it asked: the next proposal has nothing to allocate, and says only that.
    const alles = await zetOm(
      heel.id,
      r.regels.map((x: any) => x.index),
    );
    expect(alles.statusCode, alles.body).toBe(201);
    const daarna = await bereken('2027-Q2');
    expect(
      daarna.resultaat.regels.filter((x: any) => x.capaciteitsvraag.dossier.titel === 'Jeugd 2027-Q2'),
    ).toEqual([]);
    expect(daarna.resultaat.stand).toEqual({
      soort: 'niets-gevraagd',
      gevraagdPerWeek: 0,
      verdeeldPerWeek: 0,
      openPerWeek: 0,
    });
  }, 90_000);
});
