import { z } from 'zod';
import { formaatQuery, isoWeekVeld, jaarOfKwartaalVeld } from './velden';

const week = isoWeekVeld;

export const inzetSchema = z
  .object({
    medewerkerId: z.string(),
    resultaatdoelId: z.string(),
    versie: z
      .number()
      .int()
      .describe('Stuur terug in If-Match bij een wijziging; 0 als er nog niets gepland is'),
    reeksen: z.array(z.object({ van: z.string(), tot: z.string(), urenPerWeek: z.number() })),
  })
  .meta({ id: 'Inzet' });
export const teamInzetSchema = z.object({ resultaten: z.array(inzetSchema) });
export const teamInzetQuery = z.strictObject({ van: week, tot: week });

export const inzetInvoerSchema = z.strictObject({
  vanWeek: week,
  totWeek: week,
  urenPerWeek: z
    .number({ error: 'Geef het aantal uren per week als getal.' })
    .min(0, { error: 'Uren kunnen niet negatief zijn.' })
    .max(60, { error: 'Hoogstens 60 uur in een week.' })
    .multipleOf(0.01, { error: 'Gebruik hoogstens twee decimalen.' }),
});

export const prioriteitslijnQuery = z.strictObject({
  periode: jaarOfKwartaalVeld,
  formaat: formaatQuery,
});

export const prioriteitslijnSchema = z
  .object({
    teamId: z.string(),
    periode: z.string(),
    capaciteit: z.number().describe('Beschikbare uren van het team in de periode'),
    vraag: z.number().describe('Geschatte uren van alle resultaatdoelen samen'),
    tekort: z.number(),
    resultaatdoelen: z.array(
      z.object({
        resultaatdoelId: z.string(),
        prioriteit: z.number().int(),
        titel: z.string(),
        status: z.string(),
        geschatteUren: z.number(),
        ingezetUren: z.number(),
        cumulatief: z.number(),
        bovenDeLijn: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Prioriteitslijn' });

export type Inzet = z.output<typeof inzetSchema>;
export type InzetReeksInvoer = z.output<typeof inzetInvoerSchema>;
export type Prioriteitslijn = z.output<typeof prioriteitslijnSchema>;
