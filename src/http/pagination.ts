import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Paginering, Sortering } from '../db/query-helpers';
import { ValidationError } from '../domain/probleem';

export const MAX_PAGINA_GROOTTE = 500;

/** Query parameters every list takes. */
export const lijstQuery = {
  pagina: z.coerce.number().int().min(1).default(1).describe('Paginanummer, vanaf 1'),
  paginaGrootte: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGINA_GROOTTE)
    .default(50)
    .describe(`Aantal per pagina (hoogstens ${MAX_PAGINA_GROOTTE})`),
  sorteer: z
    .string()
    .max(100)
    .optional()
    .describe('Sorteerveld; een minteken ervoor sorteert aflopend, bijv. -naam'),
};

const link = z.object({ href: z.string() });

export function lijstSchema<T extends z.ZodType>(item: T) {
  return z.object({
    resultaten: z.array(item),
    aantal: z.number().int().describe('Totaal aantal resultaten over alle pagina’s'),
    pagina: z.number().int(),
    paginaGrootte: z.number().int(),
    _links: z.object({
      self: link,
      first: link,
      last: link,
      prev: link.optional(),
      next: link.optional(),
    }),
  });
}

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
