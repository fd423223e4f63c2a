/**
 * Issue 16, item 3: `wendbaar backup` / `wendbaar restore` and the hot backup of the running server.
 * One source database (the demo municipality, accounts, sessions and keyed audit records written by
 * real requests) and one backup of it are shared by the file. Restores go into a migrated, empty
 * test database (a copy of the template, as after `wendbaar migrate`); the path into a database
 * without any tables is taken by the real commands below (PGlite) and by backup.pg.int.test.ts
 * (PostgreSQL). Fingerprints (SHA-256 over every table's rows in key order) must match exactly.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesAuditSleutel } from '../../src/access/audit-keten';
import { formatAantal } from '../../src/cli/format';
import { appendAudit, gebruikAuditSleutel } from '../../src/db/audit.repository';
import { BackupFout, type Vingerafdruk, vingerafdruk } from '../../src/db/backup';
import { openDatabase } from '../../src/db/connect';
import { loadMigrations } from '../../src/db/migrator';
import type { Database } from '../../src/db/schema';
import { loadDemoAccounts } from '../../src/demo/demo-accounts';
import { loadDemoGesprekken } from '../../src/demo/demo-gesprekken';
import { loadDemoOrganisatie } from '../../src/demo/demo-loader';
import { generateDemoOrganisatie } from '../../src/demo/demo-organisatie';
import { loadDemoPlanning } from '../../src/demo/demo-planning';
import { verifieer } from '../../src/services/audit.service';
import { herstelBackupBestand, maakBackupBestand } from '../../src/services/backup.service';
import { type Api, call, loginAls, startApi } from '../api/support';
import { createTestDatabase, pgliteTemplateBlob } from '../helpers/database';
import { currentEngine, onEngine } from '../helpers/engine';
import { createServerDatabase, runWendbaar } from './support';

const SLEUTEL_HEX = '7f'.repeat(32);
const SLEUTEL = leesAuditSleutel(SLEUTEL_HEX)!;

/**
 * A migrated, empty database to restore into. The restore runs as the schema owner, as the docs
 * prescribe (on PostgreSQL with an app role, `db` of a test database is the app role's).
 */
async function metDoel<T>(werk: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const doel = await createTestDatabase();
  try {
    return await werk(doel.eigenaar);
  } finally {
    await doel.close();
  }
}

function auditRegel(actie: string, details: Record<string, unknown> = {}, tijdstempel = new Date()) {
  return {
    tijdstempel,
    actorAccountId: null,
    actor: 'systeem',
    actie,
    objectType: null,
    objectId: null,
    resultaat: 'gelukt' as const,
    ip: null,
    userAgent: null,
    requestId: null,
    details,
  };
}

