import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { besluitenSchema } from '../../contract/bestuursopdracht';
import { portfolioQuery, portfolioSchema } from '../../contract/portfolio';
import { formaatQuery } from '../../contract/velden';
import { listBesluiten } from '../../services/bestuursopdracht.service';
import { portfolio } from '../../services/portfolio.service';
import { auditExport, stuurExport } from '../export';

const tags = ['Portfolio'];

export async function portfolioRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const jaar = new Date().getFullYear();

  app.get(
    '/portfolio',
    {
      schema: {
        tags,
        operationId: 'getPortfolio',
        summary:
          'Alle opgaven en bestuursopdrachten: fase, eigenaar, gevraagde uren per kwartaal, totalen en mijlpalen; ?formaat=csv of xlsx geeft de dossiers als bestand',
        querystring: portfolioQuery(jaar).extend({ formaat: formaatQuery }),
        response: { 200: portfolioSchema },
      },
    },
    async (request, reply) => {
      const { van, tot, formaat } = request.query;
      const p = await portfolio(request.db, van, tot);
      if (formaat === 'json') return p;
      // The owners are people: the file counts them.
      auditExport(request, new Set(p.dossiers.flatMap((d) => (d.eigenaar ? [d.eigenaar] : []))).size);
      return stuurExport(reply, formaat, {
        titel: `Portfolio ${van} tot ${tot}`,
        kolommen: [
          { kop: 'Soort', waarde: (d) => d.soort },
          { kop: 'Titel', waarde: (d) => d.titel, breedte: 40 },
          { kop: 'Status', waarde: (d) => d.status },
          { kop: 'Programma', waarde: (d) => d.programma?.naam ?? null, breedte: 28 },
          { kop: 'Eigenaar', waarde: (d) => d.eigenaar, breedte: 24 },
          ...p.perioden.map((per) => ({
            kop: `Uren ${per.sleutel}`,
            waarde: (d: (typeof p.dossiers)[number]) =>
              d.vraag.find((v) => v.periode === per.sleutel)?.uren ?? 0,
            formaat: '0.00',
          })),
          { kop: 'Totaal uren', waarde: (d) => d.totaalUren, formaat: '0.00' },
        ],
        rijen: p.dossiers,
      });
    },
  );

  app.get(
    '/besluiten',
    {
      schema: {
        tags,
        operationId: 'listBesluiten',
        summary:
          'Alle besluiten van het college over bestuursopdrachten, nieuwste eerst; ?formaat=csv of xlsx geeft ze als bestand',
        querystring: z.strictObject({ formaat: formaatQuery }),
        response: { 200: besluitenSchema },
      },
    },
    async (request, reply) => {
      const resultaten = await listBesluiten(request.db);
      if (request.query.formaat === 'json') return { resultaten };
      auditExport(request, 0);
      return stuurExport(reply, request.query.formaat, {
        titel: 'Besluiten',
        kolommen: [
          { kop: 'Datum', waarde: (b) => b.datum },
          { kop: 'Besluitnummer', waarde: (b) => b.besluitnummer, breedte: 20 },
          { kop: 'Bestuursopdracht', waarde: (b) => b.bestuursopdracht.titel, breedte: 40 },
          { kop: 'Versie', waarde: (b) => b.versie },
          { kop: 'Uitkomst', waarde: (b) => b.uitkomst, breedte: 20 },
          { kop: 'Voorwaarden', waarde: (b) => b.voorwaarden, breedte: 40 },
        ],
        rijen: resultaten,
      });
    },
  );
}
