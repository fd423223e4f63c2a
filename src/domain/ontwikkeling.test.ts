import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITEIT_STATUSSEN,
  activiteitProblemen,
  budgetOverzicht,
  budgetPositie,
  type KostenRegel,
  kadernotaAanvraag,
  urenPerWeek,
} from './ontwikkeling';

describe('budgetPositie', () => {
  it('budget − toegezegd (gepland, bezig) − besteed (afgerond); geannuleerd telt niet', () => {
    const regels: KostenRegel[] = [
      { budgetTeamId: 't', status: 'gepland', kostenCenten: 100_00 },
      { budgetTeamId: 't', status: 'bezig', kostenCenten: 50_00 },
      { budgetTeamId: 't', status: 'afgerond', kostenCenten: 200_00 },
      { budgetTeamId: 't', status: 'geannuleerd', kostenCenten: 999_00 },
    ];
    expect(budgetPositie(1000_00, regels)).toEqual({
      budgetCenten: 1000_00,
      toegezegdCenten: 150_00,
      besteedCenten: 200_00,
      ruimteCenten: 650_00,
    });
  });
  it('zonder budget geen ruimte, wel de kosten; een overschrijding is negatief', () => {
    const r: KostenRegel[] = [{ budgetTeamId: 't', status: 'afgerond', kostenCenten: 300 }];
    expect(budgetPositie(null, r)).toEqual({
      budgetCenten: null,
      toegezegdCenten: 0,
      besteedCenten: 300,
      ruimteCenten: null,
    });
    expect(budgetPositie(100, r).ruimteCenten).toBe(-200);
  });
});

describe('budgetOverzicht', () => {
  it('per team, het organisatieniveau (geen team of een onbekend team) en het totaal', () => {
    const o = budgetOverzicht(
      ['a', 'b'],
      new Map<string | null, number>([
        ['a', 1000],
        [null, 5000],
      ]),
      [
        { budgetTeamId: 'a', status: 'gepland', kostenCenten: 400 },
        { budgetTeamId: 'b', status: 'afgerond', kostenCenten: 250 },
        { budgetTeamId: null, status: 'bezig', kostenCenten: 1000 },
        { budgetTeamId: 'opgeheven', status: 'afgerond', kostenCenten: 10 },
      ],
    );
    expect(o.teams).toEqual([
      {
        teamId: 'a',
        positie: { budgetCenten: 1000, toegezegdCenten: 400, besteedCenten: 0, ruimteCenten: 600 },
      },
      {
        teamId: 'b',
        positie: { budgetCenten: null, toegezegdCenten: 0, besteedCenten: 250, ruimteCenten: null },
      },
    ]);
    expect(o.organisatieNiveau).toEqual({
      budgetCenten: 5000,
      toegezegdCenten: 1000,
      besteedCenten: 10,
      ruimteCenten: 3990,
    });
    expect(o.totaal).toEqual({
      budgetCenten: 6000,
      toegezegdCenten: 1400,
      besteedCenten: 260,
      ruimteCenten: 4340,
    });
  });

  it('eigenschap: het totaal is de som van de teams en het organisatieniveau; elke kostenpost telt één keer', () => {
    const teams = ['a', 'b', 'c'];
    const regel = fc.record({
      budgetTeamId: fc.constantFrom<string | null>('a', 'b', 'c', 'x', null),
      status: fc.constantFrom(...ACTIVITEIT_STATUSSEN),
      kostenCenten: fc.integer({ min: 0, max: 10_000_000 }),
    });
    const budget = fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(regel, { maxLength: 40 }),
        fc.tuple(budget, budget, budget, budget),
        (regels, bs) => {
          const budgetten = new Map<string | null, number>();
          [...teams, null].forEach((t, i) => {
            if (bs[i] !== undefined) budgetten.set(t, bs[i]);
          });
          const o = budgetOverzicht(teams, budgetten, regels);
          const delen = [...o.teams.map((t) => t.positie), o.organisatieNiveau];
          const som = (f: (p: (typeof delen)[number]) => number) => delen.reduce((s, p) => s + f(p), 0);
          expect(o.totaal.toegezegdCenten).toBe(som((p) => p.toegezegdCenten));
          expect(o.totaal.besteedCenten).toBe(som((p) => p.besteedCenten));
          const nietGeannuleerd = regels
            .filter((r) => r.status !== 'geannuleerd')
            .reduce((s, r) => s + r.kostenCenten, 0);
          expect(o.totaal.toegezegdCenten + o.totaal.besteedCenten).toBe(nietGeannuleerd);
          if (o.totaal.budgetCenten !== null)
            expect(o.totaal.ruimteCenten).toBe(
              o.totaal.budgetCenten - o.totaal.toegezegdCenten - o.totaal.besteedCenten,
            );
        },
      ),
    );
  });
});

