/**
 * A strict RFC 4180 reader (with `;`): a quote may only open a field and must close it, a bare CR
 * or LF outside quotes ends nothing but a CRLF, and anything else throws. Stricter than a
 * spreadsheet, so what it reads as one row a spreadsheet cannot split.
 */
export function leesCsv(tekst: string): string[][] {
  if (!tekst.startsWith('\uFEFF')) throw new Error('geen BOM');
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let i = 1;
  let gequote = false;
  let veldBegin = true;
  while (i < tekst.length) {
    const c = tekst[i]!;
    if (gequote) {
      if (c === '"') {
        if (tekst[i + 1] === '"') {
          veld += '"';
          i += 2;
          continue;
        }
        gequote = false;
        i++;
        const volgende = tekst[i];
        if (volgende !== ';' && volgende !== '\r') throw new Error(`teken na sluitquote op ${i}`);
        continue;
      }
      veld += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (!veldBegin) throw new Error(`quote midden in een veld op ${i}`);
      gequote = true;
      veldBegin = false;
      i++;
      continue;
    }
    if (c === ';') {
      rij.push(veld);
      veld = '';
      veldBegin = true;
      i++;
      continue;
    }
    if (c === '\r') {
      if (tekst[i + 1] !== '\n') throw new Error(`losse CR op ${i}`);
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
      veldBegin = true;
      i += 2;
      continue;
    }
    if (c === '\n') throw new Error(`losse LF op ${i}`);
    veld += c;
    veldBegin = false;
    i++;
  }
  if (gequote) throw new Error('quote niet gesloten');
  if (rij.length > 0 || veld !== '') throw new Error('laatste regel zonder CRLF');
  return rijen;
}
