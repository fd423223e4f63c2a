import { z } from 'zod';
import { EERSTE_JAAR, isPlausibelJaar, LAATSTE_JAAR } from '../domain/datum';
import { isPeriodeSleutel } from '../domain/kalender';

/**
 * Field schemas shared by several resources, with Dutch messages a user can act on. The contract
 * (src/contract) holds every schema the API validates and answers with; it imports only zod and the
 * domain, so a service can type its views by it without knowing HTTP.
 */
const JAREN = `${EERSTE_JAAR} tot en met ${LAATSTE_JAAR}`;
const JAAR_MELDING = `Kies een jaar van ${JAREN}.`;
/** Only judged once the shape is right, so a malformed value gets one message, not two. */
const jaarInBereik = (waarde: string) =>
  !/^\d{4}/.test(waarde) || isPlausibelJaar(Number(waarde.slice(0, 4)));

/** A calendar date (JJJJ-MM-DD) in a year from EERSTE_JAAR through LAATSTE_JAAR. */
export const datum = z.iso
  .date({ error: 'Geef een geldige datum als JJJJ-MM-DD.' })
  .refine(jaarInBereik, { error: `Geef een datum in de jaren ${JAREN}.` });

/** A moment with its offset (ISO 8601), in the same years as a date. */
export const tijdstip = z.iso
  .datetime({ offset: true, error: 'Geef een tijdstip als 2026-03-01T09:00:00Z.' })
  .refine(jaarInBereik, { error: `Geef een tijdstip in de jaren ${JAREN}.` });

/** An ISO week that exists ('2026-W05'; '2026-W53' only in a year of 53 weeks). */
export const isoWeekVeld = z
  .string()
  .regex(/^\d{4}-W\d{2}$/, { error: 'Geef een week als 2026-W05.' })
  .refine(jaarInBereik, { error: JAAR_MELDING, abort: true })
  .refine((w) => !/^\d{4}-W\d{2}$/.test(w) || isPeriodeSleutel('week', w), {
    error: 'Deze week bestaat niet in dat jaar.',
  });

/** A calendar quarter ('2026-Q2'). */
export const kwartaalVeld = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, { error: 'Geef een kwartaal als 2026-Q2.' })
  .refine(jaarInBereik, { error: JAAR_MELDING });

/** A calendar year ('2026') or quarter ('2026-Q2'). */
export const jaarOfKwartaalVeld = z
  .string()
  .regex(/^\d{4}(-Q[1-4])?$/, { error: 'Geef een jaar (2026) of kwartaal (2026-Q2).' })
  .refine(jaarInBereik, { error: JAAR_MELDING });
/** Characters JavaScript's trim keeps but that show nothing: zero-width spaces and joiners, BOM, fillers. */
const ONZICHTBAAR = /^[\s\u00ad\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0]*$/u;

/**
 * A required text: trimmed before it is checked, so whitespace alone (also the invisible kinds) is
 * an empty field, as minLength 1 in the OpenAPI document promises.
 */
export const tekst = (max: number) =>
  z
    .string({ error: 'Vul een tekst in.' })
    .trim()
    .min(1, { error: 'Dit veld is verplicht.' })
    .max(max, { error: `Gebruik hoogstens ${max} tekens.` })
    .refine((t) => t.length === 0 || !ONZICHTBAAR.test(t), { error: 'Dit veld is verplicht.' });
export const optioneleTekst = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Gebruik hoogstens ${max} tekens.` })
    .nullable()
    .optional();

/**
 * A measured or target value (a resultaatdoel's doelwaarde, a progress reading): finite and within
 * what is stored (numeric(12, 2)), so -4.9e46 is a field problem, not a database error.
 */
export const MAX_MEETWAARDE = 9_999_999_999.99;
export const meetwaarde = (melding: string) =>
  z
    .number({ error: melding })
    .min(-MAX_MEETWAARDE, { error: 'Deze waarde is te klein; hoogstens tien cijfers voor de komma.' })
    .max(MAX_MEETWAARDE, { error: 'Deze waarde is te groot; hoogstens tien cijfers voor de komma.' });

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
