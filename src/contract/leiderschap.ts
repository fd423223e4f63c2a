import { z } from 'zod';

/** Who leads a team: a teamleider or directeur, from a date (served by teams and medewerkers). */
export const leiderschapSchema = z
  .object({
    id: z.string(),
    teamId: z.string(),
    teamNaam: z.string(),
    medewerkerId: z.string(),
    naam: z.string(),
    rol: z.enum(['teamleider', 'directeur']),
    gemeentesecretaris: z.boolean(),
    ingangsdatum: z.string(),
    einddatum: z.string().nullable(),
  })
  .meta({ id: 'Leiderschap' });

export type Leiderschap = z.output<typeof leiderschapSchema>;
