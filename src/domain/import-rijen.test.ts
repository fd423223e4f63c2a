import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kolomLetter, leesMedewerkerRijen, leesTeamRijen } from './import-rijen';
import type { Cel, RuweTabel } from './import-tabel';
import type { Koppeling } from './import-velden';

const KOPPEN = [
  'Persnr',
  'Roepnaam',
  'Tussenv',
  'Achternaam',
  'E-mail',
  'Functie',
  'Schaal',
  'Trede',
  'In dienst',
  'Uit dienst',
  'Afdeling',
  'Contracturen',
  'Leidt',
];
const KOPPELING: Koppeling = {
  personeelsnummer: 'Persnr',
  voornaam: 'Roepnaam',
  tussenvoegsel: 'Tussenv',
  achternaam: 'Achternaam',
  e_mail: 'E-mail',
  functie: 'Functie',
  schaal: 'Schaal',
  trede: 'Trede',
  in_dienst: 'In dienst',
  uit_dienst: 'Uit dienst',
  team: 'Afdeling',
  contracturen: 'Contracturen',
  leidinggevende_van: 'Leidt',
};

function tabel(rijen: Cel[][], koppen = KOPPEN): RuweTabel {
  return { koppen, rijen: rijen.map((cellen, i) => ({ rij: i + 2, cellen })), bron: { soort: 'csv' } };
}

const goed: Cel[] = [
  '1001',
  ' Noël ',
  'van',
  'Dijk',
  'noel@gemeente.nl',
  'Adviseur',
  '10',
  '3',
  '01-03-2024',
  null,
  'Team Zorg',
  '32,5',
  null,
];

