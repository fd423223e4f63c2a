import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naarCsvBestand, neutraliseer } from '../domain/csv';
import { bepaalScheidingsteken, decodeer, leesCsv, OnleesbareCsv, splitsRecords } from './lees-csv';

const utf8 = (tekst: string) => new TextEncoder().encode(tekst);
const metBom = (tekst: string) => utf8(`\uFEFF${tekst}`);
/** Windows-1252 for the characters the tests use: ASCII and Latin-1 letters as one byte, € as 0x80. */
function cp1252(tekst: string): Uint8Array {
  return Uint8Array.from(
    [...tekst].map((c) => {
      if (c === '€') return 0x80;
      const code = c.charCodeAt(0);
      if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`geen Windows-1252: ${c}`);
      return code;
    }),
  );
}

describe('decodeer', () => {
  it('herkent UTF-8 met en zonder BOM en Windows-1252', () => {
    expect(decodeer(metBom('Noël'))).toEqual({ tekst: 'Noël', codering: 'utf-8', bom: true });
    expect(decodeer(utf8('Noël'))).toEqual({ tekst: 'Noël', codering: 'utf-8', bom: false });
    expect(decodeer(cp1252('Noël François Eloïse €'))).toEqual({
      tekst: 'Noël François Eloïse €',
      codering: 'windows-1252',
      bom: false,
    });
  });
  it('leest € en de gekrulde aanhalingstekens van Windows-1252 (Node 20 leest die als Latin-1)', () => {
    expect(decodeer(Uint8Array.from([0x93, 0x52, 0xe9, 0x94, 0x20, 0x80, 0x96])).tekst).toBe('“Ré” €–');
  });
  it('weigert UTF-16 met een uitleg', () => {
    expect(() => decodeer(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toThrow(/UTF-16/);
  });
});

describe('bepaalScheidingsteken', () => {
  it('telt alleen buiten aanhalingstekens, in de kopregel', () => {
    expect(bepaalScheidingsteken('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(bepaalScheidingsteken('"a,b,c";d\n')).toBe(';');
    expect(bepaalScheidingsteken('a,b\n')).toBe(',');
    expect(bepaalScheidingsteken('a\tb\tc\r\n')).toBe('\t');
    expect(bepaalScheidingsteken('\n\na,b\n')).toBe(',');
    expect(bepaalScheidingsteken('enkel\n1,2')).toBe(';');
  });
});

describe('splitsRecords', () => {
  it('leest RFC 4180: quotes, dubbele quotes, regeleinden in een cel', () => {
    const tekst = 'a;b\r\n"x;y";"zei ""hoi"""\r\n"twee\r\nregels";3\n';
    expect(splitsRecords(tekst, ';').map((r) => r.cellen)).toEqual([
      ['a', 'b'],
      ['x;y', 'zei "hoi"'],
      ['twee\r\nregels', '3'],
    ]);
  });
  it('kent LF, CRLF en een losse CR; een laatste regeleinde maakt geen lege rij', () => {
    expect(splitsRecords('a\rb\nc\r\n', ';').map((r) => r.cellen)).toEqual([['a'], ['b'], ['c']]);
    expect(splitsRecords('a;b', ';').map((r) => r.cellen)).toEqual([['a', 'b']]);
    expect(splitsRecords('a;\n', ';').map((r) => r.cellen)).toEqual([['a', '']]);
  });
  it('meldt een aanhalingsteken dat niet sluit, met de regel', () => {
    expect(() => splitsRecords('a;b\n1;2\n"open;3\n4;5\n', ';')).toThrow(/Regel 3/);
  });
});

describe('leesCsv', () => {
  it('leest een export zoals AFAS hem maakt: BOM, puntkomma, lege rijen en kolommen aan het eind', () => {
    const tabel = leesCsv(
      metBom('Persnr;Roepnaam;Uren;;\r\n1001;Noël;32,5;;\r\n\r\n1002;"Zoë\nvan Dijk";36;;\r\n;;;;\r\n\r\n'),
    );
    expect(tabel).toEqual({
      koppen: ['Persnr', 'Roepnaam', 'Uren'],
      rijen: [
        { rij: 2, cellen: ['1001', 'Noël', '32,5'] },
        { rij: 4, cellen: ['1002', 'Zoë\nvan Dijk', '36'] },
      ],
      bron: { soort: 'csv', codering: 'utf-8', bom: true, scheidingsteken: ';' },
    });
  });
  it('leest Windows-1252 met komma en geeft lege cellen als null', () => {
    const tabel = leesCsv(cp1252(' Persnr , Naam ,Team\n7,François,\n8,,Façade\n'));
    expect(tabel.koppen).toEqual(['Persnr', 'Naam', 'Team']);
    expect(tabel.rijen).toEqual([
      { rij: 2, cellen: ['7', 'François', null] },
      { rij: 3, cellen: ['8', null, 'Façade'] },
    ]);
    expect(tabel.bron).toEqual({ soort: 'csv', codering: 'windows-1252', bom: false, scheidingsteken: ',' });
  });
  it('volgt de sep=-regel van Excel', () => {
    const tabel = leesCsv(utf8('sep=,\r\na;b,c\r\n1;2,3\r\n'));
    expect(tabel.koppen).toEqual(['a;b', 'c']);
    expect(tabel.rijen).toEqual([{ rij: 2, cellen: ['1;2', '3'] }]);
  });
  it('laat een cel die met = begint tekst (het domein meldt hem)', () => {
    expect(leesCsv(utf8('a\n=1+1\n')).rijen[0]?.cellen).toEqual(['=1+1']);
  });
  it('weigert een leeg of binair bestand', () => {
    expect(() => leesCsv(utf8('\r\n;;\r\n'))).toThrow(OnleesbareCsv);
    expect(() => leesCsv(Uint8Array.from([1, 0, 2]))).toThrow(/binaire/);
  });

  it('leest terug wat naarCsvBestand schrijft (rondgang)', () => {
    const teken = fc.constantFrom(
      'a',
      'Z',
      '7',
      ' ',
      ';',
      ',',
      '"',
      '\n',
      '\r',
      '\r\n',
      'ë',
      'ï',
      'ç',
      'é',
      '=',
      '-',
      '+',
      '@',
      "'",
    );
    const tekst = fc.string({ unit: teken, maxLength: 12 });
    const kop = fc.string({ unit: teken, minLength: 1, maxLength: 8 }).filter((k) => k.trim() !== '');
    const tabel = fc.integer({ min: 1, max: 5 }).chain((breedte) =>
      fc.tuple(
        fc.array(kop, { minLength: breedte, maxLength: breedte }),
        fc.array(
          fc.array(fc.oneof(tekst, fc.integer({ min: -50, max: 5000 })), {
            minLength: breedte,
            maxLength: breedte,
          }),
          {
            maxLength: 8,
          },
        ),
      ),
    );
    fc.assert(
      fc.property(tabel, ([koppen, rijen]) => {
        const gelezen = leesCsv(utf8(naarCsvBestand(koppen, rijen)));
        expect(gelezen.bron).toEqual({ soort: 'csv', codering: 'utf-8', bom: true, scheidingsteken: ';' });
        expect(gelezen.koppen).toEqual(koppen.map((k) => neutraliseer(k).trim()));
        const verwacht = rijen
          .map((cellen, i) => ({
            rij: i + 2,
            cellen: cellen.map((c) =>
              typeof c === 'number' ? String(c) : c === '' ? null : neutraliseer(c),
            ),
          }))
          .filter((r) => r.cellen.some((c) => c !== null && c.trim() !== ''));
        expect(gelezen.rijen).toEqual(verwacht);
      }),
    );
  });

  it('herkent scheidingsteken en codering van namen met ë, ï, ç, é', () => {
    const naam = fc.string({
      unit: fc.constantFrom('a', 'n', 'o', 'l', 'ë', 'ï', 'ç', 'é', ' ', '-', ';', ',', '\t', '"'),
      minLength: 1,
      maxLength: 10,
    });
    const schrijf = (cel: string) => (/[;,\t"\r\n]/.test(cel) ? `"${cel.replaceAll('"', '""')}"` : cel);
    fc.assert(
      fc.property(
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
        fc.array(fc.tuple(naam, naam), { minLength: 1, maxLength: 6 }),
        (sep, codering, namen) => {
          const regels = [['Roepnaam', 'Achternaam'], ...namen].map((r) => r.map(schrijf).join(sep));
          const tekst = `${regels.join('\r\n')}\r\n`;
          const bytes =
            codering === 'windows-1252'
              ? cp1252(tekst)
              : codering === 'utf-8-bom'
                ? metBom(tekst)
                : utf8(tekst);
          const tabel = leesCsv(bytes);
          expect(tabel.bron.scheidingsteken).toBe(sep);
          const accenten = /[ëïçé]/.test(tekst);
          expect(tabel.bron.codering).toBe(
            codering === 'windows-1252' && accenten ? 'windows-1252' : 'utf-8',
          );
          expect(tabel.bron.bom).toBe(codering === 'utf-8-bom');
          const verwacht = namen
            .map((r, i) => ({ rij: i + 2, cellen: r.map((c) => (c === '' ? null : c)) }))
            .filter((r) => r.cellen.some((c) => c !== null && c.trim() !== ''));
          expect(tabel.rijen).toEqual(verwacht);
        },
      ),
    );
  });
});
