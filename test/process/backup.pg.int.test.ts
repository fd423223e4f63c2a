/**
 * Issue 16, done-when: "The backup round trip PGlite → PostgreSQL → PGlite gives identical
 * fingerprints, in CI." A PGlite database with the demo municipality and keyed audit records is
 * backed up, restored into an empty PostgreSQL database without any tables (as an operator moves to
 * a server), backed up there and restored into an empty PGlite again; all three fingerprints are
 * equal and the audit chain verifies at every step. The PGlite ends are copies of the migrated
 * template; a PGlite folder without tables is the real `wendbaar restore` of backup.int.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { leesAuditSleutel } from '../../src/access/audit-keten';
import { appendAudit, gebruikAuditSleutel } from '../../src/db/audit.repository';
import { vingerafdruk } from '../../src/db/backup';
import { openDatabase } from '../../src/db/connect';
import { loadDemoAccounts } from '../../src/demo/demo-accounts';
import { loadDemoGesprekken } from '../../src/demo/demo-gesprekken';
import { loadDemoOrganisatie } from '../../src/demo/demo-loader';
import { generateDemoOrganisatie } from '../../src/demo/demo-organisatie';
import { loadDemoPlanning } from '../../src/demo/demo-planning';
import { verifieer } from '../../src/services/audit.service';
import { herstelBackupBestand, maakBackupBestand } from '../../src/services/backup.service';
import { pgliteTemplateBlob } from '../helpers/database';
import { createServerDatabase } from './support';

const SLEUTEL = leesAuditSleutel('5a'.repeat(32))!;

describe('backup round trip PGlite → PostgreSQL → PGlite [postgresql]', () => {
  const map = mkdtempSync(join(tmpdir(), 'wendbaar-backup-pg-'));
  afterAll(() => {
    gebruikAuditSleutel(null);
    rmSync(map, { recursive: true, force: true });
  });

  it('gives identical fingerprints on every engine', async () => {
    gebruikAuditSleutel(SLEUTEL);
    const bron = await openDatabase({ engine: 'pglite', loadDataDir: await pgliteTemplateBlob() });
    const server = await createServerDatabase();
    const pg = await openDatabase({ engine: 'postgresql', url: server.url });
    const terug = await openDatabase({ engine: 'pglite', loadDataDir: await pgliteTemplateBlob() });
    try {
      await loadDemoOrganisatie(bron.db, generateDemoOrganisatie({ medewerkers: 20 }));
      await loadDemoAccounts(bron.db);
      await loadDemoPlanning(bron.db);
      await loadDemoGesprekken(bron.db);
      for (const actie of ['een', 'twee']) {
        await appendAudit(bron.db, {
          tijdstempel: new Date(),
          actorAccountId: null,
          actor: 'systeem',
          actie,
          objectType: null,
          objectId: null,
          resultaat: 'gelukt',
          ip: null,
          userAgent: null,
          requestId: null,
          details: { bedrag: 0.1, naam: 'Anaïs Çelik' },
        });
      }
      const voor = await vingerafdruk(bron.db);

      const eerste = join(map, 'pglite.jsonl.gz');
      await maakBackupBestand(bron.db, eerste, { bron: 'pglite' });
      // A failed restore into the database without tables leaves it without tables (one transaction).
      const regels = gunzipSync(readFileSync(eerste)).toString('utf8').trim().split('\n');
      const afgekapt = join(map, 'afgekapt.jsonl.gz');
      writeFileSync(afgekapt, gzipSync(regels.slice(0, -1).join('\n')));
      await expect(herstelBackupBestand(pg.db, afgekapt)).rejects.toThrow(/onvolledig/);
      const tabel = await sql<{ t: string | null }>`select to_regclass('schema_migratie')::text as t`.execute(
        pg.db,
      );
      expect(tabel.rows[0]!.t).toBeNull();

      await herstelBackupBestand(pg.db, eerste);
      expect(await vingerafdruk(pg.db)).toEqual(voor);
      expect(await verifieer(pg.db, { ankerPad: null })).toMatchObject({ intact: true });

      const tweede = join(map, 'postgresql.jsonl.gz');
      await maakBackupBestand(pg.db, tweede, { bron: 'postgresql' });
      await herstelBackupBestand(terug.db, tweede);
      expect(await vingerafdruk(terug.db)).toEqual(voor);
      expect(await verifieer(terug.db, { ankerPad: null })).toMatchObject({ intact: true });
    } finally {
      await bron.close();
      await pg.close();
      await terug.close();
      await server.drop();
    }
  }, 120_000);
});
