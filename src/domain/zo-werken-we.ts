import type { Probleem } from './probleem';

/**
 * "Zo werken we" (issue 15, item 3): the organisation philosophy as pages whose text is never
 * overwritten. Every change of title, summary or text is a new numbered version with its author,
 * time and an optional note ("wat is er veranderd"); the page points at its current version.
 */
export const MAX_TITEL = 120;
export const MAX_SAMENVATTING = 300;
export const MAX_TEKST = 50_000;
export const MAX_NOTITIE = 500;

export interface PaginaInhoud {
  titel: string;
  samenvatting: string;
  tekst: string;
}

/** Line endings as the browser sends them vary (\r\n); stored and compared as \n. */
export const normaliseerTekst = (tekst: string) => tekst.replace(/\r\n?/g, '\n');

/** The content after a change: what the change names, the current value otherwise. */
export function nieuweInhoud(huidig: PaginaInhoud, wijziging: Partial<PaginaInhoud>): PaginaInhoud {
  return {
    titel: wijziging.titel ?? huidig.titel,
    samenvatting: wijziging.samenvatting ?? huidig.samenvatting,
    tekst: wijziging.tekst === undefined ? huidig.tekst : normaliseerTekst(wijziging.tekst),
  };
}

export function isInhoudGewijzigd(a: PaginaInhoud, b: PaginaInhoud): boolean {
  return a.titel !== b.titel || a.samenvatting !== b.samenvatting || a.tekst !== b.tekst;
}

const titelSleutel = (titel: string) => titel.trim().toLocaleLowerCase('nl');

/**
 * What is wrong with a page's content beyond its fields' shape (the contract checks that): two
 * pages with one title (archived ones included: it comes back with its title) cannot be told apart
 * in the list.
 */
export function paginaProblemen(inhoud: PaginaInhoud, andereTitels: readonly string[]): Probleem[] {
  const problemen: Probleem[] = [];
  if (andereTitels.some((t) => titelSleutel(t) === titelSleutel(inhoud.titel))) {
    problemen.push({
      veld: 'titel',
      code: 'bestaat-al',
      melding: 'Er is al een pagina met deze titel. Kies een andere titel.',
    });
  }
  return problemen;
}

/**
 * The order after moving one page to `positie` (1 = first) among the others; a position past the
 * end puts it last. The ids are the pages in their current order.
 */
export function verplaats(ids: readonly string[], id: string, positie: number): string[] {
  const zonder = ids.filter((x) => x !== id);
  const plek = Math.max(0, Math.min(zonder.length, Math.trunc(positie) - 1));
  return [...zonder.slice(0, plek), id, ...zonder.slice(plek)];
}
