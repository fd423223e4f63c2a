import { z } from 'zod';
import { persoonRef } from './dossier';
import { idVeld, optioneleTekst, tekst } from './velden';

export const programmaSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    omschrijving: z.string().nullable(),
    programmaregisseur: persoonRef.nullable(),
    aantalOpgaven: z.number().int(),
    aantalBestuursopdrachten: z.number().int(),
    versie: z.number().int(),
  })
  .meta({ id: 'Programma' });
export const programmasSchema = z.object({ resultaten: z.array(programmaSchema) });

const velden = {
  omschrijving: optioneleTekst(4000),
  programmaregisseurMedewerkerId: idVeld.nullable().optional(),
};
export const nieuwProgrammaSchema = z.strictObject({ naam: tekst(200), ...velden });
export const programmaWijzigingSchema = z.strictObject({ naam: tekst(200).optional(), ...velden });

export type Programma = z.output<typeof programmaSchema>;
export type ProgrammaInvoer = z.output<typeof nieuwProgrammaSchema>;
export type ProgrammaWijziging = z.output<typeof programmaWijzigingSchema>;
