import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BeschikbaarheidInvoer,
  berekenBeschikbaarheid,
  brutoVanWeek,
  type Contract,
  contractUrenOpDag,
  somVanDagen,
  type Teamperiode,
  verdeling,
} from './beschikbaarheid';
import { plusDagen } from './datum';
import { feestdagenTussen } from './feestdagen';
import { type Periodesoort, periodenTussen, periodeVan } from './kalender';

const voltijd: Contract[] = [{ urenPerWeek: 36, ingangsdatum: '2020-01-01', einddatum: null }];
const dienst = { inDienst: '2020-01-01', uitDienst: null };
const feestdagen = feestdagenTussen('2024-01-01', '2031-12-31');
const basis = {
  contracten: voltijd,
  dienstverband: dienst,
  feestdagen,
  afwezigheid: new Map<string, number>(),
  teams: [] as Teamperiode[],
  nietProductiefAandeel: 0.15,
};
const van = (soort: Periodesoort, sleutel: string, invoer: Omit<BeschikbaarheidInvoer, 'van' | 'tot'>) => {
  const p = periodeVan(soort, sleutel);
  return berekenBeschikbaarheid({ ...invoer, van: p.van, tot: p.tot });
};

describe('beschikbaarheid', () => {
  it('spreads the week over Monday to Friday and drops holidays', () => {
    // ISO week 2026-W18: Mon 27 April (Koningsdag falls on Monday) … Sun 3 May.
    expect(van('week', '2026-W18', { ...basis, nietProductiefAandeel: 0 })).toEqual({
      contractUren: 36,
      feestdagUren: 7.2,
      brutoUren: 28.8,
      afwezigheidUren: 0,
      nietProductiefUren: 0,
      beschikbaar: 28.8,
    });
  });

  it('takes absence off before the non-productive share, and caps it at the week’s gross hours', () => {
    const invoer = (uren: number) => ({
      ...basis,
      contracten: [{ urenPerWeek: 32, ingangsdatum: '2020-01-01', einddatum: null }],
      afwezigheid: new Map([['2026-W10', uren]]),
      nietProductiefAandeel: 0.25,
    });
    expect(van('week', '2026-W10', invoer(8))).toMatchObject({
      brutoUren: 32,
      afwezigheidUren: 8,
      nietProductiefUren: 6,
      beschikbaar: 18,
    });
    expect(van('week', '2026-W10', invoer(50))).toMatchObject({ afwezigheidUren: 32, beschikbaar: 0 });
  });

  // Issue 12: the week view took 28.8 h, April + May together 36 h.
  it('Koningsdag week 2026-W18, 36 h contract, 36 h absent: the week, the months and the quarter take 28.8 h', () => {
    const invoer = { ...basis, afwezigheid: new Map([['2026-W18', 36]]) };
    expect(van('week', '2026-W18', invoer)).toEqual({
      contractUren: 36,
      feestdagUren: 7.2,
      brutoUren: 28.8,
      afwezigheidUren: 28.8,
      nietProductiefUren: 0,
      beschikbaar: 0,
    });
    // Tue 28 – Thu 30 April in April (Monday is Koningsdag), Friday 1 May in May.
    expect(van('maand', '2026-04', invoer)).toMatchObject({ afwezigheidUren: 21.6, beschikbaar: 104.04 });
    expect(van('maand', '2026-05', invoer)).toMatchObject({ afwezigheidUren: 7.2, beschikbaar: 104.04 });
    expect(van('kwartaal', '2026-Q2', invoer)).toMatchObject({ afwezigheidUren: 28.8, beschikbaar: 342.72 });
    expect(van('jaar', '2026', invoer)).toMatchObject({ afwezigheidUren: 28.8, beschikbaar: 1530 });
  });

  // Issue 12: "2026" was the ISO year in the week view and the calendar year in the month view.
  it('tells the calendar year 2026 from the ISO year 2026 for a full-timer', () => {
    expect(periodeVan('isojaar', '2026-ISO')).toEqual({
      sleutel: '2026-ISO',
      van: '2025-12-29',
      tot: '2027-01-03',
    });
    expect(van('jaar', '2026', basis)).toMatchObject({ brutoUren: 1828.8, beschikbaar: 1554.48 });
    expect(van('isojaar', '2026-ISO', basis)).toMatchObject({ brutoUren: 1850.4, beschikbaar: 1572.84 });
  });

  it('spreads a week’s absence over the days in service only, so a partial week keeps it all', () => {
    // In service from Wednesday 11 March 2026: W11 has three working days, 21.6 h.
    const invoer = {
      ...basis,
      dienstverband: { inDienst: '2026-03-11', uitDienst: null },
      afwezigheid: new Map([['2026-W11', 14.4]]),
    };
    expect(brutoVanWeek('2026-W11', voltijd, invoer.dienstverband, feestdagen)).toBeCloseTo(21.6, 9);
    expect(van('week', '2026-W11', invoer)).toMatchObject({ brutoUren: 21.6, afwezigheidUren: 14.4 });
    expect(van('maand', '2026-03', invoer).afwezigheidUren).toBe(14.4);
  });

  it('keeps each day within its own hours when the contract changes within the week', () => {
    // 36 h until Tuesday, 20 h from Wednesday: 14.4 + 12 = 26.4 h in W10; all of it absent.
    const contracten: Contract[] = [
      { urenPerWeek: 36, ingangsdatum: '2020-01-01', einddatum: '2026-03-03' },
      { urenPerWeek: 20, ingangsdatum: '2026-03-04', einddatum: null },
    ];
    const invoer = { ...basis, contracten, afwezigheid: new Map([['2026-W10', 26.4]]) };
    expect(berekenBeschikbaarheid({ ...invoer, van: '2026-03-02', tot: '2026-03-03' })).toMatchObject({
      afwezigheidUren: 14.4,
      beschikbaar: 0,
    });
    expect(berekenBeschikbaarheid({ ...invoer, van: '2026-03-04', tot: '2026-03-08' })).toMatchObject({
      afwezigheidUren: 12,
      beschikbaar: 0,
    });
  });

  // Issue 12: the personal figure used today's team's share for every period.
  it('takes the non-productive share of the team the person is in on each day', () => {
    // Team A (share 0.1) until Wednesday 6 January 2027, team B (organisation's 0.15) from Thursday.
    const teams: Teamperiode[] = [
      { ingangsdatum: '2020-01-01', einddatum: '2027-01-06', aandeel: 0.1 },
      { ingangsdatum: '2027-01-07', einddatum: null, aandeel: null },
    ];
    const invoer = { ...basis, teams };
    const persoon = van('maand', '2027-01', invoer);
    const inA = van('maand', '2027-01', { ...invoer, alleenIn: [teams[0]!] });
    const inB = van('maand', '2027-01', { ...invoer, alleenIn: [teams[1]!] });
    // Jan 2027: Fri 1 is a holiday; A has Mon 4–Wed 6 (21.6 h), B the other 17 working days (122.4 h).
    expect(inA).toMatchObject({ brutoUren: 21.6, nietProductiefUren: 2.16, beschikbaar: 19.44 });
    expect(inB).toMatchObject({ brutoUren: 122.4, nietProductiefUren: 18.36, beschikbaar: 104.04 });
    expect(persoon.beschikbaar).toBe(123.48);
  });

  it('follows contract changes and the employment dates day by day', () => {
    const contracten: Contract[] = [
      { urenPerWeek: 20, ingangsdatum: '2026-01-01', einddatum: '2026-03-04' },
      { urenPerWeek: 30, ingangsdatum: '2026-03-05', einddatum: null },
    ];
    expect(contractUrenOpDag('2026-03-04', contracten, dienst)).toBe(4);
    expect(contractUrenOpDag('2026-03-05', contracten, dienst)).toBe(6);
    expect(contractUrenOpDag('2026-03-07', contracten, dienst)).toBe(0);
    expect(contractUrenOpDag('2026-03-05', contracten, { inDienst: '2026-03-06', uitDienst: null })).toBe(0);
    expect(
      contractUrenOpDag('2026-03-06', contracten, { inDienst: '2020-01-01', uitDienst: '2026-03-05' }),
    ).toBe(0);
  });

  it('conserves hours: beschikbaar = robuust + wendbaar + vrij, overbooking shown, never clipped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_00 }).map((x) => x / 100),
        fc.integer({ min: 0, max: 60_00 }).map((x) => x / 100),
        fc.integer({ min: 0, max: 60_00 }).map((x) => x / 100),
        (beschikbaar, robuust, wendbaar) => {
          const v = verdeling(beschikbaar, robuust, wendbaar);
          expect(v.ingezetRobuust + v.ingezetWendbaar + v.vrij).toBeCloseTo(beschikbaar, 9);
          expect(v.overboekt).toBe(robuust + wendbaar > beschikbaar + 1e-9);
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// The views add up. A cell is the exact sum of its days rounded to 1/100, so it is within 0.005 of
// that sum, and the cells of two views of the same days differ in total by at most 0.005 per cell
// (plus float noise). That is the promise, stated in docs/beschikbaarheid.md.

const uren = fc.constantFrom(0, 8, 16, 18.5, 24, 32, 36, 40);
const aandeel = fc.constantFrom(null, 0, 0.1, 0.15, 0.2, 0.333);

/** A random person around year `jaar`: employment, contract changes, absence, extra holidays, teams. */
const persoon = fc
  .record({
    jaar: fc.integer({ min: 2024, max: 2029 }),
    inDienst: fc.integer({ min: -400, max: 300 }),
    duur: fc.option(fc.integer({ min: 20, max: 900 }), { nil: null }),
    contracten: fc.array(fc.tuple(fc.integer({ min: -30, max: 400 }), uren), { minLength: 1, maxLength: 3 }),
    afwezigheid: fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 52 }),
        fc.integer({ min: 0, max: 240 }).map((x) => x / 4),
      ),
      { maxLength: 8 },
    ),
    extraFeestdagen: fc.array(fc.integer({ min: 0, max: 380 }), { maxLength: 4 }),
    teams: fc.array(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 20 }), aandeel), {
      minLength: 1,
      maxLength: 4,
    }),
    standaard: fc.constantFrom(0.1, 0.15, 0.2),
  })
  .map((r) => {
    const start = `${r.jaar}-01-01`;
    const inDienst = plusDagen(start, r.inDienst);
    const dagen = [...new Set(r.contracten.map(([d]) => d))].sort((a, b) => a - b);
    const contracten: Contract[] = dagen.map((d, i) => ({
      urenPerWeek: r.contracten.find(([x]) => x === d)![1],
      ingangsdatum: i === 0 ? '2000-01-01' : plusDagen(start, d),
      einddatum: i + 1 < dagen.length ? plusDagen(start, dagen[i + 1]! - 1) : null,
    }));
    // Consecutive memberships with gaps between them (days in no team take the organisation's share).
    const teams: Teamperiode[] = [];
    let dag = plusDagen(start, -420);
    r.teams.forEach(([lengte, gat, a], i) => {
      const begin = plusDagen(dag, gat);
      const eind = i + 1 < r.teams.length ? plusDagen(begin, lengte * 3) : null;
      teams.push({ ingangsdatum: begin, einddatum: eind, aandeel: a });
      if (eind) dag = plusDagen(eind, 1);
    });
    return {
      jaar: r.jaar,
      contracten,
      dienstverband: { inDienst, uitDienst: r.duur === null ? null : plusDagen(inDienst, r.duur) },
      feestdagen: new Set([
        ...feestdagenTussen(`${r.jaar - 1}-12-01`, `${r.jaar + 1}-01-31`),
        ...r.extraFeestdagen.map((d) => plusDagen(start, d)),
      ]),
      afwezigheid: new Map(r.afwezigheid.map(([w, u]) => [`${r.jaar}-W${String(w).padStart(2, '0')}`, u])),
      teams,
      nietProductiefAandeel: r.standaard,
    };
  });

