import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { OpenAPIV3 } from 'openapi-types';
import { z } from 'zod';
import type { OidcInstellingen } from '../access/oidc-instellingen';
import { type ProxyInstelling, trustProxy } from '../config';
import type { Engine } from '../db/connect';
import type { Database } from '../db/schema';
import { type SessieInstellingen, STANDAARD_SESSIE } from '../services/auth.service';
import { registerAudit } from './audit.plugin';
import { registerAuth } from './auth.plugin';
import { registerJsonParser } from './json-parser';
import { registerNulTekenControle } from './nul-tekens';
import { finishOpenApi, openApiInfo } from './openapi';
import { notFoundHandler, problemErrorHandler } from './problem';
import { accountRoutes } from './routes/account.routes';
import { ambitieRoutes } from './routes/ambitie.routes';
import { auditRoutes } from './routes/audit.routes';
import { avgRoutes } from './routes/avg.routes';
import { backupRoutes } from './routes/backup.routes';
import { begrotingRoutes } from './routes/begroting.routes';
import { behoefteRoutes } from './routes/behoefte.routes';
import { beschikbaarheidRoutes } from './routes/beschikbaarheid.routes';
import { bestuursopdrachtRoutes } from './routes/bestuursopdracht.routes';
import { capaciteitsvraagRoutes } from './routes/capaciteitsvraag.routes';
import { demoRoutes } from './routes/demo.routes';
import { evaluatieRoutes } from './routes/evaluatie.routes';
import { expertiseRoutes } from './routes/expertise.routes';
import { formatieRoutes } from './routes/formatie.routes';
import { gesprekRoutes } from './routes/gesprek.routes';
import { importRoutes } from './routes/import.routes';
import { inzetRoutes } from './routes/inzet.routes';
import { inzetverzoekRoutes } from './routes/inzetverzoek.routes';
import { loonsomRoutes } from './routes/loonsom.routes';
import { medewerkerRoutes } from './routes/medewerker.routes';
import { medewerkerOnderdelenRoutes } from './routes/medewerker-onderdelen.routes';
import { mijnWerkRoutes } from './routes/mijn-werk.routes';
import { oidcRoutes } from './routes/oidc.routes';
import { ontwikkelingRoutes } from './routes/ontwikkeling.routes';
import { opgaveRoutes } from './routes/opgave.routes';
import { orDossierRoutes } from './routes/or-dossier.routes';
import { organisatieRoutes } from './routes/organisatie.routes';
import { portfolioRoutes } from './routes/portfolio.routes';
import { programmaRoutes } from './routes/programma.routes';
import { pulsRoutes } from './routes/puls.routes';
import { raadsbriefRoutes } from './routes/raadsbrief.routes';
import { resultaatdoelRoutes } from './routes/resultaatdoel.routes';
import { scenarioRoutes } from './routes/scenario.routes';
import { sessieRoutes } from './routes/sessie.routes';
import { teamRoutes } from './routes/team.routes';
import { teamreserveringRoutes } from './routes/teamreservering.routes';
import { veranderprogrammaRoutes } from './routes/veranderprogramma.routes';
import { verdeelvoorstelRoutes } from './routes/verdeelvoorstel.routes';
import { voorstelRoutes } from './routes/voorstel.routes';
import { werkdrukRoutes } from './routes/werkdruk.routes';
import { zoWerkenWeRoutes } from './routes/zo-werken-we.routes';
import { registerSecurityHeaders } from './security-headers';
import { registerTransactie } from './transactie.plugin';
import { registerVersie } from './versie.plugin';
import { registerCompressie, registerWebApp } from './web-levering';

export interface AppOptions {
  db: Kysely<Database>;
  engine: Engine;
  /** Session time-outs; defaults: 30 minutes idle, 10 hours at most. */
  sessie?: SessieInstellingen;
  /** Demo mode: the login page may list the demo accounts. */
  demo?: boolean;
  /** Years after uit dienst before anonymisation is allowed. */
  bewaartermijnJaren?: number;
  /** Login through the municipality's identity provider, when configured. */
  oidc?: OidcInstellingen | null;
  /** The public origin (https://…), named as the server in the OpenAPI document; else relative. */
  publiekeUrl?: string | null;
  /** Reverse proxies whose X-Forwarded-* headers are believed (WENDBAAR_PROXY); default none. */
  proxy?: ProxyInstelling;
  /** Folder of the built web app (dist/web); without it only the API is served. */
  webRoot?: string;
  logger?: boolean | object;
}

