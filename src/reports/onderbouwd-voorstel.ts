import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  type ITableCellOptions,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import {
  type Blok,
  fte,
  type Grafiekblok,
  type Tabelblok,
  type VoorstelSnapshot,
  voorstelInhoud,
} from './onderbouwd-voorstel-inhoud';

/**
 * The onderbouwd voorstel as DOCX (issue 13, item 6), from the blocks of onderbouwd-voorstel-inhoud.ts
 * in the house style of the collegevoorstel. The PDF is onderbouwd-voorstel-pdf.ts.
 *
 * Reproducible byte for byte: docx writes the clock into docProps/core.xml and into every zip entry,
 * so the package is zipped again with jszip (pure JavaScript deflate, the same bytes on every
 * machine) with the snapshot's gegenereerdOp as those dates. docx's own ids are counters per
 * document, and this document uses no parts that docx names at random (charts, hyperlinks).
 *
 * The chart of demand against availability is a table whose bars are shaded cells: a grid of
 * BALK_EENHEDEN narrow columns, a bar spanning as many as its share of the largest value. Word and
 * LibreOffice draw it the same, it needs no image library, and it stays text (screen readers read
 * the values beside the bars). A native Word chart would be a part docx names at random.
 */

export type { VoorstelSnapshot } from './onderbouwd-voorstel-inhoud';
export { snapshotHash } from './onderbouwd-voorstel-inhoud';
export { voorstelPdf } from './onderbouwd-voorstel-pdf';

/** A4 portrait with 2 cm margins, in twentieths of a point. */
const PAGINA = { breedte: 11906, hoogte: 16838, marge: 1134 };
const INHOUD = PAGINA.breedte - 2 * PAGINA.marge;
const BALK_EENHEDEN = 40;

const RAND = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const GEEN = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const RANDEN = { top: RAND, bottom: RAND, left: RAND, right: RAND };
const GEEN_RANDEN = { top: GEEN, bottom: GEEN, left: GEEN, right: GEEN };

const KLEIN = 16; // 8 pt, in half points, as the PDF's tables

function regels(tekst: string, opmaak: { bold?: boolean; size?: number } = {}): TextRun[] {
  return tekst
    .split('\n')
    .map((regel, i) => new TextRun({ text: regel, break: i > 0 ? 1 : undefined, ...opmaak }));
}

function breedtesIn(relatief: number[], totaal: number): number[] {
  const som = relatief.reduce((a, b) => a + b, 0);
  const breedtes = relatief.map((r) => Math.floor((r / som) * totaal));
  breedtes[breedtes.length - 1] = (breedtes.at(-1) ?? 0) + totaal - breedtes.reduce((a, b) => a + b, 0);
  return breedtes;
}

function tabel(t: Tabelblok): Table {
  const breedtes = breedtesIn(t.breedtes, INHOUD);
  const cel = (tekst: string, i: number, vet: boolean, kop: boolean) =>
    new TableCell({
      borders: RANDEN,
      width: { size: breedtes[i] ?? 0, type: WidthType.DXA },
      shading: kop ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
      children: [
        new Paragraph({
          alignment: t.uitlijning[i] === 'rechts' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: regels(tekst, { bold: vet, size: KLEIN }),
        }),
      ],
    });
  return new Table({
    width: { size: INHOUD, type: WidthType.DXA },
    columnWidths: breedtes,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: t.koppen.map((k, i) => cel(k, i, true, true)) }),
      ...t.rijen.map(
        (r, ri) =>
          new TableRow({
            cantSplit: true,
            children: r.map((x, i) => cel(x, i, t.totaalrij && ri === t.rijen.length - 1, false)),
          }),
      ),
    ],
  });
}

function grafiek(g: Grafiekblok): (Paragraph | Table)[] {
  const eenheid = 140;
  const [label, reeks, waarde] = [2138, 1100, INHOUD - 2138 - 1100 - BALK_EENHEDEN * eenheid];
  const max = Math.max(0, ...g.groepen.flatMap((x) => x.waarden));
  const klein = (tekst: string, opties: Partial<ITableCellOptions> = {}, rechts = false) =>
    new TableCell({
      borders: GEEN_RANDEN,
      verticalAlign: VerticalAlign.CENTER,
      ...opties,
      children: [
        new Paragraph({
          alignment: rechts ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: tekst, size: 16 })],
        }),
      ],
    });
  const rijen = g.groepen.flatMap((groep) =>
    g.reeksen.map((r, ri) => {
      const w = groep.waarden[ri] ?? 0;
      const vol = max > 0 ? Math.round((Math.max(0, w) / max) * BALK_EENHEDEN) : 0;
      const balk: TableCell[] = [];
      if (vol > 0)
        balk.push(
          klein('', {
            columnSpan: vol,
            width: { size: vol * eenheid, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: r.kleur },
          }),
        );
      if (vol < BALK_EENHEDEN)
        balk.push(
          klein('', {
            columnSpan: BALK_EENHEDEN - vol,
            width: { size: (BALK_EENHEDEN - vol) * eenheid, type: WidthType.DXA },
          }),
        );
      return new TableRow({
        cantSplit: true,
        height: { value: 260, rule: HeightRule.ATLEAST },
        children: [
          ...(ri === 0
            ? [klein(groep.label, { rowSpan: g.reeksen.length, width: { size: label, type: WidthType.DXA } })]
            : []),
          klein(r.label, { width: { size: reeks, type: WidthType.DXA } }),
          ...balk,
          klein(fte(w), { width: { size: waarde, type: WidthType.DXA } }, true),
        ],
      });
    }),
  );
  return [
    new Paragraph({
      spacing: { before: 120, after: 60 },
      children: [new TextRun({ text: g.titel, bold: true })],
    }),
    new Table({
      width: { size: INHOUD, type: WidthType.DXA },
      columnWidths: [label, reeks, ...Array.from({ length: BALK_EENHEDEN }, () => eenheid), waarde],
      layout: TableLayoutType.FIXED,
      borders: { ...GEEN_RANDEN, insideHorizontal: GEEN, insideVertical: GEEN },
      rows: rijen,
    }),
    new Paragraph({
      spacing: { before: 60, after: 120 },
      children: [
        new TextRun({
          text: `Legenda: ${g.reeksen.map((r) => r.label.toLowerCase()).join(' (donkerblauw) en ')} (groen). De langste balk is ${fte(max)} ${g.eenheid}.`,
          size: 16,
        }),
      ],
    }),
  ];
}

