import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { magOvergaan, volgendeStatussen } from './levenscyclus';
import {
  isBewerkbaar,
  magMomentopnameVernieuwen,
  momentopnameNummer,
  RAADSBRIEF_GRAAF,
  RAADSBRIEF_STATUSSEN,
  type RaadsbriefStatus,
  raadsbriefNummer,
  vaststellingsProblemen,
  verzendProblemen,
} from './raadsbrief';

const volledig = {
  onderwerp: 'Voortgang',
  aanleiding: 'Gevraagd door de raad.',
  kernboodschap: 'Op koers.',
  toelichting: '',
  vervolg: '',
  bijlagen: '',
  portefeuillehouder: 'Wethouder',
  datum: '2026-12-08',
  heeftMomentopname: true,
};

describe('the lifecycle of a raadsbrief', () => {
  it('goes concept → vastgesteld → verzonden, never back and never skipping the college', () => {
    expect(magOvergaan(RAADSBRIEF_GRAAF, 'concept', 'vastgesteld')).toBe(true);
    expect(magOvergaan(RAADSBRIEF_GRAAF, 'concept', 'verzonden')).toBe(false);
    expect(magOvergaan(RAADSBRIEF_GRAAF, 'vastgesteld', 'verzonden')).toBe(true);
    expect(magOvergaan(RAADSBRIEF_GRAAF, 'vastgesteld', 'concept')).toBe(false);
    expect(volgendeStatussen(RAADSBRIEF_GRAAF, 'verzonden')).toEqual([]);
  });

  it('freezes sections and snapshot from vaststelling on', () => {
    expect(RAADSBRIEF_STATUSSEN.filter(isBewerkbaar)).toEqual(['concept']);
    expect(RAADSBRIEF_STATUSSEN.filter(magMomentopnameVernieuwen)).toEqual(['concept']);
  });

  it('property: any walk is a prefix of concept, vastgesteld, verzonden; once frozen it stays frozen', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...RAADSBRIEF_STATUSSEN), { maxLength: 20 }), (pogingen) => {
        let s: RaadsbriefStatus = 'concept';
        const pad: RaadsbriefStatus[] = [s];
        let bevroren = false;
        for (const naar of pogingen) {
          if (magOvergaan(RAADSBRIEF_GRAAF, s, naar)) {
            s = naar;
            pad.push(s);
          }
          if (!isBewerkbaar(s)) bevroren = true;
          if (bevroren) expect(isBewerkbaar(s)).toBe(false);
        }
        expect(RAADSBRIEF_STATUSSEN.slice(0, pad.length)).toEqual(pad);
      }),
    );
  });
});

describe('what the college needs before approving', () => {
  it('lists every gap at once', () => {
    const p = vaststellingsProblemen({
      ...volledig,
      aanleiding: ' ',
      kernboodschap: '',
      portefeuillehouder: '',
      datum: null,
      heeftMomentopname: false,
    });
    expect(p.map((x) => x.veld)).toEqual([
      'aanleiding',
      'kernboodschap',
      'portefeuillehouder',
      'datum',
      'momentopname',
    ]);
    expect(vaststellingsProblemen(volledig)).toEqual([]);
  });

  it('property: a problem names exactly the missing required fields', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.boolean(), (aanleiding, kernboodschap, m) => {
        const velden = vaststellingsProblemen({
          ...volledig,
          aanleiding,
          kernboodschap,
          heeftMomentopname: m,
        }).map((x) => x.veld);
        expect(velden.includes('aanleiding')).toBe(aanleiding.trim() === '');
        expect(velden.includes('kernboodschap')).toBe(kernboodschap.trim() === '');
        expect(velden.includes('momentopname')).toBe(!m);
      }),
    );
  });

  it('refuses a sending date before the approval', () => {
    expect(verzendProblemen('2026-12-07', '2026-12-06')).toHaveLength(1);
    expect(verzendProblemen('2026-12-07', '2026-12-07')).toEqual([]);
  });

  it('numbers letters per year and snapshots per letter', () => {
    expect(raadsbriefNummer(2026, 1)).toBe('RB-2026-0001');
    expect(raadsbriefNummer(2026, 12345)).toBe('RB-2026-12345');
    expect(momentopnameNummer('RB-2026-0001', 2)).toBe('RB-2026-0001-M2');
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 99999 }), (j, n) => {
        expect(raadsbriefNummer(j, n)).toMatch(/^RB-[0-9]{4}-[0-9]{4,}$/);
      }),
    );
  });
});
