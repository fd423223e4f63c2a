import { z } from 'zod';
import { ROLLEN } from '../domain/rol';
import { lijstQuery, lijstSchema } from './lijst';
import { idVeld, tekst } from './velden';

export const accountSchema = z
  .object({
    id: z.string(),
    eMail: z.string(),
    naam: z.string(),
    medewerkerId: z.string().nullable(),
    rollen: z.array(z.enum(ROLLEN)),
    actief: z.boolean(),
    totpIngesteld: z.boolean(),
    wachtwoordWijzigen: z.boolean(),
    versie: z.number().int(),
    mag: z
      .object({
        rollenWijzigen: z
          .boolean()
          .describe(
            'De vrager mag de rollen wijzigen (niet die van het eigen account: dat doet een andere beheerder)',
          ),
        blokkeren: z
          .boolean()
          .describe('De vrager mag het account blokkeren of deblokkeren (niet het eigen account)'),
      })
      .describe('Wat de vrager met dit account mag'),
  })
  .meta({ id: 'Account' });
export const accountLijstSchema = lijstSchema(accountSchema);

const tijdelijk = z
  .string()
  .describe('Eenmalig wachtwoord; alleen nu zichtbaar, bij de eerste keer inloggen te wijzigen');
export const nieuwAccountMetWachtwoordSchema = z.object({
  account: accountSchema,
  tijdelijkWachtwoord: tijdelijk,
});
export const tijdelijkWachtwoordSchema = z.object({ tijdelijkWachtwoord: tijdelijk });

const rollen = z
  .array(z.enum(ROLLEN, { error: `Kies uit: ${ROLLEN.join(', ')}.` }))
  .min(1, { error: 'Geef het account minstens één rol.' })
  .max(ROLLEN.length)
  .refine((r) => new Set(r).size === r.length, { error: 'Noem elke rol één keer.' });

export const accountsQuery = z.strictObject({
  zoek: z.string().max(100).optional().describe('Deel van de naam of het e-mailadres'),
  ...lijstQuery,
});
export const nieuwAccountSchema = z.strictObject({
  eMail: z.email({ error: 'Geef een geldig e-mailadres.' }).max(254),
  naam: tekst(200),
  medewerkerId: idVeld.nullable().optional(),
  rollen,
});
export const accountWijzigingSchema = z.strictObject({
  naam: tekst(200).optional(),
  rollen: rollen.optional(),
  actief: z.boolean().optional(),
});

export type Account = z.output<typeof accountSchema>;
export type NieuwAccountMetWachtwoord = z.output<typeof nieuwAccountMetWachtwoordSchema>;
export type TijdelijkWachtwoord = z.output<typeof tijdelijkWachtwoordSchema>;
export type AccountInvoer = z.output<typeof nieuwAccountSchema>;
export type AccountWijziging = z.output<typeof accountWijzigingSchema>;

/** One changed field of an account, for the audit record: what it was and what it became. */
type Verandering<T> = { voor: T; na: T };
/** The fields a PATCH changed, each with before and after; unchanged fields are left out. */
export interface AccountVerandering {
  naam?: Verandering<string>;
  rollen?: Verandering<Account['rollen']>;
  actief?: Verandering<boolean>;
}
