import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Gebruiker } from '../../access/gebruiker';
import type { OrVerzoek } from '../../contract/or-dossier';
import {
  nieuweOrOverlegActieSchema,
  nieuwOrOverlegSchema,
  nieuwOrVerzoekSchema,
  orAfstandSchema,
  orBesluitSchema,
  orIndieningSchema,
  orIntrekkingSchema,
  orOverlegActieSchema,
  orOverlegActieWijzigingSchema,
  orOverleggenSchema,
  orOverlegSchema,
  orOverlegWijzigingSchema,
  orReactieSchema,
  orVervangendeToestemmingSchema,
  orVerzoekenSchema,
  orVerzoekSchema,
  orVerzoekWijzigingSchema,
} from '../../contract/or-dossier';
import { idParam } from '../../contract/velden';
import type { Database } from '../../db/schema';
import * as service from '../../services/or-dossier.service';
import * as overleg from '../../services/or-overleg.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId } from '../ids';

const tags = ['OR-dossier'];
type Db = Kysely<Database>;

/**
 * The OR-dossier (issue 15, item 4; reach in src/access/or-dossier.ts). Every step on a verzoek is a
 * POST that answers the verzoek and needs its version (If-Match): 409 names the steps possible from
 * here and what to do next, 400 lists every problem at once.
 */
