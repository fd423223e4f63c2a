import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actieWijzigingSchema,
  gesprekActieSchema,
  gesprekDekkingQuery,
  gesprekDekkingSchema,
  gesprekkenSchema,
  gesprekSchema,
  gesprekssoortenSchema,
  gesprekssoortSchema,
  gesprekssoortWijzigingSchema,
  gesprekWijzigingSchema,
  nieuweActieSchema,
  nieuweGesprekssoortSchema,
  nieuweNotitieSchema,
  nieuwGesprekSchema,
  verlopenActiesSchema,
} from '../../contract/gesprek';
import { formaatQuery, idParam } from '../../contract/velden';
import { verlopenActiesTabel } from '../../reports/lijst-exports';
import { gesprekkenTabel } from '../../reports/lijst-exports-rest';
import * as service from '../../services/gesprek.service';
import { auditAantalPersonen, telPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Gesprekken'];

/**
 * The gesprekscyclus (issue 14, item 2). Every read of a conversation is audited
 * (`leestPersoonsgegevens` in the policy) with the medewerker it is about as its object, so the
 * medewerker's own inzage (AVG) shows who read their conversations.
 */
export async function gesprekRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const gesprekId = (x: string) => assertId(x, 'Gesprek');

  app.get(
    '/medewerkers/:medewerkerId/gesprekken',
    {
      schema: {
        tags,
        operationId: 'listGesprekken',
        summary:
          'De gesprekken van een medewerker met acties en eigen notities (de medewerker, de leidinggevende toen en nu, P&O); ?formaat=csv of xlsx geeft ze als bestand',
        params: z.object({ medewerkerId: idParam }),
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: gesprekkenSchema },
      },
    },
    async (request, reply) => {
      const g = await service.listGesprekken(
        request.db,
        request.gebruiker!,
        assertId(request.params.medewerkerId, 'Medewerker'),
      );
      if (request.query.formaat === 'json') return g;
      // One person's conversations: personal data about exactly one medewerker.
      auditExport(request, 1);
      return stuurExport(reply, request.query.formaat, gesprekkenTabel(g));
    },
  );

  app.post(
    '/medewerkers/:medewerkerId/gesprekken',
    {
      schema: {
        tags,
        operationId: 'createGesprek',
        summary: 'Een gesprek vastleggen (de huidige leidinggevende of P&O)',
        params: z.object({ medewerkerId: idParam }),
        body: nieuwGesprekSchema,
        response: { 201: gesprekSchema },
      },
    },
    async (request, reply) => {
      const g = await service.createGesprek(
        request.db,
        request.gebruiker!,
        assertId(request.params.medewerkerId, 'Medewerker'),
        request.body,
      );
      request.auditDetails = { gesprekId: g.id };
      setEtag(reply, g.versie);
      return reply.code(201).header('Location', `/api/v1/gesprekken/${g.id}`).send(g);
    },
  );

  app.get(
    '/gesprekken/:gesprekId',
    {
      schema: {
        tags,
        operationId: 'getGesprek',
        summary: 'Eén gesprek met acties en eigen notities',
        params: z.object({ gesprekId: idParam }),
        response: { 200: gesprekSchema },
      },
    },
    async (request, reply) => {
      const g = await service.getGesprek(request.db, request.gebruiker!, gesprekId(request.params.gesprekId));
      request.auditObject = { type: 'medewerker', id: g.medewerker.id };
      request.auditDetails = { gesprekId: g.id };
      setEtag(reply, g.versie);
      return g;
    },
  );

  app.patch(
    '/gesprekken/:gesprekId',
    {
      schema: {
        tags,
        operationId: 'updateGesprek',
        summary: 'Verslag, datum, soort, deelnemers of status van een gesprek wijzigen (met If-Match)',
        params: z.object({ gesprekId: idParam }),
        body: gesprekWijzigingSchema,
        response: { 200: gesprekSchema },
      },
    },
    async (request, reply) => {
      const g = await service.updateGesprek(
        request.db,
        request.gebruiker!,
        gesprekId(request.params.gesprekId),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, g.versie);
      return g;
    },
  );

  app.post(
    '/gesprekken/:gesprekId/acties',
    {
      schema: {
        tags,
        operationId: 'createGesprekActie',
        summary: 'Een afgesproken actie toevoegen (de leidinggevende of P&O)',
        params: z.object({ gesprekId: idParam }),
        body: nieuweActieSchema,
        response: { 201: gesprekActieSchema },
      },
    },
    async (request, reply) => {
      const id = gesprekId(request.params.gesprekId);
      const a = await service.addActie(request.db, request.gebruiker!, id, request.body);
      request.auditDetails = { actieId: a.id };
      setEtag(reply, a.versie);
      return reply.code(201).header('Location', `/api/v1/gesprekken/${id}`).send(a);
    },
  );

  app.patch(
    '/gesprekken/:gesprekId/acties/:actieId',
    {
      schema: {
        tags,
        operationId: 'updateGesprekActie',
        summary: 'Een actie wijzigen of afronden (met If-Match); de medewerker rondt de eigen acties af',
        params: z.object({ gesprekId: idParam, actieId: idParam }),
        body: actieWijzigingSchema,
        response: { 200: gesprekActieSchema },
      },
    },
    async (request, reply) => {
      const a = await service.updateActie(
        request.db,
        request.gebruiker!,
        gesprekId(request.params.gesprekId),
        assertId(request.params.actieId, 'Actie'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, a.versie);
      return a;
    },
  );

  app.post(
    '/gesprekken/:gesprekId/notities',
    {
      schema: {
        tags,
        operationId: 'createGesprekNotitie',
        summary: 'Een eigen notitie bij een gesprek (alleen de medewerker zelf)',
        params: z.object({ gesprekId: idParam }),
        body: nieuweNotitieSchema,
        response: { 201: gesprekSchema },
      },
    },
    async (request, reply) => {
      const id = gesprekId(request.params.gesprekId);
      const g = await service.addNotitie(request.db, request.gebruiker!, id, request.body);
      setEtag(reply, g.versie);
      return reply.code(201).header('Location', `/api/v1/gesprekken/${id}`).send(g);
    },
  );

  app.get(
    '/verlopen-gesprekacties',
    {
      schema: {
        tags,
        operationId: 'listVerlopenGesprekacties',
        summary:
          'Opvolging: open acties waarvan de deadline voorbij is, van de eigen medewerkers (leidinggevende) of van iedereen (P&O); ?formaat=csv of xlsx geeft ze als bestand',
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: verlopenActiesSchema },
      },
    },
    async (request, reply) => {
      const lijst = await service.listVerlopenActies(request.db, request.gebruiker!);
      const personen = telPersonen(lijst.resultaten, (r) => r.medewerker.id);
      if (request.query.formaat !== 'json') {
        auditExport(request, personen);
        return stuurExport(reply, request.query.formaat, verlopenActiesTabel(lijst.resultaten));
      }
      auditAantalPersonen(request, personen);
      return lijst;
    },
  );

  app.get(
    '/gesprekssoorten',
    {
      schema: {
        tags,
        operationId: 'listGesprekssoorten',
        summary: 'De soorten gesprekken die de organisatie voert',
        response: { 200: gesprekssoortenSchema },
      },
    },
    async (request) => service.listSoorten(request.db, request.gebruiker!),
  );

  app.post(
    '/gesprekssoorten',
    {
      schema: {
        tags,
        operationId: 'createGesprekssoort',
        summary: 'Een soort gesprek toevoegen (P&O, beheerder)',
        body: nieuweGesprekssoortSchema,
        response: { 201: gesprekssoortSchema },
      },
    },
    async (request, reply) => {
      const s = await service.createSoort(request.db, request.body);
      request.auditObject = { type: 'gesprekssoort', id: s.code };
      return reply.code(201).send(s);
    },
  );

  app.patch(
    '/gesprekssoorten/:code',
    {
      schema: {
        tags,
        operationId: 'updateGesprekssoort',
        summary:
          'Een soort gesprek hernoemen of uit- en aanzetten (P&O, beheerder; met If-Match). Uitgezet blijft hij bij bestaande gesprekken staan, maar is hij niet te kiezen voor een nieuw.',
        params: z.object({ code: z.string().max(40) }),
        body: gesprekssoortWijzigingSchema,
        response: { 200: gesprekssoortSchema },
      },
    },
    async (request, reply) => {
      const s = await service.updateSoort(
        request.db,
        request.params.code,
        requireIfMatch(request),
        request.body,
      );
      request.auditObject = { type: 'gesprekssoort', id: s.code };
      setEtag(reply, s.versie);
      return s;
    },
  );

  app.get(
    '/organisatie/gesprekken',
    {
      schema: {
        tags,
        operationId: 'getGesprekDekking',
        summary:
          'Per team hoeveel medewerkers dit jaar een gesprek hadden: alleen aantallen, kleine groepen samengevoegd (P&O, directie, OR); ?formaat=csv of xlsx geeft ze als bestand',
        querystring: gesprekDekkingQuery.extend({ formaat: formaatQuery }),
        response: { 200: gesprekDekkingSchema },
      },
    },
    async (request, reply) => {
      const d = await service.gesprekDekking(request.db, request.query.jaar);
      if (request.query.formaat === 'json') return d;
      // Counts only, with the same merged small groups as the JSON: the file names nobody.
      auditExport(request, 0);
      const rijen = [
        ...d.teams.map((t) => ({ ...t, groep: t.naam })),
        ...(d.overig ? [{ ...d.overig, groep: 'Overig (kleine teams samen)' }] : []),
        ...(d.totaal ? [{ ...d.totaal, groep: 'Totaal' }] : []),
      ];
      return stuurExport(reply, request.query.formaat, {
        titel: `Gesprekken ${d.jaar}`,
        kolommen: [
          { kop: 'Team', waarde: (r) => r.groep, breedte: 32 },
          { kop: 'Medewerkers', waarde: (r) => r.aantalMedewerkers },
          { kop: 'Met gesprek', waarde: (r) => r.aantalMetGesprek },
          {
            kop: 'Aandeel met gesprek',
            waarde: (r) => (r.aantalMedewerkers > 0 ? r.aantalMetGesprek / r.aantalMedewerkers : null),
            formaat: '0%',
          },
        ],
        rijen,
      });
    },
  );
}
