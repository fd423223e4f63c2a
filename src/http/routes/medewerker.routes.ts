import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_CONTRACTUREN_PER_WEEK } from '../../domain/contracturen';
import * as service from '../../services/medewerker.service';
import { requireIfMatch, setEtag } from '../etag';
import { assertId, idParam, idVeld } from '../ids';
import { lijstQuery, lijstSchema, pagina, parseSortering } from '../pagination';
import { datum, leiderschapSchema, links, metLinks, optioneleTekst, tekst } from '../schemas';
import { vormMedewerker, vormMedewerkerDetail } from '../zicht';

export const urenPerWeek = z
  .number({ error: 'Geef het aantal uren per week als getal.' })
  .min(0, { error: 'Contracturen kunnen niet negatief zijn.' })
  .max(MAX_CONTRACTUREN_PER_WEEK, { error: `Hoogstens ${MAX_CONTRACTUREN_PER_WEEK} uur per week.` })
  .multipleOf(0.01, { error: 'Gebruik hoogstens twee decimalen.' });

const schaal = z
  .number({ error: 'Geef de schaal als geheel getal.' })
  .int({ error: 'Geef de schaal als geheel getal.' })
  .min(1, { error: 'Schaal loopt van 1 tot en met 18.' })
  .max(18, { error: 'Schaal loopt van 1 tot en met 18.' });
const trede = z
  .number({ error: 'Geef de trede als geheel getal.' })
  .int({ error: 'Geef de trede als geheel getal.' })
  .min(0, { error: 'Trede loopt van 0 tot en met 20.' })
  .max(20, { error: 'Trede loopt van 0 tot en met 20.' });
const eMail = z.email({ error: 'Geef een geldig e-mailadres.' }).max(254);

export const contracturenSchema = z
  .object({
    id: z.string(),
    urenPerWeek: z.number(),
    fte: z.number(),
    ingangsdatum: z.string(),
    einddatum: z.string().nullable(),
  })
  .meta({ id: 'Contracturen' });

export const teamlidmaatschapSchema = z
  .object({
    id: z.string(),
    teamId: z.string(),
    teamNaam: z.string(),
    ingangsdatum: z.string(),
    einddatum: z.string().nullable(),
  })
  .meta({ id: 'Teamlidmaatschap' });

export const medewerkerExpertiseSchema = z
  .object({
    expertiseId: z.string(),
    naam: z.string(),
    categorie: z.string(),
    niveau: z.number().int(),
    ambitie: z.boolean(),
    versie: z.number().int(),
  })
  .meta({ id: 'MedewerkerExpertise' });

const medewerkerVelden = {
  id: z.string(),
  personeelsnummer: z.string(),
  voornaam: z.string(),
  tussenvoegsel: z.string().nullable(),
  achternaam: z.string(),
  naam: z.string(),
  eMail: z.string(),
  functie: z.string(),
  schaal: z.number().int().nullable().describe('Leeg als u deze persoonsgegevens niet mag zien'),
  trede: z.number().int().nullable(),
  inDienst: z.string().nullable(),
  uitDienst: z.string().nullable(),
  team: z.object({ id: z.string(), naam: z.string() }).nullable(),
  urenPerWeek: z.number().nullable(),
  fte: z.number().nullable(),
  zicht: z
    .enum(['volledig', 'inzetbaarheid', 'basis'])
    .describe('Wat u van deze medewerker ziet: alles, uren en expertise, of de basisgegevens'),
  versie: z.number().int(),
  _links: links,
};

const medewerkerSchema = z.object(medewerkerVelden).meta({ id: 'Medewerker' });
const medewerkerDetailSchema = z
  .object({
    ...medewerkerVelden,
    teamhistorie: z.array(teamlidmaatschapSchema),
    contracthistorie: z.array(contracturenSchema),
    expertises: z.array(medewerkerExpertiseSchema),
    leidinggevende: z.array(leiderschapSchema),
  })
  .meta({ id: 'MedewerkerDetail' });

const nieuweMedewerker = z.strictObject({
  personeelsnummer: tekst(20),
  voornaam: tekst(100),
  tussenvoegsel: optioneleTekst(20),
  achternaam: tekst(100),
  eMail,
  functie: tekst(120),
  schaal,
  trede,
  inDienst: datum,
  uitDienst: datum.nullable().optional(),
  teamId: idVeld,
  urenPerWeek,
});

const medewerkerWijziging = z.strictObject({
  voornaam: tekst(100).optional(),
  tussenvoegsel: optioneleTekst(20),
  achternaam: tekst(100).optional(),
  eMail: eMail.optional(),
  functie: tekst(120).optional(),
  schaal: schaal.optional(),
  trede: trede.optional(),
  uitDienst: datum.nullable().optional(),
});

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
        querystring: z.strictObject({
          ...lijstQuery,
          teamId: idVeld.optional(),
          zoek: z.string().max(100).optional(),
          functie: z.string().max(120).optional(),
          status: z.enum(['in-dienst', 'uit-dienst', 'alle']).default('in-dienst'),
          expertiseId: idVeld.optional(),
          minNiveau: z.coerce.number().int().min(1).max(4).optional(),
        }),
        response: { 200: lijstSchema(medewerkerSchema) },
      },
    },
    async (request) => {
      const q = request.query;
      // Sorting on scale or start date would reveal them to roles that may not see them.
      const g = request.gebruiker!;
      const velden = g.rollen.some((r) => r === 'directeur' || r === 'po')
        ? (['achternaam', 'personeelsnummer', 'inDienst', 'schaal', 'functie'] as const)
        : (['achternaam', 'personeelsnummer', 'functie'] as const);
      const sortering = parseSortering(q.sorteer, velden, 'achternaam');
      const p = { pagina: q.pagina, paginaGrootte: q.paginaGrootte };
      const resultaat = await service.listMedewerkers(
        request.db,
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
        body: nieuweMedewerker,
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
        params: z.object({ medewerkerId: idParam }),
        body: medewerkerWijziging,
        response: { 200: medewerkerDetailSchema },
      },
    },
    async (request, reply) => {
      const id = assertId(request.params.medewerkerId, 'Medewerker');
      const m = await service.updateMedewerker(request.db, id, requireIfMatch(request), request.body);
      setEtag(reply, m.versie);
      return metLinks(vormMedewerkerDetail(request.gebruiker!, m), href(m.id));
    },
  );
}