const VELDEN = [
  'contractUren',
  'feestdagUren',
  'afwezigheidUren',
  'nietProductiefUren',
  'beschikbaar',
] as const;

describe('every view of the same days gives the same hours', () => {
  it('weeks, months, quarters, calendar and ISO years add up to the sum of their days (property)', () => {
    fc.assert(
      fc.property(persoon, (p) => {
        const views: [Periodesoort, string, string][] = [
          ['week', periodeVan('isojaar', `${p.jaar}-ISO`).van, periodeVan('isojaar', `${p.jaar}-ISO`).tot],
          ['isojaar', periodeVan('isojaar', `${p.jaar}-ISO`).van, periodeVan('isojaar', `${p.jaar}-ISO`).tot],
          ['maand', `${p.jaar}-01-01`, `${p.jaar}-12-31`],
          ['kwartaal', `${p.jaar}-01-01`, `${p.jaar}-12-31`],
          ['jaar', `${p.jaar}-01-01`, `${p.jaar}-12-31`],
        ];
        for (const [soort, a, b] of views) {
          const exact = somVanDagen({ ...p, van: a, tot: b });
          const cellen = periodenTussen(soort, a, b).map((x) =>
            berekenBeschikbaarheid({ ...p, van: x.van, tot: x.tot }),
          );
          const marge = 0.005 * cellen.length + 0.005 + 1e-6;
          const netto =
            exact.contractUren - exact.feestdagUren - exact.afwezigheidUren - exact.nietProductiefUren;
          const som = (k: (typeof VELDEN)[number]) => cellen.reduce((s, c) => s + c[k], 0);
          expect(Math.abs(som('beschikbaar') - netto), `${soort} beschikbaar`).toBeLessThanOrEqual(marge);
          expect(Math.abs(som('afwezigheidUren') - exact.afwezigheidUren)).toBeLessThanOrEqual(marge);
          expect(Math.abs(som('nietProductiefUren') - exact.nietProductiefUren)).toBeLessThanOrEqual(marge);
          for (const c of cellen) {
            expect(c.beschikbaar).toBeGreaterThanOrEqual(0);
            expect(c.afwezigheidUren).toBeLessThanOrEqual(c.brutoUren + 1e-9);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('never loses or invents absence: each week takes min(entered, its working hours in service)', () => {
    fc.assert(
      fc.property(persoon, (p) => {
        for (const [week, u] of p.afwezigheid) {
          const w = periodeVan('week', week);
          const genomen = somVanDagen({ ...p, van: w.van, tot: w.tot }).afwezigheidUren;
          const max = brutoVanWeek(week, p.contracten, p.dienstverband, p.feestdagen);
          expect(genomen).toBeCloseTo(Math.min(u, max), 9);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('a person’s figure is the sum of their rows in the grids of the teams they were in (property)', () => {
    fc.assert(
      fc.property(persoon, (p) => {
        const a = `${p.jaar}-01-01`;
        const b = `${p.jaar}-12-31`;
        const geheel = somVanDagen({ ...p, van: a, tot: b });
        // The gaps between memberships, as the organisation's share applies there.
        const rijen = p.teams.map((t) => somVanDagen({ ...p, van: a, tot: b, alleenIn: [t] }));
        const gaten = [];
        for (let i = 0; i < p.teams.length; i++) {
          const t = p.teams[i]!;
          const vorige = p.teams[i - 1];
          const begin = vorige?.einddatum ? plusDagen(vorige.einddatum, 1) : '1900-01-01';
          if (begin < t.ingangsdatum)
            gaten.push({ ingangsdatum: begin, einddatum: plusDagen(t.ingangsdatum, -1) });
        }
        const buiten = somVanDagen({ ...p, van: a, tot: b, alleenIn: gaten });
        for (const k of ['contractUren', 'afwezigheidUren', 'nietProductiefUren'] as const)
          expect([...rijen, buiten].reduce((s, r) => s + r[k], 0)).toBeCloseTo(geheel[k], 9);
      }),
      { numRuns: 80 },
    );
  });
});
