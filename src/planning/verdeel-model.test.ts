import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opbrengst, overtredingen } from '../../test/helpers/verdeel-controle';
import { gretig, onvervuld, passendheid, snoei, type VerdeelInstantie } from '../domain/verdeling';
import { genereerInstantie } from './verdeel-instanties';
import { verdeel } from './verdeel-model';

const klein: VerdeelInstantie = {
  medewerkers: [
    { id: 'anna', teamId: 'a', vrij: 12, dossiers: [] },
    { id: 'bram', teamId: 'a', vrij: 8, dossiers: ['d1'] },
    { id: 'cem', teamId: 'b', vrij: 3, dossiers: [] },
  ],
  vragen: [
    { id: 'v1', dossierId: 'd1', expertiseId: 'jeugd', minimumNiveau: 2, urenPerWeek: 10, prioriteit: 5 },
    { id: 'v2', dossierId: 'd2', expertiseId: 'data', minimumNiveau: 3, urenPerWeek: 16, prioriteit: 2 },
  ],
  teams: [
    { id: 'a', ruimte: 16 },
    { id: 'b', ruimte: 10 },
  ],
  geschiktheden: [
    { medewerkerId: 'anna', vraagId: 'v1', niveau: 3, ambitie: false },
    { medewerkerId: 'anna', vraagId: 'v2', niveau: 4, ambitie: true },
    { medewerkerId: 'bram', vraagId: 'v1', niveau: 2, ambitie: false },
    { medewerkerId: 'bram', vraagId: 'v2', niveau: 2, ambitie: true },
    { medewerkerId: 'cem', vraagId: 'v1', niveau: 4, ambitie: false },
  ],
  maxDossiers: 3,
  minimumUren: 4,
};

describe('the verdeel domain', () => {
  it('scores fit and prunes what can never be chosen', () => {
    expect(passendheid(3, 2, false)).toBe(1.25);
    expect(passendheid(4, 3, true)).toBeCloseTo(1.35);
    // bram is below the minimum for v2; cem has 3 free hours, under the minimum useful 4.
    expect(snoei(klein).map((p) => `${klein.medewerkers[p.m]!.id}-${klein.vragen[p.v]!.id}`)).toEqual([
      'anna-v1',
      'bram-v1',
      'anna-v2',
    ]);
  });

  it('does greedy the way a planner would, and names the demand left open', () => {
    // anna on v1 weighs 5 × 1.25 = 6.25, bram (already on d1) 5 × 1 × 1.2 = 6: anna takes all 10 h.
    expect(gretig(klein)).toEqual([{ medewerkerId: 'anna', vraagId: 'v1', urenPerWeek: 10 }]);
    expect(onvervuld(klein, gretig(klein))).toEqual([{ expertiseId: 'data', urenPerWeek: 16 }]);
  });

  it('finds the better split than greedy: v1 shared so that anna can also serve v2', async () => {
    // With v1 full (a + b = 10) and team a's room of 16, the value is 60 + 0.25a + 2.7c with
    // c ≤ 6: a = 6, b = 4, c = 6 gives 77.7 against greedy's 62.5 (anna alone on v1).
    const r = await verdeel(klein);
    expect(r.status).toBe('optimaal');
    expect(overtredingen(klein, r.toewijzingen)).toEqual([]);
    expect(
      [...r.toewijzingen].sort((a, b) =>
        `${a.medewerkerId}${a.vraagId}`.localeCompare(`${b.medewerkerId}${b.vraagId}`),
      ),
    ).toEqual([
      { medewerkerId: 'anna', vraagId: 'v1', urenPerWeek: 6 },
      { medewerkerId: 'anna', vraagId: 'v2', urenPerWeek: 6 },
      { medewerkerId: 'bram', vraagId: 'v1', urenPerWeek: 4 },
    ]);
    expect(r.doelwaarde).toBeCloseTo(77.7, 6);
    expect(r.gretig.doelwaarde).toBeCloseTo(62.5, 6);
    expect(r.doelwaarde).toBeCloseTo(opbrengst(klein, r.toewijzingen), 6);
  });

  it('shows progress from the start: greedy at once, then the LP bound, then each phase', async () => {
    const inst = genereerInstantie({ medewerkers: 400, vragen: 80, seed: 1001 });
    const stappen: { seconden: number; gap: number | null; beste: number | null; grens: number | null }[] =
      [];
    const r = await verdeel(inst, { tijdslimietSeconden: 10, gap: 0.001, voortgang: (v) => stappen.push(v) });
    expect(stappen[0]).toMatchObject({ beste: r.gretig.doelwaarde, grens: null, gap: null });
    // Right after the first LP: still greedy's proposal, now against the bound.
    expect(stappen[1]!.beste).toBe(r.gretig.doelwaarde);
    expect(stappen[1]!.grens).toBeCloseTo(r.verloop[0]!.grens!, 6);
    expect(stappen[1]!.gap).toBeCloseTo((stappen[1]!.grens! - r.gretig.doelwaarde) / stappen[1]!.grens!, 9);
    const tijden = stappen.map((s) => s.seconden);
    expect(tijden).toEqual([...tijden].sort((a, b) => a - b));
    for (const s of stappen) if (s.grens !== null) expect(s.grens).toBeGreaterThanOrEqual(r.grens - 1e-6);
  });

  it('answers an empty set with no proposal and all demand open, not an error', async () => {
    const leeg = { ...klein, geschiktheden: [] };
    const r = await verdeel(leeg);
    expect(r).toMatchObject({ status: 'leeg', toewijzingen: [], doelwaarde: 0 });
    expect(onvervuld(leeg, []).map((t) => t.expertiseId)).toEqual(['data', 'jeugd']);
  });
});

