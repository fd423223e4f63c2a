import { z } from 'zod';
import { terugwerkendVeld } from './terugwerkend';

const leiderschapVelden = z.object({
  id: z.string(),
  teamId: z.string(),
  teamNaam: z.string(),
  medewerkerId: z.string(),
  naam: z.string(),
  rol: z.enum(['teamleider', 'directeur']),
  gemeentesecretaris: z.boolean(),
  ingangsdatum: z.string(),
  einddatum: z.string().nullable(),
});

/** Who leads a team: a teamleider or directeur, from a date (served by teams and medewerkers). */
export const leiderschapSchema = leiderschapVelden.meta({ id: 'Leiderschap' });

/**
 * The answer to appointing or ending a leader: the leadership, the successor appointed in the same
 * request, the team's new versie (its ETag, for the next change) and the periods a change in the past
 * touched.
 */
export const leiderschapWijzigingSchema = leiderschapVelden
  .extend({
    opvolger: leiderschapSchema
      .nullable()
      .describe('De opvolger die in hetzelfde verzoek is aangesteld, vanaf de dag na de einddatum'),
    teamVersie: z
      .number()
      .int()
      .describe('De versie van het team na deze wijziging: de ETag voor de volgende wijziging'),
    terugwerkend: terugwerkendVeld,
  })
  .meta({ id: 'LeiderschapWijziging' });

export type Leiderschap = z.output<typeof leiderschapSchema>;
export type LeiderschapWijziging = z.output<typeof leiderschapWijzigingSchema>;
