import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { totpCode } from '../../access/totp';
import {
  type DemoAccount,
  demoAccountsSchema,
  type Inlogmethoden,
  inlogmethodenSchema,
} from '../../contract/demo';
import { DEMO_WACHTWOORD, findDemoAccounts } from '../../demo/demo-accounts';
import { NotFoundError } from '../../domain/probleem';

/** Only in demo mode: the demo logins for the login page, with the current code for the second step. */
export async function demoRoutes(
  fastify: FastifyInstance,
  { demo, oidcNaam }: { demo: boolean; oidcNaam: string | null },
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/inlogmethoden',
    {
      schema: {
        tags: ['Sessies'],
        operationId: 'listInlogmethoden',
        summary: 'Hoe men hier kan inloggen: wachtwoord, het account van de gemeente (OIDC), demo-accounts',
        response: { 200: inlogmethodenSchema },
      },
    },
    async (): Promise<Inlogmethoden> => ({
      wachtwoord: true,
      oidc: oidcNaam ? { naam: oidcNaam, startUrl: '/auth/oidc/start' } : null,
      demo,
    }),
  );
  app.get(
    '/demo-accounts',
    {
      schema: {
        tags: ['Sessies'],
        operationId: 'listDemoAccounts',
        summary: 'Alleen in demomodus: de demo-accounts per rol',
        response: { 200: demoAccountsSchema },
      },
    },
    async (request) => {
      if (!demo) throw new NotFoundError('Demo-accounts', 'demomodus staat uit');
      const accounts = await findDemoAccounts(request.db);
      return {
        resultaten: accounts.map(
          (a): DemoAccount => ({
            eMail: a.e_mail,
            naam: a.naam,
            rollen: a.rollen ? a.rollen.split(',') : [],
            wachtwoord: DEMO_WACHTWOORD,
            totpCode: a.totp_geheim ? totpCode(a.totp_geheim) : null,
          }),
        ),
      };
    },
  );
}
