import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maakGrondslag, meerjarig } from './loonsom';
import {
  alleProblemen,
  alsScenario,
  type Budget,
  type KopiePlaats,
  kolomcijfers,
  pasToe,
  type ScenarioContext,
  schaalBekendIn,
  standaardVergelijkingsdatum,
  type Vaststellingsplan,
  vaststellingsplan,
  type Wijziging,
  wijzigingUitInvoer,
} from './scenario';

/**
 * Scenario rules, exact. Scale 10 (treden 0–6, 3400 … 4100) and scale 11 (4000, 4200, 4400); no
 * employer's costs, so a month costs the table amount × FTE and a vacancy sits at the middle trede
 * (3700 in scale 10, 4200 in scale 11).
 */
const bedragen = (schaal: string, euro: number[]) =>
  euro.map((e, trede) => ({ schaal, trede, bedrag: e * 100 }));
const G = maakGrondslag(
  [
    {
      geldigVanaf: '2026-01-01',
      rijen: [
        ...bedragen('10', [3400, 3500, 3600, 3700, 3800, 4000, 4100]),
        ...bedragen('11', [4000, 4200, 4400]),
      ],
    },
  ],
  [],
  2026,
);
const CTX: ScenarioContext = {
  peildatum: '2026-01-01',
  teams: new Map([
    ['A', { naam: 'A', opgehevenOp: null }],
    ['B', { naam: 'B', opgehevenOp: null }],
    ['C', { naam: 'C', opgehevenOp: '2026-12-31' }],
  ]),
  schaalBekend: schaalBekendIn(G),
};

const plaats = (id: string, w: Partial<KopiePlaats> = {}): KopiePlaats => ({
  id,
  teamId: 'A',
  functieNaam: 'Beleidsmedewerker',
  functiefamilie: null,
  functieniveau: null,
  salarisschaal: '10',
  fte: 1,
  ingangsdatum: '2026-01-01',
  einddatum: null,
  soort: 'structureel',
  financiering: 'regulier',
  programmaId: null,
  subsidie: null,
  plaatsingen: [],
  ...w,
});
const m1 = {
  id: 'pl1',
  medewerkerId: 'm1',
  schaal: '10',
  trede: 5,
  fte: 1,
  ingangsdatum: '2026-01-01',
  einddatum: null,
};

