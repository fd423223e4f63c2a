import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import { dagenTussen, weekdag } from './kalender';
import type { Periode } from './periode';
import {
  gaten,
  horizonTot,
  inzetNaEinde,
  inzetUren,
  leiderschapsgaten,
  lidmaatschapsgaten,
  type Stuk,
  weekdagenTussen,
} from './signalen';

const p = (ingangsdatum: string, einddatum: string | null = null): Periode => ({ ingangsdatum, einddatum });
const HORIZON = { van: '2026-03-01', tot: '2027-03-01' };

describe('horizonTot', () => {
  it('is the same date twelve months on, clamped to the month', () => {
    expect(horizonTot('2026-03-01')).toBe('2027-03-01');
    expect(horizonTot('2024-02-29')).toBe('2025-02-28');
    expect(horizonTot('2026-01-31', 1)).toBe('2026-02-28');
    expect(horizonTot('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('gaten', () => {
  it('finds nothing when periods touch or overlap', () => {
    expect(
      gaten({ vanaf: '2026-01-01', tot: null }, [p('2026-01-01', '2026-06-30'), p('2026-07-01')]),
    ).toEqual([]);
    expect(
      gaten({ vanaf: '2026-01-01', tot: '2026-12-31' }, [
        p('2025-01-01', '2026-08-31'),
        p('2026-03-01', '2026-04-01'),
        p('2026-09-01', '2026-12-31'),
      ]),
    ).toEqual([]);
  });

  it('names each uncovered stretch with its dates, open when nothing follows', () => {
    expect(
      gaten({ vanaf: '2026-01-01', tot: null }, [
        p('2026-02-01', '2026-03-31'),
        p('2026-05-01', '2026-05-31'),
      ]),
    ).toEqual([
      { vanaf: '2026-01-01', tot: '2026-01-31' },
      { vanaf: '2026-04-01', tot: '2026-04-30' },
      { vanaf: '2026-06-01', tot: null },
    ]);
  });

  it('cuts the gaps to the window, and an empty window has none', () => {
    expect(gaten({ vanaf: '2026-01-01', tot: '2026-01-10' }, [])).toEqual([
      { vanaf: '2026-01-01', tot: '2026-01-10' },
    ]);
    expect(
      gaten({ vanaf: '2026-01-01', tot: '2026-01-10' }, [p('2026-01-05', '2026-01-06'), p('2026-03-01')]),
    ).toEqual([
      { vanaf: '2026-01-01', tot: '2026-01-04' },
      { vanaf: '2026-01-07', tot: '2026-01-10' },
    ]);
    expect(gaten({ vanaf: '2026-01-10', tot: '2026-01-09' }, [])).toEqual([]);
    expect(gaten({ vanaf: '2026-01-01', tot: '2026-01-01' }, [p('2026-01-01', '2026-01-01')])).toEqual([]);
  });

  it('ignores a period that ends before it starts (legacy data)', () => {
    expect(gaten({ vanaf: '2026-01-01', tot: '2026-01-31' }, [p('2026-01-10', '2026-01-05')])).toEqual([
      { vanaf: '2026-01-01', tot: '2026-01-31' },
    ]);
  });

  // Days as offsets from a base date keep the generated worlds small enough to check day by day.
  const BASIS = '2026-01-01';
  const dag = (n: number) => plusDagen(BASIS, n);
  const periode = fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }))
    .map(([start, lengte]) => p(dag(start), lengte === null ? null : dag(start + lengte)));
  const venster = fc
    .tuple(fc.integer({ min: 0, max: 70 }), fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }))
    .map(
      ([start, lengte]): Stuk => ({ vanaf: dag(start), tot: lengte === null ? null : dag(start + lengte) }),
    );
  const gedekt = (ps: Periode[], d: string) =>
    ps.some((x) => x.ingangsdatum <= d && (x.einddatum === null || x.einddatum >= d));

  it('property: every day of the window is either covered or in exactly one gap', () => {
    fc.assert(
      fc.property(venster, fc.array(periode, { maxLength: 6 }), (v, ps) => {
        const gs = gaten(v, ps);
        const laatste = v.tot ?? dag(120);
        for (const d of dagenTussen(v.vanaf, laatste)) {
          const in_ = gs.filter((g) => g.vanaf <= d && (g.tot === null || g.tot >= d)).length;
          expect(in_).toBe(gedekt(ps, d) ? 0 : 1);
        }
        for (const g of gs) {
          expect(g.vanaf >= v.vanaf).toBe(true);
          if (v.tot !== null) expect(g.tot !== null && g.tot <= v.tot).toBe(true);
          if (g.tot !== null) expect(g.tot >= g.vanaf).toBe(true);
        }
      }),
    );
  });

  it('property: gaps are ordered, apart and maximal (a covered day lies between two)', () => {
    fc.assert(
      fc.property(venster, fc.array(periode, { maxLength: 6 }), (v, ps) => {
        const gs = gaten(v, ps);
        for (let i = 1; i < gs.length; i++) {
          const vorige = gs[i - 1]!;
          expect(vorige.tot).not.toBeNull();
          expect(gs[i]!.vanaf > plusDagen(vorige.tot!, 1)).toBe(true);
        }
        for (const g of gs) {
          if (g.vanaf > v.vanaf) expect(gedekt(ps, plusDagen(g.vanaf, -1))).toBe(true);
          if (g.tot !== null && (v.tot === null || g.tot < v.tot))
            expect(gedekt(ps, plusDagen(g.tot, 1))).toBe(true);
        }
      }),
    );
  });

  it('property: periods that touch end to end never leave a gap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 5 }), (lengtes) => {
        const ps: Periode[] = [];
        let start = 0;
        for (const l of lengtes) {
          ps.push(p(dag(start), dag(start + l)));
          start += l + 1;
        }
        ps.push(p(dag(start)));
        expect(gaten({ vanaf: dag(0), tot: null }, ps)).toEqual([]);
        expect(gaten({ vanaf: dag(0), tot: null }, [...ps].reverse())).toEqual([]);
      }),
    );
  });
});

