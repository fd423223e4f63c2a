#!/usr/bin/env node
/**
 * `npm test`: every test tier in one vitest run (see vitest.config.ts), PostgreSQL too when
 * TEST_DATABASE_URL is set. Extra arguments go to vitest: `npm test -- --project unit`.
 *
 * Ends with one line `N passed, N failed` (`, N skipped` when tests were skipped), read from
 * test-results/vitest.json, and exits non-zero when anything failed or no test ran at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const report = join(root, 'test-results', 'vitest.json');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');

const tiers = ['unit', 'integration-pglite'];
if (process.env.TEST_DATABASE_URL) tiers.push('integration-postgresql');
tiers.push('e2e');
console.log(`Test tiers: ${tiers.join(', ')}`);
if (!process.env.TEST_DATABASE_URL) {
  console.log('PostgreSQL tier not run: TEST_DATABASE_URL is not set (see README, "Tests").');
}

// A report left by an earlier run must never be read as this run's result.
rmSync(report, { force: true });
const run = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
if (run.error) console.error(`Could not start vitest: ${run.error.message}`);
const exitCode = run.status ?? 1;

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests ?? 0;
  failed = results.numFailedTests ?? 0;
  skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
  // A file that fails before its tests run (an import error, a failing beforeAll) has no failed
  // test of its own; it still counts as one failure.
  for (const file of results.testResults ?? []) {
    const failedInFile = (file.assertionResults ?? []).filter((t) => t.status === 'failed').length;
    if (file.status === 'failed' && failedInFile === 0) {
      failed += 1;
      const message = String(file.message ?? '')
        .split('\n')
        .find((line) => line.trim());
      console.error(`Failed file: ${file.name.replace(`${root}/`, '')}${message ? ` — ${message}` : ''}`);
    }
  }
} else {
  console.error(`No test report at ${report}: vitest did not finish.`);
}

// vitest also fails a run for errors outside any test (an unhandled rejection, a broken config).
if (exitCode !== 0 && failed === 0) {
  console.error(`vitest exited with code ${exitCode} outside any single test: see its output above.`);
  failed = 1;
}
if (passed + failed === 0) console.error('No test ran.');

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 || exitCode !== 0 ? 1 : 0);
