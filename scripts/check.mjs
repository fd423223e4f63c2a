#!/usr/bin/env node
/**
 * `npm run check`: typecheck, lint, import boundaries and the API checks. The typecheck (one
 * single-threaded tsc of ~30 s) runs beside the other three, which run one after the other, so the
 * whole check takes about as long as its longest part on a two-core CI machine instead of the sum.
 * Each part's output is printed whole, in the fixed order below, once it has finished; every part
 * runs even when another fails, so one run reports everything. Exits non-zero if any part failed.
 */
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <script>` with its output collected (stdout and stderr interleaved as written). */
function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', '--silent', script], { env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) =>
      resolve({ script, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }),
    );
    child.on('error', (error) =>
      resolve({ script, code: 1, output: `${output}${error.message}\n`, seconds: 0 }),
    );
  });
}

async function inOrder(scripts) {
  const results = [];
  for (const script of scripts) results.push(await run(script));
  return results;
}

const [typecheck, rest] = await Promise.all([run('typecheck'), inOrder(['lint', 'boundaries', 'check:api'])]);
const results = [typecheck, ...rest];
for (const r of results) {
  console.log(
    `\n> npm run ${r.script} (${r.seconds.toFixed(1)} s)${r.code === 0 ? '' : ` — FAILED (exit ${r.code})`}`,
  );
  if (r.output.trim()) console.log(r.output.trimEnd());
}
const failed = results.filter((r) => r.code !== 0).map((r) => r.script);
console.log(failed.length === 0 ? '\ncheck: all parts passed' : `\ncheck: failed: ${failed.join(', ')}`);
process.exit(failed.length === 0 ? 0 : 1);
