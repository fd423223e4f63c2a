import { z } from 'zod';

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

/** A page of a list: `{ resultaten, aantal, pagina, paginaGrootte, _links }` (src/http/pagination.ts fills it). */
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
