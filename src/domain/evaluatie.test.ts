import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import {
  ACTIE_GRAAF,
  ACTIE_STATUSSEN,
  EVALUATIE_GRAAF,
  EVALUATIE_STATUSSEN,
  type EvaluatieInhoud,
  geweigerdeActieVelden,
  isVerlopen,
  ONDERWERP_SOORTEN,
  ONDERWERP_VELD,
  onderwerpProblemen,
  vaststellingsProblemen,
  verlopenActies,
} from './evaluatie';
import { magOvergaan, volgendeStatussen } from './levenscyclus';

const compleet: EvaluatieInhoud = {
  datum: '2026-11-20',
  samenvatting: 'De fase is goed verlopen.',
  vragen: [{ vraag: 'Wat ging goed?', antwoord: 'De samenwerking.' }],
  bevindingen: [{ tekst: 'Teams weten elkaar te vinden.' }],
  acties: [{ omschrijving: 'Werkwijze delen', datum: '2027-01-15' }],
};

describe('the lifecycle of an evaluation', () => {
  it('goes from concept to vastgesteld once, and never back', () => {
    expect(magOvergaan(EVALUATIE_GRAAF, 'concept', 'vastgesteld')).toBe(true);
    expect(magOvergaan(EVALUATIE_GRAAF, 'vastgesteld', 'concept')).toBe(false);
    expect(volgendeStatussen(EVALUATIE_GRAAF, 'vastgesteld')).toEqual([]);
  });

  it('lets an action be done and, after a mistake, open again', () => {
    expect(magOvergaan(ACTIE_GRAAF, 'open', 'gereed')).toBe(true);
    expect(magOvergaan(ACTIE_GRAAF, 'gereed', 'open')).toBe(true);
  });

  it('property: no walk through the evaluation graph leaves vastgesteld', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVALUATIE_STATUSSEN), { maxLength: 20 }), (pogingen) => {
        let s: (typeof EVALUATIE_STATUSSEN)[number] = 'concept';
        let vastgesteld = false;
        for (const naar of pogingen) {
          if (magOvergaan(EVALUATIE_GRAAF, s, naar)) s = naar;
          if (vastgesteld) expect(s).toBe('vastgesteld');
          if (s === 'vastgesteld') vastgesteld = true;
        }
      }),
    );
  });

  it('property: every state of both graphs has an entry, and steps stay within the states', () => {
    for (const s of EVALUATIE_STATUSSEN)
      for (const n of EVALUATIE_GRAAF[s]) expect(EVALUATIE_STATUSSEN).toContain(n);
    for (const s of ACTIE_STATUSSEN) for (const n of ACTIE_GRAAF[s]) expect(ACTIE_STATUSSEN).toContain(n);
  });
});

describe('the subject of an evaluation', () => {
  it('needs the id of its kind', () => {
    expect(onderwerpProblemen({ soort: 'fase' })).toEqual([
      expect.objectContaining({ veld: 'onderwerp.faseId', code: 'verplicht' }),
    ]);
    expect(onderwerpProblemen({ soort: 'fase', faseId: 'f' })).toEqual([]);
    expect(onderwerpProblemen({ soort: 'organisatie' })).toEqual([]);
  });

  it('refuses the ids of other kinds, every one at once', () => {
    const p = onderwerpProblemen({ soort: 'organisatie', faseId: 'f', opgaveId: 'o' });
    expect(p.map((x) => x.veld)).toEqual(['onderwerp.faseId', 'onderwerp.opgaveId']);
  });

  it('property: no problems exactly when only the matching id is set', () => {
    const id = fc.option(fc.uuid(), { nil: undefined });
    fc.assert(
      fc.property(fc.constantFrom(...ONDERWERP_SOORTEN), id, id, id, (soort, faseId, themaId, opgaveId) => {
        const o = { soort, faseId, themaId, opgaveId };
        const nodig = ONDERWERP_VELD[soort];
        const goed = (['faseId', 'themaId', 'opgaveId'] as const).every(
          (v) => (o[v] !== undefined) === (v === nodig),
        );
        expect(onderwerpProblemen(o).length === 0).toBe(goed);
      }),
    );
  });
});

describe('vaststellen', () => {
  it('accepts a complete evaluation held in the past', () => {
    expect(vaststellingsProblemen(compleet, '2026-12-06')).toEqual([]);
  });

  it('lists every gap at once', () => {
    const p = vaststellingsProblemen(
      {
        datum: '2026-12-10',
        samenvatting: '  ',
        vragen: [{ vraag: 'Wat kan beter?', antwoord: '' }],
        bevindingen: [],
        acties: [{ omschrijving: 'Terugkijken', datum: '2026-12-01' }],
      },
      '2026-12-06',
    );
    expect(p.map((x) => x.veld)).toEqual([
      'datum',
      'samenvatting',
      'bevindingen',
      'vragen[0].antwoord',
      'acties[0].datum',
    ]);
  });

  it('property: an evaluation dated after today is never vastgesteld', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (dagen) => {
        const p = vaststellingsProblemen(
          { ...compleet, datum: plusDagen('2026-12-06', dagen) },
          '2026-12-06',
        );
        expect(p.some((x) => x.veld === 'datum')).toBe(true);
      }),
    );
  });
});

describe('follow-up actions', () => {
  it('are overdue when open after their date, not on it', () => {
    expect(isVerlopen({ status: 'open', datum: '2026-12-05' }, '2026-12-06')).toBe(true);
    expect(isVerlopen({ status: 'open', datum: '2026-12-06' }, '2026-12-06')).toBe(false);
    expect(isVerlopen({ status: 'gereed', datum: '2026-01-01' }, '2026-12-06')).toBe(false);
  });

  it('list the overdue ones, the longest overdue first', () => {
    const acties = [
      { id: 'a', status: 'open' as const, datum: '2026-11-01' },
      { id: 'b', status: 'open' as const, datum: '2026-10-01' },
      { id: 'c', status: 'gereed' as const, datum: '2026-09-01' },
      { id: 'd', status: 'open' as const, datum: '2027-01-01' },
    ];
    expect(verlopenActies(acties, '2026-12-06').map((a) => a.id)).toEqual(['b', 'a']);
  });

  it('property: the overdue list holds exactly the open actions dated before today, sorted', () => {
    const actie = fc.record({
      status: fc.constantFrom(...ACTIE_STATUSSEN),
      datum: fc.integer({ min: -300, max: 300 }).map((d) => plusDagen('2026-12-06', d)),
    });
    fc.assert(
      fc.property(fc.array(actie, { maxLength: 30 }), (acties) => {
        const v = verlopenActies(acties, '2026-12-06');
        expect(v.length).toBe(acties.filter((a) => a.status === 'open' && a.datum < '2026-12-06').length);
        for (let i = 1; i < v.length; i++) expect(v[i - 1]!.datum <= v[i]!.datum).toBe(true);
      }),
    );
  });

  it('after vaststelling only their progress may change', () => {
    expect(geweigerdeActieVelden('vastgesteld', ['datum', 'omschrijving'])).toEqual([
      'datum',
      'omschrijving',
    ]);
    expect(geweigerdeActieVelden('concept', ['datum'])).toEqual([]);
  });
});
