import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contracturenLijstSchema,
  contracturenWijzigingSchema,
  lidmaatschapEindeSchema,
  medewerkerExpertiseSchema,
  medewerkerExpertisesSchema,
  medewerkerExpertiseWijzigingSchema,
  nieuweContracturenSchema,
  nieuweMedewerkerExpertiseSchema,
  teamlidmaatschappenSchema,
  teamlidmaatschapWijzigingSchema,
  teamwisselSchema,
} from '../../contract/medewerker';
import { idParam } from '../../contract/velden';
import * as expertises from '../../services/medewerker-expertise.service';
import * as historie from '../../services/medewerker-historie.service';
import { auditTerugwerkend } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { assertId } from '../ids';

/** The nested resources of a medewerker: contracturen, teamlidmaatschappen and expertises. */

const medewerkerParams = z.object({ medewerkerId: idParam });
const base = (id: string) => `/api/v1/medewerkers/${id}`;

export async function medewerkerOnderdelenRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const mid = (id: string) => assertId(id, 'Medewerker');

  app.get(
    '/medewerkers/:medewerkerId/contracturen',
    {
      schema: {
        tags: ['Contracturen'],
        operationId: 'listContracturen',
        summary: 'Contracthistorie van een medewerker',
        params: medewerkerParams,
        response: { 200: contracturenLijstSchema },
      },
    },
    async (request) => ({
      resultaten: await historie.listContracturen(
        request.db,
        request.gebruiker!,
        mid(request.params.medewerkerId),
      ),
    }),
  );

  app.post(
    '/medewerkers/:medewerkerId/contracturen',
    {
      schema: {
        tags: ['Contracturen'],
        operationId: 'addContracturen',
        summary: 'Nieuwe contracturen vanaf een datum (de lopende periode eindigt de dag ervoor)',
        description:
          'Gaat de wijziging verder terug dan de instelling terugwerkendeDagen, dan is een reden verplicht; het antwoord noemt de perioden waarvan de cijfers veranderen.',
        params: medewerkerParams,
        body: nieuweContracturenSchema,
        response: { 201: contracturenWijzigingSchema },
      },
    },
    async (request, reply) => {
      const id = mid(request.params.medewerkerId);
      const c = await historie.addContracturen(request.db, id, request.body);
      auditTerugwerkend(request, c.terugwerkend);
      return reply
        .code(201)
        .header('Location', `${base(id)}/contracturen`)
        .send(c);
    },
  );

  app.get(
    '/medewerkers/:medewerkerId/teamlidmaatschappen',
    {
      schema: {
        tags: ['Teamlidmaatschappen'],
        operationId: 'listTeamlidmaatschappen',
        summary: 'Teamhistorie van een medewerker',
        params: medewerkerParams,
        response: { 200: teamlidmaatschappenSchema },
      },
    },
    async (request) =>
      historie.listTeamlidmaatschappen(request.db, request.gebruiker!, mid(request.params.medewerkerId)),
  );

  app.post(
    '/medewerkers/:medewerkerId/teamlidmaatschappen',
    {
      schema: {
        tags: ['Teamlidmaatschappen'],
        operationId: 'moveToTeam',
        summary:
          'Medewerker vanaf een datum naar een ander team (het lopende lidmaatschap eindigt de dag ervoor)',
        description:
          'De teamwissel in één keer: er blijft geen dag zonder team. De directie alleen voor wie dan leiding geeft. ' +
          'Verder terug dan de instelling terugwerkendeDagen is een reden verplicht.',
        params: medewerkerParams,
        body: teamwisselSchema,
        response: { 201: teamlidmaatschapWijzigingSchema },
      },
    },
    async (request, reply) => {
      const id = mid(request.params.medewerkerId);
      // If-Match is optional on a move (a POST): sent, it must still be the medewerker's version.
      const versie = request.headers['if-match'] ? requireIfMatch(request) : undefined;
      const l = await historie.moveToTeam(request.db, id, request.body, versie);
      auditTerugwerkend(request, l.terugwerkend);
      return reply
        .code(201)
        .header('Location', `${base(id)}/teamlidmaatschappen`)
        .send(l);
    },
  );

  app.patch(
    '/medewerkers/:medewerkerId/teamlidmaatschappen/:lidmaatschapId',
    {
      schema: {
        tags: ['Teamlidmaatschappen'],
        operationId: 'endTeamlidmaatschap',
        summary: 'Teamlidmaatschap beëindigen (met If-Match: de ETag van de medewerker)',
        description:
          'Alleen op de datum uit dienst, of met het volgende team (volgendTeamId) vanaf de dag erna: een medewerker in dienst zit op elke datum in precies één team. ' +
          'Verder terug dan de instelling terugwerkendeDagen is een reden verplicht.',
        params: z.object({ medewerkerId: idParam, lidmaatschapId: idParam }),
        body: lidmaatschapEindeSchema,
        response: { 200: teamlidmaatschapWijzigingSchema },
      },
    },
    async (request) => {
      const l = await historie.endTeamlidmaatschap(
        request.db,
        mid(request.params.medewerkerId),
        assertId(request.params.lidmaatschapId, 'Teamlidmaatschap'),
        requireIfMatch(request),
        request.body,
      );
      auditTerugwerkend(request, l.terugwerkend);
      return l;
    },
  );

  app.get(
    '/medewerkers/:medewerkerId/expertises',
    {
      schema: {
        tags: ['Expertises van medewerkers'],
        operationId: 'listMedewerkerExpertises',
        summary: 'Expertises van een medewerker',
        params: medewerkerParams,
        response: { 200: medewerkerExpertisesSchema },
      },
    },
    async (request) => ({
      resultaten: await expertises.listMedewerkerExpertises(
        request.db,
        request.gebruiker!,
        mid(request.params.medewerkerId),
      ),
    }),
  );

  app.post(
    '/medewerkers/:medewerkerId/expertises',
    {
      schema: {
        tags: ['Expertises van medewerkers'],
        operationId: 'addMedewerkerExpertise',
        summary: 'Expertise uit de catalogus toekennen',
        params: medewerkerParams,
        body: nieuweMedewerkerExpertiseSchema,
        response: { 201: medewerkerExpertiseSchema },
      },
    },
    async (request, reply) => {
      const id = mid(request.params.medewerkerId);
      const e = await expertises.addMedewerkerExpertise(request.db, request.gebruiker!, id, request.body);
      setEtag(reply, e.versie);
      return reply
        .code(201)
        .header('Location', `${base(id)}/expertises/${e.expertiseId}`)
        .send(e);
    },
  );

  const expertiseParams = z.object({ medewerkerId: idParam, expertiseId: idParam });

  app.get(
    '/medewerkers/:medewerkerId/expertises/:expertiseId',
    {
      schema: {
        tags: ['Expertises van medewerkers'],
        operationId: 'getMedewerkerExpertise',
        summary: 'Eén expertise van een medewerker',
        params: expertiseParams,
        response: { 200: medewerkerExpertiseSchema },
      },
    },
    async (request, reply) => {
      const e = await expertises.getMedewerkerExpertise(
        request.db,
        request.gebruiker!,
        mid(request.params.medewerkerId),
        assertId(request.params.expertiseId, 'Expertise'),
      );
      setEtag(reply, e.versie);
      return e;
    },
  );

  app.patch(
    '/medewerkers/:medewerkerId/expertises/:expertiseId',
    {
      schema: {
        tags: ['Expertises van medewerkers'],
        operationId: 'updateMedewerkerExpertise',
        summary: 'Niveau of ambitie wijzigen (met If-Match)',
        params: expertiseParams,
        body: medewerkerExpertiseWijzigingSchema,
        response: { 200: medewerkerExpertiseSchema },
      },
    },
    async (request, reply) => {
      const e = await expertises.updateMedewerkerExpertise(
        request.db,
        request.gebruiker!,
        mid(request.params.medewerkerId),
        assertId(request.params.expertiseId, 'Expertise'),
        requireIfMatch(request),
        request.body,
      );
      setEtag(reply, e.versie);
      return e;
    },
  );

  app.delete(
    '/medewerkers/:medewerkerId/expertises/:expertiseId',
    {
      schema: {
        tags: ['Expertises van medewerkers'],
        operationId: 'removeMedewerkerExpertise',
        summary: 'Expertise van een medewerker verwijderen (met If-Match)',
        params: expertiseParams,
        response: { 204: z.null().describe('Verwijderd') },
      },
    },
    async (request, reply) => {
      await expertises.removeMedewerkerExpertise(
        request.db,
        request.gebruiker!,
        mid(request.params.medewerkerId),
        assertId(request.params.expertiseId, 'Expertise'),
        requireIfMatch(request),
      );
      return reply.code(204).send(null);
    },
  );
}
