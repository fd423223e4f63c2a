import { z } from 'zod';
import { idVeld, optioneleTekst, tekst } from './velden';

const bron = z.enum(['coalitieakkoord', 'collegeprogramma', 'nieuw'], {
  error: 'Kies coalitieakkoord, collegeprogramma of nieuw.',
});
const dossierRef = z.object({ id: z.string(), titel: z.string(), status: z.string() });
export const ambitieSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    tekst: z.string().nullable(),
    bron,
    portefeuillehouder: z.string(),
    voortgang: z.number().int().nullable().describe('Voortgang in procenten'),
    voortgangToelichting: z.string().nullable(),
    opgaven: z.array(dossierRef),
    bestuursopdrachten: z.array(dossierRef),
    versie: z.number().int(),
  })
  .meta({ id: 'BestuurlijkeAmbitie' });
export const ambitiesSchema = z.object({ resultaten: z.array(ambitieSchema) });

const velden = {
  tekst: optioneleTekst(8000),
  voortgang: z
    .number({ error: 'Geef de voortgang als percentage.' })
    .int({ error: 'Geef een heel percentage.' })
    .min(0, { error: 'De voortgang is minstens 0%.' })
    .max(100, { error: 'De voortgang is hoogstens 100%.' })
    .nullable()
    .optional(),
  voortgangToelichting: optioneleTekst(4000),
  opgaveIds: z.array(idVeld).max(50).optional(),
};
export const nieuweAmbitieSchema = z.strictObject({
  titel: tekst(300),
  bron,
  portefeuillehouder: tekst(200),
  ...velden,
});
export const ambitieWijzigingSchema = z.strictObject({
  titel: tekst(300).optional(),
  bron: bron.optional(),
  portefeuillehouder: tekst(200).optional(),
  ...velden,
});

export type Ambitie = z.output<typeof ambitieSchema>;
export type AmbitieInvoer = z.output<typeof nieuweAmbitieSchema>;
export type AmbitieWijziging = z.output<typeof ambitieWijzigingSchema>;
