import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findFreePort } from './free-port';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningServer {
  pid: number;
  url: string;
  /** From spawning the process to the first 200 on the probe path. */
  msToFirst200: number;
  /** Everything the server printed, for an error message when something goes wrong. */
  output(): string;
  /** SIGTERM and wait for a clean exit, so PGlite leaves its data folder consistent. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Environment on top of ours; undefined removes a variable (e.g. DATABASE_URL). */
  env?: Record<string, string | undefined>;
  probePath?: string;
  timeoutMs?: number;
}

/**
 * Starts `node bin/wendbaar.mjs start` — what `npm start` runs, without npm's own start-up — on a
 * free port and waits until the probe path answers 200.
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
  for (;;) {
    if (gestopt) throw new Error(`De server stopte voor hij antwoordde:\n${output}`);
    if (performance.now() > deadline) {
      await stop(child, exited);
      throw new Error(`Geen 200 op ${probe} binnen de tijd:\n${output}`);
    }
    const status = await fetch(probe).then(
      async (r) => {
        await r.arrayBuffer();
        return r.status;
      },
      () => 0,
    );
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const msToFirst200 = performance.now() - start;
  return { pid: child.pid!, url, msToFirst200, output: () => output, stop: () => stop(child, exited) };
}

async function stop(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
