import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { snapshotHash, type VoorstelSnapshot, voorstelDocx, voorstelPdf } from './onderbouwd-voorstel';
import { canoniekeJson, euro, fte, tijdstipNl } from './onderbouwd-voorstel-inhoud';
import { winAnsi } from './onderbouwd-voorstel-pdf';

const cijfers = (resultaatdoelen: number, inzet: number, capaciteitsvragen: number, beschikbaar: number) => {
  const vraag = Math.round((resultaatdoelen + inzet + capaciteitsvragen) * 100) / 100;
  return {
    resultaatdoelen,
    inzet,
    capaciteitsvragen,
    vraag,
    beschikbaar,
    tekort: Math.round((vraag - beschikbaar) * 100) / 100,
  };
};

function snapshot(): VoorstelSnapshot {
  return {
    documentnummer: 'WB-VOORSTEL-2026-0007',
    gegenereerdOp: '2026-03-14T09:30:00.000Z',
    organisatie: 'Gemeente Voorbeeldstad',
    scenario: {
      naam: 'Versterking Vergunningen 2027',
      status: 'voorgesteld',
      peildatum: '2026-03-01',
      besluit: null,
    },
    teksten: {
      aanleiding:
        'De Omgevingswet vraagt meer van het team Vergunningen.\n\nDe achterstand loopt op sinds 2025.',
      toelichtingBehoefte: 'De vraag komt vooral uit resultaatdoelen.',
      risicos: 'Krappe arbeidsmarkt voor vergunningverleners.',
      gevraagdBesluit:
        'De raad wordt gevraagd de formatie uit te breiden met 2,00 fte en het ontwikkelbudget op te nemen in de kadernota 2027.',
    },
    behoefte: {
      per: 'kwartaal',
      van: '2026-01-01',
      tot: '2026-06-30',
      teams: [
        {
          team: 'Vergunningen',
          perioden: [
            {
              periode: '2026-Q1',
              fte: cijfers(9.5, 1.25, 0.75, 10),
              euro: cijfers(237500, 31250, 18750, 250000),
            },
            {
              periode: '2026-Q2',
              fte: cijfers(10, 1.5, 1, 10.2),
              euro: cijfers(250000, 37500, 25000, 255000),
            },
          ],
          totaal: { fte: cijfers(9.75, 1.38, 0.88, 10.1), euro: cijfers(487500, 68750, 43750, 505000) },
        },
        {
          team: 'Burgerzaken',
          perioden: [{ periode: '2026-Q1', fte: cijfers(6, 0, 0, 7.5), euro: null }],
          totaal: { fte: cijfers(6, 0, 0, 7.5), euro: null },
        },
      ],
      organisatie: { fte: cijfers(15.75, 1.38, 0.88, 17.6), euro: cijfers(787500, 68750, 43750, 880000) },
    },
    wijzigingen: [
      {
        soort: 'plaats-toevoegen',
        team: 'Vergunningen',
        naarTeam: null,
        functie: 'Vergunningverlener Omgevingswet',
        salarisschaal: '10',
        naarSalarisschaal: null,
        fte: 2,
        naarFte: null,
        ingangsdatum: '2027-01-01',
        einddatum: null,
        plaatssoort: 'structureel',
        financiering: 'regulier',
        financieringNaam: null,
      },
      {
        soort: 'plaats-herschalen',
        team: 'Burgerzaken',
        naarTeam: null,
        functie: 'Adviseur publiekszaken',
        salarisschaal: '8',
        naarSalarisschaal: '9',
        fte: 0.8,
        naarFte: 1,
        ingangsdatum: '2027-01-01',
        einddatum: '2028-12-31',
        plaatssoort: 'tijdelijk',
        financiering: 'programma',
        financieringNaam: 'Dienstverlening 2030',
      },
    ],
    budgetwijzigingen: [{ team: 'Vergunningen', jaar: 2027, bedrag: 1_450_000 }],
    financieel: {
      jaren: [2026, 2027, 2028, 2029],
      teams: [
        {
          team: 'Vergunningen',
          jaren: [
            { jaar: 2026, huidig: 1_180_000.4, scenario: 1_180_000.4, budget: 1_200_000, ruimte: 19_999.6 },
            { jaar: 2027, huidig: 1_215_400.2, scenario: 1_398_765.45, budget: 1_450_000, ruimte: 51_234.55 },
            { jaar: 2028, huidig: 1_251_862.21, scenario: 1_440_728.41, budget: null, ruimte: null },
            { jaar: 2029, huidig: 1_289_418.08, scenario: 1_483_950.26, budget: null, ruimte: null },
          ],
        },
      ],
      organisatie: [
        { jaar: 2026, huidig: 3_456_789.12, scenario: 3_456_789.12, budget: 3_500_000, ruimte: 43_210.88 },
        { jaar: 2027, huidig: 3_560_492.79, scenario: 3_777_123.45, budget: 3_750_000, ruimte: -27_123.45 },
        { jaar: 2028, huidig: 3_667_307.57, scenario: 3_890_437.15, budget: null, ruimte: null },
        { jaar: 2029, huidig: 3_777_326.8, scenario: 4_007_150.26, budget: null, ruimte: null },
      ],
    },
    ontwikkelbudget: {
      bedrag: 385_000,
      begrotingsjaar: 2027,
      karakter: 'incidenteel',
      bestedingen: [
        { omschrijving: 'Opleiding vergunningverleners Omgevingswet', bedrag: 85_000 },
        { omschrijving: 'Inhuur tijdens de werving', bedrag: 300_000 },
      ],
      onderbouwing: 'Twee vergunningverleners inwerken kost een jaar.\n\nDe inhuur overbrugt de werving.',
    },
  };
}