describe('the verdeelvoorstel on random instances, against an independent checker', () => {
  it('never breaks a constraint and is never worse than greedy', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 3, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        async (seed, medewerkers, vragen) => {
          const inst = genereerInstantie({ medewerkers, vragen, seed, expertises: 6 });
          const r = await verdeel(inst, { tijdslimietSeconden: 5 });
          expect(overtredingen(inst, r.toewijzingen)).toEqual([]);
          expect(overtredingen(inst, r.gretig.toewijzingen)).toEqual([]);
          const waarde = opbrengst(inst, r.toewijzingen);
          expect(waarde).toBeCloseTo(r.doelwaarde, 6);
          expect(waarde).toBeGreaterThanOrEqual(opbrengst(inst, r.gretig.toewijzingen) - 1e-6);
          expect(r.grens).toBeGreaterThanOrEqual(r.doelwaarde - 1e-6);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe('what binds when demand stays open', () => {
  it('names the first thing a planner would check', async () => {
    const { knelpunten } = await import('../domain/verdeling');
    const basis = { ...klein, vragen: [...klein.vragen] };
    // v2 asks data at niveau 3: only anna (niveau 4); give her no free hours.
    const zonderUren = {
      ...basis,
      medewerkers: basis.medewerkers.map((m) => (m.id === 'anna' ? { ...m, vrij: 2 } : m)),
    };
    expect(knelpunten(zonderUren, []).find((k) => k.vraagId === 'v2')).toEqual({
      vraagId: 'v2',
      open: 16,
      knelpunt: 'geen-vrije-uren',
      geschikt: 1,
    });
    const zonderRuimte = {
      ...basis,
      teams: [
        { id: 'a', ruimte: 0 },
        { id: 'b', ruimte: 10 },
      ],
    };
    expect(knelpunten(zonderRuimte, []).find((k) => k.vraagId === 'v2')?.knelpunt).toBe('reservering');
    const vol = {
      ...basis,
      medewerkers: basis.medewerkers.map((m) => (m.id === 'anna' ? { ...m, dossiers: ['x', 'y', 'z'] } : m)),
    };
    expect(knelpunten(vol, []).find((k) => k.vraagId === 'v2')?.knelpunt).toBe('dossierlimiet');
    const niemand = { ...basis, geschiktheden: basis.geschiktheden.filter((g) => g.vraagId !== 'v2') };
    expect(knelpunten(niemand, []).find((k) => k.vraagId === 'v2')?.knelpunt).toBe('geen-expertise');
    expect(
      knelpunten(basis, [{ medewerkerId: 'anna', vraagId: 'v1', urenPerWeek: 10 }]).map((k) => k.vraagId),
    ).toEqual(['v2']);
  });
});

describe('rounding a fractional plan', () => {
  it('always gives a proposal the checker accepts, whatever fractions come in', async () => {
    const { rondAf } = await import('../domain/verdeling');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 3, max: 30 }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 400, maxLength: 400 }),
        (seed, medewerkers, vragen, fracties) => {
          const inst = genereerInstantie({ medewerkers, vragen, seed, expertises: 5 });
          const paren = snoei(inst, Number.POSITIVE_INFINITY);
          const uren = paren.map((p, i) => p.bovengrens * (fracties[i % fracties.length] ?? 0));
          expect(overtredingen(inst, rondAf(inst, paren, uren))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
