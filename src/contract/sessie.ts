import { z } from 'zod';
import { ROLLEN } from '../domain/rol';

export const sessieSchema = z
  .object({
    account: z.object({
      id: z.string(),
      naam: z.string(),
      eMail: z.string(),
      medewerkerId: z.string().nullable(),
      rollen: z.array(z.enum(ROLLEN)),
    }),
    teamIds: z.array(z.string()).describe('Basisteams die deze persoon vandaag leidt'),
    methode: z.enum(['wachtwoord', 'oidc']),
    totpIngesteld: z.boolean(),
    totpNodig: z.boolean(),
    totpVoldaan: z.boolean(),
    wachtwoordWijzigen: z.boolean(),
    csrfToken: z.string().describe('Stuur mee als header X-CSRF-Token bij elke wijziging'),
    routes: z
      .array(z.string())
      .describe(
        "De routes die deze sessie mag aanroepen, als 'PATCH /teams/{teamId}' (rol en tweede stap; de reikwijdte binnen een route staat bij elk object in mag)",
      ),
    kolommen: z
      .object({
        personeel: z.boolean().describe('Schaal, trede en datum in dienst (per rij alleen waar zichtbaar)'),
        uren: z.boolean().describe('Contracturen en fte (per rij alleen waar zichtbaar)'),
        filtersPersoneel: z
          .boolean()
          .describe(
            'Filteren op wie uit dienst is en sorteren op schaal of datum in dienst, over alle medewerkers',
          ),
        filtersExpertise: z.boolean().describe('Filteren op expertise en niveau, over alle medewerkers'),
      })
      .describe('Welke kolommen met personeelsgegevens een lijst van medewerkers deze sessie kan tonen'),
  })
  .meta({ id: 'Sessie' });

/** A new secret for the authenticator app, shown once while setting up the second step. */
export const totpInstellingSchema = z.object({ geheim: z.string(), otpauthUri: z.string() });

export const loginSchema = z.strictObject({
  eMail: z
    .string({ error: 'Vul uw e-mailadres in.' })
    .trim()
    .min(1, { error: 'Vul uw e-mailadres in.' })
    .max(254),
  wachtwoord: z
    .string({ error: 'Vul uw wachtwoord in.' })
    .min(1, { error: 'Vul uw wachtwoord in.' })
    .max(200),
});
const code = z
  .string({ error: 'Vul de code van zes cijfers in.' })
  .trim()
  .regex(/^\d{6}$/, { error: 'Vul de code van zes cijfers in.' });
export const totpCodeSchema = z.strictObject({ code });
export const wachtwoordWijzigingSchema = z.strictObject({
  huidigWachtwoord: z.string().min(1, { error: 'Vul uw huidige wachtwoord in.' }).max(200),
  nieuwWachtwoord: z.string().max(200, { error: 'Gebruik hoogstens 200 tekens.' }),
});

export type Sessie = z.output<typeof sessieSchema>;
export type TotpInstelling = z.output<typeof totpInstellingSchema>;
export type LoginInvoer = z.output<typeof loginSchema>;
export type WachtwoordWijziging = z.output<typeof wachtwoordWijzigingSchema>;
