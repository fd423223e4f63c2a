import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import { type InzetToets, type Teamlid, toetsDienstverband, toetsInzet, type Week } from './inzet-toets';
import type { Periode } from './periode';

// 2026-W02 starts on Monday 5 January.
const maandag = (week: number) => plusDagen('2026-01-05', (week - 2) * 7);
const vrijdag = (week: number) => plusDagen(maandag(week), 4);
const zondag = (week: number) => plusDagen(maandag(week), 6);
const weken = (van: number, tot: number): Week[] =>
  Array.from({ length: tot - van + 1 }, (_, i) => ({
    sleutel: `2026-W${String(van + i).padStart(2, '0')}`,
    van: maandag(van + i),
  }));
const periode = (ingangsdatum: string, einddatum: string | null = null): Periode => ({
  ingangsdatum,
  einddatum,
});
const lid = (team_id: string, ingangsdatum: string, einddatum: string | null = null): Teamlid => ({
  team_id,
  ingangsdatum,
  einddatum,
});

/** Weeks 4 to 6, employed since 2020, contract and team A throughout. */
const goed = (w: Partial<InzetToets> = {}): InzetToets => ({
  dienstverband: { in_dienst: '2020-01-01', uit_dienst: null },
  contracturen: [periode('2020-01-01')],
  lidmaatschappen: [lid('A', '2020-01-01')],
  van: maandag(4),
  tot: zondag(6),
  weken: weken(4, 6),
  team: { soort: 'basisteam' },
  ...w,
});

describe('toetsInzet', () => {
  it('finds nothing wrong with work inside employment, contract and team', () => {
    expect(toetsInzet(goed())).toEqual([]);
    expect(toetsInzet(goed({ team: { soort: 'team', teamId: 'A' } }))).toEqual([]);
  });

  it('reports both ends of the employment on their own fields, and nothing after them', () => {
    expect(
      toetsInzet(
        goed({
          dienstverband: { in_dienst: maandag(5), uit_dienst: vrijdag(5) },
          contracturen: [],
          lidmaatschappen: [],
        }),
      ),
    ).toEqual([
      {
        veld: 'vanWeek',
        code: 'voor-in-dienst',
        melding: `De medewerker is pas in dienst vanaf ${maandag(5)}.`,
      },
      { veld: 'totWeek', code: 'na-uit-dienst', melding: `De medewerker is uit dienst per ${vrijdag(5)}.` },
    ]);
  });

  it('names the first week without contract hours, and then says nothing of the team', () => {
    expect(
      toetsInzet(
        goed({
          contracturen: [periode('2020-01-01', zondag(4)), periode(maandag(6))],
          lidmaatschappen: [],
        }),
      ),
    ).toEqual([
      { veld: 'vanWeek', code: 'geen-contract', melding: 'In week 2026-W05 gelden geen contracturen.' },
    ]);
  });

  it('counts a week whose Monday or Friday has the fact', () => {
    // Contract hours from Friday of week 4, or until Monday of week 6: both weeks count.
    expect(toetsInzet(goed({ contracturen: [periode(vrijdag(4))] }))).toEqual([]);
    expect(
      toetsInzet(goed({ contracturen: [periode('2020-01-01', maandag(6))], weken: weken(4, 6) })),
    ).toEqual([]);
    // From Saturday of week 4 it is too late for that week.
    expect(toetsInzet(goed({ contracturen: [periode(plusDagen(vrijdag(4), 1))] }))).toEqual([
      { veld: 'vanWeek', code: 'geen-contract', melding: 'In week 2026-W04 gelden geen contracturen.' },
    ]);
  });

  it('asks a basisteam in the first week only', () => {
    expect(toetsInzet(goed({ lidmaatschappen: [lid('B', maandag(5))] }))).toEqual([
      {
        veld: 'medewerkerId',
        code: 'geen-team',
        melding: 'De medewerker hoort in week 2026-W04 bij geen basisteam.',
      },
    ]);
    // A team from the first week's Friday is enough; what follows later is not asked.
    expect(toetsInzet(goed({ lidmaatschappen: [lid('B', vrijdag(4), maandag(5))] }))).toEqual([]);
  });

  it("asks the goal's team in every week", () => {
    const team = { soort: 'team' as const, teamId: 'A' };
    expect(
      toetsInzet(goed({ team, lidmaatschappen: [lid('A', '2020-01-01', zondag(4)), lid('B', maandag(5))] })),
    ).toEqual([
      {
        veld: 'medewerkerId',
        code: 'buiten-team',
        melding: 'De medewerker hoort in week 2026-W05 niet bij het team van dit resultaatdoel.',
      },
    ]);
    // A move on the Wednesday of week 5 leaves that week to both teams.
    const wissel = [lid('A', '2020-01-01', plusDagen(maandag(5), 1)), lid('B', plusDagen(maandag(5), 2))];
    expect(toetsInzet(goed({ team, lidmaatschappen: wissel, weken: weken(4, 5), tot: zondag(5) }))).toEqual(
      [],
    );
    expect(
      toetsInzet(
        goed({
          team: { soort: 'team', teamId: 'B' },
          lidmaatschappen: wissel,
          weken: weken(5, 6),
          van: maandag(5),
        }),
      ),
    ).toEqual([]);
  });
});

