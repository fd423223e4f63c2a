import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { raadsbriefDocx } from './raadsbrief-docx';
import {
  momentopnameHash,
  type RaadsbriefDocumentInvoer,
  type RaadsbriefMomentopnameInhoud,
  raadsbriefInhoud,
} from './raadsbrief-inhoud';
import { raadsbriefPdf } from './raadsbrief-pdf';

function inhoud(): RaadsbriefMomentopnameInhoud {
  return {
    organisatie: 'Gemeente Voorbeeldstad',
    peildatum: '2026-11-30',
    organisatieInCijfers: {
      aantalTeams: 3,
      aantalBasisteams: 2,
      aantalMedewerkers: 41,
      fte: 36.4,
      teams: [
        { naam: 'Vergunningen', medewerkers: 20, fte: 18.2, benutting: 0.91 },
        { naam: 'Burgerzaken', medewerkers: 18, fte: 15.2, benutting: null },
      ],
      capaciteit: { jaar: 2026, capaciteitUren: 52000, ingezetUren: 44200, benutting: 0.85 },
    },
    werkdruk: {
      maand: '2026-10',
      groen: 1,
      oranje: 0,
      rood: 1,
      onbekend: 0,
      teamsRood: ['Vergunningen'],
      teamsOranje: [],
    },
    portfolio: {
      jaar: 2026,
      dossiers: [
        {
          soort: 'opgave',
          titel: 'Energietransitie',
          status: 'uitvoering',
          programma: 'Duurzaam',
          uren: 1200,
        },
        {
          soort: 'bestuursopdracht',
          titel: 'Dienstverlening dichtbij',
          status: 'in-uitvoering',
          programma: null,
          uren: 300,
        },
      ],
    },
    veranderprogramma: {
      fasen: [
        { volgnummer: 0, naam: 'Voorbereiding', status: 'afgerond' },
        { volgnummer: 1, naam: 'Inrichting', status: 'lopend' },
      ],
      themas: [
        {
          naam: 'Dienstverlening',
          stand: 'op-schema',
          open: 1,
          gereed: 4,
          verlopen: 0,
          volgendeMijlpaal: null,
        },
        {
          naam: 'Leiderschap',
          stand: 'achter',
          open: 3,
          gereed: 2,
          verlopen: 1,
          volgendeMijlpaal: { titel: 'Leiderschapsprofiel vastgesteld', datum: '2027-01-15' },
        },
      ],
    },
    formatie: { formatieFte: 38, bezettingFte: 36.4, vacatureFte: 2.1, boventalligFte: 0.5 },
  };
}

function brief(): RaadsbriefDocumentInvoer {
  const i = inhoud();
  return {
    documentnummer: 'RB-2026-0003',
    onderwerp: 'Voortgang organisatieontwikkeling',
    aanleiding: 'In de raadsvergadering van maart is gevraagd om een stand van zaken.',
    kernboodschap: 'Het programma ligt op koers.\n\nEén thema loopt achter.',
    toelichting: '',
    vervolg: 'In het voorjaar volgt de evaluatie.',
    bijlagen: '',
    portefeuillehouder: 'Wethouder A. de Vries',
    datum: '2026-12-08',
    vastgesteld: { op: '2026-12-07', door: 'College' },
    momentopname: {
      nummer: 'RB-2026-0003-M1',
      genomenOp: '2026-12-01T09:30:00.000Z',
      sha256: momentopnameHash(i),
      inhoud: i,
    },
  };
}

describe('the raadsbrief as blocks', () => {
  it('follows the letter: header, sections, figures with their source, closing', () => {
    const b = raadsbriefInhoud(brief());
    const koppen = b.blokken.filter((x) => x.soort === 'kop').map((x) => (x as { tekst: string }).tekst);
    expect(koppen).toEqual([
      'Aanleiding',
      'Kernboodschap',
      'De organisatie in cijfers',
      'Werkdruk in oktober 2026',
      'Formatie',
      'Opgaven en bestuursopdrachten 2026',
      'Voortgang van het veranderprogramma',
      'Vervolg',
    ]);
    const bron = `Bron: momentopname RB-2026-0003-M1 van 1 december 2026, 10:30, hash ${momentopnameHash(inhoud()).slice(0, 12)}`;
    expect(b.voet[1]).toBe(bron);
    expect(b.blokken.filter((x) => x.soort === 'alinea' && x.tekst === bron)).toHaveLength(5);
  });

  it('says every code of the snapshot in words: months, states, stands', () => {
    const b = raadsbriefInhoud(brief());
    const tabellen = b.blokken.flatMap((x) => (x.soort === 'tabel' ? [x.rijen] : []));
    const cellen = tabellen.flat(2);
    expect(tabellen[3]!.map((r) => r[3])).toEqual(['Uitvoering', 'In uitvoering']);
    expect(tabellen[4]!.map((r) => r[2])).toEqual(['Afgerond', 'Lopend']);
    expect(tabellen[5]!.map((r) => r[1])).toEqual(['Op schema', 'Loopt achter']);
    expect(tabellen[5]![1]![5]).toBe('Leiderschapsprofiel vastgesteld (15 januari 2027)');
    const teksten = [
      ...cellen,
      ...b.blokken.flatMap((x) => ('tekst' in x ? [x.tekst] : 'waarde' in x ? [x.waarde] : [])),
    ];
    // No code is left: no hyphenated or underscored word, no 'YYYY-MM' or ISO date.
    expect(teksten.filter((t) => /\b[a-z]+[-_][a-z]+\b|\b\d{4}-\d{2}(?!\d)/.test(t))).toEqual([]);
  });

  it('leaves out the parts the snapshot does not have', () => {
    const b = brief();
    b.momentopname.inhoud = {
      ...b.momentopname.inhoud,
      werkdruk: null,
      formatie: null,
      veranderprogramma: null,
    };
    const koppen = raadsbriefInhoud(b)
      .blokken.filter((x) => x.soort === 'kop')
      .map((x) => (x as { tekst: string }).tekst);
    expect(koppen).not.toContain('Formatie');
    expect(koppen).not.toContain('Voortgang van het veranderprogramma');
  });

  it('hashes the canonical JSON: key order does not matter, any figure does', () => {
    const a = inhoud();
    const omgedraaid = Object.fromEntries(Object.entries(a).reverse()) as RaadsbriefMomentopnameInhoud;
    expect(momentopnameHash(omgedraaid)).toBe(momentopnameHash(a));
    expect(momentopnameHash({ ...a, peildatum: '2026-12-01' })).not.toBe(momentopnameHash(a));
  });
});

describe('regenerating from the snapshot', () => {
  it('gives the same DOCX bytes, dated by the snapshot', async () => {
    const a = await raadsbriefDocx(brief());
    const b = await raadsbriefDocx(JSON.parse(JSON.stringify(brief())));
    expect(a.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(a.equals(b)).toBe(true);
    const zip = await JSZip.loadAsync(a);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('>2026-12-01T09:30:00Z</dcterms:created>');
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('RB-2026-0003');
    expect(xml).toContain('Geachte leden van de raad,');
    expect(xml).toContain('Energietransitie');
    const ander = brief();
    ander.kernboodschap = 'Anders.';
    expect((await raadsbriefDocx(ander)).equals(a)).toBe(false);
  });

  it('gives the same PDF bytes, dated by the snapshot', async () => {
    const a = await raadsbriefPdf(brief());
    const b = await raadsbriefPdf(JSON.parse(JSON.stringify(brief())));
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).toContain('(D:20261201093000Z)');
  });
});
