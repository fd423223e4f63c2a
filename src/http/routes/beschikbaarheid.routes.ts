import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  afwezigheidInvoerSchema,
  afwezigheidLijstSchema,
  afwezigheidQuery,
  afwezigheidSchema,
  type BeschikbaarheidCel,
  bereikQuery,
  instellingenSchema,
  instellingenWijzigingSchema,
  medewerkerBeschikbaarheidSchema,
  teamBeschikbaarheidSchema,
} from '../../contract/beschikbaarheid';
import { idParam } from '../../contract/velden';
import * as service from '../../services/beschikbaarheid.service';
import { auditAantalPersonen } from '../audit.plugin';
import { requireIfMatch, setEtag } from '../etag';
import { stuurExport } from '../export';
import { assertId } from '../ids';

const tags = ['Beschikbaarheid'];

const uren = (kop: string, k: keyof BeschikbaarheidCel) => ({
  kop,
  waarde: (c: BeschikbaarheidCel) => c[k] as number,
  formaat: '0.00',
});
const UREN_KOLOMMEN = [
  uren('Contracturen', 'contractUren'),
  uren('Feestdagen', 'feestdagUren'),
  uren('Afwezig', 'afwezigheidUren'),
  uren('Niet-productief', 'nietProductiefUren'),
  uren('Beschikbaar', 'beschikbaar'),
  uren('Ingezet robuust', 'ingezetRobuust'),
  uren('Ingezet wendbaar', 'ingezetWendbaar'),
  uren('Vrij', 'vrij'),
];

export async function beschikbaarheidRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/instellingen',
    {
      schema: {
        tags,
        operationId: 'getInstellingen',
        summary: 'Organisatie-instellingen voor beschikbaarheid',
        response: { 200: instellingenSchema },
      },
    },
    async (request, reply) => {
      const i = await service.getInstellingen(request.db);
      setEtag(reply, i.versie);
      return i;
    },
  );

  app.patch(
    '/instellingen',
    {
      schema: {
        tags,
        operationId: 'updateInstellingen',
        summary: 'Organisatie-instellingen wijzigen (met If-Match)',
        body: instellingenWijzigingSchema,
        response: { 200: instellingenSchema },
      },
    },
    async (request, reply) => {
      const i = await service.updateInstellingen(request.db, requireIfMatch(request), request.body);
      setEtag(reply, i.versie);
      return i;
    },
  );

  app.get(
    '/teams/:teamId/beschikbaarheid',
    {
      schema: {
        tags,
        operationId: 'getTeamBeschikbaarheid',
        summary:
          'Beschikbare uren van de leden van een team per week, maand, kwartaal, kalenderjaar of ISO-jaar, met teamtotalen',
        params: z.object({ teamId: idParam }),
        querystring: bereikQuery,
        response: { 200: teamBeschikbaarheidSchema },
      },
    },
    async (request, reply) => {
      const teamId = assertId(request.params.teamId, 'Team');
      const q = request.query;
      const grid = await service.getTeamBeschikbaarheid(
        request.db,
        request.gebruiker!,
        teamId,
        q.per,
        q.van,
        q.tot,
      );
      auditAantalPersonen(request, grid.medewerkers.length);
      if (q.formaat === 'json') return grid;
      const rijen = grid.medewerkers.flatMap((m) =>
        m.cellen.map((c) => ({ ...c, naam: m.naam, functie: m.functie })),
      );
      return stuurExport(reply, q.formaat, {
        titel: `Beschikbaarheid ${q.van} tot ${q.tot}`,
        kolommen: [
          { kop: 'Medewerker', waarde: (r) => r.naam, breedte: 28 },
          { kop: 'Functie', waarde: (r) => r.functie, breedte: 24 },
          { kop: 'Periode', waarde: (r) => r.periode },
          ...UREN_KOLOMMEN,
        ],
        rijen,
      });
    },
  );

  app.get(
    '/medewerkers/:medewerkerId/beschikbaarheid',
    {
      schema: {
        tags,
        operationId: 'getMedewerkerBeschikbaarheid',
        summary: 'Beschikbare uren van één medewerker per week, maand, kwartaal, kalenderjaar of ISO-jaar',
        params: z.object({ medewerkerId: idParam }),
        querystring: bereikQuery,
        response: { 200: medewerkerBeschikbaarheidSchema },
      },
    },
    async (request, reply) => {
      const id = assertId(request.params.medewerkerId, 'Medewerker');
      const q = request.query;
      const r = await service.medewerkerBeschikbaarheid(
        request.db,
        request.gebruiker!,
        id,
        q.per,
        q.van,
        q.tot,
      );
      if (q.formaat === 'json') return r;
      return stuurExport(reply, q.formaat, {
        titel: `Beschikbaarheid ${q.van} tot ${q.tot}`,
        kolommen: [{ kop: 'Periode', waarde: (c) => c.periode }, ...UREN_KOLOMMEN],
        rijen: r.cellen,
      });
    },
  );

  app.get(
    '/medewerkers/:medewerkerId/afwezigheid',
    {
      schema: {
        tags,
        operationId: 'listAfwezigheid',
        summary: 'Afwezigheid in uren per week (nooit een reden)',
        params: z.object({ medewerkerId: idParam }),
        querystring: afwezigheidQuery,
        response: { 200: afwezigheidLijstSchema },
      },
    },
    async (request) => {
      const id = assertId(request.params.medewerkerId, 'Medewerker');
      const { van, tot } = request.query;
      return { resultaten: await service.listAfwezigheid(request.db, request.gebruiker!, id, van, tot) };
    },
  );

  app.put(
    '/medewerkers/:medewerkerId/afwezigheid/:week',
    {
      schema: {
        tags,
        operationId: 'setAfwezigheid',
        summary: 'Afwezige uren van één week vastleggen; een bestaande week alleen met If-Match',
        params: z.object({ medewerkerId: idParam, week: z.string().max(10) }),
        body: afwezigheidInvoerSchema,
        response: { 200: afwezigheidSchema },
      },
    },
    async (request, reply) => {
      const id = assertId(request.params.medewerkerId, 'Medewerker');
      const versie = request.headers['if-match'] === undefined ? null : requireIfMatch(request);
      const a = await service.zetAfwezigheid(
        request.db,
        request.gebruiker!,
        id,
        request.params.week,
        request.body.uren,
        versie,
      );
      setEtag(reply, a.versie);
      return a;
    },
  );
}