describe('leesMedewerkerRijen', () => {
  it('leest een goede rij uit CSV-tekst: getrimd, decimale komma, datum, lege cellen', () => {
    expect(leesMedewerkerRijen(tabel([goed]), KOPPELING)).toEqual({
      problemen: [],
      rijen: [
        {
          rij: 2,
          personeelsnummer: '1001',
          voornaam: 'Noël',
          tussenvoegsel: 'van',
          achternaam: 'Dijk',
          e_mail: 'noel@gemeente.nl',
          functie: 'Adviseur',
          schaal: 10,
          trede: 3,
          in_dienst: '2024-03-01',
          uit_dienst: null,
          team: 'Team Zorg',
          contracturen: 32.5,
          leidinggevende_van: null,
        },
      ],
    });
  });

  it('leest XLSX-cellen: getallen, datums, seriële datums', () => {
    const rij: Cel[] = [
      1001,
      'Noël',
      null,
      'Dijk',
      'noel@gemeente.nl',
      'Adviseur',
      10,
      3,
      { datum: '2024-03-01' },
      45657,
      'Team Zorg',
      32.5,
      'Team Zorg',
    ];
    const { rijen, problemen } = leesMedewerkerRijen(tabel([rij]), KOPPELING);
    expect(problemen).toEqual([]);
    expect(rijen[0]).toMatchObject({
      personeelsnummer: '1001',
      in_dienst: '2024-03-01',
      uit_dienst: '2024-12-31',
      contracturen: 32.5,
      leidinggevende_van: 'Team Zorg',
    });
  });

  it('neemt alleen gekoppelde velden op; lege cellen van niet-wisbare velden laten de huidige waarde staan', () => {
    const { rijen } = leesMedewerkerRijen(tabel([['1001', null, null]], ['Persnr', 'Roepnaam', 'Uren']), {
      personeelsnummer: 'Persnr',
      voornaam: 'Roepnaam',
      contracturen: 'Uren',
    });
    expect(rijen).toEqual([{ rij: 2, personeelsnummer: '1001' }]);
  });

  it('meldt elk probleem van een rij, met rij, kolom, code en een Nederlandse reden', () => {
    const slecht: Cel[] = [
      '1002',
      '=HYPERLINK("x")',
      null,
      'Dijk',
      'noel@',
      'Adviseur',
      '19',
      '2,5',
      '31-02-2024',
      '01-01-2020',
      'Team Zorg',
      '52',
      { formule: '=A1' },
    ];
    const { rijen, problemen } = leesMedewerkerRijen(tabel([goed, slecht]), KOPPELING);
    expect(rijen.map((r) => r.rij)).toEqual([2]);
    expect(problemen.map((p) => [p.rij, p.kolom, p.code])).toEqual([
      [3, 'Roepnaam', 'formule'],
      [3, 'E-mail', 'geen-e-mail'],
      [3, 'Schaal', 'buiten-bereik'],
      [3, 'Trede', 'geen-geheel-getal'],
      [3, 'In dienst', 'geen-datum'],
      [3, 'Contracturen', 'buiten-bereik'],
      [3, 'Leidt', 'formule'],
    ]);
    expect(problemen.find((p) => p.kolom === 'Contracturen')?.melding).toBe(
      'Rij 3, kolom ‘Contracturen’: 52 uur per week is meer dan 40.',
    );
    expect(problemen.find((p) => p.kolom === 'Schaal')?.melding).toBe(
      'Rij 3, kolom ‘Schaal’: schaal 19 bestaat niet; de schaal loopt van 1 tot en met 18.',
    );
    expect(problemen.find((p) => p.kolom === 'In dienst')?.melding).toMatch(
      /^Rij 3, kolom ‘In dienst’: ‘31-02-2024’ is geen geldige datum/,
    );
  });

  it('meldt uit dienst vóór in dienst met de regel van het domein', () => {
    const rij = [...goed];
    rij[9] = '2024-02-01';
    const { rijen, problemen } = leesMedewerkerRijen(tabel([rij]), KOPPELING);
    expect(rijen).toEqual([]);
    expect(problemen).toEqual([
      {
        rij: 2,
        kolom: 'Uit dienst',
        code: 'voor-in-dienst',
        melding: 'Rij 2, kolom ‘Uit dienst’: de datum uit dienst ligt vóór de datum in dienst (2024-03-01).',
      },
    ]);
  });

  it('meldt elk voorkomen van een dubbel personeelsnummer', () => {
    const rij = (nr: Cel): Cel[] => [nr, ...goed.slice(1)];
    const { rijen, problemen } = leesMedewerkerRijen(
      tabel([rij('1'), rij('2'), rij(' 1'), rij(1)]),
      KOPPELING,
    );
    expect(rijen.map((r) => r.personeelsnummer)).toEqual(['2']);
    expect(problemen.map((p) => [p.rij, p.code])).toEqual([
      [2, 'dubbel'],
      [4, 'dubbel'],
      [5, 'dubbel'],
    ]);
    expect(problemen[0]?.melding).toBe(
      'Rij 2, kolom ‘Persnr’: personeelsnummer 1 staat ook in rij 4 en 5; elk personeelsnummer mag één keer in het bestand staan.',
    );
  });

  it('meldt contracturen buiten bereik en met te veel decimalen; 0 en 40 mogen', () => {
    const met = (uren: Cel): Cel[] => [...goed.slice(0, 11), uren, null];
    const uitkomst = (uren: Cel) =>
      leesMedewerkerRijen(tabel([met(uren)]), KOPPELING).problemen.map((p) => p.code);
    expect(uitkomst('0')).toEqual([]);
    expect(uitkomst('40')).toEqual([]);
    expect(uitkomst(32.505)).toEqual(['te-veel-decimalen']);
    expect(uitkomst(32.500000001)).toEqual([]); // rekenruis in een XLSX-getal
    expect(uitkomst('40,01')).toEqual(['buiten-bereik']);
    expect(uitkomst('-4')).toEqual(['buiten-bereik']);
    expect(uitkomst('32,125')).toEqual(['te-veel-decimalen']);
    expect(uitkomst('twee')).toEqual(['geen-getal']);
    expect(uitkomst({ datum: '2024-01-01' })).toEqual(['geen-getal']);
  });

  it('meldt Excel-datum 60 (29-02-1900, die niet bestond) en foutwaarden', () => {
    const rij = [...goed];
    rij[8] = 60;
    rij[3] = '#N/B';
    const { problemen } = leesMedewerkerRijen(tabel([rij]), KOPPELING);
    expect(problemen.map((p) => p.melding)).toEqual([
      'Rij 2, kolom ‘Achternaam’: hier staat de foutwaarde #N/B van Excel, geen waarde.',
      'Rij 2, kolom ‘In dienst’: Excel-datum 60 is 29 februari 1900, een dag die niet bestond.',
    ]);
  });

  it('meldt een ontbrekend personeelsnummer op de rij', () => {
    const { problemen } = leesMedewerkerRijen(tabel([[null, ...goed.slice(1)]]), KOPPELING);
    expect(problemen).toEqual([
      {
        rij: 2,
        kolom: 'Persnr',
        code: 'verplicht',
        melding: 'Rij 2, kolom ‘Persnr’: het personeelsnummer ontbreekt.',
      },
    ]);
  });

  it('meldt fouten in de koppeling zelf; zonder sleutelkolom geen rijen', () => {
    expect(leesMedewerkerRijen(tabel([goed]), { voornaam: 'Roepnaam' })).toEqual({
      rijen: [],
      problemen: [
        {
          rij: null,
          kolom: null,
          code: 'verplicht-veld-niet-gekoppeld',
          melding: 'Koppel een kolom aan ‘Personeelsnummer’: dat veld is verplicht.',
        },
      ],
    });
    const { rijen, problemen } = leesMedewerkerRijen(tabel([goed]), { ...KOPPELING, functie: 'Functienaam' });
    expect(rijen).toHaveLength(1);
    expect(problemen.map((p) => [p.rij, p.kolom, p.code])).toEqual([
      [null, 'Functienaam', 'kolom-ontbreekt'],
    ]);
    const dubbel = leesMedewerkerRijen(tabel([goed], ['Persnr', 'Persnr']), { personeelsnummer: 'Persnr' });
    expect(dubbel.rijen).toEqual([]);
    expect(dubbel.problemen[0]?.melding).toMatch(/kolom A en B/);
  });

  it('laat geen rij met een probleem in rijen, en meldt elke slechte rij (eigenschap)', () => {
    const cel = fc.oneof(
      fc.constantFrom<Cel>(
        null,
        '',
        ' ',
        '=1',
        '-x',
        '+3',
        '#N/B',
        'abc',
        '32,5',
        '52',
        '19',
        '0',
        '10',
        '31-02-2024',
        '1-3-2024',
        '2024-03-01',
        'a@b.nl',
        'a@',
        'X'.repeat(130),
      ),
      fc.integer({ min: -5, max: 70000 }),
      fc.constant<Cel>({ formule: '=A1' }),
      fc.constant<Cel>({ datum: '2024-01-01' }),
    );
    const rijen = fc.array(fc.array(cel, { minLength: KOPPEN.length, maxLength: KOPPEN.length }), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(rijen, (cellen) => {
        const t = tabel(cellen);
        const { rijen: goedeRijen, problemen } = leesMedewerkerRijen(t, KOPPELING);
        const metProbleem = new Set(problemen.map((p) => p.rij));
        for (const r of goedeRijen) expect(metProbleem.has(r.rij)).toBe(false);
        const nietLeeg = t.rijen.filter((r) =>
          r.cellen.some((c) => c !== null && !(typeof c === 'string' && c.trim() === '')),
        );
        expect(goedeRijen.length + metProbleem.size).toBe(nietLeeg.length);
        for (const p of problemen) {
          expect(p.melding.startsWith(`Rij ${p.rij}, kolom ‘${p.kolom}’: `)).toBe(true);
          expect(KOPPEN).toContain(p.kolom);
        }
        const nummers = goedeRijen.map((r) => r.personeelsnummer);
        expect(new Set(nummers).size).toBe(nummers.length);
      }),
    );
  });
});

