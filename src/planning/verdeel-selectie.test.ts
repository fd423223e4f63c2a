import fc from 'fast-check';
import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { snoei } from '../domain/verdeling';
import { duik } from './verdeel-duik';
import { genereerInstantie } from './verdeel-instanties';
import { bouwMip } from './verdeel-mip';
import { kiesParen } from './verdeel-selectie';

describe('the pairs the MIP gets on large instances', () => {
  it('bounds every proposal that uses a left-out pair by its buitenGrens', async () => {
    const h = await loadHighs();
    let getoetst = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 20, max: 80 }),
        fc.integer({ min: 3, max: 14 }),
        async (seed, medewerkers, vragen) => {
          const inst = genereerInstantie({ medewerkers, vragen, seed, expertises: 5 });
          const alle = snoei(inst, Number.POSITIVE_INFINITY);
          if (alle.length === 0) return;
          const lp = duik(h, inst, alle, { deadline: performance.now() + 5000, tijdslimietSeconden: 5 })!;
          // The LP leaves a pair empty only where one hour more on it would not pay.
          alle.forEach((_p, i) => {
            if (lp.lpUren[i]! <= 1e-9) expect(lp.gereduceerd[i]!).toBeLessThanOrEqual(1e-7);
          });
          // Two pairs per vraag and nothing forced: most pairs are left out.
          const selectie = kiesParen(inst, alle, lp, [], 2, 0);
          const gekozen = new Set(selectie.indices);
          const buiten = [...alle.keys()].filter((i) => !gekozen.has(i));
          if (buiten.length === 0) {
            expect(selectie.buitenGrens).toBe(Number.NEGATIVE_INFINITY);
            return;
          }
          expect(selectie.buitenGrens).toBeLessThanOrEqual(lp.lpGrens + 1e-9);
          // The best proposal that uses a left-out pair: the whole MIP with that pair forced in.
          const mip = bouwMip(h, inst, alle);
          for (const q of buiten.slice(0, 3)) {
            const colLower = Float64Array.from(mip.modelData.colLower);
            colLower[mip.yKol[q]!] = 1;
            using model = h.createModel({ ...mip.modelData, colLower });
            model.options.set({ output_flag: false, mip_rel_gap: 0, time_limit: 10 });
            model.run();
            if (model.getModelStatus() !== h.constants.modelStatus.optimal) continue;
            getoetst++;
            expect(model.getObjectiveValue()).toBeLessThanOrEqual(selectie.buitenGrens + 1e-6);
          }
        },
      ),
      { numRuns: 40 },
    );
    // The property must actually have compared proposals with the bound.
    expect(getoetst).toBeGreaterThan(30);
  }, 120_000);
});
