import PDFDocument from 'pdfkit';
import {
  type Blok,
  fte,
  type Grafiekblok,
  type Tabelblok,
  type VoorstelSnapshot,
  voorstelInhoud,
} from './onderbouwd-voorstel-inhoud';

/**
 * The onderbouwd voorstel as PDF (issue 13, item 6): the same blocks as the DOCX, drawn with PDFKit.
 *
 * Reproducible byte for byte: the info dictionary's dates are the snapshot's gegenereerdOp, PDFKit's
 * document ID is the MD5 of that info dictionary (so fixed by the snapshot), Producer and Creator are
 * fixed, and the streams are not compressed (zlib's output may differ between zlib builds; the
 * document stays small). The fonts are PDF's standard Helvetica, whose metrics ship inside PDFKit:
 * nothing is embedded or fetched. Those fonts speak Windows-1252, so a character outside it is
 * written as its base letter (ł → l) or '?'.
 */

const MARGE = 56.7; // 2 cm
const ONDER = 70; // room for the two footer lines
const NORMAAL = 'Helvetica';
const VET = 'Helvetica-Bold';

/** Windows-1252's characters in 0x80–0x9F; the rest of 0x20–0xFF is Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const inWinAnsi = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  return (
    c === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c)
  );
};
/** Letters and signs that do not decompose into a Windows-1252 character. */
const VERVANGING: Record<string, string> = {
  '\t': ' ',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  '−': '-',
  '→': '->',
  '≤': '<=',
  '≥': '>=',
};
export function winAnsi(tekst: string): string {
  let uit = '';
  for (const c of tekst) {
    if (inWinAnsi(c)) uit += c;
    else if (VERVANGING[c] !== undefined) uit += VERVANGING[c];
    else {
      const basis = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      uit += basis !== '' && [...basis].every(inWinAnsi) ? basis : '?';
    }
  }
  return uit;
}

type Pdf = PDFKit.PDFDocument;

const breedte = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const onderkant = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/** A new page when `hoogte` does not fit any more. */
function ruimte(doc: Pdf, hoogte: number): void {
  if (doc.y + hoogte > onderkant(doc)) doc.addPage();
}

function tekst(doc: Pdf, t: string, opties: { font?: string; grootte?: number; na?: number } = {}): void {
  doc.font(opties.font ?? NORMAAL).fontSize(opties.grootte ?? 10);
  doc.text(winAnsi(t), doc.page.margins.left, doc.y, { width: breedte(doc) });
  doc.y += opties.na ?? 4;
}

function tabel(doc: Pdf, t: Tabelblok): void {
  const links = doc.page.margins.left;
  const som = t.breedtes.reduce((a, b) => a + b, 0);
  const kolommen = t.breedtes.map((b) => (b / som) * breedte(doc));
  const pad = 3;
  const grootte = 8;
  const hoogteVan = (rij: string[], font: string) => {
    doc.font(font).fontSize(grootte);
    return (
      Math.max(
        ...rij.map((c, i) => doc.heightOfString(winAnsi(c), { width: (kolommen[i] ?? 0) - 2 * pad })),
      ) +
      2 * pad
    );
  };
  const rij = (cellen: string[], font: string, kop: boolean) => {
    const h = hoogteVan(cellen, font);
    const y = doc.y;
    if (kop) doc.rect(links, y, breedte(doc), h).fill('#E7E6E6');
    doc.fillColor('black').font(font).fontSize(grootte);
    let x = links;
    cellen.forEach((c, i) => {
      const w = kolommen[i] ?? 0;
      doc.text(winAnsi(c), x + pad, y + pad, {
        width: w - 2 * pad,
        align: t.uitlijning[i] === 'rechts' ? 'right' : 'left',
      });
      doc.rect(x, y, w, h).lineWidth(0.5).stroke('#999999');
      x += w;
    });
    doc.y = y + h;
  };
  const kop = () => rij(t.koppen, VET, true);
  ruimte(doc, hoogteVan(t.koppen, VET) + hoogteVan(t.rijen[0] ?? [], NORMAAL));
  kop();
  t.rijen.forEach((r, i) => {
    const font = t.totaalrij && i === t.rijen.length - 1 ? VET : NORMAAL;
    if (doc.y + hoogteVan(r, font) > onderkant(doc)) {
      doc.addPage();
      kop();
    }
    rij(r, font, false);
  });
  doc.y += 8;
}