describe('toetsDienstverband', () => {
  it('checks one date on a field of choice', () => {
    const d = { in_dienst: '2024-03-01', uit_dienst: '2025-12-31' };
    const op = (datum: string) =>
      toetsDienstverband(d, datum, datum, { van: 'ingangsdatum', tot: 'ingangsdatum' });
    expect(op('2024-03-01')).toEqual([]);
    expect(op('2025-12-31')).toEqual([]);
    expect(op('2024-02-29')).toEqual([
      {
        veld: 'ingangsdatum',
        code: 'voor-in-dienst',
        melding: 'De medewerker is pas in dienst vanaf 2024-03-01.',
      },
    ]);
    expect(op('2026-01-01')).toEqual([
      { veld: 'ingangsdatum', code: 'na-uit-dienst', melding: 'De medewerker is uit dienst per 2025-12-31.' },
    ]);
  });
});

// --- properties ----------------------------------------------------------------------------------

const dag = (n: number) => plusDagen('2025-12-29', n); // a Monday, week 2026-W01
const dagArb = fc.integer({ min: -60, max: 200 });
/** Facts of one owner never overlap: sorted starts, each ending before the next begins. */
const reeksArb = fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }).chain((stappen) =>
  fc.tuple(dagArb, fc.boolean()).map(([start, open]) => {
    const uit: Periode[] = [];
    let d = start;
    for (const [i, s] of stappen.entries()) {
      const laatste = i === stappen.length - 1;
      uit.push(periode(dag(d), laatste && open ? null : dag(d + s - 1)));
      d += s + (i % 2); // now and then a gap of a day
    }
    return uit;
  }),
);
const toetsArb: fc.Arbitrary<InzetToets> = fc
  .record({
    inDienst: dagArb,
    duur: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
    eersteWeek: fc.integer({ min: 0, max: 20 }),
    aantal: fc.integer({ min: 1, max: 8 }),
    contracturen: reeksArb,
    // Memberships alternate between team A or B and team C.
    lidmaatschappen: fc
      .tuple(reeksArb, fc.constantFrom('A', 'B'))
      .map(([reeks, team]) =>
        reeks.map((p, i) => lid(i % 2 === 0 ? team : 'C', p.ingangsdatum, p.einddatum)),
      ),
    team: fc.constantFrom<InzetToets['team']>({ soort: 'basisteam' }, { soort: 'team', teamId: 'A' }),
  })
  .map((r) => {
    const w = weken(2 + r.eersteWeek, 1 + r.eersteWeek + r.aantal);
    return {
      dienstverband: {
        in_dienst: dag(r.inDienst),
        uit_dienst: r.duur === null ? null : dag(r.inDienst + r.duur),
      },
      contracturen: r.contracturen,
      lidmaatschappen: r.lidmaatschappen,
      van: w[0]!.van,
      tot: plusDagen(w.at(-1)!.van, 6),
      weken: w,
      team: r.team,
    };
  });

