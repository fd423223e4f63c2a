import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config';
import { runStart } from './start.command';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `wendbaar dev`: the API server as with `start`, plus the Vite dev server with hot reload, which
 * proxies /api to it (vite.config.ts reads WENDBAAR_API_URL). The web app is not built first.
 */
export async function runDev(config: Config): Promise<void> {
  const { url } = await runStart(config, undefined);
  const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js'], {
    cwd: root,
    env: { ...process.env, WENDBAAR_API_URL: url },
    stdio: 'inherit',
  });
  // Each stops the other: Vite when the server exits (also on a signal sent to the server alone),
  // the server when Vite stops on its own.
  process.once('exit', () => vite.kill());
  vite.once('exit', () => process.kill(process.pid, 'SIGTERM'));
}
