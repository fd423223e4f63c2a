import { z } from 'zod';

/**
 * `GET /mijn-werk`: the home of the logged-in account on today's date. What needs them now, their
 * teams or dossiers at a glance, and the counts the menu shows. Every item carries the web app's
 * path to act on it and a readable title, so the home page needs no knowledge of the domain.
 */

export const WERK_SOORTEN = ['inzetverzoek', 'dossierstap', 'besluit', 'signaal'] as const;

const werkItem = z
  .object({
    soort: z.enum(WERK_SOORTEN),
    id: z.string().describe('Uniek binnen de lijst (soort en object)'),
    titel: z.string().describe('Wat er gevraagd wordt, leesbaar, bijvoorbeeld "Inzetverzoek: Mia de Vries"'),
    toelichting: z.string().nullable().describe('Waarover het gaat: dossier, uren, periode, team'),
    pad: z.string().describe('Het pad in de webapplicatie waar men het afhandelt'),
    vervaldatum: z.string().nullable().describe('Wanneer het af moet, als dat bekend is'),
    sinds: z.string().nullable().describe('Sinds wanneer het wacht, als dat bekend is'),
  })
  .meta({ id: 'WerkItem' });

const mijnTeam = z
  .object({
    id: z.string(),
    naam: z.string(),
    aantalMedewerkers: z.number().int(),
    fte: z.number(),
    maand: z.string().describe('De maand van de benutting, als 2026-12'),
    capaciteit: z.number().describe('Beschikbare uren deze maand'),
    ingezet: z.number().describe('Ingezette uren deze maand, robuust en wendbaar'),
    benutting: z.number().nullable().describe('Ingezet ÷ capaciteit; null zonder capaciteit'),
    openInzetverzoeken: z
      .number()
      .int()
      .describe('Verzoeken voor leden van dit team die op antwoord wachten'),
    pad: z.string(),
  })
  .meta({ id: 'MijnTeam' });

const mijnDossier = z
  .object({
    soort: z.enum(['opgave', 'bestuursopdracht']),
    id: z.string(),
    titel: z.string(),
    status: z.string(),
    volgendeStap: z.string().nullable().describe('De status waar de volgende stap het dossier heen brengt'),
    volgendeMijlpaal: z.object({ titel: z.string(), datum: z.string() }).nullable(),
    openInzetverzoeken: z.number().int(),
    pad: z.string(),
  })
  .meta({ id: 'MijnDossier' });

export const mijnWerkSchema = z
  .object({
    peildatum: z.string(),
    medewerker: z.object({ id: z.string(), naam: z.string() }).nullable(),
    nu: z.array(werkItem).describe('Wat nu om mij vraagt, het dringendste eerst'),
    teams: z.array(mijnTeam).describe('De teams die ik vandaag leid, of waarin ik werk'),
    dossiers: z.array(mijnDossier).describe('De opgaven en bestuursopdrachten die ik regisseer'),
    tellingen: z
      .object({
        inzetverzoeken: z.number().int(),
        dossierstappen: z.number().int(),
        besluiten: z.number().int(),
        signalen: z.number().int(),
        totaal: z.number().int(),
      })
      .describe('Voor het menu: hoeveel er per soort op mij wacht'),
    melding: z
      .string()
      .nullable()
      .describe(
        'Een vriendelijke uitleg als er niets voor dit account kan zijn, bijvoorbeeld zonder gekoppelde medewerker',
      ),
  })
  .meta({ id: 'MijnWerk' });

export type MijnWerk = z.output<typeof mijnWerkSchema>;
export type WerkItem = z.output<typeof werkItem>;
export type MijnTeam = z.output<typeof mijnTeam>;
export type MijnDossier = z.output<typeof mijnDossier>;
