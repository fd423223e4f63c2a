import fc from 'fast-check';
import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { opbrengst, overtredingen } from '../../test/helpers/verdeel-controle';
import { gretig, snoei } from '../domain/verdeling';
import { buurten } from './verdeel-buurten';
import { duik } from './verdeel-duik';
import { genereerInstantie } from './verdeel-instanties';
import { alsToewijzingen } from './verdeel-mip';
import { verdeel } from './verdeel-model';

describe('the LP dive', () => {
  it('always ends in a proposal the checker accepts, never above the LP bound', async () => {
    const h = await loadHighs();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 5, max: 150 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 60 }),
        async (seed, medewerkers, vragen, rondesMax) => {
          const inst = genereerInstantie({ medewerkers, vragen, seed, expertises: 8 });
          const paren = snoei(inst);
          if (paren.length === 0) return;
          const r = duik(h, inst, paren, {
            deadline: performance.now() + 5000,
            tijdslimietSeconden: 5,
            rondesMax,
          });
          expect(r).not.toBeNull();
          const voorstel = alsToewijzingen(inst, paren, r!.uren);
          expect(overtredingen(inst, voorstel)).toEqual([]);
          expect(opbrengst(inst, voorstel)).toBeLessThanOrEqual(r!.lpGrens + 1e-6);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  it('rounds everything at once when its deadline has passed, and is still valid', async () => {
    const h = await loadHighs();
    const inst = genereerInstantie({ medewerkers: 300, vragen: 60, seed: 7 });
    const paren = snoei(inst);
    const r = duik(h, inst, paren, { deadline: 0, tijdslimietSeconden: 5 });
    expect(r!.rondes).toBeLessThanOrEqual(3);
    expect(overtredingen(inst, alsToewijzingen(inst, paren, r!.uren))).toEqual([]);
  });
});

describe('neighbourhoods for the large-instance search', () => {
  it('one per vraag, furthest behind the LP first, with every pair hours could move over', () => {
    const inst = genereerInstantie({ medewerkers: 400, vragen: 80, seed: 3 });
    const paren = snoei(inst);
    const lpUren = Float64Array.from(paren, (p) => p.bovengrens / 2);
    const uren = new Float64Array(paren.length);
    // The proposal matches the LP everywhere except on pair 5's vraag: that lags most.
    paren.forEach((p, i) => {
      if (p.v !== paren[5]!.v) uren[i] = lpUren[i]!;
    });
    lpUren[5] = 1000;
    const lijst = buurten(inst, paren, lpUren, uren);
    expect(lijst).toHaveLength(new Set(paren.map((p) => p.v)).size);
    for (const b of lijst) {
      expect(new Set(b).size).toBe(b.length);
      for (const i of b) expect(i >= 0 && i < paren.length).toBe(true);
    }
    const eerste = new Set(lijst[0]);
    const v = paren[5]!.v;
    const kandidaten = new Set(paren.filter((p) => p.v === v).map((p) => p.m));
    // Every pair of the vraag; every active pair of its candidates; the active pairs on those vragen.
    paren.forEach((p, i) => {
      if (p.v === v) expect(eerste.has(i)).toBe(true);
      if (kandidaten.has(p.m) && lpUren[i]! > 0) expect(eerste.has(i)).toBe(true);
    });
    const hunVragen = new Set(paren.filter((p, i) => kandidaten.has(p.m) && lpUren[i]! > 0).map((p) => p.v));
    paren.forEach((p, i) => {
      if (hunVragen.has(p.v) && lpUren[i]! > 0) expect(eerste.has(i)).toBe(true);
      if (!hunVragen.has(p.v) && p.v !== v && !kandidaten.has(p.m)) expect(eerste.has(i)).toBe(false);
    });
  });
});

describe('the verdeelvoorstel on a model too large for the whole MIP', () => {
  it('dives, searches small neighbourhoods, and beats greedy with a valid proposal and an honest gap', async () => {
    const inst = genereerInstantie({ medewerkers: 1000, vragen: 160, seed: 1000 });
    const r = await verdeel(inst, { tijdslimietSeconden: 12, gap: 0.0001 });
    expect(r.paren).toBeGreaterThan(1500);
    const fasen = r.verloop.map((v) => v.fase);
    expect(fasen[0]).toBe('duik');
    expect(fasen).toContain('buurten');
    expect(fasen).not.toContain('buurt'); // the whole-model LP neighbourhood is for small models only
    expect(overtredingen(inst, r.toewijzingen)).toEqual([]);
    expect(opbrengst(inst, r.toewijzingen)).toBeCloseTo(r.doelwaarde, 6);
    expect(r.doelwaarde).toBeGreaterThan(opbrengst(inst, gretig(inst)) * 1.05);
    expect(r.grens).toBeGreaterThanOrEqual(r.doelwaarde);
    expect(r.gap).toBeCloseTo((r.grens - r.doelwaarde) / r.grens, 9);
    expect(r.status).toBe('tijdslimiet');
    // Each phase only ever improves the proposal.
    const waarden = r.verloop.map((v) => v.doelwaarde);
    expect(waarden).toEqual([...waarden].sort((a, b) => a - b));
  }, 60_000);
});
