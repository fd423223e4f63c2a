/**
 * Helpers for tests that run the real `wendbaar` command as a separate process: the CLI as an
 * operator types it, and servers as `npm start` runs them.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/wendbaar.mjs', import.meta.url));

/** Environment on top of this process's; undefined removes a variable. */
export type Omgeving = Record<string, string | undefined>;

function omgeving(extra: Omgeving): NodeJS.ProcessEnv {
  // The spawned command chooses its database from these alone, never from the test's own settings.
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: undefined, WENDBAAR_DATA_DIR: undefined };
  for (const [naam, waarde] of Object.entries({ LOG_LEVEL: 'warn', ...extra })) env[naam] = waarde;
  for (const naam of Object.keys(env)) if (env[naam] === undefined) delete env[naam];
  return env;
}

export interface Afloop {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/wendbaar.mjs <args>` to the end. */
export function runWendbaar(args: string[], extra: Omgeving, timeoutMs = 60_000): Promise<Afloop> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      env: omgeving(extra),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`wendbaar ${args.join(' ')} duurde langer dan ${timeoutMs} ms:\n${stdout}${stderr}`));
    }, timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface Server {
  url: string;
  pid: number;
  /** Everything it printed so far, for a failure message. */
  output(): string;
  /** SIGTERM, then SIGKILL after 15 s; resolves when the process is gone. */
  stop(): Promise<void>;
}

/**
 * `node bin/wendbaar.mjs start` on a port the operating system picks (PORT=0), resolved once it
 * prints the address it listens on.
 */
export function startWendbaar(extra: Omgeving, timeoutMs = 120_000): Promise<Server> {
  const child = spawn(process.execPath, [bin, 'start'], {
    cwd: root,
    env: omgeving({ PORT: '0', HOST: '127.0.0.1', ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop(child, exited);
      reject(new Error(`wendbaar start antwoordde niet binnen ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const lees = (d: Buffer) => {
      output += d;
      const url = /Wendbaar draait op (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.stdout?.off('data', lees);
      child.stdout?.on('data', (d) => (output += d));
      resolve({ url, pid: child.pid!, output: () => output, stop: () => stop(child, exited) });
    };
    child.stdout.on('data', lees);
    child.stderr.on('data', (d) => (output += d));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`wendbaar start stopte met code ${code} voor het antwoordde:\n${output}`));
    });
  });
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/**
 * A new, empty database on the PostgreSQL server of TEST_DATABASE_URL, for processes to migrate and
 * fill themselves; drop() removes it once the processes using it have stopped.
 */
export async function createServerDatabase(
  kopieVan?: string,
): Promise<{ naam: string; url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('createServerDatabase needs TEST_DATABASE_URL');
  const naam = `wendbaar_proces_${randomBytes(6).toString('hex')}`;
  if (kopieVan) await kopieerDatabase(serverUrl, naam, kopieVan);
  else await admin(serverUrl, `create database ${naam}`);
  const url = new URL(serverUrl);
  url.pathname = `/${naam}`;
  return { naam, url: url.toString(), drop: () => dropDatabase(serverUrl, naam) };
}

/**
 * A copy of a database (its name from createServerDatabase) as a file copy on the server, far cheaper
 * than filling a new one again. Retried while a backend of a closed connection is still going away
 * (a template may have no other sessions).
 */
async function kopieerDatabase(serverUrl: string, naam: string, bron: string): Promise<void> {
  for (let poging = 1; ; poging++) {
    try {
      await admin(serverUrl, `create database ${naam} template ${bron}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || poging === 20) throw error;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/**
 * A plain DROP DATABASE, retried while a backend of a stopped process is still going away. Not WITH
 * (FORCE) first: an autovacuum worker on the freshly loaded database counts as a superuser session,
 * which a role without superuser may not terminate, so FORCE fails where the plain drop (which asks
 * autovacuum to stop) succeeds. FORCE is the last resort, for a connection of our own role left open.
 */
async function dropDatabase(serverUrl: string, naam: string): Promise<void> {
  for (let poging = 1; poging <= 10; poging++) {
    try {
      await admin(serverUrl, `drop database if exists ${naam}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error; // 55006: in use by others
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  await admin(serverUrl, `drop database if exists ${naam} with (force)`);
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A tiny cookie-aware HTTP client: the session cookie set by one server, sent to whichever we ask. */
export async function vraag(
  url: string,
  opties: { method?: string; cookie?: string; csrf?: string; body?: unknown } = {},
): Promise<{ status: number; data: any; cookie: string | undefined }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opties.cookie) headers.cookie = opties.cookie;
  if (opties.csrf) headers['x-csrf-token'] = opties.csrf;
  if (opties.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method: opties.method ?? 'GET',
    headers,
    ...(opties.body !== undefined ? { body: JSON.stringify(opties.body) } : {}),
  });
  const tekst = await res.text();
  const sessie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('wendbaar_sessie='));
  return { status: res.status, data: tekst ? JSON.parse(tekst) : null, cookie: sessie };
}
