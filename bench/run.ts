/**
 * Runs every benchmark in bench/ one after another: `npm run bench` for all, `npm run bench --
 * startup` for one, `npm run bench -- --small` at CI size. Flags are passed to each benchmark.
 * A benchmark fails only when it breaks, never because a figure misses its target.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('./', import.meta.url));
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const chosen = args.filter((a) => !a.startsWith('--'));

const all = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const unknown = chosen.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`Onbekende benchmark: ${unknown.join(', ')}. Beschikbaar: ${all.join(', ')}`);
  process.exit(1);
}

const failed: string[] = [];
for (const name of chosen.length > 0 ? chosen : all) {
  console.log(`\n=== ${name} ${flags.join(' ')}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${benchDir}${name}.ts`, ...flags], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nMislukt: ${failed.join(', ')}`);
  process.exit(1);
}
