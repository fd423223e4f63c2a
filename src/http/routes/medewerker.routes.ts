import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  medewerkerDetailSchema,
  medewerkerLijstSchema,
  medewerkersQuery,
  medewerkerWijzigingAntwoordSchema,
  medewerkerWijzigingSchema,
  nieuweMedewerkerSchema,
} from '../../contract/medewerker';
import { idParam } from '../../contract/velden';
import * as service from '../../services/medewerker.service';
import { auditAantalPersonen, auditTerugwerkend } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { assertId } from '../ids';
import { pagina, parseSortering } from '../pagination';
import { metLinks } from '../schemas';
import { vormMedewerker, vormMedewerkerDetail } from '../zicht';

const href = (id: string) => `/api/v1/medewerkers/${id}`;
const tags = ['Medewerkers'];

export async function medewerkerRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/medewerkers',
    {
      schema: {
        tags,
        operationId: 'listMedewerkers',
        summary: 'Medewerkers zoeken en bladeren',
        querystring: medewerkersQuery,
        response: { 200: medewerkerLijstSchema },
      },
    },
    async (request) => {
      const q = request.query;
      // Sorting on scale or start date is refused by the service to those who may not see them.
      const g = request.gebruiker!;
      const velden = ['achternaam', 'personeelsnummer', 'inDienst', 'schaal', 'functie'] as const;
      const sortering = parseSortering(q.sorteer, velden, 'achternaam');
      const p = { pagina: q.pagina, paginaGrootte: q.paginaGrootte };
      const resultaat = await service.listMedewerkers(
        request.db,
        g,
        {
          teamId: q.teamId,
          zoek: q.zoek,
          functie: q.functie,
          status: q.status,
          expertiseId: q.expertiseId,
          minNiveau: q.minNiveau,
        },
        sortering,
        p,
      );
      auditAantalPersonen(request, resultaat.rijen.length);
      return pagina(request, p, {
        ...resultaat,
        rijen: resultaat.rijen.map((m) => metLinks(vormMedewerker(g, m), href(m.id))),
      });
    },
  );

  app.get(
    '/medewerkers/:medewerkerId',
    {
      schema: {
        tags,
        operationId: 'getMedewerker',
        summary: 'Eén medewerker met team-, contract- en expertisegegevens',
        params: z.object({ medewerkerId: idParam }),
        response: { 200: medewerkerDetailSchema },
      },
    },
    async (request, reply) => {
      const m = await service.getMedewerker(request.db, assertId(request.params.medewerkerId, 'Medewerker'));
      setEtag(reply, m.versie);
      return metLinks(vormMedewerkerDetail(request.gebruiker!, m), href(m.id));
    },
  );

  app.post(
    '/medewerkers',
    {
      schema: {
        tags,
        operationId: 'createMedewerker',
        summary: 'Medewerker in dienst nemen (met eerste team en contracturen)',
        body: nieuweMedewerkerSchema,
        response: { 201: medewerkerDetailSchema },
      },
    },
    async (request, reply) => {
      const m = await service.createMedewerker(request.db, request.body);
      setEtag(reply, m.versie);
      return reply
        .code(201)
        .header('Location', href(m.id))
        .send(metLinks(vormMedewerkerDetail(request.gebruiker!, m), href(m.id)));
    },
  );

  app.patch(
    '/medewerkers/:medewerkerId',
    {
      schema: {
        tags,
        operationId: 'updateMedewerker',
        summary: 'Medewerker wijzigen of uit dienst melden (met If-Match)',
        description:
          'Uit dienst beëindigt team, contracturen en leiderschap op die dag. Een wijziging van de datum uit dienst die verder terug gaat dan de instelling terugwerkendeDagen vraagt een reden.',
        params: z.object({ medewerkerId: idParam }),
        body: medewerkerWijzigingSchema,
        response: { 200: medewerkerWijzigingAntwoordSchema },
      },
    },
    async (request, reply) => {
      const id = assertId(request.params.medewerkerId, 'Medewerker');
      const m = await service.updateMedewerker(request.db, id, requireIfMatch(request), request.body);
      auditTerugwerkend(request, m.terugwerkend);
      setEtag(reply, m.versie);
      return {
        ...metLinks(vormMedewerkerDetail(request.gebruiker!, m), href(m.id)),
        terugwerkend: m.terugwerkend,
      };
    },
  );
}
