import type { FastifyRequest } from 'fastify';
import type { Paginering, Sortering } from '../db/query-helpers';
import { ValidationError } from '../domain/probleem';

/** `?sorteer=-naam` → { veld: 'naam', richting: 'desc' }; an unknown field is a 400 naming the options. */
export function parseSortering<V extends string>(
  sorteer: string | undefined,
  toegestaan: readonly V[],
  standaard: V,
): Sortering<V> {
  if (!sorteer) return { veld: standaard, richting: 'asc' };
  const aflopend = sorteer.startsWith('-');
  const veld = (aflopend ? sorteer.slice(1) : sorteer) as V;
  if (!toegestaan.includes(veld)) {
    throw new ValidationError([
      {
        veld: 'sorteer',
        code: 'onbekend-sorteerveld',
        melding: `Sorteren kan op: ${toegestaan.join(', ')} (met een minteken ervoor voor aflopend).`,
      },
    ]);
  }
  return { veld, richting: aflopend ? 'desc' : 'asc' };
}

/** The page with `_links` to itself and its neighbours, keeping the client's filters. */
export function pagina<T>(request: FastifyRequest, p: Paginering, resultaat: { rijen: T[]; aantal: number }) {
  const url = new URL(request.url, 'http://x');
  const href = (n: number) => {
    url.searchParams.set('pagina', String(n));
    url.searchParams.set('paginaGrootte', String(p.paginaGrootte));
    return { href: `${url.pathname}?${url.searchParams.toString()}` };
  };
  const laatste = Math.max(1, Math.ceil(resultaat.aantal / p.paginaGrootte));
  return {
    resultaten: resultaat.rijen,
    aantal: resultaat.aantal,
    pagina: p.pagina,
    paginaGrootte: p.paginaGrootte,
    _links: {
      self: href(p.pagina),
      first: href(1),
      last: href(laatste),
      ...(p.pagina > 1 ? { prev: href(Math.min(p.pagina - 1, laatste)) } : {}),
      ...(p.pagina < laatste ? { next: href(p.pagina + 1) } : {}),
    },
  };
}
