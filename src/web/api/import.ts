/**
 * Import from the HR system (tag Import): read a file, a dry run, the commit, saved mappings. The
 * file travels base64-encoded inside JSON. Typed by the generated schema (./contract.ts).
 */
import type { RequestBody, ResponseBody, Schemas } from './contract';
import { request } from './http';

export type ImportBestand = Schemas['ImportBestand'];
export type ImportRapport = Schemas['ImportRapport'];
export type ImportKoppeling = Schemas['ImportKoppeling'];
export type ImportInvoer = RequestBody<'voerImportDoor'>;
export type ImportProefTaak = Schemas['ImportProefTaak'];

export const leesImportBestand = (body: RequestBody<'leesImportBestand'>) =>
  request<ResponseBody<'leesImportBestand'>>('POST', '/import-bestanden', { body });
/** Starts the dry run in the background (202); follow it with getProefImport. */
export const startProefImport = (body: ImportInvoer) =>
  request<ImportProefTaak>('POST', '/import-proeven', { body: { ...body, achtergrond: true } });
export const getProefImport = (id: string) =>
  request<ResponseBody<'getProefImport'>>('GET', `/import-proeven/${id}`);
export const voerImportDoor = (body: ImportInvoer) =>
  request<ResponseBody<'voerImportDoor'>>('POST', '/imports', { body });
export const listImportKoppelingen = () =>
  request<ResponseBody<'listImportKoppelingen'>>('GET', '/import-koppelingen');
export const createImportKoppeling = (body: RequestBody<'createImportKoppeling'>) =>
  request<ResponseBody<'createImportKoppeling'>>('POST', '/import-koppelingen', { body });

/** The file's bytes as base64, reporting how far reading has come (0..1). */
export function leesAlsBase64(bestand: Blob, voortgang: (deel: number) => void): Promise<string> {
  return new Promise((klaar, mislukt) => {
    const lezer = new FileReader();
    lezer.onprogress = (e) => {
      if (e.lengthComputable) voortgang(e.loaded / e.total);
    };
    lezer.onerror = () => mislukt(lezer.error);
    lezer.onload = () => {
      voortgang(1);
      const url = String(lezer.result);
      klaar(url.slice(url.indexOf(',') + 1));
    };
    lezer.readAsDataURL(bestand);
  });
}
