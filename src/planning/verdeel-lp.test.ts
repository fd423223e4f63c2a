import fc from 'fast-check';
import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { ruweGrens, snoei } from '../domain/verdeling';
import { genereerInstantie } from './verdeel-instanties';
import { GeprijsdeLp } from './verdeel-lp';

describe('the priced LP over every pair', () => {
  it('reaches the whole LP from one pair per vraag, and its bound holds after any round (and without an LP)', async () => {
    const h = await loadHighs();
    let afgekapt = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 10, max: 200 }),
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        async (seed, medewerkers, vragen, perRonde) => {
          const inst = genereerInstantie({ medewerkers, vragen, seed, expertises: 6 });
          const paren = snoei(inst, Number.POSITIVE_INFINITY);
          if (paren.length === 0) return;
          using heel = new GeprijsdeLp(h, inst, paren, Number.POSITIVE_INFINITY);
          const volledig = heel.los(performance.now() + 10_000, perRonde)!;
          expect(volledig.rondes).toBe(1);
          const lpWaarde = heel.model.getObjectiveValue();
          // The bound without any LP, for when even the first LP runs out of time, is one too.
          expect(ruweGrens(inst, paren)).toBeGreaterThanOrEqual(lpWaarde - 1e-6);

          using geprijsd = new GeprijsdeLp(h, inst, paren, 1);
          const r = geprijsd.los(performance.now() + 10_000, perRonde)!;
          expect(r.grens).toBeCloseTo(lpWaarde, 5);
          // Converged: no pair left out would pay, and the hours fit every capacity.
          r.gereduceerd.forEach((rc, i) => {
            if (!geprijsd.kolPaar.includes(i)) expect(rc).toBeLessThanOrEqual(1e-7);
          });
          const som = paren.reduce((s, p, i) => s + p.gewicht * r.uren[i]!, 0);
          expect(som).toBeCloseTo(lpWaarde, 5);

          // Cut off after its first round, the bound is weaker but still a bound.
          using kort = new GeprijsdeLp(h, inst, paren, 1);
          const k = kort.los(0, perRonde)!;
          expect(k.rondes).toBe(1);
          if (k.grens > lpWaarde + 1e-6) afgekapt++;
          expect(k.grens).toBeGreaterThanOrEqual(lpWaarde - 1e-6);
        },
      ),
      { numRuns: 80 },
    );
    // Most runs must have stopped short of the LP, or the last check tested nothing.
    expect(afgekapt).toBeGreaterThan(40);
  }, 120_000);
});
