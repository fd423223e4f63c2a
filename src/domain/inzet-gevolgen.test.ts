import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gevolgenVoorMedewerker, gevolgenVoorTeam } from './inzet-gevolgen';

describe('gevolgenVoorMedewerker', () => {
  it('sums the free hours of the requested weeks, before and after consent', () => {
    const weken = [
      { week: '2027-W02', vrij: 30 },
      { week: '2027-W03', vrij: 30 },
      { week: '2027-W04', vrij: 30 },
      { week: '2027-W05', vrij: 30 },
    ];
    expect(gevolgenVoorMedewerker(weken, 20)).toEqual({ vrij: 120, vrijNa: 40, tekortWeken: [] });
  });

  it('names the weeks where the hours asked exceed the free hours, and shows overbooking unclipped', () => {
    const weken = [
      { week: '2027-W02', vrij: 30 },
      { week: '2027-W03', vrij: 4 },
      { week: '2027-W04', vrij: -2 },
    ];
    expect(gevolgenVoorMedewerker(weken, 8)).toEqual({
      vrij: 32,
      vrijNa: 8,
      tekortWeken: ['2027-W03', '2027-W04'],
    });
  });
});

describe('gevolgenVoorTeam', () => {
  it('gives the share left for robust work before and after, and the weeks below the reservering', () => {
    // 100 h a week, 30 h agile already: 70% robust; 6 h more: 64%, above the 60% minimum.
    const weken = [
      { week: '2027-W02', beschikbaar: 100, wendbaar: 30 },
      { week: '2027-W03', beschikbaar: 100, wendbaar: 30 },
    ];
    expect(gevolgenVoorTeam(weken, 0.6, 6)).toEqual({
      reservering: 0.6,
      robuustVoor: 0.7,
      robuustNa: 0.64,
      onderReserveringWeken: [],
    });
    expect(gevolgenVoorTeam(weken, 0.6, 12)).toMatchObject({
      robuustNa: 0.58,
      onderReserveringWeken: ['2027-W02', '2027-W03'],
    });
  });

  it('warns in the tight week even when the period as a whole stays above', () => {
    const weken = [
      { week: '2027-W02', beschikbaar: 100, wendbaar: 0 },
      { week: '2027-W03', beschikbaar: 100, wendbaar: 38 },
    ];
    const g = gevolgenVoorTeam(weken, 0.6, 5);
    expect(g.robuustNa).toBe(0.76);
    expect(g.onderReserveringWeken).toEqual(['2027-W03']);
  });

  it('has no share without capacity', () => {
    expect(gevolgenVoorTeam([{ week: '2027-W02', beschikbaar: 0, wendbaar: 0 }], 0.6, 4)).toEqual({
      reservering: 0.6,
      robuustVoor: null,
      robuustNa: null,
      onderReserveringWeken: ['2027-W02'],
    });
  });

  it('never raises the robust share, and warns exactly when a week has less room than asked', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            beschikbaar: fc.integer({ min: 0, max: 500 }),
            wendbaar: fc.integer({ min: 0, max: 300 }),
          }),
          { minLength: 1, maxLength: 13 },
        ),
        fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
        fc.integer({ min: 1, max: 40 }),
        (rijen, reservering, uren) => {
          const weken = rijen.map((r, i) => ({ week: `2027-W${String(i + 1).padStart(2, '0')}`, ...r }));
          const g = gevolgenVoorTeam(weken, reservering, uren);
          if (g.robuustVoor !== null && g.robuustNa !== null)
            expect(g.robuustNa).toBeLessThanOrEqual(g.robuustVoor);
          const krap = weken.filter((w) => (1 - reservering) * w.beschikbaar - w.wendbaar < uren - 1e-6);
          expect(g.onderReserveringWeken).toEqual(krap.map((w) => w.week));
        },
      ),
    );
  });
});
