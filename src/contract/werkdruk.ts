import { z } from 'zod';
import { WERKDRUK_DELEN, WERKDRUK_NIVEAUS } from '../domain/werkdruk';

/**
 * The werkdruksignaal (issue 14, item 6): per team and month one colour from five parts, each
 * with its value and thresholds (src/domain/werkdruk.ts). Figures per team only: no answer names
 * a person, and the pulse part is only filled from a group of at least five answers.
 */

export const werkdrukQuery = z.object({
  van: z
    .string()
    .max(10)
    .optional()
    .describe('Eerste maand als 2026-01; standaard elf maanden vóór de laatste maand'),
  tot: z.string().max(10).optional().describe('Laatste maand als 2026-12 (inclusief); standaard deze maand'),
});

const niveau = z
  .enum(WERKDRUK_NIVEAUS)
  .describe('groen, oranje of rood; onbekend als geen enkel deel bekend is');

const drempel = z.object({ oranje: z.number(), rood: z.number() });

const deel = z
  .object({
    deel: z.enum(WERKDRUK_DELEN),
    waarde: z
      .number()
      .nullable()
      .describe(
        'capaciteit: vraag of inzet ÷ capaciteit (1 = vol); puls: gemiddelde werkdrukscore 1–5; dossiers: wendbare dossiers per persoon; vacatures: vacante fte ÷ formatie-fte; afwezigheid: afwezige uren ÷ het gemiddelde van de twaalf maanden ervoor. null: onbekend',
      ),
    drempel: drempel.describe('Vanaf oranje is het deel oranje, vanaf rood rood'),
    niveau,
    toelichting: z
      .string()
      .nullable()
      .describe('Waarom een deel onbekend is, of waarop de waarde rust (de ronde, de uren)'),
  })
  .meta({ id: 'WerkdrukDeel' });

const cel = z
  .object({
    maand: z.string(),
    niveau,
    redenen: z.array(z.enum(WERKDRUK_DELEN)).describe('De verhoogde delen, rood eerst'),
  })
  .meta({ id: 'WerkdrukCel' });

export const organisatieWerkdrukSchema = z
  .object({
    maanden: z.array(z.string()),
    teams: z.array(
      z.object({
        teamId: z.string(),
        naam: z.string(),
        cellen: z.array(cel),
        pad: z.string().describe('De werkdruk van het team in de webapplicatie'),
      }),
    ),
    organisatie: z
      .array(
        z.object({
          maand: z.string(),
          groen: z.number().int(),
          oranje: z.number().int(),
          rood: z.number().int(),
          onbekend: z.number().int(),
        }),
      )
      .describe('Per maand hoeveel teams van de hele organisatie welke kleur hebben'),
    alleTeams: z.boolean().describe('false: alleen de teams die u leidt, met het organisatiebeeld ernaast'),
    drempels: z.record(z.enum(WERKDRUK_DELEN), drempel),
  })
  .meta({ id: 'OrganisatieWerkdruk' });

export const teamWerkdrukSchema = z
  .object({
    teamId: z.string(),
    naam: z.string(),
    maanden: z.array(
      z.object({
        maand: z.string(),
        niveau,
        redenen: z.array(z.enum(WERKDRUK_DELEN)),
        delen: z.array(deel),
      }),
    ),
  })
  .meta({ id: 'TeamWerkdruk' });

export type OrganisatieWerkdruk = z.output<typeof organisatieWerkdrukSchema>;
export type TeamWerkdruk = z.output<typeof teamWerkdrukSchema>;
export type WerkdrukQuery = z.output<typeof werkdrukQuery>;
