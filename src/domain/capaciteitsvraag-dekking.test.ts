import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dekking, type StaandVerzoek, urenVanVerzoek } from './capaciteitsvraag-dekking';

// 2027-W01 runs from Monday 4 January 2027; 2027-W12 ends on Sunday 28 March 2027.
const verzoek = (x: Partial<StaandVerzoek> = {}): StaandVerzoek => ({
  status: 'aangevraagd',
  van: '2027-01-04',
  tot: '2027-03-28',
  urenPerWeek: 10,
  tegenvoorstel: null,
  ...x,
});

describe('urenVanVerzoek', () => {
  it('is hours a week times the ISO weeks of the request', () => {
    expect(urenVanVerzoek(verzoek())).toBe(120);
    expect(urenVanVerzoek(verzoek({ van: '2027-01-11', tot: '2027-01-17', urenPerWeek: 7.5 }))).toBe(7.5);
  });

  it('counts a counter-proposal instead of the original', () => {
    const v = verzoek({
      status: 'tegenvoorstel',
      tegenvoorstel: { van: '2027-03-15', tot: '2027-03-28', urenPerWeek: 4 },
    });
    expect(urenVanVerzoek(v)).toBe(8);
  });
});

describe('dekking of a capaciteitsvraag', () => {
  it('warns when the requests add up to more than asked (issue 17: 500 u for a vraag of 120 u)', () => {
    const vier = Array.from({ length: 4 }, () => verzoek({ urenPerWeek: 10.5 })); // 4 × 126 = 504
    const d = dekking(120, [...vier, verzoek({ status: 'ingestemd', urenPerWeek: 0.5 })]);
    expect(d).toEqual({
      gevraagd: 120,
      open: 504,
      ingestemd: 6,
      aangevraagd: 510,
      aantalVerzoeken: 5,
      overvraagd: true,
      melding: '510 u gevraagd bij personen voor een vraag van 120 u (390 u te veel).',
    });
  });

  it('does not warn when exactly or less than asked, or with nothing asked yet', () => {
    expect(dekking(120, [verzoek()])).toMatchObject({ aangevraagd: 120, overvraagd: false, melding: null });
    expect(dekking(130, [verzoek()])).toMatchObject({ aangevraagd: 120, overvraagd: false });
    expect(dekking(120, [])).toMatchObject({ aangevraagd: 0, aantalVerzoeken: 0, overvraagd: false });
  });

  it('counts the counter-proposal, so a smaller counter-offer can end the over-asking', () => {
    const kleiner = verzoek({
      status: 'tegenvoorstel',
      tegenvoorstel: { van: '2027-01-04', tot: '2027-01-31', urenPerWeek: 5 },
    });
    expect(dekking(100, [kleiner])).toMatchObject({ open: 20, overvraagd: false });
  });

  it('is over-asked exactly when open + ingestemd exceeds what is asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.array(
          fc.record({
            status: fc.constantFrom('aangevraagd', 'tegenvoorstel', 'ingestemd') as fc.Arbitrary<
              StaandVerzoek['status']
            >,
            uren: fc.integer({ min: 1, max: 40 }),
            weken: fc.integer({ min: 1, max: 13 }),
          }),
          { maxLength: 8 },
        ),
        (gevraagd, lijst) => {
          const verzoeken = lijst.map((x) =>
            verzoek({
              status: x.status,
              urenPerWeek: x.uren,
              tot: new Date(Date.UTC(2027, 0, 4 + 7 * x.weken - 1)).toISOString().slice(0, 10),
            }),
          );
          const d = dekking(gevraagd, verzoeken);
          const totaal = lijst.reduce((s, x) => s + x.uren * x.weken, 0);
          expect(d.aangevraagd).toBe(totaal);
          expect(d.open + d.ingestemd).toBe(totaal);
          expect(d.overvraagd).toBe(totaal > gevraagd);
          expect(d.melding === null).toBe(!d.overvraagd);
        },
      ),
    );
  });
});
