import { z } from 'zod';
import { leiderschapSchema } from './leiderschap';
import { lijstQuery, lijstSchema } from './lijst';
import { redenVeld, terugwerkendVeld } from './terugwerkend';
import { datum, idVeld, links, optioneleTekst, tekst } from './velden';

const soort = z.enum(['directie', 'basisteam'], { error: "Kies 'directie' of 'basisteam'." });

export const teamSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    soort,
    parentId: z.string().nullable(),
    parentNaam: z.string().nullable(),
    omschrijving: z.string().nullable(),
    opgehevenOp: z.string().nullable(),
    nietProductiefAandeel: z
      .number()
      .nullable()
      .describe('Eigen niet-productief aandeel van het team; leeg = dat van de organisatie'),
    robuustReservering: z
      .number()
      .nullable()
      .describe(
        'Deel van de capaciteit dat het team voor robuust werk reserveert; leeg = de standaard van de organisatie',
      ),
    versie: z.number().int(),
    aantalMedewerkers: z.number().int(),
    fte: z.number(),
    leidinggevenden: z.array(leiderschapSchema),
    mag: z
      .object({
        plannen: z.boolean().describe('Resultaatdoelen, inzet en de reservering van het team plannen'),
        volledigZien: z
          .boolean()
          .describe(
            'Het team volledig zien: uren van de leden, beschikbaarheid, planning en expertisematrix',
          ),
      })
      .describe('Wat de vrager met dit team mag'),
    _links: links,
  })
  .meta({ id: 'Team' });
export const teamLijstSchema = lijstSchema(teamSchema);

export const teamsQuery = z.strictObject({
  ...lijstQuery,
  soort: soort.optional(),
  zoek: z.string().max(100).optional(),
  status: z.enum(['actief', 'opgeheven', 'alle']).default('actief'),
  parentId: idVeld.optional(),
});

export const nieuwTeamSchema = z.strictObject({
  naam: tekst(200),
  soort,
  parentId: idVeld.nullable().optional(),
  omschrijving: optioneleTekst(2000),
});

export const teamWijzigingSchema = z.strictObject({
  naam: tekst(200).optional(),
  parentId: idVeld.nullable().optional(),
  omschrijving: optioneleTekst(2000),
  opgehevenOp: datum.nullable().optional(),
  nietProductiefAandeel: z
    .number({ error: 'Geef een getal van 0 tot 1, bijvoorbeeld 0,15.' })
    .min(0, { error: 'Het aandeel kan niet negatief zijn.' })
    .max(0.9, { error: 'Hoogstens 0,9: anders blijft er geen tijd over.' })
    .nullable()
    .optional(),
  reden: redenVeld,
});

/** The answer to a change of a team: the team, and which periods' figures a dissolution date changed. */
export const teamWijzigingAntwoordSchema = z
  .object({
    ...teamSchema.shape,
    terugwerkend: terugwerkendVeld,
  })
  .meta({ id: 'TeamWijzigingAntwoord' });

export const teamlidSchema = z
  .object({
    lidmaatschapId: z.string(),
    medewerkerId: z.string(),
    naam: z.string(),
    functie: z.string(),
    urenPerWeek: z.number().nullable(),
    fte: z.number().nullable(),
    ingangsdatum: z
      .string()
      .nullable()
      .describe(
        'Leeg (null), net als einddatum, voor wie de datum in dienst van de leden niet mag zien: de directie, P&O en de eigen teamleider wel',
      ),
    einddatum: z.string().nullable(),
  })
  .meta({ id: 'Teamlid' });
export const teamledenSchema = z.object({ resultaten: z.array(teamlidSchema) });
export const teamledenQuery = z.strictObject({ peildatum: datum.optional() });

export const expertiseMatrixSchema = z
  .object({
    expertises: z.array(z.object({ id: z.string(), naam: z.string(), categorie: z.string() })),
    rijen: z.array(
      z.object({
        medewerkerId: z.string(),
        naam: z.string(),
        cellen: z.array(
          z.object({ expertiseId: z.string(), niveau: z.number().int(), ambitie: z.boolean() }),
        ),
      }),
    ),
  })
  .meta({ id: 'ExpertiseMatrix' });

export const leidinggevendenSchema = z.object({ resultaten: z.array(leiderschapSchema) });
export const nieuwLeiderschapSchema = z.strictObject({
  medewerkerId: idVeld,
  rol: z.enum(['teamleider', 'directeur'], { error: "Kies 'teamleider' of 'directeur'." }),
  gemeentesecretaris: z.boolean().optional().describe('Eén gemeentesecretaris tegelijk'),
  ingangsdatum: datum,
  reden: redenVeld,
});
/**
 * Ending a leadership on its last day. A basisteam has a teamleider on every date it exists, so the
 * only teamleider ends only with an `opvolger` (appointed from the next day, in the same transaction)
 * or when the team is dissolved by then.
 */
export const leiderschapEindeSchema = z.strictObject({
  einddatum: datum.describe('Laatste dag van het leiderschap'),
  opvolger: z
    .strictObject({ medewerkerId: idVeld })
    .optional()
    .describe('Wie het vanaf de dag na de einddatum overneemt, met dezelfde rol'),
  reden: redenVeld,
});

/** PUT /teams/{teamId}/reservering: the share of a team's capacity kept for robust work. */
export const teamreserveringInvoerSchema = z.strictObject({
  robuustReservering: z
    .number({ error: 'Geef een getal van 0 tot 1, bijvoorbeeld 0,6.' })
    .min(0, { error: 'De reservering kan niet negatief zijn.' })
    .max(1, { error: 'De reservering is hoogstens 1 (alles robuust).' })
    .nullable()
    .describe('Leeg: de standaard van de organisatie'),
});
export const teamreserveringSchema = z.object({
  teamId: z.string(),
  robuustReservering: z.number().nullable(),
  versie: z.number().int(),
});

export type Team = z.output<typeof teamSchema>;
export type TeamWijzigingAntwoord = z.output<typeof teamWijzigingAntwoordSchema>;
export type NieuwTeam = z.output<typeof nieuwTeamSchema>;
export type TeamWijziging = z.output<typeof teamWijzigingSchema>;
export type Teamlid = z.output<typeof teamlidSchema>;
export type ExpertiseMatrix = z.output<typeof expertiseMatrixSchema>;
export type NieuwLeiderschap = z.output<typeof nieuwLeiderschapSchema>;
export type LeiderschapEinde = z.output<typeof leiderschapEindeSchema>;
export type Teamreservering = z.output<typeof teamreserveringSchema>;