describe('kadernotaAanvraag', () => {
  it('gepland volgend jaar plus de afgeleide norm × fte zonder plan', () => {
    const a = kadernotaAanvraag({
      jaar: 2027,
      geplandCenten: 10_000_00,
      fteZonderPlan: 4,
      normInstellingCenten: null,
      kostenDitJaarCenten: 30_000_00,
      fteMetPlanDitJaar: 20,
    });
    // 30.000 / 20 fte = 1.500 per fte; 4 fte × 1.500 = 6.000; 10.000 + 6.000 = 16.000.
    expect(a).toMatchObject({
      bedragCenten: 16_000_00,
      normPerFteCenten: 1_500_00,
      normBron: 'afgeleid',
      aanvullendCenten: 6_000_00,
    });
    expect(a.basis).toContain('2027');
    expect(a.basis).toContain('per fte');
  });
  it('een vastgestelde norm gaat voor; zonder gegevens geen aanvulling', () => {
    expect(
      kadernotaAanvraag({
        jaar: 2027,
        geplandCenten: 0,
        fteZonderPlan: 2.5,
        normInstellingCenten: 800_00,
        kostenDitJaarCenten: 1,
        fteMetPlanDitJaar: 1,
      }),
    ).toMatchObject({ bedragCenten: 2_000_00, normBron: 'instelling' });
    expect(
      kadernotaAanvraag({
        jaar: 2027,
        geplandCenten: 500,
        fteZonderPlan: 3,
        normInstellingCenten: null,
        kostenDitJaarCenten: 0,
        fteMetPlanDitJaar: 0,
      }),
    ).toMatchObject({ bedragCenten: 500, normBron: 'geen', aanvullendCenten: 0 });
  });
});

describe('urenPerWeek', () => {
  it('verdeelt de uren gelijk over de weken die de activiteit raakt', () => {
    // Wednesday 2026-01-07 (W02) to Monday 2026-01-19 (W04): three weeks.
    expect([...urenPerWeek({ van: '2026-01-07', tot: '2026-01-19', uren: 24 })]).toEqual([
      ['2026-W02', 8],
      ['2026-W03', 8],
      ['2026-W04', 8],
    ]);
    expect([...urenPerWeek({ van: '2026-03-02', tot: '2026-03-02', uren: 6 })]).toEqual([['2026-W10', 6]]);
  });
  it('eigenschap: de weken samen houden alle uren', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 500 }),
        (s, d, u) => {
          const van = new Date(Date.UTC(2026, 0, 1 + s)).toISOString().slice(0, 10);
          const tot = new Date(Date.UTC(2026, 0, 1 + s + d)).toISOString().slice(0, 10);
          const som = [...urenPerWeek({ van, tot, uren: u }).values()].reduce((a, b) => a + b, 0);
          expect(som).toBeCloseTo(u, 6);
        },
      ),
    );
  });
});

describe('activiteitProblemen', () => {
  it('meldt alle problemen tegelijk', () => {
    expect(activiteitProblemen({ van: '2027-02-01', tot: '2027-01-01' }, 2026).map((p) => p.code)).toEqual([
      'voor-begin',
      'buiten-planjaar',
    ]);
    expect(activiteitProblemen({ van: '2026-02-01', tot: '2027-01-31' }, 2026)).toEqual([]);
  });
});
