import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountLijstSchema,
  accountSchema,
  accountsQuery,
  accountWijzigingSchema,
  nieuwAccountMetWachtwoordSchema,
  nieuwAccountSchema,
  tijdelijkWachtwoordSchema,
} from '../../contract/account';
import { formaatQuery, idParam } from '../../contract/velden';
import { accountTabel } from '../../reports/lijst-tabellen';
import * as service from '../../services/account.service';
import { auditAantalPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, HELE_LIJST, stuurExport } from '../export';
import { assertId } from '../ids';
import { pagina, parseSortering } from '../pagination';

const tags = ['Accounts'];
const params = z.object({ accountId: idParam });

export async function accountRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const id = (v: string) => assertId(v, 'Account');

  app.get(
    '/accounts',
    {
      schema: {
        tags,
        operationId: 'listAccounts',
        summary: 'Accounts (beheer); ?formaat=csv of xlsx geeft alle gevonden accounts als bestand',
        querystring: accountsQuery.extend({ formaat: formaatQuery }),
        response: { 200: accountLijstSchema },
      },
    },
    async (request, reply) => {
      const { zoek, sorteer, formaat, ...blad } = request.query;
      const p = formaat === 'json' ? blad : HELE_LIJST;
      const sortering = parseSortering(sorteer, ['naam', 'eMail'] as const, 'naam');
      const lijst = await service.listAccounts(request.db, request.gebruiker!, zoek, sortering, p);
      if (formaat !== 'json') {
        auditExport(request, lijst.rijen.length);
        return stuurExport(reply, formaat, accountTabel(lijst.rijen));
      }
      auditAantalPersonen(request, lijst.rijen.length);
      return pagina(request, p, lijst);
    },
  );

  app.post(
    '/accounts',
    {
      schema: {
        tags,
        operationId: 'createAccount',
        summary: 'Account aanmaken met rollen; geeft een eenmalig wachtwoord',
        body: nieuwAccountSchema,
        response: { 201: nieuwAccountMetWachtwoordSchema },
      },
    },
    async (request, reply) => {
      const r = await service.createAccount(request.db, request.body, request.gebruiker!);
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
      const a = await service.getAccount(request.db, request.gebruiker!, id(request.params.accountId));
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
        summary:
          'Rollen, naam of blokkade wijzigen (met If-Match); beëindigt de sessies bij minder rechten. ' +
          'De eigen rollen en blokkade wijzigt een andere beheerder (403)',
        params,
        body: accountWijzigingSchema,
        response: { 200: accountSchema },
      },
    },
    async (request, reply) => {
      const { account, veranderd } = await service.updateAccount(
        request.db,
        request.gebruiker!,
        id(request.params.accountId),
        requireIfMatch(request),
        request.body,
      );
      // Who got which rights from whom: the record holds every changed field, before and after.
      request.auditDetails = { ...request.auditDetails, veranderd };
      setEtag(reply, account.versie);
      return account;
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
        response: { 201: tijdelijkWachtwoordSchema },
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
      reply
        .code(201)
        .send(await service.resetTotp(request.db, request.gebruiker!, id(request.params.accountId))),
  );
}
