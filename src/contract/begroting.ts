import { z } from 'zod';
import { optioneleTekst, tekst } from './velden';

/** The programme budget: begrotingsprogramma's and their beleidsdoelen. */
export const begrotingsprogrammaSchema = z
  .object({
    id: z.string(),
    begrotingsjaar: z.number().int(),
    code: z.string(),
    naam: z.string(),
    beleidsdoelen: z.array(
      z.object({ id: z.string(), naam: z.string(), omschrijving: z.string().nullable() }),
    ),
  })
  .meta({ id: 'Begrotingsprogramma' });
export const begrotingsprogrammasSchema = z.object({ resultaten: z.array(begrotingsprogrammaSchema) });

export const begrotingsprogrammasQuery = z.strictObject({
  begrotingsjaar: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const nieuwBegrotingsprogrammaSchema = z.strictObject({
  begrotingsjaar: z
    .number({ error: 'Geef het begrotingsjaar, bijvoorbeeld 2026.' })
    .int()
    .min(2000)
    .max(2100),
  code: tekst(20),
  naam: tekst(200),
});
export const nieuwBeleidsdoelSchema = z.strictObject({
  naam: tekst(300),
  omschrijving: optioneleTekst(4000),
});

export type Begrotingsprogramma = z.output<typeof begrotingsprogrammaSchema>;
export type BegrotingsprogrammaInvoer = z.output<typeof nieuwBegrotingsprogrammaSchema>;
export type BeleidsdoelInvoer = z.output<typeof nieuwBeleidsdoelSchema>;
