/**
 * `npm run lint:api`: lints the OpenAPI document against the official NL API Design Rules ruleset
 * (Logius, for Spectral). `npm run check` runs the same lint through ./check-api.ts.
 *
 * The document is taken from the app itself without a network server (./openapi-document.ts: an
 * in-memory PGlite database, buildApp and `inject` on /api/v1/openapi.json). `--file <path>` lints a
 * document on disk instead.
 *
 * The ruleset is ADR_RULESET, or ../shared/standards/adr-spectral.yml next to the project. Where
 * neither exists the lint is skipped with a plain message (exit 0): the ruleset is not shipped with
 * the project. Errors fail the run; warnings are printed and counted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openApiFromApp } from './openapi-document';

const root = fileURLToPath(new URL('..', import.meta.url));
const defaultRuleset = resolve(root, '..', 'shared', 'standards', 'adr-spectral.yml');

interface SpectralResult {
  code: string;
  severity: number;
}

async function main(): Promise<number> {
  const fileArg = process.argv.indexOf('--file');
  const document =
    fileArg >= 0 ? readFileSync(resolve(process.argv[fileArg + 1] ?? ''), 'utf8') : await openApiFromApp();
  return lintOpenApi(document);
}

/** Lints an OpenAPI document (its JSON text); the exit code: 1 when the linter found errors. */
export function lintOpenApi(document: string): number {
  const parsed = JSON.parse(document) as { openapi?: string; info?: { title?: string; version?: string } };
  console.log(`OpenAPI ${parsed.openapi}: ${parsed.info?.title} ${parsed.info?.version}`);

  const ruleset = findRuleset();
  if (!ruleset) return 0;

  const work = mkdtempSync(join(tmpdir(), 'wendbaar-lint-api-'));
  try {
    const documentFile = join(work, 'openapi.json');
    const resultsFile = join(work, 'spectral.json');
    // Pretty-printed, so the line numbers in the linter's findings point somewhere readable.
    writeFileSync(documentFile, `${JSON.stringify(parsed, null, 2)}\n`);
    const spectral = join(root, 'node_modules', '.bin', 'spectral');
    console.log(`ADR linter: spectral lint -r ${relative(root, ruleset)}`);
    const run = spawnSync(
      spectral,
      [
        'lint',
        '-r',
        ruleset,
        '-f',
        'stylish',
        '-f',
        'json',
        '--output.json',
        resultsFile,
        '--fail-severity',
        'error',
        documentFile,
      ],
      { cwd: root, stdio: 'inherit' },
    );
    if (run.error || !existsSync(resultsFile)) {
      console.error(
        `ADR linter could not run: ${run.error?.message ?? `spectral exited with ${run.status}`}`,
      );
      return 1;
    }
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as SpectralResult[];
    const errors = results.filter((r) => r.severity === 0).length;
    const warnings = results.filter((r) => r.severity === 1).length;
    console.log(`ADR linter: ${errors} errors, ${warnings} warnings`);
    return errors > 0 || run.status !== 0 ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The ruleset to use, or undefined (with the reason printed) when there is none. */
function findRuleset(): string | undefined {
  const fromEnv = process.env.ADR_RULESET;
  if (fromEnv) {
    if (existsSync(resolve(fromEnv))) return resolve(fromEnv);
    console.warn(`ADR_RULESET=${fromEnv} does not exist; trying ${defaultRuleset}.`);
  }
  if (existsSync(defaultRuleset)) return defaultRuleset;
  console.log(
    `ADR linter skipped: no ruleset found (looked for ${fromEnv ? `ADR_RULESET=${fromEnv} and ` : ''}${defaultRuleset}). ` +
      'Set ADR_RULESET to the NL API Design Rules Spectral ruleset to run it.',
  );
  return undefined;
}

// Run as a command; imported by ./check-api.ts only for lintOpenApi.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
