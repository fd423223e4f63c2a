import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Gebruiker } from '../../access/gebruiker';
import { zichtbareKolommen } from '../../access/routes';
import type { Medewerker } from '../../contract/medewerker';
import {
  medewerkerDetailSchema,
  medewerkerLijstSchema,
  medewerkersQuery,
  medewerkerWijzigingAntwoordSchema,
  medewerkerWijzigingSchema,
  nieuweMedewerkerSchema,
} from '../../contract/medewerker';
import { formaatQuery, idParam } from '../../contract/velden';
import type { Tabel } from '../../reports/tabel-export';
import type { MedewerkerView } from '../../services/medewerker.service';
import * as service from '../../services/medewerker.service';
import { auditAantalPersonen, auditTerugwerkend } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { auditExport, HELE_LIJST, stuurExport } from '../export';
import { assertId } from '../ids';
import { pagina, parseSortering } from '../pagination';
import { metLinks } from '../schemas';
import { vormMedewerker, vormMedewerkerDetail } from '../zicht';

/**
 * The list as a file: the columns the list shows this caller (zichtbareKolommen, as the web page
 * does), each row as vormMedewerker shapes it, so a hidden field is neither a column nor a value.
 */
function medewerkerTabel(g: Gebruiker, rijen: MedewerkerView[]): Tabel<Omit<Medewerker, '_links'>> {
  const k = zichtbareKolommen(g.rollen);
  return {
    titel: 'Medewerkers',
    kolommen: [
      { kop: 'Personeelsnummer', waarde: (m) => m.personeelsnummer },
      { kop: 'Naam', waarde: (m) => m.naam, breedte: 28 },
      { kop: 'E-mail', waarde: (m) => m.eMail, breedte: 30 },
      { kop: 'Functie', waarde: (m) => m.functie, breedte: 28 },
      { kop: 'Team', waarde: (m) => m.team?.naam ?? null, breedte: 28 },
      ...(k.personeel
        ? [
            { kop: 'Schaal', waarde: (m: Omit<Medewerker, '_links'>) => m.schaal },
            { kop: 'Trede', waarde: (m: Omit<Medewerker, '_links'>) => m.trede },
            { kop: 'In dienst', waarde: (m: Omit<Medewerker, '_links'>) => m.inDienst },
            { kop: 'Uit dienst', waarde: (m: Omit<Medewerker, '_links'>) => m.uitDienst },
          ]
        : []),
      ...(k.uren
        ? [
            {
              kop: 'Uren per week',
              waarde: (m: Omit<Medewerker, '_links'>) => m.urenPerWeek,
              formaat: '0.00',
            },
            { kop: 'FTE', waarde: (m: Omit<Medewerker, '_links'>) => m.fte, formaat: '0.00' },
          ]
        : []),
    ],
    rijen: rijen.map((m) => vormMedewerker(g, m)),
  };
}

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
        summary:
          'Medewerkers zoeken en bladeren; ?formaat=csv of xlsx geeft alle gevonden medewerkers als bestand',
        querystring: medewerkersQuery.extend({ formaat: formaatQuery }),
        response: { 200: medewerkerLijstSchema },
      },
    },
    async (request, reply) => {
      const q = request.query;
      // Sorting on scale or start date is refused by the service to those who may not see them.
      const g = request.gebruiker!;
      const velden = ['achternaam', 'personeelsnummer', 'inDienst', 'schaal', 'functie'] as const;
      const sortering = parseSortering(q.sorteer, velden, 'achternaam');
      const p = q.formaat !== 'json' ? HELE_LIJST : { pagina: q.pagina, paginaGrootte: q.paginaGrootte };
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
      if (q.formaat !== 'json') {
        auditExport(request, resultaat.rijen.length);
        return stuurExport(reply, q.formaat, medewerkerTabel(g, resultaat.rijen));
      }
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
