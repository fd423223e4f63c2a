import { z } from 'zod';
import { lijstQuery, lijstSchema } from './lijst';

const resultaat = z.enum(['gelukt', 'geweigerd', 'mislukt']);
export const auditregelSchema = z
  .object({
    id: z.number().int(),
    tijdstempel: z.string().describe('UTC, ISO 8601'),
    actorAccountId: z.string().nullable(),
    actor: z.string(),
    actorNaam: z.string().nullable().describe('De naam van het account, als dat nog bestaat'),
    actie: z.string(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    resultaat,
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'Auditregel' });
export const auditregelLijstSchema = lijstSchema(auditregelSchema);

export const auditregelsQuery = z.strictObject({
  ...lijstQuery,
  van: z.iso.datetime({ offset: true }).optional(),
  tot: z.iso.datetime({ offset: true }).optional(),
  actorAccountId: z.string().max(64).optional(),
  actie: z.string().max(200).optional(),
  objectType: z.string().max(64).optional(),
  objectId: z.string().max(64).optional(),
  resultaat: resultaat.optional(),
  formaat: z.enum(['json', 'csv']).default('json'),
});

/** The hash chain recomputed: how many records, and every one changed or removed. */
export const auditVerificatieSchema = z.object({
  gecontroleerd: z.number().int(),
  intact: z.boolean(),
  fouten: z.array(z.object({ id: z.number().int(), soort: z.string(), melding: z.string() })),
});

export type Auditregel = z.output<typeof auditregelSchema>;
export type AuditVerificatie = z.output<typeof auditVerificatieSchema>;