export async function orDossierRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const verzoekId = (x: string) => assertId(x, 'OR-verzoek');
  const overlegId = (x: string) => assertId(x, 'Overlegvergadering');
  const params = z.object({ orVerzoekId: idParam });

  app.get(
    '/or-verzoeken',
    {
      schema: {
        tags,
        operationId: 'listOrVerzoeken',
        summary:
          'Advies-, instemmings- en informatieverzoeken aan de OR met hun termijnen (concepten alleen voor directie en P&O)',
        response: { 200: orVerzoekenSchema },
      },
    },
    async (request) => service.listOrVerzoeken(request.db, request.gebruiker!),
  );

  app.post(
    '/or-verzoeken',
    {
      schema: {
        tags,
        operationId: 'createOrVerzoek',
        summary: 'Een verzoek aan de OR opstellen, als concept (de directeur)',
        body: nieuwOrVerzoekSchema,
        response: { 201: orVerzoekSchema },
      },
    },
    async (request, reply) => {
      const v = await service.createOrVerzoek(request.db, request.gebruiker!, request.body);
      request.auditObject = { type: 'or_verzoek', id: v.id };
      setEtag(reply, v.versie);
      return reply.code(201).header('Location', `/api/v1/or-verzoeken/${v.id}`).send(v);
    },
  );

  app.get(
    '/or-verzoeken/:orVerzoekId',
    {
      schema: {
        tags,
        operationId: 'getOrVerzoek',
        summary: 'Eén verzoek aan de OR met reactie, besluit en de termijnen die de WOR eraan verbindt',
        params,
        response: { 200: orVerzoekSchema },
      },
    },
    async (request, reply) => {
      const v = await service.getOrVerzoek(
        request.db,
        request.gebruiker!,
        verzoekId(request.params.orVerzoekId),
      );
      setEtag(reply, v.versie);
      return v;
    },
  );

  app.patch(
    '/or-verzoeken/:orVerzoekId',
    {
      schema: {
        tags,
        operationId: 'updateOrVerzoek',
        summary: 'Een concept wijzigen (met If-Match; na indiening 409)',
        params,
        body: orVerzoekWijzigingSchema,
        response: { 200: orVerzoekSchema },
      },
    },
    async (request, reply) => {
      const v = await service.updateOrVerzoek(
        request.db,
        request.gebruiker!,
        verzoekId(request.params.orVerzoekId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, v.versie);
      return v;
    },
  );

  /** A step on the verzoek: same shape for each, If-Match required, answers the verzoek. */
  const stap = <B extends z.ZodType>(
    pad: string,
    operationId: string,
    summary: string,
    body: B,
    doe: (db: Db, gebruiker: Gebruiker, id: string, versie: number, body: z.output<B>) => Promise<OrVerzoek>,
  ) =>
    app.post(
      `/or-verzoeken/:orVerzoekId/${pad}`,
      {
        // A step on the verzoek's version: If-Match is required (versie.plugin.ts).
        config: { versie: 'vereist' },
        schema: { tags, operationId, summary, params, body, response: { 201: orVerzoekSchema } },
      },
      async (request, reply) => {
        const id = verzoekId(request.params.orVerzoekId);
        const v = await doe(
          request.db,
          request.gebruiker!,
          id,
          requireIfMatch(request),
          request.body as z.output<B>,
        );
        request.auditObject = { type: 'or_verzoek', id };
        setEtag(reply, v.versie);
        return reply.code(201).send(v);
      },
    );

  stap(
    'indieningen',
    'dienOrVerzoekIn',
    'Het verzoek aan de OR voorleggen (400 met alles wat ontbreekt, waaronder de personele gevolgen; 409 als het geen concept meer is)',
    orIndieningSchema,
    service.dienIn,
  );
  stap(
    'reacties',
    'reageerOpOrVerzoek',
    'Het advies (positief, negatief, voorwaardelijk) of de instemming (gegeven, geweigerd) van de OR vastleggen',
    orReactieSchema,
    service.reageer,
  );
  stap(
    'besluiten',
    'besluitOpOrVerzoek',
    'Het besluit van de directie vastleggen, en of het het advies volgt (afwijken: opschorting art. 25 lid 6 WOR)',
    orBesluitSchema,
    service.besluit,
  );
  stap(
    'intrekkingen',
    'trekOrVerzoekIn',
    'Het verzoek intrekken, met de reden',
    orIntrekkingSchema,
    service.trekIn,
  );
  stap(
    'afstand-van-opschorting',
    'zieAfVanOpschorting',
    'De OR ziet af van de opschortingstermijn (art. 25 lid 6 WOR): het besluit mag direct worden uitgevoerd',
    orAfstandSchema,
    (db, g, id, versie) => service.zieAfVanOpschorting(db, g, id, versie),
  );
  stap(
    'vervangende-toestemmingen',
    'legVervangendeToestemmingVast',
    'De vervangende toestemming van de kantonrechter vastleggen (art. 27 lid 4 WOR), met datum en kenmerk',
    orVervangendeToestemmingSchema,
    service.legVervangendeToestemmingVast,
  );

  // --- overlegvergaderingen ------------------------------------------------------------------------

  const overlegParams = z.object({ orOverlegId: idParam });

  app.get(
    '/or-overleggen',
    {
      schema: {
        tags,
        operationId: 'listOrOverleggen',
        summary: 'Overlegvergaderingen van directie en OR met agenda, notulen en acties',
        response: { 200: orOverleggenSchema },
      },
    },
    async (request) => overleg.listOverleggen(request.db, request.gebruiker!),
  );

  app.post(
    '/or-overleggen',
    {
      schema: {
        tags,
        operationId: 'createOrOverleg',
        summary: 'Een overlegvergadering vastleggen (directeur of OR)',
        body: nieuwOrOverlegSchema,
        response: { 201: orOverlegSchema },
      },
    },
    async (request, reply) => {
      const o = await overleg.createOverleg(request.db, request.gebruiker!, request.body);
      request.auditObject = { type: 'or_overleg', id: o.id };
      setEtag(reply, o.versie);
      return reply.code(201).header('Location', `/api/v1/or-overleggen/${o.id}`).send(o);
    },
  );

  app.get(
    '/or-overleggen/:orOverlegId',
    {
      schema: {
        tags,
        operationId: 'getOrOverleg',
        summary: 'Eén overlegvergadering',
        params: overlegParams,
        response: { 200: orOverlegSchema },
      },
    },
    async (request, reply) => {
      const o = await overleg.getOverleg(
        request.db,
        request.gebruiker!,
        overlegId(request.params.orOverlegId),
      );
      setEtag(reply, o.versie);
      return o;
    },
  );

  app.patch(
    '/or-overleggen/:orOverlegId',
    {
      schema: {
        tags,
        operationId: 'updateOrOverleg',
        summary:
          'Datum, titel, notulen of agenda wijzigen (met If-Match; de agenda wordt als geheel vervangen)',
        params: overlegParams,
        body: orOverlegWijzigingSchema,
        response: { 200: orOverlegSchema },
      },
    },
    async (request, reply) => {
      const o = await overleg.updateOverleg(
        request.db,
        request.gebruiker!,
        overlegId(request.params.orOverlegId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, o.versie);
      return o;
    },
  );

  app.post(
    '/or-overleggen/:orOverlegId/acties',
    {
      schema: {
        tags,
        operationId: 'createOrOverlegActie',
        summary: 'Een afgesproken actie toevoegen, met eigenaar en deadline',
        params: overlegParams,
        body: nieuweOrOverlegActieSchema,
        response: { 201: orOverlegActieSchema },
      },
    },
    async (request, reply) => {
      const id = overlegId(request.params.orOverlegId);
      const a = await overleg.addActie(request.db, request.gebruiker!, id, request.body);
      request.auditDetails = { actieId: a.id };
      setEtag(reply, a.versie);
      return reply.code(201).header('Location', `/api/v1/or-overleggen/${id}`).send(a);
    },
  );

  app.patch(
    '/or-overleggen/:orOverlegId/acties/:actieId',
    {
      schema: {
        tags,
        operationId: 'updateOrOverlegActie',
        summary: 'Een actie wijzigen of afronden (met If-Match)',
        params: z.object({ orOverlegId: idParam, actieId: idParam }),
        body: orOverlegActieWijzigingSchema,
        response: { 200: orOverlegActieSchema },
      },
    },
    async (request, reply) => {
      const a = await overleg.updateActie(
        request.db,
        request.gebruiker!,
        overlegId(request.params.orOverlegId),
        assertId(request.params.actieId, 'Actie'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, a.versie);
      return a;
    },
  );
}