describe('lidmaatschapsgaten', () => {
  it('shows today’s gap from the day it began and a coming one with its end', () => {
    const dienst = { inDienst: '2020-01-01', uitDienst: null };
    expect(
      lidmaatschapsgaten(dienst, [p('2020-01-01', '2025-12-31'), p('2026-04-01', '2026-09-30')], HORIZON),
    ).toEqual([
      { vanaf: '2026-01-01', tot: '2026-03-31' },
      { vanaf: '2026-10-01', tot: null },
    ]);
  });

  it('stays within the employment and leaves out gaps outside the horizon', () => {
    const dienst = { inDienst: '2020-01-01', uitDienst: '2026-06-30' };
    expect(lidmaatschapsgaten(dienst, [p('2020-01-01', '2026-06-30')], HORIZON)).toEqual([]);
    expect(lidmaatschapsgaten(dienst, [p('2020-03-01')], HORIZON)).toEqual([]);
    expect(
      lidmaatschapsgaten(
        { inDienst: '2020-01-01', uitDienst: null },
        [p('2020-01-01', '2027-06-30')],
        HORIZON,
      ),
    ).toEqual([]);
    expect(
      lidmaatschapsgaten({ inDienst: '2026-08-01', uitDienst: null }, [p('2026-09-01')], HORIZON),
    ).toEqual([{ vanaf: '2026-08-01', tot: '2026-08-31' }]);
  });
});

describe('leiderschapsgaten', () => {
  const l = (naam: string, ingangsdatum: string, einddatum: string | null = null) => ({
    naam,
    ingangsdatum,
    einddatum,
  });

  it('names the leaving teamleider when a successor starts later or never', () => {
    const gs = leiderschapsgaten(
      { vanaf: '2024-01-01', tot: null },
      [l('Anna', '2024-01-01', '2026-05-31'), l('Bram', '2026-07-01')],
      HORIZON,
    );
    expect(gs).toEqual([
      { vanaf: '2026-06-01', tot: '2026-06-30', vertrekkend: [l('Anna', '2024-01-01', '2026-05-31')] },
    ]);
    const zonder = leiderschapsgaten(
      { vanaf: '2024-01-01', tot: null },
      [l('Anna', '2024-01-01', '2026-05-31')],
      HORIZON,
    );
    expect(zonder).toEqual([
      { vanaf: '2026-06-01', tot: null, vertrekkend: [l('Anna', '2024-01-01', '2026-05-31')] },
    ]);
  });

  it('sees no gap when a successor starts the next day or the team ends with its leader', () => {
    expect(
      leiderschapsgaten(
        { vanaf: '2024-01-01', tot: null },
        [l('A', '2024-01-01', '2026-05-31'), l('B', '2026-06-01')],
        HORIZON,
      ),
    ).toEqual([]);
    expect(
      leiderschapsgaten(
        { vanaf: '2024-01-01', tot: '2026-05-31' },
        [l('A', '2024-01-01', '2026-05-31')],
        HORIZON,
      ),
    ).toEqual([]);
  });

  it('a team that never had a teamleider has a gap without anyone leaving', () => {
    expect(leiderschapsgaten({ vanaf: '2026-03-01', tot: null }, [], HORIZON)).toEqual([
      { vanaf: '2026-03-01', tot: null, vertrekkend: [] },
    ]);
  });
});

