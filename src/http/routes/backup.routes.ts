import { randomBytes } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { standaardBackupNaam } from '../../cli/backup.command';
import { backupBestandSchema } from '../../contract/backup';
import * as service from '../../services/backup.service';
import { auditExport } from '../export';

const tags = ['Beheer'];

/**
 * The hot backup of the running server (issue 16): a PGlite folder can be opened by one process
 * only, so `wendbaar backup` cannot run beside the server; the beheerder downloads it from here.
 */
export async function backupRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/beheer/backup',
    {
      schema: {
        tags,
        operationId: 'getBackup',
        summary:
          'Een back-up van de hele database (alle tabellen en de schemaversie) uit één momentopname, terwijl de server doordraait; terug te zetten met wendbaar restore',
        response: { 200: backupBestandSchema },
      },
    },
    async (request, reply) => {
      // Written whole to a temporary file first, then sent: the snapshot's transaction (on PGlite
      // the one connection) is held only as long as reading takes, never as long as a slow download.
      const pad = join(tmpdir(), `wendbaar-backup-${process.pid}-${randomBytes(6).toString('hex')}.jsonl.gz`);
      try {
        const afdruk = await service.maakBackupBestand(request.db, pad, { bron: 'de draaiende server' });
        // The file holds every person in the register: one bulk read, with the number of people.
        auditExport(request, afdruk.tabellen.medewerker?.rijen ?? 0);
      } catch (error) {
        rmSync(pad, { force: true });
        throw error;
      }
      const stroom = createReadStream(pad);
      stroom.once('close', () => rmSync(pad, { force: true }));
      return reply
        .header('Content-Disposition', `attachment; filename="${standaardBackupNaam()}"`)
        .header('Cache-Control', 'no-store')
        .type('application/gzip')
        .send(stroom as never);
    },
  );
}
