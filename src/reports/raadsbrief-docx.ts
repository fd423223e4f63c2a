import { type Document, Packer } from 'docx';
import { huisstijlDocument, vastgezet } from './onderbouwd-voorstel';
import { type RaadsbriefDocumentInvoer, raadsbriefInhoud } from './raadsbrief-inhoud';

/**
 * The raadsbrief as DOCX (issue 15, item 5): the blocks of raadsbrief-inhoud.ts drawn by the
 * onderbouwd voorstel's DOCX renderer, in its house style (A4, 2 cm, Arial 10). Reproducible from
 * the snapshot as the voorstel is: the package is zipped again with the snapshot's genomenOp as every
 * date (docProps/core.xml and the zip entries), and the document uses no parts docx names at random.
 */

export function raadsbriefDocument(b: RaadsbriefDocumentInvoer): Document {
  return huisstijlDocument(raadsbriefInhoud(b), b.documentnummer);
}

export async function raadsbriefDocx(b: RaadsbriefDocumentInvoer): Promise<Buffer> {
  const tijd = new Date(b.momentopname.genomenOp);
  if (Number.isNaN(tijd.getTime()))
    throw new Error(`genomenOp is geen tijdstip: ${b.momentopname.genomenOp}`);
  return vastgezet(await Packer.toBuffer(raadsbriefDocument(b)), tijd);
}