describe('pasToe', () => {
  it('moves a place from a date: the old part ends the day before, the person goes along', () => {
    const u = pasToe(
      [plaats('P1', { plaatsingen: [m1] })],
      [],
      [
        {
          id: 'w1',
          soort: 'plaats-verplaatsen',
          ingangsdatum: '2026-07-01',
          formatieplaatsId: 'P1',
          teamId: 'B',
        },
      ],
      CTX,
    );
    expect(u.problemen).toEqual([[]]);
    expect(u.plaatsen.map((p) => [p.sleutel, p.teamId, p.ingangsdatum, p.einddatum, p.oorsprong])).toEqual([
      ['P1', 'A', '2026-01-01', '2026-06-30', 'P1'],
      ['nieuw:w1', 'B', '2026-07-01', null, 'P1'],
    ]);
    expect(
      u.plaatsen[0]!.plaatsingen.map((p) => [p.sleutel, p.bestaand, p.ingangsdatum, p.einddatum]),
    ).toEqual([['pl1', true, '2026-01-01', '2026-06-30']]);
    expect(
      u.plaatsen[1]!.plaatsingen.map((p) => [p.sleutel, p.bestaand, p.ingangsdatum, p.einddatum]),
    ).toEqual([['nieuw:w1/pl1', false, '2026-07-01', null]]);
  });

  it('changes a place itself when the change is on its first day', () => {
    const u = pasToe(
      [plaats('P1', { ingangsdatum: '2026-05-01' })],
      [],
      [
        {
          id: 'w1',
          soort: 'plaats-herschalen',
          ingangsdatum: '2026-05-01',
          formatieplaatsId: 'P1',
          salarisschaal: '11',
          fte: 0.5,
        },
      ],
      CTX,
    );
    expect(u.plaatsen.map((p) => [p.sleutel, p.salarisschaal, p.fte])).toEqual([['P1', '11', 0.5]]);
  });

  it('finds the part in force on the date, so a place can be re-scaled and later moved', () => {
    const u = pasToe(
      [plaats('P1')],
      [],
      [
        {
          id: 'w1',
          soort: 'plaats-herschalen',
          ingangsdatum: '2026-04-01',
          formatieplaatsId: 'P1',
          salarisschaal: '11',
          fte: null,
        },
        {
          id: 'w2',
          soort: 'plaats-verplaatsen',
          ingangsdatum: '2026-09-01',
          formatieplaatsId: 'P1',
          teamId: 'B',
        },
      ],
      CTX,
    );
    expect(u.problemen).toEqual([[], []]);
    expect(u.plaatsen.map((p) => [p.teamId, p.salarisschaal, p.ingangsdatum, p.einddatum])).toEqual([
      ['A', '10', '2026-01-01', '2026-03-31'],
      ['A', '11', '2026-04-01', '2026-08-31'],
      ['B', '11', '2026-09-01', null],
    ]);
  });

  it('lets a later wijziging name a place the scenario adds by the adding wijziging’s id', () => {
    const u = pasToe(
      [],
      [],
      [
        {
          id: 'w1',
          soort: 'plaats-toevoegen',
          ingangsdatum: '2026-02-01',
          teamId: 'A',
          functieNaam: 'Jurist',
          functiefamilie: null,
          functieniveau: null,
          salarisschaal: '11',
          fte: 1,
          einddatum: null,
          plaatssoort: 'structureel',
          financiering: 'regulier',
          programmaId: null,
          subsidie: null,
        },
        { id: 'w2', soort: 'plaats-beeindigen', ingangsdatum: '2026-08-01', formatieplaatsId: 'w1' },
      ],
      CTX,
    );
    expect(u.problemen).toEqual([[], []]);
    expect(u.plaatsen.map((p) => [p.sleutel, p.einddatum])).toEqual([['nieuw:w1', '2026-07-31']]);
  });

  it('lists every problem and skips what does not apply', () => {
    const live = [plaats('P1', { plaatsingen: [{ ...m1, ingangsdatum: '2026-09-01' }] })];
    const u = pasToe(
      live,
      [],
      [
        { id: 'w1', soort: 'plaats-beeindigen', ingangsdatum: '2026-06-01', formatieplaatsId: 'P1' },
        { id: 'w2', soort: 'plaats-beeindigen', ingangsdatum: '2025-06-01', formatieplaatsId: 'X' },
        {
          id: 'w3',
          soort: 'plaats-verplaatsen',
          ingangsdatum: '2026-06-01',
          formatieplaatsId: 'P1',
          teamId: 'A',
        },
        {
          id: 'w4',
          soort: 'plaats-verplaatsen',
          ingangsdatum: '2026-06-01',
          formatieplaatsId: 'P1',
          teamId: 'C',
        },
        {
          id: 'w5',
          soort: 'plaats-herschalen',
          ingangsdatum: '2026-06-01',
          formatieplaatsId: 'P1',
          salarisschaal: '12',
          fte: null,
        },
        {
          id: 'w6',
          soort: 'plaats-herschalen',
          ingangsdatum: '2026-06-01',
          formatieplaatsId: 'P1',
          salarisschaal: '10',
          fte: 1,
        },
        { id: 'w7', soort: 'budget-wijzigen', teamId: 'Z', jaar: 2025, bedrag: 100 },
      ],
      CTX,
    );
    expect(alleProblemen(u).map((p) => `${p.veld}:${p.code}`)).toEqual([
      'wijzigingen[0].ingangsdatum:plaatsing-na-einde',
      'wijzigingen[1].ingangsdatum:voor-peildatum',
      'wijzigingen[1].formatieplaatsId:bestaat-niet',
      'wijzigingen[2].teamId:zelfde-team',
      'wijzigingen[3].teamId:team-opgeheven',
      'wijzigingen[4].salarisschaal:onbekende-schaal',
      'wijzigingen[5].salarisschaal:geen-wijziging',
      'wijzigingen[6].teamId:bestaat-niet',
      'wijzigingen[6].jaar:voor-peildatum',
    ]);
    expect(u.plaatsen).toEqual(alsScenario(live));
  });
});