// Zod's messages in Dutch for the checks that carry no message of their own.
z.config(z.locales.nl());

/** 100 kB is far above any legitimate body here and keeps oversized requests cheap to refuse. */
const BODY_LIMIT = 100 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Believing X-Forwarded-For from any client lets it choose its own address in the audit log
    // and the login throttle: only the configured proxies are believed.
    trustProxy: trustProxy(options.proxy ?? false),
    routerOptions: { ignoreTrailingSlash: false, ignoreDuplicateSlashes: false },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(problemErrorHandler);
  // The API speaks JSON only; anything else is 415 rather than a string the schemas then refuse.
  app.removeContentTypeParser('text/plain');
  registerJsonParser(app);
  // Before any route (and before the static files), so that every answer can be compressed.
  await registerCompressie(app);
  registerSecurityHeaders(app);
  registerNulTekenControle(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
    // NL API Design Rules: no trailing slash. Caught before routing, or `/teams/` would match `/teams/:id`.
    const pad = request.url.split('?')[0]!;
    if (pad.startsWith('/api/v1/') && pad.endsWith('/') && !pad.startsWith('/api/v1/docs')) {
      return notFoundHandler(request, reply);
    }
  });

  const sessie = options.sessie ?? STANDAARD_SESSIE;
  await registerAuth(app, { db: options.db, sessie });
  // After the policy check (onRequest), before validation and the transaction (preValidation).
  const metVersie = registerVersie(app);
  registerTransactie(app, options.db);
  registerAudit(app, options.db);

  await app.register(fastifySwagger, {
    openapi: { openapi: '3.0.3', info: openApiInfo },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) =>
      finishOpenApi(
        jsonSchemaTransformObject(documentObject) as OpenAPIV3.Document,
        options.publiekeUrl ?? null,
        metVersie,
      ) as never,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/v1/docs', uiConfig: { docExpansion: 'list' } });

  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => {
        reply.header('Access-Control-Allow-Origin', '*');
        return app.swagger();
      });
      await api.register(sessieRoutes, { sessie });
      await api.register(demoRoutes, {
        demo: options.demo ?? false,
        oidcNaam: options.oidc?.naam ?? null,
      });
      await api.register(accountRoutes);
      await api.register(auditRoutes);
      await api.register(backupRoutes);
      await api.register(avgRoutes, { bewaartermijnJaren: options.bewaartermijnJaren ?? 2 });
      await api.register(teamRoutes);
      await api.register(medewerkerRoutes);
      await api.register(medewerkerOnderdelenRoutes);
      await api.register(expertiseRoutes);
      await api.register(organisatieRoutes);
      await api.register(mijnWerkRoutes);
      await api.register(beschikbaarheidRoutes);
      await api.register(begrotingRoutes);
      await api.register(resultaatdoelRoutes);
      await api.register(programmaRoutes);
      await api.register(opgaveRoutes);
      await api.register(capaciteitsvraagRoutes);
      await api.register(ambitieRoutes);
      await api.register(bestuursopdrachtRoutes);
      await api.register(portfolioRoutes);
      await api.register(inzetverzoekRoutes);
      await api.register(teamreserveringRoutes);
      await api.register(verdeelvoorstelRoutes);
      await api.register(inzetRoutes);
      await api.register(formatieRoutes);
      await api.register(loonsomRoutes);
      await api.register(ontwikkelingRoutes);
      await api.register(scenarioRoutes);
      await api.register(voorstelRoutes);
      await api.register(behoefteRoutes);
      await api.register(pulsRoutes);
      await api.register(gesprekRoutes);
      await api.register(werkdrukRoutes);
      await api.register(importRoutes);
      await api.register(orDossierRoutes);
      await api.register(raadsbriefRoutes);
      await api.register(veranderprogrammaRoutes);
      await api.register(zoWerkenWeRoutes);
      await api.register(evaluatieRoutes);
    },
    { prefix: '/api/v1' },
  );
  // Login through the municipality's identity provider: browser redirects, outside the JSON API.
  await app.register(oidcRoutes, { db: options.db, oidc: options.oidc ?? null, sessie });

  const heeftWebApp = await registerWebApp(app, options.webRoot);
  // The single-page app answers every other page address; API paths stay 404 in problem+json.
  app.setNotFoundHandler((request, reply) => {
    const isPagina =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !/\.[a-z0-9]+$/i.test(request.url.split('?')[0]!);
    if (heeftWebApp && isPagina) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return notFoundHandler(request, reply);
  });
  return app;
}
