import { z } from 'zod';
import { kwartaal } from './dossier';

export const portfolioSchema = z
  .object({
    perioden: z.array(z.object({ sleutel: z.string(), van: z.string(), tot: z.string() })),
    dossiers: z.array(
      z.object({
        soort: z.enum(['opgave', 'bestuursopdracht']),
        id: z.string(),
        titel: z.string(),
        status: z.string(),
        programma: z.object({ id: z.string(), naam: z.string() }).nullable(),
        eigenaar: z.string().nullable(),
        vraag: z.array(z.object({ periode: z.string(), uren: z.number() })),
        totaalUren: z.number(),
      }),
    ),
    totalen: z.array(z.object({ periode: z.string(), uren: z.number() })),
    mijlpalen: z.array(
      z.object({
        bestuursopdracht: z.object({ id: z.string(), titel: z.string() }),
        titel: z.string(),
        datum: z.string(),
      }),
    ),
  })
  .meta({ id: 'Portfolio' });

/** The range of quarters; by default the calendar year the app was started in. */
export const portfolioQuery = (jaar: number) =>
  z.strictObject({
    van: kwartaal.default(`${jaar}-Q1`),
    tot: kwartaal.default(`${jaar}-Q4`),
  });

export type Portfolio = z.output<typeof portfolioSchema>;
export type PortfolioDossier = Portfolio['dossiers'][number];
