import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overtredingen } from '../../test/helpers/verdeel-controle';
import {
  instantieInStappen,
  rondAfInStappen,
  STANDAARD_VERDEEL_STAP,
  stappenAfgerond,
  stappenOmlaag,
  VERDEEL_STAPPEN,
} from './verdeel-stappen';
import type { Toewijzing, VerdeelInstantie } from './verdeling';

const instantie = (x: Partial<VerdeelInstantie> = {}): VerdeelInstantie => ({
  medewerkers: [
    { id: 'a', teamId: 't', vrij: 20, dossiers: [] },
    { id: 'b', teamId: 't', vrij: 20, dossiers: [] },
    { id: 'c', teamId: 'u', vrij: 20, dossiers: [] },
  ],
  vragen: [
    { id: 'v', dossierId: 'd', expertiseId: 'e', minimumNiveau: 1, urenPerWeek: 22.86, prioriteit: 3 },
  ],
  teams: [
    { id: 't', ruimte: 100 },
    { id: 'u', ruimte: 100 },
  ],
  geschiktheden: [],
  maxDossiers: 3,
  minimumUren: 4,
  ...x,
});
const uren = (ts: readonly Toewijzing[]) => ts.map((t) => [t.medewerkerId, t.urenPerWeek]);

describe('the steps of hours', () => {
  it('are half an hour, an hour, two hours or half a day, whole hours by default', () => {
    expect(VERDEEL_STAPPEN).toEqual([0.5, 1, 2, 4]);
    expect(STANDAARD_VERDEEL_STAP).toBe(1);
  });

  it('round free hours down and demand to the nearest step', () => {
    expect(stappenOmlaag(27.2, 1)).toBe(27);
    expect(stappenOmlaag(3.9999999, 1)).toBe(4);
    expect(stappenOmlaag(7.9, 4)).toBe(1);
    expect(stappenAfgerond(14.29, 1)).toBe(14);
    expect(stappenAfgerond(8.57, 1)).toBe(9);
    expect(stappenAfgerond(8.57, 0.5)).toBe(17);
    expect(stappenAfgerond(14.29, 4)).toBe(4);
    expect(stappenAfgerond(0.4, 1)).toBe(0);
  });

  it('put the instance the solver sees in steps', () => {
    const s = instantieInStappen(
      instantie({
        medewerkers: [{ id: 'a', teamId: 't', vrij: 27.2, dossiers: [] }],
        teams: [{ id: 't', ruimte: 9.9 }],
        minimumUren: 3,
      }),
      2,
    );
    expect(s.medewerkers[0]!.vrij).toBe(26);
    expect(s.teams[0]!.ruimte).toBe(8);
    expect(s.vragen[0]!.urenPerWeek).toBe(22);
    expect(s.minimumUren).toBe(4);
  });
});

