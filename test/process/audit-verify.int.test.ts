/**
 * `wendbaar audit verify` and `wendbaar audit export` as an operator runs them: the real command in
 * its own process against a database on disk (a PGlite data folder, or a PostgreSQL database), with
 * its exit code. The reporting itself is tested in src/cli/audit.command.int.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/db/audit.repository';
import { openDatabase } from '../../src/db/connect';
import { migrateToLatest } from '../../src/db/migrator';
import type { Database } from '../../src/db/schema';
import { currentEngine, onEngine } from '../helpers/engine';
import { createServerDatabase, type Omgeving, runWendbaar } from './support';

/** A database the command can open by its settings, and those settings. */
interface Doel {
  env: Omgeving;
  open(): Promise<{ db: Kysely<Database>; close(): Promise<void> }>;
  remove(): Promise<void>;
}

async function maakDoel(): Promise<Doel> {
  if (currentEngine() === 'postgresql') {
    const database = await createServerDatabase();
    return {
      env: { DATABASE_URL: database.url },
      open: () => openDatabase({ engine: 'postgresql', url: database.url }),
      remove: () => database.drop(),
    };
  }
  const map = mkdtempSync(join(tmpdir(), 'wendbaar-audit-verify-'));
  const dataDir = join(map, 'data');
  return {
    env: { WENDBAAR_DATA_DIR: dataDir },
    open: () => openDatabase({ engine: 'pglite', dataDir }),
    remove: async () => rmSync(map, { recursive: true, force: true }),
  };
}

/** Opens the database, does the work and closes it again, so the command has the data folder alone. */
async function met(doel: Doel, werk: (db: Kysely<Database>) => Promise<unknown>): Promise<void> {
  const handle = await doel.open();
  try {
    await werk(handle.db);
  } finally {
    await handle.close();
  }
}

describe(onEngine('wendbaar audit, as a command'), () => {
  let doel: Doel;
  let ids: number[] = [];

  beforeAll(async () => {
    doel = await maakDoel();
    await met(doel, async (db) => {
      await migrateToLatest(db as unknown as Kysely<unknown>);
      for (const [i, actie] of [
        'POST /sessies',
        'PATCH /teams/{teamId}',
        'DELETE /sessies/huidig',
      ].entries()) {
        await appendAudit(db, {
          tijdstempel: new Date(Date.UTC(2026, 2, 1 + i, 8)),
          actorAccountId: null,
          actor: 'anoniem',
          actie,
          objectType: null,
          objectId: null,
          resultaat: 'gelukt',
          ip: '192.0.2.1',
          userAgent: 'test',
          requestId: `req-${i}`,
          details: { status: 200 },
        });
      }
      ids = (await db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => Number(r.id));
    });
  }, 120_000);

  afterAll(async () => {
    await doel?.remove();
  }, 60_000);

  it('says the chain is intact and exits 0', async () => {
    const r = await runWendbaar(['audit', 'verify'], doel.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Gecontroleerd: 3 auditregels.');
    expect(r.stdout).toContain('De keten is intact.');
  }, 60_000);

  it('exports the audit log as CSV on stdout', async () => {
    const r = await runWendbaar(['audit', 'export', '--van', '2026-03-02'], doel.env);
    expect(r.code, r.stderr).toBe(0);
    const regels = r.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(regels).toHaveLength(3);
    expect(regels.slice(1).map((l) => l.split(';')[3])).toEqual([
      'DELETE /sessies/huidig',
      'PATCH /teams/{teamId}',
    ]);
    expect(r.stderr).toContain('Geëxporteerd: 2 auditregels.');
  }, 60_000);

  it('names the row changed behind its back and exits 1', async () => {
    const doelId = ids[1]!;
    await met(doel, async (db) => {
      await expect(
        sql`update audit_log set actie = 'GET /teams' where id = ${doelId}`.execute(db),
      ).rejects.toThrow('audit_log is append-only: UPDATE is not allowed');
      await sql`alter table audit_log disable trigger audit_log_geen_wijziging`.execute(db);
      await sql`update audit_log set actie = 'GET /teams' where id = ${doelId}`.execute(db);
      await sql`alter table audit_log enable trigger audit_log_geen_wijziging`.execute(db);
    });
    const r = await runWendbaar(['audit', 'verify'], doel.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Gecontroleerd: 3 auditregels.');
    expect(r.stdout).toContain('De keten is NIET intact: fouten bij 1 regel.');
    expect(r.stdout).toContain(`  regel ${doelId}: de inhoud is gewijzigd na het vastleggen`);
    expect(r.stdout.match(/^ {2}regel \d+:/gm)).toHaveLength(1);
  }, 60_000);

  it('refuses an unknown subcommand', async () => {
    const r = await runWendbaar(['audit', 'herstel'], doel.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Onbekende opdracht: audit herstel');
  }, 60_000);
});

describe('wendbaar audit verify without a database', () => {
  it('names the missing PGlite data folder instead of creating one', async () => {
    const map = mkdtempSync(join(tmpdir(), 'wendbaar-audit-leeg-'));
    try {
      const r = await runWendbaar(['audit', 'verify'], { WENDBAAR_DATA_DIR: join(map, 'data') });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`In ${join(map, 'data')} staat geen Wendbaar-database.`);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  }, 60_000);
});
