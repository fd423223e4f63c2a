import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leesCsv } from '../../test/helpers/strikte-csv';
import { csvCel, naarCsvBestand, neutraliseer } from './csv';

const FORMULE = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Texts built from the characters that break CSV and start formulas, and from anything else. */
const vijandig = fc.oneof(
  fc.string({
    unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ';', ',', "'", ' ', 'a', 'é', '\uFF1D'),
    maxLength: 12,
  }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('CSV writer', () => {
  it('quotes every line break, separator and quote, and neutralises formulas', () => {
    expect(csvCel('gewoon')).toBe('gewoon');
    expect(csvCel('a\rb')).toBe('"a\rb"');
    expect(csvCel('a\nb')).toBe('"a\nb"');
    expect(csvCel('a,b')).toBe('"a,b"');
    expect(csvCel('a;b')).toBe('"a;b"');
    expect(csvCel('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCel('=1+1')).toBe("'=1+1");
    expect(csvCel('+31')).toBe("'+31");
    expect(csvCel('-2')).toBe("'-2");
    expect(csvCel('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCel('\t=1')).toBe("'\t=1");
    expect(csvCel('\r=cmd')).toBe('"\'\r=cmd"');
    expect(csvCel('＝1+1')).toBe("'＝1+1");
    expect(csvCel('x\r=cmd|calc')).toBe('"x\r=cmd|calc"');
    expect(csvCel(-9.6)).toBe('-9,6');
    expect(csvCel(null)).toBe('');
    expect(csvCel(undefined)).toBe('');
    expect(csvCel(Number.NaN)).toBe('');
  });

  it('keeps a value holding a bare CR in one row (the audit export split rows on it)', () => {
    const csv = naarCsvBestand(['id', 'objectId'], [[1, 'x\r=HYPERLINK("http://evil")']]);
    expect(leesCsv(csv)).toEqual([
      ['id', 'objectId'],
      ['1', 'x\r=HYPERLINK("http://evil")'],
    ]);
  });

  it('round-trips every hostile text, one row per record, no cell starting a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(vijandig, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rijen) => {
        const gelezen = leesCsv(naarCsvBestand(['a', 'b', 'c'], rijen));
        expect(gelezen).toHaveLength(rijen.length + 1);
        gelezen.slice(1).forEach((rij, r) => {
          expect(rij).toHaveLength(3);
          rij.forEach((cel, k) => {
            expect(FORMULE.test(cel)).toBe(false);
            // Reading back gives the value, with the one quote added where it looked like a formula.
            expect(cel).toBe(neutraliseer(rijen[r]![k]!));
            expect([rijen[r]![k], `'${rijen[r]![k]}`]).toContain(cel);
          });
        });
      }),
      { numRuns: 500 },
    );
  });
});
