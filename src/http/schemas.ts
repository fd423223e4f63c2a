import { z } from 'zod';

/** Field schemas shared by several resources, with Dutch messages a user can act on. */
export const datum = z.iso.date({ error: 'Geef een geldige datum als JJJJ-MM-DD.' });
export const tekst = (max: number) =>
  z
    .string({ error: 'Vul een tekst in.' })
    .trim()
    .min(1, { error: 'Dit veld is verplicht.' })
    .max(max, { error: `Gebruik hoogstens ${max} tekens.` });
export const optioneleTekst = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Gebruik hoogstens ${max} tekens.` })
    .nullable()
    .optional();

export const links = z.object({ self: z.object({ href: z.string() }) });

export const leiderschapSchema = z
  .object({
    id: z.string(),
    teamId: z.string(),
    teamNaam: z.string(),
    medewerkerId: z.string(),
    naam: z.string(),
    rol: z.enum(['teamleider', 'directeur']),
    gemeentesecretaris: z.boolean(),
    ingangsdatum: z.string(),
    einddatum: z.string().nullable(),
  })
  .meta({ id: 'Leiderschap' });

/** Adds `_links.self` to an item. */
export function metLinks<T extends object>(
  item: T,
  href: string,
): T & { _links: { self: { href: string } } } {
  return { ...item, _links: { self: { href } } };
}