describe('wijzigingUitInvoer', () => {
  it('names every missing field and every field of another soort', () => {
    const u = wijzigingUitInvoer('w', { soort: 'budget-wijzigen', teamId: 'A', fte: 1 });
    expect(u.problemen.map((p) => `${p.veld}:${p.code}`)).toEqual([
      'jaar:verplicht',
      'bedrag:verplicht',
      'fte:niet-van-toepassing',
    ]);
  });

  it('turns a budget in euro into cents', () => {
    expect(
      wijzigingUitInvoer('w', { soort: 'budget-wijzigen', teamId: 'A', jaar: 2026, bedrag: 1234.56 })
        .wijziging,
    ).toEqual({
      id: 'w',
      soort: 'budget-wijzigen',
      teamId: 'A',
      jaar: 2026,
      bedrag: 123_456,
    });
  });
});

describe('vaststellingsplan and kolomcijfers', () => {
  const live = [plaats('P1', { plaatsingen: [m1] }), plaats('P2')];
  const wijzigingen: Wijziging[] = [
    {
      id: 'w1',
      soort: 'plaats-verplaatsen',
      ingangsdatum: '2026-07-01',
      formatieplaatsId: 'P1',
      teamId: 'B',
    },
    { id: 'w2', soort: 'plaats-beeindigen', ingangsdatum: '2026-10-01', formatieplaatsId: 'P2' },
    { id: 'w3', soort: 'budget-wijzigen', teamId: 'B', jaar: 2026, bedrag: 3_000_000 },
  ];

  it('writes only what changes', () => {
    const u = pasToe(live, [], wijzigingen, CTX);
    const plan = vaststellingsplan(live, [], u);
    expect(plan.plaatsWijzigingen).toEqual([
      { id: 'P1', velden: { einddatum: '2026-06-30' } },
      { id: 'P2', velden: { einddatum: '2026-09-30' } },
    ]);
    expect(plan.nieuwePlaatsen.map((p) => [p.sleutel, p.teamId, p.ingangsdatum])).toEqual([
      ['nieuw:w1', 'B', '2026-07-01'],
    ]);
    expect(plan.plaatsingWijzigingen).toEqual([{ id: 'pl1', einddatum: '2026-06-30' }]);
    expect(plan.nieuwePlaatsingen).toEqual([
      { plaats: 'nieuw:w1', medewerkerId: 'm1', fte: 1, ingangsdatum: '2026-07-01', einddatum: null },
    ]);
    expect(plan.budgetten).toEqual([{ teamId: 'B', jaar: 2026, bedrag: 3_000_000 }]);
    expect(vaststellingsplan(live, [], pasToe(live, [], [], CTX))).toEqual({
      plaatsWijzigingen: [],
      nieuwePlaatsen: [],
      plaatsingWijzigingen: [],
      nieuwePlaatsingen: [],
      budgetten: [],
    });
  });

  it('computes the figures by hand', () => {
    const u = pasToe(live, [], wijzigingen, CTX);
    const c = kolomcijfers(G, u.plaatsen, u.budgetten, '2026-10-01', [2026, 2027]);
    // m1 at trede 5 (4000) all year: 48.000, half in each team; P2 vacant at 3700 for 9 months.
    expect(c.organisatie.loonsom).toEqual([
      { jaar: 2026, totaal: 8_130_000, vacatures: 3_330_000, budget: 3_000_000, ruimte: -5_130_000 },
      { jaar: 2027, totaal: 4_920_000, vacatures: 0, budget: null, ruimte: null },
    ]);
    expect(c.teams.get('B')!.loonsom[0]).toEqual({
      jaar: 2026,
      totaal: 2_400_000,
      vacatures: 0,
      budget: 3_000_000,
      ruimte: 600_000,
    });
    expect(c.teams.get('A')!.fte).toEqual({ formatie: 0, bezetting: 0, vacature: 0, boventallig: 0 });
    expect(c.teams.get('B')!.fte).toEqual({
      formatie: 10_000,
      bezetting: 10_000,
      vacature: 0,
      boventallig: 0,
    });
  });

  it('takes the last date any wijziging starts as the default date of a comparison', () => {
    expect(standaardVergelijkingsdatum([{ peildatum: '2026-01-01', wijzigingen }])).toBe('2026-10-01');
    expect(standaardVergelijkingsdatum([{ peildatum: '2026-03-01', wijzigingen: [] }])).toBe('2026-03-01');
  });
});

