import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import {
  eindeMaandtermijn,
  isWerkdag,
  type OrTermijnStand,
  opschortingstermijn,
  orTermijnen,
  plusMaanden,
  reactieUiterlijk,
  volgendeDatum,
  volgendeWerkdag,
} from './or-termijnen';

const basis: OrTermijnStand = {
  soort: 'advies',
  ingetrokken: false,
  reactieGevraagdVoor: '2026-11-14',
  orGeinformeerdOp: '2026-10-01',
  advies: 'negatief',
  instemming: null,
  besluit: null,
  orZietAfVanOpschorting: false,
  vervangendeToestemming: null,
};

const datumArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('counting a month', () => {
  it('goes to the same day number, or the last day of a shorter month', () => {
    expect(plusMaanden('2026-12-13', 1)).toBe('2027-01-13');
    expect(plusMaanden('2027-01-31', 1)).toBe('2027-02-28');
    expect(plusMaanden('2028-01-31', 1)).toBe('2028-02-29');
    expect(plusMaanden('2026-03-31', 1)).toBe('2026-04-30');
    expect(plusMaanden('2026-08-31', 1)).toBe('2026-09-30');
    expect(plusMaanden('2026-12-31', 1)).toBe('2027-01-31');
  });
});

describe('working days', () => {
  it('moves a weekend or public holiday to the next working day', () => {
    expect(volgendeWerkdag('2026-11-14')).toBe('2026-11-16'); // Saturday
    expect(volgendeWerkdag('2026-11-15')).toBe('2026-11-16'); // Sunday
    expect(volgendeWerkdag('2026-11-16')).toBe('2026-11-16');
    expect(volgendeWerkdag('2026-12-25')).toBe('2026-12-28'); // Christmas, Boxing Day (Sat), Sunday
    expect(volgendeWerkdag('2026-04-27')).toBe('2026-04-28'); // Koningsdag (Monday)
    expect(isWerkdag('2026-04-03')).toBe(true); // Goede Vrijdag is a working day (Cao Gemeenten)
    expect(reactieUiterlijk('2026-11-14')).toBe('2026-11-16');
  });
});

describe('art. 25 lid 6: the opschortingstermijn', () => {
  it('ends one month after the OR was told; the decision may be carried out the day after', () => {
    expect(opschortingstermijn('2026-12-13')).toEqual({
      laatsteDag: '2027-01-13',
      uitvoerbaarVanaf: '2027-01-14',
    });
    // 31 January + 1 month = 28 February 2027, a Sunday: the last day moves to Monday 1 March.
    expect(opschortingstermijn('2027-01-31')).toEqual({
      laatsteDag: '2027-03-01',
      uitvoerbaarVanaf: '2027-03-02',
    });
    expect(opschortingstermijn('2028-01-31')).toEqual({
      laatsteDag: '2028-02-29',
      uitvoerbaarVanaf: '2028-03-01',
    });
    // 25 December is Christmas: the last day moves past Boxing Day and the Sunday.
    expect(opschortingstermijn('2026-11-25')).toEqual({
      laatsteDag: '2026-12-28',
      uitvoerbaarVanaf: '2026-12-29',
    });
  });

  it('suspends a decision that deviates from the advice, and shows the appeal window', () => {
    const besluit = { datum: '2026-12-10', orGeinformeerdOp: '2026-12-13', volgtAdvies: false };
    const t = orTermijnen({ ...basis, besluit });
    expect(t.wijktAfVanAdvies).toBe(true);
    expect(t.opschorting).toEqual({
      laatsteDag: '2027-01-13',
      uitvoerbaarVanaf: '2027-01-14',
      afgezien: false,
    });
    expect(t.beroepUiterlijk).toBe('2027-01-13');
    expect(t.uitvoerbaar).toEqual({ soort: 'opgeschort', vanaf: '2027-01-14' });
    expect(t.nietigheidUiterlijk).toBeNull();
  });

  it('lets the decision be carried out at once when it follows the advice or the OR waives the term', () => {
    const volgt = { datum: '2026-12-10', orGeinformeerdOp: '2026-12-13', volgtAdvies: true };
    expect(orTermijnen({ ...basis, advies: 'positief', besluit: volgt }).uitvoerbaar).toEqual({
      soort: 'uitvoerbaar',
      vanaf: '2026-12-10',
      grond: 'advies-gevolgd',
    });
    const afwijkend = { ...volgt, volgtAdvies: false };
    const t = orTermijnen({ ...basis, besluit: afwijkend, orZietAfVanOpschorting: true });
    expect(t.opschorting?.afgezien).toBe(true);
    expect(t.uitvoerbaar).toEqual({
      soort: 'uitvoerbaar',
      vanaf: '2026-12-10',
      grond: 'afstand-opschorting',
    });
  });
});

