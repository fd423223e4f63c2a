import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  loginSchema,
  sessieSchema,
  totpCodeSchema,
  totpInstellingSchema,
  wachtwoordWijzigingSchema,
} from '../../contract/sessie';
import * as auth from '../../services/auth.service';
import { bevestigTotpInstelling, startTotpInstelling } from '../../services/totp-instelling.service';
import { clearSessieCookie, setSessieCookie } from '../auth.plugin';

const tags = ['Sessies'];

const herkomst = (request: FastifyRequest) => ({
  ip: request.ip ?? null,
  userAgent: request.headers['user-agent'] ?? null,
});

export async function sessieRoutes(
  fastify: FastifyInstance,
  { sessie }: { sessie: auth.SessieInstellingen },
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  /** Routes behind 'ingelogd' in the policy table always have a caller. */
  const ingelogd = (request: FastifyRequest) => request.gebruiker!;

  app.post(
    '/sessies',
    {
      // A failed login is counted against the throttle, and that count must outlive the 401; the
      // password check (argon2) also should not hold PGlite's one connection.
      config: { transactie: 'eigen' },
      schema: {
        tags,
        operationId: 'login',
        summary: 'Inloggen met e-mailadres en wachtwoord',
        body: loginSchema,
        response: { 201: sessieSchema },
      },
    },
    async (request, reply) => {
      const { token, gebruiker, accountId } = await auth.loginMetWachtwoord(
        request.db,
        request.body,
        herkomst(request),
      );
      request.auditObject = { type: 'account', id: accountId };
      request.gebruiker = gebruiker;
      setSessieCookie(request, reply, token, sessie.maxUren);
      return reply.code(201).send(auth.sessieView(gebruiker));
    },
  );

  app.get(
    '/sessies/huidig',
    {
      schema: {
        tags,
        operationId: 'getSessie',
        summary: 'De huidige sessie',
        response: { 200: sessieSchema },
      },
    },
    async (request) => auth.sessieView(ingelogd(request)),
  );

  app.delete(
    '/sessies/huidig',
    {
      schema: {
        tags,
        operationId: 'logout',
        summary: 'Uitloggen',
        response: { 204: z.null().describe('Uitgelogd') },
      },
    },
    async (request, reply) => {
      await auth.logout(request.db, ingelogd(request));
      clearSessieCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/sessies',
    {
      schema: {
        tags,
        operationId: 'logoutEverywhere',
        summary: 'Overal uitloggen: alle sessies van dit account beëindigen',
        response: { 204: z.null().describe('Alle sessies beëindigd') },
      },
    },
    async (request, reply) => {
      await auth.logoutOveral(request.db, ingelogd(request));
      clearSessieCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/sessies/huidig/totp-verificaties',
    {
      // A wrong code is counted against the throttle, and that count must outlive the refusal.
      config: { transactie: 'eigen' },
      schema: {
        tags,
        operationId: 'verifyTotp',
        summary: 'Tweede stap: de code uit de authenticator-app',
        body: totpCodeSchema,
        response: { 201: sessieSchema },
      },
    },
    async (request, reply) => {
      const g = ingelogd(request);
      await auth.verifieerTotp(request.db, g, request.body.code);
      return reply.code(201).send(auth.sessieView({ ...g, totpVoldaan: true }));
    },
  );

  app.post(
    '/accounts/huidig/totp',
    {
      schema: {
        tags,
        operationId: 'startTotp',
        summary: 'Tweestapsverificatie instellen: een nieuwe sleutel voor de authenticator-app',
        response: { 201: totpInstellingSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await startTotpInstelling(request.db, ingelogd(request))),
  );

  app.post(
    '/accounts/huidig/totp/bevestigingen',
    {
      schema: {
        tags,
        operationId: 'confirmTotp',
        summary: 'Tweestapsverificatie bevestigen met de eerste code',
        body: totpCodeSchema,
        response: { 201: sessieSchema },
      },
    },
    async (request, reply) => {
      const g = ingelogd(request);
      await bevestigTotpInstelling(request.db, g, request.body.code);
      return reply.code(201).send(auth.sessieView({ ...g, totpIngesteld: true, totpVoldaan: true }));
    },
  );

  app.post(
    '/accounts/huidig/wachtwoorden',
    {
      schema: {
        tags,
        operationId: 'changePassword',
        summary: 'Eigen wachtwoord wijzigen',
        body: wachtwoordWijzigingSchema,
        response: { 204: z.null().describe('Gewijzigd') },
      },
    },
    async (request, reply) => {
      await auth.wijzigWachtwoord(request.db, ingelogd(request), request.body);
      return reply.code(204).send(null);
    },
  );
}