// --- properties -----------------------------------------------------------------------------------

const DATUMS = [
  '2025-06-01',
  '2026-01-01',
  '2026-03-01',
  '2026-07-01',
  '2026-10-01',
  '2027-01-01',
  '2027-07-01',
];
const TEAMS = ['A', 'B', 'C', 'Z'];

const livePlaatsen = fc
  .array(
    fc.record({
      team: fc.constantFrom('A', 'B'),
      schaal: fc.constantFrom('10', '11'),
      fte: fc.constantFrom(0.5, 1, 1.5),
      start: fc.constantFrom('2025-01-01', '2026-01-01', '2026-07-01'),
      eind: fc.constantFrom(null, '2026-12-31', '2027-12-31'),
      mensen: fc.array(
        fc.record({
          fte: fc.constantFrom(0.5, 1),
          trede: fc.integer({ min: 0, max: 6 }),
          later: fc.boolean(),
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 5 },
  )
  .map((rijen) =>
    rijen.map(
      (r, i): KopiePlaats =>
        plaats(`P${i}`, {
          teamId: r.team,
          salarisschaal: r.schaal,
          fte: r.fte,
          ingangsdatum: r.start,
          einddatum: r.eind,
          plaatsingen: r.mensen.map((m, j) => ({
            id: `P${i}-pl${j}`,
            medewerkerId: `m${i}-${j}`,
            schaal: r.schaal,
            trede: m.trede,
            fte: m.fte,
            ingangsdatum: m.later ? '2026-08-01' : r.start,
            einddatum: r.eind,
          })),
        }),
    ),
  );

const wijzigingenArb = fc.array(
  fc.oneof(
    fc.record({
      soort: fc.constant('plaats-beeindigen' as const),
      ingangsdatum: fc.constantFrom(...DATUMS),
      plaats: fc.integer({ min: 0, max: 6 }),
    }),
    fc.record({
      soort: fc.constant('plaats-verplaatsen' as const),
      ingangsdatum: fc.constantFrom(...DATUMS),
      plaats: fc.integer({ min: 0, max: 6 }),
      teamId: fc.constantFrom(...TEAMS),
    }),
    fc.record({
      soort: fc.constant('plaats-herschalen' as const),
      ingangsdatum: fc.constantFrom(...DATUMS),
      plaats: fc.integer({ min: 0, max: 6 }),
      salarisschaal: fc.constantFrom(null, '10', '11', '12'),
      fte: fc.constantFrom(null, 0.5, 1, 2),
    }),
    fc.record({
      soort: fc.constant('plaats-toevoegen' as const),
      ingangsdatum: fc.constantFrom(...DATUMS),
      teamId: fc.constantFrom(...TEAMS),
      salarisschaal: fc.constantFrom('10', '11'),
      fte: fc.constantFrom(0.5, 1),
      einddatum: fc.constantFrom(null, '2027-06-30'),
    }),
    fc.record({
      soort: fc.constant('budget-wijzigen' as const),
      teamId: fc.constantFrom(...TEAMS),
      jaar: fc.constantFrom(2025, 2026, 2027),
      bedrag: fc.integer({ min: 0, max: 20_000_000 }),
    }),
  ),
  { maxLength: 6 },
);

/** Names a live place (P0…), an added one (by its wijziging's id) or none, as a client might. */
function alsWijzigingen(invoer: readonly any[]): Wijziging[] {
  const ids: string[] = [];
  return invoer.map((r, i): Wijziging => {
    const id = `w${i}`;
    const naam = (n: number) => (n < 4 ? `P${n}` : (ids[n - 4] ?? 'onbekend'));
    switch (r.soort) {
      case 'plaats-toevoegen':
        ids.push(id);
        return {
          id,
          soort: r.soort,
          ingangsdatum: r.ingangsdatum,
          teamId: r.teamId,
          functieNaam: 'Nieuw',
          functiefamilie: null,
          functieniveau: null,
          salarisschaal: r.salarisschaal,
          fte: r.fte,
          einddatum: r.einddatum,
          plaatssoort: r.einddatum ? 'tijdelijk' : 'structureel',
          financiering: 'regulier',
          programmaId: null,
          subsidie: null,
        };
      case 'budget-wijzigen':
        return { id, soort: r.soort, teamId: r.teamId, jaar: r.jaar, bedrag: r.bedrag };
      case 'plaats-beeindigen':
        return { id, soort: r.soort, ingangsdatum: r.ingangsdatum, formatieplaatsId: naam(r.plaats) };
      case 'plaats-verplaatsen':
        return {
          id,
          soort: r.soort,
          ingangsdatum: r.ingangsdatum,
          formatieplaatsId: naam(r.plaats),
          teamId: r.teamId,
        };
      default:
        return {
          id,
          soort: 'plaats-herschalen',
          ingangsdatum: r.ingangsdatum,
          formatieplaatsId: naam(r.plaats),
          salarisschaal: r.salarisschaal,
          fte: r.fte,
        };
    }
  });
}

/** What the database holds after adoption: the plan carried out on the live rows, written apart. */
function voerUit(live: readonly KopiePlaats[], budgetten: readonly Budget[], plan: Vaststellingsplan) {
  const rijen = new Map(live.map((p) => [p.id, { ...p, plaatsingen: p.plaatsingen.map((x) => ({ ...x })) }]));
  for (const w of plan.plaatsWijzigingen) Object.assign(rijen.get(w.id)!, w.velden);
  for (const p of plan.nieuwePlaatsen) {
    const { sleutel, ...velden } = p;
    rijen.set(sleutel, { ...velden, id: sleutel, plaatsingen: [] });
  }
  for (const w of plan.plaatsingWijzigingen) {
    for (const p of rijen.values()) {
      const i = p.plaatsingen.findIndex((x) => x.id === w.id);
      if (i < 0) continue;
      const x = p.plaatsingen[i]!;
      if (w.einddatum !== undefined) x.einddatum = w.einddatum;
      if (w.plaats !== undefined) {
        p.plaatsingen.splice(i, 1);
        rijen.get(w.plaats)!.plaatsingen.push(x);
      }
      break;
    }
  }
  const persoon = new Map(live.flatMap((p) => p.plaatsingen.map((x) => [x.medewerkerId, x] as const)));
  plan.nieuwePlaatsingen.forEach((n, i) => {
    const wie = persoon.get(n.medewerkerId)!;
    rijen.get(n.plaats)!.plaatsingen.push({ ...n, id: `nieuw-${i}`, schaal: wie.schaal, trede: wie.trede });
  });
  const budget = new Map(budgetten.map((b) => [`${b.teamId}|${b.jaar}`, b]));
  for (const b of plan.budgetten) budget.set(`${b.teamId}|${b.jaar}`, b);
  return { plaatsen: [...rijen.values()], budgetten: [...budget.values()] };
}

const alsObject = (c: ReturnType<typeof kolomcijfers>) => ({
  organisatie: c.organisatie,
  teams: Object.fromEntries([...c.teams.entries()].sort(([a], [b]) => a.localeCompare(b))),
});

describe('properties', () => {
  const liveBudget: Budget[] = [{ teamId: 'A', jaar: 2026, bedrag: 5_000_000 }];

  it('adopting and then reading the formatie gives the scenario’s own figures', () => {
    fc.assert(
      fc.property(livePlaatsen, wijzigingenArb, fc.constantFrom(...DATUMS), (live, invoer, datum) => {
        const w = alsWijzigingen(invoer);
        const u = pasToe(live, liveBudget, w, CTX);
        const na = voerUit(live, liveBudget, vaststellingsplan(live, liveBudget, u));
        const jaren = meerjarig(2026);
        expect(alsObject(kolomcijfers(G, alsScenario(na.plaatsen), na.budgetten, datum, jaren))).toEqual(
          alsObject(kolomcijfers(G, u.plaatsen, u.budgetten, datum, jaren)),
        );
        // And a scenario whose wijzigingen are all refused writes nothing.
        if (u.problemen.every((p) => p.length > 0)) {
          expect(vaststellingsplan(live, liveBudget, u).plaatsWijzigingen).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adds each team up to the organisation, and leaves the live rows as they were', () => {
    fc.assert(
      fc.property(livePlaatsen, wijzigingenArb, (live, invoer) => {
        const voor = JSON.stringify(live);
        const u = pasToe(live, liveBudget, alsWijzigingen(invoer), CTX);
        expect(JSON.stringify(live)).toBe(voor);
        const c = kolomcijfers(G, u.plaatsen, u.budgetten, '2026-10-01', meerjarig(2026));
        const teams = [...c.teams.values()];
        expect(teams.reduce((s, t) => s + t.fte.formatie, 0)).toBe(c.organisatie.fte.formatie);
        expect(teams.reduce((s, t) => s + t.fte.vacature, 0)).toBe(c.organisatie.fte.vacature);
        c.organisatie.loonsom.forEach((j, i) => {
          expect(teams.reduce((s, t) => s + t.loonsom[i]!.totaal, 0)).toBe(j.totaal);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never changes the shared live rows: every column starts from the same formatie (property)', () => {
    fc.assert(
      fc.property(livePlaatsen, wijzigingenArb, (live, invoer) => {
        const voor = structuredClone(alsScenario(live));
        pasToe(live, liveBudget, alsWijzigingen(invoer), CTX);
        pasToe(live, liveBudget, alsWijzigingen(invoer), CTX);
        expect(alsScenario(live)).toEqual(voor);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same figures with the comparison’s shared cache as without', () => {
    fc.assert(
      fc.property(livePlaatsen, wijzigingenArb, (live, invoer) => {
        const u = pasToe(live, liveBudget, alsWijzigingen(invoer), CTX);
        const jaren = meerjarig(2026);
        const cache = new WeakMap();
        const huidig = kolomcijfers(G, alsScenario(live), liveBudget, '2026-10-01', jaren, cache);
        const scenario = kolomcijfers(G, u.plaatsen, u.budgetten, '2026-10-01', jaren, cache);
        expect(alsObject(huidig)).toEqual(
          alsObject(kolomcijfers(G, alsScenario(live), liveBudget, '2026-10-01', jaren)),
        );
        expect(alsObject(scenario)).toEqual(
          alsObject(kolomcijfers(G, u.plaatsen, u.budgetten, '2026-10-01', jaren)),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every placement within its place and never changes the past before the peildatum', () => {
    fc.assert(
      fc.property(livePlaatsen, wijzigingenArb, (live, invoer) => {
        const u = pasToe(live, liveBudget, alsWijzigingen(invoer), CTX);
        for (const p of u.plaatsen) {
          expect(p.einddatum === null || p.einddatum >= p.ingangsdatum).toBe(true);
          for (const x of p.plaatsingen) {
            expect(x.ingangsdatum >= p.ingangsdatum).toBe(true);
            if (p.einddatum !== null) expect(x.einddatum !== null && x.einddatum <= p.einddatum).toBe(true);
          }
        }
        const plan = vaststellingsplan(live, liveBudget, u);
        for (const w of plan.plaatsWijzigingen) {
          if (w.velden.einddatum !== undefined) expect(w.velden.einddatum! >= '2025-12-31').toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
