import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Gebruiker } from '../../access/gebruiker';
import { toegestaneRoutes, zichtbareKolommen } from '../../access/routes';
import { ROLLEN } from '../../domain/rol';
import * as auth from '../../services/auth.service';
import { bevestigTotpInstelling, startTotpInstelling } from '../../services/totp-instelling.service';
import { clearSessieCookie, setSessieCookie } from '../auth.plugin';

const tags = ['Sessies'];

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
      })
      .describe('Welke kolommen met personeelsgegevens een lijst van medewerkers deze sessie kan tonen'),
  })
  .meta({ id: 'Sessie' });

export function sessieView(g: Gebruiker) {
  return {
    account: {
      id: g.accountId,
      naam: g.naam,
      eMail: g.eMail,
      medewerkerId: g.medewerkerId,
      rollen: g.rollen,
    },
    teamIds: g.teamIds,
    methode: g.methode,
    totpIngesteld: g.totpIngesteld,
    totpNodig: g.totpNodig,
    totpVoldaan: g.totpVoldaan,
    wachtwoordWijzigen: g.wachtwoordWijzigen,
    csrfToken: g.csrfToken,
    routes: toegestaneRoutes(g),
    kolommen: zichtbareKolommen(g.rollen),
  };
}

const herkomst = (request: FastifyRequest) => ({
  ip: request.ip ?? null,
  userAgent: request.headers['user-agent'] ?? null,
});
const code = z
  .string({ error: 'Vul de code van zes cijfers in.' })
  .trim()
  .regex(/^\d{6}$/, { error: 'Vul de code van zes cijfers in.' });

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
        body: z.strictObject({
          eMail: z
            .string({ error: 'Vul uw e-mailadres in.' })
            .trim()
            .min(1, { error: 'Vul uw e-mailadres in.' })
            .max(254),
          wachtwoord: z
            .string({ error: 'Vul uw wachtwoord in.' })
            .min(1, { error: 'Vul uw wachtwoord in.' })
            .max(200),
        }),
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
      return reply.code(201).send(sessieView(gebruiker));
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
    async (request) => sessieView(ingelogd(request)),
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
        body: z.strictObject({ code }),
        response: { 201: sessieSchema },
      },
    },
    async (request, reply) => {
      const g = ingelogd(request);
      await auth.verifieerTotp(request.db, g, request.body.code);
      return reply.code(201).send(sessieView({ ...g, totpVoldaan: true }));
    },
  );

  app.post(
    '/accounts/huidig/totp',
    {
      schema: {
        tags,
        operationId: 'startTotp',
        summary: 'Tweestapsverificatie instellen: een nieuwe sleutel voor de authenticator-app',
        response: { 201: z.object({ geheim: z.string(), otpauthUri: z.string() }) },
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
        body: z.strictObject({ code }),
        response: { 201: sessieSchema },
      },
    },
    async (request, reply) => {
      const g = ingelogd(request);
      await bevestigTotpInstelling(request.db, g, request.body.code);
      return reply.code(201).send(sessieView({ ...g, totpIngesteld: true, totpVoldaan: true }));
    },
  );

  app.post(
    '/accounts/huidig/wachtwoorden',
    {
      schema: {
        tags,
        operationId: 'changePassword',
        summary: 'Eigen wachtwoord wijzigen',
        body: z.strictObject({
          huidigWachtwoord: z.string().min(1, { error: 'Vul uw huidige wachtwoord in.' }).max(200),
          nieuwWachtwoord: z.string().max(200, { error: 'Gebruik hoogstens 200 tekens.' }),
        }),
        response: { 204: z.null().describe('Gewijzigd') },
      },
    },
    async (request, reply) => {
      await auth.wijzigWachtwoord(request.db, ingelogd(request), request.body);
      return reply.code(204).send(null);
    },
  );
}
