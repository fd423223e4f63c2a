import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import { type BestaandeReeks, pasToe, urenInWeek, zetUren } from './inzet';
import { overlapt } from './periode';

const maandag = (week: number) => plusDagen('2026-01-05', (week - 2) * 7); // 2026-W02 starts 5 January
const zondag = (week: number) => plusDagen(maandag(week), 6);

describe('zetUren', () => {
  it('splits a run around the weeks that change', () => {
    const b = zetUren(
      [{ id: 'a', van: maandag(2), tot: zondag(10), urenPerWeek: 8 }],
      maandag(5),
      zondag(6),
      16,
    );
    expect(b).toEqual({
      verwijder: [],
      wijzig: [{ id: 'a', van: maandag(2), tot: zondag(4) }],
      nieuw: [
        { van: maandag(7), tot: zondag(10), urenPerWeek: 8 },
        { van: maandag(5), tot: zondag(6), urenPerWeek: 16 },
      ],
    });
  });

  it('removes runs fully covered, and zero hours leave no run', () => {
    expect(
      zetUren([{ id: 'a', van: maandag(3), tot: zondag(4), urenPerWeek: 8 }], maandag(2), zondag(5), 0),
    ).toEqual({
      verwijder: ['a'],
      wijzig: [],
      nieuw: [],
    });
  });

  it('gives every week the hours last set for it, and runs never overlap', () => {
    const bewerking = fc.tuple(
      fc.integer({ min: 2, max: 30 }),
      fc.integer({ min: 0, max: 8 }),
      fc.constantFrom(0, 4, 8, 12.5, 16),
    );
    fc.assert(
      fc.property(fc.array(bewerking, { minLength: 1, maxLength: 12 }), (bewerkingen) => {
        let reeksen: BestaandeReeks[] = [];
        const verwacht = new Map<number, number>();
        let volg = 0;
        for (const [start, lengte, uren] of bewerkingen) {
          const eind = Math.min(start + lengte, 40);
          reeksen = pasToe(reeksen, zetUren(reeksen, maandag(start), zondag(eind), uren), () => `r${volg++}`);
          for (let w = start; w <= eind; w++) verwacht.set(w, uren);
        }
        for (let w = 2; w <= 40; w++)
          expect(urenInWeek(reeksen, maandag(w)), `week ${w}`).toBe(verwacht.get(w) ?? 0);
        for (const [i, a] of reeksen.entries()) {
          expect(a.van <= a.tot).toBe(true);
          for (const b of reeksen.slice(i + 1)) {
            expect(
              overlapt({ ingangsdatum: a.van, einddatum: a.tot }, { ingangsdatum: b.van, einddatum: b.tot }),
            ).toBe(false);
          }
        }
      }),
    );
  });
});
