import { z } from 'zod';
import { lijstQuery, lijstSchema } from './lijst';
import { formaatQuery, idVeld, tijdstip } from './velden';

const resultaat = z.enum(['gelukt', 'geweigerd', 'mislukt']);
export const auditregelSchema = z
  .object({
    id: z.number().int(),
    tijdstempel: z.string().describe('UTC, ISO 8601'),
    actorAccountId: z.string().nullable(),
    actor: z.string(),
    actorNaam: z.string().nullable().describe('De naam van het account, als dat nog bestaat'),
    actie: z.string(),
    omschrijving: z
      .string()
      .describe('Wat er gebeurde, in gewone taal: wie deed wat met welk object (src/reports/audit-zin.ts)'),
    link: z.string().nullable().describe('De pagina van het object in de web-app, als het nog bestaat'),
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
  van: tijdstip.optional(),
  tot: tijdstip.optional(),
  actorAccountId: idVeld.optional(),
  persoonId: idVeld
    .optional()
    .describe('Een persoon (account of medewerker) als degene die iets deed of als degene om wie het ging'),
  actie: z.string().max(200).optional(),
  objectType: z.string().max(64).optional(),
  objectId: z.string().max(64).optional(),
  resultaat: resultaat.optional(),
  formaat: formaatQuery,
});

/** The latest anchor: the chain's head as it was written outside the database. */
export const auditAnkerSchema = z
  .object({
    tijdstip: z.string().describe('Wanneer het anker is geschreven (UTC, ISO 8601)'),
    laatsteId: z
      .number()
      .int()
      .nullable()
      .describe('De nieuwste regel op dat moment (null: het log was leeg)'),
    hash: z.string().describe('De hash (HMAC) van die regel'),
    aantal: z.number().int().describe('Het aantal regels op dat moment'),
  })
  .meta({ id: 'AuditAnker' });

/**
 * The hash chain recomputed with the key and compared with the latest anchor: how many records,
 * every one changed, forged or removed, and the anchor it was compared with.
 */
export const auditVerificatieSchema = z
  .object({
    gecontroleerd: z.number().int(),
    intact: z.boolean(),
    fouten: z.array(z.object({ id: z.number().int(), soort: z.string(), melding: z.string() })),
    gesleuteld: z.boolean().describe('Of de HMAC-sleutel bij de controle beschikbaar was'),
    ankerIngesteld: z.boolean().describe('Of er ankers buiten de database worden geschreven'),
    anker: auditAnkerSchema.nullable().describe('Het laatste anker (null: nog geen)'),
  })
  .meta({ id: 'AuditVerificatie' });

export type Auditregel = z.output<typeof auditregelSchema>;
export type AuditVerificatie = z.output<typeof auditVerificatieSchema>;