describe('rondAfInStappen (largest remainder)', () => {
  it('makes 14,29 and 8,57 into whole hours that keep the total', () => {
    const inst = instantie();
    const plan = [
      { medewerkerId: 'a', vraagId: 'v', urenPerWeek: 14.29 },
      { medewerkerId: 'b', vraagId: 'v', urenPerWeek: 8.57 },
    ];
    // 22,86 rounds to 23: the larger remainder (0,57) goes up, the smaller (0,29) down.
    expect(uren(rondAfInStappen(inst, plan, 1))).toEqual([
      ['a', 14],
      ['b', 9],
    ]);
    // Half days: 22,86 is nearest 24 (6 steps of 4); 3,57 and 2,14 steps are 3 + 2 down, and the
    // sixth step goes to the larger remainder.
    expect(uren(rondAfInStappen(inst, plan, 4))).toEqual([
      ['a', 16],
      ['b', 8],
    ]);
    expect(uren(rondAfInStappen(inst, plan, 0.5))).toEqual([
      ['a', 14.5],
      ['b', 8.5],
    ]);
  });

  it('never goes above the demand rounded to a step, nor above anyone’s free hours', () => {
    const inst = instantie({
      medewerkers: [
        { id: 'a', teamId: 't', vrij: 10.5, dossiers: [] },
        { id: 'b', teamId: 't', vrij: 30, dossiers: [] },
      ],
      vragen: [
        { id: 'v', dossierId: 'd', expertiseId: 'e', minimumNiveau: 1, urenPerWeek: 15.4, prioriteit: 1 },
      ],
    });
    const plan = [
      { medewerkerId: 'a', vraagId: 'v', urenPerWeek: 10.5 },
      { medewerkerId: 'b', vraagId: 'v', urenPerWeek: 4.9 },
    ];
    // a keeps 10 (her 10,5 free hours are 10 whole ones); the step she cannot take goes to b.
    expect(uren(rondAfInStappen(inst, plan, 1))).toEqual([
      ['a', 10],
      ['b', 5],
    ]);
  });

  it('raises a line to the minimum when it fits, and drops it otherwise', () => {
    const inst = instantie({ minimumUren: 4 });
    // 5,1 over two steps of 4: 1,275 steps → 1 step (4 h); the 0,25 left is nothing to ask for.
    expect(uren(rondAfInStappen(inst, [{ medewerkerId: 'a', vraagId: 'v', urenPerWeek: 5.1 }], 4))).toEqual([
      ['a', 4],
    ]);
    const krap = instantie({
      medewerkers: [{ id: 'a', teamId: 't', vrij: 3.5, dossiers: [] }],
      minimumUren: 4,
    });
    expect(rondAfInStappen(krap, [{ medewerkerId: 'a', vraagId: 'v', urenPerWeek: 3.5 }], 1)).toEqual([]);
  });

  it('keeps the team within its room', () => {
    const inst = instantie({
      teams: [
        { id: 't', ruimte: 17.5 },
        { id: 'u', ruimte: 100 },
      ],
    });
    const plan = [
      { medewerkerId: 'a', vraagId: 'v', urenPerWeek: 8.75 },
      { medewerkerId: 'b', vraagId: 'v', urenPerWeek: 8.75 },
    ];
    const uit = rondAfInStappen(inst, plan, 1);
    expect(uit.reduce((s, t) => s + t.urenPerWeek, 0)).toBe(17);
  });
});

// Any instance and any plan, feasible or a little off (as solver tolerances may leave it).
const arbInstantieEnPlan = fc
  .record({
    vrij: fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 1, maxLength: 6 }),
    vraag: fc.array(fc.double({ min: 0, max: 60, noNaN: true }), { minLength: 1, maxLength: 4 }),
    ruimte: fc.array(fc.double({ min: 0, max: 80, noNaN: true }), { minLength: 2, maxLength: 2 }),
    minimumUren: fc.constantFrom(0.5, 1, 2, 3, 4, 6),
    stap: fc.constantFrom(...VERDEEL_STAPPEN),
    aandelen: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 24, maxLength: 24 }),
  })
  .map(({ vrij, vraag, ruimte, minimumUren, stap, aandelen }) => {
    const inst: VerdeelInstantie = {
      medewerkers: vrij.map((v, i) => ({ id: `m${i}`, teamId: `t${i % 2}`, vrij: v, dossiers: [] })),
      vragen: vraag.map((u, i) => ({
        id: `v${i}`,
        dossierId: `d${i}`,
        expertiseId: 'e',
        minimumNiveau: 1,
        urenPerWeek: u,
        prioriteit: 1,
      })),
      teams: ruimte.map((r, i) => ({ id: `t${i}`, ruimte: r })),
      geschiktheden: [],
      maxDossiers: 3,
      minimumUren,
    };
    const plan: Toewijzing[] = [];
    let k = 0;
    for (const m of inst.medewerkers)
      for (const v of inst.vragen) {
        const a = aandelen[k++ % aandelen.length]!;
        if (a > 0.3)
          plan.push({ medewerkerId: m.id, vraagId: v.id, urenPerWeek: a * Math.min(m.vrij, v.urenPerWeek) });
      }
    return { inst, plan, stap };
  });

