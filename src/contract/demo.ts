import { z } from 'zod';

/** How one can log in here: password, the municipality's identity provider (OIDC), demo accounts. */
export const inlogmethodenSchema = z.object({
  wachtwoord: z.boolean(),
  oidc: z
    .object({ naam: z.string(), startUrl: z.string() })
    .nullable()
    .describe('Inloggen via de identity provider van de gemeente, als die is ingesteld'),
  demo: z.boolean(),
});

/** Only in demo mode: the demo logins for the login page, with the current code for the second step. */
export const demoAccountsSchema = z.object({
  resultaten: z.array(
    z.object({
      eMail: z.string(),
      naam: z.string(),
      rollen: z.array(z.string()),
      wachtwoord: z.string(),
      totpCode: z.string().nullable(),
    }),
  ),
});

export type Inlogmethoden = z.output<typeof inlogmethodenSchema>;
export type DemoAccount = z.output<typeof demoAccountsSchema>['resultaten'][number];
