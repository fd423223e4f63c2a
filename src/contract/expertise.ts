import { z } from 'zod';
import { lijstQuery, lijstSchema } from './lijst';
import { links, optioneleTekst, tekst } from './velden';

const velden = {
  id: z.string(),
  naam: z.string(),
  categorie: z.string(),
  omschrijving: z.string().nullable(),
  vervallen: z.boolean(),
  aantalMedewerkers: z.number().int(),
  versie: z.number().int(),
  _links: links,
};
export const expertiseSchema = z.object(velden).meta({ id: 'Expertise' });
export const expertiseDetailSchema = z
  .object({
    ...velden,
    perNiveau: z.object({
      '1': z.number().int(),
      '2': z.number().int(),
      '3': z.number().int(),
      '4': z.number().int(),
    }),
    ambitie: z.number().int(),
  })
  .meta({ id: 'ExpertiseDetail' });
export const expertiseLijstSchema = lijstSchema(expertiseSchema);

export const expertisesQuery = z.strictObject({
  ...lijstQuery,
  zoek: z.string().max(100).optional(),
  categorie: z.string().max(100).optional(),
  status: z.enum(['actief', 'vervallen', 'alle']).default('actief'),
});
export const nieuweExpertiseSchema = z.strictObject({
  naam: tekst(120),
  categorie: tekst(100),
  omschrijving: optioneleTekst(2000),
});
export const expertiseWijzigingSchema = z.strictObject({
  naam: tekst(120).optional(),
  categorie: tekst(100).optional(),
  omschrijving: optioneleTekst(2000),
  vervallen: z.boolean().optional(),
});

export type Expertise = z.output<typeof expertiseSchema>;
export type ExpertiseDetail = z.output<typeof expertiseDetailSchema>;
export type ExpertiseInvoer = z.output<typeof nieuweExpertiseSchema>;
export type ExpertiseWijziging = z.output<typeof expertiseWijzigingSchema>;
