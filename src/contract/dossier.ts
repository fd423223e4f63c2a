import { z } from 'zod';
import { kwartaalVeld, optioneleTekst } from './velden';

/** Schemas shared by the agile dossiers (opgaven, bestuursopdrachten), their programmes and planning. */
export const kwartaal = kwartaalVeld;

export const persoonRef = z.object({ medewerkerId: z.string(), naam: z.string() });
export type PersoonRef = z.output<typeof persoonRef>;

/** One step a dossier took through its lifecycle. */
export const overgangSchema = z.object({
  van: z.string(),
  naar: z.string(),
  toelichting: z.string().nullable(),
  op: z.string(),
  door: z.string().nullable(),
});
export type Overgang = z.output<typeof overgangSchema>;

/** The body of a step: the next state, with an optional note. */
export const stapInvoer = <T extends readonly [string, ...string[]]>(statussen: T) =>
  z.strictObject({
    naar: z.enum(statussen, { error: `Kies een van: ${statussen.join(', ')}.` }),
    toelichting: optioneleTekst(2000),
  });
