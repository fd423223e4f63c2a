import { z } from 'zod';
import { datum, idVeld, jaarOfKwartaalVeld, meetwaarde, optioneleTekst, tekst } from './velden';

const periode = jaarOfKwartaalVeld;
const status = z.enum(['gepland', 'actief', 'behaald', 'niet-behaald', 'vervallen'], {
  error: 'Kies gepland, actief, behaald, niet-behaald of vervallen.',
});
const koppelingen = z
  .array(
    z.strictObject({
      beleidsdoelId: idVeld,
      gewicht: z
        .number({ error: 'Geef het gewicht als getal tussen 0 en 1.' })
        .min(0.001, { error: 'Het gewicht is minstens 0,001 (het wordt op drie decimalen bewaard).' })
        .max(1, { error: 'Het gewicht is hoogstens 1.' }),
    }),
  )
  .min(1, { error: 'Een resultaatdoel dient minstens één beleidsdoel.' })
  .max(20);
const velden = {
  omschrijving: optioneleTekst(4000),
  indicator: optioneleTekst(500),
  doelwaarde: meetwaarde('Geef de doelwaarde als getal.').nullable().optional(),
  eenheid: optioneleTekst(50),
  geschatteUren: z
    .number({ error: 'Geef de geschatte uren als getal.' })
    .min(0, { error: 'Uren kunnen niet negatief zijn.' })
    .max(100_000)
    .optional(),
  eigenaarMedewerkerId: idVeld.nullable().optional(),
  status: status.optional(),
};

export const resultaatdoelSchema = z
  .object({
    id: z.string(),
    teamId: z.string(),
    periode: z.string(),
    prioriteit: z.number().int(),
    titel: z.string(),
    omschrijving: z.string().nullable(),
    indicator: z.string().nullable(),
    doelwaarde: z.number().nullable(),
    eenheid: z.string().nullable(),
    geschatteUren: z.number(),
    eigenaar: z.object({ medewerkerId: z.string(), naam: z.string() }).nullable(),
    status,
    beleidsdoelen: z.array(z.object({ beleidsdoelId: z.string(), naam: z.string(), gewicht: z.number() })),
    laatsteVoortgang: z
      .object({ datum: z.string(), waarde: z.number().nullable(), toelichting: z.string().nullable() })
      .nullable(),
    versie: z.number().int(),
    mag: z
      .object({
        plannen: z
          .boolean()
          .describe('Het doel wijzigen, voortgang vastleggen en er inzet op plannen (het eigen team)'),
      })
      .describe('Wat de vrager met dit resultaatdoel mag'),
  })
  .meta({ id: 'Resultaatdoel' });
export const resultaatdoelenSchema = z.object({ resultaten: z.array(resultaatdoelSchema) });
export const resultaatdoelenQuery = z.strictObject({ periode: periode.optional() });

export const nieuwResultaatdoelSchema = z.strictObject({
  periode,
  titel: tekst(300),
  prioriteit: z.number().int().min(1).max(10_000, { error: 'Hoogstens prioriteit 10.000.' }).optional(),
  beleidsdoelen: koppelingen,
  ...velden,
});
export const resultaatdoelWijzigingSchema = z.strictObject({
  titel: tekst(300).optional(),
  beleidsdoelen: koppelingen.optional(),
  ...velden,
});
export const prioriteringSchema = z.strictObject({ periode, volgorde: z.array(idVeld).min(1).max(500) });

export const voortgangSchema = z.object({
  id: z.string(),
  datum: z.string(),
  waarde: z.number().nullable(),
  toelichting: z.string().nullable(),
  vastgelegdOp: z.string(),
});
export const voortgangLijstSchema = z.object({ resultaten: z.array(voortgangSchema) });
export const nieuweVoortgangSchema = z.strictObject({
  datum,
  waarde: meetwaarde('Geef de waarde als getal.').nullable().optional(),
  toelichting: optioneleTekst(4000),
});

export type Resultaatdoel = z.output<typeof resultaatdoelSchema>;
export type NieuwResultaatdoel = z.output<typeof nieuwResultaatdoelSchema>;
export type ResultaatdoelWijziging = z.output<typeof resultaatdoelWijzigingSchema>;
export type Koppeling = NieuwResultaatdoel['beleidsdoelen'][number];
export type Voortgang = z.output<typeof voortgangSchema>;
export type NieuweVoortgang = z.output<typeof nieuweVoortgangSchema>;
