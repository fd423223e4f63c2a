import { huisstijlPdf } from './onderbouwd-voorstel-pdf';
import { type RaadsbriefDocumentInvoer, raadsbriefInhoud } from './raadsbrief-inhoud';

/**
 * The raadsbrief as PDF (issue 15, item 5): the same blocks as the DOCX, drawn by the onderbouwd
 * voorstel's PDF renderer. Reproducible as the voorstel is: the info dictionary's dates are the
 * snapshot's genomenOp (PDFKit's document ID is the MD5 of that dictionary), Producer and Creator
 * are fixed, the streams are not compressed, and only PDF's standard Helvetica is used.
 */

export function raadsbriefPdf(b: RaadsbriefDocumentInvoer): Promise<Buffer> {
  const tijd = new Date(b.momentopname.genomenOp);
  if (Number.isNaN(tijd.getTime()))
    return Promise.reject(new Error(`genomenOp is geen tijdstip: ${b.momentopname.genomenOp}`));
  return huisstijlPdf(raadsbriefInhoud(b), b.documentnummer, tijd);
}