function grafiek(doc: Pdf, g: Grafiekblok): void {
  const links = doc.page.margins.left;
  const [label, reeks, waarde] = [120, 62, 42];
  const balkBreedte = breedte(doc) - label - reeks - waarde - 8;
  const regel = 12;
  const max = Math.max(0, ...g.groepen.flatMap((x) => x.waarden));
  ruimte(doc, 30 + g.reeksen.length * regel);
  tekst(doc, g.titel, { font: VET, na: 4 });
  for (const groep of g.groepen) {
    ruimte(doc, g.reeksen.length * regel + 4);
    const boven = doc.y;
    doc.font(NORMAAL).fontSize(8).fillColor('black');
    doc.text(winAnsi(groep.label), links, boven + 1, {
      width: label - 4,
      height: g.reeksen.length * regel,
      ellipsis: true,
    });
    g.reeksen.forEach((r, ri) => {
      const y = boven + ri * regel;
      const w = groep.waarden[ri] ?? 0;
      doc.font(NORMAAL).fontSize(8).fillColor('black');
      doc.text(winAnsi(r.label), links + label, y + 1, { width: reeks - 4, lineBreak: false });
      const lengte = max > 0 ? (Math.max(0, w) / max) * balkBreedte : 0;
      if (lengte > 0) doc.rect(links + label + reeks, y + 1.5, lengte, regel - 3).fill(`#${r.kleur}`);
      doc.fillColor('black').text(fte(w), links + label + reeks + balkBreedte + 4, y + 1, {
        width: waarde,
        align: 'right',
        lineBreak: false,
      });
    });
    doc.y = boven + g.reeksen.length * regel + 4;
  }
  doc.x = links;
  tekst(
    doc,
    `Legenda: ${g.reeksen.map((r) => r.label.toLowerCase()).join(' (donkerblauw) en ')} (groen). De langste balk is ${fte(max)} ${g.eenheid}.`,
    { grootte: 8, na: 8 },
  );
}

/** One block drawn on the page (the raadsbrief draws the same blocks, raadsbrief-pdf.ts). */
function blok(doc: Pdf, b: Blok): void {
  switch (b.soort) {
    case 'titel':
      tekst(doc, b.tekst, { font: VET, grootte: 20, na: 2 });
      tekst(doc, b.ondertitel, { grootte: 14, na: 12 });
      return;
    case 'kop':
      // Keep a heading with what follows it.
      ruimte(doc, 70);
      doc.y += b.niveau === 1 ? 10 : 4;
      tekst(doc, b.tekst, { font: VET, grootte: b.niveau === 1 ? 14 : 11, na: 4 });
      return;
    case 'veld':
      doc.font(VET).fontSize(10);
      doc.text(winAnsi(`${b.label}: `), doc.page.margins.left, doc.y, {
        width: breedte(doc),
        continued: true,
      });
      doc.font(NORMAAL).text(winAnsi(b.waarde));
      doc.y += 2;
      return;
    case 'alinea':
      tekst(doc, b.tekst, { grootte: b.klein ? 8 : 10, na: 6 });
      return;
    case 'opsomming':
      doc.font(NORMAAL).fontSize(10);
      for (const item of b.items) {
        const y = doc.y;
        doc.text('•', doc.page.margins.left + 4, y, { lineBreak: false });
        doc.text(winAnsi(item), doc.page.margins.left + 16, y, { width: breedte(doc) - 16 });
        doc.y += 2;
      }
      doc.y += 4;
      return;
    case 'tabel':
      tabel(doc, b);
      return;
    case 'grafiek':
      grafiek(doc, b);
      return;
  }
}

export function voorstelPdf(s: VoorstelSnapshot): Promise<Buffer> {
  const tijd = new Date(s.gegenereerdOp);
  if (Number.isNaN(tijd.getTime()))
    return Promise.reject(new Error(`gegenereerdOp is geen tijdstip: ${s.gegenereerdOp}`));
  return huisstijlPdf(voorstelInhoud(s), s.documentnummer, tijd);
}

/**
 * A PDF in the house style (A4, 2 cm margins, the two footer lines with "pagina n van m"), the
 * blocks drawn by `blok`; `tijd` is every date inside, so the same input gives the same bytes.
 * Shared by the onderbouwd voorstel and the raadsbrief.
 */
export function huisstijlPdf(
  inhoud: { titel: string; voet: readonly string[]; blokken: readonly Blok[] },
  documentnummer: string,
  tijd: Date,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGE, left: MARGE, right: MARGE, bottom: ONDER },
    compress: false,
    bufferPages: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: winAnsi(inhoud.titel),
      Author: 'Wendbaar',
      Subject: winAnsi(documentnummer),
      Keywords: inhoud.voet[1] ?? '',
      Creator: 'Wendbaar',
      Producer: 'Wendbaar (PDFKit)',
      CreationDate: tijd,
      ModDate: tijd,
    },
  });
  const delen: Buffer[] = [];
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (d: Buffer) => delen.push(d));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });

  for (const b of inhoud.blokken) blok(doc, b);

  // The footer on every page, once the number of pages is known; below the bottom margin, so the
  // margin is lifted while writing it (PDFKit would otherwise start a new page).
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const onder = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - onder + 22;
    doc.font(NORMAAL).fontSize(7).fillColor('#444444');
    doc.text(winAnsi(`${inhoud.voet[0]} · pagina ${i - start + 1} van ${count}`), MARGE, y, {
      width: breedte(doc),
      lineBreak: false,
    });
    doc.text(winAnsi(inhoud.voet[1] ?? ''), MARGE, y + 10, { width: breedte(doc), lineBreak: false });
    doc.page.margins.bottom = onder;
  }
  doc.end();
  return klaar;
}
