import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berekenBeschikbaarheid, type Contract, contractUrenOpDag, verdeling } from './beschikbaarheid';
import { plusDagen } from './datum';
import { feestdagenTussen } from './feestdagen';
import { dagenTussen, periodenTussen } from './kalender';

const voltijd: Contract[] = [{ urenPerWeek: 36, ingangsdatum: '2020-01-01', einddatum: null }];
const dienst = { inDienst: '2020-01-01', uitDienst: null };

describe('beschikbaarheid', () => {
  it('spreads the week over Monday to Friday and drops holidays', () => {
    // ISO week 2026-W18: Mon 27 April (Koningsdag falls on Monday) … Sun 3 May.
    const r = berekenBeschikbaarheid({
      van: '2026-04-27',
      tot: '2026-05-03',
      contracten: voltijd,
      dienstverband: dienst,
      feestdagen: feestdagenTussen('2026-04-27', '2026-05-03'),
      afwezigheidUren: 0,
      nietProductiefAandeel: 0,
    });
    expect(r).toEqual({
      contractUren: 36,
      feestdagUren: 7.2,
      brutoUren: 28.8,
      afwezigheidUren: 0,
      nietProductiefUren: 0,
      beschikbaar: 28.8,
    });
  });

  it('takes absence off before the non-productive share, and never below zero', () => {
    const basis = {
      van: '2026-03-02',
      tot: '2026-03-06',
      contracten: [{ urenPerWeek: 32, ingangsdatum: '2020-01-01', einddatum: null }],
      dienstverband: dienst,
      feestdagen: new Set<string>(),
      nietProductiefAandeel: 0.25,
    };
    expect(berekenBeschikbaarheid({ ...basis, afwezigheidUren: 8 })).toMatchObject({
      brutoUren: 32,
      afwezigheidUren: 8,
      nietProductiefUren: 6,
      beschikbaar: 18,
    });
    expect(berekenBeschikbaarheid({ ...basis, afwezigheidUren: 50 })).toMatchObject({
      afwezigheidUren: 32,
      beschikbaar: 0,
    });
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

  it('adds up: the months of a year hold exactly the hours of the year, and so do its days', () => {
    const uren = fc.constantFrom(0, 8, 16, 18.5, 24, 32, 36, 40);
    fc.assert(
      fc.property(
        uren,
        uren,
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 2024, max: 2030 }),
        (a, b, wissel, jaar) => {
          const wisseldag = plusDagen(`${jaar}-01-01`, wissel);
          const contracten: Contract[] = [
            { urenPerWeek: a, ingangsdatum: '2000-01-01', einddatum: plusDagen(wisseldag, -1) },
            { urenPerWeek: b, ingangsdatum: wisseldag, einddatum: null },
          ];
          const feestdagen = feestdagenTussen(`${jaar}-01-01`, `${jaar}-12-31`);
          const invoer = (van: string, tot: string) => ({
            van,
            tot,
            contracten,
            dienstverband: dienst,
            feestdagen,
            afwezigheidUren: 0,
            nietProductiefAandeel: 0,
          });
          const jaarTotaal = berekenBeschikbaarheid(invoer(`${jaar}-01-01`, `${jaar}-12-31`)).beschikbaar;
          const maanden = periodenTussen('maand', `${jaar}-01-01`, `${jaar}-12-31`).reduce(
            (s, p) => s + berekenBeschikbaarheid(invoer(p.van, p.tot)).beschikbaar,
            0,
          );
          let dagen = 0;
          for (const d of dagenTussen(`${jaar}-01-01`, `${jaar}-12-31`))
            if (!feestdagen.has(d)) dagen += contractUrenOpDag(d, contracten, dienst);
          expect(maanden).toBeCloseTo(jaarTotaal, 6);
          expect(dagen).toBeCloseTo(jaarTotaal, 6);
        },
      ),
      { numRuns: 60 },
    );
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

  it('never gives negative hours and never more than the contract, whatever the absence or share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: -10, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (uren, afw, aandeel) => {
          const r = berekenBeschikbaarheid({
            van: '2026-01-05',
            tot: '2026-02-01',
            contracten: [{ urenPerWeek: uren, ingangsdatum: '2020-01-01', einddatum: null }],
            dienstverband: dienst,
            feestdagen: new Set(),
            afwezigheidUren: afw,
            nietProductiefAandeel: aandeel,
          });
          expect(r.beschikbaar).toBeGreaterThanOrEqual(0);
          expect(r.beschikbaar).toBeLessThanOrEqual(r.brutoUren + 1e-9);
          expect(r.brutoUren).toBeCloseTo(uren * 4, 6);
        },
      ),
    );
  });
});
