import { z } from 'zod';

/**
 * Field schemas shared by several resources, with Dutch messages a user can act on. The contract
 * (src/contract) holds every schema the API validates and answers with; it imports only zod and the
 * domain, so a service can type its views by it without knowing HTTP.
 */
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

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id: any text is accepted by the schema, and one that cannot be an id is simply not found. */
export const idParam = z.string().describe('Id (uuid)');

/** An id in a body: a malformed one is a field problem. */
export const idVeld = z.string().regex(GUID, 'Dit is geen geldig id.');

/** `?formaat=csv|xlsx` on a grid or list gives the same data as a file; json (default) as usual. */
export const formaatQuery = z
  .enum(['json', 'csv', 'xlsx'], { error: "Kies 'json', 'csv' of 'xlsx'." })
  .default('json')
  .describe('json (standaard), of een bestand: csv of xlsx');
