import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findFreePort } from './free-port';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningServer {
  pid: number;
  url: string;
  /** From spawning the process to the first 200 on the probe path (after logging in, with `login`). */
  msToFirst200: number;
  /** From spawning the process to its first HTTP answer of any status (a 401 before logging in). */
  msToFirstAnswer: number;
  /** The session cookie (`wendbaar_sessie=…`) when the server was started with `login`. */
  cookie: string | undefined;
  /** Everything the server printed, for an error message when something goes wrong. */
  output(): string;
  /** SIGTERM and wait for a clean exit, so PGlite leaves its data folder consistent. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Environment on top of ours; undefined removes a variable (e.g. DATABASE_URL). */
  env?: Record<string, string | undefined>;
  probePath?: string;
  /**
   * The API needs a session: wait until the server answers at all, log in with these (an account
   * without a second factor), and probe with the session cookie.
   */
  login?: { eMail: string; wachtwoord: string };
  timeoutMs?: number;
}

/**
 * Starts `node bin/wendbaar.mjs start` — what `npm start` runs, without npm's own start-up — on a
 * free port and waits until the probe path answers 200: with `login`, polls until the server answers
 * anything, logs in, and asks the probe path with the session cookie.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const [name, value] of Object.entries({ ...options.env, PORT: String(port), HOST: '127.0.0.1' })) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  let output = '';
  const start = performance.now();
  const child = spawn(process.execPath, ['bin/wendbaar.mjs', 'start'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const probe = `${url}${options.probePath ?? '/api/v1/teams'}`;
  const deadline = start + (options.timeoutMs ?? 120_000);
  let gestopt = false;
  void exited.then(() => (gestopt = true));
  let cookie: string | undefined;
  let msToFirstAnswer: number | undefined;
  for (;;) {
    if (gestopt) throw new Error(`De server stopte voor hij antwoordde:\n${output}`);
    if (performance.now() > deadline) {
      await stop(child, exited);
      throw new Error(`Geen 200 op ${probe} binnen de tijd:\n${output}`);
    }
    const status = await request(probe, cookie);
    if (status !== 0) msToFirstAnswer ??= performance.now() - start;
    if (status === 200) break;
    if (status !== 0 && options.login && cookie === undefined) {
      // The server answers (401: no session yet); from now on every poll has a session.
      try {
        cookie = await login(url, options.login);
      } catch (error) {
        await stop(child, exited);
        throw new Error(`${(error as Error).message}\n${output}`);
      }
      continue;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const msToFirst200 = performance.now() - start;
  return {
    pid: child.pid!,
    url,
    msToFirst200,
    msToFirstAnswer: msToFirstAnswer ?? msToFirst200,
    cookie,
    output: () => output,
    stop: () => stop(child, exited),
  };
}

/** The status of a GET, or 0 when nothing answers yet. */
function request(url: string, cookie: string | undefined): Promise<number> {
  return fetch(url, cookie ? { headers: { cookie } } : {}).then(
    async (r) => {
      await r.arrayBuffer();
      return r.status;
    },
    () => 0,
  );
}

/** POST /api/v1/sessies; returns the session cookie. */
async function login(url: string, account: { eMail: string; wachtwoord: string }): Promise<string> {
  const r = await fetch(`${url}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  const body = await r.text();
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('wendbaar_sessie='));
  if (r.status !== 201 || !cookie) {
    throw new Error(`Inloggen als ${account.eMail} mislukte (${r.status}): ${body}`);
  }
  return cookie;
}

async function stop(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
