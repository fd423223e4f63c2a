import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { magStap, STAPPEN } from '../../access/policy';
import { ForbiddenError } from '../../domain/probleem';
import type { Rol } from '../../domain/rol';
import { requireIfMatch } from '../etag';
import { idVeld } from '../ids';
import { optioneleTekst } from '../schemas';

/** Schemas shared by the agile dossiers (opgaven, bestuursopdrachten) and their capacity demand. */
export const kwartaal = z.string().regex(/^\d{4}-Q[1-4]$/, { error: 'Geef een kwartaal als 2026-Q2.' });

export const persoonRef = z.object({ medewerkerId: z.string(), naam: z.string() });

export const capaciteitsvraagInvoer = z.strictObject({
  expertiseId: idVeld,
  minimumNiveau: z
    .number({ error: 'Geef het minimale niveau als getal van 1 tot en met 4.' })
    .int({ error: 'Het niveau is een geheel getal van 1 tot en met 4.' })
    .min(1, { error: 'Het niveau is minstens 1.' })
    .max(4, { error: 'Het niveau is hoogstens 4.' }),
  teamId: idVeld.nullable().optional(),
  periode: kwartaal,
  uren: z
    .number({ error: 'Geef de uren als getal.' })
    .gt(0, { error: 'Vraag meer dan 0 uur.' })
    .max(100_000, { error: 'Vraag hoogstens 100.000 uur per periode.' }),
  toelichting: optioneleTekst(2000),
  prioriteit: z
    .number({ error: 'Geef de prioriteit als getal van 1 (laag) tot 5 (hoog).' })
    .int({ error: 'De prioriteit is een geheel getal van 1 tot en met 5.' })
    .min(1, { error: 'De prioriteit is minstens 1.' })
    .max(5, { error: 'De prioriteit is hoogstens 5.' })
    .optional(),
});

export const capaciteitsvraagSchema = z
  .object({
    id: z.string(),
    dossier: z.object({ soort: z.enum(['opgave', 'bestuursopdracht']), id: z.string(), titel: z.string() }),
    expertise: z.object({ id: z.string(), naam: z.string() }),
    minimumNiveau: z.number().int(),
    team: z.object({ id: z.string(), naam: z.string() }).nullable(),
    periode: z.string(),
    uren: z.number(),
    toelichting: z.string().nullable(),
    prioriteit: z.number().int().describe('1 (laag) tot 5 (hoog); weegt mee in het verdeelvoorstel'),
    versie: z.number().int(),
  })
  .meta({ id: 'Capaciteitsvraag' });

export const overgangSchema = z.object({
  van: z.string(),
  naar: z.string(),
  toelichting: z.string().nullable(),
  op: z.string(),
  door: z.string().nullable(),
});

export const stapInvoer = <T extends readonly [string, ...string[]]>(statussen: T) =>
  z.strictObject({
    naar: z.enum(statussen, { error: `Kies een van: ${statussen.join(', ')}.` }),
    toelichting: optioneleTekst(2000),
  });

/** 403 when the caller's roles may not take the dossier into that state (the policy's STAPPEN). */
export function assertMagStap<K extends keyof typeof STAPPEN>(
  rollen: readonly Rol[],
  soort: K,
  naar: keyof (typeof STAPPEN)[K],
): void {
  if (!magStap(rollen, soort, naar)) {
    const wie = (STAPPEN[soort][naar] as readonly Rol[]).join(', ');
    throw new ForbiddenError(`De stap naar '${String(naar)}' is voorbehouden aan: ${wie}.`);
  }
}

/** If-Match is optional on a step: sent, it must still match; absent, the state machine guards. */
export function optioneleIfMatch(request: FastifyRequest): number | undefined {
  return request.headers['if-match'] ? requireIfMatch(request) : undefined;
}
