import { z } from 'zod';

/** Everything held about the caller (AVG art. 15): open-ended, so it grows with the data model. */
export const persoonsgegevensSchema = z
  .looseObject({ opgesteldOp: z.string() })
  .meta({ id: 'Persoonsgegevens' });
export const anonimiseringSchema = z.object({ medewerkerId: z.string(), pseudoniem: z.string() });

export type Persoonsgegevens = z.output<typeof persoonsgegevensSchema>;
export type Anonimisering = z.output<typeof anonimiseringSchema>;
