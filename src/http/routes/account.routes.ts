import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLLEN } from '../../domain/rol';
import * as service from '../../services/account.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId, idParam, idVeld } from '../ids';
import { lijstQuery, lijstSchema, pagina, parseSortering } from '../pagination';
import { tekst } from '../schemas';

const tags = ['Accounts'];
const accountSchema = z
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
  })
  .meta({ id: 'Account' });
const rollen = z
  .array(z.enum(ROLLEN, { error: `Kies uit: ${ROLLEN.join(', ')}.` }))
  .min(1, { error: 'Geef het account minstens één rol.' })
  .max(ROLLEN.length)
  .refine((r) => new Set(r).size === r.length, { error: 'Noem elke rol één keer.' });
const params = z.object({ accountId: idParam });
const tijdelijk = z
  .string()
  .describe('Eenmalig wachtwoord; alleen nu zichtbaar, bij de eerste keer inloggen te wijzigen');

export async function accountRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const id = (v: string) => assertId(v, 'Account');

  app.get(
    '/accounts',
    {
      schema: {
        tags,
        operationId: 'listAccounts',
        summary: 'Accounts (beheer)',
        querystring: z.strictObject({
          zoek: z.string().max(100).optional().describe('Deel van de naam of het e-mailadres'),
          ...lijstQuery,
        }),
        response: { 200: lijstSchema(accountSchema) },
      },
    },
    async (request) => {
      const { zoek, sorteer, ...p } = request.query;
      const sortering = parseSortering(sorteer, ['naam', 'eMail'] as const, 'naam');
      return pagina(request, p, await service.listAccounts(request.db, zoek, sortering, p));
    },
  );

  app.post(
    '/accounts',
    {
      schema: {
        tags,
        operationId: 'createAccount',
        summary: 'Account aanmaken met rollen; geeft een eenmalig wachtwoord',
        body: z.strictObject({
          eMail: z.email({ error: 'Geef een geldig e-mailadres.' }).max(254),
          naam: tekst(200),
          medewerkerId: idVeld.nullable().optional(),
          rollen,
        }),
        response: { 201: z.object({ account: accountSchema, tijdelijkWachtwoord: tijdelijk }) },
      },
    },
    async (request, reply) => {
      const r = await service.createAccount(request.db, request.body);
      setEtag(reply, r.account.versie);
      return reply.code(201).header('Location', `/api/v1/accounts/${r.account.id}`).send(r);
    },
  );

  app.get(
    '/accounts/:accountId',
    {
      schema: {
        tags,
        operationId: 'getAccount',
        summary: 'Eén account',
        params,
        response: { 200: accountSchema },
      },
    },
    async (request, reply) => {
      const a = await service.getAccount(request.db, id(request.params.accountId));
      setEtag(reply, a.versie);
      return a;
    },
  );

  app.patch(
    '/accounts/:accountId',
    {
      schema: {
        tags,
        operationId: 'updateAccount',
        summary: 'Rollen, naam of blokkade wijzigen (met If-Match); beëindigt de sessies bij minder rechten',
        params,
        body: z.strictObject({
          naam: tekst(200).optional(),
          rollen: rollen.optional(),
          actief: z.boolean().optional(),
        }),
        response: { 200: accountSchema },
      },
    },
    async (request, reply) => {
      const a = await service.updateAccount(
        request.db,
        id(request.params.accountId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, a.versie);
      return a;
    },
  );

  app.post(
    '/accounts/:accountId/wachtwoord-resets',
    {
      schema: {
        tags,
        operationId: 'resetPassword',
        summary: 'Wachtwoord herstellen: een eenmalig wachtwoord, alle sessies beëindigd',
        params,
        response: { 201: z.object({ tijdelijkWachtwoord: tijdelijk }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.resetWachtwoord(request.db, id(request.params.accountId))),
  );

  app.post(
    '/accounts/:accountId/totp-resets',
    {
      schema: {
        tags,
        operationId: 'resetTotp',
        summary: 'Tweestapsverificatie opnieuw laten instellen (bij een verloren telefoon)',
        params,
        response: { 201: accountSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.resetTotp(request.db, id(request.params.accountId))),
  );
}
