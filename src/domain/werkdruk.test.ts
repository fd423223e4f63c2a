import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afwezigheidVerhouding,
  beoordeel,
  capaciteitsBelasting,
  combineer,
  type DeelMeting,
  deelWaardeTekst,
  drempelProblemen,
  ernst,
  leesDrempels,
  niveauVanDeel,
  redenTekst,
  STANDAARD_WERKDRUK_DREMPELS,
  WERKDRUK_DELEN,
  WERKDRUK_NIVEAUS,
} from './werkdruk';

const D = STANDAARD_WERKDRUK_DREMPELS;

describe('werkdruk: one part', () => {
  it('is coloured by its thresholds, at the threshold itself the higher colour', () => {
    expect(niveauVanDeel(0.94, D.capaciteit)).toBe('groen');
    expect(niveauVanDeel(0.95, D.capaciteit)).toBe('oranje');
    expect(niveauVanDeel(1.09, D.capaciteit)).toBe('oranje');
    expect(niveauVanDeel(1.1, D.capaciteit)).toBe('rood');
    expect(niveauVanDeel(null, D.capaciteit)).toBe('onbekend');
    expect(niveauVanDeel(Number.NaN, D.capaciteit)).toBe('onbekend');
  });
});

describe('werkdruk: the combination rule', () => {
  it('rood when one part is rood or two are oranje; oranje for one; groen when known; onbekend otherwise', () => {
    expect(combineer(['groen', 'rood', 'onbekend'])).toBe('rood');
    expect(combineer(['oranje', 'oranje', 'groen'])).toBe('rood');
    expect(combineer(['oranje', 'groen', 'onbekend'])).toBe('oranje');
    expect(combineer(['groen', 'onbekend'])).toBe('groen');
    expect(combineer(['onbekend', 'onbekend'])).toBe('onbekend');
    expect(combineer([])).toBe('onbekend');
  });

  it('names the raised parts, red first, with value and threshold', () => {
    const o = beoordeel(
      [
        { deel: 'capaciteit', waarde: 0.97 },
        { deel: 'puls', waarde: null },
        { deel: 'dossiers', waarde: 1 },
        { deel: 'vacatures', waarde: 0.25 },
        { deel: 'afwezigheid', waarde: 1 },
      ],
      D,
    );
    expect(o.niveau).toBe('rood');
    expect(o.redenen).toEqual(['vacatures', 'capaciteit']);
    expect(o.delen[0]).toEqual({ deel: 'capaciteit', waarde: 0.97, drempel: D.capaciteit, niveau: 'oranje' });
    expect(o.delen[1]!.niveau).toBe('onbekend');
  });

  it('monotonic: raising any part never lowers the signal (property)', () => {
    const waarde = fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        fc.tuple(waarde, waarde, waarde, waarde, waarde),
        fc.integer({ min: 0, max: 4 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (waarden, i, erbij) => {
          const metingen: DeelMeting[] = WERKDRUK_DELEN.map((deel, j) => ({ deel, waarde: waarden[j]! }));
          const voor = beoordeel(metingen, D).niveau;
          const hoger = metingen.map((m, j) => (j === i ? { ...m, waarde: (m.waarde ?? 0) + erbij } : m));
          return ernst(beoordeel(hoger, D).niveau) >= ernst(voor);
        },
      ),
    );
  });

  it('the combination only depends on the colours, not on their order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WERKDRUK_NIVEAUS), { maxLength: 6 }), (n) => {
        return combineer(n) === combineer([...n].reverse());
      }),
    );
  });
});

describe('werkdruk: the figures of the parts', () => {
  it('capacity: the larger of demand and booked inzet against capacity, unknown without capacity', () => {
    expect(capaciteitsBelasting(1000, 850, 700)).toBe(0.85);
    expect(capaciteitsBelasting(1000, 500, 1200)).toBe(1.2);
    expect(capaciteitsBelasting(0, 500, 0)).toBeNull();
  });

  it('absence: the month against the usual level, unknown without a usual level', () => {
    expect(afwezigheidVerhouding(300, 100)).toBe(3);
    expect(afwezigheidVerhouding(0, 100)).toBe(0);
    expect(afwezigheidVerhouding(50, 0)).toBeNull();
    expect(afwezigheidVerhouding(50, null)).toBeNull();
  });
});

describe('werkdruk: the thresholds as a setting', () => {
  it('falls back to the default per part for anything unusable', () => {
    expect(leesDrempels(undefined)).toEqual(D);
    expect(leesDrempels('onzin')).toEqual(D);
    const d = leesDrempels({
      puls: { oranje: 3, rood: 3.8 },
      dossiers: { oranje: 5, rood: 1 },
      vacatures: 'x',
    });
    expect(d.puls).toEqual({ oranje: 3, rood: 3.8 });
    expect(d.dossiers).toEqual(D.dossiers);
    expect(d.vacatures).toEqual(D.vacatures);
  });

  it('lists every problem of a setting a user sends', () => {
    expect(drempelProblemen({ puls: { oranje: 4.5, rood: 4 }, dossiers: { oranje: -1, rood: 2 } })).toEqual([
      { veld: 'werkdrukDrempels.puls.oranje', code: 'boven-rood', melding: expect.any(String) },
      { veld: 'werkdrukDrempels.dossiers', code: 'negatief', melding: expect.any(String) },
    ]);
    expect(drempelProblemen(D)).toEqual([]);
  });
});

describe('werkdruk: the reason in words', () => {
  it('names the part, its value and the threshold it passed', () => {
    expect(redenTekst({ deel: 'vacatures', waarde: 0.25, drempel: D.vacatures, niveau: 'rood' })).toBe(
      'Vacatures 25 % (rood vanaf 20 %)',
    );
    expect(redenTekst({ deel: 'puls', waarde: 3.6, drempel: D.puls, niveau: 'oranje' })).toBe(
      'Werkdruk in de pulsmeting 3,6 (oranje vanaf 3,5)',
    );
    expect(deelWaardeTekst('afwezigheid', 2.04)).toBe('2,0 × normaal');
    expect(deelWaardeTekst('capaciteit', null)).toBe('onbekend');
  });
});