const NBSP = '\u00a0';

/** The visible text of an uncompressed PDFKit PDF: every TJ array's hex strings, decoded as Windows-1252. */
function pdfTekst(pdf: Buffer): string {
  const latin1 = pdf.toString('latin1');
  const win = new Map([
    [0x80, '€'],
    [0x95, '•'],
    [0x96, '–'],
    [0x97, '—'],
  ]);
  const regels: string[] = [];
  for (const m of latin1.matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)) {
    const hex = [...(m[1] ?? '').matchAll(/<([0-9a-f]*)>/g)].map((h) => h[1]).join('');
    regels.push(Buffer.from(hex, 'hex').reduce((s, b) => s + (win.get(b) ?? String.fromCharCode(b)), ''));
  }
  return regels.join('\n');
}

async function documentXml(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

/** The rows of every table in document.xml as the text of their cells. */
function tabelRijen(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((rij) =>
    [...rij[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cel) =>
      [...cel[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    ),
  );
}

describe('formatting', () => {
  it('writes euro in whole euros with Dutch separators, half away from zero', () => {
    expect(euro(1_234_567)).toBe(`€${NBSP}1.234.567`);
    expect(euro(999.5)).toBe(`€${NBSP}1.000`);
    expect(euro(-27_123.45)).toBe(`€${NBSP}-27.123`);
    expect(euro(-0.4)).toBe(`€${NBSP}0`);
    expect(euro(null)).toBe('—');
    expect(fte(1.375)).toBe('1,38');
    expect(fte(-0.5)).toBe('-0,50');
    expect(fte(1234.5)).toBe('1.234,50');
  });

  it('gives the time in Dutch time, summer and winter', () => {
    expect(tijdstipNl('2026-03-14T09:30:00.000Z')).toBe('14 maart 2026, 10:30');
    expect(tijdstipNl('2026-07-01T22:15:00Z')).toBe('2 juli 2026, 00:15');
  });

  it('keeps Windows-1252 and writes other letters as their base letter', () => {
    expect(winAnsi('€ café – Łódź ✓ −1')).toBe('€ café – Lódz ? -1');
  });
});

describe('snapshotHash', () => {
  it('does not depend on the order of keys, and changes with any figure', () => {
    const s = snapshot();
    const omgedraaid = JSON.parse(canoniekeJson(s)) as VoorstelSnapshot;
    expect(snapshotHash(omgedraaid)).toBe(snapshotHash(s));
    expect(snapshotHash(s)).toMatch(/^[0-9a-f]{64}$/);
    const ander = snapshot();
    (ander.ontwikkelbudget as NonNullable<VoorstelSnapshot['ontwikkelbudget']>).bedrag = 385_001;
    expect(snapshotHash(ander)).not.toBe(snapshotHash(s));
  });
});

describe('voorstelDocx', () => {
  it('gives the same bytes from the same snapshot, and other bytes from another', async () => {
    const a = await voorstelDocx(snapshot());
    const b = await voorstelDocx(snapshot());
    expect(a.equals(b)).toBe(true);
    const ander = snapshot();
    ander.teksten.risicos = 'Geen.';
    expect((await voorstelDocx(ander)).equals(a)).toBe(false);
  });

  it('dates the package by the snapshot, not by the clock', async () => {
    const zip = await JSZip.loadAsync(await voorstelDocx(snapshot()));
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('>2026-03-14T09:30:00Z</dcterms:created>');
    expect(core).toContain('>2026-03-14T09:30:00Z</dcterms:modified>');
    for (const f of Object.values(zip.files)) expect(f.date.toISOString()).toBe('2026-03-14T09:30:00.000Z');
  });

  it('holds the sections, the position, the four years and the development budget in its tables', async () => {
    const s = snapshot();
    const xml = await documentXml(await voorstelDocx(s));
    for (const kop of [
      '1. Aanleiding',
      '2. De behoefte: vraag tegenover capaciteit',
      '3. Het voorstel: formatiewijzigingen',
      '4. Financieel effect (meerjarenraming)',
      '5. Ontwikkelbudget voor de kadernota',
      '6. Risico&apos;s',
      '7. Gevraagd besluit',
    ])
      expect(xml.replace(/'/g, '&apos;')).toContain(kop);
    expect(xml).toContain('WB-VOORSTEL-2026-0007');
    expect(xml).toContain(snapshotHash(s));

    const rijen = tabelRijen(xml);
    const rij = (eerste: string) => rijen.filter((r) => r[0] === eerste);
    // The organisation's meerjarenraming is the first financial table: four years as columns.
    expect(rijen).toContainEqual(['', '2026', '2027', '2028', '2029']);
    expect(rij('Loonsom huidige formatie')[0]).toEqual([
      'Loonsom huidige formatie',
      `€${NBSP}3.456.789`,
      `€${NBSP}3.560.493`,
      `€${NBSP}3.667.308`,
      `€${NBSP}3.777.327`,
    ]);
    expect(rij('Loonsom na voorstel')[0]).toEqual([
      'Loonsom na voorstel',
      `€${NBSP}3.456.789`,
      `€${NBSP}3.777.123`,
      `€${NBSP}3.890.437`,
      `€${NBSP}4.007.150`,
    ]);
    // 3.777.123,45 − 3.560.492,79 = 216.630,66 on the cent.
    expect(rij('Verschil')[0]).toEqual([
      'Verschil',
      `€${NBSP}0`,
      `€${NBSP}216.631`,
      `€${NBSP}223.130`,
      `€${NBSP}229.823`,
    ]);
    expect(rij('Ruimte (+) / overschrijding (-)')[0]).toEqual([
      'Ruimte (+) / overschrijding (-)',
      `€${NBSP}43.211`,
      `€${NBSP}-27.123`,
      '—',
      '—',
    ]);
    // The team's table follows, with its own figures.
    expect(rij('Loonsom na voorstel')[1]?.[2]).toBe(`€${NBSP}1.398.765`);

    expect(rij('Nieuwe plaats')[0]).toEqual([
      'Nieuwe plaats',
      'Vergunningen',
      'Vergunningverlener Omgevingswet',
      '10',
      '2,00',
      '1 januari 2027',
      'Structureel',
      'Reguliere begroting',
    ]);
    expect(rij('Herschaling')[0]).toEqual([
      'Herschaling',
      'Burgerzaken',
      'Adviseur publiekszaken',
      '8 naar 9',
      '0,80 naar 1,00',
      '1 januari 2027',
      'Tijdelijk t/m 31 december 2028',
      'Programma: Dienstverlening 2030',
    ]);
    expect(rij('Vergunningen')).toContainEqual(['Vergunningen', '2027', `€${NBSP}1.450.000`]);
    // The need per team in FTE and euro, with the organisation as the total row.
    expect(rij('Organisatie')[0]).toEqual([
      'Organisatie',
      '18,01',
      '17,60',
      '0,41',
      `€${NBSP}900.000`,
      `€${NBSP}880.000`,
      `€${NBSP}20.000`,
    ]);
    expect(rij('Burgerzaken')).toContainEqual([
      'Burgerzaken',
      '1e kwartaal 2026',
      '6,00',
      '0,00',
      '0,00',
      '6,00',
      '7,50',
      '-1,50',
      '—',
    ]);

    // The development budget: its amount and what it buys.
    expect(xml).toContain(`Gevraagd bedrag: </w:t></w:r><w:r><w:t xml:space="preserve">€${NBSP}385.000`);
    expect(xml).toContain(`Inhuur tijdens de werving: €${NBSP}300.000`);
  });

  it('draws the chart as bars of shaded cells proportional to the largest value', async () => {
    const xml = await documentXml(await voorstelDocx(snapshot()));
    // Largest value: Vergunningen's demand of 12,01 fte, the whole bar of 40 columns.
    expect(xml).toMatch(/<w:gridSpan w:val="40"\/>[\s\S]{0,400}?w:fill="1F4E79"/);
    // Burgerzaken's availability of 7,50 fte: 7,5 / 12,01 × 40 = 25 columns, in green.
    expect(xml).toMatch(/<w:gridSpan w:val="25"\/>[\s\S]{0,400}?w:fill="70AD47"/);
  });
});

describe('voorstelPdf', () => {
  it('gives the same bytes from the same snapshot, and other bytes from another', async () => {
    const a = await voorstelPdf(snapshot());
    const b = await voorstelPdf(snapshot());
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
    const ander = snapshot();
    ander.gegenereerdOp = '2026-03-14T09:31:00.000Z';
    expect((await voorstelPdf(ander)).equals(a)).toBe(false);
  });

  it('carries the snapshot time as its dates and the document number, hash and page on every page', async () => {
    const s = snapshot();
    const pdf = await voorstelPdf(s);
    const latin1 = pdf.toString('latin1');
    // PDFKit writes each info value as an object of its own.
    for (const sleutel of ['CreationDate', 'ModDate']) {
      const ref = new RegExp(`/${sleutel} (\\d+) 0 R`).exec(latin1)?.[1];
      expect(latin1).toContain(`\n${ref} 0 obj\n(D:20260314093000Z)\nendobj`);
    }
    const tekst = pdfTekst(pdf);
    const paginas = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(latin1)?.[1]);
    expect(paginas).toBeGreaterThan(1);
    for (let n = 1; n <= paginas; n++)
      expect(tekst).toContain(
        `Documentnummer WB-VOORSTEL-2026-0007 · gegenereerd 14 maart 2026, 10:30 · pagina ${n} van ${paginas}`,
      );
    expect(tekst.split(`SHA-256 ${snapshotHash(s)}`).length - 1).toBe(paginas);
    expect(tekst).toContain(`€${NBSP}385.000`);
    expect(tekst).toContain(`€${NBSP}216.631`);
    expect(tekst).toContain('5. Ontwikkelbudget voor de kadernota');
  });
});
