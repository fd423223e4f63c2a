import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The test tiers (see docs/architecture.md, "Tests"):
 *
 * - unit: pure and fast, colocated `*.test.ts`.
 * - integration-pglite: `*.int.test.ts` (repositories, services) and `*.api.test.ts` (the API through
 *   Fastify inject), each on a fresh PGlite database from test/helpers/database.ts.
 * - integration-postgresql: the same files on the PostgreSQL server in TEST_DATABASE_URL; only when
 *   that is set.
 * - e2e: the browser tests in test/e2e, driving real Chromium; two files at a time, each with its own
 *   server on its own copy of the demo municipality and its own browser.
 *
 * Projects run one group after the other (sequence.groupOrder): unit, then both integration projects
 * side by side with two workers between them (a PGlite instance takes about 0.8 GB and CI has two
 * cores), then the browser tests, also two files side by side: 28 files took 972 s where one by
 * one they took about 1,270 s on the same two cores (a browser test waits on its server and page
 * part of the time).
 */

const tierSuffixes = ['**/*.int.test.ts', '**/*.api.test.ts', '**/*.e2e.test.ts'];

const integrationFiles = [
  'src/**/*.int.test.ts',
  'src/**/*.api.test.ts',
  'test/**/*.int.test.ts',
  'test/api/**/*.api.test.ts',
];

function integration(engine: 'pglite' | 'postgresql'): TestProjectInlineConfiguration {
  return {
    test: {
      name: `integration-${engine}`,
      include: integrationFiles,
      exclude: [
        ...configDefaults.exclude,
        'test/e2e/**',
        ...(engine === 'pglite' ? ['**/*.pg.int.test.ts'] : []),
      ],
      env: { TEST_ENGINE: engine },
      sequence: { groupOrder: 1 },
      maxWorkers: 2,
      // The files of a worker share its modules: the app, kysely and the contracts are imported once
      // per worker instead of once per file (import time about 335 s -> 12 s per run; the PGlite
      // project about 35 % shorter). Every file still takes its own database; a test that changes
      // module state (gebruikAuditSleutel) sets it back itself.
      isolate: false,
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
}

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/**', ...tierSuffixes],
          sequence: { groupOrder: 0 },
          maxWorkers: 2,
          // Pure, but some generate a whole 25,000-person municipality: room for a busy CI machine.
          testTimeout: 20_000,
        },
      },
      integration('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [integration('postgresql')] : []),
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          // The demo municipality loaded once; every file starts its server on a copy.
          globalSetup: ['test/e2e/support/demo-snapshot.ts'],
          sequence: { groupOrder: 2 },
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll waits 1 s by default: too short for a page under CI load (a CI run failed on
          // it). A poll still ends as soon as its condition holds.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
