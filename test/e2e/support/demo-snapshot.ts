/**
 * vitest globalSetup of the e2e project: the demo municipality is loaded once per run, into a data
 * folder every browser test file then copies (test/e2e/support/server.ts). Loading the demo takes
 * about 11 s per server start; starting from a copy about 3 s. Each file still gets its own copy,
 * so no file sees another's changes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureWebBuild } from './server';

const root = resolve(import.meta.dirname, '../../..');

/** Where server.ts looks for the snapshot (an environment variable reaches the test workers). */
const DEMO_SNAPSHOT_ENV = 'WENDBAAR_E2E_DEMO_SNAPSHOT';

export default async function setup(): Promise<() => void> {
  // Built here, before any file runs, rather than by the first file's beforeAll.
  ensureWebBuild();
  const map = mkdtempSync(join(tmpdir(), 'wendbaar-e2e-demo-'));
  await loadDemo(join(map, 'data'));
  process.env[DEMO_SNAPSHOT_ENV] = map;
  return () => rmSync(map, { recursive: true, force: true });
}

/** `wendbaar start` on an empty folder loads the demo; once it listens, it is stopped cleanly. */
async function loadDemo(dataDir: string): Promise<void> {
  const child = spawn(process.execPath, [join(root, 'bin/wendbaar.mjs'), 'start'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WENDBAAR_DATA_DIR: dataDir, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (d) => (output += d));
  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The demo did not load within 180 s:\n${output}`));
    }, 180_000);
    child.stdout?.on('data', (d) => {
      output += d;
      if (output.includes('Wendbaar draait op')) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Wendbaar stopped (exit ${code}) before the demo was loaded:\n${output}`));
    });
  });
  await stopped(child);
}

/** SIGTERM lets PGlite write its data folder; only a clean exit leaves a folder worth copying. */
function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolveStop, reject) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) =>
      code === 0 ? resolveStop() : reject(new Error(`Wendbaar did not stop cleanly (exit ${code})`)),
    );
    child.kill('SIGTERM');
  });
}
