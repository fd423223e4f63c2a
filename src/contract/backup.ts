import { z } from 'zod';

/** The backup file: gzip of JSON lines (docs/overstappen-naar-postgresql.md describes the format). */
export const backupBestandSchema = z.any().describe('Back-up: gzip van JSON-regels (application/gzip)');