describe('inzetNaEinde', () => {
  const run = (van: string, tot: string, urenPerWeek: number, werk = 'doel') => ({
    van,
    tot,
    urenPerWeek,
    werk,
  });

  it('counts the hours planned after the last day in service', () => {
    // Tuesday 30 June is the last day; 1–14 July hold 10 weekdays.
    const r = inzetNaEinde(
      { inDienst: '2020-01-01', uitDienst: '2026-06-30' },
      [p('2020-01-01', '2026-06-30')],
      [run('2026-06-01', '2026-07-14', 10), run('2026-03-02', '2026-03-31', 8, 'eerder')],
      HORIZON,
    );
    expect(r).toEqual([
      {
        soort: 'uitDienst',
        einddatum: '2026-06-30',
        uren: 20,
        inzet: [
          { ...run('2026-06-01', '2026-07-14', 10), vanaf: '2026-07-01', totEnMet: '2026-07-14', uren: 20 },
        ],
      },
    ]);
  });

  it('counts the hours in a stretch without contract hours inside the employment', () => {
    const r = inzetNaEinde(
      { inDienst: '2020-01-01', uitDienst: null },
      [p('2020-01-01', '2026-06-30'), p('2026-08-01')],
      [run('2026-06-29', '2026-08-09', 5)],
      HORIZON,
    );
    expect(r).toEqual([
      expect.objectContaining({ soort: 'contracturen', einddatum: '2026-06-30', uren: 23 }),
    ]);
  });

  it('stays silent without inzet after the end, or when the end lies beyond the horizon', () => {
    const dienst = { inDienst: '2020-01-01', uitDienst: '2026-06-30' };
    expect(
      inzetNaEinde(dienst, [p('2020-01-01', '2026-06-30')], [run('2026-01-01', '2026-06-30', 8)], HORIZON),
    ).toEqual([]);
    expect(
      inzetNaEinde(
        { inDienst: '2020-01-01', uitDienst: '2027-06-30' },
        [p('2020-01-01')],
        [run('2027-07-01', '2027-07-31', 8)],
        HORIZON,
      ),
    ).toEqual([]);
    // A contract that starts after the first day of service is not an end.
    expect(
      inzetNaEinde(
        { inDienst: '2026-01-01', uitDienst: null },
        [p('2026-02-01')],
        [run('2026-01-05', '2026-01-09', 8)],
        HORIZON,
      ),
    ).toEqual([]);
  });

  it('counts only the hours still to come when the end lies in the past', () => {
    const r = inzetNaEinde(
      { inDienst: '2020-01-01', uitDienst: '2026-01-31' },
      [],
      [run('2026-02-02', '2026-03-06', 5)],
      HORIZON,
    );
    // 2–6 March: five weekdays of one hour.
    expect(r[0]).toMatchObject({
      einddatum: '2026-01-31',
      uren: 5,
      inzet: [{ vanaf: '2026-03-01', totEnMet: '2026-03-06' }],
    });
  });
});

describe('weekdagenTussen', () => {
  it('counts Monday to Friday', () => {
    expect(weekdagenTussen('2026-07-01', '2026-07-14')).toBe(10);
    expect(weekdagenTussen('2026-07-04', '2026-07-05')).toBe(0);
    expect(weekdagenTussen('2026-07-05', '2026-07-04')).toBe(0);
    expect(inzetUren(36, '2026-07-06', '2026-07-10')).toBe(36);
  });

  it('property: equals counting day by day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 60 }), (a, n) => {
        const van = plusDagen('2025-12-01', a);
        const tot = plusDagen(van, n);
        let teller = 0;
        for (const d of dagenTussen(van, tot)) if (weekdag(d) <= 5) teller++;
        expect(weekdagenTussen(van, tot)).toBe(teller);
      }),
    );
  });
});