describe('rondAfInStappen for any plan', () => {
  const som = (ts: readonly Toewijzing[], sleutel: (t: Toewijzing) => string) => {
    const s = new Map<string, number>();
    for (const t of ts) s.set(sleutel(t), (s.get(sleutel(t)) ?? 0) + t.urenPerWeek);
    return s;
  };

  it('gives every line a whole number of steps, at least the minimum', () => {
    fc.assert(
      fc.property(arbInstantieEnPlan, ({ inst, plan, stap }) => {
        for (const t of rondAfInStappen(inst, plan, stap)) {
          expect(Number.isInteger(t.urenPerWeek / stap)).toBe(true);
          expect(t.urenPerWeek).toBeGreaterThanOrEqual(inst.minimumUren);
        }
      }),
    );
  });

  it('never gives a vraag more than its demand rounded to a step', () => {
    fc.assert(
      fc.property(arbInstantieEnPlan, ({ inst, plan, stap }) => {
        const perVraag = som(rondAfInStappen(inst, plan, stap), (t) => t.vraagId);
        for (const v of inst.vragen)
          expect(perVraag.get(v.id) ?? 0).toBeLessThanOrEqual(Math.round(v.urenPerWeek / stap) * stap + 1e-9);
      }),
    );
  });

  it('never gives anyone more than their free hours, nor a team more than its room', () => {
    fc.assert(
      fc.property(arbInstantieEnPlan, ({ inst, plan, stap }) => {
        const uit = rondAfInStappen(inst, plan, stap);
        const perMw = som(uit, (t) => t.medewerkerId);
        for (const m of inst.medewerkers) expect(perMw.get(m.id) ?? 0).toBeLessThanOrEqual(m.vrij + 1e-9);
        const team = new Map(inst.medewerkers.map((m) => [m.id, m.teamId]));
        const perTeam = som(uit, (t) => team.get(t.medewerkerId)!);
        for (const t of inst.teams) expect(perTeam.get(t.id) ?? 0).toBeLessThanOrEqual(t.ruimte + 1e-9);
      }),
    );
  });

  it('on the instance in steps, breaks no rule the independent checker knows', () => {
    fc.assert(
      fc.property(arbInstantieEnPlan, ({ inst, plan, stap }) => {
        const inStappen = instantieInStappen(
          {
            ...inst,
            // Everyone fits every vraag, and the dossier limit is not what this property is about.
            geschiktheden: inst.medewerkers.flatMap((m) =>
              inst.vragen.map((v) => ({ medewerkerId: m.id, vraagId: v.id, niveau: 1, ambitie: false })),
            ),
            maxDossiers: inst.vragen.length,
          },
          stap,
        );
        expect(overtredingen(inStappen, rondAfInStappen(inStappen, plan, stap), stap)).toEqual([]);
      }),
    );
  });

  it('keeps only pairs of the plan, each once', () => {
    fc.assert(
      fc.property(arbInstantieEnPlan, ({ inst, plan, stap }) => {
        const paren = new Set(plan.map((t) => `${t.medewerkerId}|${t.vraagId}`));
        const uit = rondAfInStappen(inst, plan, stap).map((t) => `${t.medewerkerId}|${t.vraagId}`);
        expect(new Set(uit).size).toBe(uit.length);
        for (const p of uit) expect(paren.has(p)).toBe(true);
      }),
    );
  });

  it('leaves a plan already in steps and within every bound as it is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VERDEEL_STAPPEN),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 5 }),
        (stap, stappen) => {
          const inst = instantie({
            medewerkers: stappen.map((_n, i) => ({ id: `m${i}`, teamId: 't', vrij: 40, dossiers: [] })),
            vragen: [
              {
                id: 'v',
                dossierId: 'd',
                expertiseId: 'e',
                minimumNiveau: 1,
                urenPerWeek: 200,
                prioriteit: 1,
              },
            ],
            teams: [{ id: 't', ruimte: 1000 }],
            minimumUren: stap,
          });
          const plan = stappen.map((n, i) => ({
            medewerkerId: `m${i}`,
            vraagId: 'v',
            urenPerWeek: n * stap,
          }));
          expect(rondAfInStappen(inst, plan, stap)).toEqual(plan);
        },
      ),
    );
  });
});
