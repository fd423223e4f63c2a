import { z } from 'zod';
import { EERSTE_JAAR, isPlausibelJaar, LAATSTE_JAAR } from '../domain/datum';
import { kalenderperiodeSchema } from './beschikbaarheid';

/**
 * Need against capacity (issue 13, item 4): per team and period the demand (resultaatdoelen, the
 * consented agile inzet, open capaciteitsvragen) against the available hours, in hours, FTE and
 * euro. Every figure's source is a page of the web app (`bronnen`). docs/behoefte.md explains it.
 */

const maandVeld = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Geef een maand als 2026-03.' })
  .refine((m) => !/^\d{4}/.test(m) || isPlausibelJaar(Number(m.slice(0, 4))), {
    error: `Kies een maand in de jaren ${EERSTE_JAAR} tot en met ${LAATSTE_JAAR}.`,
  })
  .describe('Een maand als JJJJ-MM');

export const behoefteQuery = z.strictObject({
  van: maandVeld.optional().describe('De eerste maand (standaard januari van dit jaar)'),
  tot: maandVeld
    .optional()
    .describe('De laatste maand (standaard december van het jaar van `van`); hoogstens 36 maanden'),
  per: z
    .enum(['maand', 'kwartaal'], { error: 'Kies per maand of per kwartaal.' })
    .default('maand')
    .describe('Per maand, of per kwartaal (de kwartalen die de maanden raken, helemaal)'),
});

const cijfersSchema = z
  .object({
    resultaatdoelen: z.number().describe('De geschatte uren van de resultaatdoelen van het team'),
    inzet: z.number().describe('Wendbare inzet van teamleden waarmee de teamleider heeft ingestemd'),
    capaciteitsvragen: z
      .number()
      .describe('Open capaciteitsvragen aan het team: gevraagd min wat instemming al dekt'),
    vraag: z.number().describe('De vraag: de som van de drie bronnen'),
    beschikbaar: z.number().describe('Netto beschikbare uren van het team'),
    tekort: z.number().describe('Vraag min beschikbaar: positief is tekort, negatief is ruimte'),
  })
  .meta({ id: 'BehoefteCijfers' });

const bronnenSchema = z
  .object({
    resultaatdoelen: z.string().nullable(),
    inzet: z.string().nullable(),
    capaciteitsvragen: z.string().nullable(),
    beschikbaar: z.string().nullable(),
    kosten: z.string().nullable(),
  })
  .describe('Per cijfer de pagina van de webapp waar het vandaan komt');

export const behoefteCelSchema = z
  .object({
    periode: z.string().describe("De periode ('2026-03', '2026-Q1'), of 'totaal'"),
    urenPerFte: z.number().describe('Uren van één fte in de periode: 7,2 uur per werkdag (36 uur per week)'),
    uren: cijfersSchema,
    fte: cijfersSchema,
    euro: cijfersSchema
      .nullable()
      .describe('In euro tegen de gemiddelde kosten per fte; leeg als er nergens een loonsom is'),
    bronnen: bronnenSchema,
  })
  .meta({ id: 'BehoefteCel' });

const kostenSchema = z
  .object({
    jaar: z.number().int(),
    perFte: z.number().nullable().describe('Gemiddelde jaarkosten van één fte, in euro'),
    bron: z
      .enum(['team', 'organisatie'])
      .nullable()
      .describe('Van de loonsom van het team, of (team zonder formatie) het gemiddelde van de organisatie'),
    href: z.string().describe('De loonsom waar het gemiddelde uit komt'),
  })
  .meta({ id: 'BehoefteKosten' });

const openVraagSchema = z
  .object({
    id: z.string(),
    periode: z.string(),
    expertise: z.string(),
    gevraagd: z.number().describe('Uren die de vraag vraagt'),
    ingestemd: z.number().describe('Uren waarmee teamleiders hebben ingestemd'),
    open: z.number().describe('Gevraagd min ingestemd (nooit onder 0)'),
    dossier: z.object({ soort: z.enum(['opgave', 'bestuursopdracht']), id: z.string(), titel: z.string() }),
    href: z.string().describe('Het dossier in de webapp'),
  })
  .meta({ id: 'BehoefteOpenVraag' });

export const behoefteRijSchema = z
  .object({
    team: z
      .object({ id: z.string(), naam: z.string() })
      .nullable()
      .describe('Leeg: capaciteitsvragen zonder team (alleen in het organisatieoverzicht)'),
    kosten: z.array(kostenSchema),
    cellen: z.array(behoefteCelSchema),
    totaal: behoefteCelSchema.describe('Over alle perioden: uren en euro opgeteld, fte gemiddeld'),
    openVragen: z.array(openVraagSchema),
  })
  .meta({ id: 'BehoefteRij' });

const periodenVelden = {
  per: z.enum(['maand', 'kwartaal']),
  van: z.string().describe('Eerste dag'),
  tot: z.string().describe('Laatste dag'),
  perioden: z.array(kalenderperiodeSchema),
};

export const teamBehoefteSchema = z
  .object({ ...periodenVelden, rij: behoefteRijSchema })
  .meta({ id: 'TeamBehoefte' });

export const organisatieBehoefteSchema = z
  .object({
    ...periodenVelden,
    teams: z
      .array(behoefteRijSchema)
      .describe('Per basisteam, voor wie het team mag zien (P&O en directie alle, een teamleider de eigen)'),
    zonderTeam: behoefteRijSchema
      .nullable()
      .describe(
        'Open capaciteitsvragen zonder team (P&O en directie); tegen de gemiddelde kosten van de organisatie',
      ),
    totalen: z
      .array(behoefteCelSchema)
      .describe('De organisatie per periode: precies de som van alle teams en van de vragen zonder team'),
    totaal: behoefteCelSchema,
    kosten: z.array(kostenSchema).describe('Gemiddelde kosten per fte van de organisatie, per jaar'),
  })
  .meta({ id: 'OrganisatieBehoefte' });

export type BehoefteQuery = z.output<typeof behoefteQuery>;
export type BehoefteCelView = z.output<typeof behoefteCelSchema>;
export type BehoefteRij = z.output<typeof behoefteRijSchema>;
export type TeamBehoefte = z.output<typeof teamBehoefteSchema>;
export type OrganisatieBehoefte = z.output<typeof organisatieBehoefteSchema>;