describe('leesTeamRijen', () => {
  const koppen = ['Naam', 'Soort', 'Valt onder', 'Omschrijving'];
  const koppeling: Koppeling = {
    naam: 'Naam',
    soort: 'Soort',
    bovenliggend_team: 'Valt onder',
    omschrijving: 'Omschrijving',
  };

  it('leest teams; soort zonder onderscheid van hoofdletters', () => {
    expect(
      leesTeamRijen(
        tabel(
          [
            ['Directie Sociaal', 'Directie', null, null],
            ['Team Zorg', 'Basisteam', 'Directie Sociaal', 'Wmo'],
          ],
          koppen,
        ),
        koppeling,
      ),
    ).toEqual({
      problemen: [],
      rijen: [
        { rij: 2, naam: 'Directie Sociaal', soort: 'directie', bovenliggend_team: null, omschrijving: null },
        {
          rij: 3,
          naam: 'Team Zorg',
          soort: 'basisteam',
          bovenliggend_team: 'Directie Sociaal',
          omschrijving: 'Wmo',
        },
      ],
    });
  });

  it('meldt een onbekende soort, een dubbele naam (hoofdletters tellen niet), een team onder zichzelf en een kring', () => {
    const { rijen, problemen } = leesTeamRijen(
      tabel(
        [
          ['Team A', 'afdeling', null, null],
          ['team a', 'basisteam', null, null],
          ['Team B', 'basisteam', 'team b', null],
          ['Team C', 'basisteam', 'Team D', null],
          ['Team D', 'basisteam', 'Team C', null],
          ['Team E', 'basisteam', 'Team C', null],
        ],
        koppen,
      ),
      koppeling,
    );
    expect(rijen.map((r) => r.naam)).toEqual(['Team E']);
    expect(problemen.map((p) => [p.rij, p.kolom, p.code])).toEqual([
      [2, 'Soort', 'ongeldige-soort'],
      [2, 'Naam', 'dubbel'],
      [3, 'Naam', 'dubbel'],
      [4, 'Valt onder', 'eigen-bovenliggend'],
      [5, 'Valt onder', 'kring'],
      [6, 'Valt onder', 'kring'],
    ]);
    expect(problemen[4]?.melding).toBe(
      'Rij 5, kolom ‘Valt onder’: de teams ‘Team C’ → ‘Team D’ → ‘Team C’ vallen in een kring onder elkaar.',
    );
  });
});

describe('kolomLetter', () => {
  it('nummert zoals een spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(kolomLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
