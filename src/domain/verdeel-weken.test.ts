import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import { isoWeek, wekenVanKwartaal } from './kalender';
import { planWeken, verdeelStand, wekenVanaf } from './verdeling';

describe('planWeken', () => {
  it('plans a quarter that started earlier from the current ISO week on', () => {
    // Wednesday 2 December 2026 is in 2026-W49; 2026-Q4 runs 2026-W40 to 2026-W53 (14 weeks).
    expect(planWeken('2026-Q4', '2026-12-02')).toEqual({
      vanWeek: '2026-W49',
      totWeek: '2026-W53',
      weken: 5,
      voorbij: 9,
    });
  });

  it('plans a quarter still to come whole', () => {
    expect(planWeken('2027-Q1', '2026-12-02')).toEqual({
      vanWeek: '2027-W01',
      totWeek: '2027-W12',
      weken: 12,
      voorbij: 0,
    });
  });

  it('counts the current week as not passed, on its Sunday too', () => {
    expect(planWeken('2026-Q4', '2027-01-03')).toEqual({
      vanWeek: '2026-W53',
      totWeek: '2026-W53',
      weken: 1,
      voorbij: 13,
    });
  });

  it('has nothing to plan in a quarter that is over', () => {
    expect(planWeken('2026-Q4', '2027-01-04')).toBeNull();
    expect(planWeken('2026-Q3', '2026-12-02')).toBeNull();
  });

  it('never plans a week before today’s, and drops only weeks that are gone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2025, max: 2030 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: -200, max: 200 }),
        (jaar, q, dagen) => {
          const kwartaal = `${jaar}-Q${q}`;
          const heel = wekenVanKwartaal(kwartaal);
          const dag = plusDagen(`${jaar}-${String(q * 3 - 2).padStart(2, '0')}-01`, dagen);
          const p = planWeken(kwartaal, dag);
          if (p === null) {
            expect(heel.totWeek < isoWeek(dag)).toBe(true);
            return;
          }
          expect(p.vanWeek >= isoWeek(dag)).toBe(true);
          expect(p.totWeek).toBe(heel.totWeek);
          expect(p.weken + p.voorbij).toBe(heel.weken);
          expect(p.voorbij === 0).toBe(p.vanWeek === heel.vanWeek);
        },
      ),
    );
  });
});

describe('wekenVanaf', () => {
  it('clips requests of a proposal made earlier to the weeks not yet passed', () => {
    const voorstel = { vanWeek: '2026-W49', totWeek: '2026-W53' };
    expect(wekenVanaf(voorstel, '2026-12-02')).toEqual({ ...voorstel, weken: 5, voorbij: 0 });
    expect(wekenVanaf(voorstel, '2026-12-16')).toEqual({
      vanWeek: '2026-W51',
      totWeek: '2026-W53',
      weken: 3,
      voorbij: 2,
    });
    expect(wekenVanaf(voorstel, '2027-01-04')).toBeNull();
  });
});

describe('verdeelStand', () => {
  it('is one state for every message: nothing asked, all assigned, or part with the hours open', () => {
    expect(verdeelStand([], [])).toEqual({
      soort: 'niets-gevraagd',
      gevraagdPerWeek: 0,
      verdeeldPerWeek: 0,
      openPerWeek: 0,
    });
    expect(verdeelStand([12, 8], [])).toEqual({
      soort: 'alles-verdeeld',
      gevraagdPerWeek: 20,
      verdeeldPerWeek: 20,
      openPerWeek: 0,
    });
    expect(verdeelStand([12], [8, 3])).toEqual({
      soort: 'deels-verdeeld',
      gevraagdPerWeek: 23,
      verdeeldPerWeek: 12,
      openPerWeek: 11,
    });
    // Nothing could be assigned, but there was demand: that is not "nothing to allocate".
    expect(verdeelStand([], [11])).toMatchObject({ soort: 'deels-verdeeld', openPerWeek: 11 });
  });

  it('always adds up: asked is assigned plus open, and the kind follows from the figures', () => {
    const uren = fc.array(
      fc.integer({ min: 0, max: 400 }).map((n) => n / 2),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(uren, uren, (verdeeld, open) => {
        const s = verdeelStand(verdeeld, open);
        expect(s.gevraagdPerWeek).toBeCloseTo(s.verdeeldPerWeek + s.openPerWeek, 9);
        expect(s.soort === 'niets-gevraagd').toBe(s.gevraagdPerWeek === 0);
        expect(s.soort === 'alles-verdeeld').toBe(s.gevraagdPerWeek > 0 && s.openPerWeek === 0);
      }),
    );
  });
});