describe('art. 27: consent', () => {
  const instemming: OrTermijnStand = { ...basis, soort: 'instemming', advies: null };
  const besluit = { datum: '2027-01-31', orGeinformeerdOp: '2027-01-31', volgtAdvies: true };

  it('cannot be carried out without consent; the OR may invoke nullity within a month', () => {
    const t = orTermijnen({ ...instemming, instemming: 'geweigerd', besluit });
    expect(t.uitvoerbaar).toEqual({ soort: 'geen-instemming' });
    expect(t.nietigheidUiterlijk).toBe('2027-03-01');
    expect(orTermijnen({ ...instemming, besluit }).uitvoerbaar).toEqual({ soort: 'geen-instemming' });
  });

  it('can be carried out with consent, or with the kantonrechter replacement permission', () => {
    expect(orTermijnen({ ...instemming, instemming: 'gegeven', besluit }).uitvoerbaar).toMatchObject({
      soort: 'uitvoerbaar',
      grond: 'instemming',
    });
    const t = orTermijnen({
      ...instemming,
      instemming: 'geweigerd',
      besluit,
      vervangendeToestemming: { datum: '2027-03-15', kenmerk: 'C/13/1234' },
    });
    expect(t.uitvoerbaar).toEqual({
      soort: 'uitvoerbaar',
      vanaf: '2027-03-15',
      grond: 'vervangende-toestemming',
    });
    expect(t.nietigheidUiterlijk).toBeNull();
  });

  it('has nothing to execute before a decision, or after a withdrawal', () => {
    expect(orTermijnen(instemming).uitvoerbaar).toEqual({ soort: 'nog-geen-besluit' });
    expect(orTermijnen({ ...instemming, ingetrokken: true, besluit }).uitvoerbaar).toEqual({
      soort: 'ingetrokken',
    });
  });
});

describe('the next date that matters', () => {
  it('is the response deadline while waiting, then the end of the suspension', () => {
    expect(volgendeDatum(orTermijnen(basis), { wachtOpReactie: true }, '2026-11-01')).toEqual({
      datum: '2026-11-16',
      wat: 'reactietermijn',
    });
    const besluit = { datum: '2026-12-10', orGeinformeerdOp: '2026-12-13', volgtAdvies: false };
    expect(
      volgendeDatum(orTermijnen({ ...basis, besluit }), { wachtOpReactie: false }, '2026-12-20'),
    ).toEqual({
      datum: '2027-01-14',
      wat: 'einde-opschorting',
    });
    expect(
      volgendeDatum(orTermijnen({ ...basis, besluit }), { wachtOpReactie: false }, '2027-02-01'),
    ).toBeNull();
  });
});

describe('properties', () => {
  it('the suspension always ends after the day the OR was told, within a month and a week', () => {
    fc.assert(
      fc.property(datumArb, (d) => {
        const o = opschortingstermijn(d);
        expect(o.laatsteDag > d).toBe(true);
        expect(o.uitvoerbaarVanaf > o.laatsteDag).toBe(true);
        expect(o.laatsteDag >= plusMaanden(d, 1)).toBe(true);
        expect(o.laatsteDag <= plusDagen(plusMaanden(d, 1), 7)).toBe(true);
      }),
    );
  });

  it('a deadline never falls on a weekend or public holiday', () => {
    fc.assert(
      fc.property(datumArb, (d) => {
        for (const x of [reactieUiterlijk(d), eindeMaandtermijn(d), opschortingstermijn(d).laatsteDag]) {
          expect(isWerkdag(x)).toBe(true);
          expect(x >= d).toBe(true);
        }
        // The moved date is the FIRST working day: nothing in between was one.
        const r = reactieUiterlijk(d);
        for (let x = d; x < r; x = plusDagen(x, 1)) expect(isWerkdag(x)).toBe(false);
      }),
    );
  });

  it('a month later keeps the day number or lands on the last day of a shorter month', () => {
    fc.assert(
      fc.property(datumArb, (d) => {
        const m = plusMaanden(d, 1);
        const maandVerder = (Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7))) % 12 === 0;
        expect(Number(m.slice(5, 7))).toBe(maandVerder ? 1 : Number(d.slice(5, 7)) + 1);
        const dag = Number(m.slice(8, 10));
        expect(dag === Number(d.slice(8, 10)) || plusDagen(m, 1).slice(8, 10) === '01').toBe(true);
      }),
    );
  });

  it('a decision can be carried out no earlier than it was taken', () => {
    fc.assert(
      fc.property(
        datumArb,
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('advies' as const, 'instemming' as const, 'informatie' as const),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('gegeven' as const, 'geweigerd' as const, null),
        (datum, later, soort, volgtAdvies, afstand, instemming) => {
          const t = orTermijnen({
            ...basis,
            soort,
            instemming,
            orZietAfVanOpschorting: afstand,
            besluit: { datum, orGeinformeerdOp: plusDagen(datum, later), volgtAdvies },
          });
          if (t.uitvoerbaar.soort === 'uitvoerbaar' || t.uitvoerbaar.soort === 'opgeschort')
            expect(t.uitvoerbaar.vanaf >= datum).toBe(true);
          if (t.uitvoerbaar.soort === 'opgeschort')
            expect(t.uitvoerbaar.vanaf > plusDagen(datum, later)).toBe(true);
          if (soort !== 'advies') expect(t.opschorting).toBeNull();
        },
      ),
    );
  });
});
