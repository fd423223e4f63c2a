import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BESTUURSOPDRACHT_GRAAF } from './bestuursopdracht';
import {
  eerstvolgendeMijlpaal,
  isStapAanDeBeurt,
  opUrgentie,
  VOLGENDE_BESTUURSOPDRACHTSTAP,
  VOLGENDE_OPGAVESTAP,
} from './mijn-werk';
import { OPGAVE_GRAAF } from './opgave';

describe('the next step of a dossier', () => {
  it('is always a step the lifecycle allows', () => {
    for (const [van, naar] of Object.entries(VOLGENDE_OPGAVESTAP)) {
      if (naar) expect(OPGAVE_GRAAF[van as keyof typeof OPGAVE_GRAAF]).toContain(naar);
    }
    for (const [van, naar] of Object.entries(VOLGENDE_BESTUURSOPDRACHTSTAP)) {
      if (naar) expect(BESTUURSOPDRACHT_GRAAF[van as keyof typeof BESTUURSOPDRACHT_GRAAF]).toContain(naar);
    }
  });
  it('ends only where the lifecycle ends', () => {
    expect(VOLGENDE_OPGAVESTAP.afgerond).toBeNull();
    expect(VOLGENDE_BESTUURSOPDRACHTSTAP.geevalueerd).toBeNull();
    expect(VOLGENDE_BESTUURSOPDRACHTSTAP['ter-besluitvorming']).toBe('vastgesteld');
  });
});

describe('eerstvolgendeMijlpaal', () => {
  const mijlpalen = [
    { titel: 'Raad', datum: '2027-03-01' },
    { titel: 'Start', datum: '2026-01-10' },
    { titel: 'College', datum: '2026-12-15' },
  ];
  it('takes the first milestone on or after the date, not a past one', () => {
    expect(eerstvolgendeMijlpaal(mijlpalen, '2026-12-05')).toEqual({ titel: 'College', datum: '2026-12-15' });
    expect(eerstvolgendeMijlpaal(mijlpalen, '2026-12-15')?.titel).toBe('College');
    expect(eerstvolgendeMijlpaal(mijlpalen, '2027-03-02')).toBeNull();
    expect(eerstvolgendeMijlpaal([], '2026-12-05')).toBeNull();
  });
});

describe('opUrgentie', () => {
  it('puts due dates first, then the longest waiting, then the rest', () => {
    const lijst = [
      { id: 'a', vervaldatum: null, sinds: null },
      { id: 'b', vervaldatum: null, sinds: '2026-11-01' },
      { id: 'c', vervaldatum: '2026-12-20', sinds: null },
      { id: 'd', vervaldatum: '2026-12-10', sinds: '2026-12-01' },
      { id: 'e', vervaldatum: null, sinds: '2026-10-01' },
    ];
    expect([...lijst].sort(opUrgentie).map((x) => x.id)).toEqual(['d', 'c', 'e', 'b', 'a']);
  });
  it('is a consistent order: antisymmetric and zero only for equal keys', () => {
    const datum = fc.option(fc.constantFrom('2026-01-01', '2026-06-01', '2026-12-31'), { nil: null });
    const u = fc.record({ vervaldatum: datum, sinds: datum });
    fc.assert(
      fc.property(u, u, (a, b) => {
        expect(Math.sign(opUrgentie(a, b))).toBe(-Math.sign(opUrgentie(b, a)) || 0);
        if (opUrgentie(a, b) === 0) expect(a).toEqual(b);
      }),
    );
  });
});

describe('isStapAanDeBeurt', () => {
  it('is due while a dossier is prepared, and while it runs only near a milestone', () => {
    expect(isStapAanDeBeurt('verkenning', null, '2026-12-05')).toBe(true);
    expect(isStapAanDeBeurt('concept', null, '2026-12-05')).toBe(true);
    expect(isStapAanDeBeurt('uitvoering', null, '2026-12-05')).toBe(false);
    expect(isStapAanDeBeurt('in-uitvoering', { datum: '2027-01-04' }, '2026-12-05')).toBe(true);
    expect(isStapAanDeBeurt('in-uitvoering', { datum: '2027-01-05' }, '2026-12-05')).toBe(false);
    expect(isStapAanDeBeurt('afgerond', null, '2026-12-05')).toBe(false);
  });
});