describe(onEngine('backup and restore'), () => {
  let api: Api;
  let map: string;
  let bestand: string;
  let voor: Vingerafdruk;

  beforeAll(async () => {
    gebruikAuditSleutel(SLEUTEL);
    map = mkdtempSync(join(tmpdir(), 'wendbaar-backup-test-'));
    api = await startApi();
    await loadDemoOrganisatie(api.db, generateDemoOrganisatie({ medewerkers: 20 }));
    await loadDemoAccounts(api.db);
    await loadDemoPlanning(api.db);
    await loadDemoGesprekken(api.db);
    // Requests write keyed audit records through the audit plugin, as on a real server.
    for (const pad of ['/api/v1/teams', '/api/v1/medewerkers', '/api/v1/auditregels']) {
      expect((await call(api.app, 'GET', pad)).statusCode).toBe(200);
    }
    await appendAudit(
      api.db,
      auditRegel(
        'test',
        { bedrag: 1234.5, tekst: 'ë ï ç', lijst: [1, 'twee', null] },
        new Date('2026-03-01T08:00:00.123Z'),
      ),
    );
    bestand = join(map, 'backup.jsonl.gz');
    voor = await vingerafdruk(api.db);
    expect(await maakBackupBestand(api.db, bestand, { bron: 'test' })).toEqual(voor);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    gebruikAuditSleutel(null);
    rmSync(map, { recursive: true, force: true });
  }, 60_000);

  it('restores every table exactly, sequences continue, the audit chain still verifies', async () => {
    expect(Object.values(voor.tabellen).filter((t) => t.rijen > 0).length).toBeGreaterThan(25);
    expect(voor.tabellen.audit_log!.rijen).toBeGreaterThanOrEqual(2);

    await metDoel(async (db) => {
      const uitkomst = await herstelBackupBestand(db, bestand);
      expect(uitkomst).toMatchObject({ schemaversie: voor.schemaversie, bijgewerkt: [] });
      // The fixed lists the migrations put in gave way to the file's rows: equal, not doubled.
      expect(await vingerafdruk(db)).toEqual(voor);
      expect(await verifieer(db, { ankerPad: null })).toMatchObject({ intact: true, fouten: [] });

      // The identity sequence goes on after the restored ids: a new audit record does not collide.
      const hoogste = await db
        .selectFrom('audit_log')
        .select((e) => e.fn.max('id').as('m'))
        .executeTakeFirst();
      await appendAudit(db, auditRegel('na herstel'));
      const nieuw = await db
        .selectFrom('audit_log')
        .select('id')
        .where('actie', '=', 'na herstel')
        .executeTakeFirstOrThrow();
      expect(Number(nieuw.id)).toBeGreaterThan(Number(hoogste!.m));
      expect(await verifieer(db, { ankerPad: null })).toMatchObject({ intact: true });

      // A second restore into the now filled database is refused, and changes nothing.
      const na = await vingerafdruk(db);
      await expect(herstelBackupBestand(db, bestand)).rejects.toThrow(/De database is niet leeg: tabel/);
      expect(await vingerafdruk(db)).toEqual(na);
    });
  }, 60_000);

  it('the running server hands the beheerder a backup from one snapshot, only the beheerder', async () => {
    const po = await loginAls(api.db, ['po']);
    expect((await call(api.app, 'GET', '/api/v1/beheer/backup', undefined, po)).statusCode).toBe(403);

    const res = await call(api.app, 'GET', '/api/v1/beheer/backup');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/gzip');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="wendbaar-backup-.*\.jsonl\.gz"/,
    );
    const bestandServer = join(map, 'server.jsonl.gz');
    writeFileSync(bestandServer, res.rawPayload);
    const regels = gunzipSync(res.rawPayload).toString('utf8').trim().split('\n');
    const kop = JSON.parse(regels[0]!);
    expect(kop).toMatchObject({ soort: 'kop', formaat: 'wendbaar-backup', formaatversie: 1 });
    expect(kop.schemaversie).toBe((await loadMigrations()).at(-1)!.name);
    await metDoel(async (db) => {
      await herstelBackupBestand(db, bestandServer);
      // The restored database holds exactly what the file recorded, table by table.
      const afdruk = await vingerafdruk(db);
      for (const r of regels.filter((x) => x.startsWith('{"soort":"einde_tabel"'))) {
        const t = JSON.parse(r);
        expect(afdruk.tabellen[t.naam], t.naam).toEqual({ rijen: t.rijen, sha256: t.sha256 });
      }
    });
    // The download itself is on record as a bulk read.
    const laatste = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', 'like', '%beheer/backup%')
      .where('resultaat', '=', 'gelukt')
      .executeTakeFirst();
    expect(laatste).toBeDefined();
  }, 60_000);

  it('refuses a file from a newer Wendbaar, a damaged file and a non-backup, changing nothing', async () => {
    const regels = gunzipSync(readFileSync(bestand)).toString('utf8').trim().split('\n');
    const kop = JSON.parse(regels[0]!);
    const nieuwer = join(map, 'nieuwer.jsonl.gz');
    writeFileSync(
      nieuwer,
      gzipSync(
        [
          JSON.stringify({
            ...kop,
            schemaversie: '9999_uit_de_toekomst',
            migraties: [...kop.migraties, { naam: '9999_uit_de_toekomst', uitgevoerd_op: kop.gemaakt_op }],
          }),
          ...regels.slice(1),
        ].join('\n'),
      ),
    );
    // One row changed: the table's checksum no longer matches, so nothing may be kept.
    const i = regels.findIndex((r) => r.startsWith('{"r":') && r.includes('"naam"'));
    const beschadigd = join(map, 'beschadigd.jsonl.gz');
    writeFileSync(
      beschadigd,
      gzipSync(regels.map((r, j) => (j === i ? r.replace('"naam":"', '"naam":"X') : r)).join('\n')),
    );
    const afgekapt = join(map, 'afgekapt.jsonl.gz');
    writeFileSync(afgekapt, gzipSync(regels.slice(0, Math.floor(regels.length / 2)).join('\n')));
    const geenBackup = join(map, 'geen.jsonl.gz');
    writeFileSync(geenBackup, 'naam;team\nJan;A\n');

    await metDoel(async (db) => {
      const leeg = await vingerafdruk(db);
      await expect(herstelBackupBestand(db, nieuwer)).rejects.toThrow(
        /nieuwere versie van Wendbaar: schemaversie 9999_uit_de_toekomst is hier onbekend/,
      );
      // These two fail after rows went in (and the fixed lists were emptied): all of it rolls back.
      await expect(herstelBackupBestand(db, beschadigd)).rejects.toThrow(/andere controlesom/);
      await expect(herstelBackupBestand(db, afgekapt)).rejects.toThrow(/onvolledig/);
      await expect(herstelBackupBestand(db, geenBackup)).rejects.toThrow(BackupFout);
      expect(await vingerafdruk(db)).toEqual(leeg);
      // And the database is still good for the real file.
      await herstelBackupBestand(db, bestand);
      expect(await vingerafdruk(db)).toEqual(voor);
    });
  }, 60_000);

  it('restores a file of an older schema version and then migrates it to the current one', async () => {
    const migraties = await loadMigrations();
    const oud = migraties.findIndex((m) => m.name === '0017_ontwikkeling') + 1;
    // The one database at the older version: built once, backed up, emptied, and restored into.
    const server = currentEngine() === 'postgresql' ? await createServerDatabase() : undefined;
    const h = await openDatabase(server ? { engine: 'postgresql', url: server.url } : { engine: 'pglite' });
    const oudBestand = join(map, 'oud.jsonl.gz');
    try {
      // A database without Wendbaar's tables: a plain refusal, and no half-written file left behind.
      const niets = join(map, 'niets.jsonl.gz');
      await expect(maakBackupBestand(h.db, niets, { bron: 'test' })).rejects.toThrow(
        /In deze database staat nog geen Wendbaar/,
      );
      expect(existsSync(niets) || existsSync(`${niets}.deel`)).toBe(false);

      await h.db.transaction().execute(async (trx) => {
        await sql`create table schema_migratie (naam text primary key, uitgevoerd_op timestamptz not null default now())`.execute(
          trx,
        );
        for (const m of migraties.slice(0, oud)) {
          for (const s of m.statements) await sql.raw(s).execute(trx);
          await sql`insert into schema_migratie (naam) values (${m.name})`.execute(trx);
        }
      });
      await sql`insert into team (id, naam, soort) values ('00000000-0000-4000-8000-000000000001', 'Directie', 'directie')`.execute(
        h.db,
      );
      const oudeAfdruk = await maakBackupBestand(h.db, oudBestand, { bron: 'test' });
      expect(oudeAfdruk.schemaversie).toBe('0017_ontwikkeling');

      // As an operator who ran the older Wendbaar's `migrate` on a new database, then restores.
      await sql`delete from team`.execute(h.db);
      const uitkomst = await herstelBackupBestand(h.db, oudBestand);
      expect(uitkomst.schemaversie).toBe('0017_ontwikkeling');
      expect(uitkomst.bijgewerkt).toEqual(migraties.slice(oud).map((m) => m.name));
      const na = await vingerafdruk(h.db);
      expect(na.schemaversie).toBe(migraties.at(-1)!.name);
      expect(na.tabellen.team).toEqual(oudeAfdruk.tabellen.team);
      // What 0018 brings (its fixed list of conversation kinds) is there after the upgrade.
      expect(na.tabellen.gesprekssoort!.rijen).toBeGreaterThan(0);
    } finally {
      await h.close();
      await server?.drop();
    }
  }, 60_000);

  // The real commands on PGlite folders, as an operator types them (PostgreSQL: backup.pg.int.test.ts).
  it.skipIf(currentEngine() !== 'pglite')(
    'wendbaar backup, then wendbaar restore into a new empty folder, then wendbaar audit verify: intact',
    async () => {
      const bronMap = join(map, 'bron');
      const doelMap = join(map, 'doel');
      const cliBestand = join(map, 'cli.jsonl.gz');
      // A data folder on disk with the shared source's contents (no initdb: the migrated template).
      const bron = await openDatabase({
        engine: 'pglite',
        dataDir: bronMap,
        loadDataDir: await pgliteTemplateBlob(),
      });
      try {
        await herstelBackupBestand(bron.db, bestand);
      } finally {
        await bron.close();
      }
      const sleutel = { WENDBAAR_AUDIT_SLEUTEL: SLEUTEL_HEX };

      const backup = await runWendbaar(['backup', '--uit', cliBestand], {
        WENDBAAR_DATA_DIR: bronMap,
        ...sleutel,
      });
      expect(backup.code, backup.stdout + backup.stderr).toBe(0);
      expect(backup.stdout).toContain(`Back-up geschreven naar ${cliBestand}`);

      expect(existsSync(doelMap)).toBe(false);
      const restore = await runWendbaar(['restore', cliBestand], { WENDBAAR_DATA_DIR: doelMap, ...sleutel });
      expect(restore.code, restore.stdout + restore.stderr).toBe(0);
      // Every table and row of the source went in (the in-process tests above compare fingerprints).
      const rijen = Object.values(voor.tabellen).reduce((n, t) => n + t.rijen, 0);
      expect(restore.stdout).toContain(
        `Hersteld uit ${cliBestand}: ${Object.keys(voor.tabellen).length} tabellen, ${formatAantal(rijen)} rijen, ` +
          `schemaversie ${voor.schemaversie}`,
      );
      // The same key is set, so no warning about a key that does not fit the log.
      expect(restore.stderr).not.toContain('Let op');

      const verify = await runWendbaar(['audit', 'verify'], { WENDBAAR_DATA_DIR: doelMap, ...sleutel });
      expect(verify.code, verify.stdout + verify.stderr).toBe(0);
      expect(verify.stdout).toContain('Met de sleutel (HMAC-SHA256)');
      expect(verify.stdout).toContain('De keten is intact.');
    },
    90_000,
  );
});
