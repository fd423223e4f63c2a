import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from '../../services/verdeelvoorstel.service';
import { assertId, idParam, idVeld } from '../ids';
import { kwartaal } from './dossier-schemas';

const tags = ['Verdeelvoorstellen'];
const dossierRef = z.object({
  soort: z.enum(['opgave', 'bestuursopdracht']),
  id: z.string(),
  titel: z.string(),
});
const voorstelSchema = z
  .object({
    id: z.string(),
    periode: z.string(),
    status: z.enum(['rekent', 'klaar', 'mislukt']),
    parameters: z.object({
      periode: z.string(),
      capaciteitsvraagIds: z.array(z.string()).optional(),
      maxDossiers: z.number().optional(),
      minimumUren: z.number().optional(),
      tijdslimietSeconden: z.number().optional(),
    }),
    voortgang: z
      .record(z.string(), z.number().nullable())
      .nullable()
      .describe('Tijdens het rekenen: seconden, gap, beste en grens'),
    resultaat: z
      .object({
        regels: z.array(
          z.object({
            index: z.number().int(),
            medewerker: z.object({ id: z.string(), naam: z.string() }),
            team: z.object({ id: z.string(), naam: z.string() }),
            capaciteitsvraag: z.object({
              id: z.string(),
              expertise: z.string(),
              dossier: dossierRef,
              prioriteit: z.number(),
            }),
            urenPerWeek: z.number(),
            reden: z.string(),
            passendheid: z.number(),
            inzetverzoek: z
              .object({ id: z.string(), status: z.string() })
              .nullable()
              .describe('Het inzetverzoek dat uit deze regel is gemaakt, als dat er is'),
          }),
        ),
        onvervuld: z.array(
          z.object({ expertise: z.object({ id: z.string(), naam: z.string() }), urenPerWeek: z.number() }),
        ),
        knelpunten: z.array(
          z.object({
            capaciteitsvraag: z.object({ id: z.string(), expertise: z.string(), dossier: dossierRef }),
            openPerWeek: z.number(),
            knelpunt: z.string(),
            uitleg: z.string(),
          }),
        ),
        overgeslagen: z.array(z.object({ vraagId: z.string(), reden: z.string() })),
        doelwaarde: z.number(),
        grens: z.number(),
        gap: z.number().describe('Bewezen afstand tot de bovengrens, als fractie (0,001 = 0,1%)'),
        gretig: z.number().describe('Doelwaarde van de gretige verdeling op hetzelfde probleem'),
        status: z.string(),
        seconden: z.number(),
        paren: z.number().int(),
      })
      .nullable(),
    fout: z.string().nullable(),
    aangemaaktOp: z.string(),
    klaarOp: z.string().nullable(),
  })
  .meta({ id: 'Verdeelvoorstel' });
const samenvattingSchema = voorstelSchema
  .pick({
    id: true,
    periode: true,
    status: true,
    parameters: true,
    fout: true,
    aangemaaktOp: true,
    klaarOp: true,
  })
  .extend({
    samenvatting: z
      .object({
        regels: z.number().int(),
        urenPerWeek: z.number(),
        doelwaarde: z.number(),
        gap: z.number(),
        gretig: z.number(),
      })
      .nullable()
      .describe(
        'Zodra het voorstel klaar is: aantal regels, uren per week, doelwaarde, gap en gretige doelwaarde',
      ),
  })
  .meta({ id: 'VerdeelvoorstelSamenvatting' });

export async function verdeelvoorstelRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ verdeelvoorstelId: idParam });

  app.post(
    '/verdeelvoorstellen',
    {
      // The scenario must be committed before its worker starts computing on the pool; the worker's
      // own writes (progress, result) are each one statement.
      config: { transactie: 'eigen' },
      schema: {
        tags,
        operationId: 'startVerdeelvoorstel',
        summary:
          'Een verdeelvoorstel berekenen voor een kwartaal (202: het rekent op de achtergrond; live gegevens blijven onaangeroerd)',
        body: z.strictObject({
          periode: kwartaal,
          capaciteitsvraagIds: z.array(idVeld).min(1).max(5000).optional(),
          maxDossiers: z.number().int().min(1, { error: 'Minstens één dossier.' }).max(10).optional(),
          minimumUren: z.number().min(0.5, { error: 'Minstens een half uur.' }).max(40).optional(),
          tijdslimietSeconden: z.number().int().min(1).max(300).optional(),
        }),
        response: { 202: voorstelSchema },
      },
    },
    async (request, reply) => {
      const v = await service.startVerdeelvoorstel(request.db, request.body, request.gebruiker!);
      return reply.code(202).header('Location', `/api/v1/verdeelvoorstellen/${v.id}`).send(v);
    },
  );

  app.get(
    '/verdeelvoorstellen',
    {
      schema: {
        tags,
        operationId: 'listVerdeelvoorstellen',
        summary: 'De laatste 50 verdeelvoorstellen, elk samengevat (de regels staan bij het voorstel zelf)',
        response: { 200: z.object({ resultaten: z.array(samenvattingSchema) }) },
      },
    },
    async (request) => ({ resultaten: await service.listVerdeelvoorstellen(request.db) }),
  );

  app.get(
    '/verdeelvoorstellen/:verdeelvoorstelId',
    {
      schema: {
        tags,
        operationId: 'getVerdeelvoorstel',
        summary:
          'Eén verdeelvoorstel: voortgang tijdens het rekenen, daarna de regels met hun reden en de onvervulde vraag',
        params,
        response: { 200: voorstelSchema },
      },
    },
    async (request) =>
      service.getVerdeelvoorstel(request.db, assertId(request.params.verdeelvoorstelId, 'Verdeelvoorstel')),
  );

  app.post(
    '/verdeelvoorstellen/:verdeelvoorstelId/inzetverzoeken',
    {
      schema: {
        tags,
        operationId: 'zetVerdeelvoorstelOm',
        summary: 'Gekozen regels in één keer omzetten in inzetverzoeken (alles of niets)',
        params,
        body: z.strictObject({
          regels: z.array(z.number().int().min(0)).min(1, { error: 'Kies minstens één regel.' }).max(5000),
        }),
        response: { 201: z.object({ aangemaakt: z.number().int(), inzetverzoekIds: z.array(z.string()) }) },
      },
    },
    async (request, reply) => {
      const gemaakt = await service.zetOmInVerzoeken(
        request.db,
        assertId(request.params.verdeelvoorstelId, 'Verdeelvoorstel'),
        request.body.regels,
        request.gebruiker!,
      );
      return reply.code(201).send({ aangemaakt: gemaakt.length, inzetverzoekIds: gemaakt.map((v) => v.id) });
    },
  );
}
