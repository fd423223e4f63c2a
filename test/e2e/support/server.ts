/**
 * Starts the real Wendbaar app for browser tests: on a scratch database with the demo municipality.
 * Uses the shared helper test/helpers/server.ts when it exists, otherwise spawns
 * `node bin/wendbaar.mjs start` on a free port with a temporary WENDBAAR_DATA_DIR, a copy of the demo
 * snapshot when the e2e globalSetup (demo-snapshot.ts) made one.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../../..');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds dist/web when it is missing or older than the web sources, so tests see the current UI. */
export function ensureWebBuild(): void {
  const index = join(root, 'dist/web/index.html');
  const sources = [
    join(root, 'src/web'),
    join(root, 'index.html'),
    join(root, 'vite.config.ts'),
    join(root, 'public'),
  ];
  const sourceTime = Math.max(...sources.filter(existsSync).map(newestMtime));
  if (existsSync(index) && statSync(index).mtimeMs >= sourceTime) return;
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  // NODE_ENV=production: vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForApi(
  url: string,
  child: ChildProcess,
  log: () => string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Wendbaar stopped (exit ${child.exitCode}):\n${log()}`);
    try {
      // A public route: everything else needs a login.
      const response = await fetch(`${url}/api/v1/inlogmethoden`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Wendbaar did not answer within ${timeoutMs} ms:\n${log()}`);
}

async function spawnServer(): Promise<TestServer> {
  const port = await freePort();
  const map = mkdtempSync(join(tmpdir(), 'wendbaar-e2e-'));
  const dataDir = join(map, 'data');
  // The demo loaded once by demo-snapshot.ts (the e2e globalSetup), copied with its audit key and
  // anchors; outside vitest (scripts/screenshots.ts) the server loads the demo itself.
  const snapshot = process.env.WENDBAAR_E2E_DEMO_SNAPSHOT;
  if (snapshot && existsSync(join(snapshot, 'data'))) cpSync(snapshot, map, { recursive: true });
  let output = '';
  const child = spawn(process.execPath, [join(root, 'bin/wendbaar.mjs'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WENDBAAR_DATA_DIR: dataDir,
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForApi(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    async close() {
      // The data folder is a throwaway copy, removed below: no need to let PGlite write it back
      // (SIGTERM took about 1.5 s per file), so the server is stopped at once.
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      }
      rmSync(map, { recursive: true, force: true });
    },
  };
}

export async function startServer(): Promise<TestServer> {
  ensureWebBuild();
  const helper = join(root, 'test/helpers/server.ts');
  if (existsSync(helper)) {
    const path: string = helper;
    const module = (await import(/* @vite-ignore */ path)) as { startTestServer?: () => Promise<TestServer> };
    if (module.startTestServer) return module.startTestServer();
  }
  return spawnServer();
}
