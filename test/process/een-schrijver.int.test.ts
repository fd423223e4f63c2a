/**
 * Issue 18, finding 1: two processes on one PGlite data folder both answered, and after a restart one
 * of them had lost all its writes; `wendbaar account aanmaken` beside a running server printed a
 * password for an account that was gone once the server stopped. Now the folder has one process at a
 * time: every other opener is refused at once with a message naming the one that has it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect';
import { SLOT_BESTAND } from '../../src/db/pglite-slot';
import { pgliteTemplateBlob } from '../helpers/database';
import { currentEngine } from '../helpers/engine';
import { runWendbaar, type Server, startWendbaar } from './support';

// Only PGlite has a data folder; on PostgreSQL several processes share one database by design
// (two-processes.pg.int.test.ts).
describe.runIf(currentEngine() === 'pglite')('one process per PGlite data folder [pglite]', () => {
  let map: string;
  let env: Record<string, string>;
  let slot: string;
  let a: Server | undefined;
  let b: Server | undefined;

  beforeAll(async () => {
    map = mkdtempSync(join(tmpdir(), 'wendbaar-een-schrijver-'));
    const dataDir = join(map, 'data');
    slot = join(dataDir, SLOT_BESTAND);
    // An empty installation, unpacked from the migrated template (no initdb and migrations in the
    // server process, several seconds of CPU; a start on an empty folder is what the e2e setup does).
    const leeg = await openDatabase({ engine: 'pglite', dataDir, loadDataDir: await pgliteTemplateBlob() });
    await leeg.close();
    env = { WENDBAAR_DATA_DIR: dataDir, WENDBAAR_DEMO: '0' };
    a = await startWendbaar(env);
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled([a?.stop(), b?.stop()]);
    rmSync(map, { recursive: true, force: true });
  }, 60_000);

  const geweigerd = (stderr: string) => {
    expect(stderr).toContain(`Wendbaar draait al op deze map (pid ${a!.pid}: wendbaar start, sinds `);
    expect(stderr).toContain('Stop de server eerst, of gebruik de API.');
    // The message is all: no stack trace.
    expect(stderr).not.toContain('    at ');
  };

  it('refuses a second server on the folder at once, naming the first by pid', async () => {
    const start = performance.now();
    // Were it not refused, it would keep serving and runWendbaar would fail on its time-out.
    const r = await runWendbaar(['start'], { ...env, PORT: '0', HOST: '127.0.0.1' }, 30_000);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    geweigerd(r.stderr);
    expect(r.stdout).not.toContain('Wendbaar draait op');
    expect(performance.now() - start).toBeLessThan(20_000);
  }, 40_000);

  it('refuses wendbaar account aanmaken while the server runs, printing no password', async () => {
    const r = await runWendbaar(
      ['account', 'aanmaken', '--e-mail', 'laat@gemeente.nl', '--naam', 'Te Laat', '--rol', 'beheerder'],
      env,
      30_000,
    );
    expect(r.code).toBe(1);
    geweigerd(r.stderr);
    expect(r.stdout).not.toContain('Eenmalig wachtwoord');
    // The options are not repeated in the lock or the message (an e-mail address is personal data).
    expect(readFileSync(slot, 'utf8')).not.toContain('laat@gemeente.nl');
  }, 40_000);

  it('refuses the commands that only read (audit verify, audit export) and migrate the same way', async () => {
    for (const args of [['audit', 'verify'], ['audit', 'export'], ['migrate']]) {
      const r = await runWendbaar(args, env, 30_000);
      expect(r.code, args.join(' ')).toBe(1);
      geweigerd(r.stderr);
    }
  }, 60_000);

  it('gives the folder free when the server stops on SIGTERM: a new one starts, and nothing was created', async () => {
    await a!.stop();
    expect(existsSync(slot)).toBe(false);
    const handle = await openDatabase({ engine: 'pglite', dataDir: env.WENDBAAR_DATA_DIR! });
    try {
      const accounts = await handle.db.selectFrom('account').select('e_mail').execute();
      expect(accounts).toEqual([]);
    } finally {
      await handle.close();
    }
    expect(existsSync(slot)).toBe(false);
    b = await startWendbaar(env);
    expect(JSON.parse(readFileSync(slot, 'utf8'))).toMatchObject({ pid: b.pid, opdracht: 'wendbaar start' });
    await b.stop();
    expect(existsSync(slot)).toBe(false);
  }, 120_000);

  it('takes over a stale lock whose process is gone, saying so', async () => {
    const dood = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(
      slot,
      JSON.stringify({
        pid: dood,
        host: hostname(),
        opdracht: 'wendbaar start',
        sinds: '2026-01-05T08:00:00Z',
      }),
    );
    const r = await runWendbaar(['migrate'], env, 30_000);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Verouderd slot op');
    expect(r.stderr).toContain(`dat proces draait niet meer: pid ${dood}, wendbaar start`);
    expect(r.stdout).toContain('De database is al bijgewerkt');
    expect(existsSync(slot)).toBe(false);
  }, 40_000);
});