/** One block as DOCX paragraphs and tables (the raadsbrief draws the same blocks, raadsbrief-docx.ts). */
function blok(b: Blok): (Paragraph | Table)[] {
  switch (b.soort) {
    case 'titel':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.tekst)] }),
        new Paragraph({
          spacing: { after: 240 },
          children: [new TextRun({ text: b.ondertitel, size: 28, color: '444444' })],
        }),
      ];
    case 'kop':
      return [
        new Paragraph({
          heading: b.niveau === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          spacing: { before: 240, after: 120 },
          keepNext: true,
          children: [new TextRun(b.tekst)],
        }),
      ];
    case 'veld':
      return [
        new Paragraph({
          spacing: { after: 60 },
          children: [new TextRun({ text: `${b.label}: `, bold: true }), new TextRun(b.waarde)],
        }),
      ];
    case 'alinea':
      return [
        new Paragraph({
          spacing: { before: 60, after: 120 },
          children: regels(b.tekst, b.klein ? { size: 16 } : {}),
        }),
      ];
    case 'opsomming':
      return b.items.map((x) => new Paragraph({ bullet: { level: 0 }, children: regels(x) }));
    case 'tabel':
      return [tabel(b), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'grafiek':
      return grafiek(b);
  }
}

export function voorstelDocument(s: VoorstelSnapshot): Document {
  return huisstijlDocument(voorstelInhoud(s), s.documentnummer);
}

/**
 * A document in the house style (A4, 2 cm margins, Arial 10, the two footer lines with the page
 * number): the blocks drawn by `blok`. Shared by the onderbouwd voorstel and the raadsbrief, which
 * differ only in their blocks.
 */
export function huisstijlDocument(
  inhoud: { titel: string; voet: readonly string[]; blokken: readonly Blok[] },
  documentnummer: string,
): Document {
  const voet = (tekst: string, extra: TextRun[] = []) =>
    new Paragraph({ children: [new TextRun({ text: tekst, size: 14 }), ...extra] });
  return new Document({
    creator: 'Wendbaar',
    lastModifiedBy: 'Wendbaar',
    title: inhoud.titel,
    subject: documentnummer,
    description: inhoud.voet[1],
    revision: 1,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGINA.breedte, height: PAGINA.hoogte },
            margin: { top: PAGINA.marge, bottom: PAGINA.marge, left: PAGINA.marge, right: PAGINA.marge },
          },
        },
        footers: {
          default: new Footer({
            children: [
              voet(`${inhoud.voet[0]} · pagina `, [
                new TextRun({ children: [PageNumber.CURRENT], size: 14 }),
                new TextRun({ text: ' van ', size: 14 }),
                new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 14 }),
              ]),
              voet(inhoud.voet[1] ?? ''),
            ],
          }),
        },
        children: inhoud.blokken.flatMap(blok),
      },
    ],
  });
}

/** The W3CDTF form core.xml holds (seconds, UTC). */
const w3c = (t: Date) => `${t.toISOString().slice(0, 19)}Z`;

/** Zip the package again with the snapshot's time as every date, in docx's order of entries. */
export async function vastgezet(pakket: Buffer, tijd: Date): Promise<Buffer> {
  const bron = await JSZip.loadAsync(pakket);
  const uit = new JSZip();
  const paden: string[] = [];
  bron.forEach((pad, f) => {
    if (!f.dir) paden.push(pad);
  });
  for (const pad of paden) {
    let data = await (bron.file(pad) as JSZip.JSZipObject).async('uint8array');
    if (pad === 'docProps/core.xml') {
      const xml = Buffer.from(data)
        .toString('utf8')
        .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${w3c(tijd)}$3`);
      data = Buffer.from(xml, 'utf8');
    }
    uit.file(pad, data, { date: tijd, createFolders: false, binary: true });
  }
  return uit.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}

export async function voorstelDocx(s: VoorstelSnapshot): Promise<Buffer> {
  const tijd = new Date(s.gegenereerdOp);
  if (Number.isNaN(tijd.getTime())) throw new Error(`gegenereerdOp is geen tijdstip: ${s.gegenereerdOp}`);
  return vastgezet(await Packer.toBuffer(voorstelDocument(s)), tijd);
}