describe('toetsInzet, for all inputs', () => {
  it('reports the employment exactly when the range leaves it, and then nothing else', () => {
    fc.assert(
      fc.property(toetsArb, (t) => {
        const codes = toetsInzet(t).map((p) => p.code);
        const buiten =
          t.van < t.dienstverband.in_dienst ||
          (t.dienstverband.uit_dienst !== null && t.tot > t.dienstverband.uit_dienst);
        if (buiten) {
          expect(codes.length).toBeGreaterThan(0);
          expect(codes.every((c) => c === 'voor-in-dienst' || c === 'na-uit-dienst')).toBe(true);
        } else {
          expect(codes.length).toBeLessThanOrEqual(1);
          expect(codes.every((c) => ['geen-contract', 'geen-team', 'buiten-team'].includes(c))).toBe(true);
        }
      }),
    );
  });

  it('finds nothing when every week is in employment, under contract and in the team', () => {
    fc.assert(
      fc.property(toetsArb, (t) => {
        const dekt = (p: Periode, d: string) =>
          p.ingangsdatum <= d && (p.einddatum === null || p.einddatum >= d);
        const goedeWeek = (w: Week, teamOk: (l: Teamlid) => boolean) =>
          t.contracturen.some((c) => dekt(c, w.van) || dekt(c, plusDagen(w.van, 4))) &&
          t.lidmaatschappen.some((l) => teamOk(l) && (dekt(l, w.van) || dekt(l, plusDagen(w.van, 4))));
        const binnen =
          t.van >= t.dienstverband.in_dienst &&
          (t.dienstverband.uit_dienst === null || t.tot <= t.dienstverband.uit_dienst);
        const team = t.team;
        const alles =
          binnen &&
          t.weken.every((w) => t.contracturen.some((c) => dekt(c, w.van) || dekt(c, plusDagen(w.van, 4)))) &&
          (team.soort === 'basisteam'
            ? goedeWeek(t.weken[0]!, () => true)
            : t.weken.every((w) => goedeWeek(w, (l) => l.team_id === team.teamId)));
        expect(toetsInzet(t).length === 0).toBe(alles);
      }),
    );
  });

  it('finds nothing for work that fits by construction, however the facts are split', () => {
    // Contiguous pieces from before the range to after it (or open): every day is covered.
    const aaneen = (start: number, stappen: number[]) =>
      stappen.map((s, i) => {
        const van = start + stappen.slice(0, i).reduce((a, b) => a + b, 0);
        return periode(dag(van), i === stappen.length - 1 ? null : dag(van + s - 1));
      });
    const stappenArb = fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
        stappenArb,
        stappenArb,
        fc.boolean(),
        (eerste, aantal, ervoor, erna, c, l, perTeam) => {
          const w = weken(2 + eerste, 1 + eerste + aantal);
          const van = w[0]!.van;
          const tot = plusDagen(w.at(-1)!.van, 6);
          const begin = (eerste + 1) * 7 - ervoor; // days from dag(0) to the start of the facts
          expect(
            toetsInzet({
              dienstverband: {
                in_dienst: dag(begin),
                uit_dienst: erna === null ? null : plusDagen(tot, erna),
              },
              contracturen: aaneen(begin, c),
              lidmaatschappen: aaneen(begin, l).map((p) => lid('A', p.ingangsdatum, p.einddatum)),
              van,
              tot,
              weken: w,
              team: perTeam ? { soort: 'team', teamId: 'A' } : { soort: 'basisteam' },
            }),
          ).toEqual([]);
        },
      ),
    );
  });

  it('reports at most one problem for a single date inside a valid employment', () => {
    fc.assert(
      fc.property(
        dagArb,
        fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
        dagArb,
        (a, duur, d) => {
          const dv = { in_dienst: dag(a), uit_dienst: duur === null ? null : dag(a + duur) };
          expect(toetsDienstverband(dv, dag(d), dag(d)).length).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
